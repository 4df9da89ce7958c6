// The candidates' centroids read ahead of their judging: the story index judges an item's few
// candidates one by one, and the first reads of each (the story, its centroids, the centroid and
// its arrays) are likely cache misses, each waiting on the one before. Read a step at a time for
// all candidates, the CPU waits for that step of every candidate at once.
import type { Lang } from '../model.ts';
import type { SparseVector } from './sparse-vector.ts';

/** What is read of a candidate: its centroid per language (StoryState's). */
type Centroids = Record<Lang, SparseVector | undefined>;

/** Where warmCentroids leaves what it read (so its reads are not optimised away). */
let warmed = 0;
// Scratch, reused: each candidate's centroids, then its centroid in the item's language.
const warmStates: Array<Centroids | undefined> = [];
const warmVectors: Array<SparseVector | undefined> = [];

/** Reads the first entry of each candidate's centroid in `lang`. Decides nothing. */
export function warmCentroids(candidates: ReadonlyArray<{ centroids: Centroids }>, lang: Lang): number {
  const n = candidates.length;
  for (let i = 0; i < n; i += 1) warmStates[i] = candidates[i]!.centroids;
  for (let i = 0; i < n; i += 1) warmVectors[i] = warmStates[i]![lang];
  let sum = 0;
  for (let i = 0; i < n; i += 1) {
    const centroid = warmVectors[i];
    if (centroid !== undefined && centroid.hashes.length > 0) sum += centroid.hashes[0]! + centroid.weights[0]! + centroid.keys[0]!.length;
    // Not kept past the call (a pruned story is not held).
    warmStates[i] = undefined;
    warmVectors[i] = undefined;
  }
  warmed = sum;
  return warmed;
}
