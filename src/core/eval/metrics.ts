// Scores matcher decisions against gold labels. Besides precision/recall/F1 it reports the TDT
// tracking cost (Fiscus & Doddington, "Topic Detection and Tracking Evaluation Overview", 2002),
// because F1 ignores true negatives, and in news monitoring almost every item is a negative:
// a false alarm rate is what a subscriber actually feels.
import type { Lang } from '../model.ts';

/** TDT cost of a missed on-topic story. */
export const C_MISS = 1;
/** TDT cost of a false alarm. */
export const C_FA = 0.1;
/** TDT prior probability that a story is on topic. */
export const P_TARGET = 0.02;

/** One matcher outcome on one labelled item. */
export interface EvalResult {
  id: string;
  label: 0 | 1;
  score: number;
  decision: boolean;
  lang?: Lang;
}

export interface EvalCounts {
  n: number;
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  precision: number;
  recall: number;
  f1: number;
  cnorm: number;
}

export interface EvalReport extends EvalCounts {
  /** Misclassified items (false positives and false negatives) in input order. */
  errors: Array<{ id: string; label: 0 | 1; score: number }>;
  /** Counts per language; items without a language are under "unknown". */
  byLang: Record<string, EvalCounts>;
}

/**
 * Normalised detection cost: C_det = C_miss·P_miss·P_target + C_FA·P_FA·(1−P_target), divided by
 * the cost of the better trivial system (accept all or reject all), so 1 means "no better than
 * trivial". With the TDT constants this is P_miss + 4.9·P_FA.
 */
export function normalizedDetectionCost(pMiss: number, pFa: number): number {
  const cDet = C_MISS * pMiss * P_TARGET + C_FA * pFa * (1 - P_TARGET);
  return cDet / Math.min(C_MISS * P_TARGET, C_FA * (1 - P_TARGET));
}

function countResults(results: readonly EvalResult[]): EvalCounts {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  for (const r of results) {
    if (r.label === 1 && r.decision) tp++;
    else if (r.label === 1) fn++;
    else if (r.decision) fp++;
    else tn++;
  }
  // Nothing predicted means no wrong predictions, and no positives means none missed: both 1.
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  const pMiss = tp + fn === 0 ? 0 : fn / (tp + fn);
  const pFa = fp + tn === 0 ? 0 : fp / (fp + tn);
  const cnorm = normalizedDetectionCost(pMiss, pFa);
  return { n: results.length, tp, fp, fn, tn, precision, recall, f1, cnorm };
}

/** Confusion counts, precision/recall/F1 and C_norm, overall and per language. */
export function scoreEvaluation(results: readonly EvalResult[]): EvalReport {
  const groups = new Map<string, EvalResult[]>();
  for (const r of results) {
    const lang = r.lang ?? 'unknown';
    const group = groups.get(lang) ?? [];
    group.push(r);
    groups.set(lang, group);
  }
  const byLang: Record<string, EvalCounts> = {};
  for (const [lang, group] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
    byLang[lang] = countResults(group);
  }
  const errors = results
    .filter((r) => r.decision !== (r.label === 1))
    .map(({ id, label, score }) => ({ id, label, score }));
  return { ...countResults(results), errors, byLang };
}
