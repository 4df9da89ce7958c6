import { itemText } from '../text/dateline.ts';
import type { Lang } from '../model.ts';
import { analyzeText } from '../text/analyze.ts';
import { evidenceKeys } from '../text/evidence.ts';
import type { Lexicon } from '../text/lexicon.ts';

// What ordinary news looks like lately, from the worker's own feeds: per language, in how many
// of the items it saw each analysed key occurs. The shipped background table is the prior; this
// keeps it current (new names, a season's words) without shipping a new table:
// `makeBackground(data, recent)` blends the two.
//
// Counts decay with a half-life instead of being kept per day: one table, bounded by a key cap,
// and "the last weeks" without a bucket per day (a key seen only a month ago weighs 1/16 with a
// one-week half-life, and a count that decays below `minCount` is dropped: it ages out).

/** Document frequencies of analysed keys over what the worker saw lately (the contract with background.ts). */
export interface RecentDf {
  version: 1;
  docs: { id: number; en: number };
  df: { id: Record<string, number>; en: Record<string, number> };
}

/** The worker's table: a RecentDf whose counts are aged to `day` (whole days since 1970-01-01 UTC). */
export interface RecentDfTable extends RecentDf {
  day: number;
}

export interface RecentDfLimits {
  /** Days after which a count weighs half. */
  halfLifeDays: number;
  /** Most keys kept per language; past it the rarest go, down to `keepShare` of the cap. */
  maxKeysPerLang: number;
  keepShare: number;
  /** A decayed count below this is dropped. */
  minCount: number;
}

// A week's half-life reads "the last weeks": after four weeks a day's counts weigh 1/16. The key
// cap bounds memory and the stored row (about 1 MB per language at the cap); it is about twice
// what one week of the shared headline stream holds (3,186 headlines, 18,867 keys with their
// bigrams: tests/core/profile/recent-df.test.ts prints it). The keys pruned first are the rarest,
// which the prior already calls rare.
export const RECENT_DF_LIMITS = { halfLifeDays: 7, maxKeysPerLang: 40_000, keepShare: 0.9, minCount: 0.5 } as const satisfies RecentDfLimits;

const LANGS: readonly Lang[] = ['id', 'en'];
const DAY_MS = 86_400_000;

export function dayOf(at: Date): number {
  return Math.floor(at.getTime() / DAY_MS);
}

export function emptyRecentDf(day: number): RecentDfTable {
  return { version: 1, day, docs: { id: 0, en: 0 }, df: { id: {}, en: {} } };
}

/** One analysed item: its language and its distinct evidence keys. */
export interface RecentDocument {
  lang: Lang;
  keys: Iterable<string>;
}

/** An item as the table counts it: the keys the background and the profile use (analysed keys and their adjacent pairs). */
export function recentDocument(item: { title: string; summary: string; lang?: Lang }, lexicon: Lexicon): RecentDocument {
  // No place keys (#pati): under the key cap they would push out words profiles read; the story
  // index reads them from the shipped table alone (background.ts).
  const analysed = analyzeText(itemText(item), lexicon, item.lang);
  return { lang: analysed.lang, keys: evidenceKeys(analysed.keys) };
}

/**
 * Ages the table to `day`, counts the documents (each key once per document) and prunes past the
 * key cap. Updates `table` in place (it can be large) and returns it.
 */
export function addRecentDocuments(table: RecentDfTable, docs: Iterable<RecentDocument>, day: number, limits: RecentDfLimits = RECENT_DF_LIMITS): RecentDfTable {
  ageRecentDf(table, day, limits);
  for (const doc of docs) {
    const df = table.df[doc.lang];
    table.docs[doc.lang] += 1;
    for (const key of new Set(doc.keys)) df[key] = (df[key] ?? 0) + 1;
  }
  for (const lang of LANGS) {
    if (Object.keys(table.df[lang]).length > limits.maxKeysPerLang) table.df[lang] = keepStrongest(table.df[lang], Math.floor(limits.maxKeysPerLang * limits.keepShare));
  }
  return table;
}

/**
 * Decays every count by the days since the table's day, dropping those below `minCount`. A day
 * at or before the table's leaves it unchanged (a clock stepping back never un-ages counts).
 * Updates `table` in place and returns it.
 */
export function ageRecentDf(table: RecentDfTable, day: number, limits: RecentDfLimits = RECENT_DF_LIMITS): RecentDfTable {
  if (day <= table.day) return table;
  const factor = 0.5 ** ((day - table.day) / limits.halfLifeDays);
  for (const lang of LANGS) {
    const aged: Record<string, number> = {};
    for (const [key, count] of Object.entries(table.df[lang])) {
      const next = count * factor;
      if (next >= limits.minCount) aged[key] = next;
    }
    table.df[lang] = aged;
    table.docs[lang] *= factor;
  }
  table.day = day;
  return table;
}

function keepStrongest(df: Record<string, number>, keep: number): Record<string, number> {
  const entries = Object.entries(df).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return Object.fromEntries(entries.slice(0, keep));
}

/** Number of keys held, per language. */
export function recentDfSize(table: RecentDf): { id: number; en: number } {
  return { id: Object.keys(table.df.id).length, en: Object.keys(table.df.en).length };
}

/** A stored table, checked: anything else (absent, an older shape, damaged) gives undefined. */
export function parseRecentDf(value: unknown): RecentDfTable | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const table = value as Partial<RecentDfTable>;
  if (table.version !== 1 || typeof table.day !== 'number' || !Number.isFinite(table.day)) return undefined;
  const { docs, df } = table;
  if (typeof docs !== 'object' || docs === null || typeof df !== 'object' || df === null) return undefined;
  for (const lang of LANGS) {
    if (typeof docs[lang] !== 'number' || !Number.isFinite(docs[lang]) || docs[lang] < 0) return undefined;
    const counts = df[lang];
    if (typeof counts !== 'object' || counts === null) return undefined;
    for (const count of Object.values(counts)) if (typeof count !== 'number' || !Number.isFinite(count) || count < 0) return undefined;
  }
  return { version: 1, day: table.day, docs: { id: docs.id, en: docs.en }, df: { id: { ...df.id }, en: { ...df.en } } };
}

/** The table as stored: counts rounded to three decimals (what JSON would print anyway, shorter). */
export function serializeRecentDf(table: RecentDfTable): RecentDfTable {
  const round = (n: number) => Math.round(n * 1000) / 1000;
  const counts = (df: Record<string, number>) => Object.fromEntries(Object.entries(df).map(([k, n]) => [k, round(n)]));
  return { version: 1, day: table.day, docs: { id: round(table.docs.id), en: round(table.docs.en) }, df: { id: counts(table.df.id), en: counts(table.df.en) } };
}

