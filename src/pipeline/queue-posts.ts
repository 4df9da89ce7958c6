import { buildPost, type WrittenSummary } from '../core/deliver/build-post.ts';
import type { AnalysedText } from '../core/dedup/item-features.ts';
import type { FeedItem, ItemDecision, Match, Post } from '../core/model.ts';
import type { TopicMatcher } from '../core/select/select-items.ts';
import { createLimiter } from '../adapters/concurrency-limit.ts';
import type { Outbox } from './outbox.ts';
import type { StoryBook } from './story-book.ts';
import { writeSummary, type SummaryPorts } from './write-summary.ts';

/** Summaries (article fetch, maybe an LLM) written at once for one feed's new stories. */
const SUMMARIES_IN_FLIGHT = 4;

export interface QueuedItem {
  item: FeedItem;
  topic: string;
  match: Match;
  /** The text's analysis the match was made on: the story index reuses it. */
  analysed?: AnalysedText;
}

export interface QueuePostsDeps {
  outbox: Outbox;
  /** Absent: every item is its own post (no story grouping). */
  stories?: StoryBook;
  topicsByName: ReadonlyMap<string, TopicMatcher>;
  summaryPorts?: SummaryPorts;
  timeZone: string;
  now: Date;
  /** The feed's decisions: a report that joins a posted story becomes `same-story`. */
  decisions: ItemDecision[];
}

type Action =
  | { kind: 'post'; queued: QueuedItem; storyId?: string; summary?: Promise<WrittenSummary | undefined> }
  | { kind: 'update'; queued: QueuedItem; storyId: string; reason: string };

/**
 * One feed's matched items into the outbox, in order: the first report of a story as a post,
 * later reports as "also reported by" updates of it. Each new story's summary needs the article
 * fetched (and perhaps an LLM), so those are written concurrently, a few at a time, between
 * deciding (which report opens which story) and queueing (in the items' order).
 */
export async function queuePosts(queued: readonly QueuedItem[], deps: QueuePostsDeps): Promise<void> {
  const { stories, now } = deps;
  const limiter = createLimiter(SUMMARIES_IN_FLIGHT);
  const summarise = (q: QueuedItem): Promise<WrittenSummary | undefined> => {
    if (deps.summaryPorts === undefined) return Promise.resolve(undefined);
    const ports = deps.summaryPorts;
    const written = limiter.run(() => writeSummary(q.item, q.match, deps.topicsByName.get(q.topic)?.prepared.weights, ports));
    // Awaited later, in order; until then a failure must not count as unhandled.
    written.catch(() => undefined);
    return written;
  };

  // Decide: which report opens a story (posted) and which joins one (an update).
  const actions: Action[] = [];
  const opened = new Set<string>();
  for (const q of queued) {
    if (stories === undefined) {
      actions.push({ kind: 'post', queued: q, summary: summarise(q) });
      continue;
    }
    const { item, topic, match } = q;
    const assignment = (await stories.index(topic)).assign(
      { id: item.key, title: item.title, summary: item.summary, lang: match.lang, published: item.published, source: item.source, link: item.link, ...(q.analysed === undefined ? {} : { analysed: q.analysed }) },
      now,
    );
    const storyKey = `${topic}\u0000${assignment.storyId}`;
    const hasPost = !assignment.isNew && (opened.has(storyKey) || (await stories.postOf(topic, assignment.storyId)) !== undefined);
    if (hasPost) {
      actions.push({ kind: 'update', queued: q, storyId: assignment.storyId, reason: assignment.reason });
    } else {
      opened.add(storyKey);
      actions.push({ kind: 'post', queued: q, storyId: assignment.storyId, summary: summarise(q) });
    }
  }

  // Queue, in the items' order, each post as soon as its summary is written.
  for (const action of actions) {
    const { item, topic, match } = action.queued;
    if (action.kind === 'post') {
      const post = buildPost(item, topic, match, deps.timeZone, action.storyId === undefined ? undefined : { id: action.storyId }, await action.summary);
      await stories?.savePost(post);
      await deps.outbox.enqueue([post], now);
      continue;
    }
    const existing = (await stories!.postOf(topic, action.storyId))!;
    const report = { source: item.source ?? item.feedId, title: item.title, ...(item.link ? { url: item.link } : {}) };
    const updated: Post = { ...existing, alsoReportedBy: [...(existing.alsoReportedBy ?? []), report] };
    await stories!.savePost(updated);
    await deps.outbox.enqueueUpdate(updated, now);
    const decision = deps.decisions.find((d) => d.itemKey === item.key && d.topic === topic && d.kind === 'queued');
    if (decision) Object.assign(decision, { kind: 'same-story', reason: `${action.reason}; recorded on "${existing.title}" as also reported by ${report.source}` });
  }
}
