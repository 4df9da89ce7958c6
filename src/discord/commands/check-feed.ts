import { findFeed } from '../../adapters/feed-finder.ts';
import type { HttpFetcher } from '../../ports.ts';
import type { FeedCheck } from './command-types.ts';

/**
 * `checkFeed` for /feeds add: GETs through the worker's own HttpFetcher (so a private address, a
 * timeout or an oversized body fails exactly as it would in a cycle), then the cycle's parser; a
 * web page leads to the feed it names (feed-finder.ts). Throws FetchError or ParseError;
 * nothing is stored here.
 */
export function createFeedChecker(fetcher: HttpFetcher): (url: string) => Promise<FeedCheck> {
  return async (url) => {
    const found = await findFeed(fetcher, url);
    return {
      url: found.finalUrl,
      ...(found.feed.title ? { title: found.feed.title } : {}),
      itemCount: found.feed.items.length,
      ...(found.discovered ? { discovered: { feedUrl: found.url, via: found.discovered.via, others: found.discovered.others.map((l) => l.url) } } : {}),
    };
  };
}
