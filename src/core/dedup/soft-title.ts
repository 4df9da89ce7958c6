// A headline's soft cosine with a story (decision 'cuts', issue 10): a generalized vector-space
// match over ordinary news's word associations (word-associations.ts). Two outlets tell one event
// in different words ("Menkeu" / "Purbaya", "Kebakaran" / "terbakar"), and a headline alone has a
// dozen keys, so two reports of it share few and meet far under the cut. Each of the headline's
// keys brings in its strongest associates (the words whose headlines in ordinary news most often
// also hold it) at a reduced weight, and the expanded vector is met with the story's centroid: a
// report telling the event in the story's other words then meets it higher. The table is
// injected (Background.associations), as the idf table is; nothing here reads a file.
import { associationShare, type WordAssociations } from '../profile/word-associations.ts';
import type { ItemFeatures } from './item-features.ts';
import { keyHash, sparseVectorOf, type SparseVector } from './sparse-vector.ts';
import { VectorProbe } from './vector-probe.ts';

/**
 * decision 'cuts': a headline alone (no summary) meets a same-language story at the larger of its
 * cosine and its soft cosine (the cosine of its vector expanded by associates). Each key of weight
 * x brings in up to softTitlePerWord associates whose share (the Wilson lower bound of how many of
 * the associate's headlines hold the key) is at least softTitleMinShare, each at weight
 * softTitleWeight x x. softTitleWeight 0: off.
 */
export interface SoftTitleOptions {
  softTitleWeight: number;
  softTitlePerWord: number;
  softTitleMinShare: number;
  /**
   * Gate (a): the soft cosine counts only where the plain cosine already reaches this fraction of
   * the cut (0: ungated). A headline whose own words barely touch the story is met by associates
   * alone, which is how sibling events under one institution's name meet.
   */
  softTitleMinFraction: number;
  /**
   * Gate (b), in place of the larger of the two cosines: a soft cosine reaching the cut only lowers
   * it to cut x softTitleCutFactor, and the plain cosine must reach that (as rare-title.ts lowers
   * it); 1: not this gate. The join is then ranked by the plain cosine.
   */
  softTitleCutFactor: number;
}

/** The cosine a headline is judged by against a story, and the cut it must reach. */
export interface SoftJudgement {
  cosine: number;
  cut: number;
}

/** `soft`'s judge(), or, without a soft match, the plain cosine against the cut. */
export function softJudged(soft: SoftTitle | undefined, plain: number, closer: number, cut: number): SoftJudgement {
  return soft === undefined ? { cosine: plain, cut } : soft.judge(plain, closer, cut);
}

/** Whether softJudged()'s cosine reaches its cut. */
export function softMeets(soft: SoftTitle | undefined, plain: number, closer: number, cut: number): boolean {
  const { cosine, cut: met } = softJudged(soft, plain, closer, cut);
  return cosine >= met;
}

/** A key's associates kept by the options: their keys and vector hashes. */
interface Associates {
  keys: string[];
  hashes: number[];
}

const NONE: Associates = { keys: [], hashes: [] };

/** Expands headline vectors by one association table under one set of options. */
export class SoftTitle {
  /** Each key's kept associates, worked out the first time the key is met (a table holds thousands of words). */
  private readonly memo = new Map<string, Associates>();
  // Scratch of expand, reused: it runs once per headline with candidates.
  private readonly keys: string[] = [];
  private readonly hashes: number[] = [];
  private readonly weights: number[] = [];
  /** The headline being assigned, expanded and laid out for its candidates' cosines (place). */
  private readonly probe = new VectorProbe();
  /** Whether the item being assigned is laid out in `probe`. */
  private placed = false;

  constructor(
    private readonly table: WordAssociations,
    private readonly options: SoftTitleOptions,
  ) {}

  /** The expander when the options turn it on and there is a table; else undefined. */
  static of(table: WordAssociations | undefined, options: SoftTitleOptions): SoftTitle | undefined {
    return table !== undefined && options.softTitleWeight > 0 && options.softTitlePerWord > 0 ? new SoftTitle(table, options) : undefined;
  }

