// ROUGE (Lin 2004) for checking the summariser against human reference summaries, computed as
// Google's rouge-score package does (the usual reference implementation today, equivalent to
// ROUGE-1.5.5 with `-m` for English):
// - tokens: the text lower-cased, every run of letters or digits one token (rouge-score keeps
//   [a-z0-9]; letters here are any script's, which changes nothing on these sets);
// - English tokens longer than three letters are Porter-stemmed (rouge-score's use_stemmer);
//   Indonesian tokens are not stemmed (the IndoSum paper's setting);
// - ROUGE-N: clipped n-gram overlap; ROUGE-L: the summary-level LCS ("ROUGE-Lsum"), the union
//   LCS of each reference sentence with every summary sentence, each token counted at most as
//   often as it occurs on both sides; that is the ROUGE-L that CNN/DailyMail and IndoSum
//   results are reported in.
// Every score is the F1 of its precision and recall.
import { stemmer as porterStemmer } from 'stemmer';
import type { Lang } from '../model.ts';

export interface RougeScores {
  rouge1: number;
  rouge2: number;
  rougeL: number;
}

export function rougeTokens(text: string, lang: Lang): string[] {
  const tokens = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return lang === 'en' ? tokens.map((t) => (t.length > 3 ? porterStemmer(t) : t)) : tokens;
}

function f1(hits: number, candidateCount: number, referenceCount: number): number {
  if (hits === 0 || candidateCount === 0 || referenceCount === 0) return 0;
  const precision = hits / candidateCount;
  const recall = hits / referenceCount;
  return (2 * precision * recall) / (precision + recall);
}

function ngramCounts(tokens: readonly string[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const gram = tokens.slice(i, i + n).join(' ');
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  return counts;
}

/** ROUGE-N F1 of two token lists. */
export function rougeN(candidate: readonly string[], reference: readonly string[], n: number): number {
  const c = ngramCounts(candidate, n);
  const r = ngramCounts(reference, n);
  let hits = 0;
  for (const [gram, count] of c) hits += Math.min(count, r.get(gram) ?? 0);
  return f1(hits, Math.max(0, candidate.length - n + 1), Math.max(0, reference.length - n + 1));
}

/** Positions in `a` of one longest common subsequence of `a` and `b` (rouge-score's backtrack). */
export function lcsPositions(a: readonly string[], b: readonly string[]): number[] {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const table = new Uint16Array(rows * cols);
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      table[i * cols + j] = a[i - 1] === b[j - 1]
        ? table[(i - 1) * cols + j - 1]! + 1
        : Math.max(table[(i - 1) * cols + j]!, table[i * cols + j - 1]!);
    }
  }
  const positions: number[] = [];
  let i = a.length;
  let j = b.length;
  while (i > 0 && j > 0) {
    if (a[i - 1] === b[j - 1]) {
      positions.push(i - 1);
      i--;
      j--;
    } else if (table[(i - 1) * cols + j]! > table[i * cols + j - 1]!) {
      i--;
    } else {
      j--;
    }
  }
  return positions.reverse();
}

/** Summary-level ROUGE-L F1: sentences as token lists on both sides. */
export function rougeLsum(candidate: readonly (readonly string[])[], reference: readonly (readonly string[])[]): number {
  const left = (sentences: readonly (readonly string[])[]) => {
    const counts = new Map<string, number>();
    for (const s of sentences) for (const t of s) counts.set(t, (counts.get(t) ?? 0) + 1);
    return counts;
  };
  const candidateLeft = left(candidate);
  const referenceLeft = left(reference);
  let hits = 0;
  for (const ref of reference) {
    const union = new Set<number>();
    for (const cand of candidate) for (const p of lcsPositions(ref, cand)) union.add(p);
    for (const p of [...union].sort((x, y) => x - y)) {
      const token = ref[p]!;
      const c = candidateLeft.get(token) ?? 0;
      const r = referenceLeft.get(token) ?? 0;
      if (c > 0 && r > 0) {
        hits++;
        candidateLeft.set(token, c - 1);
        referenceLeft.set(token, r - 1);
      }
    }
  }
  const count = (sentences: readonly (readonly string[])[]) => sentences.reduce((n, s) => n + s.length, 0);
  return f1(hits, count(candidate), count(reference));
}

/** ROUGE-1/2/L F1 of a summary (its sentences) against a reference (its sentences). */
export function rouge(candidateSentences: readonly string[], referenceSentences: readonly string[], lang: Lang): RougeScores {
  const cand = candidateSentences.map((s) => rougeTokens(s, lang));
  const ref = referenceSentences.map((s) => rougeTokens(s, lang));
  const candFlat = cand.flat();
  const refFlat = ref.flat();
  return { rouge1: rougeN(candFlat, refFlat, 1), rouge2: rougeN(candFlat, refFlat, 2), rougeL: rougeLsum(cand, ref) };
}

/** Mean of per-summary scores, in percent (the way ROUGE tables are printed). */
export function meanRouge(scores: readonly RougeScores[]): RougeScores {
  const mean = (pick: (s: RougeScores) => number) => (scores.length === 0 ? 0 : (100 * scores.reduce((n, s) => n + pick(s), 0)) / scores.length);
  return { rouge1: mean((s) => s.rouge1), rouge2: mean((s) => s.rouge2), rougeL: mean((s) => s.rougeL) };
}
