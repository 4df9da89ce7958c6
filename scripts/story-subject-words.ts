// Measures whether a headline's subject word (its rarest word in ordinary news) tells same-story
// pairs from different-story ones on the development days (issue 10: headline-only stories built
// around one rare word, "KUHAP", "PPRT", stay split, as their cosine is low and the word is not a
// lexicon name):
//   node --import tsx scripts/story-subject-words.ts [--wrong R X]
// For every pair of labelled items of one day (every development day), the title keys each
// shares with the other, each key's background idf (-ln P(key in an ordinary news headline), the
// IdfTable's prior, not the window's counts) and its rank among each title's keys by that idf
// (1: the title's rarest). Prints (1) how same-story and different-story pairs spread over the
// best shared key's rank (the worse of its two ranks) and idf, (2) for the rule "the titles share
// a key among the R rarest of both, with idf at least X", how many same-story pairs it holds and
// how many of them the grouper (MATCH_CUTS) leaves apart (what it would add), against the
// different-story pairs it holds and those the grouper keeps apart (what it would wrongly add).
// Unlike the window burst ratio measured before (README, "measured and not kept": a key in far
// more of the window's stories than ordinary news predicts), this reads no window counts: only
// ordinary news's rarity and the word's place in each title.
// What it showed (at c997601): the signal is weak. Indonesian, pairs the grouper leaves apart,
// same-story added per different-story added: R 1 X 11, 55 for 17; R 2 X 9, 192 for 124; R 2 X 8,
// 275 for 165 (the wrong ones are the same subject's other events: Ivar Jenner's contract beside
// the U22 draw, two companies' shareholder meetings, Depok's red dust beside Bekasi's black dust).
// English, where most titles' rarest words are past the background's counts (idf 12.6, tied):
// R 1 X 11, 402 for 687; R 2 X 9, 621 for 1657. KUHAP ("hap") has idf 7.7, below where the
// rule separates at all. A cut factor built on it (exp-rarekey, measured, not kept: README) gains
// on the development days only with a higher headline cut, and loses on the held-out days.
import { analyzeText } from '../src/core/text/analyze.ts';
import { IdfTable } from '../src/core/dedup/idf-table.ts';
import type { StoryEvalItem } from '../src/core/eval/parse-eval-data.ts';
import { background, clusterItems, dayOf, englishDays, indonesianDays, lexicon, sameDayPairs, type DaySet } from './story-eval-lib.ts';

const idf = new IdfTable(background);
const RANKS = [1, 2, 3];
const IDF_CUTS = [5, 6, 7, 8, 9, 10, 11, 12];
const IDF_BINS = [0, 5, 6, 7, 8, 9, 10, 11, 12];
const SHOW_WRONG = process.argv.includes('--wrong');
// --wrong R X: also lists the different-story pairs the grouper keeps apart that rule R, X holds.
const SHOW_R = Number(process.argv[process.argv.indexOf('--wrong') + 1] ?? 2);
const SHOW_X = Number(process.argv[process.argv.indexOf('--wrong') + 2] ?? 7);
// A rule off the grid would list no pair at all, as if it held none.
if (SHOW_WRONG && !(RANKS.includes(SHOW_R) && IDF_CUTS.includes(SHOW_X))) throw new Error(`story-subject-words: --wrong R X wants R in ${RANKS.join(',')} and X in ${IDF_CUTS.join(',')}`);

interface Titled {
  item: StoryEvalItem;
  day: string;
  /** Title key -> its rank among the title's keys by background idf (1: rarest). */
  rank: Map<string, number>;
  idf: Map<string, number>;
  headline: boolean;
}

function titled(item: StoryEvalItem): Titled {
  const lang = analyzeText(`${item.title}\n${item.summary}`, lexicon, item.lang).lang;
  const keys = [...new Set(analyzeText(item.title, lexicon, lang, { lang }).keys)];
  const weights = new Map(keys.map((key) => [key, idf.idf(key)]));
  // Rarest first; ties by key, so the ranks do not depend on word order.
  const ordered = [...keys].sort((a, b) => weights.get(b)! - weights.get(a)! || (a < b ? -1 : 1));
  return { item, day: dayOf(item), rank: new Map(ordered.map((key, i) => [key, i + 1])), idf: weights, headline: item.summary.trim() === '' };
}

