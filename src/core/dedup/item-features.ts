// What the story index compares: an item reduced once to a weighted key vector, the named
// entities of its lead, a near-duplicate fingerprint and the time of its event.
import type { Lang } from '../model.ts';
import { isAboutPiece } from './about-piece.ts';
import { analyzeText } from '../text/analyze.ts';
import { datelineOf } from '../text/dateline.ts';
import { isEntityKey, type Lexicon } from '../text/lexicon.ts';
import { fingerprintHashes, fnv1a32, mix32, type Fingerprint } from './fingerprint.ts';
import { heaviest, sparseVectorOf, type SparseVector } from './sparse-vector.ts';
import type { IdfTable } from './idf-table.ts';
import { eventTimeMs, parseIsoMs } from './item-time.ts';

// Re-exported: callers that build features take the idf table from here.
export { IdfTable } from './idf-table.ts';

/** One news item as the story index sees it. */
export interface ClusterItem {
  id: string;
  title: string;
  summary: string;
  lang?: Lang;
  /** ISO 8601. */
  published?: string;
  source?: string;
  link?: string;
  /**
   * The item's title and summary as the matcher already analysed them (analyzeText of
   * "title\nsummary" in `lang`): the index takes the keys instead of analysing the text again,
   * when they were made with its own lexicon. A quarter of an item's time in the index is that
   * analysis, and in the worker every item reaching the index has just been matched.
   */
  analysed?: AnalysedText;
}

/** Keys of a text and the lexicon and language they were made with. */
export interface AnalysedText {
  lexicon: Lexicon;
  lang: Lang;
  keys: readonly string[];
  /** Its place keys (analyzeText with `places`): without them the index analyses the text again. */
  places?: readonly string[];
}

export interface ItemFeatures {
  lang: Lang;
  /** analyzeText keys weighted by the window's idf (IdfTable.weightOf), unit length. */
  vector: SparseVector;
  /** Indices into `vector` of its TOP_KEYS heaviest keys, heaviest first (a new story's index keys). */
  top: number[];
  /** Indices into `vector` of its LOOKUP_KEYS heaviest keys, heaviest first (the item's index look-ups). */
  lookup: number[];
  /** Persons, places and organisations named in the lead (title and first sentences), in order. */
  lead: string[];
  /** fnv1a32 of each `lead` key (the candidate index pairs them by hash). */
  leadHashes: number[];
  fingerprint: Fingerprint | undefined;
  /** Published time in ms, else undefined. */
  publishedMs: number | undefined;
  /** When the event happened: published, else a full date written in the text, else undefined. */
  eventMs: number | undefined;
  /**
   * The title's keys alone, weighted by their background idf (ordinary news), unit length (empty
   * without a title or for the cuts' decision). Not the window's idf: when a story is split, the window counts its subject
   * ("KUHAP") in each piece and weighs it down, which splits the story further.
   */
  titleVector: SparseVector;
  /** No summary: the title is the whole text. */
  titleOnly: boolean;
  /** The title reports what was said about an event or explains it, not a new act (about-piece.ts); read only when FeatureContext.aboutPieces asks. */
  aboutPiece: boolean;
}

/**
 * What the index knows beyond the item: its summary without the source's furniture, and whether
 * the title vector is wanted (the model's; the cuts' decision does without it).
 */
export interface FeatureContext {
  summary?: string;
  titles?: boolean;
  /**
   * What each occurrence of a title key counts for beyond its own in an item with a summary
   * (MATCH_CUTS.titleWeight; 0: the title's words count as the summary's). A title is the
   * outlet's statement of the event; a summary adds the outlet's own framing and background.
   */
  titleWeight?: number;
  /** Whether to read the title's kind of piece (about-piece.ts): only an index whose aboutPieceCutFactor is not 1 uses it. */
  aboutPieces?: boolean;
}

const EMPTY_VECTOR: SparseVector = { keys: [], hashes: [], weights: [], norm: 0 };

