// Inverted index from keys (word keys, pairs of lead names, fingerprint bands) to the stories
// posted under them. A lookup sums, per story, the weights of the item's keys it shares, reading
// the shortest posting lists first within a budget. Postings hold slot numbers (small integers)
// and scores sit in one flat array: a lookup reads a few hundred entries for every item against
// thousands of stories, and chasing a pointer per entry would cost more than the rest of it.

export interface Indexed {
  /** Creation order: ties go to the older story. */
  seq: number;
}

export interface LookupLimits {
  /** Posting entries read per lookup, shortest lists first. */
  maxPostingsRead: number;
  /** Summed weight below which a story is not returned. */
  minEvidence: number;
  /** Stories returned, best evidence first. */
  maxResults: number;
}

/** Index keys: strings (words, name pairs) or numbers (fingerprint bands: no string to build). */
export type IndexKey = string | number;

/** Removes one slot from a list; order does not matter (the last one takes its place). */
function removeSlot(list: number[], slot: number): void {
  const at = list.indexOf(slot);
  if (at < 0) return;
  const last = list.pop()!;
  if (at < list.length) list[at] = last;
}

export class CandidateIndex<T extends Indexed> {
  /** Key -> slots posted under it: one number for the many keys of a single story, else an array. */
  private readonly postings = new Map<IndexKey, number | number[]>();
  private readonly slotOf = new Map<T, number>();
  private readonly keysOf: Array<readonly IndexKey[]> = [];
  private readonly owners: Array<T | undefined> = [];
  private readonly freeSlots: number[] = [];
  private scores = new Float64Array(1024);
  /** Each slot's story seq, beside its score: ranking reads no story object. */
  private seqs = new Float64Array(1024);
  private readonly touched: number[] = [];

  /** Posts `item` under `keys`, replacing the keys it was posted under before. */
  put(item: T, keys: readonly IndexKey[]): void {
    let slot = this.slotOf.get(item);
    if (slot === undefined) slot = this.claimSlot(item);
    else this.unpost(slot);
    for (const key of keys) {
      const list = this.postings.get(key);
      if (list === undefined) this.postings.set(key, slot);
      else if (typeof list === 'number') this.postings.set(key, [list, slot]);
      else list.push(slot);
    }
    this.keysOf[slot] = keys;
  }

  remove(item: T): void {
    const slot = this.slotOf.get(item);
    if (slot === undefined) return;
    this.unpost(slot);
    this.slotOf.delete(item);
    this.keysOf[slot] = [];
    this.owners[slot] = undefined;
    this.freeSlots.push(slot);
  }

  lookup(keys: ReadonlyMap<IndexKey, number>, limits: LookupLimits): T[] {
    const { scores, touched } = this;
    const lists: number[][] = [];
    const weights: number[] = [];
    for (const [key, weight] of keys) {
      const list = this.postings.get(key);
      if (list === undefined || !(weight > 0)) continue;
      if (typeof list === 'number') {
        // A key of one story costs nothing to read: counted at once, outside the budget.
        if (scores[list] === 0) touched.push(list);
        scores[list]! += weight;
        continue;
      }
      lists.push(list);
      weights.push(weight);
    }
    const order = lists.map((_, i) => i).sort((a, b) => lists[a]!.length - lists[b]!.length);
    let budget = limits.maxPostingsRead;
    for (const i of order) {
      const slots = lists[i]!;
      const size = slots.length;
      if (size > budget) break;
      budget -= size;
      const weight = weights[i]!;
      for (let j = 0; j < size; j += 1) {
        const slot = slots[j]!;
        if (scores[slot] === 0) touched.push(slot);
        scores[slot]! += weight;
      }
    }
    // The best maxResults by evidence (ties: older story), kept sorted in a small array: no sort
    // of every story touched, and no story object read until the few returned.
    const { seqs } = this;
    const best: number[] = [];
    const bestScores: number[] = [];
    for (const slot of touched) {
      const score = scores[slot]!;
      scores[slot] = 0;
      if (score < limits.minEvidence) continue;
      const seq = seqs[slot]!;
      const outranks = (at: number) => score > bestScores[at]! || (score === bestScores[at]! && seq < seqs[best[at]!]!);
      const full = best.length === limits.maxResults;
      if (full && !outranks(best.length - 1)) continue;
      let at = full ? best.length - 1 : best.length;
      while (at > 0 && outranks(at - 1)) {
        best[at] = best[at - 1]!;
        bestScores[at] = bestScores[at - 1]!;
        at -= 1;
      }
      best[at] = slot;
      bestScores[at] = score;
    }
    touched.length = 0;
    return best.map((slot) => this.owners[slot]!);
  }

  private claimSlot(item: T): number {
    const slot = this.freeSlots.pop() ?? this.owners.length;
    this.slotOf.set(item, slot);
    this.owners[slot] = item;
    if (slot >= this.scores.length) {
      const scores = new Float64Array(this.scores.length * 2);
      scores.set(this.scores);
      this.scores = scores;
      const seqs = new Float64Array(this.seqs.length * 2);
      seqs.set(this.seqs);
      this.seqs = seqs;
    }
    this.seqs[slot] = item.seq;
    return slot;
  }

  private unpost(slot: number): void {
    for (const key of this.keysOf[slot] ?? []) {
      const list = this.postings.get(key);
      if (list === undefined) continue;
      if (typeof list === 'number') {
        if (list === slot) this.postings.delete(key);
        continue;
      }
      removeSlot(list, slot);
      if (list.length === 1) this.postings.set(key, list[0]!);
    }
  }
}

