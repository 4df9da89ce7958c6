// rss-parser set up for newshound: the extra fields we read, a guard around each item so that
// one item rss-parser chokes on is skipped instead of failing the whole feed, and the XML read
// here (through rss-parser's own xml2js instance) so that what real feeds get wrong is mended
// before rss-parser sees it:
//   - bare `&`, unknown entities, entities declared in the DOCTYPE (repair-xml.ts; not expanded
//     past MAX_ENTITY_EXPANSION_CHARS);
//   - a truncated or mis-nested file: parsed again with its open elements closed;
//   - `<rss>` or `<rdf:RDF>` without a `<channel>` (items straight under the root), an empty
//     channel, feed elements in a prefixed namespace (`<r:rss xmlns:r="...rss2">`);
//   - CDF (`<CHANNEL><ITEM HREF=...>`), read as RSS;
//   - Atom XHTML text (`type="xhtml"`), turned into escaped HTML so its words keep their order.
//
// The guard wraps rss-parser's own per-item methods (parseItemRss for RSS 0.9/1.0/2.0,
// parseItemAtom for Atom) and its build methods. They are not in its typings, so this leans on
// rss-parser 3.x internals; tests/core/parse/parse-feed.test.ts covers both paths and fails
// loudly if an upgrade renames them. Only the XML parse is used: rss-parser's parseURL is never
// called, so nothing here does I/O.
import Parser from 'rss-parser';
import { closeOpenElements, declaredEntities, entityExpansionChars, escapeAmpersands } from './repair-xml.ts';
import { normalizeTree, type XmlNode } from './xml-tree.ts';
import { xhtmlToEscapedHtml } from './xhtml-text.ts';

export type FeedFormat = 'rss' | 'atom';

/** One item as rss-parser left it, or why it could not. */
export type GuardedItem =
  | { ok: true; format: FeedFormat; fields: Record<string, unknown> }
  | { ok: false; error: unknown };

export interface GuardedFeed {
  fields: Record<string, unknown>;
  items: GuardedItem[];
  /** Repairs made to read the XML, one line each. */
  repairs: string[];
}

interface RssParserInternals {
  parseItemRss(xmlItem: XmlNode, itemFields: unknown): XmlNode;
  parseItemAtom(entry: XmlNode): XmlNode;
  buildAtomFeed(tree: XmlNode): Record<string, unknown>;
  buildRSS2(tree: XmlNode): Record<string, unknown>;
  buildRSS1(tree: XmlNode): Record<string, unknown>;
  buildRSS0_9(tree: XmlNode): Record<string, unknown>;
  xmlParser: {
    parseString(xml: string, callback: (error: unknown, result: unknown) => void): void;
    saxParser: { ENTITIES: Record<string, string> };
  };
}

/** Dates every form feeds use; all kept as arrays so a repeated element's last value can win. */
export const DATE_FIELDS = ['published', 'updated', 'issued', 'modified', 'created', 'dc:date', 'dcterms:issued', 'dcterms:created', 'dcterms:modified', 'dcterms:date'];

const CUSTOM_ITEM_FIELDS: Array<string | [string, string] | [string, string, { keepArray: boolean }]> = [
  ['media:content', 'mediaContent', { keepArray: true }],
  ['media:thumbnail', 'mediaThumbnail', { keepArray: true }],
  ['media:group', 'mediaGroup', { keepArray: true }],
  ['enclosure', 'enclosures', { keepArray: true }],
  // rss-parser flattens <guid> to its text; isPermaLink is needed to use it as a link.
  ['guid', 'guidRaw', { keepArray: true }],
  // Atom categories carry their name in attributes, which rss-parser drops for Atom.
  ['category', 'categoryRaw', { keepArray: true }],
  // Text as written: rss-parser keeps only the text before a child element, and base64 undecoded.
  ['title', 'titleRaw', { keepArray: true }],
  ['summary', 'summaryRaw', { keepArray: true }],
  ['content', 'contentRaw', { keepArray: true }],
  // Atom: every <link> with its rel and xml:base; rss-parser's own pick is wrong (atom-link.ts).
  ['link', 'linkRaw', { keepArray: true }],
  // Other names for an item's text: Dublin Core, iTunes, the RSS body modules.
  'dc:description',
  'itunes:summary',
  'body',
  'xhtml:body',
  'fullitem',
  // Media RSS: a title and description of their own (YouTube's feeds keep the description there).
  'media:title',
  'media:description',
  // Dates as written: rss-parser only keeps Atom's converted by new Date(), and no others.
  ...DATE_FIELDS.map((name): [string, string, { keepArray: boolean }] => [name, `date:${name}`, { keepArray: true }]),
];

function makeParser(declared: ReadonlyMap<string, string>): RssParserInternals {
  const parser = new Parser({
    // <rss> without a version attribute is read as RSS 2.0 rather than refused.
    defaultRSS: 2,
    // rss-parser's typings take only names for feed fields; its code takes [from, to, options] too.
    customFields: { feed: ['ttl', ['title', 'titleRaw', { keepArray: true }] as unknown as string], item: CUSTOM_ITEM_FIELDS },
  }) as unknown as RssParserInternals;
  guardItems(parser);
  // sax does not read the DOCTYPE's internal subset: the entities declared there are taught.
  const entities = parser.xmlParser.saxParser.ENTITIES;
  for (const [name, value] of declared) entities[name] = value;
  return parser;
}

/**
 * What DOCTYPE entities may add to a feed when expanded. Real feeds declare a few short ones; a
 * 5,000-character entity referenced 100,000 times is a 300 KB feed that would expand to 500
 * million characters (a "quadratic blowup"), past the worker's memory.
 */
