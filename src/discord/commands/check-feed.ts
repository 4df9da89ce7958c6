import { FetchError } from '../../core/errors.ts';
import { parseFeed } from '../../core/parse/parse-feed.ts';
import type { HttpFetcher } from '../../ports.ts';
import type { FeedCheck } from './command-types.ts';

/**
 * `checkFeed` for /feeds add: one GET through the worker's own HttpFetcher (so a private
 * address, a timeout or an oversized body fails exactly as it would in a cycle), then the
 * cycle's parser. Throws FetchError or ParseError; nothing is stored here.
 */
export function createFeedChecker(fetcher: HttpFetcher): (url: string) => Promise<FeedCheck> {
  return async (url) => {
    const result = await fetcher.fetch({ url });
    // No validators were sent, so a 304 is the server's mistake, and there is no body to check.
    if (result.kind === 'not-modified') throw new FetchError('http-status', `GET ${result.url}: HTTP 304 to a request with no validators`, { status: 304 });
    const feed = await parseFeed(result.body, result.contentType, result.url);
    return { url: result.url, ...(feed.title ? { title: feed.title } : {}), itemCount: feed.items.length };
  };
}
