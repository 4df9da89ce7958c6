import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ParseError } from '../../../src/core/errors.ts';
import { looksLikeHtml, parseFeed } from '../../../src/core/parse/parse-feed.ts';

const fixture = (name: string): Uint8Array => readFileSync(new URL(`../../fixtures/feeds/${name}`, import.meta.url));
const bytes = (text: string): Uint8Array => Buffer.from(text, 'utf8');
const rss = (items: string): Uint8Array =>
  bytes(`<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>${items}</channel></rss>`);

async function parseError(body: Uint8Array, contentType?: string, options?: { maxChars?: number }): Promise<ParseError> {
  const error: unknown = await parseFeed(body, contentType, 'test-feed', options).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ParseError);
  return error as ParseError;
}

describe('parseFeed: RSS 2.0', async () => {
  const feed = await parseFeed(fixture('rss2.xml'), 'application/rss+xml; charset=utf-8', 'rss2');
  const [port, football, chiliUp, chiliDown, chiliRepeat, flood, train, satellite, noLink, untitled, empty] = feed.items;

  it('reads the channel: title with entities, link, <ttl> in minutes', () => {
    expect(feed.title).toBe('Kabar Contoh & Sekitarnya');
    expect(feed.link).toBe('https://Berita.Example.id/');
    expect(feed.ttlMinutes).toBe(15);
    expect(feed.items).toHaveLength(11);
    expect(feed.skippedItems).toBe(0);
  });

  it('reads an item fully: CDATA title, content:encoded, entity-escaped description, media:content, dc:creator', () => {
    expect(port).toEqual({
      guid: 'berita-1001',
      link: 'https://berita.example.id/ekonomi/pelabuhan-bitung?id=7&utm_source=rss&utm_medium=feed&fbclid=abc#komentar',
      title: 'Pelabuhan baru dibuka di <b>Bitung</b>',
      contentHtml: expect.stringContaining('<p>Pelabuhan peti kemas di <a href="https://berita.example.id/tag/bitung">Bitung</a>'),
      summaryHtml: 'Menteri &quot;optimistis&quot; \u2013 arus barang naik <b>30&nbsp;persen</b>.',
      published: 'Senin, 06 Okt 2025 10:00:00 +0700',
      imageUrl: 'https://cdn.example.id/foto/bitung-besar.jpg',
      author: 'Rina Pertiwi',
      categories: ['Ekonomi', 'Maritim'],
    });
  });

  it('keeps links and dates as written: normalising is the next stage', () => {
    expect(football?.link).toBe('/olahraga/timnas-menang');
    expect(football?.published).toBe('2025-10-06 23:35 WIB');
    expect(satellite?.published).toBe('Wed, 01 Jan 2031 08:00:00 GMT');
    expect(train?.published).toBeUndefined();
  });

  it.each([
    ['an image <enclosure>', () => football?.imageUrl, 'https://cdn.example.id/foto/timnas.jpg'],
    ['<media:thumbnail>', () => flood?.imageUrl, 'https://cdn.example.id/foto/banjir-kecil.jpg'],
  ])('takes the image from %s', (_what, actual, expected) => {
    expect(actual()).toBe(expected);
  });

  it('returns repeated guids as they are (dedup is normalize/item-key.ts)', () => {
    expect([chiliUp?.guid, chiliDown?.guid, chiliRepeat?.guid]).toEqual(['berita-1003', 'berita-1003', 'berita-1003']);
    expect(flood?.guid).toBeUndefined();
    expect(noLink).toMatchObject({ title: 'Catatan redaksi tanpa tautan' });
    expect(noLink?.link).toBeUndefined();
  });

  it('uses a permalink <guid> as the link when there is no <link> (RSS 2.0)', () => {
    expect(untitled?.link).toBe('https://berita.example.id/opini/tanpa-judul');
    expect(untitled?.title).toBeUndefined();
  });

  it('skips a 1×1 tracking pixel when looking for an image in HTML', () => {
    expect(empty?.imageUrl).toBeUndefined();
  });

  it('does not take an isPermaLink="false" guid as a link', async () => {
    const parsed = await parseFeed(rss('<item><title>a</title><guid isPermaLink="false">https://x.example/1</guid></item>'), undefined, 'f');
    expect(parsed.items[0]?.link).toBeUndefined();
  });

  it('takes the first real <img> in the description when the feed names no image', async () => {
    const description = '&lt;img src="https://x.example/px.gif" width="1" height="1"&gt;&lt;img src="https://x.example/a.jpg?w=1&amp;amp;h=2"&gt;Text';
    const parsed = await parseFeed(rss(`<item><title>a</title><description>${description}</description></item>`), undefined, 'f');
    expect(parsed.items[0]?.imageUrl).toBe('https://x.example/a.jpg?w=1&h=2');
  });
});

