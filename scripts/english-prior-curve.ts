// The curve ENGLISH_WORDS_PRIOR_DOCS (src/core/profile/background.ts) is read from: how many
// documents the English word-frequency prior (SUBTLEX-US subtitles) counts for under the table's
// English news documents. 0 = the news documents alone, Infinity = the subtitles alone (the table
// before English news was added). For each weight, the English development topic is learned from
// all its seeds and from every 4 of 5 (a generic word such as "countries" enters a facet when a
// seed is left out, which is where the prior shows), and the default topic is scored on dev.jsonl;
// printed: the English topic's F1 and C_norm from all seeds and from each 4 of 5, and the default
// topic's dev F1 (all and English items). Issue 9 asks English topics to hold for every seed set,
// so the weight chosen has the best worst-seed-set F1 (then the best worst C_norm) among those
// keeping the default dev F1 at its subtitles-only value; of a run that ties, the middle one.
//   node --import tsx scripts/english-prior-curve.ts [--background FILE] [--weights 0,1000,...]
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadLexicon, readBackgroundData } from '../src/adapters/lexicon-files.ts';
import { DEFAULT_SEEDS_DIR, DEFAULT_TUNING_FILE } from '../src/adapters/project-paths.ts';
import { readSeedDir } from '../src/adapters/topic-files.ts';
import { readTuningFile } from '../src/adapters/tuning-file.ts';
import { applyTuning } from '../src/core/profile/apply-tuning.ts';
import { makeBackground } from '../src/core/profile/background.ts';
import { learnProfile } from '../src/core/profile/learn-profile.ts';
import { developmentTopics, profileCostNorm, profileF1, readLabelled, SHARED_EVAL, topicDir } from './topic-eval-lib.ts';

const { values } = parseArgs({ options: { background: { type: 'string' }, weights: { type: 'string' } } });
const weights = (values.weights ?? '0,1000,2000,5000,10000,20000,50000,100000,200000,Infinity').split(',').map(Number);
if (weights.some((weight) => Number.isNaN(weight) || weight < 0)) {
  console.error(`english-prior-curve: --weights takes document counts >= 0 (or Infinity), not ${values.weights}`);
  process.exit(2);
}
const lexicon = loadLexicon();
const data = readBackgroundData(values.background);
if (data.enDf === undefined || data.enCount === undefined) {
  console.error('english-prior-curve: the table needs both English news documents (enDf) and word counts (enCount); rebuild it with --en');
  process.exit(2);
}
const englishTopics = developmentTopics().filter((t) => readLabelled(join(topicDir(t), 'items.jsonl')).some((item) => item.lang === 'en'));
const dev = readLabelled(join(SHARED_EVAL, 'dev.jsonl'));
const devEnglish = dev.filter((item) => item.lang === 'en');
const tuning = readTuningFile(DEFAULT_TUNING_FILE);
const defaultSeeds = readSeedDir(DEFAULT_SEEDS_DIR);

const rows: Array<{ weight: number; worstF1: number; worstCost: number; devF1: number }> = [];
for (const weight of weights) {
  const background = makeBackground(data, undefined, weight);
  const cells: string[] = [];
  let worstF1 = 1;
  let worstCost = 0;
  for (const topic of englishTopics) {
    const seeds = readSeedDir(join(topicDir(topic), 'seeds'));
    const items = readLabelled(join(topicDir(topic), 'items.jsonl'));
    const seedSets = [seeds, ...seeds.map((_, i) => seeds.filter((__, j) => j !== i))];
    const profiles = seedSets.map((set) => learnProfile(set, lexicon, background, { name: topic }));
    const f1s = profiles.map((p) => profileF1(p, items, lexicon));
    const costs = profiles.map((p) => profileCostNorm(p, items, lexicon));
    const loo = f1s.slice(1);
    worstF1 = Math.min(worstF1, ...f1s);
    worstCost = Math.max(worstCost, ...costs);
    cells.push(`${topic} F1 ${f1s[0]!.toFixed(3)} C_norm ${costs[0]!.toFixed(3)}; leave one out F1 ${loo.map((f) => f.toFixed(3)).join(' ')} (mean ${(loo.reduce((a, b) => a + b, 0) / loo.length).toFixed(3)}), worst C_norm ${Math.max(...costs).toFixed(3)}`);
  }
  const profile = applyTuning(learnProfile(defaultSeeds, lexicon, background, { name: 'default' }), tuning, lexicon);
  const devF1 = profileF1(profile, dev, lexicon);
  const devEnF1 = profileF1(profile, devEnglish, lexicon);
  rows.push({ weight, worstF1, worstCost, devF1 });
  console.log(`weight ${weight}: ${cells.join(' | ')} | default dev F1 ${devF1.toFixed(3)} (English items ${devEnF1.toFixed(3)})`);
}
const floor = rows.find((r) => !Number.isFinite(r.weight))?.devF1 ?? 0;
const eligible = rows.filter((r) => r.devF1 >= floor - 1e-9);
const better = (a: (typeof rows)[number], b: (typeof rows)[number]) => a.worstF1 - b.worstF1 || b.worstCost - a.worstCost;
const top = eligible.reduce((a, b) => (better(b, a) > 0 ? b : a));
const tied = eligible.filter((r) => Math.abs(better(r, top)) < 1e-9);
const best = tied[Math.floor((tied.length - 1) / 2)]!;
console.log(`best: ENGLISH_WORDS_PRIOR_DOCS = ${best.weight} (worst F1 over seed sets ${best.worstF1.toFixed(3)}, worst C_norm ${best.worstCost.toFixed(3)}; default dev F1 ${best.devF1.toFixed(3)}, floor ${floor.toFixed(3)})`);
