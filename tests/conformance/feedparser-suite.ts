// Runs newshound's parse and normalise stages over the Universal Feed Parser's test files
// (../shared/conformance/feedparser, read in place, never copied) and the real publisher feeds
// beside them, and translates each file's `Expect:` into checks on the fields newshound keeps.
// Shared by tests/conformance/feedparser.test.ts and scripts/conformance.ts.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { FeedSource, RawItem } from '../../src/core/model.ts';
import { htmlToPlainText } from '../../src/core/normalize/html-to-text.ts';
import { normalizeItems } from '../../src/core/normalize/normalize-items.ts';
import { decodeFeed, findDecoder } from '../../src/core/parse/decode-body.ts';
import { parseFeed, type ParsedFeed } from '../../src/core/parse/parse-feed.ts';
import { readExpect, type Clause, type PathStep, type PyValue } from './python-expect.ts';

export const CONFORMANCE_DIR = new URL('../../../shared/conformance/', import.meta.url).pathname;
export const FEEDPARSER_DIR = join(CONFORMANCE_DIR, 'feedparser');
export const REAL_FEEDS_DIR = join(CONFORMANCE_DIR, 'real-feeds');

/** The suite's dates are 2002-2012: a fixed "now" far after them, so none is clamped. */
const NOW = new Date('2026-01-01T00:00:00Z');

export type CheckKind = 'encoding' | 'feed title' | 'entry title' | 'entry link' | 'entry id' | 'entry summary' | 'entry content' | 'entry date';
export type CheckOutcome = 'pass' | 'fail' | 'missing' | 'wrong';

export interface FileResult {
  /** Path under the suite folder, e.g. `encoding/utf-16le.xml`. */
  file: string;
  /** `encoding`, `entities`, `illformed` or `wellformed/<sub>`. */
  category: string;
  parsed: boolean;
  error?: string;
  items: number;
  skippedItems: number;
  notes: string[];
  checks: Array<{ kind: CheckKind; outcome: CheckOutcome; detail: string }>;
  /** Clauses about fields newshound does not keep (bozo, CDF, enclosures, authors...). */
  skippedClauses: number;
  /** Text with U+FFFD, C1 controls or UTF-8-read-as-Latin-1 sequences the file does not expect. */
  mojibake: string[];
  /** Every item date: how many the file has, how many newshound read, and where it disagrees with Date.parse. */
  dates: { written: number; read: number; disagree: string[] };
}

interface SuiteFile {
  contentType?: string;
  contentLocation?: string;
  expect?: string;
}

export function listFiles(dir: string, extensions: RegExp): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...listFiles(path, extensions));
    else if (extensions.test(name)) out.push(path);
  }
  return out;
}

/** The comment feedparser's files open with: `Header:`, `Description:`, `Expect:` lines. */
function readHead(bytes: Uint8Array): SuiteFile {
  const head = Buffer.from(bytes.subarray(0, 8_192)).toString('latin1').replace(/\0/g, '');
  const comment = /<!--([\s\S]*?)-->/.exec(head)?.[1] ?? '';
  const file: SuiteFile = {};
  for (const [, name, value] of comment.matchAll(/^\s*(Header|Expect):\s*(.*)$/gm)) {
    if (name === 'Expect') file.expect = value!.trim();
    const header = name === 'Header' ? /^([\w-]+):\s*(.*)$/.exec(value!.trim()) : null;
    if (header?.[1]?.toLowerCase() === 'content-type') file.contentType = header[2];
    if (header?.[1]?.toLowerCase() === 'content-location') file.contentLocation = header[2];
  }
  return file;
}