describe('parseFeed: Atom', async () => {
  const feed = await parseFeed(fixture('atom.xml'), 'application/atom+xml', 'atom');
  const [talks, markets, cmsDate] = feed.items;

  it('reads the feed and its entries', () => {
    expect(feed).toMatchObject({ title: 'Example Wire', link: 'https://wire.example.com/', skippedItems: 0 });
    expect(feed.items).toHaveLength(3);
    expect(talks).toEqual({
      guid: 'urn:uuid:5a1b2c3d-0000-4000-8000-000000000002',
      link: 'https://wire.example.com/world/harbour-talks?utm_campaign=atom',
      title: 'Harbour talks <em>resume</em> in Jakarta',
      contentHtml: '<p>Full text: negotiators met again on Tuesday and agreed to continue.</p>',
      summaryHtml: '<p>Negotiators met again on <b>Tuesday</b>.</p>',
      published: '2025-10-07T01:30:00+07:00',
      imageUrl: 'https://wire.example.com/img/harbour-thumb.jpg',
      author: 'Dana Lee',
      categories: ['World', 'trade'],
    });
  });

  it('falls back to <updated> when there is no <published>', () => {
    expect(markets?.published).toBe('2025-10-06T10:00:00Z');
    expect(markets?.link).toBe('/markets/close');
  });

  it('keeps an entry whose date rss-parser cannot convert, with the date as written', () => {
    expect(cmsDate).toMatchObject({ title: 'A CMS-style date Atom cannot read', published: '2025-10-06 23:35 WIB' });
  });

  it('skips an entry rss-parser throws on, and counts it, without losing the others', async () => {
    const atom = bytes(`<feed xmlns="http://www.w3.org/2005/Atom"><title>A</title>
      <entry><title>first</title><link href="https://a.example/1"/></entry>
      <entry><title>broken: link without href</title><link>https://a.example/2</link></entry>
      <entry><title>third</title><link href="https://a.example/3"/></entry></feed>`);
    const parsed = await parseFeed(atom, undefined, 'atom');
    expect(parsed.items.map((item) => item.title)).toEqual(['first', 'third']);
    expect(parsed.skippedItems).toBe(1);
  });

  it('takes the alternate link, which a link without rel is, not a self, enclosure or replies link listed first', async () => {
    const atom = bytes(`<feed xmlns="http://www.w3.org/2005/Atom"><title>A</title>
      <entry><title>self first</title><link rel="self" href="https://a.example/api/1.atom"/><link href="https://a.example/story/1"/></entry>
      <entry><title>enclosure first</title><link rel="enclosure" type="audio/mpeg" href="https://a.example/2.mp3"/><link type="text/html" href="https://a.example/story/2"/></entry>
      <entry><title>IANA URI</title><link rel="replies" href="https://a.example/c/3"/><link rel="http://www.iana.org/assignments/relation/alternate" href="https://a.example/story/3"/></entry>
      <entry><title>no alternate</title><link rel="related" href="https://a.example/related/4"/></entry></feed>`);
    const parsed = await parseFeed(atom, undefined, 'atom');
    expect(parsed.items.map((item) => item.link)).toEqual([
      'https://a.example/story/1',
      'https://a.example/story/2',
      'https://a.example/story/3',
      'https://a.example/related/4',
    ]);
  });

  it('resolves a relative link against the xml:base in scope: the feed, the entry, the link itself', async () => {
    const atom = bytes(`<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://base.example/root/"><title>A</title>
      <entry><title>feed base</title><link href="p/1"/></entry>
      <entry xml:base="https://other.example/blog/"><title>entry base</title><link href="p/2"/></entry>
      <entry xml:base="/news/"><title>relative entry base</title><link href="p/3"/></entry>
      <entry><title>link base</title><link xml:base="/x/" href="p/4"/></entry>
      <entry><title>absolute href</title><link href="https://abs.example/5"/></entry></feed>`);
    const parsed = await parseFeed(atom, undefined, 'atom');
    expect(parsed.items.map((item) => item.link)).toEqual([
      'https://base.example/root/p/1',
      'https://other.example/blog/p/2',
      'https://base.example/news/p/3',
      'https://base.example/x/p/4',
      'https://abs.example/5',
    ]);
  });

  it('gives a root-relative link for a relative xml:base with no absolute one above it (normalize resolves it)', async () => {
    const atom = bytes(`<feed xmlns="http://www.w3.org/2005/Atom"><title>A</title>
      <entry xml:base="/blog/"><title>one</title><link href="p/1"/></entry></feed>`);
    const parsed = await parseFeed(atom, undefined, 'atom');
    expect(parsed.items[0]?.link).toBe('/blog/p/1');
  });
});

describe('parseFeed: one bad RSS item', () => {
  it('is skipped and counted; the items around it survive', async () => {
    // Inline (unescaped) HTML in <description> is rebuilt by xmlbuilder, which throws on a
    // control character that sax let through.
    const body = rss('<item><title>one</title></item><item><title>two</title><description><p>a\u000bb</p></description></item><item><title>three</title></item>');
    const feed = await parseFeed(body, undefined, 'f');
    expect(feed.items.map((item) => item.title)).toEqual(['one', 'three']);
    expect(feed.skippedItems).toBe(1);
  });
});

