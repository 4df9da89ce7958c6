import type { Lang } from '../model.ts';
import { guessLanguage } from './language.ts';
import { matchPhrase, type Lexicon } from './lexicon.ts';
import { stemWord } from './stem.ts';
import { isStopword } from './stopwords.ts';
import { tokenize } from './tokenize.ts';

// Token -> its key in a language ('' for a stopword), per lexicon: one map read per word in
// steady state instead of a stopword check, a stem and a translation lookup.
const WORD_KEY_CACHE_LIMIT = 200_000;
const wordKeyCaches = new WeakMap<Lexicon, Record<Lang, Map<string, string>>>();

function wordKeyCacheFor(lexicon: Lexicon, lang: Lang): Map<string, string> {
  let caches = wordKeyCaches.get(lexicon);
  if (caches === undefined) {
    caches = { id: new Map(), en: new Map() };
    wordKeyCaches.set(lexicon, caches);
  }
  return caches[lang];
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
  const wordKeys = lexicon.wordKeys[lang];
  const wordKeyCache = wordKeyCacheFor(lexicon, lang);
  let i = 0;
  while (i < tokens.length) {
    const phrase = matchPhrase(lexicon, tokens, i);
    if (phrase !== undefined) {
      keys.push(phrase.key);
      if (wantSurfaces && !surfaces.has(phrase.key)) surfaces.set(phrase.key, tokens.slice(i, i + phrase.length).join(' '));
      i += phrase.length;
      continue;
    }
    const token = tokens[i]!;
    i += 1;
    let key = wordKeyCache.get(token);
    if (key === undefined) {
      key = isStopword(token, lang) ? '' : (wordKeys.get(stemWord(token, lang)) ?? stemWord(token, lang));
      if (wordKeyCache.size >= WORD_KEY_CACHE_LIMIT) wordKeyCache.clear();
      wordKeyCache.set(token, key);
    }
    if (key === '') continue;
    keys.push(key);
    if (wantSurfaces && !surfaces.has(key)) surfaces.set(key, token);
  }
  return { lang, keys, surfaces };
}
