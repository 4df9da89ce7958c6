// Feed autodiscovery against a loopback publisher, through the real HttpFetcher: a web page leads
// to the feed it names or, naming none, to a common feed path; what the page names is fetched
// with the same address checks and size limit as any feed, so a page cannot point the bot inward.

import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { findFeed } from '../../src/adapters/feed-finder.ts';
import { createHttpFetcher } from '../../src/adapters/http-fetcher.ts';
import { FetchError, ParseError } from '../../src/core/errors.ts';
import { oversize, redirectTo, serveFeed, startFeedServer, type FeedServer } from '../helpers/feed-server.ts';

const RSS = readFileSync(new URL('../fixtures/feeds/rss2.xml', import.meta.url));
const ATOM = readFileSync(new URL('../fixtures/feeds/atom.xml', import.meta.url));
const HTML = 'text/html; charset=utf-8';
const MAX_BODY_BYTES = 256 * 1024;
const page = (head: string) => serveFeed(`<!DOCTYPE html><html><head><title>Home</title>${head}</head><body><p>News.</p></body></html>`, { contentType: HTML });
const link = (type: string, href: string) => `<link rel="alternate" type="${type}" href="${href}">`;

let server: FeedServer;
const fetcher = createHttpFetcher({ allowedPrivateHosts: ['127.0.0.1'], connectTimeoutMs: 500, totalTimeoutMs: 2_000, maxBodyBytes: MAX_BODY_BYTES });
const url = (path: string) => `${server.url}${path}`;

beforeAll(async () => {
  server = await startFeedServer();
});
afterAll(async () => {
  await fetcher.close();
  await server.close();
});
beforeEach(() => {
  server.routes.clear();
  server.requests.length = 0;
});

describe('findFeed', () => {
  it('reads a feed URL as it is, with no discovery', async () => {
    server.route('/rss.xml', serveFeed(RSS));
    const found = await findFeed(fetcher, url('/rss.xml'));
    expect(found).toMatchObject({ url: url('/rss.xml'), feed: { title: 'Kabar Contoh & Sekitarnya' } });
    expect(found.discovered).toBeUndefined();
  });

  it('follows a page\'s link to its feed, relative to the page\'s URL after redirects, and names the others', async () => {
    server.route('/', redirectTo('/news/'));
    server.route('/news/', page(link('application/feed+json', 'feed.json') + link('application/atom+xml', 'atom') + link('application/rss+xml', '/rss.xml')));
    server.route('/news/atom', serveFeed(ATOM, { contentType: 'application/atom+xml' }));

    const found = await findFeed(fetcher, url('/'));

    expect(found.url).toBe(url('/news/atom'));
    expect(found.feed.items.length).toBeGreaterThan(0);
    expect(found.discovered).toEqual({ page: url('/'), via: 'link', others: [{ url: url('/news/feed.json'), format: 'json' }, { url: url('/rss.xml'), format: 'rss' }] });
    // Only the chosen feed is fetched, and no common path is tried.
    expect(server.requests.map((r) => r.path)).toEqual(['/', '/news/', '/news/atom']);
  });

  it('tries the common paths in order only when the page names no feed', async () => {
    server.route('/blog', page('<link rel="stylesheet" href="/s.css">'));
    server.route('/rss', page('')); // a page, not a feed: skipped
    server.route('/rss.xml', serveFeed(RSS));

    const found = await findFeed(fetcher, url('/blog'));

    expect(found).toMatchObject({ url: url('/rss.xml'), discovered: { page: url('/blog'), via: 'common-path', others: [] } });
    expect(server.requests.map((r) => r.path)).toEqual(['/blog', '/feed', '/rss', '/feed.xml', '/rss.xml']);
  });

  it('says in one line that a page names no feed when no common path is one', async () => {
    server.route('/', page(''));
    const error = await findFeed(fetcher, url('/')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ParseError);
    expect((error as Error).message).toBe(`parser: ${url('/')}: a web page that names no feed (no <link rel="alternate"> to an RSS, Atom or JSON feed), and none of /feed, /rss, /feed.xml, /rss.xml, /atom.xml, /index.xml on its site is one`);
    expect(server.requests).toHaveLength(7);
  });

  it.each([
    ['10.0.0.8', 'http://10.0.0.8/rss.xml'],
    ['169.254.169.254 (cloud metadata)', 'http://169.254.169.254/latest/meta-data/'],
    ['[::1]', 'http://[::1]/rss.xml'],
  ])('refuses a page that points at %s, before any connection', async (_case, target) => {
    server.route('/', page(link('application/rss+xml', target)));
    const error = await findFeed(fetcher, url('/')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FetchError);
    expect(error).toMatchObject({ failure: 'private-address' });
    expect((error as Error).message).toContain(`the feed the page names, ${target}: private address refused`);
  });

  it('holds the feed a page names to the size cap', async () => {
    server.route('/', page(link('application/rss+xml', '/huge.xml')));
    server.route('/huge.xml', oversize(MAX_BODY_BYTES * 2));
    await expect(findFeed(fetcher, url('/'))).rejects.toMatchObject({ failure: 'too-large' });
  });

  it('says so when the only feed a page names is a JSON Feed, which the poller cannot read', async () => {
    server.route('/', page(link('application/feed+json', '/feed.json')));
    server.route('/feed.json', serveFeed('{"version": "https://jsonfeed.org/version/1.1", "title": "J", "items": []}', { contentType: 'application/feed+json' }));
    await expect(findFeed(fetcher, url('/'))).rejects.toThrow(`parser: the feed the page names, ${url('/feed.json')}: got JSON (a JSON Feed?), not an RSS, RDF or Atom feed`);
  });

  it('says which named feed failed when it is broken', async () => {
    server.route('/', page(link('application/rss+xml', '/gone.xml')));
    await expect(findFeed(fetcher, url('/'))).rejects.toThrow(`the feed the page names, ${url('/gone.xml')}: HTTP 404`);
  });
});
