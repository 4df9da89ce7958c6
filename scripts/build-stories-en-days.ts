// Builds more English story development days (issue 10) from whole days of the same 22 feeds as
// ../shared/eval/stories-dev-en.jsonl, transcribed from the daily dumps of the GitHub repositories
// rumca-js/RSS-Link-Database-2024 and -2025. The texts are third-party and stay outside the project
// (as ../shared's do): RAW holds one folder per day, <YYYY-MM-DD>/<nn>_<feed>.md, each the dump file
// `<YYYY>/<MM>/<YYYY-MM-DD>/<feed>_entries.md` copied verbatim under a header line
// `#FEED <repo>|<path>|<commit>` (tests/fixtures/stories-en/README.md: which feeds, how to get them).
// The labels (ids and story ids only) are kept in tests/fixtures/stories-en/dev-labels.jsonl.
//   node --import tsx scripts/build-stories-en-days.ts --raw RAW [--labels FILE] [--tsv] OUT
// Without --labels it writes every item of every day in RAW without a story (with --tsv: id, source,
// title and summary a line, what an annotator reads); with --labels, the labelled days only, each
// item with its story, failing (saying why) on an unlabelled item, an unknown id, an id labelled
// twice or a story id that does not start with its day, and prints each day's figures.
// Cleaning as ../shared/eval/topics/tools/en_day.py cleans the 12 Feb 2025 day, with the feed
// pipeline's HTML-to-text: entities decoded (twice where "&amp;" is present), tags stripped, NBSP to space, zero-width characters
// removed, whitespace collapsed; a description "None" is ""; summaries over 500 characters cut at
// the last sentence end before 500; an entry whose link repeats an earlier one of the day dropped;
// ids en-day-YYYYMMDD-nnn in published order (ties in file order).
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { htmlToPlainText } from '../src/core/normalize/html-to-text.ts';
import { readJsonl } from './read-jsonl.ts';
import { checkedLabels, printDayFigures } from './story-day-lib.ts';

/** The 22 feeds by the number the raw files start with, and the outlet `source` names as stories-dev-en.jsonl does. */
export const FEED_OUTLETS: Readonly<Record<string, string>> = {
  '01': 'ABC News',
  '02': 'Al Jazeera',
  '03': 'AllAfrica',
  '04': 'BBC News',
  '05': 'The New York Times',
  '06': 'The New York Times',
  '07': 'Japan Today',
  '08': 'The Washington Post',
  '09': 'The Epoch Times',
  '10': 'Fox News',
  '11': 'The Moscow Times',
  '12': 'NBC News',
  '13': 'NPR',
  '14': 'NPR',
  '15': 'Pakistan Observer',
  '16': 'EL PAÍS English',
  '17': 'Sky News',
  '18': 'BBC News',
  '19': 'BBC News',
  '20': 'BBC News',
  '21': 'BBC News',
  '22': 'BBC News',
};

export interface EnglishDayItem {
  id: string;
  lang: 'en';
  title: string;
  summary: string;
  link: string;
  source: string;
  published: string;
  story?: string;
}

const DAY_DIR = /^\d{4}-\d\d-\d\d$/;
const RAW_FILE = /^(\d\d)_[a-z0-9]+\.md$/;
const ZERO_WIDTH = /[\u200b\u200c\u200d\u2060\ufeff]/g;

// The feed pipeline's own HTML-to-text (entities decoded, tags dropped), so the items read as the
// worker reads a feed's summaries; twice where the dump escaped an entity again ("&amp;quot;").
function clean(text: string): string {
  const once = htmlToPlainText(text);
  const decoded = text.includes('&amp;') ? htmlToPlainText(once) : once;
  return decoded.replaceAll('\u00a0', ' ').replace(ZERO_WIDTH, '').replace(/\s+/g, ' ').trim();
}

