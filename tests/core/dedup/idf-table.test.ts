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
