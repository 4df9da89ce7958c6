// The curves FACET_CUTS (src/core/profile/learn-concepts.ts) are read from: which seed words may
// enter the names facet (their lift over ordinary news; how common a learned one-word name may be)
// and the theme facet (the share of the seeds' sentences holding a word; its lift). Each cut is
// moved alone, the others at their values; for each value every development topic is learned from
// all its seeds and from every 4 of 5, without feedback, and scored on its items. Printed: mean F1,
// mean C_norm, mean and min leave-one-seed-out F1, the default topic's dev F1, and per topic
// F1 / C_norm. The best value has the best mean of full and leave-one-out mean F1 (as
// scripts/alone-curve.ts); values within 0.001 of it tie, and of those the value in place stays,
// else the middle one (a constant is not moved on noise). With --background FILE
// (repeatable: tables built from either half of the stream, `build:background --half`), every
// value is scored against the shipped table and each one given, and ranked by its worst: a cut is
// kept only where the figures do not hang on which weeks of news the table counted.
//   node --import tsx scripts/facet-curve.ts [--cut themeMinShare] [--values 0.08,0.1,...] [--background FILE]...
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadBackground, loadLexicon } from '../src/adapters/lexicon-files.ts';
import { DEFAULT_SEEDS_DIR, DEFAULT_TUNING_FILE } from '../src/adapters/project-paths.ts';
import { readSeedDir } from '../src/adapters/topic-files.ts';
import { readTuningFile } from '../src/adapters/tuning-file.ts';
import { applyTuning } from '../src/core/profile/apply-tuning.ts';
import type { Background } from '../src/core/profile/background.ts';
import { FACET_CUTS, type FacetCuts } from '../src/core/profile/learn-concepts.ts';
import { learnProfile } from '../src/core/profile/learn-profile.ts';
import { developmentTopics, profileCostNorm, profileF1, readLabelled, SHARED_EVAL, topicDir } from './topic-eval-lib.ts';

const CANDIDATES: Record<keyof FacetCuts, number[]> = {
  nameMinLogLift: [1.4, 1.7, 1.9, Math.log(8), 2.3, 2.5, 2.7, 3],
  learnedNameMaxP: [5e-4, 1e-3, 1.5e-3, 2e-3, 3e-3, 4e-3, 5e-3],
  themeMinShare: [0.06, 0.08, 0.09, 0.1, 0.11, 0.12, 0.15],
  themeMinLogLift: [2, 2.2, 2.4, Math.log(12), 2.55, 2.6, 2.65, 2.8, 3, 3.4],
  commonNameCapitalisedSeeds: [1, 2, 3],
  namesAnchorHeads: [1, 2, 3],
  commonAcronymsJoinNames: [0, 1],
  namesAnchorProminent: [0, 1, 2],
  unknownWordsAreNames: [0, 1],
  aloneProminentEverySeed: [0, 1],
  // Acts only from two or three seeds (a full set's facets never move; a 4-of-5 set's only through
  // its held-out threshold): few-seed-curve.ts reads it.
  themeReplacesSideMaxP: [0, 1e-6, 1e-5, 1e-4, 1e-3],
  themeReplacesSideNeedsThird: [0, 1],
  // Acts only where one side and a names facet form (the theme a third facet): few-seed-curve.ts reads it too.
  themeBesideSideAndNames: [0, 1],
  facetsDecideBelowTerms: [0, 1, 2, 3, 4, 5, 6, 7, 8, 12, 20],
  themeAnchorSeeds: [0, 2, 3],
  themeFromAnyTerms: [0, 1],
  bodyNamesMinSeeds: [0, 2, 3, 4, 5],
  acronymsTieLongForms: [0, 1],
  syllabicAcronymsTie: [0, 1],
  ownNewsMostlyShare: [0, 0.35, 0.4, 0.45, 0.5, 0.6],
  wholeNames: [0, 1],
  themeWordAloneSeeds: [0, 2, 3, 4, 5],
  oneNameWordsAreNames: [0, 1],
  themePhraseOwnsShare: [0, 0.05, 0.1, 0.2, 0.35, 0.5, 0.7, 0.9, 1],
  aliasesTieNames: [0, 1],
  ownNewsShare: [0, 0.1, 0.2, 0.3, 0.4, 0.5],
  tailNamesShare: [0, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8],
  wordNamesCover: [0, 1],
  themePhraseOwnsAnyWord: [0, 1],
  themeWordOwnsMaxP: [0, 1e-5, 3e-5, 1e-4, 3e-4, 1e-3],
  spelledOrgsAreOrgs: [0, 1],
  themeWordAloneOwnsPartner: [0, 0.1, 0.2, 0.3],
  officesNeverAlone: [0, 1],
  sidePlacesAlone: [0, 1],
  spelledInstitutionsAreOrgs: [0, 1],
  impliedAcronymLetters: [0, 3, 4, 5],
  namesTitleShare: [0, 0.4, 0.5, 0.6, 0.7],
  acronymsAloneAsLongForms: [0, 1],
};

