import { afterEach, beforeEach, expect, it } from 'vitest';
import { serveFeed } from '../helpers/feed-server.ts';
import { atom, entry, MINUTE_MS, OFF_TOPIC, ON_TOPIC, rss } from './cycle-feeds.ts';
import { createHarness, type Harness, T0 } from './cycle-harness.ts';
let h: Harness;
beforeEach(async () => { h = await createHarness(); });
afterEach(async () => { await h.close(); });
it('a baseline item that drops out of its feed for one poll and comes back is not posted', async () => {
  const feed = h.feed('/kabar.xml');
  h.server.route('/kabar.xml', serveFeed(rss([entry(ON_TOPIC.troopsId, 1), entry(OFF_TOPIC.pricesId, 2)], { now: T0 })));
  await h.run([feed]);
  h.clock.advance(5 * MINUTE_MS);
  h.server.route('/kabar.xml', serveFeed(rss([entry(OFF_TOPIC.pricesId, 2)], { now: T0 })));
  await h.run([feed]);
  h.clock.advance(5 * MINUTE_MS);
  h.server.route('/kabar.xml', serveFeed(rss([entry(ON_TOPIC.troopsId, 1), entry(OFF_TOPIC.pricesId, 2)], { now: T0 })));
  const report = await h.run([feed]);
  expect(h.publisher.posts).toEqual([]);
});
it('an article in feed A baseline, new in feed B a cycle later, is not posted', async () => {
  const a = h.feed('/kabar.xml'); const b = h.feed('/world.atom', 'world', { language: 'en' });
  h.server.route('/kabar.xml', serveFeed(rss([entry(ON_TOPIC.troopsId, 1)], { now: T0, site: 'https://same.example.net' })));
  h.server.route('/world.atom', serveFeed(atom([entry(OFF_TOPIC.pricesEn, 2)], { now: T0, site: 'https://same.example.net' })));
  await h.run([a, b]);
  h.clock.advance(5 * MINUTE_MS);
  h.server.route('/world.atom', serveFeed(atom([entry(ON_TOPIC.troopsId, 1), entry(OFF_TOPIC.pricesEn, 2)], { now: T0, site: 'https://same.example.net' })));
  const report = await h.run([a, b]);
  expect(h.publisher.posts).toEqual([]);
});
