// The cuts that decide "same story" and the keys that find candidate stories.
import type { Lexicon } from '../text/lexicon.ts';
import type { IndexKey } from './candidate-index.ts';
import type { ItemFeatures } from './item-features.ts';
import type { StoryState } from './story.ts';

/**
 * Content cuts, measured on ../shared/eval/dev.jsonl (all 197 items, 19,306 pairs; cosine of
 * idf-weighted keys without country names; `tests/core/dedup/dev-pairs.test.ts` checks the
 * resulting pair precision and recall):
 * - two or more lead names in common, same language: the same event scores 0.49-0.74 (Putin-Kim
 *   pact x2, Trump-Putin Alaska summit x2), different events with the same people 0.38-0.42
 *   (pact vs. "Kim emerged as Putin's ally"; Xi-Putin in Moscow vs. Beijing): cut 0.45.
 * - two or more lead names in common, across languages (translations fold only part of the
 *   vocabulary): the same event 0.34 and 0.39 (English vs. Indonesian reports of the pact),
 *   different events 0.17-0.28: cut 0.31.
 * - fewer than two lead names on either side: different events reach 0.57 in the same week (two
 *   police bribery stories), so only near-copies pass: cut 0.60.
 * On the seeds, Kompas's and Tribunnews's Kim-Belousov reports share Kim Jong Un, Belousov and
 * KCNA in their leads; every other seed pair shares one lead name at most (Kim, or Lavrov).
 */
export const MATCH_CUTS = {
  sameLanguageMinCosine: 0.45,
  crossLanguageMinCosine: 0.31,
  fewEntitiesMinCosine: 0.6,
  /** Lead names (persons, places, organisations; not countries) two reports of one event share. */
  minSharedEntities: 2,
} as const;

/**
 * Candidate keys. A story is posted under each pair of its lead names (two reports of one event
 * share at least one pair: minSharedEntities is 2), its centroids' heaviest words (an item with
 * fewer names, or a near-copy, shares those) and its members' fingerprint bands. A pair is far
 * more selective than either name: "Kim Jong Un" is in most stories of a North Korea topic.
 */
const CONTENT_KEYS = 8;
/** Lead names paired per side: 6 names make 15 pairs. */
const PAIRED_NAMES = 6;
const PAIR_WEIGHT = 1;
const BAND_WEIGHT = 1;

/**
 * 64 bits in 4 bands of 16: fingerprints within 3 bits share a band (pigeonhole), closer copies
 * usually do; the rest of a copy's story is found by its words and names. Band b is the number
 * key b * 2^16 + its 16 bits (no string built per item).
 */
function bandKeys(hi: number, lo: number): number[] {
  return [hi >>> 16, 0x1_0000 + (hi & 0xffff), 0x2_0000 + (lo >>> 16), 0x3_0000 + (lo & 0xffff)];
}

function pairKeys(names: readonly string[], into: (key: string) => void): void {
  const sorted = names.slice(0, PAIRED_NAMES).sort();
  if (sorted.length < 2) return;
  for (let i = 0; i < sorted.length; i += 1) for (let j = i + 1; j < sorted.length; j += 1) into(`${sorted[i]}|${sorted[j]}`);
}

/** Keys the item looks up, with how much a shared key counts towards being scored. */
export function candidateKeys(features: ItemFeatures): Map<IndexKey, number> {
  const keys = new Map<IndexKey, number>();
  for (let i = 0; i < Math.min(CONTENT_KEYS, features.keys.length); i += 1) keys.set(features.keys[i]!, features.weights[i]!);
  pairKeys(features.lead, (key) => keys.set(key, PAIR_WEIGHT));
  if (features.fingerprint !== undefined) {
    for (const band of bandKeys(features.fingerprint.hi, features.fingerprint.lo)) keys.set(band, BAND_WEIGHT);
  }
  return keys;
}

/** Keys a story is posted under: pairs of its lead names, its centroids' heaviest words, its members' bands. */
export function storyIndexKeys(state: StoryState): IndexKey[] {
  const keys: IndexKey[] = [];
  const names = state.names.length <= 1 ? state.names : namesByCount(state);
  pairKeys(names, (key) => keys.push(key));
  const { id, en } = state.centroids;
  for (const centroid of [id, en]) {
    if (centroid === undefined) continue;
    for (let i = 0; i < Math.min(CONTENT_KEYS, centroid.keys.length); i += 1) {
      const key = centroid.keys[i]!;
      // The same word can head both languages' centroids; a story is posted once per key.
      if (centroid === en && id !== undefined && keys.includes(key)) continue;
      keys.push(key);
    }
  }
  for (const fp of state.fingerprints) {
    for (const band of bandKeys(fp.hi, fp.lo)) if (state.fingerprints.length === 1 || !keys.includes(band)) keys.push(band);
  }
  return keys;
}

/** Lead names, most named first (ties by key). */
function namesByCount(state: StoryState): string[] {
  return state.names
    .map((key, i) => [key, state.nameCounts[i]!] as const)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([key]) => key);
}

/** "Kim Jong Un, Andrei Belousov" from entity keys. */
export function describeEntities(keys: readonly string[], lexicon: Lexicon): string {
  return keys.map((key) => lexicon.labels.get(key) ?? key).join(', ');
}
