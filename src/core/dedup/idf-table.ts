// How rare a key is in ordinary news, for the story index's key weights: every distinct key of
// every item needs it, so it is cached, per background and across indexes.
import type { Background } from '../profile/background.ts';
import { fnv1a32 } from './fingerprint.ts';
import type { StoryFrequencies } from './story-frequencies.ts';

const CACHE_LIMIT = 200_000;
/** Numbers per cache slot: hash, idf, exp(-idf). */
const CELL = 3;

/**
 * key -> idf, by open addressing on the key's FNV hash: each slot's hash and idf side by side in
 * one typed array, its key beside. A window's vocabulary is too big for the CPU's caches, and a
 * lookup here reads two places (the key only when the hash matches) where a Map reads three (its
 * bucket, its entry, the boxed number). Beside the idf sits exp(-idf), which every window weight
 * reads (IdfTable.weightOf): worked out once per key, not once per key per item.
 */
class IdfCache {
  /** [hash, idf, exp(-idf)] per slot; NaN hash: empty. */
  private cells = new Float64Array(CELL * 1024).fill(Number.NaN);
  private keys: Array<string | undefined> = new Array<string | undefined>(1024).fill(undefined);
  private mask = 1024 - 1;
  private size = 0;

  /** The slot holding `key` (find it at cells()[CELL * slot + 1], exp(-idf) next), else -1. */
  find(key: string, hash: number): number {
    for (let slot = this.slotOf(hash); ; slot = (slot + 1) & this.mask) {
      const stored = this.cells[CELL * slot]!;
      if (stored === hash) {
        if (this.keys[slot] === key) return slot;
      } else if (Number.isNaN(stored)) {
        return -1;
      }
    }
  }

  /** The table find() and set() index (replaced when it grows). */
  get table(): Float64Array {
    return this.cells;
  }

  /** Places `key`; returns its slot. */
  set(key: string, hash: number, idf: number): number {
    if (this.size >= CACHE_LIMIT) this.clear();
    if (2 * (this.size + 1) > this.mask + 1) this.grow();
    this.size += 1;
    return this.place(key, hash, idf, Math.exp(-idf));
  }

  /** FNV-1a's low bits are its weakest: fold the high ones in. */
  private slotOf(hash: number): number {
    return (hash ^ (hash >>> 16)) & this.mask;
  }

  private place(key: string, hash: number, idf: number, negExp: number): number {
    let slot = this.slotOf(hash);
    while (!Number.isNaN(this.cells[CELL * slot]!)) slot = (slot + 1) & this.mask;
    this.cells[CELL * slot] = hash;
    this.cells[CELL * slot + 1] = idf;
    this.cells[CELL * slot + 2] = negExp;
    this.keys[slot] = key;
    return slot;
  }

  /** Doubles the slots (load stays at most 1/2) and places every entry again. */
  private grow(): void {
    const { cells, keys } = this;
    this.cells = new Float64Array(2 * cells.length).fill(Number.NaN);
    this.keys = new Array<string | undefined>(2 * keys.length).fill(undefined);
    this.mask = 2 * keys.length - 1;
    for (let slot = 0; slot < keys.length; slot += 1) if (keys[slot] !== undefined) this.place(keys[slot]!, cells[CELL * slot]!, cells[CELL * slot + 1]!, cells[CELL * slot + 2]!);
  }

  private clear(): void {
    this.cells.fill(Number.NaN);
    this.keys.fill(undefined);
    this.size = 0;
  }
}

/**
 * Each background's cache, shared by the tables built on it: a background is fixed data, and the
 * worker builds a story index (so a table) per topic and cycle, each of which would otherwise
 * start cold and look up every key of its items in the background again.
 */
const caches = new WeakMap<Background, IdfCache>();

/** Scratch of IdfTable.weightsOf: the keys' window counts. */
let windowCounts = new Int32Array(64);

/**
 * idf = -ln P(key in an ordinary news headline), cached per key (the background is fixed); with
 * the window's story frequencies, the idf of the key among the window's stories, the background
 * standing in as `priorStories` stories' worth of evidence (so a key is judged by ordinary news
 * while the window is small, by the window's own news once it is not). A headline alone (an item
 * without a summary) is weighed with `headlinePriorStories` instead: see MATCH_CUTS.
 */