/**
 * The lead: the first 40 keys (after stopwords), about the title and two sentences. Who is in
 * the lead is who the story is about (Kim and Belousov; Choe and Lavrov); names further down are
 * background ("Putin launched the invasion in February 2022").
 */
export const LEAD_KEYS = 40;
/** A long article keeps its 64 heaviest keys: the rest barely moves a cosine and costs memory. */
export const MAX_VECTOR_KEYS = 64;
/**
 * Heaviest keys a story is posted under in the candidate index, per language centroid. An item
 * looks up all its keys: the words its story shares with it are the story's heaviest (its
 * subject: "Assad", "Syria"), which are seldom the item's own heaviest (the rare words of one
 * write-up: "statesman", "relics").
 */
export const TOP_KEYS = 8;
/**
 * Heaviest keys an item looks candidate stories up with: a story shares its subject with the
 * item among these (the development days' figures are the same with all 64).
 */
export const LOOKUP_KEYS = 16;

// Scratch space of itemFeatures, reused (it runs for every item, one at a time): an
// open-addressing table of the text's distinct keys, their counts and FNV hashes, and each
// key occurrence's hash for the fingerprint. Only the results are allocated per item.
let table = new Int32Array(128);
let counts = new Int32Array(64);
let fnvs = new Uint32Array(64);
let wordHashes = new Uint32Array(64);
const distinctKeys: string[] = [];

function reserve(keyCount: number): number {
  let size = table.length;
  while (size < 2 * keyCount) size *= 2;
  if (size > table.length) table = new Int32Array(size);
  if (keyCount > counts.length) {
    counts = new Int32Array(size);
    fnvs = new Uint32Array(size);
    wordHashes = new Uint32Array(size);
  }
  table.fill(0);
  return size - 1;
}

/** The scratch table's slot of `key`: the one holding it, else the empty one it would take. */
function slotOf(key: string, fnv: number, mask: number): number {
  let slot = fnv & mask;
  while (table[slot] !== 0 && distinctKeys[table[slot]! - 1] !== key) slot = (slot + 1) & mask;
  return slot;
}

/**
 * Counts one occurrence of `key` in the scratch table: true when it is new there (then stored as
 * distinct key number `distinct`), false when it was seen before.
 */
function countKey(key: string, fnv: number, mask: number, distinct: number): boolean {
  const slot = slotOf(key, fnv, mask);
  if (table[slot] !== 0) {
    const at = table[slot]! - 1;
    if (counts[at] !== 0) counts[at]! += 1;
    return false;
  }
  table[slot] = distinct + 1;
  distinctKeys[distinct] = key;
  fnvs[distinct] = fnv;
  counts[distinct] = 1;
  return true;
}

/**
 * Adds `weight` to the count of each occurrence of the title's keys among the text's (the title
 * was analysed apart: a phrase the text runs across its title's end is not one of the title's).
 */
function weighTitleKeys(titleKeys: readonly string[], weight: number, mask: number): void {
  for (const key of titleKeys) {
    const slot = slotOf(key, fnv1a32(key), mask);
    if (table[slot] === 0) continue;
    const at = table[slot]! - 1;
    if (counts[at] !== 0) counts[at]! += weight;
  }
}

/** Where touchKeys leaves what it read (so its reads are not optimised away). */
let touchedChars = 0;

/**
 * Reads each key's length, in a loop of its own: a key's string is likely a cache miss (a window's
 * vocabulary is large), and this short loop lets the CPU wait for many at once, where hashing them
 * one by one waits for each in turn. Decides nothing.
 */
function touchKeys(keys: readonly string[]): void {
  let chars = 0;
  for (let i = 0; i < keys.length; i += 1) chars += keys[i]!.length;
  touchedChars = chars;
}

/**
 * The names of the summary's dateline that its title does not say: where the outlet files from
 * ("Jakarta - ", "JAKARTA, KOMPAS.com - "), which every report of one bureau shares whatever it
 * tells. They stay in the vector (a city the day's reports share weighs little) but are no lead names.
 */
