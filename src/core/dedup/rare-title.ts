// Two headlines sharing two words rare in ordinary news (decision 'cuts', issue 10). A headline
// alone has a dozen keys, most of them its own way of telling ("Hasil", "Skor", "Meriam London",
// "Mati Kutu"), so two reports of one match ("Inter", "Arsenal") meet at a headline cosine far
// under the cut. Two shared words that ordinary news seldom uses (background idf at least
// rareTitleMinIdf) are evidence of one event that one shared word is not (README: a shared rare
// subject word, measured and not kept). scripts/story-two-rare-words.ts counts the pairs.
import type { Lang } from '../model.ts';
import { analyzeText } from '../text/analyze.ts';
import type { Lexicon } from '../text/lexicon.ts';
import { fnv1a32, mix32 } from './fingerprint.ts';
import type { IdfTable } from './idf-table.ts';
import type { ItemFeatures } from './item-features.ts';
import type { MemberState, StoryState } from './story.ts';

/**
 * decision 'cuts': a headline alone (no summary) sharing at least RARE_TITLE_KEYS keys of
 * background idf >= rareTitleMinIdf with a headline member of the story, and at least
 * rareTitleMinShare of the shorter headline's keys, meets the story's cut multiplied by
 * rareTitleCutFactor. rareTitleMinIdf 0: off.
 */
export interface RareTitleOptions {
  rareTitleMinIdf: number;
  rareTitleCutFactor: number;
  rareTitleMinShare: number;
}

/** Rare keys two headlines must share. */
export const RARE_TITLE_KEYS = 2;

/** A headline's keys of background idf >= the cut: their vector hashes and keys. */
export interface RareKeys {
  hashes: number[];
  keys: string[];
}

/** The item's rare headline keys, when it is a headline alone holding at least RARE_TITLE_KEYS of them. */
export function rareTitleKeys(features: ItemFeatures, idf: IdfTable, minIdf: number): RareKeys | undefined {
  if (!(minIdf > 0) || !features.titleOnly) return undefined;
  const { keys, hashes } = features.vector;
  const rare: RareKeys = { hashes: [], keys: [] };
  for (let i = 0; i < keys.length; i += 1) {
    if (idf.idfOf(keys[i]!, fnv1a32(keys[i]!)) < minIdf) continue;
    rare.hashes.push(hashes[i]!);
    rare.keys.push(keys[i]!);
  }
  return rare.keys.length >= RARE_TITLE_KEYS ? rare : undefined;
}

/** A headline member's key hashes, as a headline's vector holds them (a restored member's, from its title's keys). */
export function headlineHashesOf(keys: readonly string[]): number[] {
  return [...new Set(keys)].map((key) => mix32(fnv1a32(key)));
}

/**
 * A restored headline member's key hashes: its title's keys and place keys (#pati beside @java),
 * as itemFeatures analysed them (a headline's text is its title), for story.ts's fromStory.
 */
export function restoredHeadlineHashes(lexicon: Lexicon): (title: string, lang: Lang) => number[] {
  return (title, lang) => {
    const { keys, places = [] } = analyzeText(`${title}\n`, lexicon, lang, { lang, places: true });
    return headlineHashesOf([...keys, ...places]);
  };
}

/** The member, keeping its key hashes when it is a headline alone and the join is `on`. */
export function withHeadlineHashes(member: MemberState, features: ItemFeatures, on: boolean): MemberState {
  if (on && features.titleOnly) member.headlineHashes = features.vector.hashes;
  return member;
}

/**
 * The rare keys the item shares with the first headline member of the story sharing at least
 * RARE_TITLE_KEYS of them and at least `minShare` of the shorter headline's keys; else undefined.
 */
export function sharedRareKeys(rare: RareKeys, features: ItemFeatures, state: StoryState, minShare: number): string[] | undefined {
  const itemHashes = features.vector.hashes;
  for (const member of state.members) {
    const hashes = member.headlineHashes;
    if (hashes === undefined || hashes.length < RARE_TITLE_KEYS) continue;
    let shared = 0;
    for (const hash of rare.hashes) if (hashes.includes(hash)) shared += 1;
    if (shared < RARE_TITLE_KEYS) continue;
    if (minShare > 0) {
      let common = 0;
      for (const hash of itemHashes) if (hashes.includes(hash)) common += 1;
      if (common < minShare * Math.min(itemHashes.length, hashes.length)) continue;
    }
    return rare.keys.filter((_, i) => hashes.includes(rare.hashes[i]!));
  }
  return undefined;
}
