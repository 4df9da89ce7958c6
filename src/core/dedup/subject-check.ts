// The second look at an item's closest story (decision 'cuts', StoryIndexOptions.subjectMinCosine).
// The window's idf weighs a word by how few of the open stories use it, so the subject a day's
// stories share ("Syria", "Assad", "rebels" on the day Assad fell) weighs little and each report's
// specifics decide: that keeps sibling events apart (the Sednaya prison opened, Israel moved
// into the buffer zone), but a broad story told in many ways shares little else, so its reports
// stay apart too. The second look weighs the item and the closest story by the ordinary-news
// idf alone (the subject keeps its weight) and, as in TDT first-story detection, asks whether
// the item brings specifics the story does not have: its heaviest words by the window's idf
// (its own news) must mostly be words the story's centroid already holds. A report of the same
// event agrees on both; a sibling event shares the subject but brings its own words.
import { fnv1a32 } from './fingerprint.ts';
import type { IdfTable } from './idf-table.ts';
import type { ItemFeatures } from './item-features.ts';
import type { SparseVector } from './sparse-vector.ts';
import { sharedNames, type Rejection, type Verdict } from './story-reasons.ts';

/**
 * decision 'cuts': an item no story accepts takes a second look at its closest same-language
 * story: it joins when their cosine by the background idf alone reaches subjectMinCosine x
 * members^-sizeExponent and at most subjectNoveltyMax of the weight of its subjectNoveltyKeys
 * heaviest words is missing from the story's centroid. subjectMinCosine 0: no second look.
 */
export interface SubjectOptions {
  subjectMinCosine: number;
  subjectNoveltyKeys: number;
  subjectNoveltyMax: number;
}

/** The cuts of the second look (StoryIndexOptions, MATCH_CUTS). */
export type SubjectCuts = SubjectOptions & { sizeExponent: number };

export interface SubjectLook {
  /** Cosine of the item and the story's centroid, both weighed by the background idf (NaN: not computed, the novelty decided). */
  cosine: number;
  /** Share of the weight of the item's `noveltyKeys` heaviest words that the centroid lacks. */
  novelty: number;
}

/** Whether the centroid (sorted by hash, then key) holds the key: a binary search. */
function holds(centroid: SparseVector, key: string, hash: number): boolean {
  let lo = 0;
  let hi = centroid.hashes.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const h = centroid.hashes[mid]!;
    if (h === hash && centroid.keys[mid] === key) return true;
    if (h < hash || (h === hash && centroid.keys[mid]! < key)) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/**
 * Share of the weight of the item's `noveltyKeys` heaviest entries (by the window's weight:
 * features.lookup, heaviest first) that the centroid lacks.
 */
export function noveltyOf(features: ItemFeatures, centroid: SparseVector, noveltyKeys: number): number {
  const { keys, hashes, weights } = features.vector;
  let lacked = 0;
  let total = 0;
  for (let r = 0; r < Math.min(noveltyKeys, features.lookup.length); r += 1) {
    const at = features.lookup[r]!;
    total += weights[at]!;
    if (!holds(centroid, keys[at]!, hashes[at]!)) lacked += weights[at]!;
  }
  return total === 0 ? 0 : lacked / total;
}

// Scratch, reused (one look per item): the item's entries re-weighed.
let itemWeights = new Float64Array(64);

/**
 * The item's cosine with a story centroid in its language, both weighed by the background idf
 * (both sorted by hash, then key, as every SparseVector is: one merge). The centroid is the sum of
 * its members' window-weighed vectors; re-weighed key by key with today's window it is the sum
 * those members would have by the background (up to the window's drift since each joined), with
 * no second centroid kept.
 */
export function subjectCosine(features: ItemFeatures, centroid: SparseVector, idf: IdfTable): number {
  const item = features.vector;
  const n = item.keys.length;
  if (n > itemWeights.length) itemWeights = new Float64Array(2 * n);
  let itemNorm = 0;
  for (let i = 0; i < n; i += 1) {
    const w = item.weights[i]! * idf.backgroundRatio(item.keys[i]!, fnv1a32(item.keys[i]!), item.hashes[i]!, features.titleOnly);
    itemWeights[i] = w;
    itemNorm += w * w;
  }
  let dot = 0;
  let centroidNorm = 0;
  let i = 0;
  for (let j = 0; j < centroid.keys.length; j += 1) {
    const key = centroid.keys[j]!;
    const hash = centroid.hashes[j]!;
    // The centroid keeps no record of its members' kind; a story of headlines is met by headlines
    // (one feed's items are all one kind), so it is turned back with the item's prior.
    const w = centroid.weights[j]! * idf.backgroundRatio(key, fnv1a32(key), hash, features.titleOnly);
    centroidNorm += w * w;
    while (i < n && (item.hashes[i]! < hash || (item.hashes[i] === hash && item.keys[i]! < key))) i += 1;
    if (i < n && item.hashes[i] === hash && item.keys[i] === key) dot += itemWeights[i]! * w;
  }
  return itemNorm === 0 || centroidNorm === 0 ? 0 : dot / Math.sqrt(itemNorm * centroidNorm);
}

/**
 * The second look at the closest story the cuts rejected on its same-language cosine: a verdict
 * when the item joins it; else undefined, the look recorded on the rejection (its reason says so).
 */
export function secondLook(features: ItemFeatures, closest: Rejection, idf: IdfTable, cuts: SubjectCuts): Verdict | undefined {
  if (cuts.subjectMinCosine <= 0 || closest.cross || closest.failed !== 'cosine') return undefined;
  const { state } = closest;
  const centroid = state.centroids[features.lang];
  if (centroid === undefined) return undefined;
  // The novelty first: it is a few look-ups, the cosine re-weighs every key of both.
  const novelty = noveltyOf(features, centroid, cuts.subjectNoveltyKeys);
  const cut = cuts.subjectMinCosine * Math.pow(state.members.length, -cuts.sizeExponent);
  const look = { cosine: novelty > cuts.subjectNoveltyMax ? Number.NaN : subjectCosine(features, centroid, idf), novelty };
  closest.subject = { ...look, cut, noveltyMax: cuts.subjectNoveltyMax };
  if (!(look.cosine >= cut)) return undefined;
  const shared = closest.shared < 0 ? sharedNames(features, state) : closest.shared;
  return { state, kind: 'same-story', similarity: look.cosine, distance: 0, cut, cross: false, shared, subject: look };
}