function cut(summary: string, limit = 500): string {
  if (summary.length <= limit) return summary;
  const head = summary.slice(0, limit);
  const ends = [...head.matchAll(/[.!?…]["”’)]?(?=\s)/g)].map((m) => m.index + m[0].length);
  return ends.length > 0 ? head.slice(0, ends.at(-1)).trim() : head.trimEnd();
}

/** A feed's date as stories-dev-en.jsonl writes it: UTC to the second ("2024-10-16T14:39:40+00:00"). */
function utcSeconds(published: string, file: string, line: number): string {
  const time = new Date(published);
  if (Number.isNaN(time.getTime())) throw new Error(`${file} line ${line}: "${published}" is no date`);
  return `${time.toISOString().slice(0, 19)}+00:00`;
}

/** One dump file's entries: "## title", " - [link](link)", " - RSS feed: ...", " - date published: ...", then the description. */
export function parseDumpFile(text: string, file: string): Array<Omit<EnglishDayItem, 'id' | 'lang' | 'source'>> {
  const lines = text.split('\n');
  if (!lines[0]!.startsWith('#FEED ')) throw new Error(`${file}: the first line is not "#FEED <repo>|<path>|<commit>"`);
  const entries: Array<Omit<EnglishDayItem, 'id' | 'lang' | 'source'>> = [];
  let i = 1;
  while (i < lines.length) {
    if (!lines[i]!.startsWith('## ')) {
      i += 1;
      continue;
    }
    const title = lines[i]!.slice(3);
    let link: string | undefined;
    let published: string | undefined;
    let j = i + 1;
    // Some dumps leave a blank line between the title and its links.
    while (j < lines.length && lines[j]!.trim() === '') j += 1;
    for (; j < lines.length && lines[j]!.startsWith(' - '); j += 1) {
      const meta = lines[j]!.slice(3);
      const linked = /^\[([^\]]*)\]/.exec(meta);
      if (linked !== null && link === undefined) link = linked[1]!.trim();
      if (meta.startsWith('date published:')) published = meta.slice('date published:'.length).trim();
    }
    const description: string[] = [];
    for (; j < lines.length && !lines[j]!.startsWith('## '); j += 1) description.push(lines[j]!);
    if (link === undefined || published === undefined) throw new Error(`${file} line ${i + 1}: an entry without a link or a date published`);
    const raw = description.join('\n').trim();
    entries.push({ title: clean(title), summary: raw === 'None' ? '' : cut(clean(raw)), link, published: utcSeconds(published, file, i + 1) });
    i = j;
  }
  return entries;
}

/** Every item of one day folder, numbered as en_day.py numbers them. */
export function readRawDay(dir: string, day: string): EnglishDayItem[] {
  const files = readdirSync(dir).filter((name) => RAW_FILE.test(name)).sort();
  if (files.length === 0) throw new Error(`${dir}: no <nn>_<feed>.md files`);
  const seen = new Set<string>();
  const entries: Array<Omit<EnglishDayItem, 'id' | 'lang'>> = [];
  for (const file of files) {
    const source = FEED_OUTLETS[RAW_FILE.exec(file)![1]!];
    if (source === undefined) throw new Error(`${file}: no feed of the 22 has this number`);
    for (const entry of parseDumpFile(readFileSync(join(dir, file), 'utf8'), file)) {
      if (seen.has(entry.link)) continue;
      seen.add(entry.link);
      entries.push({ ...entry, source });
    }
  }
  const order = entries.map((entry, index) => ({ entry, index })).sort((a, b) => a.entry.published.localeCompare(b.entry.published) || a.index - b.index);
  const compact = day.replaceAll('-', '');
  return order.map(({ entry }, n) => ({ id: `en-day-${compact}-${String(n + 1).padStart(3, '0')}`, lang: 'en', ...entry }));
}

/** Every day folder of RAW (or only `only`), in day order. */
export function readRawDays(raw: string, only?: ReadonlySet<string>): Map<string, EnglishDayItem[]> {
  if (!existsSync(raw)) throw new Error(`${raw} not found (the transcribed feeds stay outside the project)`);
  const days = readdirSync(raw).filter((name) => DAY_DIR.test(name) && (only === undefined || only.has(name))).sort();
  if (days.length === 0) throw new Error(`${raw}: no <YYYY-MM-DD> folders${only === undefined ? '' : ` of ${[...only].join(', ')}`}`);
  return new Map(days.map((day) => [day, readRawDay(join(raw, day), day)]));
}

/** The labelled days' items with their stories; every item of a labelled day must be labelled. */
export function labelledDays(raw: string, labels: ReadonlyArray<{ id: string; story: string }>): Array<EnglishDayItem & { story: string }> {
  const checked = checkedLabels(labels, (message) => {
    throw new Error(message);
  });
  // The days the labels name, read alone: a folder of other (held-out or unlabelled) days is not parsed.
  const dayOf = (id: string) => {
    const compact = id.slice('en-day-'.length, 'en-day-'.length + 8);
    return { compact, day: `${compact.slice(0, 4)}-${compact.slice(4, 6)}-${compact.slice(6)}` };
  };
  const days = readRawDays(raw, new Set(checked.map((label) => dayOf(label.id).day)));
  const byId = new Map<string, EnglishDayItem>();
  for (const items of days.values()) for (const item of items) byId.set(item.id, item);
  const labelled = new Map(checked.map((label) => [label.id, label.story]));
  for (const [id, story] of labelled) {
    if (!byId.has(id)) throw new Error(`${id} is not an item of ${raw}`);
    const { compact } = dayOf(id);
    if (!story.startsWith(`${compact}-`)) throw new Error(`${id}: story "${story}" does not start with its day ${compact}`);
  }
  return [...days].flatMap(([day, items]) =>
    items.map((item) => {
      const story = labelled.get(item.id);
      if (story === undefined) throw new Error(`${item.id} (${day}) has no label: a day is labelled whole`);
      return { ...item, story };
    }),
  );
}

function main(args: string[]): number {
  const usage = 'usage: build-stories-en-days.ts --raw DIR [--labels FILE | --tsv] OUT';
  let parsed;
  try {
    parsed = parseArgs({ args, allowPositionals: true, options: { raw: { type: 'string' }, labels: { type: 'string' }, tsv: { type: 'boolean' } } });
  } catch (error) {
    console.error(`build-stories-en-days: ${(error as Error).message}\n${usage}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const { raw, labels, tsv } = values;
  if (raw === undefined || positionals.length !== 1 || (labels !== undefined && tsv === true)) {
    console.error(usage);
    return 2;
  }
  const out = positionals[0]!;
  try {
    if (labels === undefined) {
      const items = [...readRawDays(raw).values()].flat();
      const text = tsv === true ? items.map((item) => [item.id, item.source, item.title, item.summary].map((f) => f.replaceAll('\t', ' ')).join('\t')).join('\n') + '\n' : items.map((item) => JSON.stringify(item)).join('\n') + '\n';
      writeFileSync(out, text);
      console.log(`wrote ${items.length} unlabelled items to ${out}`);
      return 0;
    }
    const rows = labelledDays(raw, readJsonl<{ id: string; story: string }>(labels, 'labels', (message) => {
      throw new Error(message);
    }));
    writeFileSync(out, rows.map((row) => JSON.stringify(row)).join('\n') + '\n');
    const days = [...new Set(rows.map((row) => row.story.slice(0, 8)))].sort();
    for (const day of days) printDayFigures(rows.filter((row) => row.story.startsWith(day)), `${day.slice(0, 4)}-${day.slice(4, 6)}-${day.slice(6)}`);
    console.log(`wrote ${rows.length} items to ${out}`);
    return 0;
  } catch (error) {
    console.error(`build-stories-en-days: ${(error as Error).message}`);
    return 1;
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) process.exitCode = main(process.argv.slice(2));
