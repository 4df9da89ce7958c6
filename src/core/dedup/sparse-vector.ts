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

/** A vector from unsorted parallel arrays (keys distinct, at most 2^16 of them). */
export function sparseVector(keys: readonly string[], hashes: readonly number[], weights: readonly number[]): SparseVector {
  // hash * 2^16 + index is exact in a double, and a typed array sorts numbers natively (no
  // comparator calls); equal hashes, all but impossible, are then put in key order.
  const packed = new Float64Array(keys.length);
  for (let i = 0; i < keys.length; i += 1) packed[i] = hashes[i]! * 65_536 + i;
  packed.sort();
  const n = keys.length;
  const order = new Array<number>(n);
  for (let i = 0; i < n; i += 1) order[i] = packed[i]! % 65_536;
  for (let i = 1; i < n; i += 1) {
    for (let j = i; j > 0 && hashes[order[j]!] === hashes[order[j - 1]!] && keys[order[j]!]! < keys[order[j - 1]!]!; j -= 1) {
      [order[j], order[j - 1]] = [order[j - 1]!, order[j]!];
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

/** Rebuilds a vector stored as key -> weight in its own (hash) order. */
export function vectorFromRecord(record: Readonly<Record<string, number>>): SparseVector {
  const keys = Object.keys(record);
  const weights = Object.values(record);
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
  const top: number[] = [];
  const { weights } = vector;
  for (let i = 0; i < weights.length; i += 1) {
    const w = weights[i]!;
    if (top.length === count && !(w > weights[top[count - 1]!]!)) continue;
    let at = top.length === count ? count - 1 : top.length;
    while (at > 0 && w > weights[top[at - 1]!]!) {
      top[at] = top[at - 1]!;
      at -= 1;
    }
    top[at] = i;
  }
  return top;
}

/** a + b, keeping the `maxKeys` heaviest entries (ties: hash order), in hash order. */
export function addVectors(a: SparseVector | undefined, b: SparseVector, maxKeys: number): SparseVector {
  if (a === undefined) return b.keys.length <= maxKeys ? b : keepHeaviest(b, maxKeys);
  const keys: string[] = [];
  const hashes: number[] = [];
  const weights: number[] = [];
  let i = 0;
  let j = 0;
  const take = (v: SparseVector, k: number, w: number) => {
    keys.push(v.keys[k]!);
    hashes.push(v.hashes[k]!);
    weights.push(w);
  };
  while (i < a.keys.length || j < b.keys.length) {
    if (j >= b.keys.length || (i < a.keys.length && before(a.hashes[i]!, a.keys[i]!, b.hashes[j]!, b.keys[j]!))) {
      take(a, i, a.weights[i]!);
      i += 1;
    } else if (i >= a.keys.length || before(b.hashes[j]!, b.keys[j]!, a.hashes[i]!, a.keys[i]!)) {
      take(b, j, b.weights[j]!);
      j += 1;
    } else {
      take(a, i, a.weights[i]! + b.weights[j]!);
      i += 1;
      j += 1;
    }
  }
  const sum: SparseVector = { keys, hashes, weights, norm: normOf(weights) };
  return keys.length <= maxKeys ? sum : keepHeaviest(sum, maxKeys);
}

function keepHeaviest(vector: SparseVector, maxKeys: number): SparseVector {
  const keep = heaviest(vector, maxKeys).sort((x, y) => x - y);
  const weights = keep.map((i) => vector.weights[i]!);
  return { keys: keep.map((i) => vector.keys[i]!), hashes: keep.map((i) => vector.hashes[i]!), weights, norm: normOf(weights) };
}
