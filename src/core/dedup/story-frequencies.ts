// How many of the window's stories use each key: the idf of the story index comes from the
// worker's own recent news, not from a fixed table. A word every story of a topic uses ("Korea
// Utara" in a North Korea topic, "Gaza" on a day of Gaza news) weighs little; a word only one
// story uses weighs much. Counted over the stories' centroids (at most MAX_CENTROID_KEYS keys
// each), so the table is bounded by the window and rebuilt exactly from saved stories.
import type { SparseVector } from './sparse-vector.ts';

/**
 * Key hash -> centroids holding it, by open addressing (linear probing) in two typed arrays: every
 * distinct key of every item reads it. A Map keyed by 32-bit hashes boxes the three quarters of
 * them above V8's small-integer range (a heap number per read, and a pointer chased per probe);
 * here a read is two array reads. A count of 0 marks an empty slot; a removed key's slot is
 * filled by shifting its probe run back (no tombstones to slow later reads).
 */
export class StoryFrequencies {
  private hashes = new Int32Array(1024);
  private counts = new Int32Array(1024);
  private mask = 1024 - 1;
  private keys = 0;
  private documents = 0;

  get size(): number {
    return this.documents;
  }

  count(hash: number): number {
    const key = hash | 0;
    for (let slot = key & this.mask; ; slot = (slot + 1) & this.mask) {
      const count = this.counts[slot]!;
      if (count === 0) return 0;
      if (this.hashes[slot] === key) return count;
    }
  }

  add(vector: SparseVector): void {
    this.documents += 1;
    const { hashes } = vector;
    for (let i = 0; i < hashes.length; i += 1) {
      const hash = hashes[i]!;
      // Two keys of one vector hashing alike (all but impossible) count once.
      if (i > 0 && hashes[i - 1] === hash) continue;
      this.increment(hash);
    }
  }

  /**
   * A centroid grew from `before` to `after`: only the keys that came or went are counted again
   * (both are in hash order: one merge walk), not all of them.
   */
  replace(before: SparseVector, after: SparseVector): void {
    const a = before.hashes;
    const b = after.hashes;
    let i = 0;
    let j = 0;
    while (i < a.length || j < b.length) {
      if (j >= b.length || (i < a.length && a[i]! < b[j]!)) {
        if (i === 0 || a[i - 1] !== a[i]) this.decrement(a[i]!);
        i += 1;
      } else if (i >= a.length || b[j]! < a[i]!) {
        if (j === 0 || b[j - 1] !== b[j]) this.increment(b[j]!);
        j += 1;
      } else {
        i += 1;
        j += 1;
      }
    }
  }

  remove(vector: SparseVector): void {
    this.documents -= 1;
    const { hashes } = vector;
    for (let i = 0; i < hashes.length; i += 1) {
      const hash = hashes[i]!;
      if (i > 0 && hashes[i - 1] === hash) continue;
      this.decrement(hash);
    }
  }

  private increment(hash: number): void {
    const key = hash | 0;
    let slot = key & this.mask;
    for (; this.counts[slot] !== 0; slot = (slot + 1) & this.mask) {
      if (this.hashes[slot] === key) {
        this.counts[slot]! += 1;
        return;
      }
    }
    this.hashes[slot] = key;
    this.counts[slot] = 1;
    this.keys += 1;
    // Load at most 1/2: probe runs stay short.
    if (2 * this.keys > this.mask + 1) this.grow();
  }

  private decrement(hash: number): void {
    const key = hash | 0;
    let slot = key & this.mask;
    for (; this.counts[slot] !== 0; slot = (slot + 1) & this.mask) {
      if (this.hashes[slot] !== key) continue;
      if (this.counts[slot]! > 1) this.counts[slot]! -= 1;
      else this.vacate(slot);
      return;
    }
  }

  /** Empties a slot, moving back the later entries of its probe run that could sit there. */
  private vacate(slot: number): void {
    const { hashes, counts, mask } = this;
    let hole = slot;
    for (let next = (hole + 1) & mask; counts[next] !== 0; next = (next + 1) & mask) {
      const home = hashes[next]! & mask;
      // The entry at `next` may move to the hole unless its home lies cyclically in (hole, next].
      const stays = hole <= next ? home > hole && home <= next : home > hole || home <= next;
      if (stays) continue;
      hashes[hole] = hashes[next]!;
      counts[hole] = counts[next]!;
      hole = next;
    }
    counts[hole] = 0;
    this.keys -= 1;
  }

  private grow(): void {
    const { hashes, counts } = this;
    this.hashes = new Int32Array(2 * hashes.length);
    this.counts = new Int32Array(2 * counts.length);
    this.mask = 2 * hashes.length - 1;
    for (let slot = 0; slot < hashes.length; slot += 1) {
      if (counts[slot] === 0) continue;
      let to = hashes[slot]! & this.mask;
      while (this.counts[to] !== 0) to = (to + 1) & this.mask;
      this.hashes[to] = hashes[slot]!;
      this.counts[to] = counts[slot]!;
    }
  }
}
