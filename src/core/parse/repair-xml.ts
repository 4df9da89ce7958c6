// The one XML error common enough in real feeds to repair rather than reject: a bare `&`
// ("Tom & Jerry", "?a=1&b=2" written unescaped). The strict parser stops at it and the whole
// feed is lost. HTML named entities (&nbsp;, &mdash;) need no repair: sax already knows them.
// CDATA sections and comments are left alone: a `&` there is legal and means itself.

const LITERAL_SECTION = /<!\[CDATA\[[\s\S]*?\]\]>|<!--[\s\S]*?-->/g;
const BARE_AMPERSAND = /&(?![A-Za-z][A-Za-z0-9]*;|#[0-9]+;|#x[0-9A-Fa-f]+;)/g;

export function escapeBareAmpersands(xml: string): string {
  if (!xml.includes('&')) return xml;
  let out = '';
  let last = 0;
  for (const match of xml.matchAll(LITERAL_SECTION)) {
    out += xml.slice(last, match.index).replace(BARE_AMPERSAND, '&amp;') + match[0];
    last = match.index + match[0].length;
  }
  return out + xml.slice(last).replace(BARE_AMPERSAND, '&amp;');
}
