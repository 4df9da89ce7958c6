import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/core/text/tokenize.ts';

describe('tokenize', () => {
  it.each([
    ['Kim Jong-un bertemu Putin', ['kim', 'jong', 'un', 'bertemu', 'putin']],
    ['negara-negara Barat', ['negara', 'barat']],
    ['serangan besar-besaran', ['serangan', 'besar']],
    ['Perang Rusia-Ukraina Hari ke-1011', ['perang', 'rusia', 'ukraina', 'hari', 'ke']],
    ['10.000 tentara, 29/11/2024', ['tentara']],
    ["Russia's war", ['russia', 'war']],
    ['ＫＩＭ　Ｊｏｎｇ', ['kim', 'jong']],
    ['Zelenskyy’s “heroic” troops', ['zelenskyy', 'heroic', 'troops']],
    ['Đà Nẵng café', ['đà', 'nẵng', 'café']],
  ])('%s', (text, expected) => {
    expect(tokenize(text)).toEqual(expected);
  });
});

describe('tokenize: the ASCII fast path', () => {
  // A lone "é" sends a text down the Unicode path and is itself dropped (one letter), so both
  // paths can be compared on the same words.
  it.each([
    "Kim Jong-un's visit: a-b- -c x--y 3-4 negara-negara Rusia-Ukraina e-mail 'quoted' A.B.C",
    'Menhan Rusia Andrei Belousov bertemu Kim Jong Un, Jumat (29/11/2024). Keduanya sepakat.',
    'besar-besaran, anak-anakan, ke-2, COVID-19, --, -, abc-, -abc, a1b2 c3',
  ])('gives the tokens the Unicode path gives: %s', (text) => {
    expect(tokenize(text)).toEqual(tokenize(`${text} é`));
    expect(tokenize(text).length).toBeGreaterThan(3);
  });
});

describe('tokenize: the byte scan of plain text, against the Unicode path', () => {
  // The plain-text scan reads UTF-8 bytes and maps them back to the text's UTF-16 positions across
  // 2- and 3-byte separators (NBSP, curly quotes, dashes, the ellipsis, an ideographic space); a slip
  // in that mapping would cut words at the wrong places. Seeded texts mixing them with ASCII words,
  // hyphens, digits and capitals must give the tokens the Unicode path gives (a trailing "é" sends
  // a text there and is itself dropped).
  const parts = ['Kim', 'jong', 'un', 'Rusia', 'UKRAINA', 'ke', '2024', 'a1', '-', '--', ' ', ' ', ',', '.', "'", '’', '“', '”', '—', '–', '…', '\u00a0', '\u3000', '(', ')', 'x', 'negara-negara', 'e-mail'];
  let state = 42;
  const next = () => {
    state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
    return state / 2 ** 32;
  };
  const texts = Array.from({ length: 2_000 }, () => Array.from({ length: 1 + Math.floor(next() * 30) }, () => parts[Math.floor(next() * parts.length)]!).join(''));

  it('gives the same tokens on 2,000 mixed texts', () => {
    const differing = texts.filter((text) => JSON.stringify(tokenize(text)) !== JSON.stringify(tokenize(`${text} é`)));
    expect(differing).toEqual([]);
    // The texts do reach the separators beyond ASCII and still give words.
    expect(texts.filter((text) => /[\u00a0\u2013-\u2026\u3000]/.test(text) && tokenize(text).length > 2).length).toBeGreaterThan(500);
  });
});
