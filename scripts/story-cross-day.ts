// Scores the story grouper on the cross-language day (issue 10): the English feeds and the
// Indonesian headlines of 5 Nov 2025 in one window, as a worker polling both would see them, built
// by build-stories-cross.ts (its --raw transcription lives outside the project).
//   node --import tsx scripts/story-cross-day.ts [--data FILE] [--cuts JSON] [--anchors 0,6,7,...]
// Prints, per point: pair P / R / F1 within English, within Indonesian, and across the languages
// (an English and an Indonesian item of one story), and B-cubed over the whole day; --anchors runs
// one point per crossAnchorMinIdf (over --cuts), the curve that option's value is read from, and
// the rule's pick: the most cross-language pairs found at cross-language pair precision >= 0.9,
// with the same-language pairs found and wrong as with no anchors; ties to the highest idf (the
// fewest words counted for the same joins).
import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { StoryIndexOptions } from '../src/core/dedup/story-index.ts';
import { parseStoryJsonl, type StoryEvalItem } from '../src/core/eval/parse-eval-data.ts';
import { scoreStories } from '../src/core/eval/story-metrics.ts';
import { clusterItems } from './story-eval-lib.ts';
import { describePairs, pairCounts, pairPrecision, type PairCount } from './story-day-lib.ts';

const { values } = parseArgs({ options: { data: { type: 'string', default: '/tmp/stories-cross.jsonl' }, cuts: { type: 'string' }, anchors: { type: 'string' } } });
if (!existsSync(values.data)) {
  console.error(`story-cross-day: ${values.data} not found (build it: node --import tsx scripts/build-stories-cross.ts --raw DIR ${values.data})`);
  process.exit(1);
}
const items = parseStoryJsonl(readFileSync(values.data, 'utf8'), values.data);
const base = (values.cuts === undefined ? {} : JSON.parse(values.cuts)) as StoryIndexOptions;

const english = items.filter((item) => item.lang === 'en');
const indonesian = items.filter((item) => item.lang === 'id');
const points = values.anchors === undefined ? [undefined] : values.anchors.split(',').map(Number);
const rows: Array<{ anchors: number | undefined; same: string; cross: PairCount }> = [];
for (const anchors of points) {
  const options = anchors === undefined ? base : { ...base, crossAnchorMinIdf: anchors };
  const predicted = clusterItems(items, options);
  const gold = new Map(items.map((item) => [item.id, item.story!]));
  const b3 = scoreStories(gold, predicted).bcubed;
  const en = pairCounts(english, undefined, predicted);
  const id = pairCounts(indonesian, undefined, predicted);
  const cross = pairCounts(english, indonesian, predicted);
  rows.push({ anchors, same: `${en.tp} ${en.fp} ${id.tp} ${id.fp}`, cross });
  console.log(`${anchors === undefined ? 'as given' : `crossAnchorMinIdf ${anchors}`}: B3 P / R / F1 ${b3.precision.toFixed(3)} / ${b3.recall.toFixed(3)} / ${b3.f1.toFixed(3)}`);
  console.log(`  English pairs ${describePairs(en)}`);
  console.log(`  Indonesian pairs ${describePairs(id)}`);
  console.log(`  across the languages ${describePairs(cross)}`);
}
const off = rows.find((row) => row.anchors === 0);
if (off !== undefined) {
  const passing = rows.filter((row) => row.anchors !== undefined && pairPrecision(row.cross) >= 0.9 && row.same === off.same);
  const most = Math.max(...passing.map((row) => row.cross.tp));
  const pick = passing.filter((row) => row.cross.tp === most).sort((a, b) => b.anchors! - a.anchors!)[0];
  console.log(pick === undefined ? 'pick: none passes' : `pick: crossAnchorMinIdf ${pick.anchors} (${most} cross-language pairs found at precision ${pairPrecision(pick.cross).toFixed(3)}; same-language pairs as with none)`);
}
