import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { charsetFromContentType, decodeFeed, decodeFeedBody } from '../../../src/core/parse/decode-body.ts';

const latin1 = (text: string): Uint8Array => Buffer.from(text, 'latin1');
const utf8 = (text: string): Uint8Array => Buffer.from(text, 'utf8');
const prolog = (encoding: string, body: string): string => `<?xml version="1.0" encoding="${encoding}"?><t>${body}</t>`;

describe('decodeFeedBody', () => {
  it.each([
    ['UTF-8 by default', utf8('<t>café</t>'), undefined, '<t>café</t>'],
    ['the Content-Type charset', latin1('<t>café</t>'), 'application/rss+xml; charset=ISO-8859-1', '<t>café</t>'],
    ['a quoted Content-Type charset', latin1('<t>Müller</t>'), 'text/xml; charset="iso-8859-1"', '<t>Müller</t>'],
    ['the XML declaration', latin1(prolog('ISO-8859-1', 'café')), undefined, prolog('ISO-8859-1', 'café')],
    ['a single-quoted XML declaration', latin1(prolog('latin1', 'é').replace(/"/g, "'")), undefined, prolog('latin1', 'é').replace(/"/g, "'")],
    ['the header over the XML declaration (RFC 7303)', utf8(prolog('ISO-8859-1', 'café')), 'text/xml; charset=utf-8', prolog('ISO-8859-1', 'café')],
  ])('follows %s', (_what, bytes, contentType, expected) => {
    expect(decodeFeedBody(bytes, contentType)).toBe(expected);
  });

  it('reads windows-1252 curly quotes, dashes and the euro sign (bytes 0x80-0x9F)', () => {
    const bytes = new Uint8Array([0x93, 0x41, 0x94, 0x20, 0x96, 0x20, 0x80, 0x35, 0x20, 0x85]);
    expect(decodeFeedBody(bytes, 'text/xml; charset=windows-1252')).toBe('\u201cA\u201d \u2013 \u20ac5 \u2026');
    // WHATWG reads "iso-8859-1" as windows-1252, so the same bytes labelled latin1 read the same.
    expect(decodeFeedBody(bytes, 'text/xml; charset=iso-8859-1')).toBe('\u201cA\u201d \u2013 \u20ac5 \u2026');
  });

  it('strips a UTF-8 byte-order mark', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('<t>ok</t>')]);
    expect(decodeFeedBody(bytes)).toBe('<t>ok</t>');
  });

  it.each([
    ['UTF-16LE', 'utf16le', [0xff, 0xfe]],
    ['UTF-16BE', 'utf16be', [0xfe, 0xff]],
  ])('reads %s by its byte-order mark, even against a wrong header', (_name, encoding, bom) => {
    const le = Buffer.from('<t>Jakarta – café</t>', 'utf16le');
    const body = encoding === 'utf16be' ? Buffer.from(le).swap16() : le;
    const bytes = new Uint8Array([...bom, ...body]);
    expect(decodeFeedBody(bytes, 'text/xml; charset=iso-8859-1')).toBe('<t>Jakarta – café</t>');
  });

  it('ignores an XML declaration claiming UTF-16 in bytes that are plainly ASCII-based', () => {
    expect(decodeFeedBody(utf8(prolog('UTF-16', 'café')))).toBe(prolog('UTF-16', 'café'));
  });

  it.each([
    ['Content-Type header', utf8('<t>café</t>'), 'text/xml; charset=x-klingon', '<t>café</t>'],
    ['XML declaration', utf8(prolog('bogus', 'café')), undefined, prolog('bogus', 'café')],
  ])('ignores an unknown charset from the %s, says so, and hears the next witness', (witness, bytes, contentType, expected) => {
    const decoded = decodeFeed(bytes, contentType);
    expect(decoded.text).toBe(expected);
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.notes).toEqual([expect.stringMatching(new RegExp(`^charset: unknown "(x-klingon|bogus)" from the ${witness}: ignored$`))]);
  });

  it.each([
    ["a single-quoted header charset", latin1('<t>café</t>'), "text/xml; charset='iso-8859-1'", '<t>café</t>'],
    ['spaces around the header charset', latin1('<t>café</t>'), 'text/xml;charset = iso-8859-1', '<t>café</t>'],
    ['windows_1252 (underscore)', latin1('<t>caf\u00e9 \u0093q\u0094</t>'), 'text/xml; charset=windows_1252', '<t>café “q”</t>'],
    ['cp437 (iconv-lite)', new Uint8Array([0x3c, 0x74, 0x3e, 0x82, 0x3c, 0x2f, 0x74, 0x3e]), 'text/xml; charset=cp437', '<t>é</t>'],
    ['macroman (iconv-lite)', new Uint8Array([0x3c, 0x74, 0x3e, 0x8e, 0x3c, 0x2f, 0x74, 0x3e]), 'text/xml; charset=macroman', '<t>é</t>'],
    ['an ISO-8859-1 declaration read as windows-1252', latin1(prolog('iso-8859-1', '\u0093q\u0094')), undefined, prolog('iso-8859-1', '“q”')],
  ])('reads %s', (_what, bytes, contentType, expected) => {
    expect(decodeFeedBody(bytes, contentType)).toBe(expected);
  });

  it('reads undeclared bytes that are not UTF-8 as windows-1252, and notes it once', () => {
    const decoded = decodeFeed(latin1('<t>\u00daltimas Not\u00edcias \u0096 S\u00e3o Paulo</t>'));
    expect(decoded).toEqual({ text: '<t>Últimas Notícias – São Paulo</t>', encoding: 'windows-1252', notes: ['charset: undeclared and not UTF-8: read as windows-1252'] });
  });

  it('keeps the valid UTF-8 of a feed declared UTF-8 and reads its stray bytes as windows-1252', () => {
    const bytes = new Uint8Array([...utf8('<t>Ѩ '), 0x45, 0x73, 0x70, 0x61, 0xf1, 0x61, ...utf8('</t>')]);
    const decoded = decodeFeed(bytes, 'text/xml; charset=utf-8');
    expect(decoded.text).toBe('<t>Ѩ España</t>');
    expect(decoded.notes).toEqual(['charset: not valid UTF-8 as the Content-Type header says: stray bytes read as windows-1252']);
  });

  it('puts windows-1252 punctuation back where UTF-8 text carries C1 controls', () => {
    expect(decodeFeedBody(utf8('<t>don\u0092t</t>'))).toBe('<t>don’t</t>');
  });

  const utf16 = (text: string, endian: 'le' | 'be') => {
    const le = Buffer.from(text, 'utf16le');
    return new Uint8Array(endian === 'le' ? le : Buffer.from(le).swap16());
  };
  const utf32 = (text: string, endian: 'le' | 'be') => {
    const out = Buffer.alloc([...text].length * 4);
    [...text].forEach((c, i) => (endian === 'le' ? out.writeUInt32LE(c.codePointAt(0)!, i * 4) : out.writeUInt32BE(c.codePointAt(0)!, i * 4)));
    return new Uint8Array(out);
  };
  const feed = '<?xml version="1.0" encoding="utf-16"?><t>Jakarta – café 😀</t>';

  it.each([
    ['UTF-16LE without a BOM', utf16(feed, 'le')],
    ['UTF-16BE without a BOM', utf16(feed, 'be')],
    ['UTF-32LE without a BOM', utf32(feed, 'le')],
    ['UTF-32BE without a BOM', utf32(feed, 'be')],
    ['UTF-32LE with a BOM', new Uint8Array([0xff, 0xfe, 0, 0, ...utf32(feed, 'le')])],
    ['UTF-32BE with a BOM', new Uint8Array([0, 0, 0xfe, 0xff, ...utf32(feed, 'be')])],
  ])('reads %s', (_what, bytes) => {
    expect(decodeFeedBody(bytes, 'text/xml; charset=iso-8859-1')).toBe(feed);
  });
});

