// The curve HELD_OUT_QUANTILE (src/core/profile/set-threshold.ts) was read from: for each
// candidate quantile and floor, every development topic is learned from its seeds (no tuning) with the
// threshold set at that quantile of its held-out seed sentences, and scored on its items; the
// default topic is scored on dev.jsonl. Prints F1 per topic and the mean.
//   node --import tsx scripts/threshold-curve.ts [--background FILE]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadBackground, loadLexicon } from '../src/adapters/lexicon-files.ts';
import { readSeedDir } from '../src/adapters/topic-files.ts';
import { DEFAULT_SEEDS_DIR, DEFAULT_TUNING_FILE } from '../src/adapters/project-paths.ts';
import { readTuningFile } from '../src/adapters/tuning-file.ts';
import { applyTuning } from '../src/core/profile/apply-tuning.ts';
import { learnProfile } from '../src/core/profile/learn-profile.ts';
import { matchItem, prepareProfile } from '../src/core/match/match-item.ts';
import type { NewsItem } from '../src/core/model.ts';
import { developmentTopics, topicDir } from './topic-eval-lib.ts';

const SHARED = new URL('../../shared/eval/', import.meta.url).pathname;
const { values } = parseArgs({ options: { background: { type: 'string' } } });
const lexicon = loadLexicon();
const background = loadBackground(values.background);
type Labelled = NewsItem & { label: number };
const readItems = (file: string): Labelled[] => readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as Labelled);

function f1(items: Labelled[], decide: (item: Labelled) => boolean): number {
  let tp = 0, fp = 0, fn = 0;
  for (const item of items) {
    const d = decide(item);
    if (d && item.label === 1) tp++;
    else if (d) fp++;
    else if (item.label === 1) fn++;
  }
  return tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
}

const topics = developmentTopics();
const sets = topics.map((t) => ({ name: t, seeds: readSeedDir(join(topicDir(t), 'seeds')), items: readItems(join(topicDir(t), 'items.jsonl')) }));
const defaultSeeds = readSeedDir(DEFAULT_SEEDS_DIR);
const dev = readItems(join(SHARED, 'dev.jsonl'));
const tuning = readTuningFile(DEFAULT_TUNING_FILE);

console.log(`quantile floor ${topics.map((t) => t.padStart(22)).join('')}   mean F1   default(dev)`);
for (const [q, floor] of [0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5].flatMap((q) => [0.25, 0.5, 0.7, 0.8, 1].map((m) => [q, m] as const))) {
  const scores = sets.map(({ name, seeds, items }) => {
    const prepared = prepareProfile(learnProfile(seeds, lexicon, background, { name, heldOutQuantile: q, minThreshold: floor }), lexicon);
    return f1(items, (item) => matchItem(item, prepared).decision);
  });
  const def = prepareProfile(applyTuning(learnProfile(defaultSeeds, lexicon, background, { name: 'default', heldOutQuantile: q, minThreshold: floor }), tuning, lexicon), lexicon);
  const devF1 = f1(dev, (item) => matchItem(item, def).decision);
  const mean = scores.reduce((a, b) => a + b, 0) / scores.length;
  console.log(`${q.toFixed(2).padEnd(8)} ${floor.toFixed(2).padEnd(5)} ${scores.map((s) => s.toFixed(3).padStart(22)).join('')}   ${mean.toFixed(3)}     ${devF1.toFixed(3)}`);
}
