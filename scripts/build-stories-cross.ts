// Builds the cross-language story day (issue 10): every entry of the English world-news feeds of
// ../shared/eval/STORIES.md on 5 Nov 2025, beside the Indonesian development day of the same date
// (tests/fixtures/stories-id/labels.jsonl, 2025-11-05), one event's reports in both languages under
// one story id. The English texts are third-party and stay outside the project, as the Indonesian
// ones do: RAW is a transcription of `rumca-js/RSS-Link-Database-2025` at commit
// 83f3df58009863acd633cf9afb285cc8ff1187d3, folder 2025/11/2025-11-05/ (one `<feed>.jsonl` per
// `<feed>_entries.json`, one line per entry: feed, title, description, link, date_published);
// tests/fixtures/stories-cross/README.md says how it was made and labelled.
//   node --import tsx scripts/build-stories-cross.ts --raw DIR --items OUT.jsonl          # English items, unlabelled
//   node --import tsx scripts/build-stories-cross.ts --raw DIR [--labels FILE] [OUT.jsonl] # both languages, labelled
// OUT defaults to /tmp/stories-cross.jsonl; --labels to tests/fixtures/stories-cross/labels-en-20251105.jsonl
// ({id, link, story} per English item). Prints the pairs within and across the languages.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { htmlToPlainText } from '../src/core/normalize/html-to-text.ts';
import { readJsonl as readJsonlWith } from './read-jsonl.ts';
import { checkedLabels, pairs } from './story-day-lib.ts';

const DAY = '2025-11-05';
const DEFAULT_LABELS = fileURLToPath(new URL('../tests/fixtures/stories-cross/labels-en-20251105.jsonl', import.meta.url));
const BUILD_ID = fileURLToPath(new URL('./build-stories-id.ts', import.meta.url));

/** Feed file name (without `_entries.json`) -> outlet, as `source` reads in stories-dev-en.jsonl. */
const OUTLET: Readonly<Record<string, string>> = {
  'http...feeds.abcnews.com.abcnews.topstories': 'ABC News',
  'https...www.aljazeera.com.xml.rss.all.xml': 'Al Jazeera',
  'https...allafrica.com.tools.headlines.rdf.africa.headlines.rdf': 'AllAfrica',
  'https...feeds.bbci.co.uk.news.rss.xml': 'BBC News',
  'https...feeds.bbci.co.uk.news.world.africa.rss.xml': 'BBC News',
  'https...feeds.bbci.co.uk.news.world.asia.rss.xml': 'BBC News',
  'https...feeds.bbci.co.uk.news.world.europe.rss.xml': 'BBC News',
  'https...feeds.bbci.co.uk.news.world.middle_east.rss.xml': 'BBC News',
  'https...feeds.bbci.co.uk.news.world.us_and_canada.rss.xml': 'BBC News',
  'https...feeds.elpais.com.mrss-s.pages.ep.site.english.elpais.com.portada': 'EL PAÍS English',
  'https...feed.theepochtimes.com.world.feed': 'The Epoch Times',
  'https...moxie.foxnews.com.google-publisher.latest.xml': 'Fox News',
  'https...japantoday.com.feed': 'Japan Today',
  'https...www.themoscowtimes.com.rss.news': 'The Moscow Times',
  'https...feeds.nbcnews.com.nbcnews.public.world': 'NBC News',
  'https...feeds.npr.org.1001.rss.xml': 'NPR',
  'https...feeds.npr.org.1002.rss.xml': 'NPR',
  'https...rss.nytimes.com.services.xml.rss.nyt.HomePage.xml': 'The New York Times',
  'https...rss.nytimes.com.services.xml.rss.nyt.World.xml': 'The New York Times',
  'https...pakobserver.net.feed': 'Pakistan Observer',
  'https...feeds.skynews.com.feeds.rss.world.xml': 'Sky News',
  'https...feeds.washingtonpost.com.rss.world.itid.lk_inline_manual_36': 'The Washington Post',
};

type Raw = { feed: string; title: string; description: string | null; link: string; date_published: string };
type Row = { id: string; lang: 'en' | 'id'; title: string; summary: string; link?: string; source: string; published: string; story?: string };

function fail(message: string): never {
  console.error(`build-stories-cross: ${message}`);
  process.exit(1);
}

const readJsonl = <T>(path: string, what: string): T[] => readJsonlWith<T>(path, what, fail);

