import type { TextData } from '../core/deliver/build-post.ts';
import { CorruptEntryError, unlessCorrupt } from '../core/errors.ts';
import type { DecisionKind, FeedSource, ItemDecision } from '../core/model.ts';
import { dayOfTime, TOPIC_MEMORY_CUTS, type TopicMemoryCuts } from '../core/match/topic-memory.ts';
import { selectItems, type TopicMatcher } from '../core/select/select-items.ts';
import type { ArticleFetcher, Clock, HttpFetcher, Logger, Publisher, StateStore, Summarizer } from '../ports.ts';
import { createExtractiveSummarizer } from '../core/summarize/extractive-summarizer.ts';
import { queuePosts } from './queue-posts.ts';
import { noteRecentItems } from './recent-items.ts';
import type { CycleReport, FeedReport } from './cycle-report.ts';
import { Outbox } from './outbox.ts';
import { StoryBook } from './story-book.ts';
import { FeedWrites, finishJournal } from './feed-writes.ts';
import { createLimiter } from '../adapters/concurrency-limit.ts';

const DEFAULT_FEEDS_IN_FLIGHT = 16;
const MAX_REPORTED_DECISIONS = 1_000;
/** Decisions kept across cycles for `/preview`. */
const RECENT_DECISIONS = 300;
const BASELINE_DECISIONS_KEPT = 20;
import { pollFeed, type PollLimits } from './poll-feed.ts';
import { stateKeys, type FeedState } from './state-keys.ts';
import { readRecentDecisions } from './recent-decisions.ts';
import { readStoredFeedState } from './stored-feed-state.ts';
import { forgetRemovedTopics, readTopicMemories } from './topic-memories.ts';

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
  /** Fetches a posted story's article page for its summary; absent: the feed's text is summarised. */
  articles?: ArticleFetcher;
  /** Writes summaries (extractive by default when `text` is given; an LLM one falls back to it). */
  summarizer?: Summarizer;
}

export interface CycleOptions extends PollLimits {
  feeds: readonly CycleFeed[];
  topics: readonly TopicMatcher[];
  timeZone: string;
  backfill: number;
  maxItemAgeMs: number;
  /** How long a seen item key is remembered once it has left its feed. */
  seenTtlMs: number;
  /** Lexicon and background for writing summaries; without them a post carries the feed's summary. */
  text?: TextData;
  /** Group reports of one event into stories, posted once (default on when `text` is given). */
  stories?: boolean;
  /**
   * Each topic's memory of its recent matches (core/match/topic-memory.ts), kept in the store:
   * these cuts (default the fitted TOPIC_MEMORY_CUTS), or false for the profiles alone.
   */
  topicMemory?: TopicMemoryCuts | false;
  /** Feeds fetched or waiting to be decided at once (default 16). */
  feedsInFlight?: number;
  /** Poll every feed now, whatever its next-poll time (`newshound once`, the demo). */
  ignoreSchedule?: boolean;
  /**
   * Aborted when the worker is asked to stop: fetches in flight are cut off and feeds not yet
   * decided are left for the next start (nothing of theirs is written).
   */
  signal?: AbortSignal;
}

/**
 * Keys of `keys` already seen: in any feed at its last poll, claimed by a feed decided earlier
 * this cycle, or recorded in the store (posted, or left its feed). A first poll without backfill
 * posts nothing whatever was seen, so it asks the store nothing.
 */
async function seenKeys(keys: readonly string[], known: ReadonlySet<string>, store: StateStore, askStore: boolean): Promise<Set<string>> {
  const seen = new Set<string>();
  for (const key of keys) {
    if (known.has(key)) seen.add(key);
    else if (askStore && (await store.get(stateKeys.seen(key))) !== undefined) seen.add(key);
  }
  return seen;
}

/**
 * The only orchestrator: fetch → parse → normalise → match → dedup → outbox → publish, over
 * injected ports. A feed's writes (its stories, posts queued in the outbox, seen marks, its
 * state) are committed together (feed-writes.ts): a crash at any point leaves an item either
 * still unseen (it comes back next cycle) or safely in the outbox with its story recorded,
 * never lost and never queued twice.
 */
