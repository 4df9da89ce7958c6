import type { Lang } from '../model.ts';
import { ENGLISH_MARK, INDONESIAN_MARK, languageMarks, languageOfMarks, TOKENS_LOOKED_AT } from './language.ts';
import { matchPhraseFrom, type Lexicon, type PhraseNode } from './lexicon.ts';
import { stemWord } from './stem.ts';
import { isStopword } from './stopwords.ts';
import { TokenTable } from './token-table.ts';

// Token -> what the pipeline makes of it, per lexicon: whether a phrase starts with it, which
// languages it marks for the language guess, and its word key in each language ('' for a
// stopword; worked out the first time the token is read in that language). One table read per
// token in steady state, done while tokenizing, instead of two marker-set reads, a trie step, a
// stopword check, a stem and a translation lookup.
interface TokenInfo {
  phrase: PhraseNode | undefined;
  marks: number;
  idKey: string | undefined;
  enKey: string | undefined;
}
const TOKEN_CACHE_LIMIT = 200_000;
const tokenTables = new WeakMap<Lexicon, TokenTable<TokenInfo>>();

function tokenTableFor(lexicon: Lexicon): TokenTable<TokenInfo> {
  let table = tokenTables.get(lexicon);
  if (table === undefined) {
    const infoOf = (token: string): TokenInfo => ({ phrase: lexicon.phrases.next.get(token), marks: languageMarks(token), idKey: undefined, enKey: undefined });
    table = new TokenTable(infoOf, TOKEN_CACHE_LIMIT);
    tokenTables.set(lexicon, table);
  }
  return table;
}

function wordKey(info: TokenInfo, token: string, lexicon: Lexicon, lang: Lang): string {
  let key = lang === 'id' ? info.idKey : info.enKey;
  if (key === undefined) {
    const stem = isStopword(token, lang) ? '' : stemWord(token, lang);
    key = stem === '' ? '' : (lexicon.wordKeys[lang].get(stem) ?? stem);
    if (lang === 'id') info.idKey = key;
    else info.enKey = key;
  }
  return key;
}

// Written in capitals, "US" and "U.S." are the United States and "AS" is Amerika Serikat; lower-cased
// they would be the pronoun "us" and the word "as" (stopwords). Only the capitalised forms are read
// as the country, before tokenizing lowercases them.
const CAPITAL_ACRONYM = /\bU\.S\.|\b(?:US|AS)\b/;
const CAPITAL_ACRONYMS = /\bU\.S\.|\bUS\b|\bAS\b/g;

function expandCapitalAcronyms(text: string): string {
  return text.replace(CAPITAL_ACRONYMS, (acronym) => (acronym === 'AS' ? ' Amerika Serikat ' : ' United States '));
}

/** A text reduced to evidence keys: entity keys ("@kp"), phrase keys and word stems, in order. */
export interface AnalyzedText {
  lang: Lang;
  keys: string[];
  /** The first surface form seen for each key, to label learned terms (only when asked for: else empty). */
  surfaces: ReadonlyMap<string, string>;
  /**
   * The place keys ("#pati") of the places named within region entities, in order (only when
   * asked for: else empty). Kept apart from `keys`: a topic reads "Pati" as Java, as it always
   * did; the story index adds them to its vectors.
   */
  places: readonly string[];
}

/** The surfaces of a text analysed without asking for them: one shared empty map, not one per call. */
const NO_SURFACES: ReadonlyMap<string, string> = new Map();
const NO_PLACES: readonly string[] = [];

/**
 * Text pipeline: tokenize, guess the language, map entity aliases and multi-word phrases
 * (longest first, before stopwords go, since "Menteri Luar Negeri" holds one), drop
 * stopwords, stem the rest and fold translations and synonyms onto one key.
 */
export function analyzeText(text: string, lexicon: Lexicon, langHint?: Lang, options: { surfaces?: boolean; lang?: Lang; places?: boolean } = {}): AnalyzedText {
  const table = tokenTableFor(lexicon);
  table.read(CAPITAL_ACRONYM.test(text) ? expandCapitalAcronyms(text) : text);
  const { tokens, values: infos, count } = table;
  // guessLanguage's count, read off the infos the keys need anyway.
  let id = 0;
  let en = 0;
  for (let i = 0; i < count && i < TOKENS_LOOKED_AT; i += 1) {
    if ((infos[i]!.marks & INDONESIAN_MARK) !== 0) id += 1;
    if ((infos[i]!.marks & ENGLISH_MARK) !== 0) en += 1;
  }
  // A caller that knows the language (a title read apart from its text) sets it.
  const lang = options.lang ?? languageOfMarks(id, en, langHint);
  const keys: string[] = [];
  // Matching runs this per item at high rate; surface forms are only for learning's labels.
  const surfaces = options.surfaces === true ? new Map<string, string>() : undefined;
  const places: string[] | undefined = options.places === true ? [] : undefined;
  let i = 0;
  while (i < count) {
    const token = tokens[i]!;
    const info = infos[i]!;
    const phrase = info.phrase === undefined ? undefined : matchPhraseFrom(info.phrase, tokens, i, count);
    if (phrase !== undefined) {
      keys.push(phrase.key);
      if (places !== undefined && phrase.place !== undefined) places.push(phrase.place);
      if (surfaces !== undefined && !surfaces.has(phrase.key)) surfaces.set(phrase.key, tokens.slice(i, i + phrase.length).join(' '));
      i += phrase.length;
      continue;
    }
    i += 1;
    const key = wordKey(info, token, lexicon, lang);
    if (key === '') continue;
    keys.push(key);
    if (surfaces !== undefined && !surfaces.has(key)) surfaces.set(key, token);
  }
  return { lang, keys, surfaces: surfaces ?? NO_SURFACES, places: places ?? NO_PLACES };
}
