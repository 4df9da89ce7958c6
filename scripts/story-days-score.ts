// Scores a labelled story file day by day at MATCH_CUTS (or options over them), each day replayed as
// story-curve.ts replays it: pair P / R / F1 and B-cubed F1 per day, overall, and the mean of the
// days' pair precision and F1 (the figures README quotes for days before they join a set):
//   node --import tsx scripts/story-days-score.ts FILE.jsonl ['{"decision":"model"}']
// FILE is the eval format with `story` (e.g. build-stories-id.ts --labels FILE OUT).
import { readFileSync } from 'node:fs';
import { parseStoryJsonl } from '../src/core/eval/parse-eval-data.ts';
import type { StoryIndexOptions } from '../src/core/dedup/story-index.ts';
import { formatStoryScores } from '../src/core/eval/story-metrics.ts';
import { clusterItems, scoreByDay } from './story-eval-lib.ts';

const [file, optionsJson] = process.argv.slice(2);
if (file === undefined) throw new Error('usage: story-days-score.ts FILE.jsonl [OPTIONS_JSON]');
const items = parseStoryJsonl(readFileSync(file, 'utf8'), file);
const options = (optionsJson === undefined ? {} : JSON.parse(optionsJson)) as StoryIndexOptions;
const scores = scoreByDay(items, clusterItems(items, options));
const days = [...scores].filter(([day]) => day !== 'all');
for (const [day, s] of scores) console.log(`  ${day.padEnd(14)} ${formatStoryScores(s)}`);
const mean = (pick: (s: (typeof days)[number][1]) => number) => (days.reduce((sum, [, s]) => sum + pick(s), 0) / days.length).toFixed(3);
console.log(`mean of the ${days.length} days: pair P ${mean((s) => s.pairs.precision)}, pair F1 ${mean((s) => s.pairs.f1)}`);
