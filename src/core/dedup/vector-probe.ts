// An item's vector laid out for many cosines: the story index scores each item against several
// candidate centroids, and a merge of two sorted lists takes a hard-to-predict branch per entry
// of either. Placed once in an open-addressing table on its hashes, the item is then met by
// walking the centroid alone, one probe per entry.
import type { SparseVector } from './sparse-vector.ts';

export class VectorProbe {
  /** Entry index + 1 per slot; 0: empty. */
  private table = new Int32Array(256);
  private mask = 255;
  private vector: SparseVector | undefined;

  /** Lays out `vector` (replacing the previous one). */
  place(vector: SparseVector): void {
    const n = vector.hashes.length;
    let size = this.table.length;
    while (size < 4 * n) size *= 2;
    if (size > this.table.length) this.table = new Int32Array(size);
    else this.table.fill(0);
    this.mask = size - 1;
    for (let i = 0; i < n; i += 1) {
      let slot = vector.hashes[i]! & this.mask;
      while (this.table[slot] !== 0) slot = (slot + 1) & this.mask;
      this.table[slot] = i + 1;
    }
    this.vector = vector;
  }

  /**
   * cosine(placed vector, other), the same number as sparse-vector's merge: both vectors are in
   * (hash, key) order, so the shared entries are met, and their products summed, in the same order.
   */
  cosine(other: SparseVector): number {
    const a = this.vector!;
    if (a.norm === 0 || other.norm === 0) return 0;
    const { table, mask } = this;
    const { hashes, keys, weights } = other;
    let dot = 0;
    for (let j = 0; j < hashes.length; j += 1) {
      const hash = hashes[j]!;
      for (let slot = hash & mask; table[slot] !== 0; slot = (slot + 1) & mask) {
        const i = table[slot]! - 1;
        if (a.hashes[i] === hash && a.keys[i] === keys[j]) {
          dot += a.weights[i]! * weights[j]!;
          break;
        }
      }
    }
    return dot / (a.norm * other.norm);
  }

  /**
   * Marks in `found` (one flag per entry of the placed vector, grown as needed) the entries `other`
   * also holds; returns the flags. The same walk as cosine, without the products.
   */
  shared(other: SparseVector, found: Uint8Array): Uint8Array {
    const a = this.vector!;
    const flags = found.length >= a.hashes.length ? found : new Uint8Array(2 * a.hashes.length);
    flags.fill(0, 0, a.hashes.length);
    const { table, mask } = this;
    const { hashes, keys } = other;
    for (let j = 0; j < hashes.length; j += 1) {
      const hash = hashes[j]!;
      for (let slot = hash & mask; table[slot] !== 0; slot = (slot + 1) & mask) {
        const i = table[slot]! - 1;
        if (a.hashes[i] === hash && a.keys[i] === keys[j]) {
          flags[i] = 1;
          break;
        }
      }
    }
    return flags;
  }

  /** The placed vector (after place). */
  get placed(): SparseVector {
    return this.vector!;
  }
}
