// Shared by the story-day build scripts (build-stories-id.ts, build-stories-en.ts): their
// arguments and the figures they print about a labelled day; and the pair counts the
// cross-language scripts (story-cross-day.ts, story-country-curve.ts) read within and across languages.
import { resolve } from 'node:path';
import { isStopword } from '../src/core/text/stopwords.ts';
import type { StoryEvalItem } from '../src/core/eval/parse-eval-data.ts';

/** "2025-11-19 07:05 WIB" (Asia/Jakarta, UTC+7, no daylight saving) -> "2025-11-19T00:05:00Z"; undefined when not of that form. */
export function wibToUtc(published: string): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}) WIB$/.exec(published);
  if (match === null) return undefined;
  const [, y, mo, d, h, mi] = match.map(Number) as [number, number, number, number, number, number];
  return new Date(Date.UTC(y, mo - 1, d, h - 7, mi)).toISOString().replace('.000Z', 'Z');
}

/** Same-story pairs found (tp), wrongly joined (fp) and missed (fn). */
export interface PairCount {
  tp: number;
  fp: number;
  fn: number;
}

/** Pair counts between two labelled item lists (the same list: its unordered pairs), under a grouping. */
export function pairCounts(a: ReadonlyArray<{ id: string; story?: string }>, b: ReadonlyArray<{ id: string; story?: string }> | undefined, predicted: ReadonlyMap<string, string>): PairCount {
  const count = { tp: 0, fp: 0, fn: 0 };
  for (let i = 0; i < a.length; i += 1) {
    const others = b ?? a;
    for (let j = b === undefined ? i + 1 : 0; j < others.length; j += 1) {
      const gold = a[i]!.story === others[j]!.story;
      const same = predicted.get(a[i]!.id) === predicted.get(others[j]!.id);
      if (gold && same) count.tp += 1;
      else if (same) count.fp += 1;
      else if (gold) count.fn += 1;
    }
  }
  return count;
}

export const pairPrecision = (c: PairCount): number => (c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp));
export const pairRecall = (c: PairCount): number => (c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn));
export const pairF1 = (c: PairCount): number => {
  const p = pairPrecision(c);
  const r = pairRecall(c);
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
};
/** "P / R / F1 (found of all, wrong)". */
export const describePairs = (c: PairCount): string => `${pairPrecision(c).toFixed(3)} / ${pairRecall(c).toFixed(3)} / ${pairF1(c).toFixed(3)} (${c.tp} of ${c.tp + c.fn} found, ${c.fp} wrong)`;

export function pairs(n: number): number {
  return (n * (n - 1)) / 2;
}

export function percent([hits, total]: [number, number]): string {
  return total === 0 ? '-' : `${((100 * hits) / total).toFixed(1)}% (${hits} of ${total})`;
}

/** How often a pair's titles share a lower-cased word of five or more letters (a-z runs), as in STORIES.md. */
export function titleOverlap(rows: ReadonlyArray<{ title: string; story: string }>): { same: [number, number]; different: [number, number] } {
  const words = rows.map((row) => new Set(row.title.toLowerCase().match(/[a-z]{5,}/g) ?? []));
  const same: [number, number] = [0, 0];
  const different: [number, number] = [0, 0];
  for (let i = 0; i < rows.length; i += 1) {
    for (let j = i + 1; j < rows.length; j += 1) {
      if (rows[i]!.story.slice(0, 8) !== rows[j]!.story.slice(0, 8)) continue; // pairs within one day only (story ids start with the day)
      const counts = rows[i]!.story === rows[j]!.story ? same : different;
      counts[1] += 1;
      for (const word of words[i]!) {
        if (words[j]!.has(word)) {
          counts[0] += 1;
          break;
        }
      }
    }
  }
  return { same, different };
}

/** `[--labels FILE] [OUT]`, in either order. */
export function parseLabelsArgs(args: readonly string[], defaults: { labels: string; out: string }, fail: (message: string) => never): { labels: string; out: string } {
  let labels = defaults.labels;
  const rest: string[] = [];
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i]!;
    if (arg === '--labels') {
      const file = args[i + 1];
      if (file === undefined || file.startsWith('--')) fail('--labels needs a file');
      labels = resolve(file);
      i += 1;
    } else if (arg.startsWith('--')) {
      fail(`unknown option ${arg} (usage: [--labels FILE] [OUT.jsonl])`);
    } else {
      rest.push(arg);
    }
  }
  if (rest.length > 1) fail(`one output file, not ${rest.length} (usage: [--labels FILE] [OUT.jsonl])`);
  return { labels, out: rest[0] ?? defaults.out };
}