export class IdfTable {
  private readonly cache: IdfCache;

  constructor(
    private readonly background: Background,
    private readonly frequencies?: StoryFrequencies,
    private readonly priorStories = 0,
    private readonly headlinePriorStories = priorStories,
  ) {
    let cache = caches.get(background);
    if (cache === undefined) {
      cache = new IdfCache();
      caches.set(background, cache);
    }
    this.cache = cache;
  }

  idf(key: string): number {
    return this.idfOf(key, fnv1a32(key));
  }

  /**
   * The weight of a key in a story vector: ln((S + m) / (df + m p)) over the window's S stories,
   * df of which use the key, with the background probability p as m stories' worth of prior
   * (m = headlinePriorStories for a headline alone, else priorStories).
   * `hash` is the key's vector hash (mix32 of fnv). Without frequencies: the background idf.
   */
  weightOf(key: string, fnv: number, hash: number, headlineOnly = false): number {
    const slot = this.slotOf(key, fnv);
    if (this.frequencies === undefined) return this.cache.table[CELL * slot + 1]!;
    const m = headlineOnly ? this.headlinePriorStories : this.priorStories;
    return Math.log((this.frequencies.size + m) / (this.frequencies.count(hash) + m * this.cache.table[CELL * slot + 2]!));
  }

  /**
   * weightOf of n keys at once: out[i] = weightOf(keys[i], fnvs[i], hashes[i], headlineOnly), the
   * same numbers. The keys' cache slots, then their window counts, are each read in a loop of their
   * own: every read is likely a cache miss, and short loops of independent reads let the CPU wait
   * for several at once, where one loop doing both (and the logarithm) waits for them in turn.
   */
  weightsOf(keys: readonly string[], fnvs: ArrayLike<number>, hashes: ArrayLike<number>, n: number, headlineOnly: boolean, out: Float64Array): void {
    // The values, not slots: looking a key up in the background may grow or clear the cache.
    const frequencies = this.frequencies;
    const at = frequencies === undefined ? 1 : 2;
    for (let i = 0; i < n; i += 1) {
      const slot = this.slotOf(keys[i]!, fnvs[i]!);
      out[i] = this.cache.table[CELL * slot + at]!;
    }
    if (frequencies === undefined) return;
    if (windowCounts.length < n) windowCounts = new Int32Array(Math.max(n, 2 * windowCounts.length));
    const counts = windowCounts;
    for (let i = 0; i < n; i += 1) counts[i] = frequencies.count(hashes[i]!);
    const m = headlineOnly ? this.headlinePriorStories : this.priorStories;
    const stories = frequencies.size + m;
    for (let i = 0; i < n; i += 1) out[i] = Math.log(stories / (counts[i]! + m * out[i]!));
  }

  /**
   * idfOf / weightOf: what turns the key's window weight back into its background idf (tf kept);
   * 1 without frequencies, 0 when the window weighs the key at nothing. `headlineOnly` as in
   * weightOf: the prior the key was weighed with.
   */
  backgroundRatio(key: string, fnv: number, hash: number, headlineOnly = false): number {
    const background = this.idfOf(key, fnv);
    if (this.frequencies === undefined) return 1;
    const m = headlineOnly ? this.headlinePriorStories : this.priorStories;
    const window = Math.log((this.frequencies.size + m) / (this.frequencies.count(hash) + m * Math.exp(-background)));
    return window > 0 ? background / window : 0;
  }

  /** idf(key) for a caller that has the key's fnv1a32 hash already. */
  idfOf(key: string, fnv: number): number {
    return this.cache.table[CELL * this.slotOf(key, fnv) + 1]!;
  }

  /** The cache slot of the key's idf, looked up in the background the first time. */
  private slotOf(key: string, fnv: number): number {
    const slot = this.cache.find(key, fnv);
    return slot >= 0 ? slot : this.cache.set(key, fnv, -Math.log(this.background.probability(key)));
  }
}
