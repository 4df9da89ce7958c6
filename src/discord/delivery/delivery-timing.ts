// When a queue may send next: backoff after a failure, and pacing per channel. Pure arithmetic
// over times handed in (the injected clock), so simulated time in tests behaves like real time.

export interface BackoffOptions {
  /** Wait after the first failure; doubled after each further one. */
  initialMs: number;
  /** Never wait longer than this: a channel back from an outage is served within it. */
  maxMs: number;
}

export const DEFAULT_BACKOFF = { initialMs: 5_000, maxMs: 300_000 } as const satisfies BackoffOptions;

/** The pacing window: `postsPerMinute` new messages per channel per minute. */
export const PACING_WINDOW_MS = 60_000;

/** Wait before attempt `attempts + 1`, after `attempts` (≥ 1) failures in a row. */
export function retryDelayMs(attempts: number, backoff: BackoffOptions): number {
  const doublings = Math.max(0, Math.min(attempts - 1, 30));
  return Math.min(backoff.initialMs * 2 ** doublings, backoff.maxMs);
}

/** The send times still inside the pacing window at `now` (older ones no longer count). */
export function recentSends(sendsAt: readonly string[], now: Date): string[] {
  const since = now.getTime() - PACING_WINDOW_MS;
  return sendsAt.filter((at) => Date.parse(at) > since);
}

/** Whether one more new message fits this minute's allowance. */
export function pacingAllows(sendsAt: readonly string[], now: Date, postsPerMinute: number): boolean {
  return recentSends(sendsAt, now).length < postsPerMinute;
}

/** When the pacing window next makes room (the oldest counted send leaves it). */
export function pacingReopensAt(sendsAt: readonly string[], now: Date, postsPerMinute: number): Date | undefined {
  const recent = recentSends(sendsAt, now).map((at) => Date.parse(at)).sort((a, b) => a - b);
  if (recent.length < postsPerMinute) return undefined;
  return new Date(recent[recent.length - postsPerMinute]! + PACING_WINDOW_MS);
}
