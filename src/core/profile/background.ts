// Background statistics: how often ordinary news uses each key. A seed term is evidence for
// a topic in proportion to how much more often the seeds use it than ordinary news does, so
// "Belousov" outweighs "mengatakan" without anyone listing either.

export interface BackgroundData {
  version: 1;
  /** Hash of the lexicon the table was built with: keys change when the lexicon does. */
  lexiconHash: string;
  /** Where the counts came from, for the README and for `newshound learn` to print. */
  sources: string[];
  /** Indonesian: number of headlines counted, and in how many each key occurs. */
  idDocs: number;
  idDf: Record<string, number>;
  /** English: word-frequency corpus size in tokens, and token counts per key. */
  enTokens: number;
  enCount: Record<string, number>;
  /** Headlines naming each country (any alias, leader or place of it), and each pair of countries. */
  countryDocs: Record<string, number>;
  countryPairs: Record<string, number>;
}

/** Tokens in a typical headline-plus-lead; turns a token rate into a per-document rate. */
const TOKENS_PER_DOC = 12;

export interface Background {
  /** Probability that an ordinary news headline holds the key (never 0). */
  probability(key: string): number;
  /** P(b | a) for two countries in ordinary news: how interchangeable they are as evidence. */
  countryConditional(a: string, b: string): number;
  sources: readonly string[];
}

export function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

export function makeBackground(data: BackgroundData): Background {
  // Keys never seen get the probability of a key seen once in twice the corpus: rare, not impossible.
  const floor = 0.5 / Math.max(data.idDocs, 1);
  return {
    sources: data.sources,
    probability(key) {
      const df = data.idDf[key];
      if (df !== undefined) return df / data.idDocs;
      const count = data.enCount[key];
      if (count !== undefined && data.enTokens > 0) return Math.min(1, (TOKENS_PER_DOC * count) / data.enTokens);
      return floor;
    },
    countryConditional(a, b) {
      const docsA = data.countryDocs[a] ?? 0;
      if (docsA === 0) return 0;
      return (data.countryPairs[pairKey(a, b)] ?? 0) / docsA;
    },
  };
}
