// Feeds as they are: what the Universal Feed Parser's suite showed newshound losing (issue 11),
// each read now, with what had to be repaired or guessed said in `notes`.
import { describe, expect, it } from 'vitest';
import { htmlToPlainText } from '../../../src/core/normalize/html-to-text.ts';
import { parseFeed } from '../../../src/core/parse/parse-feed.ts';

const bytes = (text: string): Uint8Array => Buffer.from(text, 'utf8');
const parse = (text: string | Uint8Array, contentType?: string) => parseFeed(typeof text === 'string' ? bytes(text) : text, contentType, 'f');

describe('parseFeed recovers', () => {
  it('a truncated file: the items before the cut, the cut one as far as it goes', async () => {
    const feed = await parse('<rss version="2.0"><channel><title>T</title><item><title>a</title></item><item><title>b</tit');
    expect(feed.items.map((item) => item.title)).toEqual(['a', 'b']);
    expect(feed.notes).toEqual([expect.stringMatching(/^repaired: damaged markup \(.+\): 5 tag\(s\) closed, cut or dropped$/)]);
  });

  it('200,000 elements left open: the items before them are kept, the one holding them skipped', async () => {
    const feed = await parse(`<rss version="2.0"><channel><title>T</title><item><title>a</title></item><item><title>b</title><description>${'<a>'.repeat(200_000)}</description></item></channel></rss>`);
    expect(feed.items.map((item) => item.title)).toEqual(['a']);
    expect(feed.skippedItems).toBe(1);
  });

  it('a file whose last end tag lacks its ">"', async () => {
    const feed = await parse('<rss version="2.0"><channel><title>testing &#160; entity</title></channel></rss');
    expect(feed.title).toBe('testing \u00a0 entity');
  });

  it('an undefined entity, read as itself', async () => {
    const feed = await parse('<rss><channel><title>testing &doesnotexist; entity</title></channel></rss>');
    expect(feed.title).toBe('testing &doesnotexist; entity');
    expect(feed.notes).toEqual(['repaired: unknown entities read as text: &doesnotexist;']);
  });

  it('an entity declared in the DOCTYPE', async () => {
    const feed = await parse(`<!DOCTYPE rss [<!ENTITY id "tag:example.com,">]><rss version="2.0"><channel><item><guid isPermaLink="false">&id;2006:/blog/</guid><title>x</title></item></channel></rss>`);
    expect(feed.items[0]?.guid).toBe('tag:example.com,2006:/blog/');
  });

  it.each([
    ['an external entity (XXE) is never read', '<!ENTITY x SYSTEM "file:///etc/passwd">', '&x;', 'repaired: unknown entities read as text: &x;'],
    ['entities built of entities (billion laughs) are not expanded', '<!ENTITY a "lol"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">', '&b;', 'repaired: unknown entities read as text: &b;'],
  ])('%s: read as text', async (_what, declarations, reference, note) => {
    const feed = await parse(`<?xml version="1.0"?><!DOCTYPE rss [${declarations}]><rss version="2.0"><channel><item><title>a ${reference} b</title></item></channel></rss>`);
    expect(feed.items[0]?.title).toBe(`a ${reference} b`);
    expect(feed.notes).toEqual([note]);
  });

  it('DOCTYPE entities that would add more than 1,000,000 characters: read as text, said in a note (a 20 KB feed does not grow to 5 MB)', async () => {
    const feed = await parse(`<!DOCTYPE rss [<!ENTITY a "${'x'.repeat(5_000)}">]><rss version="2.0"><channel><item><title>t</title><description>${'&a;'.repeat(1_000)}</description></item></channel></rss>`);
    expect(feed.items[0]?.summaryHtml).toBe('&a;'.repeat(1_000));
    expect(feed.notes).toEqual([
      'repaired: DOCTYPE entities read as text: they would add 5000000 characters, more than 1000000',
      'repaired: unknown entities read as text: &a;',
    ]);
  });

  it.each([
    ['<item> straight under <rss>, no <channel>', '<rss version="2.0"><item><title>a</title></item></rss>', ['a']],
    ['an <rss> with nothing in it', '<rss version="2.0">\n</rss>', []],
    ['an empty <channel>', '<rss version="0.91"><channel></channel></rss>', []],
    ['RSS 1.0 without a channel', '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"><item rdf:about="http://x.example/1"><title>a</title></item></rdf:RDF>', ['a']],
    ['RSS 2.0 in a prefixed namespace', '<r:rss version="2.0" xmlns:r="http://backend.userland.com/rss2"><r:channel><r:item><r:title>a</r:title></r:item></r:channel></r:rss>', ['a']],
    ['CDF', '<CHANNEL HREF="http://x.example/"><TITLE>c</TITLE><ITEM HREF="http://x.example/1" LASTMOD="2004-04-06T23:05:43-05:00"><TITLE>a</TITLE><ABSTRACT>b</ABSTRACT></ITEM></CHANNEL>', ['a']],
    ['an XHTML DOCTYPE in front of the feed', '<?xml version="1.0"?><!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://x.invalid/"><rss><channel><title>found</title><item><title>a</title></item></channel></rss>', ['a']],
  ])('%s', async (_what, xml, titles) => {
    const feed = await parse(xml);
    expect(feed.items.map((item) => item.title)).toEqual(titles);
  });

  it('CDF items with their link, summary and date', async () => {
    const feed = await parse('<CHANNEL HREF="http://x.example/"><TITLE>c</TITLE><ITEM HREF="http://x.example/1" LASTMOD="2004-04-06T23:05:43-05:00"><TITLE>a</TITLE><ABSTRACT>b</ABSTRACT></ITEM></CHANNEL>');
    expect(feed).toMatchObject({ title: 'c', link: 'http://x.example/' });
    expect(feed.items[0]).toEqual({ title: 'a', link: 'http://x.example/1', summaryHtml: 'b', published: '2004-04-06T23:05:43-05:00' });
  });
});

