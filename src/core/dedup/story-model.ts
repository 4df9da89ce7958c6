// The same-language "same story?" decision: a linear score over a few item-vs-story features
// (Miranda et al., EMNLP 2018), each a different view of the story. Its weights and cut are fitted
// by scripts/story-model-fit.ts (logistic regression on item-candidate examples from replaying the
// development days with the gold assignment, each in a window of its own, then the cut from the
// pair P/R curve: the best pair F1 over all days together among the cuts whose pair precision over
// all days, over each language's days and in the mean of the days' reaches the floor)
// and written to story-model-weights.ts; nothing here is tuned by hand.
//
// The views are the story's words, never its names: features on the names learned from the text
// (the share and rarest idf of the item's names the story holds) and on shared lexicon lead names
// fitted the development days better (pair F1 0.589 against 0.565), but left one day out (fitted
// on the other three, same rule) they lost 0.19 and 0.06 of pair F1 on two days for 0.003 and 0.02
// on the others (0.092/0.537/0.578/0.499 against 0.089/0.724/0.638/0.476 without them).
import { HOUR_MS } from './item-time.ts';
import type { Lang } from '../model.ts';
import type { ItemFeatures } from './item-features.ts';
import { firstAtOrAbove, heaviest, type SparseVector } from './sparse-vector.ts';
import type { VectorProbe } from './vector-probe.ts';
import type { StoryState } from './story.ts';
import { STORY_MODEL } from './story-model-weights.ts';

export { STORY_MODEL };

/** The features, in the order of the weights. */
export const FEATURE_NAMES = [
  'titleCosine',
  'textCosine',
  'nearestTitleCosine',
  'hoursApart',
  'logSize',
  'titleOnly',
  'titleCovered',
  'titleMissing',
  'titleInText',
  'storyCore',
] as const;

/** A same-language candidate as the model sees it (for fitting: StoryIndex.teacher). */
export interface CandidateRow {
  storyId: string;
  x: readonly number[];
}

export interface StoryModel {
  /** One per FEATURE_NAMES entry. */
  weights: readonly number[];
  bias: number;
  /** The score an item needs to join its best story. */
  cut: number;
  /** The window idf's prior the features are computed with (IdfTable), fitted with the weights. */
  idfPriorStories: number;
}

/** Latest members whose titles the nearest-member similarity reads: a story's cost stays bounded. */
export const NEAREST_MEMBERS = 12;

/**
 * The feature vector of an item against a story (same language), into `out`. `textCosine` is the
 * item's cosine with the story's centroid in `lang` (0 without one): the index has it already.
 * `titles` holds the item's title vector, placed once for all its candidates' title cosines.
 */
export function storyFeatures(features: ItemFeatures, itemTimeMs: number, state: StoryState, lang: Lang, textCosine: number, titles: VectorProbe, out: number[]): number[] {
  const titleCentroid = state.titleCentroids[lang];
  cheapFeatures(features, itemTimeMs, state, textCosine, out);
  out[0] = titleCentroid === undefined ? 0 : titles.cosine(titleCentroid);
  let nearest = 0;
  const members = state.members;
  // A story of one item (most of a window) has that item's title as its titles' sum: the same cosine.
  if (members.length === 1) nearest = members[0]!.lang === lang && members[0]!.titleVector !== undefined ? out[0] : 0;
  else for (let i = members.length - 1, n = 0; i >= 0 && n < NEAREST_MEMBERS; i -= 1) {
    const title = members[i]!.titleVector;
    if (title === undefined || members[i]!.lang !== lang) continue;
    n += 1;
    const c = titles.cosine(title);
    if (c > nearest) nearest = c;
  }
  out[2] = nearest;
  titleCoverage(titles, titleCentroid, out);
  out[8] = titleInText(titles, state.centroids[lang]);
  out[9] = storyCore(features.vector, state.centroids[lang]);
  return out;
}

/** The features known without reading the story's words, CHEAP_FEATURES, into `out` (the others are left as they were). */
export function cheapFeatures(features: ItemFeatures, itemTimeMs: number, state: StoryState, textCosine: number, out: number[]): number[] {
  out[1] = textCosine;
  out[3] = Math.log1p(Math.abs(itemTimeMs - state.lastAtMs) / HOUR_MS);
  out[4] = Math.log(state.members.length);
  out[5] = features.titleOnly ? 1 : 0;
  return out;
}

