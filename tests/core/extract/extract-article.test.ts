import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ParseError } from '../../../src/core/errors.ts';
import { decodeHtml } from '../../../src/core/extract/decode-html.ts';
import { extractArticle } from '../../../src/core/extract/extract-article.ts';

const fixture = (name: string): Buffer => readFileSync(new URL(`../../fixtures/articles/${name}`, import.meta.url));
const utf8Fixture = (name: string): string => fixture(name).toString('utf8');
const seedLines = readFileSync(new URL('../../../config/seeds/002_80ec8643e48c639e.txt', import.meta.url), 'utf8').split('\n');
/** A whole line of the seed article the Indonesian fixture copies its paragraphs from. */
const seedLine = (start: string): string => {
  const line = seedLines.find((candidate) => candidate.startsWith(start));
  if (!line) throw new Error(`no seed line starts with ${start}`);
  return line;
};

const ID_URL = 'https://internasional.kabardunia.example/read/2024/11/30/kim-jong-un-menhan-rusia';
const EN_URL = 'https://www.harbourgazette.example/news/local/2024/11/28/kingsmere-tidal-barrier';

/** Body paragraphs long enough to be an article, for pages built around one detail under test. */
const BODY = [
  'The harbour master said on Monday that the new pontoon would open to visiting yachts in the spring, two years later than first promised.',
  'Delays were blamed on a shortage of steel piles and on a legal challenge from a neighbouring boatyard, which has now been withdrawn.',
  'Berth fees will rise by four per cent next season to pay for the work, the harbour board confirmed after its monthly meeting.',
]
  .map((paragraph) => `<p>${paragraph}</p>`)
  .join('\n');

function page(options: { head?: string; htmlAttributes?: string; body?: string } = {}): string {
  return `<!DOCTYPE html><html${options.htmlAttributes ?? ''}><head><title>Pontoon delayed</title>${options.head ?? ''}</head>
<body><nav><a href="/">Home</a></nav><article><h1>Pontoon delayed</h1>${options.body ?? BODY}</article></body></html>`;
}

function parseError(run: () => unknown): ParseError {
  let thrown: unknown;
  try {
    run();
  } catch (error) {
    thrown = error;
  }
  expect(thrown, 'expected a ParseError').toBeInstanceOf(ParseError);
  return thrown as ParseError;
}

describe('extractArticle: an Indonesian news page', () => {
  const article = extractArticle(utf8Fixture('id-kabar-dunia.html'), ID_URL);
  const paragraphs = article.text.split('\n\n');

  it('keeps the lead paragraph (from the seed article) as a paragraph of its own', () => {
    expect(paragraphs).toContain(seedLine('PYONGYANG, - Menteri Pertahanan'));
  });

  it('keeps the body through to its last paragraph, "Baca juga" lines included', () => {
    expect(paragraphs).toContain('Para analis telah menyarankan Pyongyang dapat menggunakan Ukraina sebagai sarana untuk menyelaraskan kembali kebijakan luar negerinya.');
    expect(paragraphs).toContain(seedLine('Kedua negara berada di bawah'));
    expect(paragraphs).toContain('Baca juga: Rusia Kembalikan 502 Jenazah Tentara Ukraina yang Tewas di Medan Perang');
  });

  // Readability also keeps the breadcrumb, an "Advertisement" label and the "Terkini Lainnya"
  // list that share the article's column; those are left to the summariser's boilerplate filter.
  it.each([
    ['the channel nav', 'Megapolitan'],
    ['the cookie banner', 'Kami menggunakan cookie'],
    ['the "Terpopuler" sidebar heading', 'Terpopuler'],
    ['a "Terpopuler" headline', 'Belgia: Jangan Makan Pohon Natal'],
    ['the newsletter box', 'Langganan Newsletter'],
    ['the share bar', 'Salin tautan'],
    ['a reader comment', 'Semoga damai selalu'],
    ['the tag list', 'kim jong un'],
    ['the footer', 'Pedoman Media Siber'],
    ['the copyright line', 'Hak Cipta'],
    ['the analytics script', 'dataLayer'],
  ])('drops %s', (_what, chrome) => {
    expect(article.text).not.toContain(chrome);
  });

  it('reads the title, the html lang and an absolute og:image', () => {
    expect(article).toMatchObject({
      url: ID_URL,
      title: 'Kim Jong Un dan Menhan Rusia Sepakat Tingkatkan Hubungan Militer',
      lang: 'id',
      imageUrl: 'https://internasional.kabardunia.example/photo/2024/11/30/kim-jong-un-belousov-pyongyang.jpg?w=1200&q=80',
    });
  });

  it('drops breadcrumb and "Advertisement" labels Readability kept in the article column', () => {
    const paragraphs = article.text.split('\n\n');
    expect(paragraphs).not.toContain('Beranda');
    expect(paragraphs).not.toContain('Advertisement');
    expect(paragraphs[0]).toMatch(/^Pemimpin Korea Utara Kim Jong Un \(kanan\)/);
  });

  it('leaves no empty paragraph and no run of whitespace', () => {
    for (const paragraph of paragraphs) expect(paragraph).toMatch(/^\S(?:.*\S)?$/);
    expect(article.text).not.toMatch(/ {2}|\n{3}|\t/);
  });
});

