import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type ServeFeedOptions, serveFeed } from '../helpers/feed-server.ts';
import { entry, MINUTE_MS, OFF_TOPIC, ON_TOPIC, rss } from './cycle-feeds.ts';
import { createHarness, fixture, type Harness, T0 } from './cycle-harness.ts';

// RFC 9110 §13: the second poll sends back the validators of the representation we parsed; a
// 304 costs nothing downstream. RFC 9111: validators describe what we stored, so a body that
// could not be parsed must not leave its validators behind.

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});
afterEach(async () => {
  await h.close();
});

const body = rss([entry(ON_TOPIC.troopsId, 1), entry(OFF_TOPIC.pricesId, 2)], { now: T0 });
const LAST_MODIFIED = 'Mon, 10 Mar 2025 05:30:00 GMT';
const feedRequests = () => h.server.requests.filter((r) => r.path === '/kabar.xml');

describe('runCycle: conditional GET', () => {
  it.each<[string, ServeFeedOptions, Record<string, string>]>([
    ['ETag and Last-Modified', { etag: '"kabar-v1"', lastModified: LAST_MODIFIED }, { 'if-none-match': '"kabar-v1"', 'if-modified-since': LAST_MODIFIED }],
    ['a weak ETag only', { etag: 'W/"kabar-v1"' }, { 'if-none-match': 'W/"kabar-v1"' }],
    ['Last-Modified only', { lastModified: LAST_MODIFIED }, { 'if-modified-since': LAST_MODIFIED }],
  ])('with %s: the second poll is conditional, and its 304 is "not-modified" with nothing decided', async (_label, validators, sent) => {
    h.server.route('/kabar.xml', serveFeed(body, validators));
    const feed = h.feed('/kabar.xml');
    await h.run([feed]);
    h.clock.advance(5 * MINUTE_MS);
    const report = await h.run([feed]);

    const [first, second] = feedRequests();
    expect(first?.headers['if-none-match']).toBeUndefined();
    expect(first?.headers['if-modified-since']).toBeUndefined();
    expect(second?.headers).toMatchObject(sent);
    expect(second?.headers['if-none-match']).toBe(sent['if-none-match']);
    expect(report.feeds).toEqual([expect.objectContaining({ outcome: 'not-modified', items: 0 })]);
    expect(report.decisions).toEqual([]);
    expect(h.publisher.attempts).toEqual([]);
    expect((await h.feedState(feed))?.health).toMatchObject({ status: 'ok', consecutiveFailures: 0 });
  });

  it.each([
    ['malformed XML', fixture('malformed.xml'), 'application/rss+xml; charset=utf-8', /^parser: kabar\.xml: (malformed XML|not an RSS)/],
    ['an HTML page', fixture('not-a-feed.html'), 'text/html; charset=utf-8', /^parser: kabar\.xml: got an HTML page, not a feed$/],
  ])('does not keep the validators of %s it could not parse', async (_label, bytes, contentType, error) => {
    h.server.route('/kabar.xml', serveFeed(bytes, { etag: '"broken-v1"', lastModified: LAST_MODIFIED, contentType }));
    const feed = h.feed('/kabar.xml');
    const failed = await h.run([feed]);
    expect(failed.feeds[0]).toMatchObject({ outcome: 'failed', error: expect.stringMatching(error) });
    expect(await h.feedState(feed)).not.toHaveProperty('etag');

    h.clock.advance(10 * MINUTE_MS);
    h.server.route('/kabar.xml', serveFeed(body, { etag: '"kabar-v2"' }));
    const fixed = await h.run([feed]);

    const second = feedRequests()[1];
    expect(second?.headers['if-none-match']).toBeUndefined();
    expect(second?.headers['if-modified-since']).toBeUndefined();
    expect(fixed.feeds[0]).toMatchObject({ outcome: 'updated', items: 2 });
    expect((await h.feedState(feed))?.etag).toBe('"kabar-v2"');
  });

  it('keeps the validators of the last good body when a later body fails to parse', async () => {
    h.server.route('/kabar.xml', serveFeed(body, { etag: '"kabar-v1"' }));
    const feed = h.feed('/kabar.xml');
    await h.run([feed]);
    h.clock.advance(5 * MINUTE_MS);
    h.server.route('/kabar.xml', serveFeed(fixture('malformed.xml'), { etag: '"broken-v2"' }));
    await h.run([feed]);
    h.clock.advance(10 * MINUTE_MS);
    await h.run([feed]);

    expect(feedRequests().map((r) => r.headers['if-none-match'])).toEqual([undefined, '"kabar-v1"', '"kabar-v1"']);
  });

  it('calls a byte-identical 200 body "unchanged" and decides nothing', async () => {
    // No validators at all: the server always answers 200 with the whole body.
    h.server.route('/kabar.xml', serveFeed(body));
    const feed = h.feed('/kabar.xml');
    await h.run([feed]);
    h.clock.advance(5 * MINUTE_MS);
    const report = await h.run([feed]);

    expect(feedRequests()).toHaveLength(2);
    expect(report.feeds).toEqual([expect.objectContaining({ outcome: 'unchanged', items: 0 })]);
    expect(report.decisions).toEqual([]);
  });

  it('keeps the new validators of a byte-identical 200 body: it is the body they describe', async () => {
    // A server whose ETag changes with every deploy, though the feed did not: the stale one
    // sent back would never match, and every poll would fetch the whole body again.
    h.server.route('/kabar.xml', serveFeed(body, { etag: '"deploy-1"' }));
    const feed = h.feed('/kabar.xml');
    await h.run([feed]);
    h.clock.advance(5 * MINUTE_MS);
    h.server.route('/kabar.xml', serveFeed(body, { etag: '"deploy-2"', lastModified: LAST_MODIFIED }));
    const unchanged = await h.run([feed]);
    h.clock.advance(5 * MINUTE_MS);
    const third = await h.run([feed]);

    expect(unchanged.feeds[0]).toMatchObject({ outcome: 'unchanged' });
    expect(feedRequests().map((r) => r.headers['if-none-match'])).toEqual([undefined, '"deploy-1"', '"deploy-2"']);
    expect(feedRequests()[2]?.headers['if-modified-since']).toBe(LAST_MODIFIED);
    expect(third.feeds[0]).toMatchObject({ outcome: 'not-modified' });
  });

  it('parses again when one byte changes', async () => {
    h.server.route('/kabar.xml', serveFeed(body));
    const feed = h.feed('/kabar.xml');
    await h.run([feed]);
    h.clock.advance(5 * MINUTE_MS);
    h.server.route('/kabar.xml', serveFeed(body.replace('Cipinang', 'Cipinanh')));
    const report = await h.run([feed]);

    expect(report.feeds[0]).toMatchObject({ outcome: 'updated', items: 2 });
  });
});
