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
