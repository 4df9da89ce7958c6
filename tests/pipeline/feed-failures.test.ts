import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hang, oversize, redirectTo, type RouteHandler, serveFeed, status } from '../helpers/feed-server.ts';
import { atom, entry, MINUTE_MS, OFF_TOPIC, ON_TOPIC, rss } from './cycle-feeds.ts';
import { createHarness, feedReport, fixture, type Harness, T0, TEST_FETCHER_OPTIONS } from './cycle-harness.ts';

// One broken feed must not stop the cycle: its failure is returned with a message naming the
// stage and the cause, counted towards its health, and every other feed is still posted.

let h: Harness;
beforeEach(async () => {
  // A hanging server costs the total timeout; keep it short.
  h = await createHarness({ fetcher: { totalTimeoutMs: 400 } });
});
afterEach(async () => {
  await h.close();
});

const good = atom([entry(ON_TOPIC.troopsEn, 1), entry(OFF_TOPIC.pricesEn, 2)], { now: T0 });
const goodFeed = () => h.feed('/world.atom', 'World Desk', { language: 'en' });
const brokenFeed = () => h.feed('/broken.xml', 'Broken');
const url = () => `${h.server.url}/broken.xml`;

// A site's home page given as a feed: its error names the feeds it links (and fetches none of them).
const PAGE_NAMING_FEEDS = '<!DOCTYPE html><html><head><title>Home</title><link rel="alternate" type="application/rss+xml" href="news/rss.xml"><link rel="alternate" type="application/atom+xml" href="/atom.xml"></head><body>Home</body></html>';
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const failures: Array<[string, RouteHandler, (url: string) => RegExp]> = [
  ['HTTP 404', status(404), (u) => new RegExp(`^fetcher: GET ${u}: HTTP 404$`)],
  ['HTTP 500', status(500), (u) => new RegExp(`^fetcher: GET ${u}: HTTP 500$`)],
  ['a server that never answers', hang(), (u) => new RegExp(`^fetcher: GET ${u}: timed out after 400 ms$`)],
  ['a streamed body over the size cap', oversize(1024 * 1024), (u) => new RegExp(`^fetcher: GET ${u}: body too large: more than ${TEST_FETCHER_OPTIONS.maxBodyBytes} bytes$`)],
  ['a declared Content-Length over the cap', oversize(1024 * 1024, { contentLength: true }), () => /^fetcher: .*body too large: Content-Length 1048576 exceeds/],
  ['an HTML page instead of XML', serveFeed(fixture('not-a-feed.html'), { contentType: 'text/html; charset=utf-8' }), () => /^parser: Broken: got an HTML page, not a feed$/],
  ['malformed XML', serveFeed(fixture('malformed.xml')), () => /^parser: Broken: (malformed XML|not an RSS, RDF or Atom feed): /],
  [
    'a web page that names its feeds',
    serveFeed(PAGE_NAMING_FEEDS, { contentType: 'text/html; charset=utf-8' }),
    (u) => new RegExp(`^parser: Broken: got an HTML page, not a feed; the page names the feeds ${escapeRegExp(u.replace('/broken.xml', '/news/rss.xml'))}, ${escapeRegExp(u.replace('/broken.xml', '/atom.xml'))}: give that URL instead$`),
  ],
];

describe('runCycle: a failing feed', () => {
  it.each(failures)('%s: outcome "failed" with the cause, and the other feed still posts', async (_label, handler, error) => {
    h.server.route('/broken.xml', handler);
    h.server.route('/world.atom', serveFeed(good, { contentType: 'application/atom+xml; charset=utf-8' }));

    const report = await h.run([brokenFeed(), goodFeed()], { backfill: 5 });

    expect(report.feeds).toHaveLength(2);
    expect(feedReport(report, 'Broken')).toMatchObject({ outcome: 'failed', items: 0, error: expect.stringMatching(error(url())) });
    expect(feedReport(report, 'World Desk')).toMatchObject({ outcome: 'updated', items: 2 });
    expect(h.publisher.posts.map((p) => p.title)).toEqual([ON_TOPIC.troopsEn.title]);
    const state = await h.feedState(brokenFeed());
    expect(state).toMatchObject({ initialized: false, health: { status: 'ok', consecutiveFailures: 1, lastError: feedReport(report, 'Broken')?.error } });
  });

  it('is "failing" after failingAfter (3) failures in a row, backs off, and is "ok" again when it answers', async () => {
    h.server.route('/broken.xml', status(500));
    const feed = brokenFeed();
    const seen: Array<[string | undefined, number | undefined, string | undefined]> = [];
    for (let poll = 0; poll < 3; poll += 1) {
      const report = await h.run([feed]);
      const state = await h.feedState(feed);
      seen.push([state?.health?.status, state?.health?.consecutiveFailures, report.feeds[0]?.nextPollAt]);
      h.clock.set(report.feeds[0]?.nextPollAt ?? '');
    }
    const at = (ms: number) => new Date(T0.getTime() + ms).toISOString();
    // Backoff doubles from the default interval: +1 min, then +2 min, then +4 min.
    expect(seen).toEqual([
      ['ok', 1, at(1 * MINUTE_MS)],
      ['ok', 2, at(3 * MINUTE_MS)],
      ['failing', 3, at(7 * MINUTE_MS)],
    ]);
    expect((await h.feedState(feed))?.health?.lastError).toBe(`fetcher: GET ${url()}: HTTP 500`);

    h.server.route('/broken.xml', serveFeed(rss([entry(ON_TOPIC.troopsId, 1)], { now: T0 })));
    const recovered = await h.run([feed], { ignoreSchedule: true });
    expect(recovered.feeds[0]?.outcome).toBe('updated');
    expect((await h.feedState(feed))?.health).toMatchObject({
      status: 'ok',
      consecutiveFailures: 0,
      lastSuccessAt: h.clock.now().toISOString(),
      // The last failure stays visible after the recovery.
      lastError: `fetcher: GET ${url()}: HTTP 500`,
    });
  });

  it('honours Retry-After on a 503', async () => {
    h.server.route('/broken.xml', status(503, { 'retry-after': '1800' }));
    const report = await h.run([brokenFeed()]);
    expect(report.feeds[0]).toMatchObject({ outcome: 'failed', nextPollAt: new Date(T0.getTime() + 30 * MINUTE_MS).toISOString() });
  });
});

describe('runCycle: redirects', () => {
  it.each([301, 302, 308])('follows a %i to the real feed', async (code) => {
    h.server.route('/old.xml', redirectTo('/world.atom', code));
    h.server.route('/world.atom', serveFeed(good, { contentType: 'application/atom+xml' }));
    const report = await h.run([h.feed('/old.xml', 'Moved', { language: 'en' })], { backfill: 5 });

    expect(report.feeds[0]).toMatchObject({ outcome: 'updated', items: 2 });
    expect(h.publisher.posts.map((p) => p.title)).toEqual([ON_TOPIC.troopsEn.title]);
  });

  it('fails on a redirect loop, naming it', async () => {
    h.server.route('/a.xml', redirectTo('/b.xml', 301));
    h.server.route('/b.xml', redirectTo('/a.xml', 301));
    const report = await h.run([h.feed('/a.xml', 'Loop')]);

    expect(report.feeds[0]).toMatchObject({
      outcome: 'failed',
      error: `fetcher: GET ${h.server.url}/b.xml: redirect loop: back to ${h.server.url}/a.xml`,
    });
    expect(h.server.requests.map((r) => r.path)).toEqual(['/a.xml', '/b.xml']);
  });
});
