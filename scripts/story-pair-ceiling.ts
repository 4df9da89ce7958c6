// How far the words of a title and summary can tell two reports of one story from two of different
// stories (issue 10; a diagnostic, never a fit). Over every pair of items of one labelled day, each
// pairwise signal below ranks the pairs; the script prints, per day, the pair recall of the best
// cut whose pair precision is still at least 0.9 (`R@P.9`: what linking pairs above that cut would
// find, before clustering) and the best pair F1 at any cut. Then a logistic model of all the signals
// together, fitted leave-one-day-out (on the other days of the same language, the left-out day
// scored), does the same.
//   [STORY_EN_RAW=DIR] node --import tsx scripts/story-pair-ceiling.ts [--held-out]   (about 6 minutes on 25 days)
// Signals (keys as the story index reads them: analysed stems, lexicon names, phrases, place keys):
//   day      cosine, each key weighed (1 + ln tf) x ln(N / df) over the day's items;
//   news     cosine, each key weighed by its ordinary-news idf (the shipped background table);
//   title    the same news-idf cosine over the titles alone;
//   rare     keys both hold of news idf at least 8 (capped at 5);
//   names    lexicon names both hold (capped at 5);
//   shared   keys both hold (capped at 10); jaccard  those over the keys either holds;
//   rarest   the highest news idf of a key both hold; dayRarest  the same by the day's idf (0: none);
//   hours    ln(1 + hours between their published times);
//   outlet   1 when both come from the same outlet.
// Clustering joins through shared neighbours, so a grouper can pass a pairwise ceiling; this says how
// much of a day the words alone put within reach at the precision the issue asks.
import { parseArgs } from 'node:util';
import { analyzeText } from '../src/core/text/analyze.ts';
import { isEntityKey } from '../src/core/text/lexicon.ts';
import { parseIsoMs } from '../src/core/dedup/item-time.ts';
import type { StoryEvalItem } from '../src/core/eval/parse-eval-data.ts';
import { background, itemsByDay, lexicon, storyDaySets } from './story-eval-lib.ts';
import { dot, unitVectors } from './story-day-lib.ts';

const { values } = parseArgs({ options: { 'held-out': { type: 'boolean' } } });
const PRECISION = 0.9;
const RARE_IDF = 8;
const SIGNALS = ['day', 'news', 'title', 'rare', 'names', 'shared', 'jaccard', 'rarest', 'dayRarest', 'hours', 'outlet'] as const;

interface Day {
  day: string;
  lang: string;
  /** Per pair: its signals and whether the two items are of one labelled story. */
  features: Float64Array[];
  same: boolean[];
}

function pairsOfDay(day: string, items: readonly StoryEvalItem[]): Day {
  const analysed = items.map((item) => analyzeText(`${item.title}\n${item.summary ?? ''}`, lexicon, item.lang, { places: true }));
  const keys = analysed.map((a) => [...a.keys, ...a.places]);
  const lang = analysed[0]!.lang;
  const newsIdf = (key: string) => -Math.log(background.probability(key, lang));
  const dayVectors = unitVectors(keys);
  const newsVectors = unitVectors(keys, newsIdf);
  const titleVectors = unitVectors(
    items.map((item) => {
      const title = analyzeText(item.title, lexicon, lang, { places: true });
      return [...title.keys, ...title.places];
    }),
    newsIdf,
  );
  const keySets = keys.map((doc) => new Set(doc));
  const df = new Map<string, number>();
  for (const set of keySets) for (const key of set) df.set(key, (df.get(key) ?? 0) + 1);
  const times = items.map((item) => parseIsoMs(item.published));
  const features: Float64Array[] = [];
  const same: boolean[] = [];
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      let rare = 0;
      let names = 0;
      let shared = 0;
      let rarest = 0;
      let dayRarest = 0;
      for (const key of keySets[i]!) {
        if (!keySets[j]!.has(key)) continue;
        shared++;
        const idf = newsIdf(key);
        if (idf >= RARE_IDF) rare++;
        if (isEntityKey(key)) names++;
        rarest = Math.max(rarest, idf);
        dayRarest = Math.max(dayRarest, Math.log(items.length / df.get(key)!));
      }
      const [a, b] = [times[i], times[j]];
      const hours = a === undefined || b === undefined ? 0 : Math.abs(a - b) / 3.6e6;
      features.push(Float64Array.from([
        dot(dayVectors[i]!, dayVectors[j]!),
        dot(newsVectors[i]!, newsVectors[j]!),
        dot(titleVectors[i]!, titleVectors[j]!),
        Math.min(rare, 5),
        Math.min(names, 5),
        Math.min(shared, 10),
        shared / (keySets[i]!.size + keySets[j]!.size - shared || 1),
        rarest,
        dayRarest,
        Math.log1p(hours),
        items[i]!.source !== undefined && items[i]!.source === items[j]!.source ? 1 : 0,
      ]));
      same.push(items[i]!.story === items[j]!.story);
    }
  }
  return { day, lang, features, same };
}