function datelineNames(summary: string, lexicon: Lexicon, lang: Lang, titleKeys: () => readonly string[]): ReadonlySet<string> {
  const dateline = datelineOf(summary);
  if (dateline === undefined) return NO_NAMES;
  const named = analyzeText(dateline, lexicon, lang, { lang }).keys.filter(isEntityKey);
  if (named.length === 0) return NO_NAMES;
  const inTitle = new Set(titleKeys());
  return new Set(named.filter((k) => !inTitle.has(k)));
}
const NO_NAMES: ReadonlySet<string> = new Set();

export function itemFeatures(item: ClusterItem, lexicon: Lexicon, idf: IdfTable, context: FeatureContext = {}): ItemFeatures {
  const summary = context.summary ?? item.summary;
  const text = item.title === '' ? summary : `${item.title}\n${summary}`;
  const handedOver = context.summary === undefined && item.analysed?.lexicon === lexicon && item.analysed.places !== undefined ? item.analysed : undefined;
  const { lang, keys, places = [] } = handedOver ?? analyzeText(text, lexicon, item.lang, { places: true });
  const mask = reserve(keys.length + places.length);
  let distinct = 0;
  const lead: string[] = [];
  const leadHashes: number[] = [];
  // The title's keys, analysed once when the dateline or the title weights ask for them.
  let titleKeys: readonly string[] | undefined;
  const titleKeysOf = () => (titleKeys ??= analyzeText(item.title, lexicon, lang, { lang }).keys);
  const filedFrom = datelineNames(summary, lexicon, lang, titleKeysOf);
  touchKeys(keys);
  for (let i = 0; i < keys.length; i += 1) {
    const key = keys[i]!;
    // Each key's FNV hash serves its fingerprint shingles and (mixed) its place in the vector.
    const fnv = fnv1a32(key);
    wordHashes[i] = fnv;
    if (!countKey(key, fnv, mask, distinct)) continue;
    if (isEntityKey(key) && i < LEAD_KEYS) {
      // Countries stay in the vector (the window's idf weighs a country every story names, as in
      // a one-country topic, at next to nothing) but are not lead names: a pair of lead names is
      // who a story is about, and many stories name the same countries.
      const type = lexicon.entities.get(key)?.type;
      if (type !== undefined && type !== 'country' && !filedFrom.has(key)) {
        lead.push(key);
        leadHashes.push(fnv);
      }
    }
    distinct += 1;
  }
  // The places named within region entities ("Bupati Pati": Java, and #pati) join the vector:
  // two stories in one region share the region, not the place. They are no lead names (the
  // region key is) and stay out of the fingerprint, which is the text's words as it was.
  for (const key of places) if (countKey(key, fnv1a32(key), mask, distinct)) distinct += 1;
  const titleWeight = context.titleWeight ?? 0;
  if (titleWeight > 0 && summary !== '' && item.title !== '') weighTitleKeys(titleKeysOf(), titleWeight, mask);
  const vector = weighVector(distinct, idf, summary === '');
  const publishedMs = parseIsoMs(item.published);
  // heaviest() ranks by weight, then index: the TOP_KEYS heaviest are the first of the LOOKUP_KEYS heaviest.
  const lookup = heaviest(vector, Math.max(LOOKUP_KEYS, TOP_KEYS));
  return {
    lang,
    vector,
    top: lookup.slice(0, TOP_KEYS),
    lookup: LOOKUP_KEYS >= TOP_KEYS ? lookup : lookup.slice(0, LOOKUP_KEYS),
    lead,
    leadHashes,
    fingerprint: fingerprintHashes(wordHashes, keys.length),
    publishedMs,
    eventMs: eventTimeMs(publishedMs, text),
    titleVector: context.titles === true ? titleVectorOf(item.title, lang, lexicon, idf) : EMPTY_VECTOR,
    titleOnly: summary === '',
    aboutPiece: context.aboutPieces === true && isAboutPiece(item.title, lang),
  };
}

