// What the story index compares: an item reduced once to a weighted key vector, the named
// entities of its lead, a near-duplicate fingerprint and the time of its event.
import type { Lang } from '../model.ts';
import type { Background } from '../profile/background.ts';
import { analyzeText } from '../text/analyze.ts';
import { isEntityKey, type Lexicon } from '../text/lexicon.ts';
import { fingerprintHashes, fnv1a32, mix32, type Fingerprint } from './fingerprint.ts';
import { heaviest, sparseVector, type SparseVector } from './sparse-vector.ts';
import { mentionedDateMs, parseIsoMs } from './item-time.ts';

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
}

export interface ItemFeatures {
  lang: Lang;
  /** idf-weighted analyzeText keys without country names, unit length. */
  vector: SparseVector;
  /** Indices into `vector` of its heaviest keys, heaviest first (the item's index look-ups). */
  top: number[];
  /** Persons, places and organisations named in the lead (title and first sentences), in order. */
  lead: string[];
  fingerprint: Fingerprint | undefined;
  /** Published time in ms, else undefined. */
  publishedMs: number | undefined;
  /** When the event happened: published, else a full date written in the text, else undefined. */
  eventMs: number | undefined;
}

/**
 * The lead: the first 40 keys (after stopwords), about the title and two sentences. Who is in
 * the lead is who the story is about (Kim and Belousov; Choe and Lavrov); names further down are
 * background ("Putin launched the invasion in February 2022").
 */
export const LEAD_KEYS = 40;
/** A long article keeps its 64 heaviest keys: the rest barely moves a cosine and costs memory. */
export const MAX_VECTOR_KEYS = 64;
/** Heaviest keys an item looks candidate stories up with (and a story is posted under). */
export const TOP_KEYS = 6;

/** idf = -ln P(key in an ordinary news headline), cached per key (the background is fixed). */
export class IdfTable {
  private readonly cache = new Map<string, number>();
  private static readonly LIMIT = 200_000;

  constructor(private readonly background: Background) {}

  idf(key: string): number {
    let value = this.cache.get(key);
    if (value === undefined) {
      value = -Math.log(this.background.probability(key));
      if (this.cache.size >= IdfTable.LIMIT) this.cache.clear();
      this.cache.set(key, value);
    }
    return value;
  }
}

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

export function itemFeatures(item: ClusterItem, lexicon: Lexicon, idf: IdfTable): ItemFeatures {
  const text = item.title === '' ? item.summary : `${item.title}\n${item.summary}`;
  const { lang, keys } = analyzeText(text, lexicon, item.lang);
  const mask = reserve(keys.length);
  let distinct = 0;
  const lead: string[] = [];
  for (let i = 0; i < keys.length; i += 1) {
    const key = keys[i]!;
    // Each key's FNV hash serves its fingerprint shingles and (mixed) its place in the vector.
    const fnv = fnv1a32(key);
    wordHashes[i] = fnv;
    let slot = fnv & mask;
    while (table[slot] !== 0 && distinctKeys[table[slot]! - 1] !== key) slot = (slot + 1) & mask;
    if (table[slot] !== 0) {
      const at = table[slot]! - 1;
      if (counts[at] !== 0) counts[at]! += 1;
      continue;
    }
    table[slot] = distinct + 1;
    distinctKeys[distinct] = key;
    fnvs[distinct] = fnv;
    counts[distinct] = 1;
    if (isEntityKey(key)) {
      const type = lexicon.entities.get(key)?.type;
      // Every story of a topic names its countries: they say nothing about which story it is.
      if (type === 'country') counts[distinct] = 0;
      else if (type !== undefined && i < LEAD_KEYS) lead.push(key);
    }
    distinct += 1;
  }
  const vector = weighVector(distinct, idf);
  const publishedMs = parseIsoMs(item.published);
  return {
    lang,
    vector,
    top: heaviest(vector, TOP_KEYS),
    lead,
    fingerprint: fingerprintHashes(wordHashes, keys.length),
    publishedMs,
    eventMs: publishedMs ?? mentionedDateMs(text),
  };
}

/**
 * (1 + ln tf) x idf per distinct key in the scratch arrays (count 0: left out), the
 * MAX_VECTOR_KEYS heaviest kept, scaled to unit length.
 */
function weighVector(distinct: number, idf: IdfTable): SparseVector {
  let kept = 0;
  for (let i = 0; i < distinct; i += 1) if (counts[i] !== 0) kept += 1;
  let keys = new Array<string>(kept);
  let hashes = new Array<number>(kept);
  let weights = new Array<number>(kept);
  let n = 0;
  for (let i = 0; i < distinct; i += 1) {
    const count = counts[i]!;
    if (count === 0) continue;
    keys[n] = distinctKeys[i]!;
    hashes[n] = mix32(fnvs[i]!);
    weights[n] = (count === 1 ? 1 : 1 + Math.log(count)) * idf.idf(distinctKeys[i]!);
    n += 1;
  }
  if (kept > MAX_VECTOR_KEYS) {
    const top = heaviest({ keys, hashes, weights, norm: 0 }, MAX_VECTOR_KEYS);
    [keys, hashes, weights] = [top.map((i) => keys[i]!), top.map((i) => hashes[i]!), top.map((i) => weights[i]!)];
  }
  let norm = 0;
  for (const w of weights) norm += w * w;
  norm = Math.sqrt(norm);
  if (norm > 0) for (let i = 0; i < weights.length; i += 1) weights[i]! /= norm;
  return sparseVector(keys, hashes, weights);
}