/** The recall of the lowest cut still at pair precision >= PRECISION, and the best F1, of pairs ranked by score. */
function ceiling(scores: ArrayLike<number>, same: readonly boolean[]): { recall: number; f1: number } {
  const order = Array.from({ length: same.length }, (_, i) => i).sort((x, y) => scores[y]! - scores[x]!);
  const positives = same.filter(Boolean).length;
  let tp = 0;
  let recall = 0;
  let f1 = 0;
  order.forEach((index, rank) => {
    if (same[index]) tp++;
    // Only where the score changes: a cut cannot split tied pairs.
    const next = order[rank + 1];
    if (next !== undefined && scores[next] === scores[index]) return;
    const precision = tp / (rank + 1);
    const r = tp / positives;
    if (precision >= PRECISION) recall = Math.max(recall, r);
    if (tp > 0) f1 = Math.max(f1, (2 * precision * r) / (precision + r));
  });
  return { recall, f1 };
}

/** Logistic regression by batch gradient descent on standardised signals, the classes weighed equal. */
function fitLogistic(days: readonly Day[]): (x: Float64Array) => number {
  const rows: Float64Array[] = [];
  const labels: number[] = [];
  for (const day of days) {
    // Every same-story pair and every 50th other pair: the classes are weighed equal anyway.
    day.features.forEach((x, i) => {
      if (day.same[i] || i % 50 === 0) {
        rows.push(x);
        labels.push(day.same[i] ? 1 : 0);
      }
    });
  }
  const width = SIGNALS.length;
  const mean = new Float64Array(width);
  const spread = new Float64Array(width);
  for (const x of rows) for (let k = 0; k < width; k++) mean[k]! += x[k]! / rows.length;
  for (const x of rows) for (let k = 0; k < width; k++) spread[k]! += (x[k]! - mean[k]!) ** 2 / rows.length;
  for (let k = 0; k < width; k++) spread[k] = Math.sqrt(spread[k]!) || 1;
  const positives = labels.filter((y) => y === 1).length;
  const classWeight = [rows.length / (2 * (rows.length - positives)), rows.length / (2 * positives)];
  const weights = new Float64Array(width + 1);
  for (let step = 0; step < 200; step++) {
    const gradient = new Float64Array(width + 1);
    rows.forEach((x, n) => {
      let z = weights[width]!;
      for (let k = 0; k < width; k++) z += weights[k]! * ((x[k]! - mean[k]!) / spread[k]!);
      const error = (1 / (1 + Math.exp(-z)) - labels[n]!) * classWeight[labels[n]!]!;
      for (let k = 0; k < width; k++) gradient[k]! += (error * (x[k]! - mean[k]!)) / spread[k]!;
      gradient[width]! += error;
    });
    for (let k = 0; k <= width; k++) weights[k]! -= (0.5 * gradient[k]!) / rows.length;
  }
  return (x) => {
    let z = weights[width]!;
    for (let k = 0; k < width; k++) z += weights[k]! * ((x[k]! - mean[k]!) / spread[k]!);
    return z;
  };
}

const sets = storyDaySets(values['held-out'] === true);
if (sets.length === 0) console.log('story-pair-ceiling: ../shared is absent; nothing to measure');
const days: Array<Day & { set: string }> = [];
for (const set of sets) for (const [day, items] of itemsByDay(set.items)) days.push({ ...pairsOfDay(day, items), set: set.name });
const f3 = (n: number) => n.toFixed(3);
console.log(`day (set): same-story pairs | per signal R@P.9 / best F1 | the model of all (leave one day out) R@P.9 / best F1`);
const modelFigures: Array<{ set: string; recall: number; f1: number }> = [];
for (const day of days) {
  const perSignal = SIGNALS.map((name, k) => {
    // Hours and the same outlet speak against a pair as they grow: rank by their negative.
    const sign = name === 'hours' || name === 'outlet' ? -1 : 1;
    const c = ceiling(day.features.map((x) => sign * x[k]!), day.same);
    return `${name} ${f3(c.recall)} / ${f3(c.f1)}`;
  });
  const training = days.filter((other) => other !== day && other.lang === day.lang && !other.set.startsWith('held-out'));
  const model = training.length === 0 ? undefined : fitLogistic(training);
  const modelled = model === undefined ? undefined : ceiling(day.features.map(model), day.same);
  if (modelled !== undefined) modelFigures.push({ set: day.set, ...modelled });
  console.log(`${day.day} (${day.set}): ${day.same.filter(Boolean).length} | ${perSignal.join(', ')} | ${modelled === undefined ? 'no other day to fit on' : `${f3(modelled.recall)} / ${f3(modelled.f1)}`}`);
}
for (const set of new Set(modelFigures.map((m) => m.set))) {
  const rows = modelFigures.filter((m) => m.set === set);
  const mean = (pick: (m: (typeof rows)[number]) => number) => f3(rows.reduce((total, m) => total + pick(m), 0) / rows.length);
  console.log(`${set}: the model's mean over ${rows.length} day(s) R@P.9 ${mean((m) => m.recall)}, best F1 ${mean((m) => m.f1)}`);
}