describe('parseFeed reads text as written', () => {
  const atom = (entry: string, feedTitle = '<title>F</title>') => `<feed xmlns="http://www.w3.org/2005/Atom">${feedTitle}<entry><id>urn:x:1</id>${entry}</entry></feed>`;

  it('an XHTML title, its words in order', async () => {
    const feed = await parse(atom('<title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">Example <b>Atom</b> feed &amp; more</div></title>', '<title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">The <i>feed</i></div></title>'));
    expect(htmlToPlainText(feed.items[0]?.title ?? '')).toBe('Example Atom feed & more');
    expect(htmlToPlainText(feed.title ?? '')).toBe('The feed');
  });

  it('XHTML content and an RSS <body>', async () => {
    const atomFeed = await parse(atom('<title>t</title><content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>One <a href="/x">two</a> three</p></div></content>'));
    expect(htmlToPlainText(atomFeed.items[0]?.contentHtml ?? '')).toBe('One two three');
    const rss = await parse('<rss version="2.0"><channel><item><title>t</title><body xmlns="http://www.w3.org/1999/xhtml"><p>Example <b>content</b> here</p></body></item></channel></rss>');
    expect(htmlToPlainText(rss.items[0]?.contentHtml ?? '')).toBe('Example content here');
  });

  it('leaves CDATA alone that merely mentions an XHTML body', async () => {
    const feed = await parse('<rss version="2.0"><channel><item><title>t</title><description><![CDATA[<body><p>x</p></body>]]></description></item></channel></rss>');
    expect(feed.items[0]?.summaryHtml).toBe('<body><p>x</p></body>');
  });

  it('a title with markup left unescaped keeps all its words', async () => {
    const feed = await parse(atom('<title>Example <b>Atom</b></title>'));
    expect(feed.items[0]?.title).toBe('Example Atom');
  });

  it('a Media RSS title and description when the item has none of its own (YouTube keeps them in media:group)', async () => {
    const feed = await parse('<rss xmlns:media="http://search.yahoo.com/mrss/"><channel><item><media:title>bar</media:title></item></channel></rss>');
    expect(feed.items[0]?.title).toBe('bar');
    const atomFeed = await parse(atom('<title>t</title><media:group xmlns:media="http://search.yahoo.com/mrss/"><media:description>Test Description</media:description></media:group>'));
    expect(atomFeed.items[0]?.summaryHtml).toBe('Test Description');
  });

  it('base64 text (Atom 0.3 mode="base64", Atom 1.0 non-text types)', async () => {
    const encoded = Buffer.from('Example <b>Atom</b>').toString('base64');
    const feed = await parse(atom(`<title type="application/octet-stream">\n  ${encoded}\n</title><summary mode="base64">${encoded}</summary>`));
    expect(feed.items[0]).toMatchObject({ title: 'Example <b>Atom</b>', summaryHtml: 'Example <b>Atom</b>' });
  });
});

