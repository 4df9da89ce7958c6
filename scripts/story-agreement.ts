// Inter-annotator agreement on one story day (issue 10): the pair and B-cubed figures of a second,
// blind annotation against the first, and the shipped grouper's figures against each, so the
// grouper's targets can be read next to how well two careful annotators agree. Then the largest
// disagreements: stories one annotator joined and the other split, by the item pairs they differ
// on, with each side's pieces and titles.
//   node --import tsx scripts/story-agreement.ts [--day YYYY-MM-DD] [SECOND.jsonl] [--top N]
// SECOND defaults to the second annotation of --day (default 2026-02-25, the first day annotated
// twice) in the fixture folder of its language: tests/fixtures/stories-id/second-annotation-<YYYYMMDD>.jsonl
// for an Indonesian development day, tests/fixtures/stories-en/second-annotation-<YYYYMMDD>.jsonl for
// an English one (2024-12-09, 2025-03-18); the day compared is the day its story ids start with, the
// language the one whose development days hold its ids. The first annotation's labels of that day's
// items are read as scripts/story-eval-lib.ts reads the development days (the Indonesian ones joined
// with the stream by their build script, the English ones from ../shared/eval/stories-dev-en.jsonl),
// and the day is clustered alone with the default options, as story-curve.ts clusters a dev day.
import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { formatStoryScores, scoreStories } from '../src/core/eval/story-metrics.ts';
import type { StoryEvalItem } from '../src/core/eval/parse-eval-data.ts';
import { fileURLToPath } from 'node:url';
import { clusterItems, dayOf, englishDays, ID_DAYS, indonesianDays } from './story-eval-lib.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { day: { type: 'string', default: '2026-02-25' }, top: { type: 'string', default: '15' } } });
if (!/^\d{4}-\d{2}-\d{2}$/.test(values.day)) throw new Error(`story-agreement: --day ${values.day}: YYYY-MM-DD expected`);
const EN_DAYS_DIR = fileURLToPath(new URL('../tests/fixtures/stories-en/', import.meta.url));
const ownFile = (dir: string) => `${dir}second-annotation-${values.day.replaceAll('-', '')}.jsonl`;
const secondFile = positionals[0] ?? (existsSync(ownFile(EN_DAYS_DIR)) ? ownFile(EN_DAYS_DIR) : ownFile(ID_DAYS));
const top = Number(values.top);

/** id -> story, from a labels file (`{"id","story"}` a line). */
function readLabels(file: string): Map<string, string> {
  const labels = new Map<string, string>();
  for (const [n, line] of readFileSync(file, 'utf8').split('\n').entries()) {
    if (line.trim() === '') continue;
    const record = JSON.parse(line) as { id?: unknown; story?: unknown };
    if (typeof record.id !== 'string' || typeof record.story !== 'string') throw new Error(`story-agreement: ${file}:${n + 1}: needs string id and story`);
    if (labels.has(record.id)) throw new Error(`story-agreement: ${file}:${n + 1}: ${record.id} labelled twice`);
    labels.set(record.id, record.story);
  }
  return labels;
}

const second = readLabels(secondFile);
const days = new Set([...second.values()].map((story) => dayOf({ id: '', title: '', summary: '', story })));
if (days.size !== 1) throw new Error(`story-agreement: ${secondFile} holds ${days.size} days (${[...days].join(', ')}), one expected`);
const day = [...days][0]!;

// The language whose development days hold the second annotation's items.
const sets = [indonesianDays(), englishDays()].filter((set) => set !== undefined);
if (sets.length === 0) throw new Error('story-agreement: ../shared/eval or the labels are missing: nothing to compare');
const anId = [...second.keys()][0]!;
const set = sets.find((s) => s.items.some((item) => item.id === anId));
if (set === undefined) throw new Error(`story-agreement: ${secondFile}: ${anId} is no item of the development days`);
const items: StoryEvalItem[] = set.items.filter((item) => dayOf(item) === day);
const first = new Map(items.map((item) => [item.id, item.story!]));
// Both annotations must cover the same headlines: a missing label would silently drop pairs.
const onlyFirst = [...first.keys()].filter((id) => !second.has(id));
const onlySecond = [...second.keys()].filter((id) => !first.has(id));
if (onlyFirst.length > 0 || onlySecond.length > 0) throw new Error(`story-agreement: ${day}: ${onlyFirst.length} items only in the first annotation, ${onlySecond.length} only in the second`);

const grouper = clusterItems(items);
const title = new Map(items.map((item) => [item.id, item.title]));

console.log(`day ${day} (${set.name}): ${items.length} items; first annotation ${new Set(first.values()).size} stories, second ${new Set(second.values()).size}, grouper ${new Set(grouper.values()).size} clusters`);
console.log(`second vs first (first as gold):  ${formatStoryScores(scoreStories(first, second))}`);
console.log(`grouper vs first:                 ${formatStoryScores(scoreStories(first, grouper))}`);
console.log(`grouper vs second:                ${formatStoryScores(scoreStories(second, grouper))}`);

/** The stories of `joined` whose items `split` puts in more than one story, by the pairs split apart. */
function splits(joined: ReadonlyMap<string, string>, split: ReadonlyMap<string, string>, joiner: string) {
  const members = new Map<string, string[]>();
  for (const [id, story] of joined) members.set(story, [...(members.get(story) ?? []), id]);
  const out: Array<{ joiner: string; story: string; size: number; lostPairs: number; parts: Array<[string, string[]]> }> = [];
  for (const [story, ids] of members) {
    const parts = new Map<string, string[]>();
    for (const id of ids) parts.set(split.get(id)!, [...(parts.get(split.get(id)!) ?? []), id]);
    if (parts.size < 2) continue;
    const pairsIn = (n: number) => (n * (n - 1)) / 2;
    const lostPairs = pairsIn(ids.length) - [...parts.values()].reduce((sum, part) => sum + pairsIn(part.length), 0);
    out.push({ joiner, story, size: ids.length, lostPairs, parts: [...parts].sort(([, a], [, b]) => b.length - a.length) });
  }
  return out;
}

const disagreements = [...splits(first, second, 'first'), ...splits(second, first, 'second')].sort((a, b) => b.lostPairs - a.lostPairs || b.size - a.size);
const total = (joiner: string) => disagreements.filter((d) => d.joiner === joiner).reduce((sum, d) => sum + d.lostPairs, 0);
console.log(`\njoined by one, split by the other: first joined ${disagreements.filter((d) => d.joiner === 'first').length} stories the second split (${total('first')} pairs); second joined ${disagreements.filter((d) => d.joiner === 'second').length} the first split (${total('second')} pairs)`);
console.log(`the ${Math.min(top, disagreements.length)} largest, by pairs in dispute:`);
for (const d of disagreements.slice(0, top)) {
  const other = d.joiner === 'first' ? 'second' : 'first';
  console.log(`\n${d.joiner} joined ${d.story} (${d.size} items, ${d.lostPairs} pairs); ${other} split it ${d.parts.length} ways:`);
  for (const [story, ids] of d.parts) {
    console.log(`  ${story} (${ids.length} here)`);
    for (const id of ids) console.log(`    ${id} ${title.get(id)}`);
  }
}
