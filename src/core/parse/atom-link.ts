// An Atom entry's link as RFC 4287 means it: the alternate link, and relative to its xml:base.
// rss-parser takes the first <link> whose rel is literally "alternate", else the first link of
// any rel; but a link without rel IS the alternate (§4.2.7.2), so an entry listing its
// rel="self", "replies" or "enclosure" link first was posted with that link (an API document, a
// comment page, an mp3) and keyed on it. And rss-parser ignores xml:base (XML Base, RFC 3986
// §5.1.1): a relative href was resolved against the feed's site link instead.

/** rel values that name the alternate link: absent, empty, or the IANA registry URI. */
const ALTERNATE = new Set(['', 'alternate', 'http://www.iana.org/assignments/relation/alternate']);

export interface AtomLink {
  href: string;
  rel?: string;
  /** The link element's own xml:base, if any. */
  base?: string;
}

/** The entry's alternate link among its <link> elements, or undefined when none is. */
export function alternateLink(links: readonly AtomLink[]): AtomLink | undefined {
  return links.find((link) => ALTERNATE.has((link.rel ?? '').trim().toLowerCase()));
}

// Resolving against a base that is itself relative ("/blog/") needs the document URL, which the
// parse stage does not have: such a chain is resolved against this stand-in origin and given back
// as a root-relative reference, for normalize to resolve against the feed. A path-relative base
// ("blog/", "../") cannot be kept exactly that way and is left out of the chain.
const STAND_IN = 'http://xml-base.invalid';

/**
 * `reference` resolved against `base` (both URI references): absolute when `base` is, else
 * root-relative; `reference` unchanged when there is no usable base.
 */
export function resolveAgainstBase(reference: string, base: string | undefined): string {
  const trimmed = base?.trim();
  if (!trimmed) return reference;
  try {
    const absoluteBase = new URL(trimmed);
    return new URL(reference, absoluteBase).href;
  } catch {
    // not an absolute base: below
  }
  if (!trimmed.startsWith('/') || trimmed.startsWith('//')) return reference;
  try {
    const resolved = new URL(reference, new URL(trimmed, STAND_IN));
    return resolved.origin === STAND_IN ? `${resolved.pathname}${resolved.search}${resolved.hash}` : resolved.href;
  } catch {
    return reference;
  }
}
