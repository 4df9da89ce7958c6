// The cuts that decide "same story" and the keys that find candidate stories.
import type { Lang } from '../model.ts';
import type { Lexicon } from '../text/lexicon.ts';
import type { IndexKey } from './candidate-index.ts';
import { fnv1a32, mix32, type Fingerprint } from './fingerprint.ts';
import { TOP_KEYS, type ItemFeatures } from './item-features.ts';
import { heaviest } from './sparse-vector.ts';
import type { StoryState } from './story.ts';

/**
 * When an item joins a story: its cosine with the story's centroid (the sum of its members' unit
 * vectors, weighted by the window's idf) reaches a cut that falls with the story's size, as
 * minCosine x members^-sizeExponent. A centroid of many write-ups spreads its weight over all
 * their words, so a new report of a big story meets it at a lower cosine than a one-item story
 * (measured on the development days: the same-story cosines of a 50-item story sit near half
 * those of a 2-item one). Across languages (an Indonesian item and an English story, or back)
 * the cut is crossLanguageMinCosine x members^-sizeExponent, and they must share two lead names:
 * translation folds only part of the vocabulary. An item sharing two or more lead names with the
 * story (who it is about) meets cuts multiplied by namedCutFactor. idfPriorStories is how many stories' worth of
 * evidence the background table counts for against the window's own (IdfTable.weightOf).
 *
 * A headline alone (an item without a summary: the Indonesian stream's titles) has its own prior
 * and cut, headlineIdfPriorStories and headlineMinCosine in place of idfPriorStories and minCosine.
 * A headline shares one or two words with its story's other headlines, most often the event's own
 * ("KUHAP", "Curacao"); until its story has gathered its reports, the window counts that word in
 * every piece the story is still split into and weighs it down, which keeps the story split. A
 * prior of more stories leans on ordinary news longer, where the event's word is rare. Items with
 * a text carry more shared words, and there the window's own counts are what keep neighbouring
 * events apart (the fall of Assad and its Syrian neighbours), so their prior stays.
 *
 * The values are printed by `npx tsx scripts/story-curve.ts`: its precision/recall curve (pair
 * and B-cubed) over the development days (../shared/eval/stories-dev-en.jsonl, the Indonesian days
 * in tests/fixtures/stories-id/ when present) and dev.jsonl's labelled pairs, and the rule that
 * picks them (the best mean over the days, each replayed in a window of its own, of the day's pair
 * F1 and B-cubed F1, with pair precision at least
 * 0.9 over all days, over each day set and in the mean of the days', 1.0 on the labelled pairs,
 * and the default topic's seed window right; the headline cuts in a second stage, the rare-word
 * join in a third, the scarce-key check in a fourth, the model's veto in a fifth). Change them
 * only by rerunning it.
 */