describe('extractArticle: an English news page', () => {
  const article = extractArticle(utf8Fixture('en-harbour-gazette.html'), EN_URL);
  const paragraphs = article.text.split('\n\n');

  it('starts with the lead paragraph and ends with the last body paragraph', () => {
    expect(paragraphs[0]).toBe(
      'Kingsmere will get a £48 million tidal barrier across the mouth of the River Lyde after councillors voted 31 to 9 on Thursday night to end a decade of arguments over how to protect the old town from flooding.',
    );
    expect(paragraphs.at(-1)).toMatch(/^The council said the harbour would stay open .* by the winter of 2028\.$/);
  });

  it('makes headings, list items and quotes paragraphs of their own', () => {
    expect(paragraphs).toEqual(
      expect.arrayContaining([
        'How the barrier will be paid for',
        '£21m from council borrowing, repaid over 40 years',
        '£24m from the national flood and coastal defence programme',
        '“We are not against protecting the town. We are against a design that nobody has been allowed to question.”',
      ]),
    );
  });

  it.each([
    ['the consent banner', 'We value your privacy'],
    ['the masthead', 'Independent local journalism since 1871'],
    ['the section nav', "What's On"],
    ['the share links', 'Share on Facebook'],
    ['the "Most read" rail', 'Penhallow Point'],
    ['the newsletter box', 'Gazette Daily'],
    ['a reader comment', 'insurance has tripled'],
    ['the footer', 'Registered in England'],
  ])('drops %s', (_what, chrome) => {
    expect(article.text).not.toContain(chrome);
  });

  it('reads the title, the primary language subtag and the og:image', () => {
    expect(article).toMatchObject({
      url: EN_URL,
      title: 'Kingsmere council approves £48m tidal barrier after a decade of floods',
      lang: 'en',
      imageUrl: 'https://cdn.harbourgazette.example/images/2024/11/lyde-barrier-1200.jpg',
    });
  });
});