export async function runCycle(ports: CyclePorts, options: CycleOptions): Promise<CycleReport> {
  const { store, clock, logger } = ports;
  const startedAt = clock.now();
  const { signal } = options;
  // A feed's writes cut short by a crash are finished before anything reads them.
  const finished = await finishJournal(store);
  if (finished > 0) logger.info({ writes: finished }, 'finished the writes of a feed cut short by a stop');
  const outbox = new Outbox(store, { logger, clock });
  const stories = options.text && options.stories !== false ? new StoryBook(store, options.text.lexicon, options.text.background, {}, new Map(), logger) : undefined;
  // Posts left by a crash or an outage go first, in their original order.
  const before = await outbox.drain(ports.publisher, logger);

  // Each topic's memory, read once and handed to the matchers of this cycle (copies: the resolver
  // caches its matchers across cycles), written back at the end (topic-memories.ts).
  // A topic gone since the last cycle loses its memory first, so one created again starts empty.
  await forgetRemovedTopics(store, options.topics.map((t) => t.name), logger);
  const memoryCuts = options.topicMemory ?? TOPIC_MEMORY_CUTS;
  const memories = memoryCuts === false ? undefined : await readTopicMemories(store, options.topics.map((t) => t.name), dayOfTime(startedAt.getTime()), memoryCuts, logger);
  const topics = options.topics.map((t): TopicMatcher => {
    const memory = memories?.memories.get(t.name);
    return memory === undefined ? t : { ...t, memory };
  });
  const topicsByName = new Map(topics.map((t) => [t.name, t]));
  const summarizer = ports.summarizer ?? (options.text && createExtractiveSummarizer(options.text.lexicon, options.text.background));
  const summaryPorts = summarizer && { summarizer, logger, ...(ports.articles ? { articles: ports.articles } : {}) };
  // Every feed's state, read once: their present keys say what any feed already holds, so an
  // article another feed showed (even as its first-poll baseline) is not news here, without a
  // store record per item.
  const states = new Map<string, FeedState>();
  for (const feed of options.feeds) states.set(feed.id, await readFeedState(store, feed, logger));
  const known = new Set<string>();
  for (const state of states.values()) for (const key of state.presentKeys) known.add(key);
  const feedReports: FeedReport[] = [];
  const decisions: ItemDecision[] = [];
  const decisionCounts: Record<DecisionKind, number> = { queued: 0, 'same-story': 0, baseline: 0, duplicate: 0, 'too-old': 0, 'off-topic': 0 };

  // Fetches run concurrently (the fetcher bounds them); each feed's items are decided as soon
  // as it arrives, one feed at a time (a promise chain), so the same article in two feeds is
  // known after the first and a duplicate for the second, and a feed's items are released
  // before the next is decided (memory stays bounded by the fetch concurrency, not the feed count).
  let decideChain: Promise<void> = Promise.resolve();
  const serially = (work: () => Promise<void>) => {
    const next = decideChain.then(work);
    decideChain = next.catch(() => undefined);
    return next;
  };
  // At most this many feeds between "fetch started" and "decided": parsed items do not pile up
  // in memory while the decisions (serial, with state writes) catch up.
  const inFlight = createLimiter(options.feedsInFlight ?? DEFAULT_FEEDS_IN_FLIGHT);
  await Promise.all(
    options.feeds.map((feed) => inFlight.run(async () => {
      const previous = states.get(feed.id)!;
      const now = clock.now();
      if (!options.ignoreSchedule && previous.nextPollAt !== undefined && Date.parse(previous.nextPollAt) > now.getTime()) {
        const lastPollOk = previous.health !== undefined && previous.health.consecutiveFailures === 0;
        feedReports.push({ feedId: feed.id, name: feed.name, outcome: 'not-due', items: 0, nextPollAt: previous.nextPollAt, lastPollOk });
        return;
      }
      if (signal?.aborted) return;
      const result = await pollFeed(feed, previous, ports.fetcher, now, options, signal).catch((error: unknown) => {
        if (signal?.aborted) return undefined;
        throw error;
      });
      if (result === undefined) return;
      await serially(async () => {
        // Asked to stop: this feed is polled again at the next start, as if never fetched.
        if (signal?.aborted) return;
        const writes = new FeedWrites(store);
        const feedOutbox = new Outbox(writes);
        const feedStories = stories?.through(writes);
        let state = result.state;
        if (result.items !== undefined) {
          const firstPoll = !previous.initialized;
          const seen = await seenKeys(result.items.map((i) => i.key), known, store, !firstPoll || options.backfill > 0);
          const feedTopics = feed.topics.map((name) => topicsByName.get(name)).filter((t): t is TopicMatcher => t !== undefined);
          for (const topic of feedTopics) topic.memory?.ageTo(dayOfTime(now.getTime()));
          const selected = selectItems({
            items: result.items,
            seen,
            firstPoll,
            backfill: options.backfill,
            now,
            maxItemAgeMs: options.maxItemAgeMs,
            topics: feedTopics,
          });
          // The memories counted every item that was not a duplicate.
          if (memories !== undefined && selected.decisions.some((d) => d.kind !== 'duplicate')) for (const topic of feedTopics) memories.touched(topic.name);
          // Posts (and updates of stories posted earlier) go into the outbox as they are decided, in
          // the feed's order, so a later report of the same story (even in this feed) updates it.
          await queuePosts(selected.queued, { outbox: feedOutbox, stories: feedStories, topicsByName, summaryPorts, timeZone: options.timeZone, now, decisions: selected.decisions });
          // A store record is needed only where no feed's present keys will say it: for what
          // was posted (kept after it leaves every feed) and for what just left this feed (so
          // an item that comes back within the TTL is still known).
          const current = new Set(result.items.map((i) => i.key));
          const departed = previous.presentKeys.filter((key) => !current.has(key));
          const posted = selected.queued.map((q) => q.item.key);
          for (const key of new Set([...posted, ...departed])) await writes.set(stateKeys.seen(key), now.toISOString(), options.seenTtlMs);
          await feedStories?.saveChanged(now);
          state = { ...state, initialized: true, presentKeys: result.items.map((i) => i.key) };
          for (const decision of selected.decisions) {
            decisionCounts[decision.kind] += 1;
            // Every post's decision is kept; of the rest, enough to explain a cycle (the demo,
            // `status`), not fifty thousand baseline lines held in memory.
            if (decision.kind === 'queued' || decisions.length < MAX_REPORTED_DECISIONS) decisions.push(decision);
          }
        }
        await writes.set(stateKeys.feed(feed.id), state);
        await writes.commit(now);
        if (result.items !== undefined && options.text) await noteRecentItems(store, options.text.lexicon, result.items, known, now, logger);
        // Only once committed is this feed's news known to the feeds decided after it.
        if (result.items !== undefined) for (const item of result.items) known.add(item.key);
        if (result.error) logger.warn({ feed: feed.name, error: result.error, failures: state.health?.consecutiveFailures }, 'feed poll failed');
        // Read, but in part or by guessing (items skipped, a charset fallback, markup repaired): one line per feed read.
        if (result.notes) logger.warn({ feed: feed.name, notes: result.notes }, 'feed read with repairs');
        feedReports.push({ feedId: feed.id, name: feed.name, outcome: result.outcome, items: result.items?.length ?? 0, error: result.error, nextPollAt: state.nextPollAt });
      });
    })),
  );

  const after = await outbox.drain(ports.publisher, logger);
  const report: CycleReport = {
    startedAt: startedAt.toISOString(),
    finishedAt: clock.now().toISOString(),
    feeds: feedReports,
    decisions,
    decisionCounts,
    published: before.published + after.published,
    publishFailures: before.failures + after.failures,
    outboxSize: after.left,
  };
  await store.set(stateKeys.lastCycle, { ...report, decisions: report.decisions.slice(-500) });
  await rememberDecisions(store, decisions, clock.now(), logger);
  await memories?.save(logger);
  logger.info(
    { feeds: feedReports.length, ...decisionCounts, published: report.published, outbox: report.outboxSize },
    'cycle done',
  );
  return report;
}

