// The soft match (soft-title.ts): a headline's vector expanded by its keys' strongest associates
// in ordinary news, at a reduced weight, a few per key, only above the share cut; a headline
// telling an event in a story's other words then meets the story higher than by its own words.
import { describe, expect, it } from 'vitest';
import { SoftTitle } from '../../../src/core/dedup/soft-title.ts';
import { cosine, keyHash, sparseVector, type SparseVector } from '../../../src/core/dedup/sparse-vector.ts';
import type { WordAssociations } from '../../../src/core/profile/word-associations.ts';

const unit = (entries: Record<string, number>): SparseVector => {
  const keys = Object.keys(entries);
  const norm = Math.sqrt(keys.reduce((sum, key) => sum + entries[key]! ** 2, 0));
  return sparseVector(keys, keys.map(keyHash), keys.map((key) => entries[key]! / norm));
};

// 10,000 headlines: "purbaya" is in 400, 300 of them with "menkeu" (share of purbaya's headlines
// holding menkeu: about 0.7); "kebijakan" in 2,000, 200 with "menkeu" (about 0.09); "kebakaran"
// and "terbakar" in 500 each, 150 together.
const table: WordAssociations = {
  docs: 10_000,
  df: new Map([
    ['menkeu', 600],
    ['purbaya', 400],
    ['kebijakan', 2_000],
    ['kebakaran', 500],
    ['terbakar', 500],
  ]),
  associates: new Map([
    [
      'menkeu',
      [
        ['purbaya', 300],
        ['kebijakan', 200],
      ],
    ],
    ['kebakaran', [['terbakar', 150]]],
  ]),
};

const UNGATED = { softTitleMinFraction: 0, softTitleCutFactor: 1 };

describe('SoftTitle', () => {
  it('is off at weight 0 and without a table', () => {
    expect(SoftTitle.of(table, { softTitleWeight: 0, softTitlePerWord: 3, softTitleMinShare: 0.1, ...UNGATED })).toBeUndefined();
    expect(SoftTitle.of(undefined, { softTitleWeight: 0.5, softTitlePerWord: 3, softTitleMinShare: 0.1, ...UNGATED })).toBeUndefined();
  });

  it('adds associates above the share cut at the weight times their key\'s, a few per key', () => {
    const soft = SoftTitle.of(table, { softTitleWeight: 0.5, softTitlePerWord: 3, softTitleMinShare: 0.2, ...UNGATED })!;
    const headline = unit({ menkeu: 3, pajak: 4 });
    const expanded = soft.expand(headline)!;
    const weight = (v: SparseVector, key: string) => v.weights[v.keys.indexOf(key)] ?? 0;
    // "kebijakan" (share about 0.09) is under the cut; "purbaya" (about 0.7) comes in at half of menkeu's weight.
    expect([...expanded.keys].sort()).toEqual(['menkeu', 'pajak', 'purbaya']);
    expect(weight(expanded, 'purbaya') / weight(expanded, 'menkeu')).toBeCloseTo(0.5, 10);
    expect(weight(expanded, 'pajak') / weight(expanded, 'menkeu')).toBeCloseTo(4 / 3, 10);
    expect(Math.hypot(...expanded.weights)).toBeCloseTo(1, 10);
    // One associate a key: only the strongest.
    const one = SoftTitle.of(table, { softTitleWeight: 0.5, softTitlePerWord: 1, softTitleMinShare: 0, ...UNGATED })!;
    expect([...one.expand(headline)!.keys].sort()).toEqual(['menkeu', 'pajak', 'purbaya']);
    const two = SoftTitle.of(table, { softTitleWeight: 0.5, softTitlePerWord: 2, softTitleMinShare: 0, ...UNGATED })!;
    expect([...two.expand(headline)!.keys].sort()).toEqual(['kebijakan', 'menkeu', 'pajak', 'purbaya']);
  });

  it('leaves a headline without associates as it is (undefined), and keeps its own keys\' weights', () => {
    const soft = SoftTitle.of(table, { softTitleWeight: 0.5, softTitlePerWord: 3, softTitleMinShare: 0.2, ...UNGATED })!;
    expect(soft.expand(unit({ pajak: 1, naik: 1 }))).toBeUndefined();
    // "terbakar" is the headline's own key and an associate of "kebakaran": nothing is added, the plain cosine stands.
    expect(soft.expand(unit({ kebakaran: 1, terbakar: 1, gudang: 1 }))).toBeUndefined();
  });

  it('meets a story telling the event in other words higher than the plain cosine', () => {
    const soft = SoftTitle.of(table, { softTitleWeight: 0.5, softTitlePerWord: 3, softTitleMinShare: 0.2, ...UNGATED })!;
    const story = unit({ purbaya: 2, pajak: 1, tunda: 1 });
    const item = unit({ menkeu: 2, pajak: 1, ditunda: 1 });
    expect(cosine(soft.expand(item)!, story)).toBeGreaterThan(cosine(item, story) + 0.1);
  });

  describe('judge', () => {
    const options = { softTitleWeight: 0.5, softTitlePerWord: 3, softTitleMinShare: 0.2 };
    it('ungated: the larger of the plain and soft cosines (cosine()), against the cut', () => {
      const soft = SoftTitle.of(table, { ...options, ...UNGATED })!;
      expect(soft.judge(0.1, 0.45, 0.4)).toEqual({ cosine: 0.45, cut: 0.4 });
      expect(soft.judge(0.3, 0.3, 0.4)).toEqual({ cosine: 0.3, cut: 0.4 });
    });

    it('gate (a): the soft cosine counts only where the plain one reaches the fraction of the cut', () => {
      const soft = SoftTitle.of(table, { ...options, softTitleMinFraction: 0.6, softTitleCutFactor: 1 })!;
      // 0.2 < 0.6 x 0.4: the associates alone do not carry it.
      expect(soft.judge(0.2, 0.45, 0.4)).toEqual({ cosine: 0.2, cut: 0.4 });
      expect(soft.judge(0.25, 0.45, 0.4)).toEqual({ cosine: 0.45, cut: 0.4 });
    });

    it('gate (b): a soft cosine reaching the cut lowers it for the plain one, which is judged', () => {
      const soft = SoftTitle.of(table, { ...options, softTitleMinFraction: 0, softTitleCutFactor: 0.6 })!;
      const lowered = soft.judge(0.25, 0.45, 0.4);
      expect(lowered.cosine).toBe(0.25);
      expect(lowered.cut).toBeCloseTo(0.24, 10);
      // Below the cut the soft cosine lowers nothing; a plain cosine reaching it needs no lowering.
      expect(soft.judge(0.25, 0.39, 0.4)).toEqual({ cosine: 0.25, cut: 0.4 });
      expect(soft.judge(0.42, 0.5, 0.4)).toEqual({ cosine: 0.42, cut: 0.4 });
      expect(soft.lowestCutFactor).toBe(0.6);
    });
  });
});
