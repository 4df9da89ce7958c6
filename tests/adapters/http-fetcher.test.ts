import type { ServerResponse } from 'node:http';
import { deflateRawSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createHttpFetcher } from '../../src/adapters/http-fetcher.ts';
import { FetchError, type FetchFailure } from '../../src/core/errors.ts';
import type { FetchResult } from '../../src/ports.ts';
import {
  type FeedServer,
  hang,
  oversize,
  redirectTo,
  serveFeed,
  slowBody,
  startFeedServer,
  status,
  trackConcurrency,
} from '../helpers/feed-server.ts';

const RSS = '<?xml version="1.0"?><rss version="2.0"><channel><title>Loopback</title><item><title>Héllo</title></item></channel></rss>';
const MAX_BODY_BYTES = 64 * 1024;
const testOptions = { allowedPrivateHosts: ['127.0.0.1'], connectTimeoutMs: 500, totalTimeoutMs: 1_000, maxBodyBytes: MAX_BODY_BYTES };

let server: FeedServer;
const fetchers: Array<{ close(): Promise<void> }> = [];
const makeFetcher = (options: Parameters<typeof createHttpFetcher>[0] = {}) => {
  const fetcher = createHttpFetcher({ ...testOptions, ...options });
  fetchers.push(fetcher);
  return fetcher;
};
let fetcher: ReturnType<typeof createHttpFetcher>;

beforeAll(async () => {
  server = await startFeedServer();
  fetcher = makeFetcher();
});
afterAll(async () => {
  await Promise.all(fetchers.map((f) => f.close()));
  await server.close();
});
beforeEach(() => {
  server.routes.clear();
  server.requests.length = 0;
});

const text = (result: FetchResult) => (result.kind === 'ok' ? Buffer.from(result.body).toString('utf8') : `<${result.kind}>`);

async function fetchError(promise: Promise<unknown>, failure: FetchFailure): Promise<FetchError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error, 'expected the fetch to fail').toBeInstanceOf(FetchError);
  expect((error as FetchError).failure, (error as Error).message).toBe(failure);
  expect((error as Error).message).toMatch(/^fetcher: /);
  return error as FetchError;
}

