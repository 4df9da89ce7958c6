// The article behind an item's link, as text. It goes through the same HttpFetcher as feeds, so
// an article URL (which comes from a feed, i.e. from a stranger) gets the same timeouts, body
// cap, redirect limit and private-address refusal; only what is asked for and accepted differs.
import { decodeHtml } from '../core/extract/decode-html.ts';
import { extractArticle } from '../core/extract/extract-article.ts';
import { FetchError, ParseError } from '../core/errors.ts';
import type { ArticleFetcher, ArticleText, HttpFetcher } from '../ports.ts';

export interface ArticleFetcherOptions {
  /**
   * Pages above this are refused after download (the HttpFetcher's maxBodyBytes caps the
   * download itself): parsing and scoring a DOM costs far more per byte than reading a feed.
   */
  maxHtmlBytes: number;
}

export const ARTICLE_FETCHER_DEFAULTS = {
  maxHtmlBytes: 5 * 1024 * 1024,
} as const satisfies ArticleFetcherOptions;

const ACCEPT_HTML = 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.5';
const HTML_MEDIA_TYPES = new Set(['text/html', 'application/xhtml+xml']);

export function createArticleFetcher(fetcher: HttpFetcher, options: Partial<ArticleFetcherOptions> = {}): ArticleFetcher {
  const config: ArticleFetcherOptions = { ...ARTICLE_FETCHER_DEFAULTS, ...options };

  async function fetchArticle(url: string, signal?: AbortSignal): Promise<ArticleText> {
    // No etag / lastModified: an article is fetched once and kept as text, so there is no
    // cached copy a 304 could stand for.
    const result = await fetcher.fetch({ url, headers: { accept: ACCEPT_HTML } }, signal);
    if (result.kind === 'not-modified') {
      throw new FetchError('http-status', `GET ${result.url}: HTTP 304 to a request with no validators: no body to read`, { status: 304 });
    }
    const mediaType = mediaTypeOf(result.contentType);
    // A missing Content-Type is let through: Readability finding no article is the check then.
    if (mediaType && !HTML_MEDIA_TYPES.has(mediaType)) {
      throw new ParseError(`GET ${result.url}: not an HTML page: Content-Type ${mediaType}`);
    }
    if (result.body.length > config.maxHtmlBytes) {
      throw new FetchError('too-large', `GET ${result.url}: page too large to parse: ${result.body.length} bytes, more than ${config.maxHtmlBytes}`);
    }
    // The final URL, after redirects, is the one the page's relative links are written against.
    return extractArticle(decodeHtml(result.body, result.contentType), result.url);
  }

  return { fetchArticle };
}

/** `Text/HTML; charset=utf-8` → `text/html`; undefined when there is no header or it is empty. */
function mediaTypeOf(contentType: string | undefined): string | undefined {
  return contentType?.split(';')[0]?.trim().toLowerCase() || undefined;
}
