// The curve the theme facet's cuts (src/core/profile/learn-concepts.ts THEME_CUTS) are read from:
// how central in the seeds a word must be to open the theme facet (share of the seeds' sentences
// holding it, and how much commoner it is there than in ordinary headlines). For each pair of
// cuts, every development topic is learned from all its seeds and from every 4 of 5, seeds
// alone (no feedback); printed: per topic F1 (and leave-one-seed-out mean and min), mean F1, mean
// leave-one-out F1, the default topic's dev F1; then the pair with the best mean of full and
// leave-one-out mean F1 (of a run of ties, the middle one, as in alone-curve.ts).
//   node --import tsx scripts/theme-curve.ts [--shares 0.06,0.08,0.1] [--lifts 8,12,16]
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadBackground, loadLexicon } from '../src/adapters/lexicon-files.ts';
import { DEFAULT_TUNING_FILE } from '../src/adapters/project-paths.ts';
import { readSeedDir } from '../src/adapters/topic-files.ts';
import { readTuningFile } from '../src/adapters/tuning-file.ts';
import { applyTuning } from '../src/core/profile/apply-tuning.ts';
import { learnProfile, type LearnOptions } from '../src/core/profile/learn-profile.ts';
import { developmentTopics, profileF1, readLabelled as readItems, SHARED_EVAL as SHARED, TOPICS_DIR } from './topic-eval-lib.ts';

const { values } = parseArgs({ options: { shares: { type: 'string' }, lifts: { type: 'string' } } });
const shares = (values.shares ?? '0.06,0.08,0.09,0.1,0.11,0.12').split(',').map(Number);
const lifts = (values.lifts ?? '8,12,16').split(',').map(Number);
const lexicon = loadLexicon();
const background = loadBackground();
const topics = developmentTopics();
const data = topics.map((topic) => ({ topic, seeds: readSeedDir(join(TOPICS_DIR, topic, 'seeds')), items: readItems(join(TOPICS_DIR, topic, 'items.jsonl')) }));
const defaultSeeds = readSeedDir(new URL('../config/seeds/', import.meta.url).pathname);
const dev = readItems(join(SHARED, 'dev.jsonl'));
const tuning = readTuningFile(DEFAULT_TUNING_FILE);

const rows: Array<{ share: number; lift: number; score: number }> = [];
for (const lift of lifts) {
  for (const share of shares) {
    const options = (name: string): LearnOptions => ({ name, themeCuts: { minShare: share, minLogLift: Math.log(lift) } });
    let sumFull = 0, sumLoo = 0;
    const cells: string[] = [];
    for (const { topic, seeds, items } of data) {
      const full = profileF1(learnProfile(seeds, lexicon, background, options(topic)), items, lexicon);
      const loo = seeds.map((_, i) => profileF1(learnProfile(seeds.filter((__, j) => j !== i), lexicon, background, options(topic)), items, lexicon));
      const looMean = loo.reduce((a, b) => a + b, 0) / loo.length;
      sumFull += full;
      sumLoo += looMean;
      cells.push(`${topic.slice(0, 12)} ${full.toFixed(3)} (loo ${looMean.toFixed(3)}, min ${Math.min(...loo).toFixed(3)})`);
    }
    rows.push({ share, lift, score: (sumFull + sumLoo) / 2 / topics.length });
    const devF1 = profileF1(applyTuning(learnProfile(defaultSeeds, lexicon, background, options('default')), tuning, lexicon), dev, lexicon);
    console.log(`share ${share} lift ${lift}: mean F1 ${(sumFull / topics.length).toFixed(3)}, LOO mean ${(sumLoo / topics.length).toFixed(3)}, default dev F1 ${devF1.toFixed(3)} | ${cells.join(' | ')}`);
  }
}
const top = Math.max(...rows.map((r) => r.score));
const tied = rows.filter((r) => top - r.score < 1e-9);
const best = tied[Math.floor((tied.length - 1) / 2)]!;
console.log(`best: share ${best.share}, lift ${best.lift} (mean of full and leave-one-out mean F1 ${best.score.toFixed(3)})`);
