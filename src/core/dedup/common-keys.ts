// A headline that shares only the window's common words with a story (decision 'cuts', issue 10).
// On a day of one big occasion ("SEA Games 2025", the Aceh and Sumatra floods) many separate events
// are told under its name. A headline alone weighs its words mostly by ordinary news
// (headlineIdfPriorStories), where the occasion's name is rare, so a report of another event
// under that name meets a story of the occasion at its cut ("Kamboja Mundur dari SEA Games 2025"
// into the badminton finals). What the two share then is only keys many of the window's stories
// hold; a report of the story itself shares at least one key few others hold (its event's own
// word, a person, a place). The counts are the window's own (StoryFrequencies), no word list.
import type { Lang } from '../model.ts';
import type { ItemFeatures } from './item-features.ts';
import { firstAtOrAbove, type SparseVector } from './sparse-vector.ts';
import type { StoryState } from './story.ts';
import type { StoryFrequencies } from './story-frequencies.ts';
import type { VectorProbe } from './vector-probe.ts';

/**
 * decision 'cuts': a headline alone joins a same-language story only when it shares with it a key
 * that at most scarceKeyMaxStories of the window's other stories hold (MATCH_CUTS); 0: off.
 */
export interface ScarceKeyOptions {
  scarceKeyMaxStories: number;
}

/** Scratch of sharesScarceKey: which of the placed item's keys the centroid holds, reused per call. */
let sharedFlags: Uint8Array = new Uint8Array(64);

/**
 * Whether the item placed in `probe` shares with the story's centroid in `lang` a key that at most
 * `maxOtherStories` of the window's other stories hold. The window counts centroids
 * (StoryFrequencies), and a story told in both languages holds a name or a translated word in each:
 * the story's own centroids holding the key are taken off its count, so a story is never one of
 * its own "others" (another story told in both languages still counts twice, as its idf does).
 */
export function sharesScarceKey(probe: VectorProbe, state: StoryState, lang: Lang, frequencies: StoryFrequencies, maxOtherStories: number): boolean {
  sharedFlags = probe.shared(state.centroids[lang]!, sharedFlags);
  const otherLanguage = state.centroids[lang === 'id' ? 'en' : 'id'];
  const { hashes } = probe.placed;
  for (let i = 0; i < hashes.length; i += 1) {
    if (sharedFlags[i] !== 1) continue;
    const others = frequencies.count(hashes[i]!) - 1;
    if (others <= maxOtherStories || (otherLanguage !== undefined && others - 1 <= maxOtherStories && holdsHash(otherLanguage, hashes[i]!))) return true;
  }
  return false;
}

/** Whether `vector` (ascending by hash) holds a key of hash `hash`: a binary search. */
function holdsHash(vector: SparseVector, hash: number): boolean {
  const at = firstAtOrAbove(vector.hashes, hash);
  return at < vector.hashes.length && vector.hashes[at] === hash;
}

/**
 * Whether the check keeps the item (placed in `probe`) out of the story: a headline alone, the
 * check on, and no key it shares with the story's centroid in its language scarce in the window.
 */
export function sharesOnlyCommonKeys(features: ItemFeatures, probe: VectorProbe, state: StoryState, frequencies: StoryFrequencies, maxOtherStories: number): boolean {
  return features.titleOnly && maxOtherStories > 0 && state.centroids[features.lang] !== undefined && !sharesScarceKey(probe, state, features.lang, frequencies, maxOtherStories);
}
