import { describe, expect, it } from 'vitest';
import { StoryFrequencies } from '../../../src/core/dedup/story-frequencies.ts';
import type { SparseVector } from '../../../src/core/dedup/sparse-vector.ts';

/** A vector of the given hashes (sorted, as vectors are); keys and weights do not matter here. */
function vectorOf(hashes: number[]): SparseVector {
  const sorted = [...hashes].sort((a, b) => a - b);
  return { keys: sorted.map(String), hashes: sorted, weights: sorted.map(() => 1), norm: 1 };
}

describe('StoryFrequencies', () => {
  it('counts the centroids holding each hash as a map would, through adds, replaces, removes and growth', () => {
    let seed = 12345;
    const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
    // Few distinct hashes (many collide in the low bits, long probe runs) and full 32-bit ones.
    const pool = Array.from({ length: 3000 }, (_, i) => (i % 3 === 0 ? (i * 1024) >>> 0 : Math.floor(random() * 2 ** 32)));
    const table = new StoryFrequencies();
    const model = new Map<number, number>();
    const live: SparseVector[] = [];
    const count = (v: SparseVector, delta: number) => {
      for (const h of new Set(v.hashes)) {
        const next = (model.get(h) ?? 0) + delta;
        if (next === 0) model.delete(h);
        else model.set(h, next);
      }
    };
    const randomVector = () => vectorOf([...new Set(Array.from({ length: 1 + Math.floor(random() * 40) }, () => pool[Math.floor(random() * pool.length)]!))]);
    for (let step = 0; step < 4000; step += 1) {
      const r = random();
      if (r < 0.5 || live.length === 0) {
        const v = randomVector();
        table.add(v);
        count(v, 1);
        live.push(v);
      } else if (r < 0.75) {
        const at = Math.floor(random() * live.length);
        const after = randomVector();
        table.replace(live[at]!, after);
        count(live[at]!, -1);
        count(after, 1);
        live[at] = after;
      } else {
        const [v] = live.splice(Math.floor(random() * live.length), 1);
        table.remove(v!);
        count(v!, -1);
      }
    }
    expect(table.size).toBe(live.length);
    for (const h of pool) expect(table.count(h)).toBe(model.get(h) ?? 0);
    expect(table.count(7)).toBe(model.get(7) ?? 0);
  });
});
