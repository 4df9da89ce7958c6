// Where few-seed thresholds land and what they cost: for every development topic (and the default
// topic on dev.jsonl) and every set of K of its seeds, the held-out scores the threshold is read
// from (how many, lowest, 10th percentile, median; src/core/profile/set-threshold.ts), the
// typical-headline cap (learn-profile.ts), the threshold, the F1 at it, and the F1 at each of a
// grid of fixed thresholds with the best of them. Last, per topic and size, mean F1 at the learned
// threshold against the mean of the best: what any threshold rule could still gain (issue 9).
//   node --import tsx scripts/threshold-diagnose.ts [--sizes 5,3,2] [TOPIC...]
import { parseArgs } from 'node:util';
import { loadBackground, loadLexicon } from '../src/adapters/lexicon-files.ts';
import { learnProfile, minTermSeeds, typicalHeadlineScore } from '../src/core/profile/learn-profile.ts';
import { setThreshold } from '../src/core/profile/set-threshold.ts';
import { namedOrAllTopics, profileF1, seedSubsets } from './topic-eval-lib.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { sizes: { type: 'string' } } });
const lexicon = loadLexicon();
const background = loadBackground();
const topics = namedOrAllTopics(positionals, lexicon);
const f3 = (x: number) => x.toFixed(3);
const SWEEP = [0.5, 0.6, 0.7, 0.8, 0.9, 1, 1.2, 1.4, 1.6, 1.8, 2, 2.5, 3];
const summary: string[] = [];
for (const topic of topics) {
  for (const size of (values.sizes ?? '5,3,2').split(',').map(Number)) {
    const learned: number[] = [];
    const bests: number[] = [];
    for (const chosen of seedSubsets(topic.seeds.length, Math.min(size, topic.seeds.length))) {
      const seeds = chosen.map((i) => topic.seeds[i]!);
      const plain = learnProfile(seeds, lexicon, background, { name: topic.name, threshold: 0, associationCuts: false });
      const report = setThreshold(seeds, lexicon, (others) => learnProfile(others, lexicon, background, { name: topic.name, threshold: 0, associationCuts: false, minTermSeeds: minTermSeeds(seeds.length) }));
      const profile = topic.tune(learnProfile(seeds, lexicon, background, { name: topic.name }));
      const f1 = profileF1(profile, topic.items, lexicon);
      const sweep = SWEEP.map((t) => profileF1({ ...profile, threshold: t }, topic.items, lexicon));
      const best = Math.max(...sweep);
      learned.push(f1);
      bests.push(best);
      const s = report.heldOutScores;
      console.log(`${topic.name.padEnd(22)} seeds ${chosen.map((i) => i + 1).join('')} n=${String(s.length).padStart(3)} min ${f3(s[0] ?? NaN)} q10 ${f3(s[Math.floor(0.1 * (s.length - 1))] ?? NaN)} med ${f3(s[Math.floor(0.5 * (s.length - 1))] ?? NaN)} cap ${f3(typicalHeadlineScore(plain))} thr ${f3(profile.threshold)} F1 ${f3(f1)} best ${f3(best)} | ${SWEEP.map((t, k) => `${t}:${sweep[k]!.toFixed(2)}`).join(' ')}`);
    }
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    summary.push(`${topic.name.padEnd(22)} ${size} seeds: mean F1 ${f3(mean(learned))} at the learned threshold, ${f3(mean(bests))} at the best of the grid`);
  }
}
console.log(`\n${summary.join('\n')}`);
