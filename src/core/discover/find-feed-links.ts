// Feed autodiscovery, the pure part: the feeds a web page names, and the common paths to try
// when it names none. A page names its feeds with `<link rel="alternate" type="..." href="...">`
// (the RSS Autodiscovery convention, also HTML's "alternate" link type with a feed MIME type);
// hrefs are relative to the document's base URL, which a `<base href>` sets (HTML, "document
// base URL"). linkedom is already the project's HTML parser (extract-article.ts): it decodes
// entities in attributes, which a regular expression over the markup would get wrong.
import { parseHTML } from 'linkedom';

export type FeedFormat = 'rss' | 'atom' | 'json';

export interface FeedLink {
  /** Absolute http(s) URL. */
  url: string;
  format: FeedFormat;
  /** The link's title attribute, when it has one. */
  title?: string;
}

/** MIME types that name a feed in an alternate link (parameters and case ignored). */
const FEED_TYPES: Record<string, FeedFormat> = {
  'application/rss+xml': 'rss',
  // RSS 1.0 is RDF; the parser reads it as it reads RSS.
  'application/rdf+xml': 'rss',
  'application/atom+xml': 'atom',
  'application/feed+json': 'json',
  // Not application/json (JSON Feed 1.0's type): WordPress names its REST API with it on every
  // page (`<link rel="alternate" type="application/json" href="/wp-json/wp/v2/posts/1">`).
};

/** Tried in this order, only when a page names no feed: the paths blog engines and CMSs use. */
export const COMMON_FEED_PATHS = ['/feed', '/rss', '/feed.xml', '/rss.xml', '/atom.xml', '/index.xml'] as const;

/**
 * The feeds `html` names, in document order, each once, resolved against its base URL (`<base
 * href>` resolved against `pageUrl`, else `pageUrl`). Links in a `<body>` count too: pages that
 * omit `<head>` (legal HTML) leave linkedom nothing to call a head, and a feed link is not
 * something a page puts anywhere by accident.
 */
export function findFeedLinks(html: string, pageUrl: string): FeedLink[] {
  const { document } = parseHTML(html);
  const base = baseUrl(document, pageUrl);
  const links: FeedLink[] = [];
  const seen = new Set<string>();
  for (const element of document.querySelectorAll('link')) {
    if (!relTokens(attribute(element, 'rel')).includes('alternate')) continue;
    const format = FEED_TYPES[mimeType(attribute(element, 'type'))];
    const href = attribute(element, 'href')?.trim();
    if (format === undefined || !href) continue;
    const url = absoluteHttpUrl(href, base);
    if (url === undefined || seen.has(url)) continue;
    seen.add(url);
    const title = attribute(element, 'title')?.trim();
    links.push({ url, format, ...(title ? { title } : {}) });
  }
  return links;
}

/** The common feed paths on the page's origin, as absolute URLs, in the order to try them. */
export function commonFeedUrls(pageUrl: string): string[] {
  const origin = new URL(pageUrl).origin;
  return COMMON_FEED_PATHS.map((path) => `${origin}${path}`);
}

/** The one to subscribe to: the first RSS or Atom feed (what the poller reads), else the first. */
export function preferredFeedLink(links: readonly FeedLink[]): FeedLink | undefined {
  return links.find((link) => link.format !== 'json') ?? links[0];
}

/** The first `<base href>` that resolves (HTML uses the first base element with an href). */
function baseUrl(document: Document, pageUrl: string): string {
  const element = document.querySelector('base[href]');
  const href = element ? attribute(element, 'href')?.trim() : undefined;
  if (!href) return pageUrl;
  return URL.canParse(href, pageUrl) ? new URL(href, pageUrl).href : pageUrl;
}

/**
 * An attribute by name, whatever case the page wrote it in: HTML attribute names are
 * case-insensitive, but linkedom keeps `REL=` as written and getAttribute('rel') misses it.
 */
function attribute(element: Element, name: string): string | undefined {
  for (const attr of Array.from(element.attributes)) if (attr.name.toLowerCase() === name) return attr.value;
  return undefined;
}

/** rel is a set of space-separated, case-insensitive tokens ("alternate feed" counts). */
function relTokens(rel: string | undefined): string[] {
  return (rel ?? '').toLowerCase().split(/[\t\n\f\r ]+/).filter(Boolean);
}

/** `Application/RSS+XML; charset=utf-8` → `application/rss+xml`. */
function mimeType(type: string | undefined): string {
  return (type ?? '').split(';')[0]!.trim().toLowerCase();
}

function absoluteHttpUrl(href: string, base: string): string | undefined {
  if (!URL.canParse(href, base)) return undefined;
  const url = new URL(href, base);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  url.hash = '';
  return url.href;
}