export async function runFile(path: string, root: string): Promise<FileResult> {
  const file = relative(root, path);
  const parts = file.split('/');
  const category = parts[0] === 'wellformed' || parts[0] === 'illformed' ? `${parts[0]}/${parts.length > 2 ? parts[1] : '.'}` : parts[0]!;
  const bytes = readFileSync(path);
  const head = readHead(bytes);
  const result: FileResult = { file, category, parsed: false, items: 0, skippedItems: 0, notes: [], checks: [], skippedClauses: 0, mojibake: [], dates: { written: 0, read: 0, disagree: [] } };
  let feed: ParsedFeed;
  try {
    feed = await parseFeed(bytes, head.contentType, file);
    result.parsed = true;
  } catch (error) {
    result.error = error instanceof Error ? error.message : String(error);
    // Checked as a feed with nothing in it: a file not parsed fails what it expects.
    feed = { items: [], skippedItems: 0, notes: [] };
  }
  result.items = feed.items.length;
  result.skippedItems = feed.skippedItems;
  result.notes = [...((feed as { notes?: string[] }).notes ?? [])];
  const clauses = head.expect ? readExpect(head.expect) : [];
  const expectedText = clauses.flatMap((c) => (c.kind === 'compare' ? strings(c.value) : [])).join('\n');
  const source: FeedSource = { id: 'conformance', url: head.contentLocation ?? 'http://conformance.example/feed.xml', name: file };
  result.dates = checkDates(feed, source);
  for (const clause of clauses) {
    const check = evaluate(clause, feed, source) ?? checkEncoding(clause, bytes, head.contentType);
    if (check) result.checks.push(check);
    else result.skippedClauses += 1;
  }
  const texts = [feed.title, ...feed.items.flatMap((i) => [i.title, i.summaryHtml, i.contentHtml])].filter((t): t is string => !!t).map(plain);
  for (const text of texts) {
    if (hasMojibake(text, expectedText)) result.mojibake.push(text.slice(0, 120));
  }
  // Read in the wrong charset: garbled whenever there is more than ASCII, whatever the regex sees.
  const misread = result.checks.some((c) => c.kind === 'encoding' && c.outcome !== 'pass');
  const garbled = misread ? texts.find((t) => /[^\x00-\x7f]/.test(t)) : undefined;
  if (garbled && !result.mojibake.length) result.mojibake.push(garbled.slice(0, 120));
  return result;
}

/**
 * `encoding == 'big5'`: the charset newshound read the bytes in, compared by the WHATWG name of
 * feedparser's label. feedparser follows RFC 3023 (text/xml without a charset is us-ascii);
 * newshound RFC 7303, which replaced it (the BOM or the XML declaration, else UTF-8).
 */
function checkEncoding(clause: Clause, bytes: Uint8Array, contentType: string | undefined): FileResult['checks'][number] | undefined {
  if (clause.kind !== 'compare' || clause.op !== '==' || clause.path.join('.') !== 'encoding' || typeof clause.value !== 'string') return undefined;
  const got = decodeFeed(bytes, contentType).encoding;
  const want = findDecoder(clause.value)?.name ?? clause.value.toLowerCase();
  // WHATWG's gbk decoder is its gb18030 decoder; feedparser reports GB2312 as gb18030.
  const alias = (name: string) => name.replace(/[-_]/g, '').replace(/^gb18030$/, 'gbk');
  const same = alias(got) === alias(want);
  return { kind: 'encoding', outcome: same ? 'pass' : 'fail', detail: `${got} vs ${want} (${clause.value})` };
}

function strings(value: PyValue): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

// U+FFFD (undecodable), C1 controls (windows-1252 read as Latin-1), and UTF-8 multi-byte
// sequences read as windows-1252 ("Ã©", "â€™").
const MOJIBAKE = /\uFFFD|[\u0080-\u009F]|[\u00C2\u00C3][\u00A0-\u00BF\u2018-\u201E\u2026\u20AC\u2122]|\u00E2\u20AC/;

function hasMojibake(text: string, expected: string): boolean {
  const found = MOJIBAKE.exec(text);
  return found !== null && !expected.includes(found[0]);
}

const ENTRY_DATES = new Set(['published_parsed', 'updated_parsed', 'created_parsed', 'issued_parsed', 'modified_parsed']);

function evaluate(clause: Clause, feed: ParsedFeed, source: FeedSource): FileResult['checks'][number] | undefined {
  if (clause.kind !== 'compare' || clause.op !== '==') return undefined;
  const path = clause.path.map((step) => (typeof step === 'string' ? step : step)) as PathStep[];
  if (path[0] === 'feed' && path.length === 2 && path[1] === 'title' && typeof clause.value === 'string') {
    return compareText('feed title', feed.title, clause.value);
  }
  if (path[0] !== 'entries' || typeof path[1] !== 'number') return undefined;
  const raw = feed.items[path[1]];
  const field = path.slice(2).join('.');
  const expected = clause.value;
  if (ENTRY_DATES.has(field) && Array.isArray(expected)) return compareDate(raw, source, expected);
  if (typeof expected !== 'string') return undefined;
  switch (field) {
    case 'title':
    case 'title_detail.value':
      return compareText('entry title', raw?.title, expected);
    case 'summary':
    case 'description':
    case 'summary_detail.value':
      return compareText('entry summary', raw?.summaryHtml ?? raw?.contentHtml, expected);
    case 'content.0.value':
      return compareText('entry content', raw?.contentHtml ?? raw?.summaryHtml, expected);
    case 'link':
      return compareUrl('entry link', raw?.link, expected, source);
    case 'id':
      return { kind: 'entry id', outcome: raw?.guid === expected ? 'pass' : 'fail', detail: `${JSON.stringify(raw?.guid)} vs ${JSON.stringify(expected)}` };
    default:
      return undefined;
  }
}

