// A list of feeds as an OPML 2.0 file (http://opml.org/spec2.opml), for another reader to import.
// Each feed is one outline of type "rss" (the spec's type for any feed, Atom included) with the
// required `text`, its `title`, `xmlUrl` and, when known, `htmlUrl`.

export interface OpmlOutline {
  title: string;
  xmlUrl: string;
  htmlUrl?: string;
}

export interface OpmlDocument {
  title: string;
  /** The head's dateCreated; the caller's clock, since this module has none. */
  dateCreated?: Date;
  feeds: readonly OpmlOutline[];
}

export function writeOpml(document: OpmlDocument): string {
  const outline = (feed: OpmlOutline) =>
    `    <outline type="rss" text="${escapeAttribute(feed.title)}" title="${escapeAttribute(feed.title)}" xmlUrl="${escapeAttribute(feed.xmlUrl)}"${feed.htmlUrl ? ` htmlUrl="${escapeAttribute(feed.htmlUrl)}"` : ''}/>`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<opml version="2.0">',
    '  <head>',
    `    <title>${escapeText(document.title)}</title>`,
    // OPML 2.0 dates are RFC 822 dates, which toUTCString writes (RFC 1123, its update).
    ...(document.dateCreated ? [`    <dateCreated>${document.dateCreated.toUTCString()}</dateCreated>`] : []),
    '  </head>',
    '  <body>',
    ...document.feeds.map(outline),
    '  </body>',
    '</opml>',
    '',
  ].join('\n');
}

// XML 1.0 §2.2: C0 controls other than tab, LF and CR cannot appear in a document at all.
// eslint-disable-next-line no-control-regex
const NOT_XML_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

function escapeText(value: string): string {
  return value.replace(NOT_XML_CHARS, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Tabs and line breaks as references, or an attribute-value normaliser turns them into spaces (XML 1.0 §3.3.3). */
function escapeAttribute(value: string): string {
  return escapeText(value).replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;');
}
