import { describe, expect, it } from 'vitest';
import { PostingTable } from '../../../src/core/dedup/posting-table.ts';

describe('PostingTable', () => {
  it('reads back what a Map of slot lists would, through adds, removes, list growth and table growth', () => {
    let seed = 7;
    const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
    // Keys crowding a few home cells (long probe runs, wrap-around) and spread 30-bit ones.
    const pool = Array.from({ length: 5000 }, (_, i) => (i % 4 === 0 ? 1023 - (i % 7) + 1024 * (i % 13) : Math.floor(random() * 2 ** 30)));
    const table = new PostingTable();
    const model = new Map<number, number[]>();
    for (let step = 0; step < 60_000; step += 1) {
      // A few keys get long lists (blocks outgrow their capacity and move).
      const key = random() < 0.2 ? pool[Math.floor(random() * 20)]! : pool[Math.floor(random() * pool.length)]!;
      const list = model.get(key) ?? [];
      if (random() < 0.6 || list.length === 0) {
        const slot = Math.floor(random() * 1000);
        table.add(key, slot);
        model.set(key, [...list, slot]);
      } else {
        // Mostly a posted slot; now and then one that is not there (a no-op).
        const slot = random() < 0.9 ? list[Math.floor(random() * list.length)]! : 1000 + step;
        table.remove(key, slot);
        const at = list.indexOf(slot);
        if (at >= 0) {
          list[at] = list[list.length - 1]!;
          list.pop();
          if (list.length === 0) model.delete(key);
        }
      }
    }
    for (const key of pool) {
      expect(table.slotsOf(key)).toEqual(model.get(key) ?? []);
      const posting = table.get(key);
      // One slot is held as the slot itself; more as a list.
      if (model.get(key)?.length === 1) expect(posting).toBe(model.get(key)![0]);
      else if (model.has(key)) expect(table.listLength(posting!)).toBe(model.get(key)!.length);
      else expect(posting).toBeUndefined();
    }
    expect(table.get(2 ** 30 - 1)).toBeUndefined();
  });
});
