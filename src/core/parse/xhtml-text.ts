// Atom text constructs of type "xhtml" (RFC 4287 §3.1.1.3) and the RSS body modules
// (`<body xmlns="http://www.w3.org/1999/xhtml">`, `<xhtml:body>`) hold markup, not text: xml2js
// would split it into text and child elements and lose the order of the words. Before parsing,
// the markup inside such an element is escaped (and an Atom type set to "html"), so the element
// reads as one HTML string, which normalize turns into text like any other.

// Matched inside a start tag only (checked below); Atom 0.3 wrote the type as a media type.
const XHTML_TYPE = /\btype\s*=\s*(["'])(?:xhtml|application\/xhtml\+xml)\1|<(?:xhtml:)?body\b/g;
const NAME = /[A-Za-z_][\w.:-]*/y;

export function xhtmlToEscapedHtml(xml: string): { xml: string; changes: number } {
  if (!xml.includes('xhtml') && !xml.includes('<body')) return { xml, changes: 0 };
  const out: string[] = [];
  let copied = 0;
  let changes = 0;
  const inCdata = cdataTracker(xml);
  XHTML_TYPE.lastIndex = 0;
  for (let match = XHTML_TYPE.exec(xml); match; match = XHTML_TYPE.exec(xml)) {
    if (inCdata(match.index)) continue;
    const isType = match[0].startsWith('type') || match[0].startsWith('TYPE');
    const tagStart = isType ? xml.lastIndexOf('<', match.index) : match.index;
    const tagEnd = xml.indexOf('>', match.index);
    if (tagStart < copied || tagEnd === -1 || xml.lastIndexOf('>', match.index) > tagStart || xml[tagEnd - 1] === '/') continue;
    NAME.lastIndex = tagStart + 1;
    const name = NAME.exec(xml)?.[0];
    const close = name ? xml.indexOf(`</${name}`, tagEnd) : -1;
    if (!name || close === -1) continue;
    const inner = xml.slice(tagEnd + 1, close);
    out.push(
      ...(isType ? [xml.slice(copied, match.index), 'type="html"', xml.slice(match.index + match[0].length, tagEnd + 1)] : [xml.slice(copied, tagEnd + 1)]),
      inner.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'),
    );
    copied = close;
    changes += 1;
    XHTML_TYPE.lastIndex = close;
  }
  if (changes === 0) return { xml, changes };
  out.push(xml.slice(copied));
  return { xml: out.join(''), changes };
}

/** Whether a position lies in a CDATA section, for positions asked in increasing order (linear). */
function cdataTracker(xml: string): (at: number) => boolean {
  const endOf = (start: number) => {
    const end = xml.indexOf(']]>', start + 9);
    return end === -1 ? xml.length : end + 3;
  };
  let start = xml.indexOf('<![CDATA[');
  let end = start === -1 ? -1 : endOf(start);
  return (at) => {
    while (start !== -1 && end <= at) {
      start = xml.indexOf('<![CDATA[', end);
      end = start === -1 ? -1 : endOf(start);
    }
    return start !== -1 && start < at;
  };
}