export const MATCH_CUTS = {
  minCosine: 0.45,
  sizeExponent: 0.1,
  crossLanguageMinCosine: 0.1,
  /**
   * Words rare in both languages' ordinary news (background idf at least this in each) that an
   * item shares with a story's other-language centroid count as shared names across languages
   * (cross-anchors.ts); 0: lexicon names only.
   */
  crossAnchorMinIdf: 6,
  /**
   * Countries both name count as shared names across languages at this many times the
   * cross-language cut (cross-anchors.ts, crossCountryCutFactor); 0: never.
   */
  crossCountryCutFactor: 3,
  /**
   * Ordinary news's worth, in stories, against the window's own counts, for an item with a text
   * (a headline alone: headlineIdfPriorStories). A topic's index holds only the topic's news, so
   * the topic's own words are in every story of its window: at 30 they weighed next to nothing and
   * two reports of one event shared nothing that counted (the topic windows' pair F1 0.07). At 1000
   * a window of a whole day (hundreds of stories) still counts for a third; fitted with the topic
   * windows beside the days (story-curve.ts; README, "Stories in a topic's own window").
   */
  idfPriorStories: 1000,
  /**
   * The cuts' factor when the item or the story has no event time (no date published or written in
   * the lead): the window cannot vouch that they are of one time, so the text must say more. An
   * undated page of Putin's arrival in Pyongyang otherwise joined Kim's visit to Vostochny.
   */
  undatedCutFactor: 1.3,
  namedCutFactor: 0.8,
  /**
   * The same-language cut's factor for an item whose source no member of the story has (1: off):
   * at the same cosine, two reports from different outlets are more often one event than two from
   * one outlet (an outlet tells an event once, then updates it).
   */
  newSourceCutFactor: 1,
  /**
   * The same-language cut's factor for an item whose title reports what was said about an event or
   * explains it (about-piece.ts; 1: off): the days' labels join statements, reactions and explainers
   * to the event they are about. Read from scripts/story-about-curve.ts.
   */
  aboutPieceCutFactor: 1,
  /**
   * What a title key's occurrence counts for beyond its own in an item with a summary
   * (FeatureContext.titleWeight); 0: title and summary words alike. story-curve.ts crosses 0 / 1 / 2
   * with the first stage's cuts: every point weighing the title at minCosine 0.35 merges two events
   * of the default topic's seed window, and the one that keeps it right (0.40) scores under 0
   * (README, "A title's words weighed up").
   */
  titleWeight: 0,
  /**
   * A headline alone's cut and prior, fitted by story-curve.ts on eighteen development days (six
   * English, four of them read from STORY_EN_RAW: tests/fixtures/stories-en/README.md; twelve
   * Indonesian): on them the cuts fitted on fourteen (headline 0.4 / 1000, rare-word factor 0.5)
   * fall under the precision floor (mean of the days' pair precision 0.897). README, "Development
   * figures".
   */
  headlineMinCosine: 0.45,
  headlineIdfPriorStories: 3000,
  /**
   * The second look (subject-check.ts, StoryIndexOptions.subjectMinCosine); 0: none. Opt-in:
   * `story-curve.ts --second-look` picks 0.4 with these two (development days overall pair F1
   * 0.568 -> 0.573, B3 0.854 -> 0.858), but on the held-out days both lose pair precision (English
   * 2025-02-12 0.905 -> 0.848, Indonesian 2026-01-21 0.878 -> 0.871, its pair F1 0.519 -> 0.501).
   * Measured before the place keys and the headline prior of 300.
   */
  subjectMinCosine: 0,
  subjectNoveltyKeys: 5,
  subjectNoveltyMax: 0.6,
  /**
   * The rare-word join (rare-title.ts, StoryIndexOptions.rareTitleMinIdf); 0: none. A headline
   * alone sharing two keys (its place keys among them) of background idf at least rareTitleMinIdf,
   * and at least rareTitleMinShare of the shorter headline's keys, with a headline member of the
   * story meets its cut multiplied by rareTitleCutFactor: story-curve.ts's third stage, after the
   * headline cuts.
   */
  rareTitleMinIdf: 8,
  rareTitleCutFactor: 0.25,
  rareTitleMinShare: 0,
  /**
   * The scarce-key check (common-keys.ts, StoryIndexOptions.scarceKeyMaxStories); 0: none. A
   * headline alone joins a same-language story only when it shares with it a key that at most this
   * many of the window's other stories hold: sharing only an occasion's name and the day's common
   * words ("SEA Games 2025", "Aceh", "bantuan") is another event under that name. story-curve.ts's
   * fourth stage, after the rare-word join (2-10 stories, off a point of the grid).
   */
  scarceKeyMaxStories: 4,
  /**
   * The model's veto (model-veto.ts, StoryIndexOptions.modelVetoMargin); -Infinity: none. A
   * same-language join the cuts accept is refused when the fitted model (story-model.ts,
   * STORY_MODEL) scores the item against that story below STORY_MODEL.cut + this; the next join
   * the cuts accept is then asked. story-curve.ts's fifth stage, after the scarce-key check (-3 to
   * 0.5, off a point of the grid): the objective is flat from -3 to -1 (within 0.0007 on the eight
   * days) and falls above.
   */
  modelVetoMargin: -Infinity,
  /**
   * The soft match (soft-title.ts, StoryIndexOptions.softTitleWeight); 0: none. A headline alone is
   * also met with a story by its vector expanded by each key's softTitlePerWord strongest associates
   * in ordinary news (share at least softTitleMinShare), at softTitleWeight of the key's weight;
   * with gate (b) (softTitleCutFactor below 1) such a soft cosine reaching the cut lowers it to
   * cut x softTitleCutFactor for the headline's own cosine, as the rare-word join does; gate (a)
   * (softTitleMinFraction) counts the soft cosine only where the headline's own reaches that share of
   * the cut. After the rare-word join has lowered a cut, gate (b) lowers that cut again (the plain
   * cosine then needs cut x rareTitleCutFactor x softTitleCutFactor); the curve fitted them so. Opt-in (`story-curve.ts --soft-title`, on the association table built without the
   * labelled days): its pick moves with the table (0.5, 3, 0.1, gate (b) 0.6 on one; 0.75, 2, 0.1 on
   * one that also leaves out two newer held-out days, where the first point falls from 0.7184 to
   * 0.7109), and on the six held-out days it costs pair precision (README "How stories are
   * decided"). Off; the others hold its first pick.
   */
  softTitleWeight: 0,
  softTitlePerWord: 3,
  softTitleMinShare: 0.1,
  softTitleMinFraction: 0,
  softTitleCutFactor: 0.6,
  /**
   * The bridge merge (bridge-merge.ts, StoryIndexOptions.bridgeMergeFactor); 0: none. An item
   * joining its story and meeting a second same-language candidate at bridgeMergeFactor x that
   * story's cut merges the second into the first; bridgeMergeCentroid (0: no gate) also asks the two
   * centroids to meet that multiple of the cut of a story of both sizes. Opt-in
   * (`story-curve.ts --bridge`, a stage after the model's veto; off a point of the grid, ties to
   * off): it picks factor 2 ungated (every lower factor fails the precision floor; development
   * objective 0.7018 -> 0.7124, the Riau governor's 27- and 13-item pieces one), but on the eight
   * held-out days the mean pair F1 moves 0.532 -> 0.539 (one merge, 2026-01-21), short of the 0.01
   * its keep rule asked. Off.
   */
  bridgeMergeFactor: 0,
  bridgeMergeCentroid: 0,
} as const;

