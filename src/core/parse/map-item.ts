// rss-parser's loose output → RawItem. xml2js gives strings, `{ _: text, $: attrs }` objects
// or arrays of either depending on the markup, so every field is read through `text`/`attr`
// and a field of an unexpected shape reads as absent instead of throwing.
import type { RawItem } from '../model.ts';
import { alternateLink, resolveAgainstBase, type AtomLink } from './atom-link.ts';
import type { FeedFormat } from './rss-parser-guarded.ts';

type Fields = Record<string, unknown>;

export function toRawItem(fields: Fields, format: FeedFormat): RawItem {
  const atom = format === 'atom';
  const contentHtml = atom
    ? (atomText(fields.contentRaw) ?? text(fields.content))
    : firstOf(fields, ['content:encoded', 'xhtml:body', 'body', 'fullitem']);
  // For RSS, rss-parser puts <description> in `content`.
  const summaryHtml =
    (atom ? (atomText(fields.summaryRaw) ?? text(fields.summary)) : firstOf(fields, ['content', 'dc:description', 'itunes:summary', 'summaryRaw'])) ??
    mediaText(fields, 'media:description');
  const item: RawItem = {
    guid: atom ? text(fields.id) : (text(fields.guid) ?? text(fields['rdf:about'])),
    link: (atom ? atomEntryLink(fields) : undefined) ?? text(fields.link) ?? permalinkGuid(fields.guidRaw),
    title: (atom ? atomText(fields.titleRaw) : readText(fields.titleRaw)) ?? text(fields.title) ?? mediaText(fields, 'media:title'),
    contentHtml,
    summaryHtml,
    published: publishedText(fields, atom),
    imageUrl: pickImage(fields, [contentHtml, summaryHtml]),
    author: text(fields.creator) ?? text(fields.author),
    categories: categories(fields),
  };
  return dropUndefined(item);
}

/**
 * The entry's alternate link (else rss-parser's fallback, its first link), resolved against the
 * xml:base in scope: the feed's, the entry's, the link element's own, each relative to the last.
 */
function atomEntryLink(fields: Fields): string | undefined {
  const links = list(fields.linkRaw).flatMap((node): AtomLink[] => {
    const href = attr(node, 'href');
    return href ? [{ href, rel: attr(node, 'rel'), base: attr(node, 'xml:base') }] : [];
  });
  const chosen = alternateLink(links) ?? links[0];
  if (!chosen) return undefined;
  const bases = [text(fields.entryXmlBase), chosen.base].reduce<string | undefined>(
    (outer, inner) => (inner === undefined ? outer : resolveAgainstBase(inner, outer)),
    text(fields.feedXmlBase),
  );
  return resolveAgainstBase(chosen.href, bases);
}

function firstOf(fields: Fields, names: string[]): string | undefined {
  for (const name of names) {
    const value = readText(fields[name]);
    if (value) return value;
  }
  return undefined;
}

/** A Media RSS text element of the item, else of its first <media:group>. */
function mediaText(fields: Fields, name: string): string | undefined {
  const group = Array.isArray(fields.mediaGroup) ? fields.mediaGroup[0] : undefined;
  return text(fields[name]) ?? (isObject(group) ? text(group[name]) : undefined);
}

/**
 * An element's text (see `text`), decoded when it is base64: Atom 0.3 says so with
 * mode="base64", Atom 1.0 with a type that is neither text, html, xhtml, text/* nor XML
 * (RFC 4287 §4.1.3.3).
 */
export function readText(value: unknown): string | undefined {
  const node = Array.isArray(value) ? value[0] : value;
  const attributes = isObject(node) && isObject(node.$) ? node.$ : {};
  const type = typeof attributes.type === 'string' ? attributes.type.trim().toLowerCase() : '';
  const base64 = attributes.mode === 'base64' || (type !== '' && !/^(?:text|html|xhtml)$|^text\/|[/+]xml$/.test(type));
  const found = text(node);
  if (!base64 || !found) return found;
  return Buffer.from(found, 'base64').toString('utf8').trim() || undefined;
}

/**
 * An Atom text construct as the HTML a RawItem holds. Type "text" (the default; Atom 0.3's
 * "text/plain") is plain text: a title about "the <video> element" names a tag, it does not open
 * one, and read as HTML it lost the words after it (normalize skips what a <video>, <script> or
 * <svg> holds) or the tag's name. Its brackets are escaped; entities are left to normalize as for
 * RSS, which decodes a double-escaped "&amp;amp;" once more.
 */
