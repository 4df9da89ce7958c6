import { afterEach, beforeEach, expect, it } from 'vitest';
import { serveFeed } from '../helpers/feed-server.ts';
import { entry, HOUR_MS, MINUTE_MS, ON_TOPIC, rss } from './cycle-feeds.ts';
import { createHarness, type Harness, T0 } from './cycle-harness.ts';
let h: Harness;
beforeEach(async () => { h = await createHarness(); });
afterEach(async () => { await h.close(); });
it.each([[{}], [{ etag: '"k1"' }]])('keeps honouring <ttl>60</ttl> after an unchanged / 304 poll %o', async (opts) => {
  h.server.route('/kabar.xml', serveFeed(rss([entry(ON_TOPIC.troopsId, 1)], { now: T0, ttlMinutes: 60 }), opts));
  const feed = h.feed('/kabar.xml');
  await h.run([feed]);
  h.clock.advance(HOUR_MS);
  const second = await h.run([feed]);
  h.clock.advance(5 * MINUTE_MS);
  const third = await h.run([feed]);
  expect(third.feeds[0]?.outcome).toBe('not-due');
});
