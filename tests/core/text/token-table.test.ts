import { describe, expect, it } from 'vitest';
import { TokenTable } from '../../../src/core/text/token-table.ts';
import { tokenize } from '../../../src/core/text/tokenize.ts';

// The token table behind analyzeText: it must read exactly tokenize's tokens, work a token's
// value out once, and stay right when it starts over or holds words too long to pack.

const TEXTS = [
  'Menhan Rusia Andrei Belousov bertemu Kim Jong Un di Pyongyang, Jumat (29/11/2024).',
  '“Pertanggungjawaban” internasionalisasi — penyelenggaraan… negara-negara Rusia-Ukraina',
  'Kim Jong-un’s visit: a-b- -c x--y 3-4 e-mail ‘quoted’ A.B.C COVID-19',
  'Ünïcödé wörds ﬁnally, Ｆｕｌｌｗｉｄｔｈ text and ß',
  '«Jokowi» § pertanggungjawaban… Rusia-Ukraina\u00a0“negara-negara” Prabowo',
];

describe('TokenTable', () => {
  it('reads the same tokens as tokenize, working each distinct token\'s value out once', () => {
    const asked: string[] = [];
    const table = new TokenTable((token) => {
      asked.push(token);
      return token.length;
    }, 10_000);
    for (const text of [...TEXTS, ...TEXTS]) {
      table.read(text);
      const tokens = table.tokens.slice(0, table.count);
      expect(tokens).toEqual(tokenize(text));
      expect(table.values.slice(0, table.count)).toEqual(tokens.map((t) => t.length));
    }
    expect(asked.length).toBe(new Set(TEXTS.flatMap((t) => tokenize(t))).size);
  });

  it('starts over when full and still answers right', () => {
    const table = new TokenTable((token) => token.toUpperCase(), 3);
    for (const text of TEXTS) {
      table.read(text);
      expect(table.values.slice(0, table.count)).toEqual(tokenize(text).map((t) => t.toUpperCase()));
    }
  });
});

describe('tokenize: separators on the fast path', () => {
  it.each([
    ['curly quotes, dashes and an ellipsis', '“Kim” — Putin… ‘Lavrov’', ['kim', 'putin', 'lavrov']],
    ['a no-break space', 'Korea\u00a0Utara', ['korea', 'utara']],
    // The scan reads UTF-8 bytes: a word after 2- and 3-byte separators is sliced at its place in the text.
    ['two- and three-byte separators before long and hyphenated words', '«Jokowi» § pertanggungjawaban… Rusia-Ukraina\u00a0“negara-negara” Prabowo', ['jokowi', 'pertanggungjawaban', 'rusia', 'ukraina', 'negara', 'prabowo']],
  ])('%s separate words as the Unicode path does', (_name, text, expected) => {
    expect(tokenize(text)).toEqual(expected);
  });
});
