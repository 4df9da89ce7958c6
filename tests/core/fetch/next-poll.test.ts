import { describe, expect, it } from 'vitest';
import { type NextPollInput, nextPollDelayMs, parseMaxAgeSeconds, parseRetryAfterMs } from '../../../src/core/fetch/next-poll.ts';

const MINUTE = 60_000;
const now = new Date('2024-05-01T12:00:00Z');
const base: NextPollInput = {
  now,
  defaultIntervalMs: 10 * MINUTE,
  minIntervalMs: 5 * MINUTE,
  maxIntervalMs: 24 * 60 * MINUTE,
  consecutiveFailures: 0,
};
const delay = (extra: Partial<NextPollInput>) => nextPollDelayMs({ ...base, ...extra });

describe('parseRetryAfterMs', () => {
  it.each([
    ['120', 120_000],
    [' 0 ', 0],
    ['Wed, 01 May 2024 12:30:00 GMT', 30 * MINUTE],
    ['Wed, 01 May 2024 11:00:00 GMT', 0], // a date in the past means "now"
    ['Wednesday, 01-May-24 12:01:00 GMT', MINUTE], // obsolete RFC 850 form, still to be accepted
  ])('%s → %d ms', (value, expected) => {
    expect(parseRetryAfterMs(value, now)).toBe(expected);
  });

  it.each([[undefined], [''], ['soon'], ['-5'], ['1.5']])('%s → undefined', (value) => {
    expect(parseRetryAfterMs(value, now)).toBeUndefined();
  });
});

describe('parseMaxAgeSeconds', () => {
  it.each([
    ['max-age=300', 300],
    ['public, max-age=60', 60],
    ['Max-Age = 60', 60],
    ['max-age="90"', 90],
    ['s-maxage=999, max-age=30', 30],
    ['max-age=10, max-age=20', 10],
    ['private="x, y", max-age=45', 45],
  ])('%s → %d', (value, expected) => {
    expect(parseMaxAgeSeconds(value)).toBe(expected);
  });

  it.each([[undefined], [''], ['s-maxage=600'], ['max-age=-1'], ['max-age=abc'], ['no-cache']])('%s → undefined', (value) => {
    expect(parseMaxAgeSeconds(value)).toBeUndefined();
  });
});

describe('nextPollDelayMs after a success', () => {
  it.each<[string, Partial<NextPollInput>, number]>([
    ['no hints: the default', {}, 10 * MINUTE],
    ['RSS ttl longer than the default', { ttlMinutes: 60 }, 60 * MINUTE],
    ['RSS ttl shorter than the default never polls faster', { ttlMinutes: 1 }, 10 * MINUTE],
    ['Cache-Control max-age', { cacheControl: 'public, max-age=1800' }, 30 * MINUTE],
    ['s-maxage is for shared caches and ignored', { cacheControl: 's-maxage=7200' }, 10 * MINUTE],
    ['no-cache gives the default', { cacheControl: 'no-cache, max-age=7200' }, 10 * MINUTE],
    ['no-store gives the default', { cacheControl: 'no-store', expires: 'Wed, 01 May 2024 15:00:00 GMT' }, 10 * MINUTE],
    ['Expires measured from now without a Date', { expires: 'Wed, 01 May 2024 13:00:00 GMT' }, 60 * MINUTE],
    [
      'Expires measured from the Date header (clock skew ignored)',
      { expires: 'Wed, 01 May 2024 09:40:00 GMT', date: 'Wed, 01 May 2024 09:00:00 GMT' },
      40 * MINUTE,
    ],
    ['an invalid Expires counts as already expired', { expires: '0' }, 10 * MINUTE],
    [
      'max-age wins over Expires (RFC 9111 §5.3)',
      { cacheControl: 'max-age=900', expires: 'Wed, 01 May 2024 18:00:00 GMT' },
      15 * MINUTE,
    ],
    ['Retry-After seconds', { retryAfter: '3600' }, 60 * MINUTE],
    ['Retry-After date', { retryAfter: 'Wed, 01 May 2024 14:00:00 GMT' }, 120 * MINUTE],
    ['the largest hint wins', { ttlMinutes: 20, cacheControl: 'max-age=2400', retryAfter: '600' }, 40 * MINUTE],
    ['clamped to the maximum', { ttlMinutes: 7 * 24 * 60 }, 24 * 60 * MINUTE],
    ['clamped to the minimum', { defaultIntervalMs: MINUTE }, 5 * MINUTE],
    ['a nonsense ttl is ignored', { ttlMinutes: Number.NaN }, 10 * MINUTE],
  ])('%s', (_name, extra, expected) => {
    expect(delay(extra)).toBe(expected);
  });
});

describe('nextPollDelayMs after failures', () => {
  it('doubles from the backoff base with each consecutive failure', () => {
    const delays = [1, 2, 3, 4, 5].map((failures) => delay({ consecutiveFailures: failures, backoffBaseMs: 5 * MINUTE }));
    expect(delays).toEqual([5, 10, 20, 40, 80].map((m) => m * MINUTE));
  });

  it('uses the default interval as the backoff base when none is given', () => {
    expect(delay({ consecutiveFailures: 1 })).toBe(10 * MINUTE);
    expect(delay({ consecutiveFailures: 3 })).toBe(40 * MINUTE);
  });

  it('is capped at the maximum interval, even after very many failures', () => {
    expect(delay({ consecutiveFailures: 12 })).toBe(24 * 60 * MINUTE);
    expect(delay({ consecutiveFailures: 5000 })).toBe(24 * 60 * MINUTE);
  });

  it('honours a Retry-After larger than the backoff', () => {
    expect(delay({ consecutiveFailures: 1, retryAfter: '7200' })).toBe(120 * MINUTE);
    expect(delay({ consecutiveFailures: 1, retryAfter: 'Wed, 01 May 2024 15:00:00 GMT' })).toBe(180 * MINUTE);
  });

  it('keeps the backoff when Retry-After is smaller', () => {
    expect(delay({ consecutiveFailures: 3, retryAfter: '60' })).toBe(40 * MINUTE);
  });

  it('ignores freshness hints while failing', () => {
    expect(delay({ consecutiveFailures: 1, ttlMinutes: 600, cacheControl: 'max-age=36000' })).toBe(10 * MINUTE);
  });

  it('never goes below the minimum interval', () => {
    expect(delay({ consecutiveFailures: 1, backoffBaseMs: 1_000 })).toBe(5 * MINUTE);
  });
});