describe('extractArticle: lead image', () => {
  const meta = (key: string, content: string, attribute = 'property') => `<meta ${attribute}="${key}" content="${content}">`;

  it.each([
    ['a root-relative og:image, against the page URL', meta('og:image', '/img/pontoon.jpg'), 'https://port.example/img/pontoon.jpg'],
    ['a path-relative og:image, against the page URL', meta('og:image', 'img/pontoon.jpg'), 'https://port.example/news/2024/img/pontoon.jpg'],
    ['a protocol-relative og:image, with the page scheme', meta('og:image', '//cdn.port.example/p.jpg'), 'https://cdn.port.example/p.jpg'],
    ['og:image given as name=', meta('og:image', '/n.jpg', 'name'), 'https://port.example/n.jpg'],
    ['twitter:image when there is no og:image', meta('twitter:image', 'https://cdn.port.example/t.jpg', 'name'), 'https://cdn.port.example/t.jpg'],
    ['og:image before twitter:image', meta('twitter:image', '/t.jpg', 'name') + meta('og:image', '/o.jpg'), 'https://port.example/o.jpg'],
    ['twitter:image when og:image is a data: URL', meta('og:image', 'data:image/png;base64,AAAA') + meta('twitter:image', '/t.jpg', 'name'), 'https://port.example/t.jpg'],
    ['nothing for a javascript: URL', meta('og:image', 'javascript:alert(1)'), undefined],
    ['nothing for an empty og:image', meta('og:image', '  '), undefined],
    ['nothing when there is no image meta', '', undefined],
  ])('takes %s', (_what, head, expected) => {
    expect(extractArticle(page({ head }), 'https://port.example/news/2024/pontoon.html').imageUrl).toBe(expected);
  });
});

describe('extractArticle: language', () => {
  it.each([
    [' lang="id-ID"', 'id'],
    [' lang="EN"', 'en'],
    [' lang="zh_Hant"', 'zh'],
    [' lang=""', undefined],
    [' lang="{{ locale }}"', undefined],
    ['', undefined],
  ])('<html%s> → %s', (htmlAttributes, expected) => {
    expect(extractArticle(page({ htmlAttributes }), 'https://port.example/a').lang).toBe(expected);
  });
});

describe('extractArticle: pages linkedom parses oddly', () => {
  it('reads a page that leaves out the optional <html>, <head> and <body> tags', () => {
    const html = `<!doctype html><meta charset="utf-8"><meta property="og:image" content="/bare.jpg"><title>Bare</title><article>${BODY}</article>`;
    const article = extractArticle(html, 'https://port.example/bare');
    expect(article.text.split('\n\n')[0]).toMatch(/^The harbour master said on Monday/);
    expect(article.imageUrl).toBe('https://port.example/bare.jpg');
  });

  it('collapses whitespace and non-breaking spaces inside a paragraph, and keeps inline text together', () => {
    const body = `${BODY}<p>  Berth&nbsp;fees\n\t will <b>rise</b> <a href="/fees">next</a>   season.  </p><p> \n </p><p>&nbsp;</p>`;
    const paragraphs = extractArticle(page({ body }), 'https://port.example/a').text.split('\n\n');
    expect(paragraphs.at(-1)).toBe('Berth fees will rise next season.');
    expect(paragraphs).toHaveLength(4);
  });
});

describe('extractArticle: no article', () => {
  it.each([
    ['a section index (a list of headlines)', () => utf8Fixture('id-section-index.html'), /no readable article: \d+% of the text is links/],
    ['a 404 page in full site chrome', () => utf8Fixture('id-not-found.html'), /no readable article: \d+ characters of text, fewer than 200/],
    ['a teaser shorter than 200 characters', () => page({ body: '<p>The pontoon will open in spring, the harbour master said on Monday.</p>' }), /fewer than 200/],
    ['an empty document', () => '', /no readable article/],
    ['plain text', () => 'Service temporarily unavailable', /no readable article/],
  ])('%s → ParseError naming the URL', (_what, html, message) => {
    const url = 'https://internasional.kabardunia.example/global';
    const error = parseError(() => extractArticle(html(), url));
    expect(error.message).toMatch(/^parser: /);
    expect(error.message).toContain(url);
    expect(error.message).toMatch(message);
  });

  it('refuses a URL that is not absolute', () => {
    expect(parseError(() => extractArticle(page(), '/news/a')).message).toContain('/news/a: not an absolute URL');
  });
});

