import { describe, expect, it } from 'vitest';
import { parseFeed } from '../../../src/core/parse/parse-feed.ts';
import { closeOpenElements, declaredEntities, escapeAmpersands, escapeBareAmpersands } from '../../../src/core/parse/repair-xml.ts';

const known = (name: string) => ['amp', 'lt', 'gt', 'quot', 'apos', 'nbsp', 'mdash'].includes(name);

describe('escapeAmpersands', () => {
  it.each([
    ['a bare &', '<t>Tom & Jerry</t>', '<t>Tom &amp; Jerry</t>', 1],
    ['query strings', '<l>?a=1&b=2&c</l>', '<l>?a=1&amp;b=2&amp;c</l>', 2],
    ['an entity the parser does not know', '<t>&doesnotexist; &nbsp;</t>', '<t>&amp;doesnotexist; &nbsp;</t>', 1],
    ['numeric references, kept', '<t>&#160; &#x2014; &#X41;</t>', '<t>&#160; &#x2014; &#X41;</t>', 0],
    ['CDATA and comments, left alone', '<t><![CDATA[a & b]]><!-- c & d --> e & f</t>', '<t><![CDATA[a & b]]><!-- c & d --> e &amp; f</t>', 1],
    ['an unterminated CDATA opener, passed over', '<t><![CDATA[a & b]]</t><u>c & d</u>', '<t><![CDATA[a &amp; b]]</t><u>c &amp; d</u>', 2],
  ])('escapes %s', (_what, xml, expected, changes) => {
    expect(escapeAmpersands(xml, known)).toMatchObject({ xml: expected, changes });
  });

  it('names the unknown entities, each once, at most five', () => {
    const xml = '<t>&a1; &a1; &a2; &a3; &a4; &a5; &a6; &nbsp; & x</t>';
    expect(escapeAmpersands(xml, known)).toMatchObject({ changes: 8, unknownEntities: ['a1', 'a2', 'a3', 'a4', 'a5'] });
  });

  it('takes any well-formed reference as known when no parser is asked', () => {
    expect(escapeBareAmpersands('<t>&whatever; & x</t>')).toBe('<t>&whatever; &amp; x</t>');
  });
});

describe('declaredEntities', () => {
  it('reads general entities with literal values from the internal subset, not parameter entities', () => {
    const xml = `<!DOCTYPE rss [\n  <!ENTITY id "tag:example.com,">\n  <!ENTITY % lat1 PUBLIC "x" "y">\n  <!ENTITY who 'AT'>\n]>\n<rss/>`;
    expect([...declaredEntities(xml)]).toEqual([['id', 'tag:example.com,'], ['who', 'AT']]);
  });

  it('finds none without a DOCTYPE or without an internal subset', () => {
    expect(declaredEntities('<rss/>').size).toBe(0);
    expect(declaredEntities('<!DOCTYPE rss SYSTEM "x.dtd"><rss/>').size).toBe(0);
  });
});

describe('closeOpenElements', () => {
  it.each([
    ['a truncated end tag', '<rss><channel><title>t</title></channel></rss', '<rss><channel><title>t</title></channel></rss>'],
    ['a file cut inside an item', '<rss><channel><item><title>a</title></item><item><title>b', '<rss><channel><item><title>a</title></item><item><title>b</title></item></channel></rss>'],
    ['a CDATA opener cut short', '<rss><item><title><![CD', '<rss><item><title></title></item></rss>'],
    ['an unterminated CDATA section, kept as text', '<rss><item><title><![CDATA[words', '<rss><item><title>&lt;![CDATA[words</title></item></rss>'],
    ['an end tag for nothing open, dropped', '<rss><channel></item></channel></rss>', '<rss><channel></channel></rss>'],
    ['elements left open inside a closing one', '<rss><channel><item><title>a</channel></rss>', '<rss><channel><item><title>a</title></item></channel></rss>'],
    ['a bare <', '<rss><t>a < b</t></rss', '<rss><t>a &lt; b</t></rss>'],
  ])('mends %s', (_what, xml, expected) => {
    const repaired = closeOpenElements(xml);
    expect(repaired.xml).toBe(expected);
    expect(repaired.changes).toBeGreaterThan(0);
  });

  it('leaves a balanced document as it is', () => {
    const xml = '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "b">]><rss a=">"><!-- <x> --><c><![CDATA[<y>]]></c><br/></rss>';
    expect(closeOpenElements(xml)).toEqual({ xml, changes: 0 });
  });
});

/** ~1 MB of items with bare `&` and CDATA sections closed by `]]` instead of `]]>` (bench/repair-bench.ts times it). */
function brokenFeed(items: number): string {
  const parts: string[] = [];
  for (let i = 0; i < items; i += 1) {
    parts.push(`<item><title>Tom & Jerry ${i}</title><link>https://x.example/?a=1&b=${i}</link><description><![CDATA[<p>broken ${i}</p>]]</description></item>\n`);
  }
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>${parts.join('')}</channel></rss>`;
}

describe('a broken 1 MB feed', () => {
  const ITEMS = 7_500;
  const xml = brokenFeed(ITEMS);

  it('is about 1 MB', () => {
    expect(xml.length).toBeGreaterThan(1_000_000);
  });

  it('has each bare & escaped once, in one pass', () => {
    const repaired = escapeAmpersands(xml);
    expect(repaired.changes).toBe(2 * ITEMS);
    expect(repaired.xml.match(/&amp;/g)).toHaveLength(2 * ITEMS);
  });

  it('is read whole: every item, its title and its link', async () => {
    const feed = await parseFeed(Buffer.from(xml), 'application/rss+xml', 'broken');
    expect(feed.items).toHaveLength(ITEMS);
    expect(feed.items[ITEMS - 1]).toMatchObject({ title: `Tom & Jerry ${ITEMS - 1}`, link: `https://x.example/?a=1&b=${ITEMS - 1}` });
    expect(feed.notes).toEqual([
      expect.stringMatching(/^repaired: damaged markup \(Unclosed root tag.*\): \d+ tag\(s\) closed, cut or dropped$/),
    ]);
  });
});
