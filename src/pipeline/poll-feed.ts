import { createHash } from 'node:crypto';
import { FetchError, NewshoundError } from '../core/errors.ts';
import { withFeedsThePageNames } from '../core/discover/page-instead-of-feed.ts';
import { recordFetchOutcome } from '../core/fetch/feed-health.ts';
import { nextPollDelayMs } from '../core/fetch/next-poll.ts';
import type { FeedItem, FeedSource } from '../core/model.ts';
import { newestItems } from '../core/normalize/newest-items.ts';
import { normalizeItems } from '../core/normalize/normalize-items.ts';
import { parseFeed } from '../core/parse/parse-feed.ts';
import type { FetchMeta, HttpFetcher } from '../ports.ts';
import type { FeedOutcome } from './cycle-report.ts';
import type { FeedState } from './state-keys.ts';

export interface PollLimits {
  maxItemsPerFeed: number;
  defaultIntervalMs: number;
  minPollIntervalMs: number;
  maxPollIntervalMs: number;
  failingAfter: number;
}

export interface PollResult {
  outcome: Exclude<FeedOutcome, 'not-due'>;
  /** Items of a changed feed, parsed and normalised; absent when unchanged or failed. */
  items?: FeedItem[];
  /** The feed's state after this poll (validators only stored after a successful parse). */
  state: FeedState;
  error?: string;
  /** A changed feed read only in part or by guessing: items skipped, a charset fallback, a repair. To be logged. */
  notes?: string[];
}

/**
 * One feed: conditional GET, then parse and normalise only when the body changed. Failures
 * are returned (with backoff and health recorded), never thrown: one broken feed must not
 * stop the cycle.
 */
export async function pollFeed(feed: FeedSource, previous: FeedState, fetcher: HttpFetcher, now: Date, limits: PollLimits, signal?: AbortSignal): Promise<PollResult> {
  const at = now.toISOString();
  const schedule = (meta: Partial<FetchMeta>, failures: number, ttlMinutes?: number) =>
    new Date(
      now.getTime() +
        nextPollDelayMs({
          now,
          defaultIntervalMs: limits.defaultIntervalMs,
          minIntervalMs: limits.minPollIntervalMs,
          maxIntervalMs: limits.maxPollIntervalMs,
          ttlMinutes,
          cacheControl: meta.cacheControl,
          expires: meta.expires,
          retryAfter: meta.retryAfter,
          date: meta.date,
          consecutiveFailures: failures,
        }),
    ).toISOString();

  try {
    const result = await fetcher.fetch({ url: feed.url, etag: previous.etag, lastModified: previous.lastModified, headers: feed.headers }, signal);
    const health = recordFetchOutcome(previous.health, { ok: true, at }, limits.failingAfter);
    if (result.kind === 'not-modified') {
      return { outcome: 'not-modified', state: { ...previous, health, lastCheckedAt: at, nextPollAt: schedule(result, 0, previous.ttlMinutes) } };
    }
    const bodyHash = createHash('sha256').update(result.body).digest('hex');
    if (bodyHash === previous.bodyHash) {
      // The same bytes we parsed: this response's validators describe them, and a server that
      // changed its ETag (a deploy) would otherwise never match the stale one we send back.
      const validators = { etag: result.etag, lastModified: result.lastModified };
      return { outcome: 'unchanged', state: { ...previous, ...validators, health, lastCheckedAt: at, nextPollAt: schedule(result, 0, previous.ttlMinutes) } };
    }
    const parsed = await parseFeed(result.body, result.contentType, feed.name).catch((error: unknown) => Promise.reject(withFeedsThePageNames(error, result)));
    const items = newestItems(normalizeItems(parsed, feed, now), limits.maxItemsPerFeed);
    const skipped = parsed.skippedItems > 0 ? [`${parsed.skippedItems} item(s) skipped: unreadable`] : [];
    const notes = [...skipped, ...parsed.notes];
    return {
      outcome: 'updated',
      items,
      ...(notes.length ? { notes } : {}),
      state: {
        ...previous,
        // RFC 9111: validators describe the representation we parsed; store them only now.
        etag: result.etag,
        lastModified: result.lastModified,
        bodyHash,
        ttlMinutes: parsed.ttlMinutes,
        health,
        lastCheckedAt: at,
        nextPollAt: schedule(result, 0, parsed.ttlMinutes),
      },
    };
  } catch (error) {
    if (!(error instanceof NewshoundError)) throw error;
    const health = recordFetchOutcome(previous.health, { ok: false, at, reason: error.message }, limits.failingAfter);
    const retryAfter = error instanceof FetchError ? error.retryAfter : undefined;
    return {
      outcome: 'failed',
      error: error.message,
      state: { ...previous, health, lastCheckedAt: at, nextPollAt: schedule({ retryAfter }, health.consecutiveFailures) },
    };
  }
}
