import { describe, expect, it } from 'vitest';
import { PostingTable } from '../../../src/core/dedup/posting-table.ts';

describe('PostingTable', () => {
  it('reads back what a Map would, through sets, list pushes, deletes and growth', () => {
    let seed = 7;
    const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
    // Keys crowding a few home cells (long probe runs, wrap-around) and spread 30-bit ones.
    const pool = Array.from({ length: 5000 }, (_, i) => (i % 4 === 0 ? 1023 - (i % 7) + 1024 * (i % 13) : Math.floor(random() * 2 ** 30)));
    const table = new PostingTable();
    const model = new Map<number, number | number[]>();
    for (let step = 0; step < 30_000; step += 1) {
      const key = pool[Math.floor(random() * pool.length)]!;
      const r = random();
      const current = model.get(key);
      if (r < 0.4) {
        const slot = Math.floor(random() * 1000);
        table.set(key, slot);
        model.set(key, slot);
      } else if (r < 0.7) {
        if (Array.isArray(current)) {
          current.push(step);
        } else {
          const list = [current ?? 0, step];
          table.set(key, list);
          model.set(key, list);
        }
      } else {
        table.delete(key);
        model.delete(key);
      }
    }
    for (const key of pool) expect(table.get(key)).toEqual(model.get(key));
    expect(table.get(2 ** 30 - 1)).toEqual(model.get(2 ** 30 - 1));
  });
});
