// The reference point issue 10 names ("a plain TF-IDF single-pass grouper gets pair F1 0.66"),
// run on our own story days so the grouper's figures can be read beside it:
//   node --import tsx scripts/story-plain-baseline.ts [--cuts 0.15,0.2,...] [--data FILE]
// --data scores the labelled items of FILE instead (the eval format with `story`; one language's
// items only: the plain grouper has no translations), e.g. the English half of the cross-language day.
// Plain means: lower-cased letter/digit runs, the language's stopwords dropped, no stems, names,
// translations or background; each day weighed by its own idf (ln N/df over the day's items, all
// of them known in advance, which the worker would not know); items in published order, each
// joining the open cluster whose summed vector it meets at the highest cosine if that reaches the
// cut, else starting one. Printed per day and per cut: pair P / R / F1 and B-cubed F1, for the
// English development days, the held-out English day and the Indonesian development days.
import { parseArgs } from 'node:util';
import { readFileSync } from 'node:fs';
import { parseStoryJsonl, type StoryEvalItem } from '../src/core/eval/parse-eval-data.ts';
import { englishDays, heldOutDays, indonesianDays, scoreByDay, type DaySet } from './story-eval-lib.ts';
import { plainVectors as vectorsOf, type Vector } from './story-day-lib.ts';

const { values } = parseArgs({ options: { cuts: { type: 'string' }, data: { type: 'string' } } });
const CUTS = (values.cuts ?? '0.15,0.2,0.25,0.3,0.35,0.4').split(',').map(Number);
if (CUTS.some((c) => !(c > 0 && c < 1))) throw new Error(`story-plain-baseline: --cuts wants cosines between 0 and 1, not ${values.cuts}`);

/** Single pass over one day: the best cluster by centroid cosine, joined at the cut or above. */
function groupDay(items: readonly StoryEvalItem[], cut: number): Map<string, string> {
  const vectors = vectorsOf(items);
  const order = items.map((_, i) => i).sort((a, b) => (items[a]!.published ?? '').localeCompare(items[b]!.published ?? '') || a - b);
  const sums: Vector[] = [];
  const norms: number[] = [];
  const assigned = new Map<string, string>();
  for (const i of order) {
    const v = vectors[i]!;
    let best = -1;
    let bestCosine = 0;
    sums.forEach((sum, c) => {
      let dot = 0;
      for (const [w, x] of v) dot += x * (sum.get(w) ?? 0);
      const cosine = dot / (norms[c]! || 1);
      if (cosine > bestCosine) [best, bestCosine] = [c, cosine];
    });
    if (best === -1 || bestCosine < cut) {
      sums.push(new Map(v));
      norms.push(1);
      best = sums.length - 1;
    } else {
      const sum = sums[best]!;
      for (const [w, x] of v) sum.set(w, (sum.get(w) ?? 0) + x);
      let norm = 0;
      for (const x of sum.values()) norm += x * x;
      norms[best] = Math.sqrt(norm);
    }
    assigned.set(items[i]!.id, `c${best}`);
  }
  return assigned;
}

const dayOfItem = (item: StoryEvalItem) => /^(\d{4})(\d{2})(\d{2})/.exec(item.story ?? '')?.slice(1).join('-') ?? 'undated';
const sets: Array<{ name: string; set: DaySet | undefined }> =
  values.data !== undefined
    ? [{ name: values.data, set: { name: values.data, items: parseStoryJsonl(readFileSync(values.data, 'utf8'), values.data) } }]
    : [
        { name: 'en (development)', set: englishDays() },
        { name: 'en (held out)', set: heldOutDays().find((s) => s.name === 'en') },
        { name: 'id (development)', set: indonesianDays() },
      ];
for (const { name, set } of sets) {
  if (set === undefined) {
    console.log(`${name}: skipped (../shared or its labels are absent)`);
    continue;
  }
  const days = new Map<string, StoryEvalItem[]>();
  for (const item of set.items) days.set(dayOfItem(item), [...(days.get(dayOfItem(item)) ?? []), item]);
  console.log(`${name}: pair P / R / F1, B3 F1 per day`);
  for (const cut of CUTS) {
    const predicted = new Map<string, string>();
    for (const [day, items] of days) for (const [id, cluster] of groupDay(items, cut)) predicted.set(id, `${day}:${cluster}`);
    const cells = [...scoreByDay(set.items, predicted)].map(([day, s]) => `${day} ${s.pairs.precision.toFixed(3)} / ${s.pairs.recall.toFixed(3)} / ${s.pairs.f1.toFixed(3)}, ${s.bcubed.f1.toFixed(3)}`);
    console.log(`  cut ${cut.toFixed(2)} | ${cells.join(' | ')}`);
  }
}
