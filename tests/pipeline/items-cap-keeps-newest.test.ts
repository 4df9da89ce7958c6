// `limits.maxItemsPerFeed` kept the first N items in document order. A feed written oldest
// first (archives, some CMS exports) puts each new story past the cap, where no poll ever read
// it: the story was lost, silently. The cap now keeps the newest N by date.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newestItems } from '../../src/core/normalize/newest-items.ts';
import { serveFeed } from '../helpers/feed-server.ts';
import { entry, HOUR_MS, OFF_TOPIC, ON_TOPIC, rss } from './cycle-feeds.ts';
import { createHarness, type Harness, T0 } from './cycle-harness.ts';

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});
afterEach(async () => {
  await h.close();
});

describe('the per-poll item cap on a feed written oldest first', () => {
  it('a new story appended at the end of a full feed is read and posted', async () => {
    const older = [entry(OFF_TOPIC.pricesId, 10), entry(OFF_TOPIC.sportsId, 9)];
    h.server.route('/archive.xml', serveFeed(rss(older, { now: T0 })));
    const feed = h.feed('/archive.xml');
    await h.run([feed], { maxItemsPerFeed: 2 });
    expect(h.publisher.posts).toHaveLength(0);

    h.clock.advance(HOUR_MS);
    const now = h.clock.now();
    h.server.route('/archive.xml', serveFeed(rss([...older.map((e) => ({ ...e, ageHours: e.ageHours + 1 })), entry(ON_TOPIC.troopsId, 0.1)], { now })));
    await h.run([feed], { maxItemsPerFeed: 2 });
    expect(h.publisher.posts.map((post) => post.title)).toEqual([ON_TOPIC.troopsId.title]);
  });
});

describe('newestItems', () => {
  const at = (iso?: string) => (iso === undefined ? { id: 'undated' } : { id: iso, published: iso });
  it('keeps everything, in order, under the cap', () => {
    const items = [at('2026-01-01T00:00:00Z'), at('2026-01-03T00:00:00Z')];
    expect(newestItems(items, 5)).toEqual(items);
  });
  it('keeps the newest by date, in document order; undated items rank last', () => {
    const items = [at('2026-01-01T00:00:00Z'), at(), at('2026-01-03T00:00:00Z'), at('2026-01-02T00:00:00+07:00')];
    expect(newestItems(items, 2).map((i) => i.id)).toEqual(['2026-01-03T00:00:00Z', '2026-01-02T00:00:00+07:00']);
    expect(newestItems(items, 3).map((i) => i.id)).toEqual(['2026-01-01T00:00:00Z', '2026-01-03T00:00:00Z', '2026-01-02T00:00:00+07:00']);
  });
  it('an undated feed keeps its first N, as before', () => {
    const items: Array<{ id: string; published?: string }> = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
    expect(newestItems(items, 2).map((i) => i.id)).toEqual(['a', 'b']);
  });
});