// Realistic feed lengths: a detector needs some text to be sure (a feed title alone may fool it).
const rss = (items: Array<[string, string]>): string =>
  `<rss version="2.0"><channel><title>${items[0]![0]}</title>${items.map(([title, text]) => `<item><title>${title}</title><description>${text}</description></item>`).join('')}</channel></rss>`;

const RUSSIAN = rss([
  ['Новости дня', 'Правительство России в понедельник объявило о новых мерах поддержки малого бизнеса. По словам министра, программа льготного кредитования будет продлена до конца следующего года.'],
  ['Погода в Москве', 'Синоптики обещают тёплую погоду на выходных: днём до двадцати градусов, ночью без осадков. В начале недели ожидаются дожди и сильный ветер.'],
  ['Экономика', 'Центральный банк сохранил ключевую ставку на прежнем уровне. Аналитики считают, что инфляция в стране постепенно замедляется, а рубль остаётся стабильным.'],
]);
const PORTUGUESE = rss([
  ['Últimas Notícias – São Paulo', 'O governo anunciou nesta terça-feira uma série de medidas para conter a inflação, que atingiu o maior nível em três anos.'],
  ['Economia', 'Segundo o ministério, as ações incluem a redução de impostos sobre alimentos e combustíveis, além de um programa de crédito para pequenas empresas.'],
  ['Política', 'A oposição criticou a decisão e afirmou que as medidas são insuficientes para a população mais pobre.'],
]);
// Few accents among many ASCII words: chardet leans to ISO-8859-9 here, but not surely.
const INDONESIAN = rss([
  ['Berita – Jakarta', 'Pemerintah Indonesia mengumumkan kebijakan baru tentang ekspor nikel pada hari Selasa. Menteri menyebutkan bahwa langkah ini penting untuk hilirisasi.'],
  ['Café di Jakarta', 'Kata “nilai tambah” sering diulang dalam rapat itu. Para pengusaha menyambut baik keputusan tersebut.'],
]);

