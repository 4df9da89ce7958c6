import { itemText } from '../text/dateline.ts';
import type { AnalysedText } from '../dedup/item-features.ts';
import type { PreparedProfile } from '../match/match-item.ts';
import { matchKeys } from '../match/match-item.ts';
import { memoryKeysOf, profileKeys, type TopicMemory } from '../match/topic-memory.ts';
import type { FeedItem, ItemDecision, Match } from '../model.ts';
import { analyzeText } from '../text/analyze.ts';
import type { Lexicon } from '../text/lexicon.ts';

export interface TopicMatcher {
  name: string;
  prepared: PreparedProfile;
  /**
   * The topic's memory of its recent matches (topic-memory.ts), aged to the cycle's day by the
   * caller. selectItems counts into it every item that is not a duplicate (baseline and too-old
   * items too: they are recent news all the same), as the profile decided it, and takes an item
   * the profile turned down when it holds enough stand-ins. Absent: the profile alone.
   */
  memory?: TopicMemory;
}

export interface SelectInput {
  items: readonly FeedItem[];
  /** Keys already seen: still in their feed, recorded earlier, or claimed by another feed this cycle. */
  seen: ReadonlySet<string>;
  /** First successful poll of this feed: record, don't post (but the newest `backfill`). */
  firstPoll: boolean;
  backfill: number;
  now: Date;
  maxItemAgeMs: number;
  topics: readonly TopicMatcher[];
}

export interface Selected {
  decisions: ItemDecision[];
  /** Items to post, each with the topic it matched and the text's analysis it was matched on. */
  queued: Array<{ item: FeedItem; topic: string; match: Match; analysed: AnalysedText }>;
}

/**
 * Decides, for each item of one feed poll, whether it is posted and why not (MonitoRSS-style
 * reasons): a duplicate, the first-run baseline, too old, off-topic with its score, or queued
 * for each topic it matches. Pure: what was seen and the time arrive as arguments.
 */
export function selectItems(input: SelectInput): Selected {
  const decisions: ItemDecision[] = [];
  const queued: Selected['queued'] = [];
  const backfillKeys = input.firstPoll ? newestKeys(input.items, input.backfill) : undefined;
  for (const item of input.items) {
    const base = { itemKey: item.key, feedId: item.feedId, title: item.title };
    if (input.seen.has(item.key)) {
      decisions.push({ ...base, kind: 'duplicate', reason: 'already seen' });
      continue;
    }
    // The text is analysed once per lexicon (every topic of a worker shares one), not per topic.
    const analyses = new Map<Lexicon, AnalysedText>();
    if (backfillKeys !== undefined && !backfillKeys.has(item.key)) {
      decisions.push({ ...base, kind: 'baseline', reason: 'first poll of this feed: recorded, not posted' });
      noteOnly(item, input.topics, analyses);
      continue;
    }
    if (item.published !== undefined && input.now.getTime() - Date.parse(item.published) > input.maxItemAgeMs) {
      decisions.push({ ...base, kind: 'too-old', reason: `published ${item.published}, older than ${Math.round(input.maxItemAgeMs / 3_600_000)} h` });
      noteOnly(item, input.topics, analyses);
      continue;
    }
    let best: { topic: string; match: Match } | undefined;
    let matchedAny = false;
    for (const topic of input.topics) {
      const analysed = analysedFor(item, topic.prepared.lexicon, analyses);
      const profileMatch = matchKeys(analysed.keys, analysed.lang, topic.prepared);
      let match = profileMatch;
      if (topic.memory !== undefined) {
        const memoryKeys = memoryKeysOf(analysed);
        match = topic.memory.decide(profileMatch, memoryKeys, profileKeys(topic.prepared), topic.prepared);
        // Counted after its decision, as the profile decided it: the memory never feeds on its own rescues.
        topic.memory.note(memoryKeys, profileMatch.decision);
      }
      if (match.decision) {
        matchedAny = true;
        queued.push({ item, topic: topic.name, match, analysed });
        decisions.push({ ...base, kind: 'queued', topic: topic.name, score: match.score, reason: match.reason });
      } else if (best === undefined || match.score > best.match.score) {
        best = { topic: topic.name, match };
      }
    }
    if (!matchedAny) {
      decisions.push({ ...base, kind: 'off-topic', topic: best?.topic, score: best?.match.score, reason: best?.match.reason ?? 'no topic for this feed' });
    }
  }
  return { decisions, queued };
}

/** The item's analysis with `lexicon`, made once (with its place keys, which the story index and the memory read and the matcher does not). */
function analysedFor(item: FeedItem, lexicon: Lexicon, analyses: Map<Lexicon, AnalysedText>): AnalysedText {
  let analysed = analyses.get(lexicon);
  if (analysed === undefined) {
    const text = analyzeText(itemText(item), lexicon, item.lang, { places: true });
    analysed = { lexicon, lang: text.lang, keys: text.keys, places: text.places };
    analyses.set(lexicon, analysed);
  }
  return analysed;
}

/** An item not being decided (baseline, too old) is still counted by each topic's memory, as the profile would have decided it. */
function noteOnly(item: FeedItem, topics: readonly TopicMatcher[], analyses: Map<Lexicon, AnalysedText>): void {
  for (const topic of topics) {
    if (topic.memory === undefined) continue;
    const analysed = analysedFor(item, topic.prepared.lexicon, analyses);
    topic.memory.note(memoryKeysOf(analysed), matchKeys(analysed.keys, analysed.lang, topic.prepared).decision);
  }
}

/** The newest `count` items by date (undated ones after dated ones, in feed order). */
function newestKeys(items: readonly FeedItem[], count: number): Set<string> {
  if (count <= 0) return new Set();
  const dated = items.map((item, index) => ({ item, index, at: item.published ? Date.parse(item.published) : -Infinity }));
  dated.sort((a, b) => b.at - a.at || a.index - b.index);
  return new Set(dated.slice(0, count).map((d) => d.item.key));
}
