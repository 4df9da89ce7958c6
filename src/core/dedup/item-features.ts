// What the story index compares: an item reduced once to a weighted key vector, the named
// entities of its lead, a near-duplicate fingerprint and the time of its event.
import type { Lang } from '../model.ts';
import type { Background } from '../profile/background.ts';
import { analyzeText } from '../text/analyze.ts';
import { isEntityKey, type Lexicon } from '../text/lexicon.ts';
import { fingerprintWords, type Fingerprint } from './fingerprint.ts';
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
  /** idf-weighted analyzeText keys without country names, heaviest first, and their weights (unit length). */
  keys: string[];
  weights: number[];
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

export function itemFeatures(item: ClusterItem, lexicon: Lexicon, idf: IdfTable): ItemFeatures {
  const text = item.title === '' ? item.summary : `${item.title}\n${item.summary}`;
  const { lang, keys } = analyzeText(text, lexicon, item.lang);
  const counts = new Map<string, number>();
  const lead: string[] = [];
  for (let i = 0; i < keys.length; i += 1) {
    const key = keys[i]!;
    if (isEntityKey(key)) {
      const type = lexicon.entities.get(key)?.type;
      // Every story of a topic names its countries: they say nothing about which story it is.
      if (type === 'country') continue;
      if (type !== undefined && i < LEAD_KEYS && !lead.includes(key)) lead.push(key);
    }
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const { keys: heaviest, weights } = weighVector(counts, idf);
  const publishedMs = parseIsoMs(item.published);
  return { lang, keys: heaviest, weights, lead, fingerprint: fingerprintWords(keys), publishedMs, eventMs: publishedMs ?? mentionedDateMs(text) };
}

/**
 * (1 + ln tf) x idf per key, heaviest first (ties by key), the MAX_VECTOR_KEYS heaviest kept,
 * scaled to unit length. Parallel arrays: a window holds thousands of these.
 */
function weighVector(counts: ReadonlyMap<string, number>, idf: IdfTable): { keys: string[]; weights: number[] } {
  const all = [...counts.keys()];
  const raw = all.map((key) => {
    const count = counts.get(key)!;
    return (count === 1 ? 1 : 1 + Math.log(count)) * idf.idf(key);
  });
  const order = all.map((_, i) => i).sort((a, b) => raw[b]! - raw[a]! || (all[a]! < all[b]! ? -1 : 1));
  if (order.length > MAX_VECTOR_KEYS) order.length = MAX_VECTOR_KEYS;
  const keys = order.map((i) => all[i]!);
  const weights = order.map((i) => raw[i]!);
  let norm = 0;
  for (const w of weights) norm += w * w;
  norm = Math.sqrt(norm);
  if (norm > 0) for (let i = 0; i < weights.length; i += 1) weights[i]! /= norm;
  return { keys, weights };
}
