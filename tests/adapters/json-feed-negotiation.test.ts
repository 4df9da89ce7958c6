// The fetcher's Accept header named application/feed+json first among equals, though the parser
// reads only RSS, RDF and Atom: a server that negotiates (WordPress plugins, Ghost, Micro.blog)
// may then answer with its JSON Feed, and a good feed failed every poll with an XML parser's
// "Non-whitespace before first tag". Now the fetcher asks only for what it reads, and a JSON
// body that still arrives is named as such.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpFetcher } from '../../src/adapters/http-fetcher.ts';
import { ParseError } from '../../src/core/errors.ts';
import { parseFeed } from '../../src/core/parse/parse-feed.ts';
import { startFeedServer, type FeedServer } from '../helpers/feed-server.ts';

const RSS = '<?xml version="1.0"?><rss version="2.0"><channel><title>Negotiated</title><item><title>One</title><link>https://n.example/1</link></item></channel></rss>';
const JSON_FEED = JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'Negotiated', items: [{ id: '1', title: 'One', url: 'https://n.example/1' }] });

let server: FeedServer;
const fetcher = createHttpFetcher({ allowedPrivateHosts: ['127.0.0.1'], connectTimeoutMs: 500, totalTimeoutMs: 2_000 });
beforeAll(async () => {
  server = await startFeedServer();
});
afterAll(async () => {
  await fetcher.close();
  await server.close();
});

describe('content negotiation of a feed', () => {
  it('a server that gives JSON Feed to whoever asks for it gives newshound its RSS', async () => {
    // The server's rule: JSON Feed when the client lists it at all (as some do), else RSS.
    server.route('/feed', (req, res) => {
      const json = /application\/feed\+json/.test(String(req.headers.accept ?? ''));
      res.writeHead(200, { 'content-type': json ? 'application/feed+json' : 'application/rss+xml' }).end(json ? JSON_FEED : RSS);
    });
    const result = await fetcher.fetch({ url: `${server.url}/feed` });
    expect(result.kind).toBe('ok');
    if (result.kind !== 'ok') return;
    const feed = await parseFeed(result.body, result.contentType, 'Negotiated');
    expect(feed.items.map((item) => item.title)).toEqual(['One']);
  });

  it('a JSON body is named as JSON, not as malformed XML', async () => {
    const error = await parseFeed(new TextEncoder().encode(`\uFEFF  ${JSON_FEED}`), 'application/feed+json', 'Negotiated').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ParseError);
    expect((error as Error).message).toBe('parser: Negotiated: got JSON (a JSON Feed?), not an RSS, RDF or Atom feed');
  });
});
