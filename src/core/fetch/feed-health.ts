// Per-feed health, derived from fetch outcomes only, so it can be stored as plain JSON and the
// rule "how many failures make a feed failing" lives in one place.

export interface FeedHealth {
  consecutiveFailures: number;
  /** The first failure of the current run of failures (absent while the feed answers). */
  failingSince?: string;
  lastSuccessAt?: string;
  lastFailureAt?: string;
  lastError?: string;
  status: 'ok' | 'failing';
}

export type FetchOutcome = { ok: true; at: string } | { ok: false; at: string; reason: string };

export const FEED_HEALTH_DEFAULTS = {
  // One failed poll is often a blip (a deploy, a 502 from a CDN); five in a row is a pattern.
  failingAfter: 5,
} as const satisfies Record<string, number>;

/**
 * Folds one fetch outcome into a feed's health. A feed becomes `failing` after `failingAfter`
 * consecutive failures and is `ok` again on its next success. The last failure and its reason
 * are kept after a recovery so an operator can still see what went wrong last.
 */
export function recordFetchOutcome(
  health: FeedHealth | undefined,
  outcome: FetchOutcome,
  failingAfter: number = FEED_HEALTH_DEFAULTS.failingAfter,
): FeedHealth {
  const previous: FeedHealth = health ?? { consecutiveFailures: 0, status: 'ok' };
  if (outcome.ok) {
    const { failingSince: _over, ...rest } = previous;
    return { ...rest, consecutiveFailures: 0, lastSuccessAt: outcome.at, status: 'ok' };
  }
  const consecutiveFailures = previous.consecutiveFailures + 1;
  return {
    ...previous,
    consecutiveFailures,
    // Health stored before this field existed: the run started no later than its last failure.
    failingSince: previous.consecutiveFailures === 0 ? outcome.at : (previous.failingSince ?? previous.lastFailureAt ?? outcome.at),
    lastFailureAt: outcome.at,
    lastError: outcome.reason,
    status: consecutiveFailures >= Math.max(1, failingAfter) ? 'failing' : 'ok',
  };
}
