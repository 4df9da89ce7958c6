// Robustness to few seeds (issue 9: "learned from any 2-5 of the seeds ... the facets and figures
// barely move"): for each value of one facet cut (FACET_CUTS, src/core/profile/learn-concepts.ts)
// or of the fewest seeds the threshold is set from by holding one out (--cut minSeedsToHoldOut,
// MIN_SEEDS_TO_HOLD_OUT in src/core/profile/set-threshold.ts),
// every development topic is learned from all its seeds and from every set of 4, 3 and 2 of them,
// and the default topic (config/seeds + its tuning) likewise on dev.jsonl. Printed per topic: full
// F1 / C_norm, then min / mean F1 over the sets of each size (--sizes 4,3: only those); last, the
// mean over the topics and the default one of each column.
// A value is kept where no full or 4-of-5 figure falls and the 3- and 2-of-5 means rise.
// --set CUT=VALUE,... fixes other cuts for every row (a rule read with another one on or off).
// --background FILE: learn against that table (one built from half the stream, `build:background
// --half`) instead of the shipped one, so a cut's few-seed figures can be read on either half.
//   node --import tsx scripts/few-seed-curve.ts --cut commonNameCapitalisedSeeds --values 1,2,3 [--set namesAnchorHeads=1] [--background FILE] [--digits 4] [TOPIC...]
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadBackground, loadLexicon } from '../src/adapters/lexicon-files.ts';
import { DEFAULT_SEEDS_DIR, DEFAULT_TUNING_FILE } from '../src/adapters/project-paths.ts';
import { readSeedDir } from '../src/adapters/topic-files.ts';
import { readTuningFile } from '../src/adapters/tuning-file.ts';
import { applyTuning } from '../src/core/profile/apply-tuning.ts';
import { FACET_CUTS, type FacetCuts } from '../src/core/profile/learn-concepts.ts';
import { MIN_SEEDS_TO_HOLD_OUT } from '../src/core/profile/set-threshold.ts';
import { ASSOCIATION_CUTS, type AssociationCuts } from '../src/core/profile/widen-by-association.ts';
import { learnProfile, type NamedSeed } from '../src/core/profile/learn-profile.ts';
import { LONE_PHRASES_SCORE, type PrepareOptions } from '../src/core/match/match-item.ts';
import type { TopicProfile } from '../src/core/model.ts';
import { developmentTopics, profileCostNorm, profileF1, seedSubsets, readLabelled, SHARED_EVAL, topicDir, type Labelled } from './topic-eval-lib.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { cut: { type: 'string' }, values: { type: 'string' }, set: { type: 'string' }, sizes: { type: 'string' }, background: { type: 'string' }, digits: { type: 'string' } } });
// The association cuts that are numbers (widen-by-association.ts ASSOCIATION_CUTS) can be read too.
const ASSOCIATION_NUMBERS = Object.fromEntries(Object.entries(ASSOCIATION_CUTS).filter(([, v]) => typeof v === 'number')) as Record<string, number>;
// lonePhrasesScore (match-item.ts LONE_PHRASES_SCORE, 1 true / 0 false) is how items and the held-out seeds are matched.
const CUTS: Record<string, number> = { ...FACET_CUTS, ...ASSOCIATION_NUMBERS, minSeedsToHoldOut: MIN_SEEDS_TO_HOLD_OUT, lonePhrasesScore: LONE_PHRASES_SCORE ? 1 : 0 };
const cut = values.cut;
if (cut !== undefined && !Object.hasOwn(CUTS, cut)) throw new Error(`few-seed-curve: no cut named ${cut} (${Object.keys(CUTS).join(', ')})`);
const candidates = cut === undefined ? [undefined] : (values.values ?? String(CUTS[cut])).split(',').map((v) => {
  // A typo would otherwise run the whole grid at NaN, which every comparison treats as false.
  if (v.trim() === '' || !Number.isFinite(Number(v))) throw new Error(`few-seed-curve: --values wants numbers separated by commas, not ${values.values}`);
  return Number(v);
});
const fixed: Partial<FacetCuts> = {};
for (const pair of (values.set ?? '').split(',').filter((p) => p !== '')) {
  const [name, value] = pair.split('=');
  if (name === undefined || !Object.hasOwn(FACET_CUTS, name) || value === undefined || value === '' || !Number.isFinite(Number(value))) throw new Error(`few-seed-curve: --set wants FACET_CUT=VALUE, not ${pair}`);
  fixed[name as keyof FacetCuts] = Number(value);
}