describe('parseFeed finds the date', () => {
  it.each([
    ['Atom 0.3 <issued>', '<feed version="0.3" xmlns="http://purl.org/atom/ns#"><entry><title>t</title><issued>2003-12-31T10:14:55Z</issued><modified>2004-01-01T00:00:00Z</modified></entry></feed>', '2003-12-31T10:14:55Z'],
    ['Atom 0.3 <modified> alone', '<feed version="0.3" xmlns="http://purl.org/atom/ns#"><entry><title>t</title><modified>2004-01-01T00:00:00Z</modified></entry></feed>', '2004-01-01T00:00:00Z'],
    ['Atom 0.3 <created>', '<feed version="0.3" xmlns="http://purl.org/atom/ns#"><entry><title>t</title><created>2003-12-31T10:14:55Z</created></entry></feed>', '2003-12-31T10:14:55Z'],
    ['dcterms:issued', '<rss version="2.0" xmlns:dcterms="http://purl.org/dc/terms/"><channel><item><title>t</title><dcterms:issued>2003-12-31T10:14:55Z</dcterms:issued></item></channel></rss>', '2003-12-31T10:14:55Z'],
    ['dcterms:modified', '<rss version="2.0" xmlns:dcterms="http://purl.org/dc/terms/"><channel><item><title>t</title><dcterms:modified>2003-12-31T10:14:55Z</dcterms:modified></item></channel></rss>', '2003-12-31T10:14:55Z'],
    ['a repeated <updated>: the last, as feedparser', '<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>t</title><updated>2010-12-01T10:14:55Z</updated><updated>2003-12-31T10:14:55Z</updated></entry></feed>', '2003-12-31T10:14:55Z'],
    ['<pubDate> before <dc:date>', '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><item><title>t</title><dc:date>2001-01-01</dc:date><pubDate>Mon, 13 Feb, 2012 06:28:00 UTC</pubDate></item></channel></rss>', 'Mon, 13 Feb, 2012 06:28:00 UTC'],
  ])('%s', async (_what, xml, published) => {
    const feed = await parse(xml);
    expect(feed.items[0]?.published).toBe(published);
  });
});

describe('parseFeed notes what it guessed', () => {
  it('undeclared bytes that are not UTF-8: windows-1252, said once', async () => {
    const feed = await parse(Buffer.from('<rss version="2.0"><channel><item><title>\u00daltimas Not\u00edcias</title></item><item><title>S\u00e3o Paulo</title></item></channel></rss>', 'latin1'));
    expect(feed.items.map((item) => item.title)).toEqual(['Últimas Notícias', 'São Paulo']);
    expect(feed.notes).toEqual(['charset: undeclared and not UTF-8: read as windows-1252']);
  });

  it('an unknown charset label: ignored, said, and the feed read', async () => {
    const feed = await parse('<?xml version="1.0" encoding="bogus"?><rss version="2.0"><channel><item><title>caf\u00e9</title></item></channel></rss>');
    expect(feed.items[0]?.title).toBe('café');
    expect(feed.notes).toEqual(['charset: unknown "bogus" from the XML declaration: ignored']);
  });

  it('nothing for a clean feed', async () => {
    const feed = await parse('<rss version="2.0"><channel><item><title>a</title></item></channel></rss>');
    expect(feed.notes).toEqual([]);
  });
});
