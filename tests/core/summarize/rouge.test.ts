import { describe, expect, it } from 'vitest';
import { lcsPositions, meanRouge, rouge, rougeLsum, rougeN, rougeTokens } from '../../../src/core/summarize/rouge.ts';

// Every expected value below was worked out by hand from the definitions (Lin 2004).
describe('rougeTokens', () => {
  it.each([
    ['Rp 1.011.000, kata-nya!', 'id', ['rp', '1', '011', '000', 'kata', 'nya']],
    ['The CAT sat.', 'en', ['the', 'cat', 'sat']],
    // English words longer than three letters are Porter-stemmed; Indonesian words never are.
    ['Running dogs', 'en', ['run', 'dog']],
    ['berlari anjing-anjing', 'id', ['berlari', 'anjing', 'anjing']],
    ['Jörg Düsterwald', 'id', ['jörg', 'düsterwald']],
  ] as const)('%s (%s)', (text, lang, tokens) => {
    expect(rougeTokens(text, lang)).toEqual(tokens);
  });
});

describe('ROUGE-N', () => {
  const cand = 'the cat sat on the mat'.split(' ');
  const ref = 'the cat is on the mat'.split(' ');

  it('ROUGE-1: clipped unigram overlap (the x2, cat, on, mat = 5 of 6 each side)', () => {
    expect(rougeN(cand, ref, 1)).toBeCloseTo(5 / 6, 10);
  });

  it('ROUGE-2: "the cat", "on the", "the mat" = 3 of 5 bigrams each side', () => {
    expect(rougeN(cand, ref, 2)).toBeCloseTo(3 / 5, 10);
  });

  it('clips a repeated word at its count in the other text (P = 1/3, R = 1/1, F = 0.5)', () => {
    expect(rougeN(['a', 'a', 'a'], ['a'], 1)).toBeCloseTo(0.5, 10);
  });

  it('is 0 for nothing in common or an empty side', () => {
    expect(rougeN(['x'], ['y'], 1)).toBe(0);
    expect(rougeN([], ['y'], 1)).toBe(0);
    expect(rougeN(['x'], ['x'], 2)).toBe(0);
  });
});

describe('ROUGE-L', () => {
  it('one sentence each: the LCS "the cat on the mat" is 5 of 6', () => {
    const cand = [['the', 'cat', 'sat', 'on', 'the', 'mat']];
    const ref = [['the', 'cat', 'is', 'on', 'the', 'mat']];
    expect(rougeLsum(cand, ref)).toBeCloseTo(5 / 6, 10);
  });

  it('summary level: the union LCS of Lin (2004) section 3.2 (4 hits, R = 4/5, P = 4/10)', () => {
    // r = w1 w2 w3 w4 w5; c1 = w1 w2 w6 w7 w8; c2 = w1 w3 w8 w9 w5.
    // LCS(r, c1) = w1 w2, LCS(r, c2) = w1 w3 w5, union = w1 w2 w3 w5.
    const ref = [['w1', 'w2', 'w3', 'w4', 'w5']];
    const cand = [['w1', 'w2', 'w6', 'w7', 'w8'], ['w1', 'w3', 'w8', 'w9', 'w5']];
    const p = 4 / 10;
    const r = 4 / 5;
    expect(rougeLsum(cand, ref)).toBeCloseTo((2 * p * r) / (p + r), 10);
  });

  it('the union counts a word no more often than the candidate holds it', () => {
    // Both reference sentences find "a" in the one candidate "a b", which holds one "a":
    // hits = 2 ("a" once, "b" once) of 3 reference and 2 candidate words.
    const p = 2 / 2;
    const r = 2 / 3;
    expect(rougeLsum([['a', 'b']], [['a'], ['a', 'b']])).toBeCloseTo((2 * p * r) / (p + r), 10);
  });

  it('finds the positions of a longest common subsequence', () => {
    expect(lcsPositions(['a', 'b', 'c', 'd'], ['b', 'd'])).toEqual([1, 3]);
    expect(lcsPositions(['a'], [])).toEqual([]);
  });
});

describe('rouge', () => {
  it('scores sentences against reference sentences', () => {
    const scores = rouge(['The cat sat on the mat.'], ['The cat is on the mat.'], 'en');
    expect(scores.rouge1).toBeCloseTo(5 / 6, 10);
    expect(scores.rouge2).toBeCloseTo(3 / 5, 10);
    expect(scores.rougeL).toBeCloseTo(5 / 6, 10);
  });

  it('is 0 across the board for an empty summary', () => {
    expect(rouge([], ['Something happened.'], 'en')).toEqual({ rouge1: 0, rouge2: 0, rougeL: 0 });
  });

  it('averages in percent', () => {
    expect(meanRouge([{ rouge1: 0.5, rouge2: 0.25, rougeL: 0.5 }, { rouge1: 1, rouge2: 0.75, rougeL: 0 }])).toEqual({ rouge1: 75, rouge2: 50, rougeL: 25 });
  });
});
