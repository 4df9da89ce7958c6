// xml2js's tree of a feed → the shape rss-parser's build methods expect, for feeds that are
// readable but not in the shape rss-parser insists on. A tree rss-parser already reads is
// returned as it is (the checks below look at the root only).
export type XmlNode = Record<string, unknown>;

export type FeedKind = 'atom' | 'rss1' | 'rss2';

/** Namespaces whose elements are the feed's own: a prefix bound to one is dropped. */
const FEED_NAMESPACES = new Set([
  'http://backend.userland.com/rss2',
  'http://blogs.law.harvard.edu/tech/rss',
  'http://purl.org/rss/1.0/',
  'http://my.netscape.com/rdf/simple/0.9/',
  'http://www.w3.org/2005/Atom',
  'http://purl.org/atom/ns#',
]);

export function normalizeTree(parsed: unknown): { tree: XmlNode; kind: FeedKind } {
  if (!isNode(parsed)) throw new Error('Unable to parse XML.');
  const tree = unprefixFeedNamespace(parsed);
  const rootName = Object.keys(tree)[0] ?? '';
  const root = node(tree[rootName]);
  switch (rootName) {
    case 'feed':
      return { tree: { feed: root }, kind: 'atom' };
    case 'rdf:RDF':
      return { tree: { 'rdf:RDF': { ...root, channel: [channelOf(root)] } }, kind: 'rss1' };
    case 'rss':
      return { tree: { rss: { ...root, channel: [channelOf(root)] } }, kind: 'rss2' };
    case 'channel':
      // RSS 0.9x fragments without the <rss> wrapper.
      return { tree: { rss: { channel: [channelOf({ channel: [root] })] } }, kind: 'rss2' };
    case 'CHANNEL':
      return { tree: { rss: { channel: [fromCdf(root)] } }, kind: 'rss2' };
    default:
      throw new Error(`Feed not recognized as RSS 1 or 2 (root element <${rootName}>).`);
  }
}

/**
 * The root's channel; items written straight under the root (RSS 0.9x and RSS 1.0 keep them
 * there, some RSS 2.0 generators forget the channel) are the channel's too.
 */
function channelOf(root: XmlNode): XmlNode {
  const { $: _attributes, channel, ...rest } = root;
  if (channel === undefined) return rest;
  const first = node(Array.isArray(channel) ? channel[0] : channel);
  const stray = list(rest.item);
  return stray.length ? { ...first, item: [...list(first.item), ...stray] } : first;
}

/** Channel Definition Format (Microsoft, 1997): TITLE, ABSTRACT, HREF and LASTMOD attributes. */
function fromCdf(channel: XmlNode): XmlNode {
  const out: XmlNode = {};
  const attributes = node(channel.$);
  if (channel.TITLE !== undefined) out.title = channel.TITLE;
  if (channel.ABSTRACT !== undefined) out.description = channel.ABSTRACT;
  if (typeof attributes.HREF === 'string') out.link = [attributes.HREF];
  out.item = list(channel.ITEM).map((value) => {
    const item = node(value);
    const itemAttributes = node(item.$);
    const mapped: XmlNode = {};
    if (item.TITLE !== undefined) mapped.title = item.TITLE;
    if (item.ABSTRACT !== undefined) mapped.description = item.ABSTRACT;
    if (typeof itemAttributes.HREF === 'string') mapped.link = [itemAttributes.HREF];
    if (typeof itemAttributes.LASTMOD === 'string') mapped.pubDate = [itemAttributes.LASTMOD];
    return mapped;
  });
  return out;
}

/** `<r:rss xmlns:r="http://backend.userland.com/rss2"><r:channel>` → `<rss><channel>`. */
function unprefixFeedNamespace(tree: XmlNode): XmlNode {
  const rootName = Object.keys(tree)[0] ?? '';
  const attributes = node(node(tree[rootName]).$);
  const prefixes = Object.entries(attributes)
    .filter(([name, value]) => name.startsWith('xmlns:') && typeof value === 'string' && FEED_NAMESPACES.has(value))
    .map(([name]) => `${name.slice('xmlns:'.length)}:`)
    // rdf:RDF stays: RSS 1.0's root is meant to be prefixed.
    .filter((prefix) => prefix !== 'rdf:');
  if (prefixes.length === 0) return tree;
  const rename = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(rename);
    if (!isNode(value)) return value;
    const out: XmlNode = {};
    for (const [key, child] of Object.entries(value)) {
      const prefix = key === '$' ? undefined : prefixes.find((p) => key.startsWith(p));
      out[prefix ? key.slice(prefix.length) : key] = key === '$' ? child : rename(child);
    }
    return out;
  };
  return rename(tree) as XmlNode;
}

function isNode(value: unknown): value is XmlNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An element with neither attributes nor children is a string in xml2js's output. */
function node(value: unknown): XmlNode {
  return isNode(value) ? value : {};
}

function list(value: unknown): unknown[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}
