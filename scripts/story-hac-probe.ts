// What grouping could do with a whole day in hand (issue 10; a diagnostic, never a fit): each labelled
// day clustered offline by agglomerative clustering (average, single or complete link) over the
// items' title + summary vectors, every item seen at once, no time order, no window. The vectors are
// the story index's keys (analysed stems, lexicon names, phrases, place keys) weighed
// (1 + ln tf) x ln(N / df) over the day. Printed per set and cut: pair precision / recall / F1 and
// B-cubed F1 pooled over the set's days, beside the shipped grouper's (`cluster`, MATCH_CUTS).
//   [STORY_EN_RAW=DIR] node --import tsx scripts/story-hac-probe.ts [--held-out] [--link average|single|complete] [--cuts 0.1,0.2]
// If an offline clustering that sees the future cannot reach the figures with these words,
// a single-pass grouper over the same words will not either: what is missing is in the words.
import { parseArgs } from 'node:util';
import { analyzeText } from '../src/core/text/analyze.ts';
import type { StoryEvalItem } from '../src/core/eval/parse-eval-data.ts';
import { clusterItems, itemsByDay, lexicon, scoreByDay, storyDaySets } from './story-eval-lib.ts';
import { dot, unitVectors, type Vector } from './story-day-lib.ts';

const { values } = parseArgs({ options: { 'held-out': { type: 'boolean' }, link: { type: 'string', default: 'average' }, cuts: { type: 'string', default: '0.1,0.15,0.2,0.25,0.3,0.4' } } });
const link = values.link!;
if (!['average', 'single', 'complete'].includes(link)) {
  console.error(`story-hac-probe: --link is average, single or complete, not ${link}`);
  process.exit(2);
}
const cuts = values.cuts!.split(',').map(Number);

function dayVectors(items: readonly StoryEvalItem[]): Vector[] {
  return unitVectors(
    items.map((item) => {
      const analysed = analyzeText(`${item.title}\n${item.summary ?? ''}`, lexicon, item.lang, { places: true });
      return [...analysed.keys, ...analysed.places];
    }),
  );
}

/** Agglomerative clustering down to `cut` (Lance-Williams updates on the full similarity matrix). */
function agglomerate(similarity: readonly Float64Array[], cut: number): number[] {
  const n = similarity.length;
  const s = similarity.map((row) => Float64Array.from(row));
  const alive = new Array<boolean>(n).fill(true);
  const size = new Array<number>(n).fill(1);
  const root = Array.from({ length: n }, (_, i) => i);
  for (;;) {
    let [bi, bj, best] = [-1, -1, -Infinity];
    for (let i = 0; i < n; i++) {
      if (!alive[i]) continue;
      const row = s[i]!;
      for (let j = i + 1; j < n; j++) if (alive[j] && row[j]! > best) [bi, bj, best] = [i, j, row[j]!];
    }
    if (bi < 0 || best < cut) break;
    for (let k = 0; k < n; k++) {
      if (!alive[k] || k === bi || k === bj) continue;
      const [a, b] = [s[bi]![k]!, s[bj]![k]!];
      const merged = link === 'average' ? (a * size[bi]! + b * size[bj]!) / (size[bi]! + size[bj]!) : link === 'single' ? Math.max(a, b) : Math.min(a, b);
      s[bi]![k] = merged;
      s[k]![bi] = merged;
    }
    alive[bj] = false;
    size[bi]! += size[bj]!;
    for (let k = 0; k < n; k++) if (root[k] === bj) root[k] = bi;
  }
  return root;
}

const sets = storyDaySets(values['held-out'] === true);
if (sets.length === 0) console.log('story-hac-probe: ../shared is absent; nothing to cluster');
const f3 = (n: number) => n.toFixed(3);
for (const set of sets) {
  const byDay = itemsByDay(set.items);
  const similarities = [...byDay.values()].map((items) => {
    const vectors = dayVectors(items);
    return vectors.map((a) => Float64Array.from(vectors, (b) => dot(a, b)));
  });
  const shipped = scoreByDay(set.items, clusterItems(set.items)).get('all')!;
  console.log(`${set.name} (${byDay.size} days), shipped grouper: pair ${f3(shipped.pairs.precision)} / ${f3(shipped.pairs.recall)} / ${f3(shipped.pairs.f1)}, B3 F1 ${f3(shipped.bcubed.f1)}`);
  for (const cut of cuts) {
    const predicted = new Map<string, string>();
    [...byDay.values()].forEach((items, d) => {
      agglomerate(similarities[d]!, cut).forEach((root, i) => predicted.set(items[i]!.id, items[root]!.id));
    });
    const scores = scoreByDay(set.items, predicted).get('all')!;
    console.log(`  ${link} link, cut ${cut}: pair ${f3(scores.pairs.precision)} / ${f3(scores.pairs.recall)} / ${f3(scores.pairs.f1)}, B3 F1 ${f3(scores.bcubed.f1)}`);
  }
}
