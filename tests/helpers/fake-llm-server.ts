// A loopback server that plays an OpenAI-compatible chat-completions endpoint. It records every
// request and answers from a script, one reply per request (then the default reply), so a test
// can make the model succeed, fail, hang or talk nonsense. 127.0.0.1 only, never the network.

import type { AddressInfo } from 'node:net';
import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import { writeRepeated } from './feed-server.ts';
import { listenOnLoopback } from './loopback-listen.ts';

export interface RecordedLlmRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  /** The parsed JSON body, or undefined when it was not JSON. */
  body: unknown;
}

export type FakeLlmReply =
  | { kind: 'completion'; content: string | null; finishReason?: string }
  | { kind: 'status'; status: number; body?: string; headers?: Record<string, string> }
  /** 200 with any body at all, e.g. malformed JSON. */
  | { kind: 'raw'; body: string; contentType?: string }
  /** Accepts the request and never answers; close() destroys the socket. */
  | { kind: 'hang' }
  /** Sends the headers, then a space every intervalMs for ever: no single wait is long. */
  | { kind: 'trickle'; intervalMs: number }
  /** Sends the headers and half a body, then drops the connection. */
  | { kind: 'reset' }
  /** Streams this many bytes of JSON-ish filler, with no Content-Length. */
  | { kind: 'oversize'; bytes: number };

/** A reply, or a function of the request it answers (to echo a header back, say). */
export type FakeLlmScript = FakeLlmReply | ((request: RecordedLlmRequest) => FakeLlmReply);

export const reply = {
  completion: (content: string, finishReason = 'stop'): FakeLlmReply => ({ kind: 'completion', content, finishReason }),
  status: (status: number, body?: string, headers?: Record<string, string>): FakeLlmReply => ({ kind: 'status', status, body, headers }),
  serverError: (): FakeLlmReply => reply.status(500, JSON.stringify({ error: { message: 'internal error', type: 'server_error' } })),
  rateLimited: (): FakeLlmReply =>
    reply.status(429, JSON.stringify({ error: { message: 'Rate limit reached', type: 'requests' } }), { 'retry-after': '20' }),
  malformed: (): FakeLlmReply => ({ kind: 'raw', body: '{"choices": [{"message": {"content": "Seoul said' }),
  emptyContent: (): FakeLlmReply => ({ kind: 'completion', content: '' }),
  nullContent: (): FakeLlmReply => ({ kind: 'completion', content: null }),
  hang: (): FakeLlmReply => ({ kind: 'hang' }),
  reset: (): FakeLlmReply => ({ kind: 'reset' }),
  trickle: (intervalMs: number): FakeLlmReply => ({ kind: 'trickle', intervalMs }),
  oversize: (bytes: number): FakeLlmReply => ({ kind: 'oversize', bytes }),
  markdown: (): FakeLlmReply =>
    reply.completion('**North Korea** sent troops to Russia, officials said. The move was *confirmed* by Seoul on Monday.'),
};

export interface FakeLlmServer {
  /** http://127.0.0.1:<port>/v1, to use as baseUrl. */
  baseUrl: string;
  requests: RecordedLlmRequest[];
  /** Replies for the next requests, in order. */
  script(...replies: FakeLlmScript[]): void;
  /** The reply once the script runs out; a plain good completion unless changed. */
  defaultReply: FakeLlmScript;
  /** Forgets requests and the script; the default reply goes back to a good completion. */
  reset(): void;
  close(): Promise<void>;
}

export const DEFAULT_COMPLETION = 'North Korea has sent troops to Russia. Seoul confirmed the deployment on Monday.';

export async function startFakeLlmServer(): Promise<FakeLlmServer> {
  const requests: RecordedLlmRequest[] = [];
  const queue: FakeLlmScript[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const recorded: RecordedLlmRequest = {
        method: req.method ?? 'GET',
        path: req.url ?? '/',
        headers: req.headers,
        body: parseJson(Buffer.concat(chunks).toString('utf8')),
      };
      requests.push(recorded);
      if (recorded.method !== 'POST' || new URL(recorded.path, 'http://x').pathname !== '/v1/chat/completions') {
        return void send(res, 404, JSON.stringify({ error: { message: `no route ${recorded.method} ${recorded.path}` } }));
      }
      const next = queue.shift() ?? fake.defaultReply;
      answer(typeof next === 'function' ? next(recorded) : next, res);
    });
  });
  const listening = await listenOnLoopback(server);
  const { port } = listening;
  const fake: FakeLlmServer = {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    script: (...replies) => void queue.push(...replies),
    defaultReply: reply.completion(DEFAULT_COMPLETION),
    reset() {
      requests.length = 0;
      queue.length = 0;
      fake.defaultReply = reply.completion(DEFAULT_COMPLETION);
    },
    close: listening.close,
  };
  return fake;
}

function answer(scripted: FakeLlmReply, res: ServerResponse): void {
  switch (scripted.kind) {
    case 'completion':
      return send(res, 200, JSON.stringify(completionBody(scripted.content, scripted.finishReason ?? 'stop')));
    case 'status':
      return send(res, scripted.status, scripted.body ?? '', scripted.headers);
    case 'raw':
      return send(res, 200, scripted.body, { 'content-type': scripted.contentType ?? 'application/json' });
    case 'hang':
      return;
    case 'reset': {
      const body = JSON.stringify(completionBody(DEFAULT_COMPLETION, 'stop'));
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(body.length) });
      res.write(body.slice(0, body.length / 2), () => res.destroy());
      return;
    }
    case 'trickle': {
      res.writeHead(200, { 'content-type': 'application/json' });
      const timer = setInterval(() => res.write(' '), scripted.intervalMs);
      res.on('close', () => clearInterval(timer));
      return;
    }
    case 'oversize':
      return void streamFiller(res, scripted.bytes);
  }
}

function completionBody(content: string | null, finishReason: string) {
  return {
    id: 'chatcmpl-fake',
    object: 'chat.completion',
    created: 1_714_557_600,
    model: 'fake-model',
    choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: finishReason }],
    usage: { prompt_tokens: 100, completion_tokens: 40, total_tokens: 140 },
  };
}

function send(res: ServerResponse, status: number, body: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)), ...headers });
  res.end(body);
}

async function streamFiller(res: ServerResponse, bytes: number): Promise<void> {
  res.writeHead(200, { 'content-type': 'application/json' });
  const chunk = Buffer.alloc(64 * 1024, '{"filler": "xxxxxxxxxxxxxxxx"}\n');
  await writeRepeated(res, chunk, bytes);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** A loopback port with nothing listening on it: bound, then released. */
export async function unusedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', () => resolve()));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}
