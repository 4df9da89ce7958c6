import { describe, expect, it } from 'vitest';
import { CandidateIndex } from '../../../src/core/dedup/candidate-index.ts';
import { addVectors, cosine, heaviest, keyHash, sparseVector, vectorFromRecord, vectorToRecord } from '../../../src/core/dedup/sparse-vector.ts';

const vector = (weights: Record<string, number>) => {
  const keys = Object.keys(weights);
  return sparseVector(keys, keys.map(keyHash), Object.values(weights));
};

describe('sparse vectors in hash order', () => {
  it('cosine is the ordinary cosine, whatever order the keys came in', () => {
    const a = vector({ kim: 3, belousov: 4 });
    const b = vector({ belousov: 4, putin: 3, kim: 3 });
    const expected = (3 * 3 + 4 * 4) / (5 * Math.sqrt(34));
    expect(cosine(a, b)).toBeCloseTo(expected, 12);
    expect(cosine(b, a)).toBeCloseTo(expected, 12);
    expect(cosine(a, vector({ rice: 1 }))).toBe(0);
    expect(cosine(a, vector({}))).toBe(0);
  });

  it('adds vectors and keeps the heaviest keys', () => {
    const sum = addVectors(vector({ kim: 1, lavrov: 0.5 }), vector({ kim: 1, choe: 0.25 }), 2);
    expect(vectorToRecord(sum)).toEqual(expect.objectContaining({ kim: 2, lavrov: 0.5 }));
    expect(sum.keys).toHaveLength(2);
    expect(heaviest(vector({ a: 1, b: 3, c: 2 }), 2).map((i) => vector({ a: 1, b: 3, c: 2 }).keys[i])).toEqual(['b', 'c']);
  });

  it('round-trips through a JSON record with the same norm and order', () => {
    const v = vector({ kim: 0.3, belousov: 0.7, pyongyang: 0.1 });
    const back = vectorFromRecord(JSON.parse(JSON.stringify(vectorToRecord(v))));
    expect(back).toEqual(v);
  });
});

describe('CandidateIndex', () => {
  const story = (seq: number) => ({ seq, slot: -1 });
  const limits = { maxPostingsRead: 10, minEvidence: 0.5, maxResults: 2 };

  it('returns the stories with the most evidence, ties to the older one', () => {
    const index = new CandidateIndex<{ seq: number; slot: number }>();
    const [a, b, c] = [story(0), story(1), story(2)];
    index.put(a, [1, 2]);
    index.put(b, [2, 3]);
    index.put(c, [3]);
    expect(index.lookup([2, 3], [0.5, 0.5], limits)).toEqual([b, a]);
    expect(index.lookup([1], [0.4], limits)).toEqual([]);
    index.put(b, [9]);
    expect(index.lookup([2, 3], [0.5, 0.5], limits)).toEqual([a, c]);
    index.remove(a);
    expect(index.lookup([2, 3], [0.5, 0.5], limits)).toEqual([c]);
  });

  it('skips posting lists longer than the read budget', () => {
    const index = new CandidateIndex<{ seq: number; slot: number }>();
    const many = Array.from({ length: 20 }, (_, i) => story(i));
    for (const s of many) index.put(s, [7]);
    const rare = story(99);
    index.put(rare, [7, 8]);
    expect(index.lookup([7, 8], [1, 1], limits)).toEqual([rare]);
  });

  it('finds what an index built afresh from the final keys finds, after stories are re-posted and removed', () => {
    let seed = 11;
    const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
    // Lists of a few stories to a few dozen (some past the budget), and repeats within a story's keys.
    const keysOf = () => Array.from({ length: 1 + Math.floor(random() * 12) }, () => Math.floor(random() * 400));
    const wide = { maxPostingsRead: 40, minEvidence: 0.3, maxResults: 5 };
    const index = new CandidateIndex<{ seq: number; slot: number }>();
    const live = new Map<{ seq: number; slot: number }, number[]>();
    for (let step = 0; step < 3000; step += 1) {
      const r = random();
      const known = [...live.keys()];
      if (r < 0.4 || known.length === 0) {
        const s = story(step);
        const keys = keysOf();
        index.put(s, keys);
        live.set(s, keys);
      } else if (r < 0.85) {
        // A re-post keeps some keys, drops some and adds some, as a story's report does.
        const s = known[Math.floor(random() * known.length)]!;
        const keys = [...live.get(s)!.filter(() => random() < 0.7), ...keysOf().slice(0, 3)];
        index.put(s, keys);
        live.set(s, keys);
      } else {
        const s = known[Math.floor(random() * known.length)]!;
        index.remove(s);
        live.delete(s);
      }
    }
    const fresh = new CandidateIndex<{ seq: number; slot: number }>();
    for (const [s, keys] of live) fresh.put({ seq: s.seq, slot: -1 }, keys);
    let ranked = 0;
    for (let q = 0; q < 300; q += 1) {
      const keys = keysOf();
      const weights = keys.map(() => random());
      const seqs = (found: Array<{ seq: number }>) => found.map((s) => s.seq);
      const found = seqs(index.lookup(keys, weights, wide));
      expect(found).toEqual(seqs(fresh.lookup(keys, weights, wide)));
      if (found.length > 1) ranked += 1;
    }
    // The look-ups rank several stories, not none.
    expect(ranked).toBeGreaterThan(100);
  });

  it('looks up more keys than its scratch space first holds, absent keys and single stories among them', () => {
    const index = new CandidateIndex<{ seq: number; slot: number }>();
    const stories = Array.from({ length: 30 }, (_, i) => story(i));
    // Story i is posted under keys i..i+9: lists of one story to ten, and keys 40+ under none.
    stories.forEach((s, i) => index.put(s, Array.from({ length: 10 }, (_, k) => i + k)));
    const keys = Array.from({ length: 200 }, (_, k) => k);
    const weights = keys.map((k) => (k === 5 ? 0 : 0.01));
    const wide = { maxPostingsRead: 1000, minEvidence: 0, maxResults: 30 };
    const found = index.lookup(keys, weights, wide).map((s) => s.seq);
    // Every story shares its ten keys (key 5 weighs nothing): the ones posted under it, one less.
    const evidence = (i: number) => 0.01 * (10 - (i <= 5 && i + 9 >= 5 ? 1 : 0));
    expect(found).toEqual([...stories.keys()].sort((a, b) => evidence(b) - evidence(a) || a - b));
  });
});
