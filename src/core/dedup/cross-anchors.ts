// Names learned from the text for the cross-language join (issue 10). An Indonesian and an English
// report of one event must share two lead names, and lead names come from the lexicon: an event
// whose people the lexicon does not know ("Zohran Mamdani wins New York's mayoral race", "Zohran
// Mamdani Menang Pilwalkot New York") shares only New York. A word spelled alike in both languages
// and rare in ordinary news of both is a name (a person, a firm, a product) or a term of art, the
// same thing said the same way; ordinary words that happen to be spelled alike ("video", "data",
// "bank") are common in one language's news at least. Such shared words count as shared names for
// the cross-language check (never for the same-language cuts).
import type { Background } from '../profile/background.ts';
import type { Lexicon } from '../text/lexicon.ts';
import type { ItemFeatures } from './item-features.ts';
import type { SparseVector } from './sparse-vector.ts';
import { acrossLanguages, crossLanguageCut } from './story-match.ts';
import { sharedNames } from './story-reasons.ts';
import type { StoryState } from './story.ts';
import type { VectorProbe } from './vector-probe.ts';

export interface CrossAnchorOptions {
  /**
   * The least background idf (-ln P(key in an ordinary news document)) a shared word must have in
   * both languages' tables to count as a shared name across languages; 0: none (lexicon names only).
   */
  crossAnchorMinIdf: number;
  /**
   * Countries both name count as shared names across languages when the cross-language cosine
   * reaches this many times the cut (countryTest); 0: never. Countries are no lead names (many
   * stories of a day name the same ones), so two reports of one event that name only countries
   * ("Korsel: Korut Kirim 1.500 Pasukan Khusus untuk Bantu Rusia", "South Korea says 1,500 North
   * Korean special forces in Russia") never met across languages, whatever their cosine.
   */
  crossCountryCutFactor: number;
}

/** Whether a key counts as a name across languages (anchorTest). */
export type AnchorTest = (key: string) => boolean;

/**
 * The test a shared key must pass to count as a name across languages: a plain word (entity `@`
 * and place `#` keys are lead names or places already; phrases are several words), no meaning
 * group of the lexicon's translations (those keys are the vocabulary both languages fold onto, such
 * as "walikota" for "mayor": shared by design, and unseen in the English table, which counts the
 * English words), and rare in both languages' ordinary news. Answers are cached per key.
 */
export function anchorTest(background: Background, lexicon: Lexicon, minIdf: number): AnchorTest {
  const groups = meaningGroups(lexicon);
  const maxRate = Math.exp(-minIdf);
  const cache = new Map<string, boolean>();
  return (key) => {
    const known = cache.get(key);
    if (known !== undefined) return known;
    const anchor =
      !key.startsWith('@') && !key.startsWith('#') && !key.includes(' ') && key.length >= 3 && !groups.has(key) && background.probability(key, 'id') <= maxRate && background.probability(key, 'en') <= maxRate;
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(key, anchor);
    return anchor;
  };
}

const CACHE_LIMIT = 100_000;

/** Whether a key is a country of the lexicon (crossCountryCutFactor). */
export function countryTest(lexicon: Lexicon): AnchorTest {
  return (key) => key.startsWith('@') && lexicon.entities.get(key)?.type === 'country';
}

/** The keys the lexicon's translations fold words onto, per lexicon (fixed data): built once, not per story index. */
const groupsOf = new WeakMap<Lexicon, ReadonlySet<string>>();
function meaningGroups(lexicon: Lexicon): ReadonlySet<string> {
  let groups = groupsOf.get(lexicon);
  if (groups === undefined) {
    groups = new Set([...lexicon.wordKeys.id.values(), ...lexicon.wordKeys.en.values()]);
    groupsOf.set(lexicon, groups);
  }
  return groups;
}

let flags: Uint8Array = new Uint8Array(64);

/** The words the placed item (probe) shares with `centroid` (the story's other language) that pass `isAnchor`. */
export function crossAnchors(probe: VectorProbe, centroid: SparseVector | undefined, isAnchor: AnchorTest): string[] {
  if (centroid === undefined) return [];
  flags = probe.shared(centroid, flags);
  const { keys } = probe.placed;
  const anchors: string[] = [];
  for (let i = 0; i < keys.length; i += 1) if (flags[i] === 1 && isAnchor(keys[i]!)) anchors.push(keys[i]!);
  return anchors;
}

/** What the item shares with a story across languages: lead names, and the anchors that count beside them. */
export interface SharedAcross {
  /** Lead names plus anchors. */
  count: number;
  /** The anchors counted (crossAnchors), empty when the lead names sufficed or none were looked for. */
  anchors: readonly string[];
}

const NONE: readonly string[] = [];

/**
 * Names the item shares with the story across languages: its lead names the story names, plus, when
 * those are fewer than `need` and the cross-language cosine reaches the cut for them, its anchors
 * in the story's other-language centroid (crossAnchors). Both the cuts (StoryIndex) and the
 * model's veto (model-veto.ts) count them here.
 */
export function sharedAcross(
  features: ItemFeatures,
  state: StoryState,
  cross: number,
  probe: VectorProbe,
  isAnchor: AnchorTest | undefined,
  options: { crossLanguageMinCosine: number; sizeExponent: number; namedCutFactor: number; crossCountryCutFactor?: number },
  need: number,
  isCountry?: AnchorTest,
): SharedAcross {
  const names = sharedNames(features, state);
  const cut = crossLanguageCut(options, state, features.lang, names);
  if (names >= need || (isAnchor === undefined && isCountry === undefined) || cross < cut) return { count: names, anchors: NONE };
  const other = state.centroids[features.lang === 'id' ? 'en' : 'id'];
  let anchors = isAnchor === undefined ? [] : crossAnchors(probe, other, isAnchor);
  const countryFactor = options.crossCountryCutFactor ?? 0;
  if (names + anchors.length < need && isCountry !== undefined && countryFactor > 0 && cross >= countryFactor * cut) anchors = [...anchors, ...crossAnchors(probe, other, isCountry)];
  return { count: names + anchors.length, anchors };
}

/** The placed item's cosine with the story's other-language centroid; 0 where its own language judges it (acrossLanguages), or none is kept. */
export function crossCosine(probe: VectorProbe, state: StoryState, lang: 'id' | 'en'): number {
  const centroid = acrossLanguages(state, lang) ? state.centroids[lang === 'id' ? 'en' : 'id'] : undefined;
  return centroid === undefined ? 0 : probe.cosine(centroid);
}
