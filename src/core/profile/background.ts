// Background statistics: how often ordinary news uses each key, per language. A seed term is
// evidence for a topic in proportion to how much more often the seeds use it than ordinary news
// does, so "Belousov" outweighs "mengatakan" without anyone listing either. The table counts
// documents (a headline, or a headline plus its feed summary), the unit items come in.
import type { Lang } from '../model.ts';
import type { WordAssociations } from './word-associations.ts';
import { isPlaceKey } from '../text/lexicon.ts';

export interface BackgroundData {
  version: 1;
  /** Hash of the lexicon the table was built with: keys change when the lexicon does. */
  lexiconHash: string;
  /** Where the counts came from, for the README and for `newshound learn` to print. */
  sources: string[];
  /** Indonesian: number of news documents (headlines) counted, and in how many each key occurs. */
  idDocs: number;
  idDf: Record<string, number>;
  /** English news documents (title + summary, or one sentence of an article) counted, and in how many each key occurs. */
  enDocs?: number;
  enDf?: Record<string, number>;
  /**
   * English word-frequency corpus (SUBTLEX-US) size in tokens, and token counts per key: the prior
   * the news documents are read over (ENGLISH_WORDS_PRIOR_DOCS), or the English table alone when a
   * table has no English news documents.
   */
  enTokens?: number;
  enCount?: Record<string, number>;
  /** Documents naming each country (any alias, leader or place of it), and each pair of countries. */
  countryDocs: Record<string, number>;
  countryPairs: Record<string, number>;
  /**
   * Word associations of the same news, per language (word-associations.ts): kept in a compact
   * file beside the table (readBackgroundData reads it), never in the JSON.
   */
  associations?: Partial<Record<Lang, WordAssociations>>;
}

/**
 * Document frequencies of analysed keys over what the worker itself saw lately (the plumbing's
 * `recent-df.ts` keeps it, bounded in memory; this is its shape, so either side compiles alone).
 */
export interface RecentDocumentFrequencies {
  version: 1;
  docs: { id: number; en: number };
  df: { id: Record<string, number>; en: Record<string, number> };
}

/** Keys seen in fewer documents than this are left out of the table (count-background.ts). */
export const MIN_DOCUMENT_FREQUENCY = 3;
/** Tokens in a typical headline-plus-lead; turns a token rate into a per-document rate (English word counts only). */
const TOKENS_PER_DOC = 12;
/**
 * How many documents the shipped table counts for when blended with what the worker saw: with
 * fewer recent documents than this the prior dominates; with many more, the worker's own feeds do.
 */
export const PRIOR_WEIGHT_DOCS = 20_000;

export interface Background {
  /**
   * Probability that an ordinary news document in `lang` holds the key (never 0). Without a
   * language, Indonesian is read first, then English (older callers).
   */
  probability(key: string, lang?: Lang): number;
  /** P(b | a) for two countries in ordinary news: how interchangeable they are as evidence. */
  countryConditional(a: string, b: string): number;
  /** Documents counted per language (the prior's, plus the worker's own when blended). */
  docs(lang: Lang): number;
  /** Which words ordinary news says beside which (word-associations.ts), when the table has them. */
  associations(lang: Lang): WordAssociations | undefined;
  sources: readonly string[];
}

export function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

/**
 * How many documents the English word-frequency prior (SUBTLEX-US, film subtitles) counts for
 * when the table also holds English news documents: p = (df_news + W * p_words) / (docs_news + W).
 * A small news corpus then corrects the subtitles where news differs most ("countries", "imports",
 * "officials" are everyday news words, rare on film) without letting its own gaps (a word its few
 * thousand sentences never used) look impossible. scripts/english-prior-curve.ts prints the curve
 * over the English development data (tariffs topic, its leave-one-seed-out sets, the default
 * topic's English items) this value was read from.
 */
export const ENGLISH_WORDS_PRIOR_DOCS = 1_000;

interface LanguageTable {
  docs: number;
  rate: (key: string) => number | undefined;
}

/** A document-frequency table as a lookup: key -> probability per document, or undefined when unseen. */
function documentTable(docs: number, df: Record<string, number>): LanguageTable {
  const n = Math.max(docs, 1);
  return { docs: n, rate: (key) => (df[key] === undefined ? undefined : df[key]! / n) };
}

