// Builds the held-out English story day (issue 10) from the labels kept in
// tests/fixtures/stories-en/holdout-labels.jsonl (ids and story ids only) and the items in
// ../shared/eval/topics/en-us-tariffs/items.jsonl (every entry of the 22 English feeds on 12 Feb
// 2025), read in place: the texts are third-party and stay out of the project. Writes the format of
// ../shared/eval/stories-dev-en.jsonl (id, lang, title, summary, link, source, published, story) in
// published order, dropping the items' topic fields (label, kind, provenance), and prints the
// figures of the STORIES.md table quoted in the fixture README.
//   node --import tsx scripts/build-stories-en.ts [--labels FILE] [OUT.jsonl]
// OUT defaults to /tmp/stories-holdout-en.jsonl; --labels defaults to holdout-labels.jsonl.
// This day is held out: nothing that fits cuts reads it. Policy and calls: tests/fixtures/stories-en/README.md.
import { existsSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readJsonl as readJsonlWith } from './read-jsonl.ts';
import { checkedLabels, parseLabelsArgs, printDayFigures } from './story-day-lib.ts';

const DEFAULT_LABELS = fileURLToPath(new URL('../tests/fixtures/stories-en/holdout-labels.jsonl', import.meta.url));
const ITEMS = fileURLToPath(new URL('../../shared/eval/topics/en-us-tariffs/items.jsonl', import.meta.url));
const DEFAULT_OUT = '/tmp/stories-holdout-en.jsonl';

/**
 * Feed name -> outlet, as `source` reads in stories-dev-en.jsonl (one name per outlet: the BBC's six
 * feeds are "BBC News", NYT HomePage and World are "The New York Times", NPR's two feeds "NPR").
 */
const OUTLET: Readonly<Record<string, string>> = {
  'ABC News': 'ABC News',
  'Al Jazeera': 'Al Jazeera',
  AllAfrica: 'AllAfrica',
  'BBC News': 'BBC News',
  'BBC Africa': 'BBC News',
  'BBC Asia': 'BBC News',
  'BBC Europe': 'BBC News',
  'BBC Middle East': 'BBC News',
  'BBC US & Canada': 'BBC News',
  'El País English': 'EL PAÍS English',
  'Epoch Times World': 'The Epoch Times',
  'Fox News': 'Fox News',
  'Japan Today': 'Japan Today',
  'NBC News World': 'NBC News',
  'NPR Home Page': 'NPR',
  'NPR News': 'NPR',
  'NYT HomePage': 'The New York Times',
  'NYT World': 'The New York Times',
  'Pakistan Observer': 'Pakistan Observer',
  'Sky News World': 'Sky News',
  'The Moscow Times': 'The Moscow Times',
  'Washington Post World': 'The Washington Post',
};

type Item = { id: string; lang: string; title: string; summary: string; link: string; source: string; published: string };
type Label = { id: string; story: string };
type OutRow = { id: string; lang: 'en'; title: string; summary: string; link: string; source: string; published: string; story: string };

function fail(message: string): never {
  console.error(`build-stories-en: ${message}`);
  process.exit(1);
}

const readJsonl = <T>(path: string, what: string): T[] => readJsonlWith<T>(path, what, fail);

function main(): void {
  const { labels: labelsPath, out } = parseLabelsArgs(process.argv.slice(2), { labels: DEFAULT_LABELS, out: DEFAULT_OUT }, fail);
  if (!existsSync(ITEMS)) fail(`../shared is absent: ${ITEMS} not found (the item texts are read in place, never copied into the project)`);
  const items = new Map(readJsonl<Item>(ITEMS, 'items').map((item) => [item.id, item]));
  const labels = checkedLabels(readJsonl<Label>(labelsPath, 'labels'), fail);
  const seen = new Set(labels.map((label) => label.id));

  const rows: OutRow[] = [];
  for (const label of labels) {
    const item = items.get(label.id);
    if (item === undefined) fail(`${label.id} is not an item of ${ITEMS}`);
    const day = item.published.slice(0, 10).replaceAll('-', '');
    if (!label.story.startsWith(`${day}-`)) fail(`${label.id}: story "${label.story}" does not start with its day ${day}`);
    const source = OUTLET[item.source];
    if (source === undefined) fail(`${label.id}: feed "${item.source}" has no outlet name (add it to OUTLET)`);
    const { id, title, summary, link, published } = item;
    rows.push({ id, lang: 'en', title, summary, link, source, published, story: label.story });
  }
  // A whole day: every item must be labelled.
  const unlabelled = [...items.keys()].filter((id) => !seen.has(id));
  if (unlabelled.length > 0) fail(`${unlabelled.length} of ${items.size} items have no label, e.g. ${unlabelled[0]!}`);

  rows.sort((a, b) => a.published.localeCompare(b.published) || a.id.localeCompare(b.id));
  writeFileSync(out, rows.map((row) => JSON.stringify(row)).join('\n') + '\n');
  const days = [...new Set(rows.map((row) => row.story.slice(0, 8)))].sort();
  for (const day of days) printDayFigures(rows.filter((row) => row.story.startsWith(day)), `${day.slice(0, 4)}-${day.slice(4, 6)}-${day.slice(6)}`);
  console.log(`wrote ${rows.length} items to ${out}`);
}

main();