const plain = (html: string) => htmlToPlainText(html);

function compareText(kind: CheckKind, ours: string | undefined, expected: string): FileResult['checks'][number] {
  const got = plain(ours ?? '');
  const want = plain(expected);
  // feedparser gives a text construct of type "text" as the text itself ("History of the <blink>
  // tag"), one of type "html" as HTML: the expectation is read both ways.
  const literal = expected.replace(/\s+/g, ' ').trim();
  const outcome = got === want || got === literal || (want !== '' && got.includes(want)) ? 'pass' : 'fail';
  return { kind, outcome, detail: `${JSON.stringify(got.slice(0, 80))} vs ${JSON.stringify(want.slice(0, 80))}` };
}

function compareUrl(kind: CheckKind, ours: string | undefined, expected: string, source: FeedSource): FileResult['checks'][number] {
  let resolved: string | undefined;
  try {
    resolved = ours === undefined ? undefined : new URL(ours, source.url).href;
  } catch {
    resolved = ours;
  }
  let want = expected;
  try {
    want = new URL(expected).href;
  } catch {
    // compared as written
  }
  return { kind, outcome: resolved === want ? 'pass' : 'fail', detail: `${JSON.stringify(resolved)} vs ${JSON.stringify(want)}` };
}

// A date with an explicit zone that V8's Date.parse also reads (RFC 822 with a zone, RFC 3339):
// an independent second reading, so a date newshound gets wrong shows even without an Expect.
const EXPLICIT_ZONE = /(?:[+-]\d{2}:?\d{2}|\bGMT|\bUTC?|Z)$/;

function checkDates(feed: ParsedFeed, source: FeedSource): FileResult['dates'] {
  const dates: FileResult['dates'] = { written: 0, read: 0, disagree: [] };
  for (const raw of feed.items) {
    if (!raw.published) continue;
    dates.written += 1;
    const ours = normalizeItems({ items: [{ ...raw, title: raw.title ?? 'untitled' }] }, source, NOW)[0]?.published;
    if (ours) dates.read += 1;
    const oracle = EXPLICIT_ZONE.test(raw.published.trim()) ? Date.parse(raw.published) : Number.NaN;
    if (ours && !Number.isNaN(oracle) && oracle <= NOW.getTime() && ours !== new Date(oracle).toISOString()) {
      dates.disagree.push(`${JSON.stringify(raw.published)}: ${ours} vs Date.parse ${new Date(oracle).toISOString()}`);
    }
  }
  return dates;
}

/** feedparser's time tuple (UTC) against the date normalizeItems gives the item. */
function compareDate(raw: RawItem | undefined, source: FeedSource, tuple: PyValue[]): FileResult['checks'][number] {
  const [year, month, day, hour, minute, second] = tuple as number[];
  const want = new Date(Date.UTC(year!, month! - 1, day!, hour!, minute!, second!)).toISOString();
  const got = raw ? normalizeItems({ items: [{ ...raw, title: raw.title ?? 'untitled' }] }, source, NOW)[0]?.published : undefined;
  const outcome: CheckOutcome = got === undefined ? 'missing' : got === want ? 'pass' : 'wrong';
  return { kind: 'entry date', outcome, detail: `${got} vs ${want} (raw ${JSON.stringify(raw?.published)})` };
}

export interface RealFeedResult {
  file: string;
  parsed: boolean;
  error?: string;
  items: number;
  mojibake: string[];
  dates?: FileResult['dates'];
}

export async function runRealFeed(path: string): Promise<RealFeedResult> {
  const file = relative(REAL_FEEDS_DIR, path);
  try {
    const feed = await parseFeed(readFileSync(path), undefined, file);
    const mojibake = [feed.title, ...feed.items.flatMap((i) => [i.title, i.summaryHtml])].filter((t): t is string => !!t && hasMojibake(plain(t), ''));
    const source: FeedSource = { id: 'real', url: 'http://conformance.example/feed.xml', name: file };
    return { file, parsed: true, items: feed.items.length, mojibake: mojibake.map((t) => t.slice(0, 120)), dates: checkDates(feed, source) };
  } catch (error) {
    return { file, parsed: false, error: error instanceof Error ? error.message : String(error), items: 0, mojibake: [] };
  }
}

