// Per-bucket rate-limit bookkeeping and the X-RateLimit-* headers Discord sends on every REST
// response. @discordjs/rest reads Remaining/Reset-After/Bucket to pace itself, so the headers
// must be coherent: the same route + major parameter keeps one bucket hash and a window that
// counts down. Limits default generous so ordinary tests never wait; a test can tighten them.

import { createHash } from 'node:crypto';

export interface RateLimitOptions {
  /** Requests per window per bucket (default 50). */
  limit?: number;
  /** Window length in ms (default 1000). */
  windowMs?: number;
  /** Answer 429 when a client ignores the headers and exceeds the limit (default true). */
  enforce?: boolean;
}

export interface RouteKey {
  /** Route template, e.g. `/channels/:id/messages` (the same generalisation discord.js applies). */
  template: string;
  /** Major parameter: the channel/guild/webhook id (+token) the bucket is scoped to, or "global". */
  major: string;
  /** X-RateLimit-Bucket value: stable per method + template. */
  bucket: string;
}

export interface BucketState {
  limit: number;
  remaining: number;
  resetAt: number;
}

/** Mirrors @discordjs/rest's `generateRouteData` so our buckets line up with its handlers. */
export function routeKey(method: string, path: string): RouteKey {
  if (path.startsWith('/interactions/') && path.endsWith('/callback')) {
    const template = '/interactions/:id/:token/callback';
    return { template, major: 'burst', bucket: hash(`${method}:${template}`) };
  }
  const major = /(?:^\/webhooks\/(\d{17,19}\/[^/?]+))|(?:^\/(?:channels|guilds|webhooks)\/(\d{17,19}))/.exec(path);
  const template = path
    .replaceAll(/\d{17,19}/g, ':id')
    .replace(/\/reactions\/(.*)/, '/reactions/:reaction')
    .replace(/\/webhooks\/:id\/[^/?]+/, '/webhooks/:id/:token');
  return { template, major: major?.[2] ?? major?.[1] ?? 'global', bucket: hash(`${method}:${template}`) };
}

function hash(text: string): string {
  return createHash('md5').update(text).digest('hex');
}

export class RateLimiter {
  private readonly buckets = new Map<string, BucketState>();
  private readonly limit: number;
  private readonly windowMs: number;
  private readonly enforce: boolean;

  constructor(options: RateLimitOptions = {}) {
    this.limit = options.limit ?? 50;
    this.windowMs = options.windowMs ?? 1000;
    this.enforce = options.enforce ?? true;
  }

  /** Counts one request against its bucket; `exceeded` means Discord would have said 429. */
  consume(key: RouteKey, now = Date.now()): { state: BucketState; exceeded: boolean } {
    const id = `${key.bucket}:${key.major}`;
    let state = this.buckets.get(id);
    if (!state || now >= state.resetAt) {
      state = { limit: this.limit, remaining: this.limit, resetAt: now + this.windowMs };
      this.buckets.set(id, state);
    }
    if (state.remaining <= 0) return { state, exceeded: this.enforce && key.major !== 'burst' };
    state.remaining -= 1;
    return { state, exceeded: false };
  }

  headers(key: RouteKey, state: BucketState, now = Date.now()): Record<string, string> {
    return {
      'X-RateLimit-Limit': String(state.limit),
      'X-RateLimit-Remaining': String(Math.max(0, state.remaining)),
      'X-RateLimit-Reset': (state.resetAt / 1000).toFixed(3),
      'X-RateLimit-Reset-After': (Math.max(0, state.resetAt - now) / 1000).toFixed(3),
      'X-RateLimit-Bucket': key.bucket,
    };
  }

  /**
   * Headers for a 429. Bucket limits report Remaining 0 until the retry time so discord.js parks
   * the bucket; global limits carry X-RateLimit-Global and no bucket headers, as on Discord.
   * As on Discord, the body's `retry_after` may be fractional but the Retry-After header is whole
   * seconds, rounded up (discord.js waits what the header says: a 0.05 s limit costs it 1 s).
   */
  limitedHeaders(key: RouteKey, retryAfter: number, scope: string, global: boolean, now = Date.now()): Record<string, string> {
    const common = { 'Retry-After': String(Math.max(1, Math.ceil(retryAfter))), 'X-RateLimit-Scope': scope };
    if (global) return { ...common, 'X-RateLimit-Global': 'true' };
    return {
      ...common,
      'X-RateLimit-Limit': String(this.limit),
      'X-RateLimit-Remaining': '0',
      'X-RateLimit-Reset': ((now + retryAfter * 1000) / 1000).toFixed(3),
      'X-RateLimit-Reset-After': retryAfter.toFixed(3),
      'X-RateLimit-Bucket': key.bucket,
    };
  }
}
