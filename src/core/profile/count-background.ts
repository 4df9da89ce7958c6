import { analyzeText } from '../text/analyze.ts';
import { evidenceKeys } from '../text/evidence.ts';
import type { Lexicon } from '../text/lexicon.ts';
import { stemWord } from '../text/stem.ts';
import { MIN_DOCUMENT_FREQUENCY, pairKey, type BackgroundData } from './background.ts';
import { countriesOf } from './learn-concepts.ts';

/** Only keys seen in this many headlines are kept: general vocabulary, never one headline's words. */
export const MIN_HEADLINE_DF = MIN_DOCUMENT_FREQUENCY;
const MIN_EN_COUNT = 5;

export interface BackgroundInput {
  /** Ordinary Indonesian news text, one document (headline, or headline and summary) each. */
  idDocuments: Iterable<string>;
  /**
   * The period (e.g. the month, "2025-11") each Indonesian document was published in, aligned with
   * idDocuments. Given, a key's count is its typical rate over the periods, not its rate over the
   * whole corpus: the periods where the key was commonest are left out (see TRIMMED_PERIODS), so
   * one story's burst (a month of flood coverage) does not make its words look like ordinary news.
   */
  idPeriods?: readonly string[];
  /** How many of a key's commonest periods to leave out (default TRIMMED_PERIODS). */
  trimmedPeriods?: number;
  /** Ordinary English news text, one document (title and summary, or one sentence of an article) each. */
  enDocuments?: Iterable<string>;
  /** As idPeriods, for enDocuments: given, each English key is counted at its typical rate too. */
  enPeriods?: readonly string[];
  /**
   * English word frequencies (a general corpus): the prior of the English table. With English news
   * documents too, both are kept and blended when read (background.ts); alone, they are the table.
   */
  enWords?: Iterable<{ word: string; count: number }>;
  lexiconHash: string;
  sources: string[];
}

/** Counts how often ordinary news uses each key, through the same text pipeline items go through. */
export function countBackground(input: BackgroundInput, lexicon: Lexicon): BackgroundData {
  const countryDocs = new Map<string, number>();
  const countryPairs = new Map<string, number>();
  // Each document analysed once: its evidence keys (words, entities and the phrases of adjacent
  // words, as profiles use them) and the place keys the story index weighs (apart: they form no
  // phrases), counted per period when periods are given (then at each key's typical rate), and its
  // countries when asked (a typical Indonesian pass counts none, as it always has).
  const countDocuments = (documents: readonly string[], lang: 'id' | 'en', periods: readonly string[] | undefined, countCountries: boolean) => {
    const perPeriod = new Map<string, { docs: number; df: Map<string, number> }>();
    documents.forEach((doc, i) => {
      const period = periods?.[i] ?? '';
      const bucket = perPeriod.get(period) ?? { docs: 0, df: new Map<string, number>() };
      perPeriod.set(period, bucket);
      bucket.docs += 1;
      const analysed = analyzeText(doc, lexicon, lang, { places: true });
      const distinct = evidenceKeys(analysed.keys);
      for (const key of new Set([...distinct, ...analysed.places])) increment(bucket.df, key);
      if (!countCountries) return;
      const countries = [...countriesOf(distinct, lexicon)];
      for (const c of countries) increment(countryDocs, c);
      for (let a = 0; a < countries.length; a += 1) {
        for (let b = a + 1; b < countries.length; b += 1) increment(countryPairs, pairKey(countries[a]!, countries[b]!));
      }
    });
    const buckets = [...perPeriod.values()];
    const df = periods === undefined ? (buckets[0]?.df ?? new Map<string, number>()) : typicalCounts(buckets, input.trimmedPeriods ?? TRIMMED_PERIODS, documents.length);
    return { docs: documents.length, df };
  };
  const id = countDocuments([...input.idDocuments], 'id', input.idPeriods, input.idPeriods === undefined);
  const en = countDocuments([...(input.enDocuments ?? [])], 'en', input.enPeriods, true);

  const enCount = new Map<string, number>();
  let enTokens = 0;
  for (const { word, count } of input.enWords ?? []) {
    enTokens += count;
    const lower = word.toLowerCase();
    const { keys } = analyzeText(lower, lexicon, 'en');
    // Stopwords analyse to nothing; they stay out of the table (and out of every profile).
    const key = keys.length === 1 ? keys[0]! : keys.length === 0 ? undefined : lexicon.wordKeys.en.get(stemWord(lower, 'en'));
    if (key !== undefined) increment(enCount, key, count);
  }

  return {
    version: 1,
    lexiconHash: input.lexiconHash,
    sources: input.sources,
    idDocs: id.docs,
    idDf: keep(id.df, MIN_HEADLINE_DF),
    ...(en.docs > 0 ? { enDocs: en.docs, enDf: keep(en.df, MIN_HEADLINE_DF) } : {}),
    ...(enTokens > 0 ? { enTokens, enCount: keep(enCount, MIN_EN_COUNT) } : {}),
    countryDocs: keep(countryDocs, 1),
    countryPairs: keep(countryPairs, 1),
  };
}
/**
 * The periods (months) with the highest rate of a key that are left out of its typical rate: the
 * value scripts/background-trim-curve.ts picks (best mean development F1 over tables built from the
 * whole stream and from either half).
 */
export const TRIMMED_PERIODS = 3;

/**
 * Document frequencies at each key's typical rate: per period, the share of documents holding the
 * key; the `trimmed` highest shares are dropped and the rest averaged, then scaled back to the whole
 * corpus's document count.
 */
function typicalCounts(buckets: ReadonlyArray<{ docs: number; df: Map<string, number> }>, trimmed: number, documents: number): Map<string, number> {
  const kept = Math.max(1, buckets.length - trimmed);
  const keys = new Set(buckets.flatMap((b) => [...b.df.keys()]));
  const df = new Map<string, number>();
  for (const key of keys) {
    const rates = buckets.map((b) => (b.df.get(key) ?? 0) / b.docs).sort((a, b) => a - b);
    const typical = rates.slice(0, kept).reduce((a, b) => a + b, 0) / kept;
    const count = Math.round(typical * documents);
    if (count > 0) df.set(key, count);
  }
  return df;
}

function increment(map: Map<string, number>, key: string, by = 1): void {
  map.set(key, (map.get(key) ?? 0) + by);
}

function keep(map: Map<string, number>, min: number): Record<string, number> {
  return Object.fromEntries([...map].filter(([, n]) => n >= min).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)));
}