/** The shared key with the best worse-of-two rank (then the rarer), or undefined. */
function bestShared(a: Titled, b: Titled): { key: string; rank: number; idf: number } | undefined {
  let best: { key: string; rank: number; idf: number } | undefined;
  for (const [key, ra] of a.rank) {
    const rb = b.rank.get(key);
    if (rb === undefined) continue;
    const rank = Math.max(ra, rb);
    const w = a.idf.get(key)!;
    if (best === undefined || rank < best.rank || (rank === best.rank && w > best.idf)) best = { key, rank, idf: w };
  }
  return best;
}

const binOf = (w: number) => IDF_BINS.filter((edge) => w >= edge).length - 1;
const binLabel = (i: number) => (i + 1 < IDF_BINS.length ? `${IDF_BINS[i]}-${IDF_BINS[i + 1]}` : `${IDF_BINS[i]}+`);

for (const set of [englishDays(), indonesianDays()].filter((s): s is DaySet => s !== undefined)) {
  const predicted = clusterItems(set.items);
  const items = set.items.filter((item) => item.story !== undefined).map(titled);
  // [same][rank 1..4][bin] pair counts
  const spread = [0, 1].map(() => [1, 2, 3, 4].map(() => IDF_BINS.map(() => 0)));
  const noShared = [0, 0];
  const totals = [0, 0];
  // rule counts per (R, X): same total, same apart, diff total, diff apart
  const rule = new Map<string, number[]>();
  const wrong: string[] = [];
  for (const [a, b] of sameDayPairs(items)) {
    const same = a.item.story === b.item.story ? 1 : 0;
    totals[same]! += 1;
    const apart = predicted.get(a.item.id) !== predicted.get(b.item.id);
    const shared = bestShared(a, b);
    if (shared === undefined) {
      noShared[same]! += 1;
      continue;
    }
    spread[same]![Math.min(shared.rank, 4) - 1]![binOf(shared.idf)]! += 1;
    for (const r of RANKS) {
      for (const x of IDF_CUTS) {
        if (shared.rank > r || shared.idf < x) continue;
        const key = `${r} ${x}`;
        const row = rule.get(key) ?? [0, 0, 0, 0];
        row[same ? 0 : 2]! += 1;
        if (apart) row[same ? 1 : 3]! += 1;
        rule.set(key, row);
        if (SHOW_WRONG && r === SHOW_R && x === SHOW_X && !same && apart) wrong.push(`  ${a.day} ${shared.key} (${shared.idf.toFixed(1)}, rank ${shared.rank}): "${a.item.title.slice(0, 60)}" / "${b.item.title.slice(0, 60)}"`);
      }
    }
  }
  console.log(`\n== ${set.name}: ${items.length} labelled items (${items.filter((t) => t.headline).length} headlines alone); same-day pairs: same story ${totals[1]}, different stories ${totals[0]}; sharing no title key: same ${noShared[1]}, different ${noShared[0]}`);
  console.log('best shared title key: rank (worse of its two title ranks; 1 = rarest of both) x background idf bin | same-story pairs / different-story pairs');
  console.log(`rank  ${IDF_BINS.map((_, i) => binLabel(i).padStart(11)).join('')}`);
  for (let r = 0; r < 4; r += 1) console.log(`${r === 3 ? '4+' : String(r + 1)}`.padEnd(6) + IDF_BINS.map((_, k) => `${spread[1]![r]![k]}/${spread[0]![r]![k]}`.padStart(11)).join(''));
  console.log('rule: share a title key among the R rarest of both titles with idf >= X | same-story pairs held (apart under MATCH_CUTS: what it adds) | different-story pairs held (apart: what it would wrongly add) | added same per wrong');
  for (const r of RANKS) {
    for (const x of IDF_CUTS) {
      const [st = 0, sa = 0, dt = 0, da = 0] = rule.get(`${r} ${x}`) ?? [];
      console.log(`R ${r} X ${String(x).padStart(2)} | same ${String(st).padStart(5)} (adds ${String(sa).padStart(5)}) | different ${String(dt).padStart(5)} (adds ${String(da).padStart(5)}) | ${(sa / Math.max(1, da)).toFixed(2)}`);
    }
  }
  if (SHOW_WRONG) console.log(`different-story pairs apart under MATCH_CUTS that R ${SHOW_R} X ${SHOW_X} holds:\n${wrong.slice(0, 60).join('\n')}`);
}