function atomText(value: unknown): string | undefined {
  const found = readText(value);
  const type = (attr(value, 'type') ?? 'text').toLowerCase();
  // Atom 0.3's mode="base64" or "escaped" carries HTML whatever the type says (feedparser reads it so).
  if (!found || (type !== 'text' && type !== 'text/plain') || attr(value, 'mode') !== undefined) return found;
  return found.replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * A string, the text of an element with attributes, or the first of a list; trimmed, never
 * empty. An element holding child elements (markup written unescaped inside an RSS title) gives
 * all its text, its own first: xml2js keeps no order between the two.
 */
export function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (Array.isArray(value)) return text(value[0]);
  if (!isObject(value)) return undefined;
  if (typeof value._ === 'string' && Object.keys(value).every((key) => key === '_' || key === '$')) return text(value._);
  const parts = Object.entries(value)
    .filter(([key]) => key !== '$')
    .flatMap(([, child]) => (Array.isArray(child) ? child : [child]).map(text));
  return parts.filter(Boolean).join(' ') || undefined;
}

// Which date is the item's: when it was published, else when it was last changed. RSS
// (pubDate), Dublin Core (dc:date, dcterms:*), Atom 1.0 (published, updated) and Atom 0.3
// (issued, created, modified). A repeated element's last value wins, as in feedparser.
const PUBLISHED_FIELDS = ['date:published', 'pubDate', 'date:issued', 'date:dcterms:issued', 'date:dc:date', 'date:dcterms:date', 'date:created', 'date:dcterms:created', 'date', 'date:updated', 'date:modified', 'date:dcterms:modified', 'isoDate'];

function publishedText(fields: Fields, atom: boolean): string | undefined {
  for (const name of PUBLISHED_FIELDS) {
    // rss-parser's own Atom pubDate/isoDate are converted copies of the first value.
    if (atom && (name === 'pubDate' || name === 'isoDate')) continue;
    const value = fields[name];
    const found = Array.isArray(value) ? text(value.at(-1)) : text(value);
    if (found) return found;
  }
  return undefined;
}

function attr(value: unknown, name: string): string | undefined {
  if (Array.isArray(value)) return attr(value[0], name);
  if (!isObject(value) || !isObject(value.$)) return undefined;
  return text(value.$[name]);
}

/** RSS 2.0: a <guid> is the item's permalink unless isPermaLink="false". */
function permalinkGuid(guidRaw: unknown): string | undefined {
  const guid = text(guidRaw);
  if (!guid || attr(guidRaw, 'isPermaLink') === 'false') return undefined;
  return /^https?:\/\//i.test(guid) ? guid : undefined;
}

const IMAGE_PATH = /\.(?:jpe?g|png|gif|webp|avif)(?:[?#]|$)/i;

function pickImage(fields: Fields, htmlParts: Array<string | undefined>): string | undefined {
  const groups = Array.isArray(fields.mediaGroup) ? fields.mediaGroup : [];
  const mediaContent = [...list(fields.mediaContent), ...groups.flatMap((group) => list(isObject(group) ? group['media:content'] : undefined))];
  for (const media of mediaContent) {
    const url = attr(media, 'url');
    const medium = attr(media, 'medium');
    const type = attr(media, 'type');
    if (url && (medium === 'image' || type?.startsWith('image/') || (!medium && !type))) return url;
  }
  const thumbnail = list(fields.mediaThumbnail).map((node) => attr(node, 'url')).find(Boolean);
  if (thumbnail) return thumbnail;
  for (const enclosure of list(fields.enclosures)) {
    const url = attr(enclosure, 'url');
    const type = attr(enclosure, 'type');
    if (url && (type ? type.startsWith('image/') : IMAGE_PATH.test(url))) return url;
  }
  return htmlParts.map(firstImgSrc).find(Boolean);
}

/** The first <img> in the HTML that is not a 1×1 tracking pixel. */
function firstImgSrc(html: string | undefined): string | undefined {
  if (!html) return undefined;
  for (const [tag] of html.matchAll(/<img\b[^>]*>/gi)) {
    if (/\b(?:width|height)\s*=\s*["']?1["'\s/>]/i.test(tag)) continue;
    const src = /\bsrc\s*=\s*(?:"([^"]+)"|'([^']+)'|([^\s>]+))/i.exec(tag);
    const url = (src?.[1] ?? src?.[2] ?? src?.[3])?.trim();
    // Attribute values are HTML-escaped: "?w=1&amp;h=2" means "?w=1&h=2".
    if (url) return url.replace(/&amp;|&#0*38;|&#x0*26;/gi, '&');
  }
  return undefined;
}

function categories(fields: Fields): string[] | undefined {
  const names = list(fields.categoryRaw)
    .map((node) => text(node) ?? attr(node, 'label') ?? attr(node, 'term'))
    .filter((name): name is string => Boolean(name));
  return names.length ? [...new Set(names)] : undefined;
}

function list(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function dropUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
