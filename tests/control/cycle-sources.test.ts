import { describe, expect, it } from 'vitest';
import { loadBackground, loadLexicon } from '../../src/adapters/lexicon-files.ts';
import { MemoryStore } from '../../src/adapters/memory-store.ts';
import { DEFAULT_SEEDS_DIR, DEFAULT_TUNING_FILE } from '../../src/adapters/project-paths.ts';
import type { Config } from '../../src/config/schema.ts';
import { CycleSourceResolver, resolveFeeds } from '../../src/control/cycle-sources.ts';
import { FeedSettingsBook } from '../../src/control/feed-settings.ts';
import { mergeTuning, TopicSettingsBook } from '../../src/control/topic-settings.ts';
import { matchItem } from '../../src/core/match/match-item.ts';
import { learnFrom, SECOND_TOPIC_DIRS } from '../helpers/topics.ts';
import { readSeedDir } from '../../src/adapters/topic-files.ts';

// What each cycle polls and matches: the config, with what was changed from Discord laid over
// it, read from the store at the start of the cycle.

const lexicon = loadLexicon();
const background = loadBackground();
const feed = (id: string, url: string) => ({ id, url, name: id, topics: ['default'] });
const config = {
  feeds: [feed('antara', 'https://antara.example/rss'), feed('kompas', 'https://kompas.example/rss')],
  topics: [{ name: 'default', seeds: DEFAULT_SEEDS_DIR, tuning: DEFAULT_TUNING_FILE }],
} as unknown as Config;
const at = (minute: number) => new Date(Date.UTC(2026, 10, 24, 3, minute));

describe('CycleSourceResolver', () => {
  it('gives the configured topic and feeds while nothing was changed', async () => {
    const sources = await new CycleSourceResolver(config, lexicon, background).resolve(new MemoryStore());
    expect(sources.topics.map((t) => t.name)).toEqual(['default']);
    // The default tuning file sets no threshold: the learned one holds.
    expect(sources.topics[0]!.prepared.profile.threshold).toBe(learnFrom(readSeedDir(DEFAULT_SEEDS_DIR), 'default').profile.threshold);
    expect(sources.feeds.map((f) => f.id)).toEqual(['antara', 'kompas']);
  });

  it('lays a threshold, a boost and an exclusion from Discord over the configured topic, on the next resolve', async () => {
    const store = new MemoryStore();
    const resolver = new CycleSourceResolver(config, lexicon, background);
    const text = { id: 'x', title: 'Tentara Korut Tewas di Kursk', summary: 'Ratusan tentara Korea Utara tewas melawan pasukan Ukraina di wilayah Kursk, Rusia.' };
    const before = matchItem(text, (await resolver.resolve(store)).topics[0]!.prepared);
    expect(before.decision).toBe(true);
    await new TopicSettingsBook(store).update('default', (s) => void (s.tuning.exclude = ['Kursk']), at(1));
    const after = (await resolver.resolve(store)).topics[0]!.prepared;
    expect(matchItem(text, after).decision).toBe(false);
    // The file's tuning still holds under Discord's.
    expect(after.profile.terms.find((t) => t.key.includes('amunisi'))?.weight).toBe(5);
    await new TopicSettingsBook(store).update('default', (s) => void (s.tuning.threshold = 3.5), at(2));
    expect((await resolver.resolve(store)).topics[0]!.prepared.profile.threshold).toBe(3.5);
  });

  it('adds a topic created from Discord, learned from its stored seeds, and feeds it from every feed', async () => {
    const store = new MemoryStore();
    const seeds = readSeedDir(SECOND_TOPIC_DIRS.starship);
    await new TopicSettingsBook(store).update('starship', (s) => void (s.seeds = seeds), at(1));
    const sources = await new CycleSourceResolver(config, lexicon, background).resolve(store);
    expect(sources.topics.map((t) => t.name)).toEqual(['default', 'starship']);
    const starship = sources.topics[1]!.prepared;
    expect(matchItem({ id: 'y', title: 'SpaceX launches Starship on its next test flight', summary: 'The Starship rocket lifted off from Boca Chica in Texas, SpaceX said, on a suborbital test flight.' }, starship).decision).toBe(true);
  });

  it('leaves out a created topic that cannot be learned, logging why once, and polls the rest', async () => {
    const store = new MemoryStore();
    const errors: string[] = [];
    const logger = { debug() {}, info() {}, warn() {}, error: (fields: Record<string, unknown>, message: string) => void errors.push(`${message} ${JSON.stringify(fields)}`) };
    await new TopicSettingsBook(store).update('broken', (s) => void (s.seeds = [{ name: 'x', seed: { title: '', body: '', removed: [] } }]), at(1));
    const resolver = new CycleSourceResolver(config, lexicon, background, logger);
    expect((await resolver.resolve(store)).topics.map((t) => t.name)).toEqual(['default']);
    expect((await resolver.resolve(store)).feeds).toHaveLength(2);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/cannot be used.*"topic":"broken"/);
  });

  it('re-learns a topic only when its settings changed', async () => {
    const store = new MemoryStore();
    const resolver = new CycleSourceResolver(config, lexicon, background);
    const first = (await resolver.resolve(store)).topics[0];
    expect((await resolver.resolve(store)).topics[0]).toBe(first);
    await new TopicSettingsBook(store).update('default', (s) => void (s.tuning.boost = { rudal: 4 }), at(3));
    expect((await resolver.resolve(store)).topics[0]).not.toBe(first);
  });
});

