import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { FeedSource, RawFeed, RawItem } from '../../../src/core/model.ts';
import { normalizeItems, zonelessDateOffset, SUMMARY_MAX_CHARS } from '../../../src/core/normalize/normalize-items.ts';
import { parseFeed } from '../../../src/core/parse/parse-feed.ts';

const NOW = new Date('2025-10-08T00:00:00Z');
const SOURCE: FeedSource = { id: 'contoh', url: 'https://feeds.example.id/rss/terkini', name: 'Kabar Contoh', language: 'id' };
const feedOf = (items: RawItem[], link?: string): RawFeed => (link ? { link, items } : { items });
const one = (item: RawItem, source: FeedSource = SOURCE, link?: string) => normalizeItems(feedOf([item], link), source, NOW)[0];

describe('normalizeItems', () => {
  it('fills every field of a FeedItem', () => {
    const item = one(
      {
        guid: 'g-1',
        link: '/berita/1?utm_source=rss#atas',
        title: 'Judul <b>tebal</b> &amp; rapi',
        summaryHtml: '<p>Ringkasan <a href="https://x.example">berita</a>.</p>',
        contentHtml: '<p>Isi lengkap.</p>',
        published: 'Senin, 06 Okt 2025 10:00:00 +0700',
        imageUrl: '//cdn.example.id/foto.jpg?utm_medium=feed',
      },
      SOURCE,
      'https://Berita.Example.id/',
    );
    expect(item).toEqual({
      id: 'link:https://berita.example.id/berita/1',
      key: 'link:https://berita.example.id/berita/1',
      feedId: 'contoh',
      source: 'Kabar Contoh',
      lang: 'id',
      title: 'Judul tebal & rapi',
      summary: 'Ringkasan berita.',
      link: 'https://berita.example.id/berita/1',
      published: '2025-10-06T03:00:00.000Z',
      imageUrl: 'https://cdn.example.id/foto.jpg',
    });
  });

  it.each<[string, RawItem, string]>([
    ['prefers the description', { title: 't', summaryHtml: '<p>ringkas</p>', contentHtml: '<p>lengkap</p>' }, 'ringkas'],
    ['falls back to the content', { title: 't', summaryHtml: ' <img src="x.jpg"> ', contentHtml: '<p>lengkap</p>' }, 'lengkap'],
    ['is empty when there is neither', { title: 't', link: 'https://e.example/a' }, ''],
  ])('summary %s', (_what, raw, expected) => {
    expect(one(raw)?.summary).toBe(expected);
  });

  it(`truncates the summary to ${SUMMARY_MAX_CHARS} characters on a word boundary`, () => {
    const words = Array.from({ length: 600 }, (_, i) => `kata${i}`).join(' ');
    const summary = one({ title: 't', summaryHtml: `<p>${words}</p>` })?.summary ?? '';
    expect(summary.length).toBeLessThanOrEqual(SUMMARY_MAX_CHARS);
    expect(summary).toMatch(/ kata\d+…$/);
    expect(words.startsWith(summary.slice(0, -1))).toBe(true);
  });

  it.each([
    ['against the feed link', 'berita/2', 'https://berita.example.id/nasional/', 'https://berita.example.id/nasional/berita/2'],
    ['against the feed URL when the feed gives no link', '/berita/2', undefined, 'https://feeds.example.id/berita/2'],
    ['against the feed URL when the feed link is itself relative', '/berita/2', '/beranda', 'https://feeds.example.id/berita/2'],
  ])('resolves relative links %s', (_what, link, feedLink, expected) => {
    expect(one({ title: 't', link }, SOURCE, feedLink)?.link).toBe(expected);
  });

  it('drops a link that is not http(s)', () => {
    const item = one({ title: 't', link: 'javascript:void(0)', guid: 'g' });
    expect(item?.link).toBeUndefined();
    expect(item?.key).toBe('guid:contoh:g');
  });

  it.each([
    ['an Indonesian source: +07:00', 'id' as const, '2025-10-06T03:00:00.000Z'],
    ['an English source: +00:00', 'en' as const, '2025-10-06T10:00:00.000Z'],
    ['a source of unknown language: UTC, not +07:00', undefined, '2025-10-06T10:00:00.000Z'],
  ])('reads a zone-less date for %s', (_what, language, expected) => {
    const source: FeedSource = { ...SOURCE, language };
    const item = one({ title: 't', published: '2025-10-06 10:00' }, source);
    expect(item?.published).toBe(expected);
    expect(item?.lang).toBe(language);
  });

  it.each([
    ['declares Indonesian (id-ID): +07:00', 'id-ID', undefined, '2025-10-06T03:00:00.000Z'],
    ['declares English: UTC', 'en-us', undefined, '2025-10-06T10:00:00.000Z'],
    ['declares Indonesian but is configured English: the configuration wins', 'id', 'en' as const, '2025-10-06T10:00:00.000Z'],
  ])('reads a zone-less date of a feed that %s', (_what, declared, configured, expected) => {
    const source: FeedSource = { ...SOURCE, language: configured };
    const [item] = normalizeItems({ ...feedOf([{ title: 't', published: '2025-10-06 10:00' }]), language: declared }, source, NOW);
    expect(item?.published).toBe(expected);
  });

  it.each([
    ['id', undefined, '+07:00'],
    ['en', 'id', '+00:00'],
    [undefined, 'id_ID', '+07:00'],
    [undefined, 'pt-BR', '+00:00'],
    [undefined, undefined, '+00:00'],
  ] as const)('zonelessDateOffset(%s, %s) = %s', (configured, declared, expected) => {
    expect(zonelessDateOffset(configured, declared)).toBe(expected);
  });

  it('leaves out a date it cannot read, and clamps one from the future to now', () => {
    const [unreadable, future] = normalizeItems(
      feedOf([
        { title: 'a', published: 'kemarin sore' },
        { title: 'b', published: '2031-01-01T00:00:00Z' },
      ]),
      SOURCE,
      NOW,
    );
    expect(unreadable?.published).toBeUndefined();
    expect(future?.published).toBe(NOW.toISOString());
  });

  it('drops an item with no title, no summary and no link, and titles one that has only a summary', () => {
    const items = normalizeItems(
      feedOf([
        { title: '  ', summaryHtml: '<img src="x.jpg">', guid: 'kosong' },
        { summaryHtml: '<p>Hanya isi, tanpa judul.</p>' },
      ]),
      SOURCE,
      NOW,
    );
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ title: 'Hanya isi, tanpa judul.', summary: 'Hanya isi, tanpa judul.' });
  });

  it('keys items by the rule in item-key.ts: link, else guid, else hash; exact repeats dropped', () => {
    const items = normalizeItems(
      feedOf([
        { title: 'a', link: 'https://e.example/a?utm_source=x', guid: 'g-a' },
        { title: 'b', guid: ' g-b ' },
        { title: 'c', published: 'Mon, 06 Oct 2025 10:00:00 GMT' },
        { title: 'b', guid: 'g-b' },
        { title: 'b2', guid: 'g-b' },
      ]),
      SOURCE,
      NOW,
    );
    expect(items.map((item) => item.key)).toEqual([
      'link:https://e.example/a',
      'guid:contoh:g-b',
      expect.stringMatching(/^hash:contoh:[0-9a-f]{16}$/),
      'guid:contoh:g-b#2',
    ]);
    for (const item of items) expect(item.id).toBe(item.key);
  });

  it('normalises the RSS 2.0 fixture end to end', async () => {
    const feed = await parseFeed(readFileSync(new URL('../../fixtures/feeds/rss2.xml', import.meta.url)), undefined, 'rss2');
    const items = normalizeItems(feed, SOURCE, NOW);
    expect(items.map((item) => [item.key, item.published])).toEqual([
      ['link:https://berita.example.id/ekonomi/pelabuhan-bitung?id=7', '2025-10-06T03:00:00.000Z'],
      ['link:https://berita.example.id/olahraga/timnas-menang', '2025-10-06T16:35:00.000Z'],
      ['guid:contoh:berita-1003', '2025-10-07T01:15:00.000Z'],
      ['guid:contoh:berita-1003#2', '2025-10-07T09:40:00.000Z'],
      ['link:https://berita.example.id/nasional/banjir-surut', '2025-10-07T06:00:00.000Z'],
      ['link:https://berita.example.id/transportasi/kereta-bandara', undefined],
      ['link:https://berita.example.id/sains/satelit', NOW.toISOString()],
      [expect.stringMatching(/^hash:contoh:/), '2025-10-07T02:00:00.000Z'],
      ['link:https://berita.example.id/opini/tanpa-judul', undefined],
    ]);
    expect(items[0]).toMatchObject({
      title: 'Pelabuhan baru dibuka di Bitung',
      summary: 'Menteri "optimistis" \u2013 arus barang naik 30 persen.',
      imageUrl: 'https://cdn.example.id/foto/bitung-besar.jpg',
    });
    for (const item of items) expect(item.summary).not.toMatch(/<\/?[a-z][^>]*>/i);
  });

  it('keeps an Atom text title or summary that names a tag as written, and still reads an html one as HTML', async () => {
    const atom = Buffer.from(`<feed xmlns="http://www.w3.org/2005/Atom"><title>A</title>
      <entry><title>Why the &lt;video&gt; element stalls on iOS</title><link href="https://e.example/1"/>
        <summary type="text">Wrap it in &lt;picture&gt; &amp; it plays.</summary></entry>
      <entry><title type="text">Using &lt;dialog&gt; today</title><link href="https://e.example/2"/></entry>
      <entry><title type="html">Harbour talks &lt;em&gt;resume&lt;/em&gt; &amp;amp; go on</title><link href="https://e.example/3"/></entry></feed>`);
    const items = normalizeItems(await parseFeed(atom, undefined, 'atom'), { ...SOURCE, language: 'en' }, NOW);
    expect(items.map((item) => [item.title, item.summary])).toEqual([
      ['Why the <video> element stalls on iOS', 'Wrap it in <picture> & it plays.'],
      ['Using <dialog> today', ''],
      ['Harbour talks resume & go on', ''],
    ]);
  });

  it('keeps the words after an XHTML-style embed (<iframe .../>) in an RSS description', async () => {
    const feed = Buffer.from(`<rss version="2.0"><channel><title>T</title><item><title>Banjir surut di Jakarta</title>
      <link>https://e.example/banjir</link>
      <description>&lt;p&gt;Video:&lt;/p&gt;&lt;iframe src="https://v.example/embed/1" /&gt;&lt;p&gt;Air mulai surut sejak pagi.&lt;/p&gt;</description></item></channel></rss>`);
    const [item] = normalizeItems(await parseFeed(feed, undefined, 'rss'), SOURCE, NOW);
    expect(item?.summary).toBe('Video: Air mulai surut sejak pagi.');
  });
});
