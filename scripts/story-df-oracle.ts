// What the window's document frequencies cost the grouper (a diagnostic, never a fit): each
// development day (scripts/story-eval-lib.ts; each day cold, in a window of its own, as story-curve.ts
// replays it) grouped at MATCH_CUTS with the index's window counts replaced by:
//   base    the index's own: each story (piece) counts a key once, as the day goes;
//   oracle  each labelled story counts once, over the whole day from the first item (labels and the
//           future both known: an upper bound, not a method);
//   online  each labelled story counts once, as the day goes (labels known, the future not);
//   items   each item counts once, over the whole day (the future known, labels not);
//   pieces  each story of a first base pass counts once, over the whole day, in a second pass (the
//           future known, labels not: a window warm with the grouper's own stories of the day).
//   node --import tsx scripts/story-df-oracle.ts [base|oracle|online|items|pieces]
// A key's window count is over its full analysed text (title, summary, place keys), not a centroid's
// heaviest keys as StoryFrequencies holds.
import { clusterInOrder } from '../src/core/dedup/cluster-items.ts';
import { StoryIndex } from '../src/core/dedup/story-index.ts';
import { keyHash } from '../src/core/dedup/sparse-vector.ts';
import { analyzeText } from '../src/core/text/analyze.ts';
import { scoreStories } from '../src/core/eval/story-metrics.ts';
import type { StoryEvalItem } from '../src/core/eval/parse-eval-data.ts';
import { background, dayOf, englishDays, indonesianDays, lexicon } from './story-eval-lib.ts';

const mode = process.argv[2] ?? 'oracle';
if (!['base', 'oracle', 'online', 'items', 'pieces'].includes(mode)) {
  console.error(`story-df-oracle: the mode is base, oracle, online, items or pieces, not ${mode}`);
  process.exit(2);
}

const keyHashesOf = (item: StoryEvalItem): Set<number> => {
  const analysed = analyzeText(`${item.title}\n${item.summary ?? ''}`, lexicon, item.lang, { places: true });
  return new Set([...analysed.keys, ...analysed.places].map((key) => keyHash(key) | 0));
};

/** Replaces the index's window counts (its private StoryFrequencies) by `size` documents and `count`. */
function overrideCounts(index: StoryIndex, size: () => number, count: (hash: number) => number): void {
  const frequencies = (index as unknown as { frequencies: object }).frequencies;
  Object.defineProperty(frequencies, 'size', { get: size });
  Object.defineProperty(frequencies, 'count', { value: (hash: number) => count(hash | 0) });
}

function grouped(items: readonly StoryEvalItem[]): Map<string, string> {
  const index = new StoryIndex(lexicon, background);
  const df = new Map<number, number>();
  if (mode === 'oracle' || mode === 'items' || mode === 'pieces') {
    const firstPass = mode === 'pieces' ? new Map(clusterInOrder(items, new StoryIndex(lexicon, background)).map((d) => [d.item.id, d.assignment.storyId])) : undefined;
    const documents = new Map<string, Set<number>>();
    for (const item of items) {
      const unit = mode === 'oracle' ? item.story! : mode === 'pieces' ? firstPass!.get(item.id)! : item.id;
      const keys = documents.get(unit) ?? new Set<number>();
      for (const hash of keyHashesOf(item)) keys.add(hash);
      documents.set(unit, keys);
    }
    for (const keys of documents.values()) for (const hash of keys) df.set(hash, (df.get(hash) ?? 0) + 1);
    overrideCounts(index, () => documents.size, (hash) => df.get(hash) ?? 0);
  }
  if (mode !== 'online') return new Map(clusterInOrder(items, index).map((d) => [d.item.id, d.assignment.storyId]));
  const stories = new Map<number, Set<string>>();
  const seen = new Set<string>();
  overrideCounts(index, () => seen.size, (hash) => stories.get(hash)?.size ?? 0);
  const predicted = new Map<string, string>();
  for (const item of [...items].sort((a, b) => (a.published ?? '').localeCompare(b.published ?? ''))) {
    predicted.set(item.id, index.assign(item, new Date(item.published ?? '2026-01-01T00:00:00Z')).storyId);
    seen.add(item.story!);
    for (const hash of keyHashesOf(item)) stories.set(hash, (stories.get(hash) ?? new Set<string>()).add(item.story!));
  }
  return predicted;
}

for (const set of [englishDays(), indonesianDays()]) {
  if (set === undefined) continue;
  for (const day of [...new Set(set.items.map(dayOf))].sort()) {
    const items = set.items.filter((item) => dayOf(item) === day);
    const s = scoreStories(new Map(items.map((item) => [item.id, item.story!])), grouped(items));
    console.log(`${mode} ${set.name} ${day}: pair P / R / F1 ${s.pairs.precision.toFixed(3)} / ${s.pairs.recall.toFixed(3)} / ${s.pairs.f1.toFixed(3)}, B3 F1 ${s.bcubed.f1.toFixed(3)}`);
  }
}
