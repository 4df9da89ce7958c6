// Stage `parser`: feed bytes + Content-Type → RawFeed. RSS 2.0, RSS 0.9x, RDF/RSS 1.0 and Atom
// all come out in one shape. Async only because rss-parser's parseString is; there is no I/O.
import { ParseError } from '../errors.ts';
import type { RawFeed, RawItem } from '../model.ts';
import { decodeFeed } from './decode-body.ts';
import { readText, text, toRawItem } from './map-item.ts';
import { parseWithRssParser, type GuardedFeed } from './rss-parser-guarded.ts';

export interface ParseFeedOptions {
  /** Refuse a decoded feed longer than this: a bound on parse time and memory. */
  maxChars?: number;
}

export const PARSE_FEED_DEFAULTS = { maxChars: 20_000_000 } as const satisfies Required<ParseFeedOptions>;

export interface ParsedFeed extends RawFeed {
  /** Items rss-parser or our mapping could not read; the rest of the feed is still returned. */
  skippedItems: number;
  /**
   * What had to be guessed or repaired to read the feed (a charset fallback, bare ampersands,
   * a truncated file closed), one line each, for the poller to log: the feed still parsed.
   */
  notes: string[];
  /** The language the feed declares (RSS <language>, Atom xml:lang), as written. */
  language?: string;
}

export async function parseFeed(
  body: Uint8Array,
  contentType: string | undefined,
  feedName: string,
  options: ParseFeedOptions = {},
): Promise<ParsedFeed> {
  const maxChars = options.maxChars ?? PARSE_FEED_DEFAULTS.maxChars;
  const { text: xml, notes } = decodeFeed(body, contentType);
  if (xml.length > maxChars) {
    throw new ParseError(`${feedName}: feed too large: ${xml.length} characters, limit ${maxChars}`);
  }
  if (!xml.trim()) throw new ParseError(`${feedName}: empty body`);
  if (looksLikeHtml(xml)) throw new ParseError(`${feedName}: got an HTML page, not a feed`);
  // A JSON Feed (or an API's JSON) would otherwise read as "Non-whitespace before first tag".
  if (isJson(xml)) throw new ParseError(`${feedName}: got JSON (a JSON Feed?), not an RSS, RDF or Atom feed`);
  let parsed: GuardedFeed;
  try {
    parsed = await parseWithRssParser(xml);
  } catch (error) {
    throw new ParseError(`${feedName}: ${describeFailure(error)}`, { cause: error });
  }
  return toParsedFeed(parsed, [...notes, ...parsed.repairs]);
}

/**
 * Servers answer a dead feed URL with their home page (a 200, not a 404) often enough that it
 * deserves its own message instead of an XML parser's complaint about an unclosed <meta>.
 */
export function looksLikeHtml(xml: string): boolean {
  const head = xml
    .slice(0, 4_096)
    .replace(/^\uFEFF/, '')
    .replace(/^(?:\s+|<\?[\s\S]*?\?>|<!--[\s\S]*?-->)*/, '');
  // An XHTML DOCTYPE in front of an <rss> or <feed> root (a CMS template's) is not a page.
  const root = /^(?:<!doctype\b[^>[]*(?:\[[\s\S]*?\])?\s*>)?(?:\s+|<!--[\s\S]*?-->)*<([A-Za-z][\w:.-]*)/i.exec(head)?.[1];
  if (root !== undefined) return root.toLowerCase() === 'html';
  return /^<!doctype\s+html\b/i.test(head);
}

/** Whole-body JSON only: leading junk before an XML feed (a PHP notice in brackets) is still repaired. */
function isJson(body: string): boolean {
  const text = body.replace(/^\uFEFF/, '').trim();
  if (!/^[{[]/.test(text)) return false;
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

function describeFailure(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const detail = message.split('\n').map((line) => line.trim()).filter(Boolean).join(', ');
  if (/not recognized as RSS|Unable to parse XML/i.test(message)) return `not an RSS, RDF or Atom feed: ${detail}`;
  return `malformed XML: ${detail}`;
}

function toParsedFeed(parsed: GuardedFeed, notes: string[]): ParsedFeed {
  const items: RawItem[] = [];
  let skippedItems = 0;
  for (const entry of parsed.items) {
    if (!entry.ok) {
      skippedItems += 1;
      continue;
    }
    try {
      items.push(toRawItem(entry.fields, entry.format));
    } catch {
      skippedItems += 1;
    }
  }
  const ttl = Number.parseInt(text(parsed.fields.ttl) ?? '', 10);
  const feed: ParsedFeed = { items, skippedItems, notes };
  const title = readText(parsed.fields.titleRaw) ?? text(parsed.fields.title);
  const link = text(parsed.fields.link);
  const language = text(parsed.fields.language);
  if (title) feed.title = title;
  if (language) feed.language = language;
  if (link) feed.link = link;
  if (Number.isFinite(ttl) && ttl > 0) feed.ttlMinutes = ttl;
  return feed;
}
