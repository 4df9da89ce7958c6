// When to poll a feed next. Every hint a publisher gives us (RSS <ttl>, Cache-Control, Expires,
// Retry-After) can only make us poll LESS often than our own default, never more: the hints
// exist to spare their servers, and the bounds keep a bad header from silencing a feed forever.

export interface NextPollInput {
  now: Date;
  defaultIntervalMs: number;
  minIntervalMs: number;
  maxIntervalMs: number;
  /** RSS 2.0 `<ttl>`: minutes the channel may be cached. */
  ttlMinutes?: number;
  cacheControl?: string;
  expires?: string;
  retryAfter?: string;
  /** The response's Date header: Expires is measured from it, so clock skew does not matter. */
  date?: string;
  consecutiveFailures: number;
  /** First retry delay after a failure; defaults to defaultIntervalMs. */
  backoffBaseMs?: number;
}

/**
 * Milliseconds until the next poll.
 * Success: max(default, ttl, max-age, Expires − Date, Retry-After), clamped to [min, max].
 * Failure: backoffBase · 2^(failures − 1), or Retry-After if larger, clamped to [min, max]
 * (the floor applies too: a failing server should not be polled more often than a healthy one).
 */
export function nextPollDelayMs(input: NextPollInput): number {
  const clamp = (ms: number): number =>
    Math.min(input.maxIntervalMs, Math.max(input.minIntervalMs, Math.round(ms)));
  const retryAfterMs = parseRetryAfterMs(input.retryAfter, input.now) ?? 0;

  if (input.consecutiveFailures > 0) {
    const baseMs = input.backoffBaseMs ?? input.defaultIntervalMs;
    // 2 ** n overflows to Infinity for huge n, which the clamp turns into maxIntervalMs.
    const backoffMs = baseMs * 2 ** (input.consecutiveFailures - 1);
    return clamp(Math.max(backoffMs, retryAfterMs));
  }

  const ttlMs = validNumber(input.ttlMinutes) * 60_000;
  return clamp(Math.max(input.defaultIntervalMs, ttlMs, freshnessMs(input), retryAfterMs));
}

/**
 * Retry-After (RFC 9110 §10.2.3) is either delay-seconds or an HTTP-date; returns the delay in
 * ms from `now` (never negative), or undefined when the value is absent or unreadable.
 */
export function parseRetryAfterMs(value: string | undefined, now: Date): number | undefined {
  const trimmed = value?.trim();
  if (!trimmed) return undefined;
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  // Every HTTP-date form (RFC 9110 §5.6.7) names its month; Date.parse alone would read "-5" as a year.
  if (!/[a-z]{3}/i.test(trimmed)) return undefined;
  const at = Date.parse(trimmed);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - now.getTime());
}

/**
 * The `max-age` directive of a Cache-Control value, in seconds (RFC 9111 §5.2.2.1). `s-maxage`
 * is for shared caches and we are a private one, so it is ignored. When max-age appears twice the
 * first wins (§4.2.1). Undefined when absent or not a non-negative integer.
 */
export function parseMaxAgeSeconds(cacheControl: string | undefined): number | undefined {
  const value = parseDirectives(cacheControl).get('max-age');
  if (value === undefined || !/^\d+$/.test(value)) return undefined;
  return Number(value);
}

/** How long the response says it stays fresh, from max-age or else Expires; 0 when unknown. */
function freshnessMs(input: NextPollInput): number {
  const directives = parseDirectives(input.cacheControl);
  // no-store / unqualified no-cache (RFC 9111 §5.2.2.4-5): the response gives no freshness
  // lifetime at all, so we fall back to our default. `no-cache="field"` only concerns that field.
  if (directives.has('no-store') || (directives.has('no-cache') && !directives.get('no-cache'))) return 0;
  const maxAgeSeconds = parseMaxAgeSeconds(input.cacheControl);
  // RFC 9111 §5.3: with a max-age directive present, Expires MUST be ignored.
  if (maxAgeSeconds !== undefined) return maxAgeSeconds * 1000;
  if (!input.expires) return 0;
  const expiresAt = Date.parse(input.expires);
  // §5.3: an invalid Expires (e.g. "0") means already expired.
  if (Number.isNaN(expiresAt)) return 0;
  const dateAt = input.date ? Date.parse(input.date) : Number.NaN;
  const baseAt = Number.isNaN(dateAt) ? input.now.getTime() : dateAt;
  return Math.max(0, expiresAt - baseAt);
}

/** Cache-Control directives by lower-cased name; the first occurrence of a name wins. */
function parseDirectives(cacheControl: string | undefined): Map<string, string | undefined> {
  const directives = new Map<string, string | undefined>();
  if (!cacheControl) return directives;
  // token [= (token | quoted-string)], comma separated (RFC 9111 §5.2); quoted values may hold commas.
  const pattern = /([^=,\s]+)\s*(?:=\s*("(?:[^"\\]|\\.)*"|[^,]*))?/g;
  for (const match of cacheControl.matchAll(pattern)) {
    const name = match[1]!.toLowerCase();
    const raw = match[2]?.trim();
    const value = raw?.startsWith('"') ? raw.slice(1, -1).replace(/\\(.)/g, '$1') : raw;
    if (!directives.has(name)) directives.set(name, value || undefined);
  }
  return directives;
}

function validNumber(value: number | undefined): number {
  return value !== undefined && Number.isFinite(value) && value > 0 ? value : 0;
}