describe('parseFeed: RDF / RSS 1.0', () => {
  it('reads items, rdf:about as the id, dc:date and dc:creator', async () => {
    const feed = await parseFeed(fixture('rdf.xml'), 'application/rdf+xml', 'rdf');
    expect(feed.title).toBe('Example Journal');
    expect(feed.items).toEqual([
      {
        guid: 'https://journal.example.org/2025/10/rice',
        link: 'https://journal.example.org/2025/10/rice',
        title: 'Rice harvest beats forecast',
        summaryHtml: 'Farmers in three provinces report larger yields.',
        published: '2025-10-05T08:00:00+07:00',
        author: 'Budi Santoso',
      },
      {
        guid: 'https://journal.example.org/2025/10/bridge',
        link: 'https://journal.example.org/2025/10/bridge',
        title: 'Bridge reopens after repairs',
        summaryHtml: 'Traffic resumes on the northern crossing.',
        published: '2025-10-04',
      },
    ]);
  });
});

describe('parseFeed: charsets', () => {
  it.each([
    ['latin1.xml', undefined, 'Le café de Müller', 'Crème brûlée à la française'],
    ['latin1.xml', 'text/xml; charset=ISO-8859-1', 'Le café de Müller', 'Crème brûlée à la française'],
    ['windows-1252.xml', undefined, 'Minister says \u201cquiet\u201d talks went well', 'Costs rose to \u20ac 5 million.'],
    ['utf8-bom.xml', undefined, 'Berita dengan BOM', 'Jalan Kartini \u2116 5 \u2013 Jakarta'],
    ['utf8-bom.xml', 'text/xml; charset=iso-8859-1', 'Berita dengan BOM', 'Jalan Kartini \u2116 5 \u2013 Jakarta'],
  ])('%s (Content-Type %s)', async (name, contentType, title, summary) => {
    const feed = await parseFeed(fixture(name), contentType, name);
    expect(feed.items[0]).toMatchObject({ title, summaryHtml: summary });
  });
});

describe('parseFeed: repairs', () => {
  it('escapes a bare & outside CDATA and leaves CDATA alone', async () => {
    const feed = await parseFeed(
      rss('<item><title>Tom & Jerry</title><link><![CDATA[https://x.example/?a=1&b=2]]></link></item>'),
      undefined,
      'f',
    );
    expect(feed.items[0]).toMatchObject({ title: 'Tom & Jerry', link: 'https://x.example/?a=1&b=2' });
  });

  it('reads HTML named entities that XML does not define (&nbsp; &mdash;)', async () => {
    const feed = await parseFeed(rss('<item><title>A&nbsp;&mdash;&nbsp;B</title></item>'), undefined, 'f');
    expect(feed.items[0]?.title).toBe('A\u00a0\u2014\u00a0B');
  });

  it('reads <rss> without a version attribute as RSS 2.0', async () => {
    const feed = await parseFeed(bytes('<rss><channel><title>T</title><item><title>a</title></item></channel></rss>'), undefined, 'f');
    expect(feed.items).toEqual([{ title: 'a' }]);
  });
});

describe('parseFeed: errors', () => {
  it('names the feed and the parser message for XML it cannot mend', async () => {
    const error = await parseError(rss('<item><title lang=id>a</title></item>'));
    expect(error.message).toMatch(/^parser: test-feed: malformed XML: Unquoted attribute value, Line: \d+, Column: \d+/);
    expect(error.stage).toBe('parser');
    expect(error.cause).toBeInstanceOf(Error);
  });

  it('says an HTML page is not a feed', async () => {
    const error = await parseError(fixture('html-page.html'), 'text/html; charset=utf-8');
    expect(error.message).toBe('parser: test-feed: got an HTML page, not a feed');
  });

  it.each([
    ['an empty body', bytes('  \n'), undefined, undefined, 'parser: test-feed: empty body'],
    ['a feed over maxChars', rss('<item><title>a</title></item>'), undefined, { maxChars: 50 }, /^parser: test-feed: feed too large: \d+ characters, limit 50$/],
    ['XML that is no feed', bytes('<urlset><url><loc>https://x.example/</loc></url></urlset>'), undefined, undefined, /^parser: test-feed: not an RSS, RDF or Atom feed: /],
  ])('refuses %s', async (_what, body, contentType, options, message) => {
    const error = await parseError(body, contentType, options);
    expect(error.message).toMatch(message);
  });
});

describe('looksLikeHtml', () => {
  it.each([
    ['<!DOCTYPE html><html></html>', true],
    ['  \n<!doctype HTML>', true],
    ['<html lang="id"><head>', true],
    ['<?xml version="1.0"?>\n<!-- x -->\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN">', true],
    ['<?xml version="1.0"?><rss version="2.0">', false],
    ['<?xml version="1.0"?><!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://x.invalid/">\n<rss>', false],
    ['<feed xmlns="http://www.w3.org/2005/Atom">', false],
    ['<htmlfeed>', false],
  ])('%j → %s', (text, expected) => {
    expect(looksLikeHtml(text)).toBe(expected);
  });
});
