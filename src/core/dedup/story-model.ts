// The same-language "same story?" decision: a linear score over a few item-vs-story features
// (Miranda et al., EMNLP 2018), each a different view of the story. Its weights and cut are fitted
// by scripts/story-model-fit.ts (logistic regression on item-candidate examples from replaying the
// development days with the gold assignment, then the cut from the pair P/R curve over all days
// together) and written to story-model-weights.ts; nothing here is tuned by hand.
import type { Lang } from '../model.ts';
import type { ItemFeatures } from './item-features.ts';
import type { NameFrequencies } from './learned-names.ts';
import type { VectorProbe } from './vector-probe.ts';
import type { StoryState } from './story.ts';
import { STORY_MODEL } from './story-model-weights.ts';

export { STORY_MODEL };

/** The features, in the order of the weights. */
export const FEATURE_NAMES = [
  'titleCosine',
  'textCosine',
  'nearestTitleCosine',
  'nameShare',
  'rareName',
  'leadNames',
  'hoursApart',
  'logSize',
  'titleOnly',
] as const;

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
/** Lead names counted (more adds little: who the story is about is two or three names). */
const LEAD_NAMES_COUNTED = 3;
const HOUR_MS = 3_600_000;

/**
 * The item's names weighed once per item, not once per candidate: each name's idf among the
 * window's stories (in `features.names` order), their sum and the most a name can weigh.
 */
export interface WeighedNames {
  idf: Float64Array;
  total: number;
  maxIdf: number;
}

export function weighNames(features: ItemFeatures, names: NameFrequencies): WeighedNames {
  const idf = new Float64Array(features.names.length);
  let total = 0;
  for (let i = 0; i < idf.length; i += 1) {
    idf[i] = names.idf(features.names[i]!);
    total += idf[i]!;
  }
  return { idf, total, maxIdf: names.maxIdf() };
}

/**
 * The feature vector of an item against a story (same language), into `out`. `textCosine` is the
 * item's cosine with the story's centroid in `lang` (0 without one): the index has it already.
 * `titles` holds the item's title vector, placed once for all its candidates' title cosines.
 */
export function storyFeatures(features: ItemFeatures, itemTimeMs: number, state: StoryState, names: WeighedNames, lang: Lang, textCosine: number, titles: VectorProbe, out: number[]): number[] {
  const titleCentroid = state.titleCentroids[lang];
  out[0] = titleCentroid === undefined ? 0 : titles.cosine(titleCentroid);
  out[1] = textCosine;
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
  let shared = 0;
  let rare = 0;
  const itemNames = features.names;
  for (let i = 0; i < itemNames.length; i += 1) {
    if (!state.learned.includes(itemNames[i]!)) continue;
    const idf = names.idf[i]!;
    shared += idf;
    if (idf > rare) rare = idf;
  }
  out[3] = names.total > 0 ? shared / names.total : 0;
  out[4] = rare / names.maxIdf;
  let lead = 0;
  for (const key of features.lead) if (state.names.includes(key)) lead += 1;
  out[5] = Math.min(lead, LEAD_NAMES_COUNTED) / LEAD_NAMES_COUNTED;
  out[6] = Math.log1p(Math.abs(itemTimeMs - state.lastAtMs) / HOUR_MS);
  out[7] = Math.log(state.members.length);
  out[8] = features.titleOnly ? 1 : 0;
  return out;
}

export function modelScore(model: StoryModel, x: readonly number[]): number {
  let score = model.bias;
  for (let i = 0; i < model.weights.length; i += 1) score += model.weights[i]! * x[i]!;
  return score;
}