export interface Figures {
  files: number;
  parsed: number;
  byCategory: Map<string, { files: number; parsed: number; checked: number; passed: number }>;
  byCheck: Map<CheckKind, Record<CheckOutcome, number>>;
  skippedClauses: number;
  mojibakeFiles: string[];
  wrongDates: string[];
  itemDates: { written: number; read: number; disagree: string[] };
  realFeeds: { files: number; parsed: number; mojibakeFiles: string[] };
}

export function summarize(results: FileResult[], real: RealFeedResult[]): Figures {
  const byCategory: Figures['byCategory'] = new Map();
  const byCheck: Figures['byCheck'] = new Map();
  for (const r of results) {
    const category = byCategory.get(r.category) ?? { files: 0, parsed: 0, checked: 0, passed: 0 };
    category.files += 1;
    if (r.parsed) category.parsed += 1;
    if (r.checks.length) {
      category.checked += 1;
      if (r.checks.every((c) => c.outcome === 'pass')) category.passed += 1;
    }
    byCategory.set(r.category, category);
    for (const check of r.checks) {
      const counts = byCheck.get(check.kind) ?? { pass: 0, fail: 0, missing: 0, wrong: 0 };
      counts[check.outcome] += 1;
      byCheck.set(check.kind, counts);
    }
  }
  return {
    files: results.length,
    parsed: results.filter((r) => r.parsed).length,
    byCategory,
    byCheck,
    skippedClauses: results.reduce((n, r) => n + r.skippedClauses, 0),
    mojibakeFiles: results.filter((r) => r.mojibake.length).map((r) => r.file),
    wrongDates: results.flatMap((r) => r.checks.filter((c) => c.outcome === 'wrong').map((c) => `${r.file}: ${c.detail}`)),
    itemDates: {
      written: [...results, ...real].reduce((n, r) => n + (r.dates?.written ?? 0), 0),
      read: [...results, ...real].reduce((n, r) => n + (r.dates?.read ?? 0), 0),
      disagree: [...results, ...real].flatMap((r) => (r.dates?.disagree ?? []).map((d) => `${r.file}: ${d}`)),
    },
    realFeeds: { files: real.length, parsed: real.filter((r) => r.parsed).length, mojibakeFiles: real.filter((r) => r.mojibake.length).map((r) => r.file) },
  };
}

export function formatFigures(f: Figures): string {
  const lines = [`feedparser suite: parsed ${f.parsed} of ${f.files} files`, '', 'category               files parsed  checks passed/checked'];
  for (const [name, c] of [...f.byCategory].sort(([a], [b]) => a.localeCompare(b))) {
    lines.push(`${name.padEnd(22)} ${String(c.files).padStart(5)} ${String(c.parsed).padStart(6)}  ${String(c.passed).padStart(6)}/${c.checked}`);
  }
  lines.push('', 'check            pass  fail missing wrong');
  for (const [kind, c] of [...f.byCheck].sort(([a], [b]) => a.localeCompare(b))) {
    lines.push(`${kind.padEnd(15)} ${String(c.pass).padStart(5)} ${String(c.fail).padStart(5)} ${String(c.missing).padStart(7)} ${String(c.wrong).padStart(5)}`);
  }
  lines.push(
    `clauses skipped (fields newshound does not keep, bozo, calls): ${f.skippedClauses}`,
    `files with mojibake: ${f.mojibakeFiles.length}${f.mojibakeFiles.length ? ` (${f.mojibakeFiles.join(', ')})` : ''}`,
    `entry dates wrong: ${f.wrongDates.length}`,
    ...f.wrongDates.map((d) => `  ${d}`),
    `item dates (suite and real feeds) read: ${f.itemDates.read} of ${f.itemDates.written}; differing from Date.parse (explicit zone): ${f.itemDates.disagree.length}`,
    ...f.itemDates.disagree.map((d) => `  ${d}`),
    `real feeds: parsed ${f.realFeeds.parsed} of ${f.realFeeds.files}, mojibake in ${f.realFeeds.mojibakeFiles.length}${f.realFeeds.mojibakeFiles.length ? ` (${f.realFeeds.mojibakeFiles.join(', ')})` : ''}`,
  );
  return lines.join('\n');
}

export async function runSuite(): Promise<{ results: FileResult[]; real: RealFeedResult[] }> {
  const results: FileResult[] = [];
  for (const path of listFiles(FEEDPARSER_DIR, /\.xml$/)) results.push(await runFile(path, FEEDPARSER_DIR));
  const real: RealFeedResult[] = [];
  for (const path of listFiles(REAL_FEEDS_DIR, /\.(?:xml|rss|atom)$/)) real.push(await runRealFeed(path));
  return { results, real };
}