describe('decodeHtml', () => {
  const ascii = (text: string): Uint8Array => Buffer.from(text, 'latin1');
  const withMeta = (metaTag: string) => ascii(`<!doctype html><html><head>${metaTag}</head><body>caf\xe9 \x93q\x94</body></html>`);
  const BODY_1252 = 'café “q”';
  const BODY_AS_UTF8 = 'caf\ufffd \ufffdq\ufffd';

  it('decodes a windows-1252 page labelled only by <meta charset>: curly quotes, dashes, €', () => {
    const html = decodeHtml(fixture('windows-1252-meta.html'), 'text/html');
    expect(html).toContain('“We’ve been here for 23 years and we’ve never seen anything like it,”');
    expect(html).toContain('€3.20 in Lisbon and £3.40 here – and');
    expect(html).toContain('“looking at every option” — including');
    expect(extractArticle(html, 'https://post.example/news/cafes').text).toContain('Old Quarter’s independent cafés');
  });

  it('decodes an ISO-8859-1 page labelled only by its Content-Type', () => {
    const bytes = fixture('iso-8859-1-header.html');
    expect(decodeHtml(bytes, 'text/html; charset=ISO-8859-1')).toContain('«Não há nada igual ao pastel de nata');
    // The same bytes unlabelled are not UTF-8: the header is what made them readable.
    expect(decodeHtml(bytes, 'text/html')).toContain('N\ufffdo h\ufffd nada');
  });

  it.each([
    ['<meta charset>', '<meta charset="windows-1252">', BODY_1252],
    ['an unquoted <meta charset>', '<meta charset=iso-8859-1>', BODY_1252],
    ['<meta http-equiv content>', '<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">', BODY_1252],
    ['<META HTTP-EQUIV> in capitals', "<META HTTP-EQUIV='content-type' CONTENT='text/html;charset=latin1'>", BODY_1252],
    ['the first usable of two metas', '<meta charset="no-such-charset"><meta charset="windows-1252">', BODY_1252],
    ['UTF-8 for a meta naming UTF-16 (the page was just read as ASCII)', '<meta charset="utf-16">', BODY_AS_UTF8],
    ['UTF-8 when the only meta is inside a comment', '<!--[if IE]><meta charset="windows-1252"><![endif]-->', BODY_AS_UTF8],
    ['UTF-8 when a meta says nothing about the charset', '<meta name="description" content="charset=windows-1252">', BODY_AS_UTF8],
    ['UTF-8 with no label at all', '', BODY_AS_UTF8],
  ])('follows %s', (_what, metaTag, expected) => {
    expect(decodeHtml(withMeta(metaTag))).toContain(`<body>${expected}</body>`);
  });

  it('ignores a meta after the first 1024 bytes', () => {
    const late = ascii(`<!doctype html><head><!-- ${'x'.repeat(1024)} --><meta charset="windows-1252"></head><body>caf\xe9</body>`);
    expect(decodeHtml(late)).toContain('caf\ufffd');
    const early = ascii(`<!doctype html><head><meta charset="windows-1252"><!-- ${'x'.repeat(1024)} --></head><body>caf\xe9</body>`);
    expect(decodeHtml(early)).toContain('café');
  });

  it('lets the Content-Type charset outrank the meta', () => {
    const bytes = Buffer.from('<head><meta charset="windows-1252"></head><body>Jalan Kartini – café</body>', 'utf8');
    expect(decodeHtml(bytes, 'text/html; charset=utf-8')).toContain('Jalan Kartini – café');
  });

  it('skips a Content-Type charset no decoder knows, and falls back to the meta', () => {
    expect(decodeHtml(withMeta('<meta charset="windows-1252">'), 'text/html; charset=x-klingon')).toContain(BODY_1252);
  });

  it('lets a byte-order mark outrank both labels, and strips it', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('<meta charset="windows-1252"><p>Jalan – café</p>', 'utf8')]);
    expect(decodeHtml(bytes, 'text/html; charset=iso-8859-1')).toBe('<meta charset="windows-1252"><p>Jalan – café</p>');
  });
});
