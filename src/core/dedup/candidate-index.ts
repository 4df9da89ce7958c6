// Inverted index from keys (word keys, pairs of lead names, fingerprint bands) to the stories
// posted under them. A lookup sums, per story, the weights of the item's keys it shares, reading
// the shortest posting lists first within a budget. Postings hold slot numbers (small integers)
// and scores sit in one flat array: a lookup runs for every item against thousands of stories,
// and chasing a pointer per posting would cost more than the rest of it.

import { PostingTable } from './posting-table.ts';

export interface Indexed {
  /** Creation order: ties go to the older story. */
  seq: number;
  /** Its place in the index's arrays, owned by the index; -1 while not indexed. */
  slot: number;
}

export interface LookupLimits {
  /** Posting entries read per lookup, shortest lists first. */
  maxPostingsRead: number;
  /** Summed weight below which a story is not returned. */
  minEvidence: number;
  /** Stories returned, best evidence first. */
  maxResults: number;
}

/** Index keys: 30-bit hashes of words, pairs of names and fingerprint bands. */
export type IndexKey = number;

/** No posting under a key (postings are slots, >= 0, or list references, < 0 and far above this). */
const ABSENT = -0x8000_0000;

function grow(array: Int32Array, atLeast = 0): Int32Array {
  const grown = new Int32Array(Math.max(array.length * 2, atLeast));
  grown.set(array);
  return grown;
}

export class CandidateIndex<T extends Indexed> {
  /** Key -> slots posted under it: one number for the many keys of a single story, else a list. */
  private readonly postings = new PostingTable();
  private readonly keysOf: Array<readonly IndexKey[]> = [];
  private readonly owners: Array<T | undefined> = [];
  private readonly freeSlots: number[] = [];
  /**
   * [score, seq] per slot: a lookup's evidence for the story, and its seq beside it (ranking reads
   * no story object, and the two are one cache miss, not two).
   */
  private scores = new Float64Array(2 * 1024);
  // Scratch arrays of lookup(), reused: it runs for every item.
  private touched: Int32Array = new Int32Array(256);
  private readonly lists: number[] = [];
  private readonly listLengths: number[] = [];
  private readonly listWeights: number[] = [];
  private readonly order: number[] = [];
  /** Scratch of lookup(): each key's posting (ABSENT: none). */
  private found = new Int32Array(64);
  /** Scratch of lookup(): the length of each key's list (where its posting is one). */
  private foundLengths = new Int32Array(64);
  /** Scratch of repost(): which of the new keys the slot was posted under already. */
  private kept = new Uint8Array(64);

  /** Posts `item` under `keys`, replacing the keys it was posted under before. */
  put(item: T, keys: readonly IndexKey[]): void {
    let slot = item.slot;
    if (slot < 0) {
      slot = this.claimSlot(item);
      for (const key of keys) this.postings.add(key, slot);
    } else {
      this.repost(slot, this.keysOf[slot] ?? [], keys);
    }
    this.keysOf[slot] = keys;
  }

  /**
   * Moves a slot from the keys it was posted under to `after`, touching only the keys that went
   * or came (counted with repeats): a story's keys are rebuilt on every report it gets, and most
   * stay. The slot's place inside a list it stays in is not kept, and nothing reads it: a lookup
   * sums a story's evidence over the lists that hold it and ranks by evidence, then seq.
   */
  private repost(slot: number, before: readonly IndexKey[], after: readonly IndexKey[]): void {
    if (after.length > this.kept.length) this.kept = new Uint8Array(2 * after.length);
    const { kept } = this;
    kept.fill(0, 0, after.length);
    for (const key of before) {
      let j = 0;
      while (j < after.length && (kept[j] === 1 || after[j] !== key)) j += 1;
      if (j < after.length) kept[j] = 1;
      else this.postings.remove(key, slot);
    }
    for (let j = 0; j < after.length; j += 1) if (kept[j] === 0) this.postings.add(after[j]!, slot);
  }

  remove(item: T): void {
    const slot = item.slot;
    if (slot < 0) return;
    this.unpost(slot);
    item.slot = -1;
    this.keysOf[slot] = [];
    this.owners[slot] = undefined;
    this.freeSlots.push(slot);
  }

