// The cuts that decide "same story" and the keys that find candidate stories.
import type { Lexicon } from '../text/lexicon.ts';
import type { IndexKey } from './candidate-index.ts';
import { fnv1a32, mix32, type Fingerprint } from './fingerprint.ts';
import { TOP_KEYS, type ItemFeatures } from './item-features.ts';
import { heaviest } from './sparse-vector.ts';
import type { StoryState } from './story.ts';

/**
 * Content cuts, measured on ../shared/eval/dev.jsonl (all 197 items, 19,306 pairs; cosine of
 * idf-weighted keys without country names; `tests/core/dedup/dev-pairs.test.ts` checks the pair
 * precision and recall they give):
 * - two or more lead names in common, same language: the same event scores 0.74 (two Indonesian
 *   reports of the Putin-Kim pact) and 0.49 (the Trump-Putin Alaska summit); different events
 *   with the same people 0.38-0.42 when nothing dates them (the pact vs. "Kim emerged as Putin's
 *   main ally"; Xi and Putin in Moscow vs. in Beijing): cut 0.45. (Two Prabowo-Putin meetings 16
 *   months apart reach 0.53: their dates keep them apart.)
 * - two or more lead names in common, across languages (translations fold only part of the
 *   vocabulary): the same event 0.34 and 0.39 (an English report of the pact vs. the two
 *   Indonesian ones), different events 0.17 and 0.28: cut 0.31.
 * - fewer than two lead names on either side: different events reach 0.57 within days (two
 *   police bribery cases) and 0.65 (two Kim Jong Un stories ten months apart): cut 0.60, which
 *   near-copies and one visit, announced then made (0.69), pass.
 * Names (minSharedEntities): the seeds' two Kim-Belousov reports share three lead names (Kim Jong
 * Un, Belousov, KCNA) and every other pair of seeds one at most (Kim; Lavrov); the dev set's
 * labelled same-story pairs share two (Putin, Kim Jong Un).
 */
export const MATCH_CUTS = {
  sameLanguageMinCosine: 0.45,
  crossLanguageMinCosine: 0.31,
  fewEntitiesMinCosine: 0.6,
  /** Lead names (persons, places, organisations; not countries) two reports of one event share. */
  minSharedEntities: 2,
} as const;

/**
 * A near-duplicate's content cosine with its story is at least this. The edited copies measured
 * for the SimHash cut have cosine 0.35-1 with their original (5th percentile 0.69; the low ones
 * are footers longer than the item); unrelated items short enough to collide in SimHash share a
 * few words (cosine under 0.3).
 */
export const NEAR_DUPLICATE_MIN_COSINE = 0.5;

/**
 * Candidate keys. A story is posted under the pairs of its first lead names (two reports of one
 * event share a pair: minSharedEntities is 2; a pair is far more selective than a name, as "Kim
 * Jong Un" is in most stories of a North Korea topic), its centroids' TOP_KEYS heaviest words (an
 * item with fewer names, or a near-copy, shares those) and its members' fingerprint bands.
 *
 * Keys are 32-bit hashes, not strings: the index is a map of some 100,000 keys read and written
 * about 25 times per item, and number keys are compared in the table without reading a string
 * (no pair string is built either). Keys hashing alike only make a story a candidate, which the
 * scoring then judges on the real keys.
 */
/** Lead names paired per side (the first ones: who the story is about): 3 names make 3 pairs. */
const PAIRED_NAMES = 3;
const PAIR_OR_BAND_WEIGHT = 1;
const PAIR_SALT = 0x2545f491;
const BAND_SALT = 0x7feb352d;

/**
 * Index keys keep 30 of the 32 hash bits: V8 stores integers below 2^30 unboxed (Smis), so map
 * keys are compared in the table; larger ones are heap numbers, a pointer chased per probe.
 */
const indexKey = (hash: number): IndexKey => hash & 0x3fff_ffff;

/**
 * 64 bits in 4 bands of 16: fingerprints within 3 bits share a band (pigeonhole), closer copies
 * usually do; the rest of a copy's story is found by its words and names.
 */
function bandKeys(fp: Fingerprint, keys: IndexKey[]): void {
  keys.push(
    indexKey(mix32(BAND_SALT ^ (fp.hi >>> 16))),
    indexKey(mix32(BAND_SALT ^ (0x1_0000 + (fp.hi & 0xffff)))),
    indexKey(mix32(BAND_SALT ^ (0x2_0000 + (fp.lo >>> 16)))),
    indexKey(mix32(BAND_SALT ^ (0x3_0000 + (fp.lo & 0xffff)))),
  );
}

/** Unordered pairs of the first PAIRED_NAMES names (the lower hash first). */
function pairKeys(names: readonly string[], keys: IndexKey[]): void {
  const count = Math.min(PAIRED_NAMES, names.length);
  for (let i = 0; i < count; i += 1) {
    const hi = fnv1a32(names[i]!);
    for (let j = i + 1; j < count; j += 1) {
      const hj = fnv1a32(names[j]!);
      keys.push(indexKey(mix32(Math.imul(Math.min(hi, hj) ^ PAIR_SALT, 0x9e3779b1) ^ Math.max(hi, hj))));
    }
  }
}

/** Keys the item looks up, and how much each shared key counts towards being scored. */
export function candidateKeys(features: ItemFeatures): { keys: IndexKey[]; weights: number[] } {
  const keys: IndexKey[] = [];
  const weights: number[] = [];
  for (const i of features.top) {
    keys.push(indexKey(features.vector.hashes[i]!));
    weights.push(features.vector.weights[i]!);
  }
  const words = keys.length;
  pairKeys(features.lead, keys);
  if (features.fingerprint !== undefined) bandKeys(features.fingerprint, keys);
  // Pairs and bands count 1 each.
  for (let i = words; i < keys.length; i += 1) weights.push(PAIR_OR_BAND_WEIGHT);
  return { keys, weights };
}

/** Keys a story is posted under: pairs of its lead names, its centroids' heaviest words, its members' bands. */
export function storyIndexKeys(state: StoryState): IndexKey[] {
  const keys: IndexKey[] = [];
  pairKeys(state.members.length === 1 ? state.names : namesByCount(state), keys);
  for (const centroid of [state.centroids.id, state.centroids.en]) {
    if (centroid === undefined) continue;
    for (const i of heaviest(centroid, TOP_KEYS)) keys.push(indexKey(centroid.hashes[i]!));
  }
  for (const member of state.members) if (member.fingerprint !== undefined) bandKeys(member.fingerprint, keys);
  // A story of one item (most of a window) has distinct keys; a longer one can repeat some.
  return state.members.length === 1 ? keys : [...new Set(keys)];
}

/** Lead names, most named first; ties in the order the story first named them (a stable sort). */
function namesByCount(state: StoryState): string[] {
  return state.names
    .map((key, i) => [key, state.nameCounts[i]!] as const)
    .sort((a, b) => b[1] - a[1])
    .map(([key]) => key);
}

/** "Kim Jong Un, Andrei Belousov" from entity keys. */
export function describeEntities(keys: readonly string[], lexicon: Lexicon): string {
  return keys.map((key) => lexicon.labels.get(key) ?? key).join(', ');
}
