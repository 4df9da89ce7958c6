// A configured or added feed URL that answers with a web page (a site's home page, say) fails
// each poll; its error then names the feeds the page links, read from the bytes already fetched,
// so `status` and `/feeds status` say which URL to give instead. Nothing more is fetched: a
// cycle polls exactly the URLs it was given.
import { ParseError } from '../errors.ts';
import { decodeHtml } from '../extract/decode-html.ts';
import { looksLikeHtml } from '../parse/parse-feed.ts';
import { findFeedLinks } from './find-feed-links.ts';

/** Named in the error at most; a page can name one feed per category. */
const FEEDS_NAMED = 3;

/** `error` with the feeds the page names added, when it is a parse failure of a page naming some; else `error` itself. */
export function withFeedsThePageNames(error: unknown, page: { url: string; body: Uint8Array; contentType?: string }): unknown {
  if (!(error instanceof ParseError)) return error;
  const html = decodeHtml(page.body, page.contentType);
  if (!looksLikeHtml(html)) return error;
  const links = findFeedLinks(html, page.url);
  if (links.length === 0) return error;
  const named = links.slice(0, FEEDS_NAMED).map((link) => link.url).join(', ');
  const more = links.length > FEEDS_NAMED ? ` and ${links.length - FEEDS_NAMED} more` : '';
  return new ParseError(`${error.message}; the page names ${links.length === 1 ? 'the feed' : 'the feeds'} ${named}${more}: give that URL instead`, { cause: error });
}
