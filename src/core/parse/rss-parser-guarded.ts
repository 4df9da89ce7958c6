// rss-parser set up for newshound: the extra fields we read, and a guard around each item so
// that one item rss-parser chokes on is skipped instead of failing the whole feed.
//
// The guard wraps rss-parser's own per-item methods (parseItemRss for RSS 0.9/1.0/2.0,
// parseItemAtom for Atom). They are not in its typings, so this leans on rss-parser 3.x
// internals; tests/core/parse/parse-feed.test.ts covers both paths and fails loudly if an
// upgrade renames them. Only parseString is used: rss-parser's parseURL is never called, so
// nothing here does I/O.
import Parser from 'rss-parser';

export type FeedFormat = 'rss' | 'atom';

/** One item as rss-parser left it, or why it could not. */
export type GuardedItem =
  | { ok: true; format: FeedFormat; fields: Record<string, unknown> }
  | { ok: false; error: unknown };

export interface GuardedFeed {
  fields: Record<string, unknown>;
  items: GuardedItem[];
}

type XmlNode = Record<string, unknown>;

interface ItemMethods {
  parseItemRss(xmlItem: XmlNode, itemFields: unknown): XmlNode;
  parseItemAtom(entry: XmlNode): XmlNode;
}

const CUSTOM_ITEM_FIELDS: Array<string | [string, string] | [string, string, { keepArray: boolean }]> = [
  ['media:content', 'mediaContent', { keepArray: true }],
  ['media:thumbnail', 'mediaThumbnail', { keepArray: true }],
  ['media:group', 'mediaGroup', { keepArray: true }],
  ['enclosure', 'enclosures', { keepArray: true }],
  // rss-parser flattens <guid> to its text; isPermaLink is needed to use it as a link.
  ['guid', 'guidRaw', { keepArray: true }],
  // Atom categories carry their name in attributes, which rss-parser drops for Atom.
  ['category', 'categoryRaw', { keepArray: true }],
  // Atom dates as written: rss-parser only keeps them converted by new Date().
  'published',
  'updated',
  'dc:date',
];

export async function parseWithRssParser(xml: string): Promise<GuardedFeed> {
  // A fresh parser per call: its xml2js instance holds state between callbacks.
  const parser = new Parser({
    // <rss> without a version attribute is read as RSS 2.0 rather than refused.
    defaultRSS: 2,
    customFields: { feed: ['ttl'], item: CUSTOM_ITEM_FIELDS },
  });
  guardItems(parser as unknown as ItemMethods);
  const output = (await parser.parseString(xml)) as unknown as Record<string, unknown>;
  const { items, ...fields } = output;
  return { fields, items: Array.isArray(items) ? (items as GuardedItem[]) : [] };
}

function guardItems(parser: ItemMethods): void {
  const parseRss = parser.parseItemRss;
  const parseAtom = parser.parseItemAtom;
  if (typeof parseRss !== 'function' || typeof parseAtom !== 'function') {
    throw new Error('parser: rss-parser internals changed: parseItemRss/parseItemAtom missing');
  }
  // rss-parser stores whatever these return in feed.items; GuardedItem objects pass through
  // untouched (decorateItunes only adds an `itunes` property to them).
  (parser as unknown as Record<string, unknown>).parseItemRss = (xmlItem: XmlNode, itemFields: unknown): GuardedItem => {
    try {
      return { ok: true, format: 'rss', fields: parseRss.call(parser, xmlItem, itemFields) };
    } catch (error) {
      return { ok: false, error };
    }
  };
  (parser as unknown as Record<string, unknown>).parseItemAtom = (entry: XmlNode): GuardedItem => {
    try {
      return { ok: true, format: 'atom', fields: parseAtom.call(parser, entry) };
    } catch (error) {
      return retryAtomWithoutDates(parser, parseAtom, entry, error);
    }
  };
}

/**
 * rss-parser runs Atom <published>/<updated> through new Date(...).toISOString(), which throws
 * on a date it cannot read ("2025-10-06 23:35 WIB"). The item is still good: parse it without
 * the dates and hand the raw text on, for normalize/parse-date.ts to read.
 */
function retryAtomWithoutDates(
  parser: ItemMethods,
  parseAtom: ItemMethods['parseItemAtom'],
  entry: XmlNode,
  firstError: unknown,
): GuardedItem {
  try {
    const { published, updated, ...rest } = entry;
    const fields = parseAtom.call(parser, rest);
    return { ok: true, format: 'atom', fields: { ...fields, published, updated } };
  } catch {
    return { ok: false, error: firstError };
  }
}
