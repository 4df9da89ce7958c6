import { describe, expect, it } from 'vitest';
import { formatEvalReport } from '../../src/core/eval/format-report.ts';
import {
  C_FA, C_MISS, P_TARGET, normalizedDetectionCost, scoreEvaluation, type EvalResult,
} from '../../src/core/eval/metrics.ts';

const r = (id: string, label: 0 | 1, decision: boolean, score = decision ? 0.8 : 0.1, lang?: 'id' | 'en'): EvalResult =>
  lang === undefined ? { id, label, score, decision } : { id, label, score, decision, lang };

/** tp true positives, fn misses, fp false alarms, tn true negatives, in that order. */
function outcomes(tp: number, fn: number, fp: number, tn: number): EvalResult[] {
  const make = (n: number, prefix: string, label: 0 | 1, decision: boolean) =>
    Array.from({ length: n }, (_, i) => r(`${prefix}${i}`, label, decision));
  return [...make(tp, 'tp', 1, true), ...make(fn, 'fn', 1, false), ...make(fp, 'fp', 0, true), ...make(tn, 'tn', 0, false)];
}

describe('scoreEvaluation', () => {
  it('counts a hand-checked case', () => {
    const report = scoreEvaluation([
      r('a', 1, true), r('b', 1, false, 0.3), r('c', 0, true, 0.6), r('d', 0, false), r('e', 1, true),
    ]);
    expect(report).toMatchObject({ n: 5, tp: 2, fp: 1, fn: 1, tn: 1 });
    expect(report.precision).toBeCloseTo(2 / 3, 10);
    expect(report.recall).toBeCloseTo(2 / 3, 10);
    expect(report.f1).toBeCloseTo(2 / 3, 10);
    expect(report.cnorm).toBeCloseTo(1 / 3 + 4.9 * 0.5, 10);
    expect(report.errors).toEqual([{ id: 'b', label: 1, score: 0.3 }, { id: 'c', label: 0, score: 0.6 }]);
  });

  it('computes C_norm for 10 positives and 90 negatives with fn=2, fp=3', () => {
    const report = scoreEvaluation(outcomes(8, 2, 3, 87));
    expect(report).toMatchObject({ n: 100, tp: 8, fn: 2, fp: 3, tn: 87 });
    expect(report.cnorm).toBeCloseTo(0.2 + (4.9 * 3) / 90, 10);
    expect(report.precision).toBeCloseTo(8 / 11, 10);
    expect(report.recall).toBeCloseTo(0.8, 10);
    expect(report.f1).toBeCloseTo((2 * (8 / 11) * 0.8) / (8 / 11 + 0.8), 10);
    expect(report.errors.map((e) => e.id)).toEqual(['fn0', 'fn1', 'fp0', 'fp1', 'fp2']);
  });

  it('uses the TDT constants', () => {
    expect([C_MISS, C_FA, P_TARGET]).toEqual([1, 0.1, 0.02]);
    expect(normalizedDetectionCost(1, 0)).toBeCloseTo(1, 10);
    expect(normalizedDetectionCost(0, 1)).toBeCloseTo(4.9, 10);
  });

  it.each([
    // [case, tp, fn, fp, tn, precision, recall, f1, cnorm]
    ['no positives, no false alarms', 0, 0, 0, 5, 1, 1, 1, 0],
    ['no positives, one false alarm', 0, 0, 1, 4, 0, 1, 0, 4.9 / 5],
    ['nothing predicted', 0, 3, 0, 7, 1, 0, 0, 1],
    ['everything predicted', 3, 0, 7, 0, 0.3, 1, 0.6 / 1.3, 4.9],
    ['no negatives', 2, 2, 0, 0, 1, 0.5, 2 / 3, 0.5],
    ['perfect', 4, 0, 0, 6, 1, 1, 1, 0],
  ])('handles %s', (_case, tp, fn, fp, tn, precision, recall, f1, cnorm) => {
    const report = scoreEvaluation(outcomes(tp, fn, fp, tn));
    expect(report.precision).toBeCloseTo(precision, 10);
    expect(report.recall).toBeCloseTo(recall, 10);
    expect(report.f1).toBeCloseTo(f1, 10);
    expect(report.cnorm).toBeCloseTo(cnorm, 10);
  });

  it('handles an empty result list', () => {
    expect(scoreEvaluation([])).toMatchObject({ n: 0, tp: 0, precision: 1, recall: 1, cnorm: 0, errors: [], byLang: {} });
  });

  it('splits counts by language, with "unknown" for items without one', () => {
    const report = scoreEvaluation([
      r('i1', 1, true, 0.9, 'id'), r('i2', 0, true, 0.7, 'id'), r('i3', 0, false, 0.1, 'id'),
      r('e1', 1, false, 0.2, 'en'), r('e2', 0, false, 0.1, 'en'),
      r('u1', 1, true, 0.9),
    ]);
    expect(Object.keys(report.byLang)).toEqual(['en', 'id', 'unknown']);
    expect(report.byLang.id).toMatchObject({ n: 3, tp: 1, fp: 1, fn: 0, tn: 1, precision: 0.5, recall: 1 });
    expect(report.byLang.id?.cnorm).toBeCloseTo(4.9 * 0.5, 10);
    expect(report.byLang.en).toMatchObject({ n: 2, tp: 0, fp: 0, fn: 1, tn: 1, precision: 1, recall: 0, f1: 0, cnorm: 1 });
    expect(report.byLang.unknown).toMatchObject({ n: 1, tp: 1 });
    expect(report).toMatchObject({ n: 6, tp: 2, fp: 1, fn: 1, tn: 2 });
  });
});

describe('formatEvalReport', () => {
  it('shows counts, scores, languages and every misclassified id', () => {
    const text = formatEvalReport(scoreEvaluation([
      r('i1', 1, true, 0.9, 'id'), r('i2', 0, true, 0.71234, 'id'), r('e1', 1, false, 0.2, 'en'), r('e2', 0, false, 0.1, 'en'),
    ]), 1234);
    expect(text).toContain('eval: 4 items (2 on topic, 2 not) in 1234 ms');
    expect(text).toContain('tp 1  fp 1  fn 1  tn 1');
    expect(text).toContain('precision 0.5000  recall 0.5000  F1 0.5000  C_norm 2.9500');
    expect(text).toContain('P_miss + 4.9·P_FA');
    expect(text).toMatch(/^ {2}id +n +2 /m);
    expect(text).toMatch(/^ {2}en +n +2 /m);
    expect(text).toContain('misclassified (2):');
    expect(text).toMatch(/false alarm +i2 +label 0 +score 0\.7123/);
    expect(text).toMatch(/missed +e1 +label 1 +score 0\.2000/);
  });

  it('says none when nothing is misclassified', () => {
    const text = formatEvalReport(scoreEvaluation([r('a', 1, true), r('b', 0, false)]));
    expect(text).toMatch(/misclassified \(0\):\n {2}none$/);
    expect(text).not.toContain(' ms');
  });
});
