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
  /** Ordinary English news text, one document (title and summary) each. */
  enDocuments?: Iterable<string>;
  /** English word frequencies (a general corpus): the fallback when no English news documents are given. */
  enWords?: Iterable<{ word: string; count: number }>;
  lexiconHash: string;
  sources: string[];
}

/** Counts how often ordinary news uses each key, through the same text pipeline items go through. */
export function countBackground(input: BackgroundInput, lexicon: Lexicon): BackgroundData {
  const countryDocs = new Map<string, number>();
  const countryPairs = new Map<string, number>();
  const countDocuments = (documents: Iterable<string>, lang: 'id' | 'en') => {
    const df = new Map<string, number>();
    let docs = 0;
    for (const doc of documents) {
      docs += 1;
      // Evidence keys: words, entities and the phrases of adjacent words, as profiles use them.
      const distinct = evidenceKeys(analyzeText(doc, lexicon, lang).keys);
      for (const key of distinct) increment(df, key);
      const countries = [...countriesOf(distinct, lexicon)];
      for (const c of countries) increment(countryDocs, c);
      for (let i = 0; i < countries.length; i += 1) {
        for (let j = i + 1; j < countries.length; j += 1) increment(countryPairs, pairKey(countries[i]!, countries[j]!));
      }
    }
    return { docs, df };
  };
  const id = countDocuments(input.idDocuments, 'id');
  const en = countDocuments(input.enDocuments ?? [], 'en');

  const enCount = new Map<string, number>();
  let enTokens = 0;
  if (en.docs === 0) {
    for (const { word, count } of input.enWords ?? []) {
      enTokens += count;
      const lower = word.toLowerCase();
      const { keys } = analyzeText(lower, lexicon, 'en');
      // Stopwords analyse to nothing; they stay out of the table (and out of every profile).
      const key = keys.length === 1 ? keys[0]! : keys.length === 0 ? undefined : lexicon.wordKeys.en.get(stemWord(lower, 'en'));
      if (key !== undefined) increment(enCount, key, count);
    }
  }

  return {
    version: 1,
    lexiconHash: input.lexiconHash,
    sources: input.sources,
    idDocs: id.docs,
    idDf: keep(id.df, MIN_HEADLINE_DF),
    ...(en.docs > 0 ? { enDocs: en.docs, enDf: keep(en.df, MIN_HEADLINE_DF) } : { enTokens, enCount: keep(enCount, MIN_EN_COUNT) }),
    countryDocs: keep(countryDocs, 1),
    countryPairs: keep(countryPairs, 1),
  };
}
function increment(map: Map<string, number>, key: string, by = 1): void {
  map.set(key, (map.get(key) ?? 0) + by);
}

function keep(map: Map<string, number>, min: number): Record<string, number> {
  return Object.fromEntries([...map].filter(([, n]) => n >= min).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)));
}