const { values } = parseArgs({ options: { cut: { type: 'string' }, values: { type: 'string' }, background: { type: 'string', multiple: true } } });
const cutNames = (values.cut === undefined ? Object.keys(CANDIDATES) : [values.cut]) as Array<keyof FacetCuts>;
for (const name of cutNames) if (!(name in CANDIDATES)) throw new Error(`facet-curve: no cut named ${name} (${Object.keys(CANDIDATES).join(', ')})`);

const lexicon = loadLexicon();
const backgrounds: Array<{ name: string; background: Background }> = [
  { name: 'shipped', background: loadBackground() },
  ...(values.background ?? []).map((file) => ({ name: file.split('/').pop()!, background: loadBackground(file) })),
];
const topics = developmentTopics().map((topic) => ({
  topic,
  seeds: readSeedDir(join(topicDir(topic), 'seeds')),
  items: readLabelled(join(topicDir(topic), 'items.jsonl')),
}));
const defaultSeeds = readSeedDir(DEFAULT_SEEDS_DIR);
const dev = readLabelled(join(SHARED_EVAL, 'dev.jsonl'));
const tuning = readTuningFile(DEFAULT_TUNING_FILE);

/** Scores this close to the best tie (the last digit printed): the value in place stays when it ties, else the middle one. */
const TIE = 0.001;
const f3 = (x: number) => x.toFixed(3);
const show = (x: number) => (Math.abs(x) < 0.01 ? x.toExponential(1) : f3(x));

/** One value of one cut against one background: the printed line and its rank score. */
function evaluate(facetCuts: Partial<FacetCuts>, background: Background): { line: string; score: number } {
  let sumF1 = 0, sumC = 0, sumLoo = 0, minLoo = 1;
  const cells: string[] = [];
  for (const { topic, seeds, items } of topics) {
    const profile = learnProfile(seeds, lexicon, background, { name: topic, facetCuts });
    const f1 = profileF1(profile, items, lexicon);
    const c = profileCostNorm(profile, items, lexicon);
    const loo = seeds.map((_, i) => profileF1(learnProfile(seeds.filter((__, j) => j !== i), lexicon, background, { name: topic, facetCuts }), items, lexicon));
    sumF1 += f1;
    sumC += c;
    sumLoo += loo.reduce((a, b) => a + b, 0) / loo.length;
    minLoo = Math.min(minLoo, ...loo);
    cells.push(`${topic.slice(0, 12)} ${f3(f1)} / ${f3(c)}`);
  }
  const learned = learnProfile(defaultSeeds, lexicon, background, { name: 'default', facetCuts });
  const devF1 = profileF1(applyTuning(learned, tuning, lexicon), dev, lexicon);
  const n = topics.length;
  return { score: (sumF1 / n + sumLoo / n) / 2, line: `${f3(sumF1 / n)}, ${f3(sumC / n)}, ${f3(sumLoo / n)} / ${f3(minLoo)}, ${f3(devF1)} | ${cells.join(' | ')}` };
}

for (const name of cutNames) {
  const candidates = values.values === undefined ? CANDIDATES[name] : values.values.split(',').map(Number);
  if (candidates.some((value) => !Number.isFinite(value))) throw new Error(`facet-curve: --values takes numbers, not ${values.values}`);
  console.log(`\n${name} (now ${show(FACET_CUTS[name])}): value | background | mean F1, mean C_norm, LOO mean / min F1, default dev F1 | per topic F1 / C_norm`);
  const rows: Array<{ value: number; score: number }> = [];
  for (const value of candidates) {
    let worst = Number.POSITIVE_INFINITY;
    for (const { name: table, background } of backgrounds) {
      const { line, score } = evaluate({ [name]: value }, background);
      worst = Math.min(worst, score);
      console.log(`${show(value)} | ${table} | ${line}`);
    }
    rows.push({ value, score: worst });
  }
  const top = Math.max(...rows.map((r) => r.score));
  const tied = rows.filter((r) => top - r.score <= TIE);
  const now = tied.find((r) => Math.abs(r.value - FACET_CUTS[name]) < 1e-9);
  const best = now ?? tied[Math.floor((tied.length - 1) / 2)]!;
  console.log(`best ${name}: ${show(best.value)}${now === undefined ? '' : ' (the value now, on the best plateau)'}: mean of full and leave-one-out mean F1, worst over ${backgrounds.length} table(s), ${f3(best.score)} (best ${f3(top)}; within ${TIE}: ${tied.map((r) => show(r.value)).join(', ')})`);
}
