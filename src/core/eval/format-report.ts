// Renders an EvalReport for a terminal. Pure text: the CLI decides where it goes.
import { normalizedDetectionCost, type EvalCounts, type EvalReport } from './metrics.ts';

const num = (x: number): string => x.toFixed(4);

function countsLine(c: EvalCounts): string {
  return `tp ${c.tp}  fp ${c.fp}  fn ${c.fn}  tn ${c.tn}`;
}

function scoresLine(c: EvalCounts): string {
  return `precision ${num(c.precision)}  recall ${num(c.recall)}  F1 ${num(c.f1)}  C_norm ${num(c.cnorm)}`;
}

// The P_FA weight follows from the TDT constants (4.9 with the standard ones).
const FA_WEIGHT = Number(normalizedDetectionCost(0, 1).toPrecision(4));

/** A multi-line summary: counts, scores, per-language lines and every misclassified id. */
export function formatEvalReport(report: EvalReport, elapsedMs?: number): string {
  const positives = report.tp + report.fn;
  const timing = elapsedMs === undefined ? '' : ` in ${Math.round(elapsedMs)} ms`;
  const lines = [
    `eval: ${report.n} items (${positives} on topic, ${report.n - positives} not)${timing}`,
    `  ${countsLine(report)}`,
    `  ${scoresLine(report)}`,
    // C_norm is lower-is-better, unlike the others; say so where the number is read.
    `  (C_norm = P_miss + ${FA_WEIGHT}·P_FA, lower is better; 1.0 = no better than a trivial system)`,
    'by language:',
  ];
  if (Object.keys(report.byLang).length === 0) lines.push('  none');
  for (const [lang, c] of Object.entries(report.byLang)) {
    lines.push(`  ${lang.padEnd(7)} n ${String(c.n).padStart(4)}  ${countsLine(c)}  ${scoresLine(c)}`);
  }
  lines.push(`misclassified (${report.errors.length}):`);
  if (report.errors.length === 0) lines.push('  none');
  for (const e of report.errors) {
    const kind = e.label === 1 ? 'missed     ' : 'false alarm';
    lines.push(`  ${kind}  ${e.id}  label ${e.label}  score ${num(e.score)}`);
  }
  return lines.join('\n');
}
