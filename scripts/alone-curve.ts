// The curve ALONE_MAX_P (src/core/profile/learn-concepts.ts) is read from: how common in ordinary
// news a name heading nearly every seed may be and still identify the topic by itself. For each
// cut, every development topic is learned from all its seeds and from every 4 of 5 (a name that
// heads 3 of 4 seeds is "alone" too, so the leave-one-out figures are where a generic word such as
// "BBM" shows), without feedback; printed: mean F1, mean and min leave-one-seed-out F1, the default
// topic's dev F1. The cut is the one with the best mean of full and leave-one-out mean F1; of a run
// of cuts that tie, the middle one (furthest from either edge of the plateau).
//   node --import tsx scripts/alone-curve.ts [--cuts 1e-3,2e-3,...]
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadBackground, loadLexicon } from '../src/adapters/lexicon-files.ts';
import { DEFAULT_SEEDS_DIR, DEFAULT_TUNING_FILE } from '../src/adapters/project-paths.ts';
import { readSeedDir } from '../src/adapters/topic-files.ts';
import { readTuningFile } from '../src/adapters/tuning-file.ts';
import { applyTuning } from '../src/core/profile/apply-tuning.ts';
import { learnProfile } from '../src/core/profile/learn-profile.ts';
import { developmentTopics, profileF1, readLabelled as readItems, SHARED_EVAL as SHARED, topicDir } from './topic-eval-lib.ts';

const { values } = parseArgs({ options: { cuts: { type: 'string' } } });
const cuts = (values.cuts ?? '5e-4,1e-3,1.5e-3,2e-3,2.5e-3,3e-3,3.5e-3,4e-3,5e-3,6e-3,8e-3').split(',').map(Number);
const lexicon = loadLexicon();
const background = loadBackground();
const topics = developmentTopics();
const f1 = (profile: Parameters<typeof profileF1>[0], labelled: Parameters<typeof profileF1>[1]) => profileF1(profile, labelled, lexicon);


const rows: Array<{ cut: number; score: number }> = [];
for (const cut of cuts) {
  let sumFull = 0, sumLoo = 0;
  const cells: string[] = [];
  for (const topic of topics) {
    const seeds = readSeedDir(join(topicDir(topic), 'seeds'));
    const items = readItems(join(topicDir(topic), 'items.jsonl'));
    const full = f1(learnProfile(seeds, lexicon, background, { name: topic, aloneMaxP: cut }), items);
    const loo = seeds.map((_, i) => f1(learnProfile(seeds.filter((__, j) => j !== i), lexicon, background, { name: topic, aloneMaxP: cut }), items));
    const looMean = loo.reduce((a, b) => a + b, 0) / loo.length;
    sumFull += full;
    sumLoo += looMean;
    cells.push(`${topic.slice(0, 12)} ${full.toFixed(3)} (loo ${looMean.toFixed(3)}, min ${Math.min(...loo).toFixed(3)})`);
  }
  const learned = learnProfile(readSeedDir(DEFAULT_SEEDS_DIR), lexicon, background, { name: 'default', aloneMaxP: cut });
  const dev = f1(applyTuning(learned, readTuningFile(DEFAULT_TUNING_FILE), lexicon), readItems(join(SHARED, 'dev.jsonl')));
  const meanFull = sumFull / topics.length, meanLoo = sumLoo / topics.length;
  rows.push({ cut, score: (meanFull + meanLoo) / 2 });
  console.log(`alone max p ${cut}: mean F1 ${meanFull.toFixed(3)}, LOO mean ${meanLoo.toFixed(3)}, default dev F1 ${dev.toFixed(3)} | ${cells.join(' | ')}`);
}
const top = Math.max(...rows.map((r) => r.score));
const tied = rows.filter((r) => top - r.score < 1e-9);
const best = tied[Math.floor((tied.length - 1) / 2)]!;
console.log(`best: ALONE_MAX_P = ${best.cut} (mean of full and leave-one-out mean F1 ${best.score.toFixed(3)})`);
