// Feed autodiscovery, the fetching part: a URL someone gave as a feed is read as one, and when it
// turns out to be a web page, the feed it names is read instead (its <link rel="alternate">s,
// else the common feed paths on its origin). Every request goes through the HttpFetcher it is
// handed, the worker's own: a page cannot point the bot at an address a feed could not reach
// (127.0.0.1, 10.x), nor past the size and time limits, because its links are fetched exactly
// as a feed URL would be.

import { FetchError, NewshoundError, ParseError } from '../core/errors.ts';
import { commonFeedUrls, COMMON_FEED_PATHS, findFeedLinks, preferredFeedLink, type FeedLink } from '../core/discover/find-feed-links.ts';
import { decodeHtml } from '../core/extract/decode-html.ts';
import { looksLikeHtml, parseFeed, type ParsedFeed } from '../core/parse/parse-feed.ts';
import type { HttpFetcher } from '../ports.ts';

export interface FoundFeed {
  /** The feed's URL as it should be stored: the one given, or the one the page named. */
  url: string;
  /** Where the feed was finally read from, after redirects. */
  finalUrl: string;
  feed: ParsedFeed;
  /** Set when the URL given was a web page. */
  discovered?: {
    /** The page's URL as given. */
    page: string;
    /** How the feed was found: a link in the page, or a common path on its origin. */
    via: 'link' | 'common-path';
    /** The other feeds the page names (not read). */
    others: FeedLink[];
  };
}

/**
 * Reads `url` as a feed; a web page leads to the feed it names. Throws FetchError or ParseError
 * (a page naming no feed is a ParseError saying so); nothing is stored here.
 */
export async function findFeed(fetcher: HttpFetcher, url: string): Promise<FoundFeed> {
  const page = await fetchBody(fetcher, url);
  try {
    return { url, finalUrl: page.url, feed: await parseFeed(page.body, page.contentType, page.url) };
  } catch (error) {
    if (!(error instanceof ParseError)) throw error;
    const html = decodeHtml(page.body, page.contentType);
    if (!looksLikeHtml(html)) throw error;
    // Relative links resolve against the document's own URL: the one after redirects.
    const links = findFeedLinks(html, page.url);
    const chosen = preferredFeedLink(links);
    if (chosen !== undefined) return { ...(await readNamedFeed(fetcher, chosen.url)), discovered: { page: url, via: 'link', others: links.filter((l) => l !== chosen) } };
    const guessed = await readCommonPath(fetcher, page.url);
    if (guessed !== undefined) return { ...guessed, discovered: { page: url, via: 'common-path', others: [] } };
    throw new ParseError(`${url}: a web page that names no feed (no <link rel="alternate"> to an RSS, Atom or JSON feed), and none of ${COMMON_FEED_PATHS.join(', ')} on its site is one`);
  }
}

/** The feed a page's link names; a failure says which feed it was, since the user gave the page. */
async function readNamedFeed(fetcher: HttpFetcher, url: string): Promise<Omit<FoundFeed, 'discovered'>> {
  try {
    const result = await fetchBody(fetcher, url);
    return { url, finalUrl: result.url, feed: await parseFeed(result.body, result.contentType, result.url) };
  } catch (error) {
    if (!(error instanceof NewshoundError)) throw error;
    const detail = error.message.replace(/^(?:fetcher|parser): /, '').replace(/^(?:GET )?https?:\/\/\S+?: /, '');
    const message = `the feed the page names, ${url}: ${detail}`;
    if (error instanceof FetchError) throw new FetchError(error.failure, message, { cause: error, ...(error.status !== undefined ? { status: error.status } : {}) });
    if (error instanceof ParseError) throw new ParseError(message, { cause: error });
    throw error;
  }
}

/**
 * The first common path on the page's origin that answers with a feed. A fallback only: each
 * try costs a request, and a miss (404, a page, a refused address) just moves to the next.
 */
async function readCommonPath(fetcher: HttpFetcher, pageUrl: string): Promise<Omit<FoundFeed, 'discovered'> | undefined> {
  for (const url of commonFeedUrls(pageUrl)) {
    if (url === pageUrl) continue;
    try {
      const result = await fetchBody(fetcher, url);
      return { url, finalUrl: result.url, feed: await parseFeed(result.body, result.contentType, result.url) };
    } catch (error) {
      if (!(error instanceof FetchError || error instanceof ParseError)) throw error;
    }
  }
  return undefined;
}

async function fetchBody(fetcher: HttpFetcher, url: string): Promise<{ url: string; body: Uint8Array; contentType?: string }> {
  const result = await fetcher.fetch({ url });
  // No validators were sent, so a 304 is the server's mistake, and there is no body to check.
  if (result.kind === 'not-modified') throw new FetchError('http-status', `GET ${result.url}: HTTP 304 to a request with no validators`, { status: 304 });
  return { url: result.url, body: result.body, ...(result.contentType !== undefined ? { contentType: result.contentType } : {}) };
}
