// Sparse key vectors sorted by key hash: a cosine is a merge of two sorted number arrays (no map
// built or read per item), and summing a story's vectors is a merge too. A window holds
// thousands of these, so they are parallel arrays, not maps.
import { fnv1a32, mix32 } from './fingerprint.ts';

export interface SparseVector {
  /** Ascending by hash, then by key. */
  keys: readonly string[];
  hashes: readonly number[];
  weights: readonly number[];
  /** sqrt(sum of squared weights), summed in stored order. */
  norm: number;
}

/** The first index of `hashes` (ascending) whose hash is at least `hash`: a binary search. */
export function firstAtOrAbove(hashes: readonly number[], hash: number): number {
  let lo = 0;
  let hi = hashes.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (hashes[mid]! < hash) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** 32-bit hash of a key (FNV-1a, mixed): the sort order of vectors and the index's key. */
export function keyHash(key: string): number {
  return mix32(fnv1a32(key));
}

function before(hashA: number, keyA: string, hashB: number, keyB: string): boolean {
  return hashA < hashB || (hashA === hashB && keyA < keyB);
}

function normOf(weights: readonly number[]): number {
  let sum = 0;
  for (const w of weights) sum += w * w;
  return Math.sqrt(sum);
}

// Scratch of sparseVectorOf, reused: it runs for every item. Sort keys are hash * 2^16 + index.
let packed = new Float64Array(64);
let order = new Int32Array(64);
/**
 * Up to this many entries (an item's vector holds at most 64) an insertion sort in place is
 * cheapest: no call into the native sort, no typed-array view. Longer lists sort natively.
 */
const INSERTION_SORT_MAX = 64;

/** A vector from unsorted parallel arrays (keys distinct, at most 2^16 of them). */
export function sparseVector(keys: readonly string[], hashes: readonly number[], weights: readonly number[]): SparseVector {
  return sparseVectorOf(keys, hashes, weights, keys.length);
}

/** sparseVector of the first `n` entries of the arrays (a caller's scratch space can be longer). */
export function sparseVectorOf(keys: readonly string[], hashes: readonly number[], weights: readonly number[], n: number): SparseVector {
  // hash * 2^16 + index is exact in a double, so sorting these numbers sorts by hash, then by
  // index; equal hashes, all but impossible, are then put in key order.
  if (n > packed.length) {
    packed = new Float64Array(Math.max(n, 2 * packed.length));
    order = new Int32Array(packed.length);
  }
  for (let i = 0; i < n; i += 1) packed[i] = hashes[i]! * 65_536 + i;
  sortPrefix(packed, n);
  for (let i = 0; i < n; i += 1) {
    // The index is the remainder (% on doubles is a slow call; this is exact arithmetic).
    const value = packed[i]!;
    order[i] = value - Math.floor(value / 65_536) * 65_536;
  }
  for (let i = 1; i < n; i += 1) {
    for (let j = i; j > 0 && hashes[order[j]!] === hashes[order[j - 1]!] && keys[order[j]!]! < keys[order[j - 1]!]!; j -= 1) {
      const swapped = order[j]!;
      order[j] = order[j - 1]!;
      order[j - 1] = swapped;
    }
  }
  const sortedKeys = new Array<string>(n);
  const sortedHashes = new Array<number>(n);
  const sortedWeights = new Array<number>(n);
  for (let i = 0; i < n; i += 1) {
    const from = order[i]!;
    sortedKeys[i] = keys[from]!;
    sortedHashes[i] = hashes[from]!;
    sortedWeights[i] = weights[from]!;
  }
  return { keys: sortedKeys, hashes: sortedHashes, weights: sortedWeights, norm: normOf(sortedWeights) };
}

/** Sorts values[0, n) ascending (distinct numbers). */
function sortPrefix(values: Float64Array, n: number): void {
  if (n > INSERTION_SORT_MAX) {
    values.subarray(0, n).sort();
    return;
  }
  for (let i = 1; i < n; i += 1) {
    const value = values[i]!;
    let j = i;
    for (; j > 0 && values[j - 1]! > value; j -= 1) values[j] = values[j - 1]!;
    values[j] = value;
  }
}

/** Rebuilds a vector stored as key -> weight in its own (hash) order. */
export function vectorFromRecord(record: Readonly<Record<string, number>>): SparseVector {
  const keys = Object.keys(record);
  // Object.values gives an array of boxed numbers (a pointer per weight, each read a cache miss
  // when a candidate is scored); pushed one by one they are stored unboxed, side by side.
  const values = Object.values(record);
  const weights: number[] = [];
  for (let i = 0; i < values.length; i += 1) weights.push(values[i]!);
  return { keys, hashes: keys.map(keyHash), weights, norm: normOf(weights) };
}

export function vectorToRecord(vector: SparseVector): Record<string, number> {
  const record: Record<string, number> = {};
  vector.keys.forEach((key, i) => (record[key] = vector.weights[i]!));
  return record;
}

export function cosine(a: SparseVector, b: SparseVector): number {
  if (a.norm === 0 || b.norm === 0) return 0;
  let dot = 0;
  let i = 0;
  let j = 0;
  while (i < a.hashes.length && j < b.hashes.length) {
    const ha = a.hashes[i]!;
    const hb = b.hashes[j]!;
    if (ha < hb) i += 1;
    else if (ha > hb) j += 1;
    else if (a.keys[i] === b.keys[j]) {
      dot += a.weights[i]! * b.weights[j]!;
      i += 1;
      j += 1;
    } else if (a.keys[i]! < b.keys[j]!) i += 1;
    else j += 1;
  }
  return dot / (a.norm * b.norm);
}

/** Indices of the `count` heaviest entries, heaviest first (ties: hash order). */
export function heaviest(vector: SparseVector, count: number): number[] {
  const { weights } = vector;
  // Allocated at its final length (it fills completely): grown from empty it would take 17 slots.
  const top = new Array<number>(Math.max(0, Math.min(count, weights.length)));
  let filled = 0;
  for (let i = 0; i < weights.length; i += 1) {
    const w = weights[i]!;
    if (filled === count && !(w > weights[top[count - 1]!]!)) continue;
    let at = filled === count ? count - 1 : filled++;
    while (at > 0 && w > weights[top[at - 1]!]!) {
      top[at] = top[at - 1]!;
      at -= 1;
    }
    top[at] = i;
  }
  return top;
}

// Scratch of addVectors, reused (a story's centroid is summed on every report it gets): the sum
// is built here, then copied out at its final length, not grown entry by entry.
const sumKeys: string[] = [];
const sumHashes: number[] = [];
const sumWeights: number[] = [];

/** a + b, keeping the `maxKeys` heaviest entries (ties: hash order), in hash order. */
export function addVectors(a: SparseVector | undefined, b: SparseVector, maxKeys: number): SparseVector {
  if (a === undefined) return b.keys.length <= maxKeys ? b : keepHeaviest(b, maxKeys);
  let n = 0;
  let i = 0;
  let j = 0;
  while (i < a.keys.length || j < b.keys.length) {
    if (j >= b.keys.length || (i < a.keys.length && before(a.hashes[i]!, a.keys[i]!, b.hashes[j]!, b.keys[j]!))) {
      sumKeys[n] = a.keys[i]!;
      sumHashes[n] = a.hashes[i]!;
      sumWeights[n] = a.weights[i]!;
      i += 1;
    } else if (i >= a.keys.length || before(b.hashes[j]!, b.keys[j]!, a.hashes[i]!, a.keys[i]!)) {
      sumKeys[n] = b.keys[j]!;
      sumHashes[n] = b.hashes[j]!;
      sumWeights[n] = b.weights[j]!;
      j += 1;
    } else {
      sumKeys[n] = a.keys[i]!;
      sumHashes[n] = a.hashes[i]!;
      sumWeights[n] = a.weights[i]! + b.weights[j]!;
      i += 1;
      j += 1;
    }
    n += 1;
  }
  const weights = sumWeights.slice(0, n);
  const sum: SparseVector = { keys: sumKeys.slice(0, n), hashes: sumHashes.slice(0, n), weights, norm: normOf(weights) };
  return n <= maxKeys ? sum : keepHeaviest(sum, maxKeys);
}

function keepHeaviest(vector: SparseVector, maxKeys: number): SparseVector {
  const { weights } = vector;
  // The maxKeys-th heaviest weight, by a native sort of a copy (a story's centroid is trimmed on
  // every report it gets: an insertion into a top-96 list costs ~n x 96 steps, this n log n).
  const sorted = Float64Array.from(weights).sort();
  const threshold = sorted[sorted.length - maxKeys]!;
  let above = 0;
  for (let i = 0; i < weights.length; i += 1) if (weights[i]! > threshold) above += 1;
  // Entries above the threshold, then ties at it in hash order (as heaviest() breaks ties).
  let ties = maxKeys - above;
  const keys: string[] = [];
  const hashes: number[] = [];
  const kept: number[] = [];
  for (let i = 0; i < weights.length; i += 1) {
    const w = weights[i]!;
    if (w > threshold || (w === threshold && ties-- > 0)) {
      keys.push(vector.keys[i]!);
      hashes.push(vector.hashes[i]!);
      kept.push(w);
    }
  }
  return { keys, hashes, weights: kept, norm: normOf(kept) };
}
