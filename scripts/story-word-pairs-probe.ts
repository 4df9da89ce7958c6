// Probe (not a stage): would keys for adjacent word pairs separate same-story headlines better?
// Over the Indonesian development days, every same-day pair of headlines is scored by the cosine
// of their title vectors (keys and place keys weighed by background idf), with and without the
// titles' adjacent word pairs added at W x their idf among the stream's headlines, and the
// same-story share printed at each cosine cut: the pairwise precision-recall curve.
//   W=0.3 node --import tsx scripts/story-word-pairs-probe.ts
import { readFileSync } from 'node:fs';
import { indonesianDays, dayOf, lexicon, background, SHARED_EVAL } from './story-eval-lib.ts';
import { analyzeText } from '../src/core/text/analyze.ts';

const keysOf = (title: string) => analyzeText(title, lexicon, 'id', { places: true });
const pairsOf = (keys: readonly string[]) => {
  const out: string[] = [];
  for (let i = 1; i < keys.length; i += 1) if (!keys[i - 1]!.includes(' ') && !keys[i]!.includes(' ')) out.push(`${keys[i - 1]}_${keys[i]}`);
  return out;
};
const stream = readFileSync(`${SHARED_EVAL}stream-id-headlines.jsonl`, 'utf8').split('\n').filter((l) => l.trim() !== '');
const pairDf = new Map<string, number>();
for (const line of stream) for (const p of new Set(pairsOf(keysOf((JSON.parse(line) as { title: string }).title).keys))) pairDf.set(p, (pairDf.get(p) ?? 0) + 1);
const wordIdf = (k: string) => -Math.log(background.probability(k));
const pairIdf = (k: string) => Math.log(stream.length / ((pairDf.get(k) ?? 0) + 1));
const W = Number(process.env.W ?? 1);
const CUTS = [0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45];

const days = indonesianDays();
if (days === undefined) {
  console.log('story-word-pairs-probe: ../shared or the Indonesian labels are absent; nothing to measure');
  process.exit(0);
}
const byDay = new Map<string, typeof days.items>();
for (const item of days.items) byDay.set(dayOf(item), [...(byDay.get(dayOf(item)) ?? []), item]);
for (const withPairs of [false, true]) {
  const counts = CUTS.map(() => [0, 0] as [number, number]);
  for (const items of byDay.values()) {
    const vectors = items.map((item) => {
      const analysed = keysOf(item.title);
      const v = new Map<string, number>();
      for (const k of [...analysed.keys, ...analysed.places]) v.set(k, wordIdf(k));
      if (withPairs) for (const p of pairsOf(analysed.keys)) v.set(p, W * pairIdf(p));
      return v;
    });
    const norms = vectors.map((v) => Math.sqrt([...v.values()].reduce((a, b) => a + b * b, 0)));
    for (let i = 0; i < items.length; i += 1) {
      for (let j = i + 1; j < items.length; j += 1) {
        let dot = 0;
        for (const [k, w] of vectors[i]!) dot += w * (vectors[j]!.get(k) ?? 0);
        const cosine = norms[i]! > 0 && norms[j]! > 0 ? dot / (norms[i]! * norms[j]!) : 0;
        CUTS.forEach((cut, c) => {
          if (cosine < cut) return;
          counts[c]![1] += 1;
          if (items[i]!.story === items[j]!.story) counts[c]![0] += 1;
        });
      }
    }
  }
  console.log(`${withPairs ? `with word pairs (W ${W})` : 'words alone'}: ${CUTS.map((cut, c) => `>= ${cut}: ${counts[c]![0]} same-story of ${counts[c]![1]}, P ${(counts[c]![0] / counts[c]![1]).toFixed(3)}`).join(' | ')}`);
}
