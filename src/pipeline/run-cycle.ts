import { buildPost } from '../core/deliver/build-post.ts';
import type { FeedSource, ItemDecision, Post } from '../core/model.ts';
import { selectItems, type TopicMatcher } from '../core/select/select-items.ts';
import type { Clock, HttpFetcher, Logger, Publisher, StateStore } from '../ports.ts';
import type { CycleReport, FeedReport } from './cycle-report.ts';
import { Outbox } from './outbox.ts';
import { pollFeed, type PollLimits } from './poll-feed.ts';
import { stateKeys, type FeedState } from './state-keys.ts';

export interface CycleFeed extends FeedSource {
  /** Names of the topics this feed feeds. */
  topics: string[];
}

export interface CyclePorts {
  fetcher: HttpFetcher;
  store: StateStore;
  publisher: Publisher;
  clock: Clock;
  logger: Logger;
}

export interface CycleOptions extends PollLimits {
  feeds: readonly CycleFeed[];
  topics: readonly TopicMatcher[];
  timeZone: string;
  backfill: number;
  maxItemAgeMs: number;
  /** How long a seen item key is remembered once it has left its feed. */
  seenTtlMs: number;
  /** Poll every feed now, whatever its next-poll time (`newshound once`, the demo). */
  ignoreSchedule?: boolean;
}

/**
 * The only orchestrator: fetch → parse → normalise → match → dedup → outbox → publish, over
 * injected ports. Order of writes per feed: posts into the outbox, then their keys marked
 * seen, then the feed's state; a crash at any point leaves an item either still unseen (it
 * comes back next cycle) or safely in the outbox, never lost and never queued twice.
 */
export async function runCycle(ports: CyclePorts, options: CycleOptions): Promise<CycleReport> {
  const { store, clock, logger } = ports;
  const startedAt = clock.now();
  const outbox = new Outbox(store);
  // Posts left by a crash or an outage go first, in their original order.
  const before = await outbox.drain(ports.publisher, logger);

  const topicsByName = new Map(options.topics.map((t) => [t.name, t]));
  const claimed = new Set<string>();
  const feedReports: FeedReport[] = [];
  const decisions: ItemDecision[] = [];

  type Polled =
    | { kind: 'not-due'; report: FeedReport }
    | { kind: 'polled'; feed: CycleFeed; previous: FeedState; result: Awaited<ReturnType<typeof pollFeed>>; now: Date };
  const polls = options.feeds.map(async (feed): Promise<Polled> => {
    const previous = (await store.get<FeedState>(stateKeys.feed(feed.id))) ?? { initialized: false, presentKeys: [] };
    const now = clock.now();
    if (!options.ignoreSchedule && previous.nextPollAt !== undefined && Date.parse(previous.nextPollAt) > now.getTime()) {
      return { kind: 'not-due', report: { feedId: feed.id, name: feed.name, outcome: 'not-due', items: 0, nextPollAt: previous.nextPollAt } };
    }
    const result = await pollFeed(feed, previous, ports.fetcher, now, options);
    return { kind: 'polled', feed, previous, result, now };
  });

  // Fetches run concurrently (the fetcher bounds them); deciding runs one feed at a time so
  // that the same article in two feeds is claimed by the first and seen as a duplicate by the second.
  for (const settled of await Promise.all(polls)) {
    if (settled.kind === 'not-due') {
      feedReports.push(settled.report);
      continue;
    }
    const { feed, previous, result, now } = settled;
    let state = result.state;
    if (result.items !== undefined) {
      const present = new Set(previous.presentKeys);
      const seen = new Set<string>();
      for (const item of result.items) {
        if (present.has(item.key) || claimed.has(item.key) || (await store.get(stateKeys.seen(item.key))) !== undefined) seen.add(item.key);
      }
      const selected = selectItems({
        items: result.items,
        seen,
        firstPoll: !previous.initialized,
        backfill: options.backfill,
        now,
        maxItemAgeMs: options.maxItemAgeMs,
        topics: feed.topics.map((name) => topicsByName.get(name)).filter((t): t is TopicMatcher => t !== undefined),
      });
      const posts: Post[] = selected.queued.map(({ item, topic, match }) => buildPost(item, topic, match, options.timeZone));
      await outbox.enqueue(posts, now);
      for (const item of result.items) {
        claimed.add(item.key);
        if (!seen.has(item.key)) await store.set(stateKeys.seen(item.key), now.toISOString(), options.seenTtlMs);
      }
      state = { ...state, initialized: true, presentKeys: result.items.map((i) => i.key) };
      decisions.push(...selected.decisions);
    }
    await store.set(stateKeys.feed(feed.id), state);
    if (result.error) logger.warn({ feed: feed.name, error: result.error, failures: state.health?.consecutiveFailures }, 'feed poll failed');
    feedReports.push({ feedId: feed.id, name: feed.name, outcome: result.outcome, items: result.items?.length ?? 0, error: result.error, nextPollAt: state.nextPollAt });
  }

  const after = await outbox.drain(ports.publisher, logger);
  const report: CycleReport = {
    startedAt: startedAt.toISOString(),
    finishedAt: clock.now().toISOString(),
    feeds: feedReports,
    decisions,
    published: before.published + after.published,
    publishFailures: before.failures + after.failures,
    outboxSize: after.left,
  };
  await store.set(stateKeys.lastCycle, { ...report, decisions: report.decisions.slice(-500) });
  logger.info(
    { feeds: feedReports.length, queued: decisions.filter((d) => d.kind === 'queued').length, published: report.published, outbox: report.outboxSize },
    'cycle done',
  );
  return report;
}