const lexicon = loadLexicon();
const background = loadBackground(values.background);
const tuning = readTuningFile(DEFAULT_TUNING_FILE);
interface Topic { name: string; seeds: NamedSeed[]; items: Labelled[]; tune: (p: TopicProfile) => TopicProfile }
const topics: Topic[] = [
  ...(positionals.length > 0 ? positionals.filter((t) => t !== 'default') : developmentTopics()).map((name) => ({
    name,
    seeds: readSeedDir(join(topicDir(name), 'seeds')),
    items: readLabelled(join(topicDir(name), 'items.jsonl')),
    tune: (p: TopicProfile) => p,
  })),
  ...(positionals.length === 0 || positionals.includes('default')
    ? [{ name: 'default', seeds: readSeedDir(DEFAULT_SEEDS_DIR), items: readLabelled(join(SHARED_EVAL, 'dev.jsonl')), tune: (p: TopicProfile) => applyTuning(p, tuning, lexicon) }]
    : []),
];

// --digits 4: a rule that moves a mean by less than 0.0005 reads as no change at three.
const DIGITS = Number(values.digits ?? '3');
if (!Number.isInteger(DIGITS) || DIGITS < 1 || DIGITS > 8) throw new Error(`few-seed-curve: --digits wants a whole number from 1 to 8, not ${values.digits}`);
const f3 = (x: number) => x.toFixed(DIGITS);
// --sizes 4,3: only those subset sizes (the default 4,3,2). A size that is no whole number from 1
// up, or more than a topic's seeds, has no subsets: its cells would print Infinity / NaN.
const SIZES = (values.sizes ?? '4,3,2').split(',').map((v) => {
  if (!/^\s*[1-9][0-9]*\s*$/.test(v)) throw new Error(`few-seed-curve: --sizes wants whole numbers from 1 separated by commas, not ${values.sizes}`);
  return Number(v);
});
const fewest = Math.min(...topics.map((t) => t.seeds.length));
if (SIZES.some((k) => k > fewest)) throw new Error(`few-seed-curve: --sizes ${values.sizes}: a topic has only ${fewest} seeds`);
for (const value of candidates) {
  const facetCuts: Partial<FacetCuts> = { ...fixed, ...(cut === undefined || value === undefined || !(cut in FACET_CUTS) ? {} : { [cut]: value }) };
  const associationCuts: Partial<AssociationCuts> | undefined = cut !== undefined && value !== undefined && cut in ASSOCIATION_NUMBERS ? { [cut]: value } : undefined;
  const minSeedsToHoldOut = cut === 'minSeedsToHoldOut' ? value : undefined;
  const matchOptions: PrepareOptions = cut === 'lonePhrasesScore' && value !== undefined ? { lonePhrasesScore: value > 0 } : {};
  const setNote = (values.set === undefined ? '' : ` with ${values.set}`) + (values.background === undefined ? '' : ` against ${values.background}`);
  console.log(`\n${cut === undefined ? 'as shipped' : `${cut} = ${value} (now ${CUTS[cut]})`}${setNote}: topic | full F1 / C_norm | ${SIZES.map((k) => `${k} of n min / mean`).join(' | ')}`);
  const columns: number[][] = [[], ...SIZES.map(() => [] as number[]), ...SIZES.map(() => [] as number[])];
  const costs: number[] = [];
  for (const topic of topics) {
    const learn = (chosen: number[]) => topic.tune(learnProfile(chosen.map((i) => topic.seeds[i]!), lexicon, background, { name: topic.name, facetCuts, ...(associationCuts === undefined ? {} : { associationCuts }), ...(minSeedsToHoldOut === undefined ? {} : { minSeedsToHoldOut }), matchOptions }));
    const f1 = (chosen: number[]) => profileF1(learn(chosen), topic.items, lexicon, matchOptions);
    const fullProfile = learn(topic.seeds.map((_, i) => i));
    const full = profileF1(fullProfile, topic.items, lexicon, matchOptions);
    const cost = profileCostNorm(fullProfile, topic.items, lexicon, matchOptions);
    columns[0]!.push(full);
    costs.push(cost);
    const cells = SIZES.map((size, k) => {
      const f1s = seedSubsets(topic.seeds.length, size).map(f1);
      const min = Math.min(...f1s);
      const mean = f1s.reduce((a, b) => a + b, 0) / f1s.length;
      columns[1 + k]!.push(min);
      columns[1 + SIZES.length + k]!.push(mean);
      return `${f3(min)} / ${f3(mean)}`;
    });
    console.log(`  ${topic.name.padEnd(22)} ${f3(full)} / ${f3(cost)} | ${cells.join(' | ')}`);
  }
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  console.log(`  ${'mean'.padEnd(22)} ${f3(mean(columns[0]!))} / ${f3(mean(costs))} | ${SIZES.map((_, k) => `${f3(mean(columns[1 + k]!))} / ${f3(mean(columns[1 + SIZES.length + k]!))}`).join(' | ')}`);
}
