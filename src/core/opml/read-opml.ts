// OPML, the file every feed reader imports and exports subscriptions with (OPML 2.0,
// http://opml.org/spec2.opml): an <opml> root, a <head>, and a <body> of <outline>s, where an
// outline with an xmlUrl is a feed and one without is a folder that may hold more (any depth).
// linkedom is the project's markup parser already (extract-article.ts); in XML mode it keeps
// attribute values as written, so their entities are decoded here.
import { DOMParser } from 'linkedom';
import { OpmlError } from '../errors.ts';

export interface OpmlFeed {
  /** As written in the file: checked by whoever adds it. */
  xmlUrl: string;
  title?: string;
  htmlUrl?: string;
}

/** The feeds in an OPML text, in document order, folders flattened. Throws OpmlError. */
export function readOpml(text: string): OpmlFeed[] {
  const document = new DOMParser().parseFromString(text.replace(/^\uFEFF/, ''), 'text/xml');
  const root = document.documentElement;
  if (root?.localName?.toLowerCase() !== 'opml') throw new OpmlError(`not an OPML file: ${root ? `its root element is <${root.localName}>, not <opml>` : 'no XML element in it'}`);
  // Element names in any case, as attribute names: hand-written and old files say <OUTLINE>.
  const outlines = Array.from(root.querySelectorAll('*')).filter((element) => element.localName.toLowerCase() === 'outline');
  if (outlines.length === 0) throw new OpmlError('no <outline> in it: an OPML file lists its feeds as <outline xmlUrl="..."> in its <body>');
  const feeds: OpmlFeed[] = [];
  for (const outline of outlines) {
    const xmlUrl = attribute(outline, 'xmlurl');
    if (!xmlUrl) continue;
    // OPML 2.0: `text` is required and shown; `title` is usually the same and older files have only it.
    const title = attribute(outline, 'title') || attribute(outline, 'text');
    const htmlUrl = attribute(outline, 'htmlurl');
    feeds.push({ xmlUrl, ...(title ? { title } : {}), ...(htmlUrl ? { htmlUrl } : {}) });
  }
  if (feeds.length === 0) throw new OpmlError(`no feeds in it: none of its ${outlines.length} outline(s) has an xmlUrl`);
  return feeds;
}

/**
 * An attribute by lower-cased name, trimmed and decoded; undefined when absent or empty. Files
 * in the wild write `xmlurl` and `XMLURL` as well as the spec's `xmlUrl`.
 */
function attribute(element: Element, name: string): string | undefined {
  for (const attr of Array.from(element.attributes)) {
    if (attr.name.toLowerCase() === name) return decodeXmlEntities(attr.value).trim() || undefined;
  }
  return undefined;
}

const PREDEFINED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** XML's five predefined entities and character references (XML 1.0 §4.1, §4.6); others stay as written. */
export function decodeXmlEntities(value: string): string {
  return value.replace(/&(?:#x([0-9a-f]+)|#([0-9]+)|([a-z]+));/gi, (whole, hex: string | undefined, dec: string | undefined, name: string | undefined) => {
    if (name !== undefined) return PREDEFINED[name] ?? whole;
    const code = hex !== undefined ? parseInt(hex, 16) : Number(dec);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}