/** A word-count table counts tokens: a document of TOKENS_PER_DOC tokens is the unit. */
function wordCountTable(tokens: number, counts: Record<string, number>): LanguageTable {
  return {
    docs: Math.max(Math.round(tokens / TOKENS_PER_DOC), 1),
    rate: (key) => (counts[key] === undefined || tokens === 0 ? undefined : Math.min(1, (TOKENS_PER_DOC * counts[key]!) / tokens)),
  };
}

/** One language's table as a lookup: key -> probability per document, or undefined when unseen. */
function languageTable(data: BackgroundData, lang: Lang, englishPriorDocs: number): LanguageTable {
  if (lang === 'id') return documentTable(data.idDocs, data.idDf);
  const news = data.enDf !== undefined && (data.enDocs ?? 0) > 0 ? documentTable(data.enDocs!, data.enDf) : undefined;
  const words = data.enCount !== undefined && (data.enTokens ?? 0) > 0 ? wordCountTable(data.enTokens!, data.enCount) : undefined;
  if (news === undefined) return words ?? wordCountTable(0, {});
  if (words === undefined || englishPriorDocs <= 0) return news;
  if (!Number.isFinite(englishPriorDocs)) return words;
  // Both: the news documents on top of the word counts as a prior of englishPriorDocs documents.
  return {
    docs: news.docs + englishPriorDocs,
    rate: (key) => {
      const seen = news.rate(key);
      const prior = words.rate(key);
      if (seen === undefined && prior === undefined) return undefined;
      const df = seen === undefined ? 0 : seen * news.docs;
      return (df + englishPriorDocs * (prior ?? 0.5 / words.docs)) / (news.docs + englishPriorDocs);
    },
  };
}

/**
 * The background a profile is learned against: the shipped table (the prior) and, when given,
 * the document frequencies of what the worker saw lately, blended as if the prior were
 * PRIOR_WEIGHT_DOCS documents: p = (df_recent + W * p_prior) / (docs_recent + W). Within the
 * shipped table, English news documents are read over the English word counts as a prior of
 * `englishPriorDocs` documents (ENGLISH_WORDS_PRIOR_DOCS; other values for
 * scripts/english-prior-curve.ts only).
 */
export function makeBackground(data: BackgroundData, recent?: RecentDocumentFrequencies, englishPriorDocs = ENGLISH_WORDS_PRIOR_DOCS): Background {
  const tables = { id: languageTable(data, 'id', englishPriorDocs), en: languageTable(data, 'en', englishPriorDocs) };
  const prior = (key: string, lang: Lang): number => {
    const table = tables[lang];
    const rate = table.rate(key);
    if (rate !== undefined) return rate;
    // A phrase the table lacks was seen in fewer than MIN_DOCUMENT_FREQUENCY documents, and is
    // never commoner than its rarer word.
    const space = key.indexOf(' ');
    if (space > 0 && !key.startsWith('@')) {
      const parts = key.split(' ').map((part) => table.rate(part) ?? 0.5 / table.docs);
      return Math.min((MIN_DOCUMENT_FREQUENCY - 0.5) / table.docs, ...parts);
    }
    // Keys never seen get the probability of a key seen once in twice the corpus: rare, not impossible.
    return 0.5 / table.docs;
  };
  const blended = (key: string, lang: Lang): number => {
    const p = prior(key, lang);
    const docs = recent?.docs[lang] ?? 0;
    // The recent table does not count place keys (recent-df.ts): their rate is the shipped one.
    if (recent === undefined || docs <= 0 || isPlaceKey(key)) return p;
    const df = recent.df[lang][key] ?? 0;
    return (df + PRIOR_WEIGHT_DOCS * p) / (docs + PRIOR_WEIGHT_DOCS);
  };
  return {
    sources: recent === undefined ? data.sources : [...data.sources, `recent feeds: ${recent.docs.id} Indonesian and ${recent.docs.en} English items`],
    probability(key, lang) {
      if (lang !== undefined) return blended(key, lang);
      // Older callers name no language: the Indonesian table first, then the English one.
      if (tables.id.rate(key) !== undefined) return blended(key, 'id');
      if (tables.en.rate(key) !== undefined) return blended(key, 'en');
      return blended(key, 'id');
    },
    docs(lang) {
      return tables[lang].docs + (recent?.docs[lang] ?? 0);
    },
    associations(lang) {
      return data.associations?.[lang];
    },
    countryConditional(a, b) {
      const docsA = data.countryDocs[a] ?? 0;
      if (docsA === 0) return 0;
      return (data.countryPairs[pairKey(a, b)] ?? 0) / docsA;
    },
  };
}