/**
 * The cross-language cut of a story for an item in `lang`, sharing `shared` lead names with it:
 * crossLanguageMinCosine x n^-sizeExponent, n the story's members in the other language (the ones
 * its other-language centroid sums: a story of thirty English reports and one Indonesian headline
 * meets an English item at the cut of one Indonesian item, not of thirty-one), times
 * namedCutFactor when two or more are shared. The cuts' own judgement (StoryIndex), the model's
 * veto (model-veto.ts) and the names counted across languages (cross-anchors.ts) all read it here.
 */
export function crossLanguageCut(o: { crossLanguageMinCosine: number; sizeExponent: number; namedCutFactor: number }, state: StoryState, lang: Lang, shared: number): number {
  let members = 0;
  for (const member of state.members) if (member.lang !== lang) members += 1;
  return o.crossLanguageMinCosine * (Math.pow(Math.max(1, members), -o.sizeExponent) * (shared >= 2 ? o.namedCutFactor : 1));
}

/**
 * Whether an item in `lang` may join the story across languages: when the story holds at least as
 * many reports in the other language as in the item's. Else its own language's centroid, the
 * better-evidenced one, judges it at the same-language cut: an English report would otherwise join
 * a story of thirty English reports through the one Indonesian headline it also holds, whose few
 * words (the mayor's name, "New York", "mayor") any report naming him shares (measured on the
 * cross-language day, scripts/story-cross-day.ts: the New York fire chief's resignation and the
 * mayor's transition joined his win that way). The cuts (StoryIndex) and the model's veto
 * (model-veto.ts) both ask it.
 */
