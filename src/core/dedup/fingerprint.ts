// Near-duplicate fingerprints: a syndicated copy or a republished item with small edits (a date
// inserted, a clause reworded, a footer added) keeps most of its word shingles, so its 64-bit
// SimHash (Charikar 2002; Manku et al., WWW 2007) lands a few bits from the original's, while
// unrelated texts differ in about half of the 64 bits.
//
// The words are the normalised text: tokenize()'s tokens after the text pipeline (stopwords
// out, stems, entity aliases and translations folded), i.e. analyzeText's keys. The story index
// has them already for its cosine, so a text is tokenized once; and a reworded function word or
// an inflection ("mengatakan"/"dikatakan") no longer moves the fingerprint.
import type { Lang } from '../model.ts';
import { analyzeText } from '../text/analyze.ts';
import type { Lexicon } from '../text/lexicon.ts';

/** A 64-bit SimHash as two unsigned 32-bit halves (plain numbers: cheap, JSON-friendly). */
export interface Fingerprint {
  hi: number;
  lo: number;
}

/**
 * Words per shingle. Web practice is 3 tokens; without stopwords 2 keys span about as much text,
 * and catch more edited copies at the same false-match rate (measured below).
 */
export const SHINGLE_WORDS = 2;

/**
 * Largest Hamming distance between the SimHashes of two texts that are near-duplicates.
 *
 * Web-page practice (Manku et al.) is k = 3 of 64 bits, for pages of thousands of words; a news
 * item of 150-600 characters has only 20-90 shingles, so one edit moves many bits. Measured on
 * 1,029 variants built from real text (`tests/core/dedup/near-duplicate-cut.ts`: the 5 seeds'
 * leads and 142 dev.jsonl items with 20+ words, each with a date inserted, a clause reworded, a
 * footer added, a title changed, a word dropped, two edits at once) against 10,731 unrelated pairs
 * of the same texts (same topic, same outlets): variants lie at distance 0-21 (95th percentile 14,
 * 99th 18), unrelated pairs at 13-52 (0.1th percentile 18; one of 10,731 at 13). At 12 a variant is
 * caught 91% of the time and no unrelated pair is; k = 3 would catch 29%.
 */
export const NEAR_DUPLICATE_MAX_DISTANCE = 12;

/** Fewer shingles than this say too little to call two texts copies of each other. */
export const MIN_SHINGLES = 4;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a, 32 bits, over UTF-16 code units: small, fast, deterministic. */
export function fnv1a32(text: string, seed = FNV_OFFSET): number {
  let hash = seed >>> 0;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, FNV_PRIME);
  }
  return hash >>> 0;
}

/** MurmurHash3's finaliser: spreads FNV's weak low bits over all 32 (every bit counts in SimHash). */
function mix32(value: number): number {
  let h = value >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Hashes of the word shingles of a token list (a shorter list is one shingle). */
export function shingleHashes(tokens: readonly string[], size = SHINGLE_WORDS): number[] {
  if (tokens.length === 0) return [];
  const tokenHashes = tokens.map((token) => fnv1a32(token));
  const count = Math.max(1, tokens.length - size + 1);
  const hashes = new Array<number>(count);
  for (let i = 0; i < count; i += 1) {
    let h = FNV_OFFSET;
    const end = Math.min(i + size, tokenHashes.length);
    for (let j = i; j < end; j += 1) h = Math.imul(h ^ tokenHashes[j]!, FNV_PRIME);
    hashes[i] = h >>> 0;
  }
  return hashes;
}

/**
 * Per-bit counters for SimHash, kept bit-sliced: plane k holds bit k of the 32 counters of one
 * half, so adding a 32-bit hash is a few ANDs and XORs (a carry-save adder) instead of 32 adds.
 * The planes are flushed into plain counters every 255 additions (8 planes).
 */
class BitCounter {
  private readonly planes = new Int32Array(8);
  private readonly totals = new Int32Array(32);
  private pending = 0;

  add(word: number): void {
    let carry = word | 0;
    for (let k = 0; k < 8 && carry !== 0; k += 1) {
      const next = this.planes[k]! & carry;
      this.planes[k]! ^= carry;
      carry = next;
    }
    this.pending += 1;
    if (this.pending === 255) this.flush();
  }

  /** The bits set in more than `half` of the words added; then starts over. */
  majority(half: number): number {
    this.flush();
    let bits = 0;
    for (let b = 0; b < 32; b += 1) if (this.totals[b]! > half) bits |= 1 << b;
    this.totals.fill(0);
    return bits >>> 0;
  }

  private flush(): void {
    for (let k = 0; k < 8; k += 1) {
      const plane = this.planes[k]!;
      if (plane === 0) continue;
      for (let b = 0; b < 32; b += 1) this.totals[b]! += ((plane >>> b) & 1) << k;
      this.planes[k] = 0;
    }
    this.pending = 0;
  }
}

/** SimHash of shingle hashes: bit b is set when most shingles have it set. Undefined below MIN_SHINGLES. */
// Scratch counters, reset by majority(): simhash runs for every item, synchronously.
const loCounter = new BitCounter();
const hiCounter = new BitCounter();

export function simhash(hashes: readonly number[]): Fingerprint | undefined {
  if (hashes.length < MIN_SHINGLES) return undefined;
  const lo = loCounter;
  const hi = hiCounter;
  for (const hash of hashes) {
    lo.add(mix32(hash));
    hi.add(mix32(hash ^ 0x9e3779b9));
  }
  const half = hashes.length / 2;
  return { hi: hi.majority(half), lo: lo.majority(half) };
}

/** SimHash of the word shingles of a normalised word list (analyzeText's keys). */
export function fingerprintWords(words: readonly string[]): Fingerprint | undefined {
  return simhash(shingleHashes(words));
}

/** SimHash of a text: its analyzeText keys, in shingles of SHINGLE_WORDS. */
export function fingerprintText(text: string, lexicon: Lexicon, lang?: Lang): Fingerprint | undefined {
  return fingerprintWords(analyzeText(text, lexicon, lang).keys);
}

function popcount32(value: number): number {
  let v = value - ((value >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}

export function hammingDistance(a: Fingerprint, b: Fingerprint): number {
  return popcount32((a.hi ^ b.hi) >>> 0) + popcount32((a.lo ^ b.lo) >>> 0);
}

export function isNearDuplicate(a: Fingerprint, b: Fingerprint): boolean {
  return hammingDistance(a, b) <= NEAR_DUPLICATE_MAX_DISTANCE;
}

/** 16 hex digits, for JSON. */
export function fingerprintToHex(fp: Fingerprint): string {
  return fp.hi.toString(16).padStart(8, '0') + fp.lo.toString(16).padStart(8, '0');
}

export function fingerprintFromHex(hex: string): Fingerprint {
  if (!/^[0-9a-f]{16}$/i.test(hex)) throw new TypeError(`not a 64-bit fingerprint: ${JSON.stringify(hex)}`);
  return { hi: Number.parseInt(hex.slice(0, 8), 16) >>> 0, lo: Number.parseInt(hex.slice(8), 16) >>> 0 };
}

/** Jaccard overlap of two word lists' shingle sets: the exact measure SimHash estimates. */
export function shingleJaccard(a: readonly string[], b: readonly string[], size = SHINGLE_WORDS): number {
  const setA = new Set(shingleHashes(a, size));
  const setB = new Set(shingleHashes(b, size));
  if (setA.size === 0 && setB.size === 0) return 1;
  let shared = 0;
  for (const hash of setA) if (setB.has(hash)) shared += 1;
  return shared / (setA.size + setB.size - shared);
}
