import type { Lang } from '../model.ts';
import { guessLanguage } from './language.ts';
import { matchPhrase, type Lexicon } from './lexicon.ts';
import { stemWord } from './stem.ts';
import { isStopword } from './stopwords.ts';
import { tokenize } from './tokenize.ts';

/** A text reduced to evidence keys: entity keys ("@kp"), phrase keys and word stems, in order. */
export interface AnalyzedText {
  lang: Lang;
  keys: string[];
  /** The first surface form seen for each word key, to explain a match in readable words. */
  surfaces: Map<string, string>;
}

/**
 * Text pipeline: tokenize, guess the language, map entity aliases and multi-word phrases
 * (longest first, before stopwords go, since "Menteri Luar Negeri" holds one), drop
 * stopwords, stem the rest and fold translations and synonyms onto one key.
 */
export function analyzeText(text: string, lexicon: Lexicon, langHint?: Lang): AnalyzedText {
  const tokens = tokenize(text);
  const lang = guessLanguage(tokens, langHint);
  const keys: string[] = [];
  const surfaces = new Map<string, string>();
  const wordKeys = lexicon.wordKeys[lang];
  let i = 0;
  while (i < tokens.length) {
    const phrase = matchPhrase(lexicon, tokens, i);
    if (phrase !== undefined) {
      keys.push(phrase.key);
      if (!surfaces.has(phrase.key)) surfaces.set(phrase.key, tokens.slice(i, i + phrase.length).join(' '));
      i += phrase.length;
      continue;
    }
    const token = tokens[i]!;
    i += 1;
    if (isStopword(token, lang)) continue;
    const stem = stemWord(token, lang);
    const key = wordKeys.get(stem) ?? stem;
    keys.push(key);
    if (!surfaces.has(key)) surfaces.set(key, token);
  }
  return { lang, keys, surfaces };
}
