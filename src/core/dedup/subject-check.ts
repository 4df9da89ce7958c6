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

/** The cuts of the second look (StoryIndexOptions, MATCH_CUTS). */
export interface SubjectCuts {
  subjectMinCosine: number;
  subjectNoveltyKeys: number;
  subjectNoveltyMax: number;
  sizeExponent: number;
}

export interface SubjectLook {
  /** Cosine of the item and the story's centroid, both weighed by the background idf. */
  cosine: number;
  /** Share of the weight of the item's `noveltyKeys` heaviest words that the centroid lacks. */
  novelty: number;
}

/**
 * The ratio of a key's background idf to its window weight: a vector weighed by the window
 * (IdfTable.weightOf) times this is weighed by the background (IdfTable.idfOf), tf kept. 0 when
 * the window weighs the key at nothing (a key every story holds whose background probability is 1).
 */
function toBackground(key: string, hash: number, idf: IdfTable): number {
  const fnv = fnv1a32(key);
  const window = idf.weightOf(key, fnv, hash);
  return window > 0 ? idf.idfOf(key, fnv) / window : 0;
}

// Scratch, reused (one look per item): the item's entries re-weighed, and which of them the centroid holds.
let itemWeights = new Float64Array(64);
let held = new Uint8Array(64);

/**
 * The item against a story centroid in its language (both sorted by hash, then key, as every
 * SparseVector is): one merge. The centroid is the sum of its members' window-weighed vectors;
 * re-weighed key by key with today's window it is the sum those members would have by the
 * background (up to the window's drift since each joined), with no second centroid kept.
 */
export function lookAtSubject(features: ItemFeatures, centroid: SparseVector, idf: IdfTable, noveltyKeys: number): SubjectLook {
  const item = features.vector;
  const n = item.keys.length;
  if (n > itemWeights.length) {
    itemWeights = new Float64Array(2 * n);
    held = new Uint8Array(2 * n);
  }
  let itemNorm = 0;
  for (let i = 0; i < n; i += 1) {
    const w = item.weights[i]! * toBackground(item.keys[i]!, item.hashes[i]!, idf);
    itemWeights[i] = w;
    itemNorm += w * w;
    held[i] = 0;
  }
  let dot = 0;
  let centroidNorm = 0;
  let i = 0;
  for (let j = 0; j < centroid.keys.length; j += 1) {
    const key = centroid.keys[j]!;
    const hash = centroid.hashes[j]!;
    const w = centroid.weights[j]! * toBackground(key, hash, idf);
    centroidNorm += w * w;
    while (i < n && (item.hashes[i]! < hash || (item.hashes[i] === hash && item.keys[i]! < key))) i += 1;
    if (i < n && item.hashes[i] === hash && item.keys[i] === key) {
      dot += itemWeights[i]! * w;
      held[i] = 1;
    }
  }
  const cosine = itemNorm === 0 || centroidNorm === 0 ? 0 : dot / Math.sqrt(itemNorm * centroidNorm);
  // features.lookup: the item's heaviest entries by the window's weight, heaviest first.
  let lacked = 0;
  let total = 0;
  for (let r = 0; r < Math.min(noveltyKeys, features.lookup.length); r += 1) {
    const at = features.lookup[r]!;
    total += item.weights[at]!;
    if (held[at] === 0) lacked += item.weights[at]!;
  }
  return { cosine, novelty: total === 0 ? 0 : lacked / total };
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
  const look = lookAtSubject(features, centroid, idf, cuts.subjectNoveltyKeys);
  const cut = cuts.subjectMinCosine * Math.pow(state.members.length, -cuts.sizeExponent);
  closest.subject = { ...look, cut, noveltyMax: cuts.subjectNoveltyMax };
  if (look.cosine < cut || look.novelty > cuts.subjectNoveltyMax) return undefined;
  const shared = closest.shared < 0 ? sharedNames(features, state) : closest.shared;
  return { state, kind: 'same-story', similarity: look.cosine, distance: 0, cut, cross: false, shared, subject: look };
}