  /**
   * Lays out the item being assigned, when it is an Indonesian headline alone (the table counts
   * Indonesian headlines) with candidates to meet and a key with associates; else nothing, and
   * cosine() gives the plain cosine back.
   */
  place(features: ItemFeatures, candidates: number): void {
    const expanded = candidates > 0 && features.titleOnly && features.lang === 'id' ? this.expand(features.vector) : undefined;
    this.placed = expanded !== undefined;
    if (expanded !== undefined) this.probe.place(expanded);
  }

  /** The larger of `plain` (the item's cosine with the story's centroid in its language) and its soft cosine with that centroid. */
  cosine(plain: number, centroid: SparseVector | undefined): number {
    return this.placed && centroid !== undefined ? Math.max(plain, this.probe.cosine(centroid)) : plain;
  }

  /**
   * What the item is judged by against a story whose cut is `cut`, given its plain cosine and the
   * larger of it and its soft one (`closer`, cosine()): ungated, the larger; gate (a), the larger
   * only where the plain one reaches softTitleMinFraction of the cut; gate (b), the plain one,
   * against a cut lowered by softTitleCutFactor where only the soft one reaches it.
   */
  judge(plain: number, closer: number, cut: number): SoftJudgement {
    const o = this.options;
    if (o.softTitleCutFactor < 1) return { cosine: plain, cut: plain < cut && closer >= cut ? cut * o.softTitleCutFactor : cut };
    return { cosine: plain >= o.softTitleMinFraction * cut ? closer : plain, cut };
  }

  /** The lowest cut judge() can ask the plain cosine to reach, as a share of the story's cut (below it, a story need not be judged further). */
  get lowestCutFactor(): number {
    return Math.min(1, this.options.softTitleCutFactor);
  }

  /**
   * `vector` with its keys' associates added (unit length), or undefined when no key has one. A
   * key of the vector keeps its own weight; an associate of several keys takes the largest weight
   * any of them gives it (a headline's many words about one thing do not pile up on one associate).
   */
  expand(vector: SparseVector): SparseVector | undefined {
    const { keys, hashes, weights } = this;
    const n = vector.keys.length;
    for (let i = 0; i < n; i += 1) {
      keys[i] = vector.keys[i]!;
      hashes[i] = vector.hashes[i]!;
      weights[i] = vector.weights[i]!;
    }
    let count = n;
    for (let i = 0; i < n; i += 1) {
      const associates = this.associatesOf(vector.keys[i]!);
      const weight = this.options.softTitleWeight * vector.weights[i]!;
      for (let a = 0; a < associates.keys.length; a += 1) {
        const key = associates.keys[a]!;
        const at = keys.indexOf(key);
        if (at === -1 || at >= count) {
          keys[count] = key;
          hashes[count] = associates.hashes[a]!;
          weights[count] = weight;
          count += 1;
        } else if (at >= n && weights[at]! < weight) weights[at] = weight;
      }
    }
    if (count === n) return undefined;
    let norm = 0;
    for (let i = 0; i < count; i += 1) norm += weights[i]! * weights[i]!;
    norm = Math.sqrt(norm);
    for (let i = 0; i < count; i += 1) weights[i]! /= norm;
    return sparseVectorOf(keys, hashes, weights, count);
  }

  /** The key's strongest associates at or above the share cut, at most softTitlePerWord (the table lists them strongest first). */
  private associatesOf(key: string): Associates {
    const known = this.memo.get(key);
    if (known !== undefined) return known;
    const list = this.table.associates.get(key);
    let kept = NONE;
    if (list !== undefined) {
      kept = { keys: [], hashes: [] };
      for (const [associate, both] of list) {
        if (kept.keys.length >= this.options.softTitlePerWord || associationShare(this.table, both, associate) < this.options.softTitleMinShare) break;
        kept.keys.push(associate);
        kept.hashes.push(keyHash(associate));
      }
    }
    this.memo.set(key, kept);
    return kept;
  }
}
