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
 * item of 150-600 characters has only 15-60 shingles, so one edit moves many bits. Measured by
 * `tests/core/dedup/near-duplicate-cut.test.ts` on 792 variants of 132 real texts (the 5 seeds'
 * leads and the 127 dev.jsonl items of 20+ words; each with a dateline inserted, a clause
 * reworded, a footer added, the title rewritten, a word dropped, dateline and footer) against
 * the 8,646 pairs of those texts (same topic, same outlets): variants lie at 0-34 bits (median
 * 10, 90th percentile 16), unrelated pairs at 17 bits and more (0.1th percentile 20, median 32).
 * At 14, 85% of the variants are caught (word dropped 98%, date inserted 97%, footer added 89%,
 * clause reworded 84%, dateline and footer 75%, title rewritten 64%) and no unrelated pair;
 * k = 3 catches 9%. The story index also asks a copy to name the same people and share half its
 * weighted words (cosine 0.5), which every variant caught here does.
 * Two random fingerprints fall within 14 bits with probability 3.5e-6.
 */
export const NEAR_DUPLICATE_MAX_DISTANCE = 14;

/** Fewer shingles than this say too little to call two texts copies of each other. */
export const MIN_SHINGLES = 4;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a, 32 bits, over UTF-16 code units: small, fast, deterministic. */
export function fnv1a32(text: string): number {
  // Kept as int32 throughout (the same bits as the uint32 offset: xor and imul read int32s): a
  // start above 2^31 makes the loop's hash a double, converted on every character.
  let hash = FNV_OFFSET | 0;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, FNV_PRIME);
  }
  return hash >>> 0;
}

/** MurmurHash3's finaliser: spreads FNV's weak low bits over all 32 (every bit counts in SimHash). */
export function mix32(value: number): number {
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

  /**
   * The bits set in more than half of the `count` words added, a tie taking its bit from
   * `tieBreak` (an even count ties often on a short text; always 0 would bias the bits and
   * bring unrelated short texts closer). Then starts over.
   */
  majority(count: number, tieBreak: number): number {
    // All counts still in the planes (fewer than 255 words: most texts): compare them at once.
    if (this.pending === count) return this.planeMajority(count, tieBreak);
    this.flush();
    let bits = 0;
    for (let b = 0; b < 32; b += 1) {
      const twice = 2 * this.totals[b]!;
      if (twice > count || (twice === count && ((tieBreak >>> b) & 1) === 1)) bits |= 1 << b;
    }
    this.totals.fill(0);
    return bits >>> 0;
  }

  /**
   * majority() on the planes alone, all 32 counters compared with count / 2 together (bit-sliced,
   * most significant plane first): 2t > count is t > c and 2t = count is t = c for an even count,
   * with c = floor(count / 2).
   */
  private planeMajority(count: number, tieBreak: number): number {
    const half = count >>> 1;
    let greater = 0;
    let equal = -1;
    for (let k = 7; k >= 0; k -= 1) {
      const plane = this.planes[k]!;
      if (((half >>> k) & 1) === 1) {
        equal &= plane;
      } else {
        greater |= equal & plane;
        equal &= ~plane;
      }
    }
    this.planes.fill(0);
    this.pending = 0;
    const ties = count % 2 === 0 ? equal & tieBreak : 0;
    return (greater | ties) >>> 0;
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
  for (const hash of hashes) addShingle(hash);
  return takeSimhash(hashes.length);
}

// XOR of the shingles' mixed hashes: ties' bits, as random as the shingles themselves.
let tieLo = 0;
let tieHi = 0;

function addShingle(hash: number): void {
  const lo = mix32(hash);
  const hi = mix32(hash ^ 0x9e3779b9);
  loCounter.add(lo);
  hiCounter.add(hi);
  tieLo ^= lo;
  tieHi ^= hi;
}

function takeSimhash(shingles: number): Fingerprint {
  const fp = { hi: hiCounter.majority(shingles, mix32(tieHi)), lo: loCounter.majority(shingles, mix32(tieLo)) };
  tieLo = 0;
  tieHi = 0;
  return fp;
}

/** SimHash of the word shingles of a normalised word list (analyzeText's keys). */
export function fingerprintWords(words: readonly string[]): Fingerprint | undefined {
  return fingerprintHashes(words.map((word) => fnv1a32(word)));
}

/** SimHash of the shingles of a word list given as each word's fnv1a32 hash (the first `length`). */
export function fingerprintHashes(wordHashes: ArrayLike<number>, length = wordHashes.length): Fingerprint | undefined {
  const count = Math.max(1, length - SHINGLE_WORDS + 1);
  if (length === 0 || count < MIN_SHINGLES) return undefined;
  for (let i = 0; i < count; i += 1) {
    let h = FNV_OFFSET;
    for (let j = i; j < Math.min(i + SHINGLE_WORDS, length); j += 1) h = Math.imul(h ^ wordHashes[j]!, FNV_PRIME);
    addShingle(h >>> 0);
  }
  return takeSimhash(count);
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
