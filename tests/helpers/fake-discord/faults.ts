// Scripted failures. Tests queue faults against a method + path pattern; each REST request
// consumes the first queued fault that matches it (in queue order). This is how tests get
// deterministic 429s, 5xx, hangs, refusals and "created but the client never heard back".

/**
 * Which requests a fault (or a wait) applies to. Paths are version-less (`/channels/123/messages`).
 * - string: optional method, then a path pattern where `:name` matches one segment and `*` anything,
 *   e.g. `'POST /channels/:id/messages'`, `'/webhooks/*'`, `'PATCH /channels/123/messages/:mid'`
 * - RegExp: tested against the path
 * - object: `{ method?, path? }` with the same path forms
 */
export type RequestMatch = string | RegExp | { method?: string; path?: string | RegExp };

export interface RateLimitFault {
  status: 429;
  /** Seconds, may be fractional (sent in the body and the Retry-After header). */
  retryAfter: number;
  global?: boolean;
  /** X-RateLimit-Scope; default 'user' (or 'global' when `global`). */
  scope?: 'user' | 'global' | 'shared';
}

export interface ServerErrorFault {
  status: 500 | 502 | 503 | 504;
}

/** A Discord JSON error. `code` defaults to 50013 for 403, 10003 for 404, 0 otherwise. */
export interface ApiErrorFault {
  status: 400 | 401 | 403 | 404 | 405 | 409 | 413;
  code?: number;
  message?: string;
}

/** Never answer (until `close()`); the client's REST timeout decides what happens. */
export interface HangFault {
  hang: true;
}

/**
 * Drop the TCP connection without answering. Note: discord.js does NOT retry this — undici
 * reports `SocketError: other side closed` (UND_ERR_SOCKET) and @discordjs/rest only retries
 * AbortError (its own timeout) and ECONNRESET; 5xx are retried, immediately, `retries` times.
 */
export interface ResetFault {
  reset: true;
}

/**
 * Perform the request for real (the message IS created), then fail the response: hang, reset
 * the connection, or answer 5xx. Simulates a crash between send and acknowledgement.
 * With 'hang', discord.js times out (rest.timeout), aborts and retries the same request — so
 * without enforce_nonce the retry posts a duplicate.
 */
export interface AfterCreateFault {
  afterCreate: 'hang' | 'reset' | 500 | 502 | 503 | 504;
}

export type Fault = RateLimitFault | ServerErrorFault | ApiErrorFault | HangFault | ResetFault | AfterCreateFault;

interface QueuedFault {
  match: RequestMatch;
  fault: Fault;
  remaining: number;
}

function patternToRegExp(pattern: string): RegExp {
  const body = pattern
    .split(/(:[A-Za-z_]\w*|\*)/)
    .map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${body}/?$`);
}

function pathMatches(pattern: string | RegExp | undefined, path: string): boolean {
  if (pattern === undefined) return true;
  return typeof pattern === 'string' ? patternToRegExp(pattern).test(path) : pattern.test(path);
}

export function requestMatches(match: RequestMatch, method: string, path: string): boolean {
  if (match instanceof RegExp) return match.test(path);
  if (typeof match === 'string') {
    const spaced = /^([A-Za-z]+)\s+(.*)$/.exec(match.trim());
    if (spaced) return spaced[1]!.toUpperCase() === method && pathMatches(spaced[2], path);
    return pathMatches(match.trim(), path);
  }
  return (match.method === undefined || match.method.toUpperCase() === method) && pathMatches(match.path, path);
}

export function isAfterCreate(fault: Fault): fault is AfterCreateFault {
  return 'afterCreate' in fault;
}

export class FaultQueue {
  private queue: QueuedFault[] = [];
  outage = false;

  add(match: RequestMatch, fault: Fault, times = 1): void {
    if (times < 1) return;
    this.queue.push({ match, fault, remaining: times });
  }

  /** Consumes and returns the first queued fault matching this request, if any. */
  take(method: string, path: string): Fault | undefined {
    const entry = this.queue.find((q) => requestMatches(q.match, method, path));
    if (!entry) return undefined;
    entry.remaining -= 1;
    if (entry.remaining === 0) this.queue = this.queue.filter((q) => q !== entry);
    return entry.fault;
  }

  /** Faults still waiting for a request (handy for asserting a script was fully used). */
  pending(): Array<{ match: RequestMatch; fault: Fault; remaining: number }> {
    return this.queue.map((q) => ({ ...q }));
  }

  clear(): void {
    this.queue = [];
  }
}
