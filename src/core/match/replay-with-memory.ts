import { itemText } from '../text/dateline.ts';
import type { Lang, Match, NewsItem } from '../model.ts';
import { parseFeedDate } from '../normalize/parse-date.ts';
import { analyzeText } from '../text/analyze.ts';
import { matchKeys, type PreparedProfile } from './match-item.ts';
import { dayOfTime, memoryKeysOf, profileKeys, TopicMemory, TOPIC_MEMORY_CUTS, type TopicMemoryCuts } from './topic-memory.ts';

// A file of items decided as the worker decides a stream: in published order, each item against
// the profile and the topic's memory of what it matched before (topic-memory.ts). `eval` scores
// a labelled file so, and the curve script fits the memory's cuts so.

/** One item ready to decide: the keys the matcher reads and the ones the memory counts (with place keys). */
export interface AnalysedForMemory {
  keys: readonly string[];
  memoryKeys: readonly string[];
  lang: Lang;
}

export function analyseForMemory(item: NewsItem, prepared: PreparedProfile): AnalysedForMemory {
  const analysed = analyzeText(itemText(item), prepared.lexicon, item.lang, { places: true });
  return { keys: analysed.keys, memoryKeys: memoryKeysOf(analysed), lang: analysed.lang };
}

/**
 * One text decided as the worker decides it: the profile's match, then the topic's memory (none:
 * the profile alone). `explain --now` and Discord's `/topic explain` ask this; the worker's
 * select-items.ts does the same per item and also counts the item into the memory.
 */
export function decideOne(item: NewsItem, prepared: PreparedProfile, memory: TopicMemory | undefined): { analysed: AnalysedForMemory; profileMatch: Match; match: Match } {
  const analysed = analyseForMemory(item, prepared);
  const profileMatch = matchKeys(analysed.keys, analysed.lang, prepared);
  const match = memory === undefined ? profileMatch : memory.decide(profileMatch, analysed.memoryKeys, profileKeys(prepared), prepared);
  return { analysed, profileMatch, match };
}

/**
 * The items' days (whole UTC days since 1970) in the order they are replayed: published order,
 * stable; an item without a date that parses keeps its place and the day of the item before it.
 * `now` only anchors dates written without a year.
 */
export function replayOrder(items: readonly NewsItem[], now: Date): Array<{ index: number; day: number }> {
  let lastDay: number | undefined;
  const dated = items.map((item, index) => {
    const iso = item.published === undefined ? undefined : parseFeedDate(item.published, now, { maxFutureMs: Number.POSITIVE_INFINITY });
    const ms = iso === undefined ? Number.NaN : Date.parse(iso);
    const day = Number.isFinite(ms) ? dayOfTime(ms) : lastDay;
    if (day !== undefined) lastDay = day;
    return { index, day };
  });
  // Undated items before the first dated one take its day.
  const first = dated.find((d) => d.day !== undefined)?.day ?? 0;
  return dated.map((d) => ({ index: d.index, day: d.day ?? first })).sort((a, b) => a.day - b.day || a.index - b.index);
}

/**
 * Decides every item in published order with the memory (cuts `null`: the profile alone) and
 * returns the matches in the items' own order. The memory counts each item after its decision,
 * matched as the profile decided it.
 */
export function decideWithMemory(items: readonly NewsItem[], prepared: PreparedProfile, now: Date, cuts: TopicMemoryCuts | null = TOPIC_MEMORY_CUTS, analysed: readonly AnalysedForMemory[] = items.map((item) => analyseForMemory(item, prepared))): Match[] {
  const order = replayOrder(items, now);
  const memory = new TopicMemory(order[0]?.day ?? 0, cuts ?? TOPIC_MEMORY_CUTS);
  const matches: Match[] = new Array(items.length);
  const holds = profileKeys(prepared);
  for (const { index, day } of order) {
    const text = analysed[index]!;
    const match = matchKeys(text.keys, text.lang, prepared);
    if (cuts === null) {
      matches[index] = match;
      continue;
    }
    memory.ageTo(day);
    matches[index] = memory.decide(match, text.memoryKeys, holds, prepared);
    memory.note(text.memoryKeys, match.decision);
  }
  return matches;
}
