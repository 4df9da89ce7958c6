import type { Lang } from '../model.ts';
import { guessLanguage } from './language.ts';
import { matchPhraseFrom, type Lexicon, type PhraseNode } from './lexicon.ts';
import { stemWord } from './stem.ts';
import { isStopword } from './stopwords.ts';
import { tokenize } from './tokenize.ts';

// Token -> what the pipeline makes of it in a language, per lexicon: whether a phrase starts
// with it and its word key ('' for a stopword). One map read per token in steady state instead
// of a trie step, a stopword check, a stem and a translation lookup.
interface TokenInfo {
  phrase: PhraseNode | undefined;
  key: string;
}
const TOKEN_CACHE_LIMIT = 200_000;
const tokenCaches = new WeakMap<Lexicon, Record<Lang, Map<string, TokenInfo>>>();

function tokenCacheFor(lexicon: Lexicon, lang: Lang): Map<string, TokenInfo> {
  let caches = tokenCaches.get(lexicon);
  if (caches === undefined) {
    caches = { id: new Map(), en: new Map() };
    tokenCaches.set(lexicon, caches);
  }
  return caches[lang];
}

function tokenInfo(token: string, lexicon: Lexicon, lang: Lang, cache: Map<string, TokenInfo>): TokenInfo {
  let info = cache.get(token);
  if (info === undefined) {
    const stem = isStopword(token, lang) ? '' : stemWord(token, lang);
    info = { phrase: lexicon.phrases.next.get(token), key: stem === '' ? '' : (lexicon.wordKeys[lang].get(stem) ?? stem) };
    if (cache.size >= TOKEN_CACHE_LIMIT) cache.clear();
    cache.set(token, info);
  }
  return info;
}

/** A text reduced to evidence keys: entity keys ("@kp"), phrase keys and word stems, in order. */
export interface AnalyzedText {
  lang: Lang;
  keys: string[];
  /** The first surface form seen for each key, to label learned terms (only when asked for). */
  surfaces: Map<string, string>;
}

/**
 * Text pipeline: tokenize, guess the language, map entity aliases and multi-word phrases
 * (longest first, before stopwords go, since "Menteri Luar Negeri" holds one), drop
 * stopwords, stem the rest and fold translations and synonyms onto one key.
 */
export function analyzeText(text: string, lexicon: Lexicon, langHint?: Lang, options: { surfaces?: boolean } = {}): AnalyzedText {
  const tokens = tokenize(text);
  const lang = guessLanguage(tokens, langHint);
  const keys: string[] = [];
  const surfaces = new Map<string, string>();
  // Matching runs this per item at high rate; surface forms are only for learning's labels.
  const wantSurfaces = options.surfaces === true;
  const cache = tokenCacheFor(lexicon, lang);
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i]!;
    const info = tokenInfo(token, lexicon, lang, cache);
    const phrase = info.phrase === undefined ? undefined : matchPhraseFrom(info.phrase, tokens, i);
    if (phrase !== undefined) {
      keys.push(phrase.key);
      if (wantSurfaces && !surfaces.has(phrase.key)) surfaces.set(phrase.key, tokens.slice(i, i + phrase.length).join(' '));
      i += phrase.length;
      continue;
    }
    i += 1;
    if (info.key === '') continue;
    keys.push(info.key);
    if (wantSurfaces && !surfaces.has(info.key)) surfaces.set(info.key, token);
  }
  return { lang, keys, surfaces };
}
