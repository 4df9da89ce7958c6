import { describe, expect, it } from 'vitest';
import { addVectors, cosine, keyHash, sparseVector } from '../../../src/core/dedup/sparse-vector.ts';
import { VectorProbe } from '../../../src/core/dedup/vector-probe.ts';

describe('VectorProbe', () => {
  it('gives exactly the merge cosine, for vectors of shared, distinct and colliding keys', () => {
    let seed = 99;
    const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
    const words = Array.from({ length: 200 }, (_, i) => `w${i}`);
    // Keys hashing alike (all but impossible in use): forced by giving a few words one hash.
    const hashOf = (key: string) => (key.endsWith('7') ? 12345 : keyHash(key));
    const randomVector = (size: number) => {
      const keys = [...new Set(Array.from({ length: size }, () => words[Math.floor(random() * words.length)]!))];
      return sparseVector(keys, keys.map(hashOf), keys.map(() => random()));
    };
    const probe = new VectorProbe();
    let shared = 0;
    for (let round = 0; round < 300; round += 1) {
      const item = randomVector(1 + Math.floor(random() * 64));
      probe.place(item);
      for (let c = 0; c < 5; c += 1) {
        // A centroid: sums of vectors (as stories' are), sometimes sharing the item itself.
        let centroid = randomVector(1 + Math.floor(random() * 96));
        if (random() < 0.5) centroid = addVectors(centroid, item, 96);
        const expected = cosine(item, centroid);
        if (expected > 0) shared += 1;
        expect(probe.cosine(centroid)).toBe(expected);
      }
      expect(probe.cosine(sparseVector([], [], []))).toBe(0);
    }
    expect(shared).toBeGreaterThan(100);
  });
});

describe('VectorProbe.shared', () => {
  it('flags exactly the placed entries the other vector holds (colliding hashes told apart by key), growing a short flag array', () => {
    const hashOf = (key: string) => (key === 'a' || key === 'b' ? 7 : keyHash(key));
    const vector = (keys: string[]) => sparseVector(keys, keys.map(hashOf), keys.map(() => 1));
    const probe = new VectorProbe();
    const placed = vector(['a', 'b', 'gaza', 'strikes', 'belgorod']);
    probe.place(placed);
    const flags = probe.shared(vector(['b', 'gaza', 'ceasefire']), new Uint8Array(2));
    expect(flags.length).toBeGreaterThanOrEqual(placed.keys.length);
    const held = placed.keys.filter((_, i) => flags[i] === 1).sort();
    expect(held).toEqual(['b', 'gaza']);
    // Reused: the earlier flags are cleared.
    const again = probe.shared(vector(['belgorod']), flags);
    expect(placed.keys.filter((_, i) => again[i] === 1)).toEqual(['belgorod']);
  });
});
