// Distributional word associations of ordinary news (issue 9): which words the headlines that use
// a word also use. Counted over the same headlines as the background's document frequencies, kept
// as each frequent word's strongest associates, and read at learn time to widen a topic's theme
// with words its seeds never use but ordinary news says beside theirs ("pengungsi", "huntara"
// beside "banjir" and "longsor"): the corpus-side counterpart of pseudo-relevance feedback
// (expand-facets.ts), available to `learn --seeds` on a fresh machine.
import { isEntityKey } from '../text/lexicon.ts';
import { wilsonLowerBound } from './expand-facets.ts';

/** One word's associates: the words whose headlines most often also hold it. */
export interface WordAssociations {
  /** Documents (headlines) counted. */
  docs: number;
  /** Documents holding each word of the vocabulary. */
  df: ReadonlyMap<string, number>;
  /**
   * For each word w, the words v (up to ASSOCIATES_PER_WORD) whose documents often hold w, with
   * the number of documents holding both, strongest first: by the lower bound of the 95% Wilson
   * interval of c(w, v) / df(v), at least MIN_STORED_SHARE. For a fixed w this is the order of
   * PMI(w, v), without its bias towards words seen a handful of times.
   */
  associates: ReadonlyMap<string, ReadonlyArray<readonly [string, number]>>;
}

// Both floors are read from scripts/association-counting-curve.sh (half tables at each pair of
// floors, the shipped cuts scored over every development topic; lower floors score a little
// higher but cost the fuel-price topic's worst leave-one-seed-out F1).
/** Words in fewer documents than this are left out (as contexts and as associates): too rare to count on. */
export const MIN_ASSOCIATION_DF = 20;
/** Pairs seen together in fewer documents than this are never associates. */
export const MIN_PAIR_DOCS = 5;
/**
 * A pair (w, v) is kept when at least this share of v's documents hold w (the lower bound of its
 * Wilson interval): below every cut scripts/association-curve.ts tries, so the table bounds its
 * size by what can ever be used.
 */
export const MIN_STORED_SHARE = 0.05;
/** Associates kept per word at most: bounds the file whatever the corpus. */
export const ASSOCIATES_PER_WORD = 400;

/** A plain word key (no entity, no phrase): what a theme is made of. */
export const isPlainWord = (key: string): boolean => !isEntityKey(key) && !key.includes(' ');
/** Keys the table counts: plain words and entities (a place, a person, a country), never phrases. */
const isCounted = (key: string): boolean => isEntityKey(key) || !key.includes(' ');

export interface AssociationCounting {
  minDf: number;
  minPair: number;
  minShare: number;
  perWord: number;
}
const COUNTING: AssociationCounting = { minDf: MIN_ASSOCIATION_DF, minPair: MIN_PAIR_DOCS, minShare: MIN_STORED_SHARE, perWord: ASSOCIATES_PER_WORD };

/** Counts the associations over documents given as their analysed keys. */
export function countAssociations(documents: Iterable<readonly string[]>, counting: Partial<AssociationCounting> = {}): WordAssociations {
  const { minDf, minPair, minShare, perWord } = { ...COUNTING, ...counting };
  const sets: string[][] = [];
  const df = new Map<string, number>();
  for (const keys of documents) {
    const words = [...new Set(keys.filter(isCounted))];
    sets.push(words);
    for (const w of words) df.set(w, (df.get(w) ?? 0) + 1);
  }
  const vocabulary = [...df].filter(([, n]) => n >= minDf).map(([w]) => w).sort();
  const index = new Map(vocabulary.map((w, i) => [w, i]));
  const size = vocabulary.length;
  const pairs = new Map<number, number>();
  for (const words of sets) {
    const ids = words.map((w) => index.get(w)).filter((i): i is number => i !== undefined);
    for (let a = 0; a < ids.length; a += 1) {
      for (let b = a + 1; b < ids.length; b += 1) {
        const [i, j] = ids[a]! < ids[b]! ? [ids[a]!, ids[b]!] : [ids[b]!, ids[a]!];
        const code = i * size + j;
        pairs.set(code, (pairs.get(code) ?? 0) + 1);
      }
    }
  }
  const lists: Array<Array<[number, number, number]>> = vocabulary.map(() => []);
  const keep = (w: number, v: number, both: number) => {
    // v associates with w by how often v's documents hold w.
    const share = wilsonLowerBound(both, df.get(vocabulary[v]!)!);
    if (share >= minShare) lists[w]!.push([v, both, share]);
  };
  for (const [code, both] of pairs) {
    if (both < minPair) continue;
    const i = Math.floor(code / size);
    const j = code % size;
    keep(i, j, both);
    keep(j, i, both);
  }
  const associates = new Map<string, Array<readonly [string, number]>>();
  lists.forEach((list, i) => {
    if (list.length === 0) return;
    list.sort((x, y) => y[2] - x[2] || x[0] - y[0]);
    associates.set(vocabulary[i]!, list.slice(0, perWord).map(([j, both]) => [vocabulary[j]!, both] as const));
  });
  const keptDf = new Map(vocabulary.map((w) => [w, df.get(w)!]));
  return { docs: sets.length, df: keptDf, associates };
}

