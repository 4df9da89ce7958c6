// How many of the window's stories use each key: the idf of the story index comes from the
// worker's own recent news, not from a fixed table. A word every story of a topic uses ("Korea
// Utara" in a North Korea topic, "Gaza" on a day of Gaza news) weighs little; a word only one
// story uses weighs much. Counted over the stories' centroids (at most MAX_CENTROID_KEYS keys
// each), so the table is bounded by the window and rebuilt exactly from saved stories.
import type { SparseVector } from './sparse-vector.ts';

export class StoryFrequencies {
  /** Key hash (the vectors' hash) -> centroids holding it. */
  private readonly counts = new Map<number, number>();
  private documents = 0;

  get size(): number {
    return this.documents;
  }

  count(hash: number): number {
    return this.counts.get(hash) ?? 0;
  }

  add(vector: SparseVector): void {
    this.documents += 1;
    const { hashes } = vector;
    for (let i = 0; i < hashes.length; i += 1) {
      const hash = hashes[i]!;
      // Two keys of one vector hashing alike (all but impossible) count once.
      if (i > 0 && hashes[i - 1] === hash) continue;
      this.counts.set(hash, (this.counts.get(hash) ?? 0) + 1);
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
        if (j === 0 || b[j - 1] !== b[j]) this.counts.set(b[j]!, (this.counts.get(b[j]!) ?? 0) + 1);
        j += 1;
      } else {
        i += 1;
        j += 1;
      }
    }
  }

  private decrement(hash: number): void {
    const count = (this.counts.get(hash) ?? 0) - 1;
    if (count > 0) this.counts.set(hash, count);
    else this.counts.delete(hash);
  }

  remove(vector: SparseVector): void {
    this.documents -= 1;
    const { hashes } = vector;
    for (let i = 0; i < hashes.length; i += 1) {
      const hash = hashes[i]!;
      if (i > 0 && hashes[i - 1] === hash) continue;
      const count = (this.counts.get(hash) ?? 0) - 1;
      if (count > 0) this.counts.set(hash, count);
      else this.counts.delete(hash);
    }
  }
}
