import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openStateStore } from '../../src/adapters/keyv-store.ts';
import { loadBackground, loadLexicon, readBackgroundData } from '../../src/adapters/lexicon-files.ts';
import { MemoryStore } from '../../src/adapters/memory-store.ts';
import { DEFAULT_SEEDS_DIR, DEFAULT_TUNING_FILE } from '../../src/adapters/project-paths.ts';
import type { Config } from '../../src/config/schema.ts';
import { CycleSourceResolver } from '../../src/control/cycle-sources.ts';
import type { FeedItem } from '../../src/core/model.ts';
import { makeBackground, PRIOR_WEIGHT_DOCS } from '../../src/core/profile/background.ts';
import { parseRecentDf, recentDocument } from '../../src/core/profile/recent-df.ts';
import { analyzeText } from '../../src/core/text/analyze.ts';
import { MAX_RECENT_HEADLINES, noteRecentItems, RECENT_DF_KEY, RECENT_DF_SAVE_EVERY_MS, RECENT_HEADLINES_KEY, recentDfBook } from '../../src/pipeline/recent-items.ts';
import { serveFeed } from '../helpers/feed-server.ts';
import { entry, rss } from '../pipeline/cycle-feeds.ts';
import { createHarness, T0 } from '../pipeline/cycle-harness.ts';

// The worker keeps "ordinary news" current from its own feeds: the cycle counts the items new
// to every feed, the table is saved in the state store, and topics the worker (re)learns are
// learned on the shipped table blended with it.

