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
