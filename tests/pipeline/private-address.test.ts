import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FeedServer, serveFeed, startFeedServer } from '../helpers/feed-server.ts';
import { entry, ON_TOPIC, rss } from './cycle-feeds.ts';
import { createHarness, T0 } from './cycle-harness.ts';

// Feed URLs come from users: a fetcher that has not been told to allow 127.0.0.1 must refuse it
// (and its spellings) before connecting, and the cycle reports the refusal like any failure.

let server: FeedServer;
beforeAll(async () => {
  server = await startFeedServer();
  server.route('/feed.xml', serveFeed(rss([entry(ON_TOPIC.troopsId, 1)], { now: T0 })));
});
afterAll(async () => {
  await server.close();
});

describe('runCycle with a fetcher that allows no private hosts', () => {
  it.each([
    ['127.0.0.1', (port: string) => `http://127.0.0.1:${port}/feed.xml`, /private address refused: 127\.0\.0\.1 is a loopback address$/],
    ['localhost (refused after DNS)', (port: string) => `http://localhost:${port}/feed.xml`, /private address refused: localhost resolves to (127\.0\.0\.1|::1), a loopback address$/],
    ['an IPv4-mapped IPv6 literal', (port: string) => `http://[::ffff:127.0.0.1]:${port}/feed.xml`, /private address refused: ::ffff:7f00:1 is a loopback address$/],
  ])('refuses %s: outcome "failed", the error names the private address, nothing posted', async (_label, urlFor, error) => {
    const port = new URL(server.url).port;
    const h = await createHarness({ server, fetcherOptions: { connectTimeoutMs: 500, totalTimeoutMs: 1_000 } });
    server.requests.length = 0;
    try {
      const url = urlFor(port);
      const report = await h.run([{ id: 'loopback', url, name: 'Loopback', topics: ['default'] }], { backfill: 5 });

      expect(report.feeds).toEqual([expect.objectContaining({ outcome: 'failed', error: expect.stringMatching(error) })]);
      expect(report.feeds[0]?.error).toMatch(/^fetcher: GET http:\/\//);
      expect(server.requests).toEqual([]);
      expect(h.publisher.attempts).toEqual([]);
      expect(report.decisions).toEqual([]);
    } finally {
      await h.close();
    }
  });
});