describe('resolveFeeds', () => {
  it('switches a configured feed off and adds a feed from Discord, for every topic unless it names some', () => {
    const feeds = resolveFeeds(config, { removed: ['kompas'], added: [{ url: 'https://detik.example/rss', name: 'detik', addedAt: at(0).toISOString() }] }, ['default', 'starship']);
    expect(feeds.map((f) => [f.id.startsWith('detik') ? 'detik' : f.id, f.topics])).toEqual([
      ['antara', ['default']],
      ['detik', ['default', 'starship']],
    ]);
  });

  it('feeds a topic created later from every configured feed that named no topics', () => {
    const everyTopic = { feeds: [{ ...feed('antara', 'https://antara.example/rss'), everyTopic: true as const }, feed('kompas', 'https://kompas.example/rss')] };
    const feeds = resolveFeeds(everyTopic, { removed: [], added: [] }, ['default', 'starship']);
    expect(feeds.map((f) => [f.id, f.topics])).toEqual([
      ['antara', ['default', 'starship']],
      ['kompas', ['default']],
    ]);
    expect(feeds[0]).not.toHaveProperty('everyTopic');
  });

  it('ignores an added feed whose URL a configured feed already has, and topics that no longer exist', () => {
    const feeds = resolveFeeds(config, { removed: [], added: [{ url: 'https://antara.example/rss', name: 'again', addedAt: '' }, { url: 'https://x.example/rss', name: 'x', topics: ['gone'], addedAt: '' }] }, ['default']);
    expect(feeds).toHaveLength(3);
    expect(feeds[2]!.topics).toEqual([]);
  });

  it('polls once a configured feed that was also added from Discord spelled otherwise (host case, default port, #fragment)', () => {
    const feeds = resolveFeeds(config, { removed: [], added: [{ url: 'https://ANTARA.example:443/rss#top', name: 'again', addedAt: '' }] }, ['default']);
    expect(feeds.map((f) => f.id)).toEqual(['antara', 'kompas']);
  });

  it('stores feed settings under one key', async () => {
    const store = new MemoryStore();
    await new FeedSettingsBook(store).set({ added: [], removed: ['antara'] });
    expect((await new FeedSettingsBook(store).get()).removed).toEqual(['antara']);
  });
});

describe('mergeTuning', () => {
  it('adds boosts and exclusions and lets Discord\'s threshold win', () => {
    expect(mergeTuning({ threshold: 1, boost: { a: 2 }, exclude: ['x'] }, { threshold: 2, boost: { b: 3 }, exclude: ['x', 'y'] })).toEqual({ threshold: 2, boost: { a: 2, b: 3 }, exclude: ['x', 'y'], require: [] });
    expect(mergeTuning({ threshold: 1 }, {}).threshold).toBe(1);
  });
});
