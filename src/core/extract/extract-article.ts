// An article page's HTML → its readable text, title, lead image and language. Readability (the
// Firefox Reader View code) decides which part of the page is the article; linkedom gives it a
// DOM without a browser. What comes back is turned into plain paragraphs here: the summariser
// wants sentences, not markup, and a blank line between paragraphs keeps their boundaries.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { ParseError } from '../errors.ts';
import type { ArticleText } from '../../ports.ts';

/** Less text than this is a teaser, a paywall stub or an error page, not an article to summarise. */
const MIN_ARTICLE_CHARS = 200;
/** Above this share of link text, Readability has picked a list of headlines (an index page). */
const MAX_LINK_TEXT_SHARE = 0.5;

// Each of these starts a new paragraph; their text never runs into a neighbour's.
const BLOCK_ELEMENTS = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'dd', 'details', 'div', 'dl', 'dt', 'figcaption', 'figure',
  'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'ol', 'p', 'pre', 'section',
  'summary', 'table', 'td', 'th', 'tr', 'ul',
]);
// Readability drops most of these already; any left hold code or widgets, never prose.
const SKIPPED_ELEMENTS = new Set(['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'button', 'select', 'textarea']);
// In priority order: Open Graph is what publishers fill in for link previews; Twitter cards are the fallback.
const IMAGE_META_KEYS = ['og:image', 'og:image:url', 'og:image:secure_url', 'twitter:image', 'twitter:image:src'];

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

export function extractArticle(html: string, url: string): ArticleText {
  if (!URL.canParse(url)) throw new ParseError(`${url}: not an absolute URL, so the page's own links cannot be resolved`);
  const document = parseDocument(html, url);
  // Read before Readability runs: it strips the document it is given as it goes.
  const imageUrl = leadImageUrl(document, url);
  const lang = primaryLanguage(document.documentElement.getAttribute('lang'));

  let article: ReturnType<Readability<Node>['parse']>;
  try {
    // The serializer hands back Readability's own article element instead of its innerHTML, so
    // the text is read from the DOM we already have rather than from a second parse.
    article = new Readability<Node>(document, { serializer: (node) => node }).parse();
  } catch (error) {
    throw new ParseError(`${url}: no readable article: Readability failed: ${(error as Error).message}`, { cause: error });
  }
  if (!article?.content) throw new ParseError(`${url}: no readable article: Readability found no content`);

  const { paragraphs, linkChars, textChars } = readParagraphs(article.content);
  const text = paragraphs.filter((p) => !isLabel(p)).join('\n\n');
  if (text.length < MIN_ARTICLE_CHARS) {
    throw new ParseError(`${url}: no readable article: ${text.length} characters of text, fewer than ${MIN_ARTICLE_CHARS}`);
  }
  if (linkChars > textChars * MAX_LINK_TEXT_SHARE) {
    const percent = Math.round((linkChars / textChars) * 100);
    throw new ParseError(`${url}: no readable article: ${percent}% of the text is links (a list of headlines, not an article)`);
  }
  return { url, title: article.title?.trim() || undefined, text, imageUrl, lang };
}

/**
 * Breadcrumbs ("Beranda", "Global"), "Advertisement" and section labels that Readability keeps
 * when they sit in the article's column: a few words with no sentence end. Dropped so the
 * summariser's lead prior starts at the article's first real sentence.
 */
function isLabel(paragraph: string): boolean {
  return paragraph.split(/\s+/).length <= 3 && !/[.!?…"”]$/.test(paragraph);
}

function parseDocument(html: string, url: string): Document {
  // linkedom's baseURI is the raw <base href> or else window.location.href, and its window has
  // no location unless one is handed in; without it Readability cannot make relative links
  // absolute (harmless for the text we keep, but the DOM should say where it came from).
  const globals = { location: new URL(url) };
  const { document } = parseHTML(html, globals);
  if (document.documentElement?.localName === 'html') return document;
  // linkedom does not build the implied <html>/<body> the HTML parser would: for a page that
  // omits them (legal HTML) documentElement is its first element, a <meta> say, and Readability
  // then finds an empty body. Giving it the wrapper it should have had fixes both.
  const withoutDoctype = html.replace(/^\s*(?:<!doctype[^>]*>)?/i, '');
  return parseHTML(`<!DOCTYPE html><html><head></head><body>${withoutDoctype}</body></html>`, globals).document;
}

/** The first og:image / twitter:image that makes an absolute http(s) URL against the page URL. */
function leadImageUrl(document: Document, pageUrl: string): string | undefined {
  for (const key of IMAGE_META_KEYS) {
    // Publishers put Open Graph keys in name= as often as in property=.
    const content = document.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content')?.trim();
    if (!content) continue;
    const absolute = absoluteHttpUrl(content, pageUrl);
    if (absolute) return absolute;
  }
  return undefined;
}

function absoluteHttpUrl(raw: string, base: string): string | undefined {
  try {
    const resolved = new URL(raw, base);
    return resolved.protocol === 'http:' || resolved.protocol === 'https:' ? resolved.href : undefined;
  } catch {
    return undefined;
  }
}

/** "id-ID" → "id"; anything that is not a 2-3 letter primary subtag (BCP 47) is no language at all. */
function primaryLanguage(tag: string | null): string | undefined {
  const primary = tag?.trim().split(/[-_]/)[0]?.toLowerCase();
  return primary && /^[a-z]{2,3}$/.test(primary) ? primary : undefined;
}

interface ArticleParagraphs {
  paragraphs: string[];
  /** Non-space characters inside links, and in all, to tell an article from a list of links. */
  linkChars: number;
  textChars: number;
}

function readParagraphs(root: Node): ArticleParagraphs {
  const paragraphs: string[] = [];
  let pending = '';
  let linkChars = 0;
  let textChars = 0;
  const endParagraph = () => {
    const paragraph = pending.replace(/\s+/g, ' ').trim();
    if (paragraph) paragraphs.push(paragraph);
    pending = '';
  };
  const visit = (node: Node, inLink: boolean) => {
    if (node.nodeType === TEXT_NODE) {
      const text = node.nodeValue ?? '';
      const chars = text.replace(/\s+/g, '').length;
      textChars += chars;
      if (inLink) linkChars += chars;
      pending += text;
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    // Readability creates its wrappers as "DIV", and linkedom keeps the case it is given.
    const name = node.nodeName.toLowerCase();
    if (SKIPPED_ELEMENTS.has(name)) return;
    const isBlock = BLOCK_ELEMENTS.has(name);
    if (isBlock) endParagraph();
    for (const child of node.childNodes) visit(child, inLink || name === 'a');
    if (isBlock) endParagraph();
  };
  visit(root, false);
  endParagraph();
  return { paragraphs, linkChars, textChars };
}