/** The features cheapFeatures fills; every other one lies in [0, 1] (cosines and shares of a unit title vector or of a weight). */
const CHEAP_FEATURES: readonly boolean[] = FEATURE_NAMES.map((_, i) => i === 1 || i === 3 || i === 4 || i === 5);
/** Above any rounding between the ceiling's sum and modelScore's (scores are sums of ten terms near 1). */
const CEILING_MARGIN = 1e-9;

/**
 * The highest score the model can give a candidate whose cheap features (cheapFeatures) are in
 * `x`: every other feature at whichever end of [0, 1] raises the score. A candidate whose ceiling
 * is below the cut is rejected without reading its titles (issue 10: most candidates are far).
 */
export function scoreCeiling(model: StoryModel, x: readonly number[]): number {
  let score = model.bias + CEILING_MARGIN;
  for (let i = 0; i < model.weights.length; i += 1) {
    const w = model.weights[i]!;
    score += CHEAP_FEATURES[i] === true ? w * x[i]! : Math.max(0, w);
  }
  return score;
}

// Scratch of belowCut: a candidate's cheap features.
const cheapX: number[] = new Array<number>(FEATURE_NAMES.length).fill(0);

/** Whether the candidate's score cannot reach the model's cut, by its ceiling (scoreCeiling). */
export function belowCut(model: StoryModel, features: ItemFeatures, itemTimeMs: number, state: StoryState, textCosine: number): boolean {
  return scoreCeiling(model, cheapFeatures(features, itemTimeMs, state, textCosine, cheapX)) < model.cut;
}

// Scratch of titleCoverage, reused across candidates (it grows to the longest title met).
let found: Uint8Array = new Uint8Array(64);

/**
 * How much of the item's title the story's titles already hold, into out[6] and out[7]: the
 * share of its (unit, background-idf) title vector's squared weight on words some member's title
 * used, and the weight of its heaviest word none did. A report of the story repeats the story's
 * words; a sibling event told beside it (a strike on another town, an opinion on the talks) brings
 * a rare word of its own, which a big story's centroid cosine dilutes. A story without titles in
 * `lang` (none of its members had one, or it was saved by the cuts' decision, which keeps no title
 * centroids) covers nothing and misses the whole title (1).
 */
function titleCoverage(titles: VectorProbe, titleCentroid: SparseVector | undefined, out: number[]): void {
  const title = titles.placed;
  if (titleCentroid === undefined || title.keys.length === 0) {
    out[6] = 0;
    out[7] = title.keys.length === 0 ? 0 : 1;
    return;
  }
  found = titles.shared(titleCentroid, found);
  let covered = 0;
  let missing = 0;
  for (let i = 0; i < title.weights.length; i += 1) {
    const w = title.weights[i]!;
    if (found[i] === 1) covered += w * w;
    else if (w > missing) missing = w;
  }
  out[6] = covered;
  out[7] = missing;
}

/** The share of the item's title mass on words the story's texts (its centroid in `lang`) hold. */
function titleInText(titles: VectorProbe, centroid: SparseVector | undefined): number {
  const title = titles.placed;
  if (centroid === undefined || title.keys.length === 0) return 0;
  found = titles.shared(centroid, found);
  let covered = 0;
  for (let i = 0; i < title.weights.length; i += 1) if (found[i] === 1) covered += title.weights[i]! * title.weights[i]!;
  return covered;
}

/** Heaviest keys of a story's centroid read as its core: what every report of it mentions. */
const CORE_KEYS = 5;

/** The share of the story centroid's CORE_KEYS heaviest weight on keys the item's vector holds. */
function storyCore(vector: SparseVector, centroid: SparseVector | undefined): number {
  if (centroid === undefined) return 0;
  let total = 0;
  let held = 0;
  for (const i of heaviest(centroid, CORE_KEYS)) {
    const w = centroid.weights[i]!;
    total += w;
    if (holds(vector, centroid.hashes[i]!, centroid.keys[i]!)) held += w;
  }
  return total > 0 ? held / total : 0;
}

/** Whether the vector (hash order, then key) holds the key: a binary search on the hash. */
function holds(vector: SparseVector, hash: number, key: string): boolean {
  const { hashes, keys } = vector;
  for (let i = firstAtOrAbove(hashes, hash); i < hashes.length && hashes[i] === hash; i += 1) if (keys[i] === key) return true;
  return false;
}

export function modelScore(model: StoryModel, x: readonly number[]): number {
  let score = model.bias;
  for (let i = 0; i < model.weights.length; i += 1) score += model.weights[i]! * x[i]!;
  return score;
}
