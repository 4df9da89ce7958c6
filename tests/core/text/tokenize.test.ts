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