describe('decodeFeed: undeclared bytes that are not UTF-8', () => {
  it.each([
    ['KOI8-R (Russian)', RUSSIAN, 'koi8-r', 'koi8-r'],
    ['Big5 (Chinese)', rss([['今日新聞', '政府今天宣布新的經濟政策，以支持中小企業發展。部長表示，這項計劃將持續到明年年底，並提供更多的貸款和補助。'], ['天氣預報', '氣象局預測本週末天氣晴朗，白天氣溫將達到三十度，下週初可能會有陣雨。']]), 'big5', 'big5'],
  ])('reads %s by chardet\'s guess, and says so', (_what, text, charset, encoding) => {
    const decoded = decodeFeed(new Uint8Array(iconv.encode(text, charset)));
    expect(decoded.text).toBe(text);
    expect(decoded.encoding).toBe(encoding);
    expect(decoded.notes).toEqual([expect.stringMatching(new RegExp(`^charset: undeclared and not UTF-8: read as ${encoding} \\(chardet's guess, confidence \\d+\\)$`))]);
  });

  it.each([
    ['Latin-1 Portuguese (chardet: surely ISO-8859-1)', PORTUGUESE],
    ['Latin-1 Indonesian (chardet: ISO-8859-9, unsure)', INDONESIAN],
    ['a short Latin-1 title', '<t>Müller café</t>'],
  ])('keeps windows-1252 for %s', (_what, text) => {
    const decoded = decodeFeed(new Uint8Array(iconv.encode(text, 'windows-1252')));
    expect(decoded).toEqual({ text, encoding: 'windows-1252', notes: ['charset: undeclared and not UTF-8: read as windows-1252'] });
  });

  it('keeps windows-1252 for a short Big5 title: too few bytes for chardet to be sure', () => {
    const decoded = decodeFeed(new Uint8Array(iconv.encode('<t>今日新聞</t>', 'big5')));
    expect(decoded.encoding).toBe('windows-1252');
    expect(decoded.notes).toEqual(['charset: undeclared and not UTF-8: read as windows-1252']);
  });
});

describe('charsetFromContentType', () => {
  it.each([
    ['text/xml', undefined],
    ['text/xml; charset=UTF-8', 'UTF-8'],
    ['text/xml;charset="windows-1252"; foo=bar', 'windows-1252'],
    ['text/xml; CHARSET = iso-8859-1', 'iso-8859-1'],
    ['text/xml; charset=', undefined],
    ["application/atom+xml; charset='gb2312'", 'gb2312'],
    ["text/rss+xml;charset= 'us-ascii'", 'us-ascii'],
  ])('%s → %s', (header, expected) => {
    expect(charsetFromContentType(header)).toBe(expected);
  });
});
