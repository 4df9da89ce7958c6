import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../../src/adapters/lexicon-files.ts';
import {
  addRecentDocuments,
  ageRecentDf,
  emptyRecentDf,
  parseRecentDf,
  RECENT_DF_LIMITS,
  recentDfSize,
  serializeRecentDf,
  type RecentDfLimits,
} from '../../../src/core/profile/recent-df.ts';
import { analyzeText } from '../../../src/core/text/analyze.ts';
import { evidenceKeys } from '../../../src/core/text/evidence.ts';
import { hasSharedEval, sayWhySkipped, STREAM_SET } from '../../helpers/shared-data.ts';

const doc = (lang: 'id' | 'en', ...keys: string[]) => ({ lang, keys });
const limits: RecentDfLimits = { halfLifeDays: 7, maxKeysPerLang: 100, keepShare: 0.9, minCount: 0.5 };

describe('recent document frequencies', () => {
  it('counts each key once per document, per language', () => {
    const table = addRecentDocuments(emptyRecentDf(100), [doc('id', 'banjir', 'banjir', 'aceh'), doc('id', 'banjir'), doc('en', 'tariff')], 100, limits);
    expect(table.docs).toEqual({ id: 2, en: 1 });
    expect(table.df.id).toEqual({ banjir: 2, aceh: 1 });
    expect(table.df.en).toEqual({ tariff: 1 });
  });

  it('stays bounded: past the cap the rarest keys go, the common ones stay', () => {
    const table = emptyRecentDf(0);
    for (let day = 0; day < 3; day += 1) {
      const docs = Array.from({ length: 500 }, (_, i) => doc('id', 'common', `rare-${day}-${i}`, `mid-${i % 20}`));
      addRecentDocuments(table, docs, day, limits);
      expect(recentDfSize(table).id).toBeLessThanOrEqual(limits.maxKeysPerLang);
    }
    expect(table.df.id.common).toBeGreaterThan(1_000);
    for (let i = 0; i < 20; i += 1) expect(table.df.id[`mid-${i}`]).toBeGreaterThan(0);
  });

  it('ages out: a count halves every half-life and is dropped once below the minimum', () => {
    const table = addRecentDocuments(emptyRecentDf(10), [...Array.from({ length: 8 }, () => doc('id', 'lama')), doc('id', 'sekali')], 10, limits);
    ageRecentDf(table, 17, limits);
    expect(table.df.id.lama).toBeCloseTo(4);
    expect(table.docs.id).toBeCloseTo(4.5);
    expect(table.df.id.sekali).toBeCloseTo(0.5);
    ageRecentDf(table, 18, limits);
    expect(table.df.id.sekali).toBeUndefined();
    ageRecentDf(table, 10 + 7 * 5, limits);
    expect(table.df.id.lama).toBeUndefined();
    // A clock stepping back never un-ages the counts.
    ageRecentDf(table, 12, limits);
    expect(table.day).toBe(45);
  });

  it('round-trips through JSON and refuses a damaged table', () => {
    const table = addRecentDocuments(emptyRecentDf(3), [doc('en', 'tariff', 'canada')], 3, limits);
    expect(parseRecentDf(JSON.parse(JSON.stringify(serializeRecentDf(table))))).toEqual(table);
    expect(parseRecentDf(undefined)).toBeUndefined();
    expect(parseRecentDf({ version: 2 })).toBeUndefined();
    expect(parseRecentDf({ ...table, df: { id: { x: 'many' }, en: {} } })).toBeUndefined();
  });
});

describe.skipIf(!hasSharedEval)('recent table size on a week of the shared headline stream', () => {
  it(`a week of headlines fits under the cap of ${RECENT_DF_LIMITS.maxKeysPerLang} keys`, async () => {
    const lexicon = loadLexicon();
    const table = emptyRecentDf(0);
    let first: number | undefined;
    const lines = createInterface({ input: createReadStream(STREAM_SET) });
    let items = 0;
    const docs: Array<{ lang: 'id'; keys: Set<string> }> = [];
    for await (const line of lines) {
      const item = JSON.parse(line) as { title: string; summary: string; published: string };
      const day = Math.floor(Date.parse(item.published.replace(' WIB', '+07:00').replace(' ', 'T')) / 86_400_000);
      if (!Number.isFinite(day)) continue;
      first ??= day;
      if (Math.abs(day - first) >= 7) break;
      items += 1;
      docs.push({ lang: 'id', keys: evidenceKeys(analyzeText(`${item.title}\n${item.summary}`, lexicon, 'id').keys) });
    }
    lines.close();
    addRecentDocuments(table, docs, table.day);
    const size = recentDfSize(table);
    console.info(`recent-df: ${items} headlines of one week hold ${size.id} keys (cap ${RECENT_DF_LIMITS.maxKeysPerLang})`);
    expect(items).toBeGreaterThan(100);
    expect(size.id).toBeLessThanOrEqual(RECENT_DF_LIMITS.maxKeysPerLang);
  });
});
sayWhySkipped('the recent-table size check on the headline stream');