/**
 * A feed's stored state; one that cannot be read (not JSON, not a feed's state) is said in one
 * line and the feed starts afresh (its next poll is a first poll): thrown, it failed every cycle
 * of every feed. Its seen marks still keep what it posted from being posted again.
 */
async function readFeedState(store: StateStore, feed: CycleFeed, logger: CyclePorts['logger']): Promise<FeedState> {
  const state = await readStoredFeedState(store, feed.id);
  if (!(state instanceof CorruptEntryError)) return state ?? { initialized: false, presentKeys: [] };
  logger.error({ feed: feed.name, key: state.key, error: state.message }, "this feed's state is corrupt: the feed starts afresh");
  return { initialized: false, presentKeys: [] };
}

/**
 * Keeps the latest decisions across cycles, so `/preview` can say why recent items were or were
 * not posted even when the last cycle saw nothing new. Of a first poll's baseline only the
 * newest few are kept, so one new feed's backlog does not push everything else out.
 */
async function rememberDecisions(store: StateStore, decisions: readonly ItemDecision[], at: Date, logger: CyclePorts['logger']): Promise<void> {
  if (decisions.length === 0) return;
  const previous = await readRecentDecisions(store, (error) => logger.error({ key: error.key, error: error.message }, 'the recent decisions /preview reads are corrupt: the list starts afresh'));
  const stamped = decisions.map((d) => ({ ...d, at: at.toISOString() }));
  const baseline = stamped.filter((d) => d.kind === 'baseline').slice(-BASELINE_DECISIONS_KEPT);
  const fresh = [...baseline, ...stamped.filter((d) => d.kind !== 'baseline')];
  await store.set(stateKeys.recentDecisions, [...previous, ...fresh].slice(-RECENT_DECISIONS));
}
