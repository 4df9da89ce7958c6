// Builds the Indonesian story-clustering development set (issue 10) from the labels kept in
// tests/fixtures/stories-id/labels.jsonl (ids and story ids only) and the headline texts in
// ../shared/eval/stream-id-headlines.jsonl, read in place: the texts are third-party and stay
// out of the project. Writes eval-format JSONL (id, lang, title, summary, source, published,
// story) in published order, and prints the per-day figures quoted in the fixture README.
//   node --import tsx scripts/build-stories-id.ts [--labels FILE] [OUT.jsonl]
// OUT defaults to /tmp/stories-dev-id.jsonl; --labels defaults to labels.jsonl (the development
// days). The held-out days are built with --labels tests/fixtures/stories-id/holdout-labels.jsonl:
// same checks, same figures; nothing that fits cuts reads that file.
// Policy and days: tests/fixtures/stories-id/README.md.
import { existsSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readJsonl as readJsonlWith } from './read-jsonl.ts';
import { checkedLabels, pairs, parseLabelsArgs, percent, titleOverlap, wibToUtc } from './story-day-lib.ts';

const DEFAULT_LABELS = fileURLToPath(new URL('../tests/fixtures/stories-id/labels.jsonl', import.meta.url));
const STREAM = fileURLToPath(new URL('../../shared/eval/stream-id-headlines.jsonl', import.meta.url));
const DEFAULT_OUT = '/tmp/stories-dev-id.jsonl';

type StreamRow = { id: string; title: string; source: string; published: string };
type Label = { id: string; story: string };
type OutRow = { id: string; lang: 'id'; title: string; summary: ''; source: string; published: string; story: string };

function fail(message: string): never {
  console.error(`build-stories-id: ${message}`);
  process.exit(1);
}

const readJsonl = <T>(path: string, what: string): T[] => readJsonlWith<T>(path, what, fail);

/** wibToUtc (story-day-lib.ts), or the build stops naming the row. */
function utcOf(published: string, id: string): string {
  return wibToUtc(published) ?? fail(`${id}: unexpected published "${published}" (want "YYYY-MM-DD HH:MM WIB")`);
}

function printFigures(rows: OutRow[], day: string): void {
  const sizes = new Map<string, number>();
  const bySource = new Map<string, number>();
  for (const row of rows) {
    sizes.set(row.story, (sizes.get(row.story) ?? 0) + 1);
    bySource.set(row.source, (bySource.get(row.source) ?? 0) + 1);
  }
  const multi = [...sizes].filter(([, n]) => n >= 2).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  let samePairs = 0;
  for (const [, n] of sizes) samePairs += pairs(n);
  let crossOutletPairs = 0;
  const storySources = new Map<string, Map<string, number>>();
  for (const row of rows) {
    const counts = storySources.get(row.story) ?? new Map<string, number>();
    counts.set(row.source, (counts.get(row.source) ?? 0) + 1);
    storySources.set(row.story, counts);
  }
  for (const counts of storySources.values()) {
    const values = [...counts.values()];
    for (let i = 0; i < values.length; i += 1) for (let j = i + 1; j < values.length; j += 1) crossOutletPairs += values[i]! * values[j]!;
  }
  const bothOutlets = [...storySources.values()].filter((counts) => counts.size >= 2).length;
  const outlets = [...bySource].sort((a, b) => a[0].localeCompare(b[0])).map(([source, n]) => `${source} ${n}`).join(', ');
  console.log(
    `${day}: ${rows.length} items (${outlets}), ${sizes.size} stories, ${multi.length} with >= 2 items, ` +
      `${bothOutlets} in both outlets, ${samePairs} same-story pairs (${crossOutletPairs} across outlets), ` +
      `${pairs(rows.length) - samePairs} different-story pairs`,
  );
  const overlap = titleOverlap(rows);
  console.log(
    `  share of pairs whose titles share a word of >= 5 letters: same-story ${percent(overlap.same)}, ` +
      `different-story on the same day ${percent(overlap.different)}`,
  );
  console.log(`  largest: ${multi.slice(0, 6).map(([story, n]) => `${story} ${n}`).join('; ')}`);
}

function main(): void {
  const { labels: labelsPath, out } = parseLabelsArgs(process.argv.slice(2), { labels: DEFAULT_LABELS, out: DEFAULT_OUT }, fail);
  if (!existsSync(STREAM)) fail(`../shared is absent: ${STREAM} not found (the headline texts are read in place, never copied into the project)`);
  const stream = new Map(readJsonl<StreamRow>(STREAM, 'stream').map((row) => [row.id, row]));
  const labels = checkedLabels(readJsonl<Label>(labelsPath, 'labels'), fail);
  const seen = new Set(labels.map((label) => label.id));

  const rows: OutRow[] = [];
  const days = new Set<string>();
  for (const label of labels) {
    const row = stream.get(label.id);
    if (row === undefined) fail(`${label.id} is missing from ${STREAM}`);
    const day = row.published.slice(0, 10);
    if (!label.story.startsWith(`${day.replaceAll('-', '')}-`)) fail(`${label.id}: story "${label.story}" does not start with its day ${day}`);
    days.add(day);
    rows.push({ id: row.id, lang: 'id', title: row.title, summary: '', source: row.source, published: utcOf(row.published, row.id), story: label.story });
  }
  // Whole days: every headline of a labelled day must be labelled.
  const unlabelled = [...stream.values()].filter((row) => days.has(row.published.slice(0, 10)) && !seen.has(row.id));
  if (unlabelled.length > 0) fail(`${unlabelled.length} headlines of the labelled days have no label, e.g. ${unlabelled[0]!.id}`);

  rows.sort((a, b) => a.published.localeCompare(b.published) || a.id.localeCompare(b.id));
  writeFileSync(out, rows.map((row) => JSON.stringify(row)).join('\n') + '\n');
  for (const day of [...days].sort()) printFigures(rows.filter((row) => row.story.startsWith(day.replaceAll('-', ''))), day);
  if (days.size > 1) printFigures(rows, `all ${days.size} days`);
  console.log(`wrote ${rows.length} items to ${out}`);
}

main();