/** The title's keys, (1 + ln tf) x the background idf, unit length. */
export function titleVectorOf(title: string, lang: Lang, lexicon: Lexicon, idf: IdfTable): SparseVector {
  const keys: string[] = [];
  const hashes: number[] = [];
  const weights: number[] = [];
  if (title !== '') {
    // A title has a dozen keys: its distinct ones are found by a scan, in first-seen order (a Map
    // per item cost more than the scan; issue 10, the model's speed), and counted in `weights`.
    for (const key of analyzeText(title, lexicon, lang, { lang }).keys) {
      const at = keys.indexOf(key);
      if (at !== -1) weights[at]! += 1;
      else {
        keys.push(key);
        weights.push(1);
      }
    }
    for (let i = 0; i < keys.length; i += 1) {
      const fnv = fnv1a32(keys[i]!);
      hashes.push(mix32(fnv));
      const count = weights[i]!;
      weights[i] = (count === 1 ? 1 : 1 + Math.log(count)) * idf.idfOf(keys[i]!, fnv);
    }
  }
  let norm = 0;
  for (const w of weights) norm += w * w;
  norm = Math.sqrt(norm);
  if (norm > 0) for (let i = 0; i < weights.length; i += 1) weights[i]! /= norm;
  return sparseVectorOf(keys, hashes, weights, keys.length);
}

// The vector's entries before sorting, reused like the scratch above: only the sorted vector,
// which a story keeps, is allocated per item.
const entryKeys: string[] = [];
const entryHashes: number[] = [];
const entryWeights: number[] = [];
/** The entries' tf factors, FNV hashes and window weights (IdfTable.weightsOf), before they are multiplied into entryWeights. */
let entryTfs = new Float64Array(64);
let entryFnvs = new Uint32Array(64);
let entryIdfs = new Float64Array(64);

/**
 * (1 + ln tf) x idf per distinct key in the scratch arrays (count 0: left out), the
 * MAX_VECTOR_KEYS heaviest kept, scaled to unit length.
 */
function weighVector(distinct: number, idf: IdfTable, headlineOnly: boolean): SparseVector {
  if (entryTfs.length < distinct) {
    entryTfs = new Float64Array(2 * distinct);
    entryFnvs = new Uint32Array(2 * distinct);
    entryIdfs = new Float64Array(2 * distinct);
  }
  let n = 0;
  for (let i = 0; i < distinct; i += 1) {
    const count = counts[i]!;
    if (count === 0) continue;
    entryKeys[n] = distinctKeys[i]!;
    entryHashes[n] = mix32(fnvs[i]!);
    entryFnvs[n] = fnvs[i]!;
    entryTfs[n] = count === 1 ? 1 : 1 + Math.log(count);
    n += 1;
  }
  // Every key's window weight at once (IdfTable.weightsOf: its reads of the tables overlap).
  idf.weightsOf(entryKeys, entryFnvs, entryHashes, n, headlineOnly, entryIdfs);
  for (let i = 0; i < n; i += 1) entryWeights[i] = entryTfs[i]! * entryIdfs[i]!;
  if (n > MAX_VECTOR_KEYS) n = keepHeaviestEntries(n);
  let norm = 0;
  for (let i = 0; i < n; i += 1) norm += entryWeights[i]! * entryWeights[i]!;
  norm = Math.sqrt(norm);
  if (norm > 0) for (let i = 0; i < n; i += 1) entryWeights[i]! /= norm;
  return sparseVectorOf(entryKeys, entryHashes, entryWeights, n);
}

/** A long text's MAX_VECTOR_KEYS heaviest entries, moved to the front heaviest first (the order its norm sums in). */
function keepHeaviestEntries(n: number): number {
  const top = heaviest({ keys: entryKeys, hashes: entryHashes, weights: entryWeights.slice(0, n), norm: 0 }, MAX_VECTOR_KEYS);
  const [keys, hashes, weights] = [top.map((i) => entryKeys[i]!), top.map((i) => entryHashes[i]!), top.map((i) => entryWeights[i]!)];
  for (let i = 0; i < top.length; i += 1) {
    entryKeys[i] = keys[i]!;
    entryHashes[i] = hashes[i]!;
    entryWeights[i] = weights[i]!;
  }
  return top.length;
}
