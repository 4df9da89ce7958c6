// The HTTP side of the fake: strips the `/api[/vN]` prefix, records the request, then applies
// (in this order) outage → scripted fault → auth → rate limit → route → after-create fault.
// Recording comes first so tests can see even the requests that were refused or left hanging.

import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import { ApiError, ERROR_MESSAGES, errors } from './api-errors.ts';
import { isAfterCreate, type Fault, type FaultQueue } from './faults.ts';
import { parseBody, readRaw, sendEmpty, sendJson, sendText } from './http-io.ts';
import type { UploadedFile } from './message-store.ts';
import type { Json } from './api-constants.ts';
import { routeKey, type RateLimiter } from './rate-limits.ts';
import { matchRoute, type Route, type RouteResult } from './rest-routes.ts';

export interface RecordedRequest {
  /** 0-based arrival order. */
  seq: number;
  method: string;
  /** Version-less path, e.g. `/channels/123/messages` (what faults and waits match against). */
  path: string;
  /** Path as received, e.g. `/api/v10/channels/123/messages`. */
  rawPath: string;
  /** `10` for `/api/v10/...`, `null` for unversioned `/api/...`. */
  apiVersion: number | null;
  query: Record<string, string>;
  headers: IncomingHttpHeaders;
  /** Parsed JSON, or the parsed `payload_json` of a multipart request; undefined when empty. */
  body: unknown;
  files: UploadedFile[];
  contentType: string | undefined;
  at: number;
  /** Status answered; 'hung' / 'reset' when a fault withheld the answer. Unset while in flight. */
  status?: number | 'hung' | 'reset';
  fault?: Fault;
}

export interface RestServerDeps {
  routes: Route[];
  faults: FaultQueue;
  limiter: RateLimiter;
  botToken: string;
  requests: RecordedRequest[];
  /** Called when a request is recorded and again once it is answered (or faulted). */
  onChange: (request: RecordedRequest) => void;
  warn: (message: string) => void;
}

const API_PREFIX = /^\/api(?:\/v(\d+))?(\/.*)?$/;

function safeDecode(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

export function createRestHandler(deps: RestServerDeps) {
  /** Responses deliberately left open by `hang` faults; ended by the owner on close(). */
  const hanging = new Set<ServerResponse>();

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const method = (req.method ?? 'GET').toUpperCase();
    const prefix = API_PREFIX.exec(url.pathname);
    const raw = await readRaw(req);
    const parsed = await parseBody(req, raw).catch(() => ({ body: raw.toString('utf8'), files: [], contentType: req.headers['content-type'] }));
    const record: RecordedRequest = {
      seq: deps.requests.length,
      method,
      // Decoded: discord.js percent-encodes '@' in `@original`; tests and faults match the readable form.
      path: safeDecode(prefix ? (prefix[2] ?? '/') : url.pathname),
      rawPath: url.pathname,
      apiVersion: prefix?.[1] ? Number(prefix[1]) : null,
      query: Object.fromEntries(url.searchParams),
      headers: req.headers,
      body: parsed.body,
      files: parsed.files,
      contentType: parsed.contentType,
      at: Date.now(),
    };
    deps.requests.push(record);
    deps.onChange(record);
    try {
      respond();
    } finally {
      deps.onChange(record);
    }

    function respond(): void {
      const reply = (status: number, body: unknown, headers: Record<string, string> = {}) => {
        record.status = status;
        if (body === undefined) sendEmpty(res, status, headers);
        else sendJson(res, status, body, headers);
      };
      const hang = () => {
        record.status = 'hung';
        hanging.add(res);
        res.on('close', () => hanging.delete(res));
      };
      const reset = () => {
        record.status = 'reset';
        req.socket.destroy();
      };

      if (!prefix) {
        deps.warn(`REST request outside /api: ${method} ${url.pathname}`);
        return reply(404, errors.notFound().body());
      }
      if (deps.faults.outage) {
        record.status = 503;
        return sendText(res, 503, 'upstream connect error or disconnect/reset before headers. reset reason: overflow', {});
      }

      const key = routeKey(method, record.path);
      const fault = deps.faults.take(method, record.path);
      record.fault = fault;
      if (fault && !isAfterCreate(fault)) {
        const answer = faultResponse(fault);
        if (answer === 'hang') return hang();
        if (answer === 'reset') return reset();
        const headers =
          'retryAfter' in fault
            ? deps.limiter.limitedHeaders(key, fault.retryAfter, fault.scope ?? (fault.global ? 'global' : 'user'), fault.global ?? false)
            : {};
        return reply(answer.status, answer.body, headers);
      }

      const { route, params, methodMismatch } = matchRoute(deps.routes, method, record.path);
      if (!route) {
        if (!methodMismatch) deps.warn(`unhandled REST route: ${method} ${record.path}`);
        const err = methodMismatch ? new ApiError(405, 0, '405: Method Not Allowed') : errors.notFound();
        return reply(err.status, err.body());
      }
      if (route.auth && req.headers.authorization !== `Bot ${deps.botToken}`) {
        const err = errors.unauthorized();
        return reply(err.status, err.body());
      }

      const { state: bucket, exceeded } = deps.limiter.consume(key);
      if (exceeded) {
        const retryAfter = Math.max(0.001, (bucket.resetAt - Date.now()) / 1000);
        const headers = deps.limiter.limitedHeaders(key, retryAfter, 'user', false);
        return reply(429, { message: 'You are being rate limited.', retry_after: retryAfter, global: false }, headers);
      }
      const headers = deps.limiter.headers(key, bucket);

      let result: RouteResult;
      try {
        const body = parsed.body && typeof parsed.body === 'object' && !Array.isArray(parsed.body) ? (parsed.body as Json) : {};
        result = route.handle({ params, query: url.searchParams, body, rawBody: parsed.body, files: parsed.files });
      } catch (error) {
        if (!(error instanceof ApiError)) throw error;
        return reply(error.status, error.body(), headers);
      }

      // The side effect has happened; an after-create fault now loses the answer.
      if (fault && isAfterCreate(fault)) {
        const after = fault.afterCreate;
        if (after === 'hang') return hang();
        if (after === 'reset') return reset();
        return reply(after, { message: `${after}: Server Error`, code: 0 });
      }
      reply(result.status, result.body, headers);
    }
  }

  return { handle, hanging };
}

export function faultResponse(fault: Exclude<Fault, { afterCreate: unknown }>): { status: number; body: unknown } | 'hang' | 'reset' {
  if ('hang' in fault) return 'hang';
  if ('reset' in fault) return 'reset';
  if (fault.status === 429) {
    return { status: 429, body: { message: 'You are being rate limited.', retry_after: fault.retryAfter, global: fault.global ?? false } };
  }
  if (fault.status >= 500) return { status: fault.status, body: { message: `${fault.status}: Server Error`, code: 0 } };
  const code = 'code' in fault && fault.code !== undefined ? fault.code : fault.status === 403 ? 50013 : fault.status === 404 ? 10003 : 0;
  const message = ('message' in fault && fault.message) || ERROR_MESSAGES[code] || `${fault.status}: error`;
  return { status: fault.status, body: { message, code } };
}
