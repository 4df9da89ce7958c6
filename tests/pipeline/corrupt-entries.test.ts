// One topic's stories, or one feed's state, that cannot be read cost that topic or that feed
// alone, with one line naming it. Before, the story index threw on the stories (every cycle of
// every feed of the topic failed, and their items were posted for no topic at all), and a feed's
// state was read at the start of the cycle (a corrupt one failed every cycle of every feed).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadBackground, loadLexicon } from '../../src/adapters/lexicon-files.ts';
import { MemoryStore } from '../../src/adapters/memory-store.ts';
import type { Logger } from '../../src/ports.ts';
import { stateKeys } from '../../src/pipeline/state-keys.ts';
import { StoryBook } from '../../src/pipeline/story-book.ts';
import { serveFeed, startFeedServer, type FeedServer } from '../helpers/feed-server.ts';
import { defaultSeeds } from '../helpers/topics.ts';
import { entry, rss, type Article } from './cycle-feeds.ts';
import { createHarness, defaultTopics, T0 } from './cycle-harness.ts';

const text = { lexicon: loadLexicon(), background: loadBackground() };
const seed = defaultSeeds().find(({ name }) => name.startsWith('000'))!.seed;
const TRIBUN: Article = { title: seed.title, summary: seed.body.split('\n').slice(0, 3).join(' '), slug: 'seed/000' };

let server: FeedServer;
beforeEach(async () => {
  server = await startFeedServer();
});
afterEach(async () => {
  await server.close();
});

describe('a topic whose stories cannot be read', () => {
  it.each([['a string', 'garbage'], ['an object', { not: 'a list' }], ['a list of stubs', [{ id: 'x' }]]])('stored as %s: the feed is decided and posted for both topics', async (_name, corrupt) => {
    server.route('/tribun.xml', serveFeed(rss([entry(TRIBUN, 1)], { now: T0, site: 'https://tribun.example' })));
    const h = await createHarness({ server, start: T0 });
    const [topic] = defaultTopics();
    const topics = [topic!, { ...topic!, name: 'other' }];
    await h.store.set(stateKeys.stories('other'), corrupt);
    const feed = h.feed('/tribun.xml', 'Tribun', { topics: ['default', 'other'] });
    await h.run([feed], { backfill: 5, text, topics });
    expect(h.publisher.posts.map((p) => p.topic).sort()).toEqual(['default', 'other']);
    expect(await h.store.get(stateKeys.stories('other'))).toHaveLength(1);
    await h.close();
  });

  it('keeps the stories that can be read and names the topic once', async () => {
    const store = new MemoryStore();
    const errors: Array<Record<string, unknown>> = [];
    const logger: Logger = { debug() {}, info() {}, warn() {}, error: (fields) => void errors.push(fields) };
    const first = new StoryBook(store, text.lexicon, text.background);
    (await first.index('korea')).assign({ id: 'item-1', title: TRIBUN.title, summary: TRIBUN.summary, lang: 'id', published: T0.toISOString(), source: 'Tribun', link: 'https://tribun.example/1' }, T0);
    await first.saveChanged(T0);
    const stored = (await store.get<unknown[]>(stateKeys.stories('korea')))!;
    await store.set(stateKeys.stories('korea'), [...stored, { id: 'story:broken' }]);

    const book = new StoryBook(store, text.lexicon, text.background, {}, new Map(), logger);
    expect((await book.index('korea')).size).toBe(1);
    expect(errors).toEqual([expect.objectContaining({ topic: 'korea', key: stateKeys.stories('korea') })]);
  });

  it('a topic with no stories yet (its first cycle) is not said to be corrupt', async () => {
    const errors: Array<Record<string, unknown>> = [];
    const logger: Logger = { debug() {}, info() {}, warn() {}, error: (fields) => void errors.push(fields) };
    const book = new StoryBook(new MemoryStore(), text.lexicon, text.background, {}, new Map(), logger);
    expect((await book.index('korea')).size).toBe(0);
    expect(errors).toEqual([]);
  });
});

describe('a topic with no stories yet', () => {
  it('is not said to be corrupt (it logged "stories of this topic are corrupt" each cycle until the topic had a story)', async () => {
    server.route('/tribun.xml', serveFeed(rss([entry(TRIBUN, 1)], { now: T0, site: 'https://tribun.example' })));
    const h = await createHarness({ server, start: T0 });
    const errors: string[] = [];
    h.ports.logger = { debug() {}, info() {}, warn() {}, error: (_fields, message) => void errors.push(message) };
    await h.run([h.feed('/tribun.xml', 'Tribun')], { backfill: 5, text });
    expect(h.publisher.posts).toHaveLength(1);
    expect(errors).toEqual([]);
    await h.close();
  });
});

describe('a feed whose state cannot be read', () => {
  it.each([['a string', 'garbage'], ['presentKeys not a list', { initialized: true, presentKeys: 'x' }]])('stored as %s: the other feeds are decided and posted, and it starts afresh', async (_name, corrupt) => {
    server.route('/tribun.xml', serveFeed(rss([entry(TRIBUN, 1)], { now: T0, site: 'https://tribun.example' })));
    server.route('/quiet.xml', serveFeed(rss([], { now: T0, site: 'https://quiet.example' })));
    const h = await createHarness({ server, start: T0 });
    const tribun = h.feed('/tribun.xml', 'Tribun');
    const quiet = h.feed('/quiet.xml', 'Quiet');
    await h.store.set(stateKeys.feed(quiet.id), corrupt);
    await h.run([quiet, tribun], { backfill: 5, text });
    expect(h.publisher.posts).toHaveLength(1);
    expect(await h.feedState(quiet)).toMatchObject({ initialized: true, presentKeys: [] });
    await h.close();
  });
});

describe('recent decisions (what /preview reads) that cannot be read', () => {
  it.each([['a string', 'garbage'], ['an object', { not: 'a list' }], ['a list of non-decisions', [1, null]]])('stored as %s: the cycle still posts and starts the list afresh', async (_name, corrupt) => {
    server.route('/tribun.xml', serveFeed(rss([entry(TRIBUN, 1)], { now: T0, site: 'https://tribun.example' })));
    const h = await createHarness({ server, start: T0 });
    await h.store.set(stateKeys.recentDecisions, corrupt);
    const feed = h.feed('/tribun.xml', 'Tribun');
    await h.run([feed], { backfill: 5, text });
    expect(h.publisher.posts).toHaveLength(1);
    const recent = await h.store.get<Array<{ title: string }>>(stateKeys.recentDecisions);
    expect(recent?.map((d) => d.title)).toEqual([TRIBUN.title]);
    await h.close();
  });
});
