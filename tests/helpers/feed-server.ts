// A loopback HTTP server that plays a feed publisher: conditional GET, compression, redirects,
// errors, hangs, slow and oversized bodies. Tests talk to 127.0.0.1 only, never the network.

import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { listenOnLoopback } from './loopback-listen.ts';

export type RouteHandler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

export interface RecordedRequest {
  path: string;
  headers: IncomingHttpHeaders;
}

export interface FeedServer {
  /** http://127.0.0.1:<port> */
  url: string;
  origin: string;
  routes: Map<string, RouteHandler>;
  requests: RecordedRequest[];
  route(path: string, handler: RouteHandler): void;
  close(): Promise<void>;
}

export async function startFeedServer(): Promise<FeedServer> {
  const routes = new Map<string, RouteHandler>();
  const requests: RecordedRequest[] = [];
  const server = createServer((req, res) => {
    const path = req.url ?? '/';
    requests.push({ path, headers: req.headers });
    const handler = routes.get(new URL(path, 'http://x').pathname);
    if (!handler) return void res.writeHead(404, { 'content-type': 'text/plain' }).end('no such route');
    Promise.resolve(handler(req, res)).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500);
      res.end(String(error));
    });
  });
  const listening = await listenOnLoopback(server);
  const { port } = listening;
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: origin,
    origin,
    routes,
    requests,
    route: (path, handler) => void routes.set(path, handler),
    close: listening.close,
  };
}

export interface ServeFeedOptions {
  contentType?: string;
  etag?: string;
  lastModified?: string;
  cacheControl?: string;
  /** Compress with gzip when the client accepts it. */
  gzip?: boolean;
  /** Compress with brotli when the client accepts it. */
  br?: boolean;
  headers?: Record<string, string>;
}

/** A feed that honours conditional GET the way RFC 9110 §13.2.2 orders it: ETag first, then date. */
export function serveFeed(bytes: string | Uint8Array, options: ServeFeedOptions = {}): RouteHandler {
  const raw = Buffer.from(bytes);
  return (req, res) => {
    const validators: Record<string, string> = {};
    if (options.etag) validators.etag = options.etag;
    if (options.lastModified) validators['last-modified'] = options.lastModified;
    if (options.cacheControl) validators['cache-control'] = options.cacheControl;
    if (isNotModified(req.headers, options)) return void res.writeHead(304, { ...validators, ...options.headers }).end();
    const accepted = String(req.headers['accept-encoding'] ?? '');
    let body = raw;
    let encoding: string | undefined;
    if (options.br && /\bbr\b/.test(accepted)) [body, encoding] = [brotliCompressSync(raw), 'br'];
    else if (options.gzip && /\bgzip\b/.test(accepted)) [body, encoding] = [gzipSync(raw), 'gzip'];
    res.writeHead(200, {
      'content-type': options.contentType ?? 'application/rss+xml; charset=utf-8',
      'content-length': String(body.length),
      ...(encoding ? { 'content-encoding': encoding } : {}),
      ...validators,
      ...options.headers,
    });
    res.end(body);
  };
}

function isNotModified(headers: IncomingHttpHeaders, options: ServeFeedOptions): boolean {
  const ifNoneMatch = headers['if-none-match'];
  if (ifNoneMatch !== undefined) {
    if (!options.etag) return false;
    const opaque = (tag: string) => tag.trim().replace(/^W\//, ''); // weak comparison, §8.8.3.2
    return ifNoneMatch.trim() === '*' || ifNoneMatch.split(',').some((tag) => opaque(tag) === opaque(options.etag!));
  }
  const ifModifiedSince = headers['if-modified-since'];
  if (ifModifiedSince === undefined || !options.lastModified) return false;
  const since = Date.parse(ifModifiedSince);
  return !Number.isNaN(since) && since >= Date.parse(options.lastModified);
}

export function redirectTo(location: string, status = 302): RouteHandler {
  return (_req, res) => void res.writeHead(status, { location, 'content-type': 'text/plain' }).end(`see ${location}`);
}

export function status(code: number, headers: Record<string, string> = {}): RouteHandler {
  return (_req, res) => void res.writeHead(code, { 'content-type': 'text/plain', ...headers }).end(`status ${code}`);
}

/** Accepts the request and never answers; the socket stays open until the client or close() ends it. */
export function hang(): RouteHandler {
  return () => undefined;
}

/** Sends the body in `chunkCount` pieces, `chunkDelayMs` apart; stops if the client goes away. */
export function slowBody(bytes: string | Uint8Array, chunkDelayMs: number, chunkCount = 4): RouteHandler {
  const raw = Buffer.from(bytes);
  const size = Math.max(1, Math.ceil(raw.length / chunkCount));
  return (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/rss+xml', 'content-length': String(raw.length) });
    let offset = 0;
    const timer = setInterval(() => {
      res.write(raw.subarray(offset, offset + size));
      offset += size;
      if (offset >= raw.length) {
        clearInterval(timer);
        res.end();
      }
    }, chunkDelayMs);
    res.on('close', () => clearInterval(timer));
  };
}

/** Streams `bytes` of XML-ish filler, declaring Content-Length only when asked to. */
export function oversize(bytes: number, options: { contentLength?: boolean } = {}): RouteHandler {
  const chunk = Buffer.alloc(64 * 1024, '<item>filler</item>\n');
  return async (_req, res) => {
    res.writeHead(200, {
      'content-type': 'application/rss+xml',
      ...(options.contentLength ? { 'content-length': String(bytes) } : {}),
    });
    await writeRepeated(res, chunk, bytes);
  };
}

/** Writes `bytes` of `chunk` over and over, waiting when the client is slow, then ends the response. */
export async function writeRepeated(res: ServerResponse, chunk: Buffer, bytes: number): Promise<void> {
  let sent = 0;
  while (sent < bytes && !res.destroyed) {
    const piece = chunk.subarray(0, Math.min(chunk.length, bytes - sent));
    sent += piece.length;
    if (!res.write(piece)) await drainedOrClosed(res);
  }
  res.end();
}

/** Resolves when a paused response can take more bytes, or its client went away. */
export function drainedOrClosed(res: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.on('drain', done);
    res.on('close', done);
  });
}

/** Wraps a handler to count how many of its responses are in flight at once (server side). */
export function trackConcurrency(handler: RouteHandler): { handler: RouteHandler; stats: { active: number; peak: number; served: number } } {
  const stats = { active: 0, peak: 0, served: 0 };
  return {
    stats,
    handler: (req, res) => {
      stats.active += 1;
      stats.peak = Math.max(stats.peak, stats.active);
      res.on('close', () => {
        stats.active -= 1;
        stats.served += 1;
      });
      return handler(req, res);
    },
  };
}
