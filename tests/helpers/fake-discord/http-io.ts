// Reading request bodies the two ways discord.js sends them: JSON, or multipart/form-data with
// `payload_json` + `files[n]` when attachments are present. Node's own fetch Request parses
// multipart, so no extra dependency is needed.

import type { IncomingMessage, ServerResponse } from 'node:http';
import type { UploadedFile } from './message-store.ts';

export interface ParsedBody {
  /** JSON body, or the parsed `payload_json` of a multipart body (other text fields merged in). */
  body: unknown;
  files: UploadedFile[];
  contentType: string | undefined;
}

export async function readRaw(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export async function parseBody(req: IncomingMessage, raw: Buffer): Promise<ParsedBody> {
  const contentType = req.headers['content-type'];
  if (raw.length === 0) return { body: undefined, files: [], contentType };
  if (contentType?.startsWith('multipart/form-data')) {
    const form = await new Request('http://fake.invalid/', { method: 'POST', headers: { 'content-type': contentType }, body: new Uint8Array(raw) }).formData();
    let body: Record<string, unknown> = {};
    const files: UploadedFile[] = [];
    for (const [field, value] of form.entries()) {
      if (typeof value !== 'string') {
        files.push({ field, filename: value.name, contentType: value.type || 'application/octet-stream', size: value.size });
      } else if (field === 'payload_json') {
        body = { ...body, ...(JSON.parse(value) as Record<string, unknown>) };
      } else {
        body[field] = value; // discord.js's appendToFormData mode (e.g. sticker uploads)
      }
    }
    return { body, files, contentType };
  }
  const text = raw.toString('utf8');
  try {
    return { body: JSON.parse(text) as unknown, files: [], contentType };
  } catch {
    return { body: text, files: [], contentType };
  }
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string>): void {
  const payload = JSON.stringify(body);
  res.writeHead(status, { ...headers, 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(payload) });
  res.end(payload);
}

export function sendEmpty(res: ServerResponse, status: number, headers: Record<string, string>): void {
  res.writeHead(status, headers);
  res.end();
}

export function sendText(res: ServerResponse, status: number, text: string, headers: Record<string, string>): void {
  res.writeHead(status, { ...headers, 'Content-Type': 'text/plain', 'Content-Length': Buffer.byteLength(text) });
  res.end(text);
}