export function acrossLanguages(state: StoryState, lang: Lang): boolean {
  let own = 0;
  for (const member of state.members) if (member.lang === lang) own += 1;
  return 2 * own <= state.members.length;
}

/**
 * A near-duplicate's content cosine with its story is at least this. The edited copies measured
 * for the SimHash cut have cosine 0.35-1 with their original (5th percentile 0.69; the low ones
 * are footers longer than the item); unrelated items short enough to collide in SimHash share a
 * few words (cosine under 0.3).
 */
export const NEAR_DUPLICATE_MIN_COSINE = 0.5;

/**
 * Candidate keys. A story is posted under the pairs of its first lead names, its centroids'
 * TOP_KEYS heaviest words and its members' fingerprint bands; an item looks up every key of its
 * vector (the index reads the shortest posting lists first, within a budget), its name pairs and
 * its bands.
 *
 * Keys are 32-bit hashes, not strings: the index is a map of some 100,000 keys read and written
 * for every item, and number keys are compared in the table without reading a string (no pair
 * string is built either). Keys hashing alike only make a story a candidate, which the scoring
 * then judges on the real keys.
 */
/** Lead names paired per side (the first ones: who the story is about): 3 names make 3 pairs. */
const PAIRED_NAMES = 3;
const PAIR_OR_BAND_WEIGHT = 1;
/** Members whose fingerprint bands a story is posted under (the latest ones). */
const BANDED_MEMBERS = 8;
const PAIR_SALT = 0x2545f491;
const BAND_SALT = 0x7feb352d;

/**
 * Index keys keep 30 of the 32 hash bits: V8 stores integers below 2^30 unboxed (Smis), so map
 * keys are compared in the table; larger ones are heap numbers, a pointer chased per probe.
 */
const indexKey = (hash: number): IndexKey => hash & 0x3fff_ffff;

/**
 * 64 bits in 4 bands of 16: fingerprints within 3 bits share a band (pigeonhole), closer copies
 * usually do; the rest of a copy's story is found by its words and names. Written into `keys`
 * from `at` (its end unless given); returns the end.
 */
function bandKeys(fp: Fingerprint, keys: IndexKey[], at = keys.length): number {
  keys[at] = indexKey(mix32(BAND_SALT ^ (fp.hi >>> 16)));
  keys[at + 1] = indexKey(mix32(BAND_SALT ^ (0x1_0000 + (fp.hi & 0xffff))));
  keys[at + 2] = indexKey(mix32(BAND_SALT ^ (0x2_0000 + (fp.lo >>> 16))));
  keys[at + 3] = indexKey(mix32(BAND_SALT ^ (0x3_0000 + (fp.lo & 0xffff))));
  return at + 4;
}

/** Each paired name's hash, hashed once per call (each name is in two pairs). */
const nameHashes: number[] = [];

/** Unordered pairs of the first PAIRED_NAMES names (the lower hash first), written as bandKeys writes. */
function pairKeys(names: readonly string[], keys: IndexKey[], at = keys.length): number {
  const count = Math.min(PAIRED_NAMES, names.length);
  for (let i = 0; i < count; i += 1) nameHashes[i] = fnv1a32(names[i]!);
  return pairHashKeys(nameHashes, count, keys, at);
}

/** pairKeys of names given as their fnv1a32 hashes (the first `count`). */
function pairHashKeys(hashes: readonly number[], count: number, keys: IndexKey[], at: number): number {
  for (let i = 0; i < count; i += 1) {
    const hi = hashes[i]!;
    for (let j = i + 1; j < count; j += 1) {
      const hj = hashes[j]!;
      keys[at] = indexKey(mix32(Math.imul(Math.min(hi, hj) ^ PAIR_SALT, 0x9e3779b1) ^ Math.max(hi, hj)));
      at += 1;
    }
  }
  return at;
}