const ENTITY = /&(#\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);/;

/**
 * STORIES.md's text handling, by the worker's own feed-text normaliser (htmlToPlainText: tags,
 * entities, NBSP, whitespace), run again while entities are left ("&amp;quot;" is a quote), and
 * zero-width characters removed.
 */
function clean(text: string): string {
  let out = htmlToPlainText(text);
  for (let round = 0; round < 2 && ENTITY.test(out); round += 1) out = htmlToPlainText(out);
  return out.replace(/[\u200b\u200c\u200d\u2060\ufeff]/g, '').replace(/\s+/g, ' ').trim();
}

/** At most 500 characters, cut at the last sentence end. */
function cut(summary: string, limit = 500): string {
  if (summary.length <= limit) return summary;
  const head = summary.slice(0, limit);
  const ends = [...head.matchAll(/[.!?…]["”’)]?(?=\s)/g)].map((m) => m.index! + m[0].length);
  return ends.length > 0 ? head.slice(0, ends.at(-1)).trim() : head.trimEnd();
}

/** The English items: every entry of every feed file, a link once, in published order, numbered. */
function englishItems(raw: string): Row[] {
  if (!existsSync(raw)) fail(`--raw ${raw} not found`);
  const files = readdirSync(raw).filter((name) => name.endsWith('.jsonl')).sort();
  if (files.length === 0) fail(`no <feed>.jsonl files in ${raw}`);
  const seen = new Set<string>();
  const rows: Array<Omit<Row, 'id'>> = [];
  for (const file of files) {
    for (const entry of readJsonl<Raw>(join(raw, file), file)) {
      const source = OUTLET[entry.feed];
      if (source === undefined) fail(`${file}: feed "${entry.feed}" has no outlet name (add it to OUTLET)`);
      if (typeof entry.link !== 'string' || seen.has(entry.link)) continue;
      seen.add(entry.link);
      const published = new Date(entry.date_published);
      if (Number.isNaN(published.getTime())) fail(`${file}: ${entry.link}: date_published "${entry.date_published}" is not a date`);
      rows.push({ lang: 'en', title: clean(entry.title), summary: cut(clean(entry.description ?? '')), link: entry.link, source, published: published.toISOString().replace('.000Z', 'Z') });
    }
  }
  rows.sort((a, b) => a.published.localeCompare(b.published) || a.link!.localeCompare(b.link!));
  return rows.map((row, n) => ({ id: `en-x-${DAY.replaceAll('-', '')}-${String(n + 1).padStart(3, '0')}`, ...row }));
}

/** The Indonesian development day of the same date, from its own build script (labels joined with ../shared). */
function indonesianDay(): Row[] {
  const out = '/tmp/build-stories-cross-id.jsonl';
  execFileSync(process.execPath, ['--import', 'tsx', BUILD_ID, out], { stdio: ['ignore', 'ignore', 'inherit'] });
  return readJsonl<Row>(out, 'Indonesian days').filter((row) => row.story!.startsWith(DAY.replaceAll('-', '')));
}

function main(): void {
  const { values, positionals } = parseArgs({ options: { raw: { type: 'string' }, items: { type: 'string' }, labels: { type: 'string' } }, allowPositionals: true });
  if (values.raw === undefined) fail('--raw DIR is required (the transcription of the feed files)');
  const english = englishItems(values.raw);
  if (values.items !== undefined) {
    writeFileSync(values.items, english.map((row) => JSON.stringify(row)).join('\n') + '\n');
    console.log(`wrote ${english.length} English items to ${values.items}`);
    return;
  }
  const read = readJsonl<{ id: string; link: string; story: string }>(values.labels ?? DEFAULT_LABELS, 'labels');
  const labels = checkedLabels(read, fail);
  const storyOf = new Map(read.map((label) => [label.id, label]));
  for (const row of english) {
    const label = storyOf.get(row.id);
    if (label === undefined) fail(`${row.id} has no label`);
    if (label.link !== row.link) fail(`${row.id}: the label's link is not the item's (the transcription changed?)`);
    row.story = label.story;
  }
  if (labels.length !== english.length) fail(`${labels.length} labels for ${english.length} items`);
  const indonesian = indonesianDay();
  const rows = [...english, ...indonesian].sort((a, b) => a.published.localeCompare(b.published) || a.id.localeCompare(b.id));
  const out = positionals[0] ?? '/tmp/stories-cross.jsonl';
  writeFileSync(out, rows.map((row) => JSON.stringify(row)).join('\n') + '\n');
  const count = (lang?: 'en' | 'id') => {
    const sizes = new Map<string, { en: number; id: number }>();
    for (const row of rows) {
      const s = sizes.get(row.story!) ?? { en: 0, id: 0 };
      s[row.lang] += 1;
      sizes.set(row.story!, s);
    }
    let n = 0;
    for (const s of sizes.values()) n += lang === undefined ? s.en * s.id : pairs(s[lang]);
    return n;
  };
  const shared = new Set(english.map((row) => row.story)).size + new Set(indonesian.map((row) => row.story)).size - new Set(rows.map((row) => row.story)).size;
  console.log(`${DAY}: ${english.length} English and ${indonesian.length} Indonesian items; same-story pairs: English ${count('en')}, Indonesian ${count('id')}, across the languages ${count()} (${shared} stories in both)`);
  console.log(`wrote ${rows.length} items to ${out}`);
}

main();