describe('createHttpFetcher: successful fetches', () => {
  it('returns a 200 body with its content type and caching headers', async () => {
    server.route('/feed', serveFeed(RSS, { cacheControl: 'max-age=600', etag: '"v1"', lastModified: 'Wed, 01 May 2024 10:00:00 GMT' }));
    const result = await fetcher.fetch({ url: `${server.url}/feed` });
    expect(result).toMatchObject({
      kind: 'ok',
      status: 200,
      url: `${server.url}/feed`,
      contentType: 'application/rss+xml; charset=utf-8',
      cacheControl: 'max-age=600',
      etag: '"v1"',
      lastModified: 'Wed, 01 May 2024 10:00:00 GMT',
    });
    expect(text(result)).toBe(RSS);
  });

  it.each([['gzip', { gzip: true }], ['br', { br: true }]] as const)('decodes a %s body', async (encoding, options) => {
    server.route('/feed', serveFeed(RSS, options));
    const result = await fetcher.fetch({ url: `${server.url}/feed` });
    expect(text(result)).toBe(RSS);
    expect(server.requests[0]?.headers['accept-encoding']).toContain(encoding);
  });

  it('is not offered deflate, which servers send raw as often as zlib-wrapped, so such a server sends its plain body', async () => {
    // Old IIS and others label raw DEFLATE (RFC 1951) "deflate"; zlib's inflate refuses it.
    server.route('/feed', (req, res) => {
      if (/\bdeflate\b/.test(String(req.headers['accept-encoding']))) return void res.writeHead(200, { 'content-encoding': 'deflate' }).end(deflateRawSync(RSS));
      res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(RSS);
    });
    expect(text(await fetcher.fetch({ url: `${server.url}/feed` }))).toBe(RSS);
  });

  it('names newshound in the User-Agent', async () => {
    server.route('/feed', serveFeed(RSS));
    await fetcher.fetch({ url: `${server.url}/feed` });
    expect(server.requests[0]?.headers['user-agent']).toMatch(/^newshound\/\S+ \(\+https:\/\/github\.com\/newshound/);
  });

  it('merges extra request headers but never lets them override Host', async () => {
    server.route('/feed', serveFeed(RSS));
    await fetcher.fetch({ url: `${server.url}/feed`, headers: { 'X-Trace': 'abc', Host: 'evil.example' } });
    expect(server.requests[0]?.headers).toMatchObject({ 'x-trace': 'abc', host: new URL(server.url).host });
  });
});

describe('createHttpFetcher: conditional GET', () => {
  it('sends If-None-Match from a known ETag and reports 304 as not-modified', async () => {
    server.route('/feed', serveFeed(RSS, { etag: '"abc"' }));
    const first = await fetcher.fetch({ url: `${server.url}/feed` });
    expect(first.kind).toBe('ok');
    const second = await fetcher.fetch({ url: `${server.url}/feed`, etag: first.etag });
    expect(second).toMatchObject({ kind: 'not-modified', status: 304, etag: '"abc"' });
    expect(server.requests.map((r) => r.headers['if-none-match'])).toEqual([undefined, '"abc"']);
  });

  it('sends If-Modified-Since from a known Last-Modified', async () => {
    const lastModified = 'Wed, 01 May 2024 10:00:00 GMT';
    server.route('/feed', serveFeed(RSS, { lastModified }));
    const result = await fetcher.fetch({ url: `${server.url}/feed`, lastModified });
    expect(result.kind).toBe('not-modified');
    expect(server.requests[0]?.headers['if-modified-since']).toBe(lastModified);
    expect(server.requests[0]?.headers['if-none-match']).toBeUndefined();
  });

  it('a 304 to a first request, which sent no validators, is an error: there is no kept body it could stand for', async () => {
    server.route('/feed', status(304));
    const error = await fetchError(fetcher.fetch({ url: `${server.url}/feed` }), 'http-status');
    expect(error.message).toBe(`fetcher: GET ${server.url}/feed: HTTP 304 (not modified) to a request that sent no validators: no body to read`);
    expect(error.status).toBe(304);
  });

  it('gets the new body when the ETag changed', async () => {
    server.route('/feed', serveFeed(RSS, { etag: '"new"' }));
    const result = await fetcher.fetch({ url: `${server.url}/feed`, etag: '"old"' });
    expect(result).toMatchObject({ kind: 'ok', etag: '"new"' });
  });
});

describe('createHttpFetcher: redirects', () => {
  it('follows redirects and reports the final URL', async () => {
    server.route('/old', redirectTo('/moved', 301));
    server.route('/moved', redirectTo(`${server.url}/feed`, 308));
    server.route('/feed', serveFeed(RSS));
    const result = await fetcher.fetch({ url: `${server.url}/old` });
    expect(result).toMatchObject({ kind: 'ok', url: `${server.url}/feed` });
    expect(server.requests.map((r) => r.path)).toEqual(['/old', '/moved', '/feed']);
  });

  it('follows exactly maxRedirects (5) redirects', async () => {
    for (let i = 1; i <= 5; i++) server.route(`/r${i}`, redirectTo(i === 5 ? '/feed' : `/r${i + 1}`));
    server.route('/feed', serveFeed(RSS));
    expect((await fetcher.fetch({ url: `${server.url}/r1` })).kind).toBe('ok');
  });

  it('refuses a sixth redirect', async () => {
    for (let i = 1; i <= 6; i++) server.route(`/r${i}`, redirectTo(i === 6 ? '/feed' : `/r${i + 1}`));
    server.route('/feed', serveFeed(RSS));
    const error = await fetchError(fetcher.fetch({ url: `${server.url}/r1` }), 'too-many-redirects');
    expect(error.message).toContain('more than 5 redirects');
    expect(server.requests.map((r) => r.path)).not.toContain('/feed');
  });

  it('detects a redirect loop', async () => {
    server.route('/a', redirectTo('/b'));
    server.route('/b', redirectTo('/a'));
    const error = await fetchError(fetcher.fetch({ url: `${server.url}/a` }), 'too-many-redirects');
    expect(error.message).toContain('redirect loop');
  });

  it('refuses a redirect to a non-http scheme', async () => {
    server.route('/a', redirectTo('file:///etc/passwd'));
    await fetchError(fetcher.fetch({ url: `${server.url}/a` }), 'bad-url');
  });
});

describe('createHttpFetcher: failures', () => {
  it.each([
    [401, 'HTTP 401 Unauthorized: the feed needs a login newshound does not have'],
    [403, 'HTTP 403 Forbidden: the server refuses newshound (a login, its address or its User-Agent)'],
    [410, 'HTTP 410 Gone: the publisher has removed this feed for good'],
    [429, 'HTTP 429 Too Many Requests: the server asks to be polled less often'],
  ])('HTTP %d is said with what it means', async (code, said) => {
    server.route('/feed', status(code));
    const error = await fetchError(fetcher.fetch({ url: `${server.url}/feed` }), 'http-status');
    expect(error.message).toBe(`fetcher: GET ${server.url}/feed: ${said}`);
    expect(error.status).toBe(code);
  });

  it.each([
    [404, {}, undefined],
    [500, { 'retry-after': '120' }, '120'],
    [503, { 'retry-after': 'Wed, 01 May 2024 12:00:00 GMT' }, 'Wed, 01 May 2024 12:00:00 GMT'],
  ])('HTTP %d → http-status', async (code, headers, retryAfter) => {
    server.route('/feed', status(code, headers));
    const error = await fetchError(fetcher.fetch({ url: `${server.url}/feed` }), 'http-status');
    expect(error.message).toBe(`fetcher: GET ${server.url}/feed: HTTP ${code}`);
    expect(error.status).toBe(code);
    expect(error.retryAfter).toBe(retryAfter);
  });

  it('times out on a server that never answers', async () => {
    server.route('/feed', hang());
    const error = await fetchError(fetcher.fetch({ url: `${server.url}/feed` }), 'timeout');
    expect(error.message).toContain('timed out after 1000 ms');
  });

  it('times out on a body that trickles in too slowly', async () => {
    server.route('/feed', slowBody(RSS, 400, 8));
    await fetchError(fetcher.fetch({ url: `${server.url}/feed` }), 'timeout');
  });

  it.each([
    ['with Content-Length (refused before reading)', true, /Content-Length 1048576 exceeds 65536/],
    ['without Content-Length (stopped while streaming)', false, /more than 65536 bytes/],
  ])('refuses an oversized body %s', async (_name, contentLength, message) => {
    server.route('/feed', oversize(1024 * 1024, { contentLength }));
    const error = await fetchError(fetcher.fetch({ url: `${server.url}/feed` }), 'too-large');
    expect(error.message).toMatch(message);
  });

  it('caps the decoded size, so a small gzip bomb is refused', async () => {
    const bomb = Buffer.alloc(1024 * 1024, 'a');
    expect(gzipSync(bomb).length).toBeLessThan(MAX_BODY_BYTES);
    server.route('/feed', serveFeed(bomb, { gzip: true }));
    await fetchError(fetcher.fetch({ url: `${server.url}/feed` }), 'too-large');
  });

  it('reports a refused connection as a network error', async () => {
    const closed = await startFeedServer();
    const url = `${closed.url}/feed`;
    await closed.close();
    await fetchError(fetcher.fetch({ url }), 'network');
  });

  it.each([['ftp://127.0.0.1/feed'], ['file:///etc/passwd'], ['not a url'], ['javascript:alert(1)']])(
    '%s → bad-url',
    async (url) => {
      await fetchError(fetcher.fetch({ url }), 'bad-url');
    },
  );

  it('gives the caller its own abort reason when the caller aborts', async () => {
    server.route('/feed', hang());
    const controller = new AbortController();
    const pending = fetcher.fetch({ url: `${server.url}/feed` }, controller.signal);
    setTimeout(() => controller.abort(new Error('shutting down')), 20);
    await expect(pending).rejects.toThrow('shutting down');
  });
});

describe('createHttpFetcher: private addresses', () => {
  // A fetcher without the test allowance, as in production.
  const guarded = () => makeFetcher({ allowedPrivateHosts: [] });

  it.each([
    ['loopback literal', () => `${server.url}/feed`, /127\.0\.0\.1 is a loopback address/],
    ['a hostname resolving to loopback', () => `http://localhost:${new URL(server.url).port}/feed`, /localhost resolves to (127\.0\.0\.1|::1), a loopback address/],
    ['IPv6 loopback', () => `http://[::1]:${new URL(server.url).port}/feed`, /::1 is a loopback address/],
    ['IPv4-mapped IPv6 loopback', () => `http://[::ffff:127.0.0.1]:${new URL(server.url).port}/feed`, /loopback/],
    ['cloud metadata (link-local)', () => 'http://169.254.169.254/latest/meta-data/', /169\.254\.169\.254 is a link-local address/],
    ['RFC 1918 private', () => 'http://10.0.0.1/', /10\.0\.0\.1 is a private address/],
    ['CGNAT', () => 'http://100.64.0.1/', /100\.64\.0\.1 is a carrier-grade NAT address/],
    ['unspecified', () => 'http://0.0.0.0/', /unspecified/],
  ])('refuses %s', async (_name, url, message) => {
    server.route('/feed', serveFeed(RSS));
    const error = await fetchError(guarded().fetch({ url: url() }), 'private-address');
    expect(error.message).toMatch(message);
    expect(server.requests).toEqual([]);
  });

  it('refuses a redirect into a private address', async () => {
    server.route('/feed', redirectTo('http://10.0.0.1/admin'));
    const viaRedirect = makeFetcher({ allowedPrivateHosts: ['127.0.0.1'] });
    const error = await fetchError(viaRedirect.fetch({ url: `${server.url}/feed` }), 'private-address');
    expect(error.message).toContain('http://10.0.0.1/admin');
  });

  // Only the name localhost is allowed: the redirect's target, however it spells loopback or
  // another inward address, is refused before any request reaches it.
  it.each([
    [301, 'http://169.254.169.254/latest/meta-data/', /169\.254\.169\.254 is a link-local address/],
    [302, 'http://10.1.2.3/', /10\.1\.2\.3 is a private address/],
    [307, 'http://[::1]:PORT/feed', /::1 is a loopback address/],
    [308, 'http://[::ffff:127.0.0.1]:PORT/feed', /::ffff:7f00:1 is a loopback address/],
    [301, 'http://2130706433:PORT/feed', /127\.0\.0\.1 is a loopback address/],
    [302, 'http://0x7f.1:PORT/feed', /127\.0\.0\.1 is a loopback address/],
    [307, 'http://0177.0.0.1:PORT/feed', /127\.0\.0\.1 is a loopback address/],
    [308, 'http://0.0.0.0:PORT/feed', /0\.0\.0\.0 is an unspecified address/],
  ])('refuses a %d redirect to %s', async (code, target, message) => {
    const port = new URL(server.url).port;
    server.route('/start', redirectTo(target.replace('PORT', port), code));
    server.route('/feed', serveFeed(RSS));
    const viaName = makeFetcher({ allowedPrivateHosts: ['localhost'] });
    const error = await fetchError(viaName.fetch({ url: `http://localhost:${port}/start` }), 'private-address');
    expect(error.message).toMatch(message);
    expect(server.requests.map((r) => r.path)).toEqual(['/start']);
  });

  it('lets a host named in allowedPrivateHosts resolve to a private address (lookup path)', async () => {
    server.route('/feed', serveFeed(RSS));
    const allowed = makeFetcher({ allowedPrivateHosts: ['localhost'] });
    const result = await allowed.fetch({ url: `http://localhost:${new URL(server.url).port}/feed` });
    expect(text(result)).toBe(RSS);
  });

  it('allows private addresses when told to', async () => {
    server.route('/feed', serveFeed(RSS));
    const open = makeFetcher({ allowedPrivateHosts: [], allowPrivateAddresses: true });
    expect((await open.fetch({ url: `${server.url}/feed` })).kind).toBe('ok');
  });
});

describe('createHttpFetcher: concurrency', () => {
  it('with maxPerHost 1, two requests to one host never overlap', async () => {
    const { handler, stats } = trackConcurrency(slowBody(RSS, 30));
    server.route('/slow', handler);
    const serial = makeFetcher({ maxPerHost: 1 });
    const results = await Promise.all([serial.fetch({ url: `${server.url}/slow?a` }), serial.fetch({ url: `${server.url}/slow?b` })]);
    expect(results.map(text)).toEqual([RSS, RSS]);
    expect(stats).toMatchObject({ peak: 1, served: 2 });
  });

  it('with maxConcurrency 1, requests never overlap even when the host would allow it', async () => {
    const { handler, stats } = trackConcurrency(slowBody(RSS, 30));
    server.route('/slow', handler);
    const serial = makeFetcher({ maxConcurrency: 1, maxPerHost: 4 });
    await Promise.all([1, 2, 3].map((i) => serial.fetch({ url: `${server.url}/slow?${i}` })));
    expect(stats).toMatchObject({ peak: 1, served: 3 });
  });

  it('with maxPerHost 2, two requests are in flight together (the server waits for both)', async () => {
    const held: ServerResponse[] = [];
    server.route('/pair', (_req, res) => {
      held.push(res);
      if (held.length === 2) for (const r of held) r.writeHead(200, { 'content-type': 'text/xml' }).end(RSS);
    });
    const paired = makeFetcher({ maxPerHost: 2 });
    const results = await Promise.all([paired.fetch({ url: `${server.url}/pair?a` }), paired.fetch({ url: `${server.url}/pair?b` })]);
    expect(results.map(text)).toEqual([RSS, RSS]);
  });
});