  /** Stories sharing the first `count` keys (weights[i] belongs to keys[i]), best evidence first. */
  lookup(keys: readonly IndexKey[], weights: readonly number[], limits: LookupLimits, count = keys.length): T[] {
    const { scores, postings, lists, listLengths, listWeights, order } = this;
    let touchedCount = 0;
    let { touched } = this;
    let listCount = 0;
    // The keys' postings first, in a loop of their own: each read is likely a cache miss, and a
    // short loop of independent reads lets the CPU wait for several at once.
    if (count > this.found.length) {
      this.found = new Int32Array(2 * count);
      this.foundLengths = new Int32Array(2 * count);
    }
    const { found, foundLengths } = this;
    for (let k = 0; k < count; k += 1) found[k] = postings.get(keys[k]!) ?? ABSENT;
    // Then the lists' lengths (another likely miss each), the same way.
    for (let k = 0; k < count; k += 1) if (found[k]! < 0 && found[k] !== ABSENT) foundLengths[k] = postings.listLength(found[k]!);
    for (let k = 0; k < count; k += 1) {
      const weight = weights[k]!;
      const posting = found[k]!;
      if (posting === ABSENT || !(weight > 0)) continue;
      // A key of one story costs nothing to read: counted at once, outside the budget.
      if (posting >= 0) {
        if (scores[2 * posting] === 0) {
          if (touchedCount === touched.length) touched = this.touched = grow(touched);
          touched[touchedCount++] = posting;
        }
        scores[2 * posting]! += weight;
        continue;
      }
      const length = foundLengths[k]!;
      // Shortest lists first (insertion: a dozen lists at most).
      let at = listCount;
      while (at > 0 && listLengths[order[at - 1]!]! > length) {
        order[at] = order[at - 1]!;
        at -= 1;
      }
      order[at] = listCount;
      lists[listCount] = posting;
      listLengths[listCount] = length;
      listWeights[listCount] = weight;
      listCount += 1;
    }
    let budget = limits.maxPostingsRead;
    const pool = postings.pool();
    for (let n = 0; n < listCount; n += 1) {
      const i = order[n]!;
      const length = listLengths[i]!;
      if (length > budget) break;
      budget -= length;
      const weight = listWeights[i]!;
      if (touchedCount + length > touched.length) touched = this.touched = grow(touched, touchedCount + length);
      const start = postings.listStart(lists[i]!);
      for (let j = 0; j < length; j += 1) {
        const slot = pool[start + j]!;
        if (scores[2 * slot] === 0) touched[touchedCount++] = slot;
        scores[2 * slot]! += weight;
      }
    }
    return this.rank(touchedCount, limits);
  }

  /**
   * The best maxResults of the touched slots by evidence (ties: older story), kept sorted in a
   * small array (no sort of every story touched); resets their scores.
   */
  private rank(touchedCount: number, limits: LookupLimits): T[] {
    const { scores, touched } = this;
    const best: number[] = [];
    const bestScores: number[] = [];
    for (let n = 0; n < touchedCount; n += 1) {
      const slot = touched[n]!;
      const score = scores[2 * slot]!;
      scores[2 * slot] = 0;
      if (score < limits.minEvidence) continue;
      const seq = scores[2 * slot + 1]!;
      const full = best.length === limits.maxResults;
      let at = full ? best.length - 1 : best.length;
      if (full && !(score > bestScores[at]! || (score === bestScores[at]! && seq < scores[2 * best[at]! + 1]!))) continue;
      while (at > 0 && (score > bestScores[at - 1]! || (score === bestScores[at - 1]! && seq < scores[2 * best[at - 1]! + 1]!))) {
        best[at] = best[at - 1]!;
        bestScores[at] = bestScores[at - 1]!;
        at -= 1;
      }
      best[at] = slot;
      bestScores[at] = score;
    }
    return best.map((slot) => this.owners[slot]!);
  }

  private claimSlot(item: T): number {
    const slot = this.freeSlots.pop() ?? this.owners.length;
    item.slot = slot;
    this.owners[slot] = item;
    if (2 * slot >= this.scores.length) {
      const scores = new Float64Array(this.scores.length * 2);
      scores.set(this.scores);
      this.scores = scores;
    }
    this.scores[2 * slot + 1] = item.seq;
    return slot;
  }

  private unpost(slot: number): void {
    for (const key of this.keysOf[slot] ?? []) this.postings.remove(key, slot);
  }
}