// Scratch of candidateKeys, reused: it runs for every item, and its keys only live until the
// lookup that reads them.
const lookupKeys: IndexKey[] = [];
const lookupWeights: number[] = [];

/**
 * Keys the item looks up, and how much each shared key counts towards being scored: the first
 * `count` entries of the arrays, which the next call overwrites.
 */
export function candidateKeys(features: ItemFeatures): { keys: readonly IndexKey[]; weights: readonly number[]; count: number } {
  const keys = lookupKeys;
  const weights = lookupWeights;
  let count = 0;
  const { hashes, weights: vectorWeights } = features.vector;
  for (const i of features.lookup) {
    keys[count] = indexKey(hashes[i]!);
    weights[count] = vectorWeights[i]!;
    count += 1;
  }
  const words = count;
  count = pairHashKeys(features.leadHashes, Math.min(PAIRED_NAMES, features.lead.length), keys, count);
  if (features.fingerprint !== undefined) count = bandKeys(features.fingerprint, keys, count);
  // Pairs and bands count 1 each.
  for (let i = words; i < count; i += 1) weights[i] = PAIR_OR_BAND_WEIGHT;
  return { keys, weights, count };
}

/** Keys a new story of one item is posted under: its lead name pairs, heaviest words and bands. */
export function newStoryKeys(features: ItemFeatures): IndexKey[] {
  const keys: IndexKey[] = [];
  pairHashKeys(features.leadHashes, Math.min(PAIRED_NAMES, features.lead.length), keys, 0);
  for (const i of features.top) keys.push(indexKey(features.vector.hashes[i]!));
  if (features.fingerprint !== undefined) bandKeys(features.fingerprint, keys);
  return keys;
}

/** Keys a story is posted under: pairs of its lead names, its centroids' heaviest words, its members' bands. */
export function storyIndexKeys(state: StoryState): IndexKey[] {
  const keys: IndexKey[] = [];
  pairKeys(state.members.length === 1 ? state.names : mostNamed(state, PAIRED_NAMES), keys);
  for (const centroid of [state.centroids.id, state.centroids.en]) {
    if (centroid === undefined) continue;
    for (const i of heaviest(centroid, TOP_KEYS)) keys.push(indexKey(centroid.hashes[i]!));
  }
  // The latest members' bands: a story's index keys stay bounded however many reports it gets (a
  // copy of an older member still shares its words).
  for (const member of state.members.slice(-BANDED_MEMBERS)) if (member.fingerprint !== undefined) bandKeys(member.fingerprint, keys);
  // A story of one item (most of a window) has distinct keys; a longer one can repeat some.
  return [...new Set(keys)];
}

/**
 * The `count` lead names named most, most named first; ties in the order the story first named
 * them (what a stable sort by count would put first), picked without sorting them all: a story's
 * keys are rebuilt on every report it gets.
 */
function mostNamed(state: StoryState, count: number): string[] {
  const { names, nameCounts } = state;
  const top: number[] = [];
  for (let i = 0; i < names.length; i += 1) {
    const n = nameCounts[i]!;
    // After every kept name named at least as often (an earlier name wins a tie).
    let at = top.length;
    while (at > 0 && nameCounts[top[at - 1]!]! < n) at -= 1;
    if (at >= count) continue;
    top.splice(at, 0, i);
    if (top.length > count) top.pop();
  }
  return top.map((i) => names[i]!);
}

/** "Kim Jong Un, Andrei Belousov" from entity keys. */
export function describeEntities(keys: readonly string[], lexicon: Lexicon): string {
  return keys.map((key) => lexicon.labels.get(key) ?? key).join(', ');
}