/** The labels, each with an id and a non-empty story, no id twice; anything else stops the build with one line. */
export function checkedLabels(labels: ReadonlyArray<{ id: string; story: string }>, fail: (message: string) => never): ReadonlyArray<{ id: string; story: string }> {
  const seen = new Set<string>();
  for (const label of labels) {
    if (typeof label.id !== 'string' || typeof label.story !== 'string' || label.story === '') fail(`bad label line ${JSON.stringify(label)}`);
    if (seen.has(label.id)) fail(`${label.id} is labelled twice`);
    seen.add(label.id);
  }
  return labels;
}

/** A plain TF-IDF vector: word -> weight. */
export type Vector = Map<string, number>;

function plainWords(item: StoryEvalItem): string[] {
  const lang = item.lang === 'en' ? 'en' : 'id';
  const text = `${item.title}\n${item.summary ?? ''}`.toLowerCase();
  return (text.match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => w.length > 1 && !isStopword(w, lang));
}

/**
 * Each document's unit TF-IDF vector, (1 + ln tf) x idf, the idf ln(N / df) over the documents given
 * (one day) unless another is given (ordinary news's, say).
 */
export function unitVectors(docs: ReadonlyArray<readonly string[]>, idf?: (token: string) => number): Vector[] {
  const counts = docs.map((doc) => {
    const tf = new Map<string, number>();
    for (const w of doc) tf.set(w, (tf.get(w) ?? 0) + 1);
    return tf;
  });
  const df = new Map<string, number>();
  for (const tf of counts) for (const w of tf.keys()) df.set(w, (df.get(w) ?? 0) + 1);
  const weigh = idf ?? ((w: string) => Math.log(docs.length / df.get(w)!));
  return counts.map((tf) => {
    const v: Vector = new Map();
    let norm = 0;
    for (const [w, n] of tf) {
      const x = (1 + Math.log(n)) * weigh(w);
      v.set(w, x);
      norm += x * x;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [w, x] of v) v.set(w, x / norm);
    return v;
  });
}

/** The dot product of two vectors: their cosine when both are unit vectors (unitVectors). */
export function dot(a: Vector, b: Vector): number {
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [w, x] of small) sum += x * (large.get(w) ?? 0);
  return sum;
}

/**
 * Each item's unit TF-IDF vector, (1 + ln tf) x ln(N / df), df over the items given (one day):
 * lower-cased letter/digit runs, the language's stopwords dropped, nothing else (story-plain-baseline.ts).
 */
export function plainVectors(items: readonly StoryEvalItem[]): Vector[] {
  return unitVectors(items.map(plainWords));
}

/** The STORIES.md table's figures of one labelled day (items, outlets, stories, pairs, title overlap, largest stories). */
export function printDayFigures(rows: ReadonlyArray<{ source: string; story: string; title: string }>, day: string): void {
  const sizes = new Map<string, number>();
  const bySource = new Map<string, number>();
  const storySources = new Map<string, Map<string, number>>();
  for (const row of rows) {
    sizes.set(row.story, (sizes.get(row.story) ?? 0) + 1);
    bySource.set(row.source, (bySource.get(row.source) ?? 0) + 1);
    const counts = storySources.get(row.story) ?? new Map<string, number>();
    counts.set(row.source, (counts.get(row.source) ?? 0) + 1);
    storySources.set(row.story, counts);
  }
  const multi = [...sizes].filter(([, n]) => n >= 2).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  let samePairs = 0;
  for (const [, n] of sizes) samePairs += pairs(n);
  let crossOutletPairs = 0;
  for (const counts of storySources.values()) {
    const values = [...counts.values()];
    for (let i = 0; i < values.length; i += 1) for (let j = i + 1; j < values.length; j += 1) crossOutletPairs += values[i]! * values[j]!;
  }
  const multiOutlet = [...storySources.values()].filter((counts) => counts.size >= 2).length;
  const outlets = [...bySource].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([source, n]) => `${source} ${n}`).join(', ');
  const largest = multi[0]?.[1] ?? 0;
  console.log(
    `${day}: ${rows.length} items (${bySource.size} outlets: ${outlets}), ${sizes.size} stories, ${multi.length} with >= 2 items, ` +
      `${multiOutlet} in >= 2 outlets, ${samePairs} same-story pairs (${crossOutletPairs} across outlets), ` +
      `${pairs(rows.length) - samePairs} different-story pairs`,
  );
  if (largest > 0) {
    const top = multi.slice(0, 2).reduce((sum, [, n]) => sum + pairs(n), 0);
    console.log(`  the two largest stories hold ${top} of the ${samePairs} same-story pairs (${((100 * top) / samePairs).toFixed(1)}%)`);
  }
  const overlap = titleOverlap(rows);
  console.log(
    `  share of pairs whose titles share a word of >= 5 letters: same-story ${percent(overlap.same)}, ` +
      `different-story on the same day ${percent(overlap.different)}`,
  );
  console.log(`  largest: ${multi.slice(0, 8).map(([story, n]) => `${story} ${n}`).join('; ')}`);
}