const MAX_ENTITY_EXPANSION_CHARS = 1_000_000;

export async function parseWithRssParser(xml: string): Promise<GuardedFeed> {
  const repairs: string[] = [];
  let declared = declaredEntities(xml);
  const expansion = entityExpansionChars(xml, declared);
  if (expansion > MAX_ENTITY_EXPANSION_CHARS) {
    repairs.push(`repaired: DOCTYPE entities read as text: they would add ${expansion} characters, more than ${MAX_ENTITY_EXPANSION_CHARS}`);
    declared = new Map();
  }
  // A fresh parser per parse: its xml2js instance holds state between callbacks.
  let parser = makeParser(declared);
  const xhtml = xhtmlToEscapedHtml(xml);
  const escaped = escapeAmpersands(xhtml.xml, (name) => name in parser.xmlParser.saxParser.ENTITIES);
  // Bare `&` are too common to mention (the repair is as old as newshound); unknown entities are not.
  if (escaped.unknownEntities.length) repairs.push(`repaired: unknown entities read as text: ${escaped.unknownEntities.map((name) => `&${name};`).join(' ')}`);
  let tree: unknown;
  try {
    tree = await parseXml(parser, escaped.xml);
  } catch (error) {
    const closed = closeOpenElements(escaped.xml);
    if (closed.changes === 0) throw error;
    parser = makeParser(declared);
    tree = await parseXml(parser, closed.xml).catch(() => Promise.reject(error));
    repairs.push(`repaired: damaged markup (${firstLine(error)}): ${closed.changes} tag(s) closed, cut or dropped`);
  }
  const normalized = normalizeTree(tree);
  const output = build(parser, normalized.tree, normalized.kind);
  const { items, ...fields } = output;
  const atomAttributes = normalized.kind === 'atom' ? (normalized.tree.feed as { $?: Record<string, unknown> }).$ : undefined;
  const atomLanguage = atomAttributes?.['xml:lang'];
  if (typeof atomLanguage === 'string' && fields.language === undefined) fields.language = atomLanguage;
  // The feed's xml:base is inherited by its entries' links (map-item.ts resolves them).
  const feedBase = atomAttributes?.['xml:base'];
  if (typeof feedBase === 'string' && Array.isArray(items)) {
    for (const item of items as GuardedItem[]) if (item.ok) item.fields.feedXmlBase = feedBase;
  }
  return { fields, items: Array.isArray(items) ? (items as GuardedItem[]) : [], repairs };
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0]!.trim();
}

function parseXml(parser: RssParserInternals, xml: string): Promise<unknown> {
  return new Promise((resolve, reject) => {
    parser.xmlParser.parseString(xml, (error, result) => (error ? reject(error) : resolve(result)));
  });
}

function build(parser: RssParserInternals, tree: XmlNode, kind: ReturnType<typeof normalizeTree>['kind']): Record<string, unknown> {
  switch (kind) {
    case 'atom':
      return parser.buildAtomFeed(tree);
    case 'rss1':
      return parser.buildRSS1(tree);
    case 'rss2':
      return parser.buildRSS2(tree);
  }
}

function guardItems(parser: RssParserInternals): void {
  const parseRss = parser.parseItemRss;
  const parseAtom = parser.parseItemAtom;
  if (typeof parseRss !== 'function' || typeof parseAtom !== 'function' || typeof parser.buildRSS2 !== 'function') {
    throw new Error('parser: rss-parser internals changed: parseItemRss/parseItemAtom/buildRSS2 missing');
  }
  // rss-parser stores whatever these return in feed.items; GuardedItem objects pass through
  // untouched (decorateItunes only adds an `itunes` property to them).
  (parser as unknown as Record<string, unknown>).parseItemRss = (xmlItem: XmlNode, itemFields: unknown): GuardedItem => {
    try {
      return { ok: true, format: 'rss', fields: parseRss.call(parser, asNode(xmlItem), itemFields) };
    } catch (error) {
      return { ok: false, error };
    }
  };
  (parser as unknown as Record<string, unknown>).parseItemAtom = (entry: XmlNode): GuardedItem => {
    try {
      return { ok: true, format: 'atom', fields: withEntryBase(parseAtom.call(parser, asNode(entry)), asNode(entry)) };
    } catch (error) {
      return retryAtomWithoutDates(parser, parseAtom, asNode(entry), error);
    }
  };
}

/** The entry's own xml:base, which rss-parser drops, kept beside its fields. */
function withEntryBase(fields: XmlNode, entry: XmlNode): XmlNode {
  const base = asNode(entry.$)['xml:base'];
  return typeof base === 'string' ? { ...fields, entryXmlBase: base } : fields;
}

/** An element with neither attributes nor children is a string (or '') in xml2js's output. */
function asNode(value: unknown): XmlNode {
  return typeof value === 'object' && value !== null ? (value as XmlNode) : {};
}

/**
 * rss-parser runs Atom <published>/<updated> through new Date(...).toISOString(), which throws
 * on a date it cannot read ("2025-10-06 23:35 WIB"). The item is still good: parse it without
 * the dates (the raw text is kept by the date: custom fields, for normalize/parse-date.ts).
 */
function retryAtomWithoutDates(
  parser: RssParserInternals,
  parseAtom: RssParserInternals['parseItemAtom'],
  entry: XmlNode,
  firstError: unknown,
): GuardedItem {
  try {
    const { published: _published, updated: _updated, ...rest } = entry;
    const fields = parseAtom.call(parser, rest);
    return { ok: true, format: 'atom', fields: withEntryBase({ ...fields, 'date:published': entry.published, 'date:updated': entry.updated }, entry) };
  } catch {
    return { ok: false, error: firstError };
  }
}