const lexicon = loadLexicon();
const dir = mkdtempSync(join(tmpdir(), 'newshound-recent-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const at = (day: number, minute = 0) => new Date(Date.UTC(2026, 10, 1 + day, 3, minute));
const item = (key: string, title: string, lang: 'id' | 'en' = 'id'): FeedItem => ({ id: key, key, feedId: 'f', title, summary: '', lang });
const config = { feeds: [], topics: [{ name: 'default', seeds: DEFAULT_SEEDS_DIR, tuning: DEFAULT_TUNING_FILE }] } as unknown as Config;

describe('the cycle step counting recent items', () => {
  it('counts only items no feed held before, and survives a restart on real SQLite', async () => {
    const url = `sqlite://${join(dir, 'state.sqlite')}`;
    const first = await openStateStore(url);
    const items = [item('a', 'Banjir bandang landa Aceh Tamiang'), item('b', 'Harga BBM naik lagi'), item('c', 'Tariffs on Canada take effect', 'en')];
    await noteRecentItems(first, lexicon, items, new Set(['b']), at(0));
    // The same items at the next poll are known by then: not counted twice.
    await noteRecentItems(first, lexicon, items, new Set(['a', 'b', 'c']), at(0, 5));
    const counted = await recentDfBook(first).table();
    expect(counted.docs).toEqual({ id: 1, en: 1 });
    const banjir = [...recentDocument(items[0]!, lexicon).keys][0]!;
    expect(counted.df.id[banjir]).toBe(1);
    await first.close();

    const second = await openStateStore(url);
    const restored = await recentDfBook(second).table();
    expect(restored.docs).toEqual({ id: 1, en: 1 });
    expect(restored.df.id[banjir]).toBe(1);
    await second.close();
  });

  it('saves at most every few minutes (and on a new day), so a busy cycle does not rewrite the table per feed', async () => {
    const store = new MemoryStore();
    await noteRecentItems(store, lexicon, [item('a', 'Banjir di Medan')], new Set(), at(0));
    expect(parseRecentDf(await store.get(RECENT_DF_KEY))?.docs.id).toBe(1);
    await noteRecentItems(store, lexicon, [item('b', 'Banjir di Padang')], new Set(), at(0, 1));
    expect(parseRecentDf(await store.get(RECENT_DF_KEY))?.docs.id).toBe(1);
    await noteRecentItems(store, lexicon, [item('c', 'Banjir di Aceh')], new Set(), new Date(at(0).getTime() + RECENT_DF_SAVE_EVERY_MS));
    expect(parseRecentDf(await store.get(RECENT_DF_KEY))?.docs.id).toBe(3);
  });

  it('keeps the newest headlines themselves, bounded, and saves them with the table', async () => {
    const store = new MemoryStore();
    const many = Array.from({ length: MAX_RECENT_HEADLINES + 5 }, (_, i) => item(`h${i}`, `Berita nomor ${i}`));
    await noteRecentItems(store, lexicon, many, new Set(), at(0));
    const kept = await recentDfBook(store).headlines();
    expect(kept).toHaveLength(MAX_RECENT_HEADLINES);
    expect(kept[0]!.title).toBe('Berita nomor 5');
    expect(kept.at(-1)!.title).toBe(`Berita nomor ${MAX_RECENT_HEADLINES + 4}`);
    const stored = (await store.get<{ items: unknown[] }>(RECENT_HEADLINES_KEY))!;
    expect(stored.items).toHaveLength(MAX_RECENT_HEADLINES);
    // A new store reads them back; an unreadable row is none, not an error.
    const other = new MemoryStore();
    await other.set(RECENT_HEADLINES_KEY, { version: 1, items: [{ title: 'Banjir di Aceh', summary: '' }, { nonsense: true }] });
    expect((await recentDfBook(other).headlines()).map((h) => h.title)).toEqual(['Banjir di Aceh']);
    const broken = new MemoryStore();
    await broken.set(RECENT_HEADLINES_KEY, 'garbage');
    expect(await recentDfBook(broken).headlines()).toEqual([]);
  });

  it('a store that fails is logged, never stops the cycle', async () => {
    const store = new MemoryStore();
    await store.close();
    const warnings: string[] = [];
    const logger = { debug() {}, info() {}, error() {}, warn: (_: Record<string, unknown>, message: string) => void warnings.push(message) };
    await expect(noteRecentItems(store, lexicon, [item('a', 'Banjir')], new Set(), at(0), logger)).resolves.toBeUndefined();
    expect(warnings).toEqual(['recent background table not updated']);
  });
});

describe('the cycle counts what it polls', () => {
  it('a cycle counts each feed\'s new items once, however often they are polled and in how many feeds', async () => {
    const h = await createHarness();
    try {
      const articles = [
        { title: 'Banjir bandang melanda Aceh Tamiang', summary: 'Ribuan warga mengungsi.', slug: 'a' },
        { title: 'Harga BBM nonsubsidi turun', summary: 'Pertamina menurunkan harga Pertamax.', slug: 'b' },
      ];
      h.server.route('/one.xml', serveFeed(rss(articles.map((a, i) => entry(a, i + 1)), { now: T0, site: 'https://one.example' })));
      h.server.route('/two.xml', serveFeed(rss(articles.map((a, i) => entry(a, i + 1)), { now: T0, site: 'https://one.example' })));
      const text = { lexicon, background: loadBackground() };
      const feeds = [h.feed('/one.xml', 'One'), h.feed('/two.xml', 'Two')];
      await h.run(feeds, { text });
      await h.run(feeds, { text, ignoreSchedule: true });
      const table = parseRecentDf(await h.store.get(RECENT_DF_KEY));
      expect(table?.docs).toEqual({ id: 2, en: 0 });
    } finally {
      await h.close();
    }
  });
});

describe('topics the worker learns use the recent background', () => {
  it('with nothing counted, the shipped table; once counted, the blend the prior weight says, and topics are re-learned', async () => {
    const store = new MemoryStore();
    const shipped = loadBackground();
    const resolver = new CycleSourceResolver(config, lexicon, shipped);
    const before = (await resolver.resolve(store)).topics[0];
    expect(resolver.background).toBe(shipped);

    // A word the shipped table barely knows, in every recent item.
    const items = Array.from({ length: 200 }, (_, i) => item(`n${i}`, `Zyxwvut melanda kota ${i}`));
    await noteRecentItems(store, lexicon, items, new Set(), at(0));
    const key = [...recentDocument(items[0]!, lexicon).keys].find((k) => k.startsWith('zyxw'))!;
    const after = (await resolver.resolve(store)).topics[0];
    expect(after).not.toBe(before);
    const recent = await recentDfBook(store).table();
    const p0 = makeBackground(readBackgroundData()).probability(key, 'id');
    expect(resolver.background.probability(key, 'id')).toBeCloseTo((recent.df.id[key]! + PRIOR_WEIGHT_DOCS * p0) / (recent.docs.id + PRIOR_WEIGHT_DOCS), 12);
    expect(resolver.background.probability(key, 'id')).toBeGreaterThan(p0);
    // Same day, more counting: no re-learn (at most once a day).
    await noteRecentItems(store, lexicon, [item('late', 'Zyxwvut lagi')], new Set(), at(0, 30));
    expect((await resolver.resolve(store)).topics[0]).toBe(after);
  });

  it('widens a learned topic\'s facets from the headlines the worker saw', async () => {
    const store = new MemoryStore();
    const resolver = new CycleSourceResolver(config, lexicon, loadBackground());
    const seeds = [
      { name: 'a', seed: { title: 'Banjir melanda Aceh', body: 'Banjir bandang melanda Aceh Tamiang. Banjir merendam ribuan rumah di Aceh.', removed: [] } },
      { name: 'b', seed: { title: 'Banjir di Aceh Utara', body: 'Banjir kembali melanda Aceh Utara. Warga Aceh mengungsi karena banjir.', removed: [] } },
    ];
    expect(resolver.assemble('flood', seeds).report?.expansion).toBeUndefined();
    // Headlines the learned profile matches, most of them also saying "huntara" (temporary shelters).
    const headlines = [
      ...Array.from({ length: 30 }, (_, i) => item(`m${i}`, `Banjir Aceh: huntara untuk warga ${i}`)),
      ...Array.from({ length: 5 }, (_, i) => item(`h${i}`, `Huntara di Aceh dibangun ${i}`)),
      ...Array.from({ length: 100 }, (_, i) => item(`o${i}`, `Harga cabai naik lagi ${i}`)),
    ];
    await noteRecentItems(store, lexicon, headlines, new Set(), at(0));
    await resolver.resolve(store);
    const widened = resolver.assemble('flood', seeds).report?.expansion;
    expect(widened?.matched).toBeGreaterThan(0);
    expect(widened?.added.map((a) => a.key)).toContain(analyzeText('huntara', lexicon, 'id').keys[0]);
  });

  it('Discord learns a created topic on the same background as the worker', async () => {
    const store = new MemoryStore();
    const resolver = new CycleSourceResolver(config, lexicon, loadBackground());
    await noteRecentItems(store, lexicon, [item('x', 'Harga BBM naik'), item('y', 'Harga BBM turun')], new Set(), at(0));
    await resolver.resolve(store);
    const seeds = [
      { name: 'a', seed: { title: 'Harga BBM naik', body: 'Pertamina menaikkan harga BBM nonsubsidi Pertamax mulai hari ini.', removed: [] } },
      { name: 'b', seed: { title: 'Harga Pertamax naik', body: 'Harga BBM Pertamax dan Pertamax Turbo naik, kata Pertamina.', removed: [] } },
    ];
    const mine = resolver.learn('bbm', seeds);
    const shippedOnly = new CycleSourceResolver(config, lexicon, loadBackground()).learn('bbm', seeds);
    expect(mine.name).toBe('bbm');
    expect(mine.terms).not.toEqual(shippedOnly.terms);
  });
});