/** How strongly v's documents hold w: the lower bound of the Wilson interval of c(w, v) / df(v). */
export function associationShare(table: WordAssociations, both: number, v: string): number {
  const dfV = table.df.get(v);
  return dfV === undefined ? 0 : wilsonLowerBound(both, dfV);
}

const HEADER = 'newshound-word-associations/1';

/**
 * The compact text form: a header line (format, documents), one line per word of the vocabulary
 * "word<TAB>df", a blank line, then one line per word with associates
 * "word<TAB>v1 c1<TAB>v2 c2...". Smaller and faster to read than JSON.
 */
export function formatAssociations(table: WordAssociations, sources: readonly string[]): string {
  const lines = [`${HEADER}\t${table.docs}`, ...sources.map((s) => `# ${s}`)];
  for (const [w, n] of [...table.df].sort((a, b) => (a[0] < b[0] ? -1 : 1))) lines.push(`${w}\t${n}`);
  lines.push('');
  for (const [w, list] of [...table.associates].sort((a, b) => (a[0] < b[0] ? -1 : 1))) lines.push(`${w}\t${list.map(([v, c]) => `${v} ${c}`).join('\t')}`);
  return `${lines.join('\n')}\n`;
}

/** A count as the text form writes it: a whole number, at least 0. */
const isCount = (n: number): boolean => Number.isInteger(n) && n >= 0;

/**
 * Reads the text form; undefined when it is not one, or a line is not as formatAssociations
 * writes it (a truncated or hand-edited file is refused whole, never read with NaN counts).
 */
export function parseAssociations(text: string): { table: WordAssociations; sources: string[] } | undefined {
  const lines = text.split('\n');
  const [format, docs, ...extra] = (lines[0] ?? '').split('\t');
  if (format !== HEADER || docs === undefined || docs === '' || extra.length > 0 || !isCount(Number(docs))) return undefined;
  const sources: string[] = [];
  const df = new Map<string, number>();
  const associates = new Map<string, Array<readonly [string, number]>>();
  let i = 1;
  for (; i < lines.length && lines[i]!.startsWith('# '); i += 1) sources.push(lines[i]!.slice(2));
  for (; i < lines.length && lines[i] !== ''; i += 1) {
    const [w, n, ...more] = lines[i]!.split('\t');
    if (!w || n === undefined || n === '' || more.length > 0 || !isCount(Number(n))) return undefined;
    df.set(w, Number(n));
  }
  // formatAssociations always writes the blank line that ends the vocabulary and a final newline:
  // a file cut short in its vocabulary has only the latter.
  if (i >= lines.length - 1) return undefined;
  for (i += 1; i < lines.length; i += 1) {
    if (lines[i] === '') continue;
    const [w, ...rest] = lines[i]!.split('\t');
    const list: Array<readonly [string, number]> = [];
    for (const cell of rest) {
      const space = cell.lastIndexOf(' ');
      const count = space < 0 ? Number.NaN : Number(cell.slice(space + 1));
      if (space <= 0 || cell.slice(space + 1) === '' || !isCount(count)) return undefined;
      list.push([cell.slice(0, space), count] as const);
    }
    if (!w || list.length === 0) return undefined;
    associates.set(w, list);
  }
  return { table: { docs: Number(docs), df, associates }, sources };
}
