import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createArticleFetcher } from '../../src/adapters/article-fetcher.ts';
import { createHttpFetcher } from '../../src/adapters/http-fetcher.ts';
import { FetchError, type FetchFailure, ParseError } from '../../src/core/errors.ts';
import { type FeedServer, hang, oversize, redirectTo, serveFeed, startFeedServer, status } from '../helpers/feed-server.ts';

const fixture = (name: string): Buffer => readFileSync(new URL(`../fixtures/articles/${name}`, import.meta.url));
const INDONESIAN_PAGE = fixture('id-kabar-dunia.html');
const ENGLISH_PAGE = fixture('en-harbour-gazette.html');
const LEAD_ID = 'PYONGYANG, - Menteri Pertahanan (Menhan) Rusia Andrei Belousov bertemu dengan Pemimpin Korea Utara Kim Jong Un, Jumat (29/11/2024).';
const HTML_UTF8 = 'text/html; charset=utf-8';
const html = (bytes: Uint8Array, contentType = HTML_UTF8) => serveFeed(bytes, { contentType });

let server: FeedServer;
const closers: Array<{ close(): Promise<void> }> = [];
/** The real fetcher, opened to loopback only because the test server lives there. */
const makeHttpFetcher = (options: Parameters<typeof createHttpFetcher>[0] = {}) => {
  const fetcher = createHttpFetcher({ allowPrivateAddresses: true, connectTimeoutMs: 500, totalTimeoutMs: 2_000, ...options });
  closers.push(fetcher);
  return fetcher;
};
let articles: ReturnType<typeof createArticleFetcher>;

beforeAll(async () => {
  server = await startFeedServer();
  closers.push(server);
  articles = createArticleFetcher(makeHttpFetcher());
});
afterAll(async () => {
  await Promise.all(closers.map((closer) => closer.close()));
});
beforeEach(() => {
  server.routes.clear();
  server.requests.length = 0;
});

async function failure(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => expect.fail('expected fetchArticle to fail'),
    (error: unknown) => error,
  );
}

async function fetchError(promise: Promise<unknown>, kind: FetchFailure): Promise<FetchError> {
  const error = await failure(promise);
  expect(error).toBeInstanceOf(FetchError);
  expect((error as FetchError).failure, (error as Error).message).toBe(kind);
  return error as FetchError;
}

async function parseError(promise: Promise<unknown>): Promise<ParseError> {
  const error = await failure(promise);
  expect(error, (error as Error).message).toBeInstanceOf(ParseError);
  return error as ParseError;
}

describe('createArticleFetcher: pages it reads', () => {
  it('fetches an article page and returns its text, title, language and absolute lead image', async () => {
    server.route('/read/2024/11/30/kim-jong-un', html(INDONESIAN_PAGE));
    const url = `${server.url}/read/2024/11/30/kim-jong-un`;
    const article = await articles.fetchArticle(url);
    expect(article).toMatchObject({
      url,
      title: 'Kim Jong Un dan Menhan Rusia Sepakat Tingkatkan Hubungan Militer',
      lang: 'id',
      imageUrl: `${server.url}/photo/2024/11/30/kim-jong-un-belousov-pyongyang.jpg?w=1200&q=80`,
    });
    expect(article.text).toContain(LEAD_ID);
    expect(article.text).not.toContain('Terpopuler');
  });

  it('asks for HTML and never sends validators', async () => {
    server.route('/article', html(ENGLISH_PAGE));
    await articles.fetchArticle(`${server.url}/article`);
    const [request] = server.requests;
    expect(request?.headers.accept).toBe('text/html,application/xhtml+xml;q=0.9,*/*;q=0.5');
    expect(request?.headers).not.toHaveProperty('if-none-match');
    expect(request?.headers).not.toHaveProperty('if-modified-since');
  });

  it('follows a redirect and resolves the lead image against the final URL', async () => {
    const publisher = await startFeedServer();
    closers.push(publisher);
    publisher.route('/read/2024/11/30/kim-jong-un', html(INDONESIAN_PAGE));
    server.route('/s/k1m', redirectTo(`${publisher.url}/read/2024/11/30/kim-jong-un`, 301));
    const article = await articles.fetchArticle(`${server.url}/s/k1m`);
    expect(article.url).toBe(`${publisher.url}/read/2024/11/30/kim-jong-un`);
    expect(article.imageUrl).toBe(`${publisher.url}/photo/2024/11/30/kim-jong-un-belousov-pyongyang.jpg?w=1200&q=80`);
    expect(server.requests.map((request) => request.path)).toEqual(['/s/k1m']);
  });

  it('decodes a page labelled ISO-8859-1 in its Content-Type', async () => {
    server.route('/pastelaria', html(fixture('iso-8859-1-header.html'), 'text/html; charset=ISO-8859-1'));
    const article = await articles.fetchArticle(`${server.url}/pastelaria`);
    expect(article.text).toContain('«Não há nada igual ao pastel de nata acabado de sair do forno», disse João Gonçalves');
    expect(article.imageUrl).toBe('http://img.jornaldobairro.example/2024/belem.jpg');
  });

  it('decodes a page labelled windows-1252 only by its <meta charset>', async () => {
    server.route('/news/cafes', html(fixture('windows-1252-meta.html'), 'text/html'));
    const article = await articles.fetchArticle(`${server.url}/news/cafes`);
    expect(article.text).toContain('“We’ve been here for 23 years and we’ve never seen anything like it,” said Rosa Delgado');
    expect(article.imageUrl).toBe(`${server.url}/news/images/old-quarter.jpg`);
  });

  it('reads application/xhtml+xml as HTML', async () => {
    server.route('/article', html(ENGLISH_PAGE, 'application/xhtml+xml; charset=utf-8'));
    expect((await articles.fetchArticle(`${server.url}/article`)).lang).toBe('en');
  });
});

