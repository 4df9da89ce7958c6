// How many of the window's stories use each key: the idf of the story index comes from the
// worker's own recent news, not from a fixed table. A word every story of a topic uses ("Korea
// Utara" in a North Korea topic, "Gaza" on a day of Gaza news) weighs little; a word only one
// story uses weighs much. Counted over the stories' centroids (at most MAX_CENTROID_KEYS keys
// each), so the table is bounded by the window and rebuilt exactly from saved stories.
import type { Lang } from '../model.ts';
import type { SparseVector } from './sparse-vector.ts';

/** What the table reads of a story: its centroid per language (StoryState's). */
type StoryCentroids = { centroids: Record<Lang, SparseVector | undefined> };

/**
 * Key hash -> centroids holding it, by open addressing (linear probing) in one typed array, each
 * slot's hash and count side by side: every distinct key of every item reads it, and the table
 * (a window's vocabulary) is too big for the CPU's caches, so a read that misses them misses once,
 * not once per array. A Map keyed by 32-bit hashes boxes the three quarters of them above V8's
 * small-integer range (a heap number per read, and a pointer chased per probe). A count of 0 marks
 * an empty slot; a removed key's slot is filled by shifting its probe run back (no tombstones to
 * slow later reads).
 */
export class StoryFrequencies {
  /** [hash, count] per slot. */
  private cells = new Int32Array(2 * 1024);
  private mask = 1024 - 1;
  private keys = 0;
  private documents = 0;

  get size(): number {
    return this.documents;
  }

  count(hash: number): number {
    const key = hash | 0;
    const { cells, mask } = this;
    for (let slot = key & mask; ; slot = (slot + 1) & mask) {
      const count = cells[2 * slot + 1]!;
      if (count === 0) return 0;
      if (cells[2 * slot] === key) return count;
    }
  }

  /** Counts a story's centroids (each language's it has) as the window's documents. */
  addStory(story: StoryCentroids): void {
    for (const centroid of [story.centroids.id, story.centroids.en]) if (centroid !== undefined) this.add(centroid);
  }

  /** A story leaves the window (pruned, or merged into another): its centroids no longer count. */
  removeStory(story: StoryCentroids): void {
    for (const centroid of [story.centroids.id, story.centroids.en]) if (centroid !== undefined) this.remove(centroid);
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
    const { cells, mask } = this;
    let slot = key & mask;
    for (; cells[2 * slot + 1] !== 0; slot = (slot + 1) & mask) {
      if (cells[2 * slot] === key) {
        cells[2 * slot + 1]! += 1;
        return;
      }
    }
    cells[2 * slot] = key;
    cells[2 * slot + 1] = 1;
    this.keys += 1;
    // Load at most 1/2: probe runs stay short.
    if (2 * this.keys > mask + 1) this.grow();
  }

  private decrement(hash: number): void {
    const key = hash | 0;
    const { cells, mask } = this;
    for (let slot = key & mask; cells[2 * slot + 1] !== 0; slot = (slot + 1) & mask) {
      if (cells[2 * slot] !== key) continue;
      if (cells[2 * slot + 1]! > 1) cells[2 * slot + 1]! -= 1;
      else this.vacate(slot);
      return;
    }
  }

  /** Empties a slot, moving back the later entries of its probe run that could sit there. */
  private vacate(slot: number): void {
    const { cells, mask } = this;
    let hole = slot;
    for (let next = (hole + 1) & mask; cells[2 * next + 1] !== 0; next = (next + 1) & mask) {
      const home = cells[2 * next]! & mask;
      // The entry at `next` may move to the hole unless its home lies cyclically in (hole, next].
      const stays = hole <= next ? home > hole && home <= next : home > hole || home <= next;
      if (stays) continue;
      cells[2 * hole] = cells[2 * next]!;
      cells[2 * hole + 1] = cells[2 * next + 1]!;
      hole = next;
    }
    cells[2 * hole + 1] = 0;
    this.keys -= 1;
  }

  private grow(): void {
    const { cells } = this;
    const slots = cells.length / 2;
    this.cells = new Int32Array(2 * cells.length);
    this.mask = 2 * slots - 1;
    for (let slot = 0; slot < slots; slot += 1) {
      if (cells[2 * slot + 1] === 0) continue;
      let to = cells[2 * slot]! & this.mask;
      while (this.cells[2 * to + 1] !== 0) to = (to + 1) & this.mask;
      this.cells[2 * to] = cells[2 * slot]!;
      this.cells[2 * to + 1] = cells[2 * slot + 1]!;
    }
  }
}
