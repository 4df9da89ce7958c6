import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type ServeFeedOptions, serveFeed } from '../helpers/feed-server.ts';
import { entry, HOUR_MS, MINUTE_MS, ON_TOPIC, rss } from './cycle-feeds.ts';
import { createHarness, feedReport, type Harness, T0 } from './cycle-harness.ts';

// A publisher's caching hints (RSS <ttl>, Cache-Control max-age) make us poll less often, never
// more; a feed that is not due is skipped without a request.

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});
afterEach(async () => {
  await h.close();
});

const items = [entry(ON_TOPIC.troopsId, 1)];
const feedRequests = () => h.server.requests.filter((r) => r.path === '/kabar.xml').length;

const hints: Array<[string, string, ServeFeedOptions]> = [
  ['<ttl>60</ttl>', rss(items, { now: T0, ttlMinutes: 60 }), {}],
  ['Cache-Control: max-age=3600', rss(items, { now: T0 }), { cacheControl: 'max-age=3600' }],
  ['Cache-Control: public, max-age=3600 and an ETag', rss(items, { now: T0 }), { cacheControl: 'public, max-age=3600', etag: '"k1"' }],
];

describe('runCycle: the next poll', () => {
  it.each(hints)('with %s the feed is not due 5 minutes later, and due after an hour', async (_label, body, options) => {
    h.server.route('/kabar.xml', serveFeed(body, options));
    const feed = h.feed('/kabar.xml');
    const first = await h.run([feed]);
    const nextPollAt = new Date(T0.getTime() + HOUR_MS).toISOString();
    expect(first.feeds[0]).toMatchObject({ outcome: 'updated', nextPollAt });

    h.clock.advance(5 * MINUTE_MS);
    const early = await h.run([feed]);
    expect(early.feeds).toEqual([{ feedId: feed.id, name: feed.name, outcome: 'not-due', items: 0, nextPollAt, lastPollOk: true }]);
    expect(feedRequests()).toBe(1);

    h.clock.set(nextPollAt);
    const due = await h.run([feed]);
    expect(due.feeds[0]?.outcome).toMatch(/^(unchanged|not-modified)$/);
    expect(feedRequests()).toBe(2);
  });

  it.each(hints)('with %s, ignoreSchedule polls it anyway', async (_label, body, options) => {
    h.server.route('/kabar.xml', serveFeed(body, options));
    const feed = h.feed('/kabar.xml');
    await h.run([feed]);
    h.clock.advance(5 * MINUTE_MS);
    const report = await h.run([feed], { ignoreSchedule: true });

    expect(report.feeds[0]?.outcome).toMatch(/^(unchanged|not-modified)$/);
    expect(feedRequests()).toBe(2);
  });

  it('without hints the feed is due again after the default interval', async () => {
    h.server.route('/kabar.xml', serveFeed(rss(items, { now: T0 })));
    const feed = h.feed('/kabar.xml');
    const first = await h.run([feed]);
    expect(first.feeds[0]?.nextPollAt).toBe(new Date(T0.getTime() + 60_000).toISOString());

    h.clock.advance(30_000);
    expect((await h.run([feed])).feeds[0]?.outcome).toBe('not-due');
    h.clock.advance(30_000);
    expect((await h.run([feed])).feeds[0]?.outcome).toBe('unchanged');
  });

  it.each([
    ['max-age=600000 (a week)', 'max-age=600000', 6 * HOUR_MS],
    ['max-age=5 (below the floor)', 'max-age=5', 60_000],
  ])('clamps %s to the configured bounds', async (_label, cacheControl, delayMs) => {
    h.server.route('/kabar.xml', serveFeed(rss(items, { now: T0 }), { cacheControl }));
    const report = await h.run([h.feed('/kabar.xml')]);
    expect(report.feeds[0]?.nextPollAt).toBe(new Date(T0.getTime() + delayMs).toISOString());
  });

  it('polls a due feed and skips one that is not, in the same cycle', async () => {
    h.server.route('/slow.xml', serveFeed(rss(items, { now: T0, ttlMinutes: 60 })));
    h.server.route('/fast.xml', serveFeed(rss(items, { now: T0, site: 'https://other.example.net' })));
    const slow = h.feed('/slow.xml');
    const fast = h.feed('/fast.xml');
    await h.run([slow, fast]);
    h.clock.advance(5 * MINUTE_MS);
    const report = await h.run([slow, fast]);

    expect(feedReport(report, 'slow.xml')?.outcome).toBe('not-due');
    expect(feedReport(report, 'fast.xml')?.outcome).toBe('unchanged');
    expect(h.server.requests.map((r) => r.path).sort()).toEqual(['/fast.xml', '/fast.xml', '/slow.xml']);
  });
});