describe('createArticleFetcher: pages it refuses', () => {
  it('HTTP 404 → FetchError with the status', async () => {
    server.route('/gone', status(404));
    const error = await fetchError(articles.fetchArticle(`${server.url}/gone`), 'http-status');
    expect(error.status).toBe(404);
  });

  it('HTTP 304 to an unconditional request → FetchError, not an empty article', async () => {
    server.route('/cached', status(304));
    const error = await fetchError(articles.fetchArticle(`${server.url}/cached`), 'http-status');
    expect(error.status).toBe(304);
  });

  it.each([['application/pdf'], ['image/jpeg'], ['application/rss+xml; charset=utf-8'], ['text/plain']])(
    'Content-Type %s → ParseError naming the type',
    async (contentType) => {
      server.route('/file', html(ENGLISH_PAGE, contentType));
      const error = await parseError(articles.fetchArticle(`${server.url}/file`));
      expect(error.message).toBe(`parser: GET ${server.url}/file: not an HTML page: Content-Type ${contentType.split(';')[0]}`);
    },
  );

  it('a page with no article → ParseError', async () => {
    server.route('/global', html(fixture('id-section-index.html')));
    const error = await parseError(articles.fetchArticle(`${server.url}/global`));
    expect(error.message).toContain(`${server.url}/global: no readable article`);
  });

  it('a body over the HttpFetcher cap → FetchError too-large', async () => {
    server.route('/huge', oversize(256 * 1024));
    const capped = createArticleFetcher(makeHttpFetcher({ maxBodyBytes: 32 * 1024 }));
    const error = await fetchError(capped.fetchArticle(`${server.url}/huge`), 'too-large');
    expect(error.message).toContain('more than 32768 bytes');
  });

  it('a page over maxHtmlBytes → FetchError too-large, though the download was allowed', async () => {
    server.route('/article', html(ENGLISH_PAGE));
    const strict = createArticleFetcher(makeHttpFetcher(), { maxHtmlBytes: ENGLISH_PAGE.length - 1 });
    const error = await fetchError(strict.fetchArticle(`${server.url}/article`), 'too-large');
    expect(error.message).toContain(`${ENGLISH_PAGE.length} bytes, more than ${ENGLISH_PAGE.length - 1}`);
    await expect(createArticleFetcher(makeHttpFetcher(), { maxHtmlBytes: ENGLISH_PAGE.length }).fetchArticle(`${server.url}/article`)).resolves.toBeDefined();
  });

  it('a server that never answers → FetchError timeout', async () => {
    server.route('/slow', hang());
    const impatient = createArticleFetcher(makeHttpFetcher({ totalTimeoutMs: 300 }));
    const error = await fetchError(impatient.fetchArticle(`${server.url}/slow`), 'timeout');
    expect(error.message).toContain('timed out after 300 ms');
  });

  it('a private address, with the production guard on → refused before any request is sent', async () => {
    server.route('/article', html(ENGLISH_PAGE));
    const guarded = createArticleFetcher(makeHttpFetcher({ allowPrivateAddresses: false }));
    const error = await fetchError(guarded.fetchArticle(`${server.url}/article`), 'private-address');
    expect(error.message).toContain('127.0.0.1 is a loopback address');
    expect(server.requests).toEqual([]);
  });
});
