import { describe, expect, it } from 'vitest';
import { IdfTable } from '../../../src/core/dedup/idf-table.ts';
import { keyHash } from '../../../src/core/dedup/sparse-vector.ts';
import { fnv1a32 } from '../../../src/core/dedup/fingerprint.ts';
import { StoryFrequencies } from '../../../src/core/dedup/story-frequencies.ts';
import type { Background } from '../../../src/core/profile/background.ts';

/** Every key has probability 1/1000 in ordinary news (idf ln 1000). */
const background = { probability: () => 0.001 } as unknown as Background;

describe('IdfTable.weightOf', () => {
  it('weighs a headline alone with its own prior: a key many of the window\'s stories hold keeps more of its ordinary-news weight under a larger prior', () => {
    const frequencies = new StoryFrequencies();
    const hash = keyHash('kuhap');
    // 100 stories, 10 of them holding the key.
    for (let i = 0; i < 100; i += 1) frequencies.add({ keys: ['kuhap'], hashes: [i < 10 ? hash : keyHash(`other-${i}`)], weights: [1], norm: 1 });
    const table = new IdfTable(background, frequencies, 30, 1000);
    const text = table.weightOf('kuhap', fnv1a32('kuhap'), hash);
    const headline = table.weightOf('kuhap', fnv1a32('kuhap'), hash, true);
    expect(text).toBeCloseTo(Math.log(130 / (10 + 30 * 0.001)), 10);
    expect(headline).toBeCloseTo(Math.log(1100 / (10 + 1000 * 0.001)), 10);
    expect(headline).toBeGreaterThan(text);
    // Without a headline prior of its own, a headline is weighed as any item.
    expect(new IdfTable(background, frequencies, 30).weightOf('kuhap', fnv1a32('kuhap'), hash, true)).toBe(text);
  });
});

describe('IdfTable.weightsOf', () => {
  /** Keys of varying ordinary-news probability, so the cache holds different idfs. */
  const varied = { probability: (key: string) => 1 / (2 + key.length * 37) } as unknown as Background;

  it('gives weightOf\'s numbers for every key, with and without a window, for a headline and a text, past its scratch space', () => {
    const frequencies = new StoryFrequencies();
    const keys = Array.from({ length: 150 }, (_, i) => `key-${i}-${'x'.repeat(i % 7)}`);
    const hashes = keys.map(keyHash);
    const fnvs = Uint32Array.from(keys, (key) => fnv1a32(key));
    // 40 stories, holding the keys at different counts (some none).
    for (let s = 0; s < 40; s += 1) {
      const held = hashes.filter((_, i) => i % 3 !== 0 && i % (s + 2) === 0).sort((a, b) => a - b);
      frequencies.add({ keys: held.map(String), hashes: held, weights: held.map(() => 1), norm: 1 });
    }
    for (const table of [new IdfTable(varied, frequencies, 30, 1000), new IdfTable(varied)]) {
      for (const headline of [false, true]) {
        for (const n of [0, 1, 64, 150]) {
          const out = new Float64Array(n);
          table.weightsOf(keys, fnvs, hashes, n, headline, out);
          expect(Array.from(out)).toEqual(keys.slice(0, n).map((key, i) => table.weightOf(key, fnvs[i]!, hashes[i]!, headline)));
        }
      }
    }
  });
});
