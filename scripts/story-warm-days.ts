// The Indonesian development days grouped as a running worker would meet them: its window already
// holding the days before (the Kompas/detik stream's headlines of the WARM days before each
// labelled day, unlabelled), against the cold replay story-curve.ts fits on (each day in an empty
// window). Only the labelled day's items are scored. A diagnostic of the fit's protocol.
//   node --import tsx scripts/story-warm-days.ts [--warm-days N] [--cuts JSON]
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { clusterInOrder } from '../src/core/dedup/cluster-items.ts';
import { StoryIndex, type StoryIndexOptions } from '../src/core/dedup/story-index.ts';
import { scoreStories } from '../src/core/eval/story-metrics.ts';
import type { StoryEvalItem } from '../src/core/eval/parse-eval-data.ts';
import { background, dayOf, indonesianDays, lexicon, SHARED_EVAL } from './story-eval-lib.ts';
import { wibToUtc } from './story-day-lib.ts';

const { values } = parseArgs({ options: { 'warm-days': { type: 'string', default: '1' }, cuts: { type: 'string' } } });
const warmDays = Number(values['warm-days']);
const cuts = (values.cuts === undefined ? {} : JSON.parse(values.cuts)) as StoryIndexOptions;
const days = indonesianDays();
if (days === undefined) {
  console.log('story-warm-days: skipped, the Indonesian days need ../shared/eval/stream-id-headlines.jsonl');
  process.exit(0);
}

type StreamRow = { id: string; title: string; source: string; published: string };
const stream = readFileSync(`${SHARED_EVAL}stream-id-headlines.jsonl`, 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as StreamRow);

const score = (items: readonly StoryEvalItem[], grouped: ReadonlyMap<string, string>) => scoreStories(new Map(items.map((item) => [item.id, item.story!])), grouped);
const show = (s: ReturnType<typeof score>) => `${s.pairs.precision.toFixed(3)} / ${s.pairs.recall.toFixed(3)} / ${s.pairs.f1.toFixed(3)}, B3 ${s.bcubed.f1.toFixed(3)}`;
for (const day of [...new Set(days.items.map(dayOf))].sort()) {
  const labelled = days.items.filter((item) => dayOf(item) === day);
  const ids = new Set(labelled.map((item) => item.id));
  const from = Date.parse(`${day}T00:00:00+07:00`) - warmDays * 86_400_000;
  const to = Date.parse(`${day}T00:00:00+07:00`);
  const warm: StoryEvalItem[] = [];
  for (const row of stream) {
    if (ids.has(row.id)) continue;
    const published = wibToUtc(row.published);
    const ms = published === undefined ? undefined : Date.parse(published);
    if (ms === undefined || ms < from || ms >= to) continue;
    warm.push({ id: row.id, lang: 'id', title: row.title, summary: '', source: row.source, published: published! } as StoryEvalItem);
  }
  const cold = new Map(clusterInOrder(labelled, new StoryIndex(lexicon, background, cuts)).map((d) => [d.item.id, d.assignment.storyId]));
  const all = [...warm, ...labelled].sort((a, b) => (a.published ?? '').localeCompare(b.published ?? '') || a.id.localeCompare(b.id));
  const warmed = new Map(clusterInOrder(all, new StoryIndex(lexicon, background, cuts)).filter((d) => ids.has(d.item.id)).map((d) => [d.item.id, d.assignment.storyId]));
  console.log(`id ${day}: cold ${show(score(labelled, cold))}; warm (${warm.length} headlines of ${warmDays} day(s) before) ${show(score(labelled, warmed))}`);
}
