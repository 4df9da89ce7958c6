// The issue's reference point for stories: a plain TF-IDF single-pass grouper, run over the same
// day sets as scripts/story-curve.ts and scripts/story-holdout.ts so its figures sit beside ours.
// Plain means: title + summary, lower-cased letter/digit runs of 3+ characters, idf from the day
// day (n / df, natural log), each item joins the story whose summed-vector centroid is the
// most cosine-similar if that reaches the cut, else starts one. Printed as a curve over the cut.
//   node --import tsx scripts/story-tfidf-baseline.ts
import { itemsByDay, scoreByDay, storyDaySets } from './story-eval-lib.ts';
import type { StoryEvalItem } from '../src/core/eval/parse-eval-data.ts';
import type { StoryScores } from '../src/core/eval/story-metrics.ts';

const CUTS = [0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.6];
/** The cut is chosen on each language's development days as ours are: the best pooled pair F1 among cuts keeping pooled pair precision at this floor. */
const PRECISION_FLOOR = 0.9;

function wordsOf(item: StoryEvalItem): string[] {
  return (`${item.title} ${item.summary ?? ''}`.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((word) => word.length >= 3);
}

function unitTfidf(words: readonly string[], idf: (word: string) => number): Map<string, number> {
  const vector = new Map<string, number>();
  for (const word of words) vector.set(word, (vector.get(word) ?? 0) + 1);
  let norm = 0;
  for (const [word, tf] of vector) {
    const weight = tf * idf(word);
    vector.set(word, weight);
    norm += weight * weight;
  }
  for (const [word, weight] of vector) vector.set(word, weight / (Math.sqrt(norm) || 1));
  return vector;
}

function groupInOrder(items: readonly StoryEvalItem[], cut: number): Map<string, string> {
  const docs = items.map(wordsOf);
  const df = new Map<string, number>();
  for (const doc of docs) for (const word of new Set(doc)) df.set(word, (df.get(word) ?? 0) + 1);
  const idf = (word: string) => Math.log(docs.length / (df.get(word) ?? 1));
  const stories: Array<{ id: string; sum: Map<string, number>; norm: number }> = [];
  const assigned = new Map<string, string>();
  items.forEach((item, i) => {
    const vector = unitTfidf(docs[i]!, idf);
    let best: (typeof stories)[number] | undefined;
    let bestCosine = -1;
    for (const story of stories) {
      let dot = 0;
      for (const [word, weight] of vector) dot += weight * (story.sum.get(word) ?? 0);
      const similarity = dot / (story.norm || 1);
      if (similarity > bestCosine) [best, bestCosine] = [story, similarity];
    }
    if (best !== undefined && bestCosine >= cut) {
      for (const [word, weight] of vector) best.sum.set(word, (best.sum.get(word) ?? 0) + weight);
      best.norm = Math.sqrt([...best.sum.values()].reduce((total, weight) => total + weight * weight, 0));
      assigned.set(item.id, best.id);
    } else {
      stories.push({ id: item.id, sum: new Map(vector), norm: 1 });
      assigned.set(item.id, item.id);
    }
  });
  return assigned;
}

const sets = storyDaySets(true);
if (sets.length === 0) console.log('story-tfidf-baseline: ../shared is absent; nothing to score');
const figure = (n: number) => n.toFixed(3);
/** Per set name, per cut: the pooled ("all") scores. */
const pooled = new Map<string, Map<number, StoryScores>>();
for (const set of sets) {
  // Days apart, as the worker's window would hold them: idf and stories never span two days.
  const byDay = itemsByDay(set.items);
  const curve = new Map<number, StoryScores>();
  for (const cut of CUTS) {
    const predicted = new Map<string, string>();
    for (const items of byDay.values()) for (const [id, story] of groupInOrder(items, cut)) predicted.set(id, `${id.slice(0, 3)}${story}`);
    const scores = scoreByDay(set.items, predicted);
    curve.set(cut, scores.get('all')!);
    const rows = [...scores].map(([day, s]) => `${day} P/R/F1 ${figure(s.pairs.precision)}/${figure(s.pairs.recall)}/${figure(s.pairs.f1)} B3 ${figure(s.bcubed.f1)}`);
    console.log(`${set.name} cut ${cut}: ${rows.join(' | ')}`);
  }
  pooled.set(set.name, curve);
}
// The held-out days are scored at the cut their language's development days choose, never at their own best.
for (const lang of ['en', 'id']) {
  const dev = pooled.get(lang);
  if (dev === undefined) continue;
  const passing = CUTS.filter((cut) => dev.get(cut)!.pairs.precision >= PRECISION_FLOOR);
  const cut = passing.sort((a, b) => dev.get(b)!.pairs.f1 - dev.get(a)!.pairs.f1)[0];
  if (cut === undefined) {
    console.log(`${lang}: no cut keeps the development days' pooled pair precision at ${PRECISION_FLOOR}`);
    continue;
  }
  const show = (s: StoryScores) => `P/R/F1 ${figure(s.pairs.precision)}/${figure(s.pairs.recall)}/${figure(s.pairs.f1)} B3 ${figure(s.bcubed.f1)}`;
  const held = pooled.get(`held-out ${lang}`)?.get(cut);
  console.log(`${lang}: cut ${cut} (best pooled pair F1 at precision >= ${PRECISION_FLOOR} on the development days): development ${show(dev.get(cut)!)}${held === undefined ? '' : `; held-out ${show(held)}`}`);
}
