import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadBackground, loadLexicon } from '../../src/adapters/lexicon-files.ts';
import { MemoryStore } from '../../src/adapters/memory-store.ts';
import type { Post } from '../../src/core/model.ts';
import type { StateStore } from '../../src/ports.ts';
import { serveFeed, startFeedServer, type FeedServer } from '../helpers/feed-server.ts';
import { defaultSeeds } from '../helpers/topics.ts';
import { entry, HOUR_MS, rss, type Article } from './cycle-feeds.ts';
import { createHarness, T0 } from './cycle-harness.ts';

// A kill at any write of a cycle, then a restart on the same state, with a second outlet's
// report of the same event arriving: the event is posted exactly once. Before a feed's writes
// were committed together, a kill after the post was queued and its item marked seen but before
// the story book was saved forgot the story, and the second report was posted as a new one.

const text = { lexicon: loadLexicon(), background: loadBackground() };
const seeds = new Map(defaultSeeds().map(({ name, seed }) => [name.slice(0, 3), seed]));
const seedArticle = (prefix: string): Article => {
  const seed = seeds.get(prefix)!;
  return { title: seed.title, summary: seed.body.split('\n').slice(0, 3).join(' '), slug: `seed/${prefix}` };
};
// 000 (Tribunnews) and 002 (Kompas) both report Kim Jong Un meeting Andrei Belousov.
const TRIBUN = seedArticle('000');
const KOMPAS = seedArticle('002');

class KilledError extends Error {}

/** The process "dies" after `writesLeft` more writes: every later write fails and is not applied. */
class DyingStore implements StateStore {
  writes = 0;
  constructor(
    private readonly inner: StateStore,
    private writesLeft = Number.POSITIVE_INFINITY,
  ) {}
  get<T>(key: string): Promise<T | undefined> {
    return this.inner.get<T>(key);
  }
  async set<T>(key: string, value: T, ttlMs?: number): Promise<void> {
    this.spend();
    await this.inner.set(key, value, ttlMs);
  }
  async delete(key: string): Promise<boolean> {
    this.spend();
    return this.inner.delete(key);
  }
  async close(): Promise<void> {}
  private spend(): void {
    if (this.writesLeft <= 0) throw new KilledError('killed');
    this.writesLeft -= 1;
    this.writes += 1;
  }
}

let server: FeedServer;
beforeEach(async () => {
  server = await startFeedServer();
});
afterEach(async () => {
  await server.close();
});

const serve = (path: string, articles: Article[], site: string) => server.route(path, serveFeed(rss(articles.map((a, i) => entry(a, i + 1)), { now: T0, site })));

/** Cycle 1 (Tribun) killed after `killAfter` writes; then, restarted, Kompas reports the same event. Returns the distinct posts made. */
async function killThenRestart(killAfter: number): Promise<{ posts: Post[]; writes: number }> {
  const state = new MemoryStore();
  serve('/tribun.xml', [TRIBUN], 'https://tribun.example');
  server.routes.delete('/kompas.xml');
  const dying = new DyingStore(state, killAfter);
  const first = await createHarness({ store: dying, server, start: T0 });
  await first.run([first.feed('/tribun.xml', 'Tribun')], { backfill: 5, text }).catch((error: unknown) => {
    if (!(error instanceof KilledError) && !/killed/.test(String(error))) throw error;
  });
  await first.close();

  serve('/kompas.xml', [KOMPAS], 'https://kompas.example');
  const second = await createHarness({ store: new DyingStore(state), server, start: new Date(T0.getTime() + HOUR_MS) });
  const feeds = [second.feed('/tribun.xml', 'Tribun'), second.feed('/kompas.xml', 'Kompas')];
  await second.run(feeds, { backfill: 5, text, ignoreSchedule: true });
  await second.run(feeds, { backfill: 5, text, ignoreSchedule: true });
  await second.close();
  // The outbox may publish a post again after a kill between "published" and "recorded" (the
  // Discord publisher settles that by its ledger): what counts is how many different posts.
  const posts = new Map([...first.publisher.posts, ...second.publisher.posts].map((p) => [p.id, p]));
  return { posts: [...posts.values()], writes: dying.writes };
}

describe('a kill at any write of a cycle', () => {
  it('never posts the event twice, nor loses it, whichever write the kill lands on', async () => {
    const whole = await killThenRestart(Number.POSITIVE_INFINITY);
    expect(whole.posts).toHaveLength(1);
    expect(whole.writes).toBeGreaterThan(3);
    const outcomes: string[] = [];
    for (let killAfter = 0; killAfter <= whole.writes; killAfter += 1) {
      const { posts } = await killThenRestart(killAfter);
      outcomes.push(`kill after ${killAfter} writes: ${posts.length} post(s)`);
    }
    expect(outcomes.filter((o) => !o.endsWith(': 1 post(s)'))).toEqual([]);
  }, 120_000);
});
