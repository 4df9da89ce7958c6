import type { Lang } from '../model.ts';

// A short-text guess between the two languages newshound serves, from the most frequent
// function words of each. General detectors (franc, cld) need far longer text than a headline
// and can answer Malay or Tagalog; here the choice is binary and a hint breaks ties.
const INDONESIAN_MARKERS = new Set([
  'yang', 'dan', 'di', 'ke', 'dari', 'untuk', 'dengan', 'ini', 'itu', 'pada', 'dalam', 'tidak', 'akan',
  'adalah', 'oleh', 'juga', 'sebagai', 'bahwa', 'atau', 'karena', 'saat', 'telah', 'tersebut', 'kepada',
  'para', 'bisa', 'sudah', 'ada', 'tak', 'soal', 'jadi', 'usai', 'kata', 'hingga', 'bagi', 'serta', 'antara',
]);
const ENGLISH_MARKERS = new Set([
  'the', 'and', 'of', 'to', 'in', 'for', 'on', 'with', 'is', 'was', 'that', 'by', 'at', 'as', 'from', 'has',
  'have', 'are', 'be', 'it', 'its', 'an', 'after', 'says', 'said', 'his', 'her', 'their', 'will', 'over',
  'into', 'about', 'who', 'this', 'were', 'not', 'but',
]);

/** The first tokens say as much as all of them: function words are everywhere. */
export const TOKENS_LOOKED_AT = 60;

/** languageMarks bits: a function word of Indonesian, of English. */
export const INDONESIAN_MARK = 1;
export const ENGLISH_MARK = 2;

/** Which languages a token marks (INDONESIAN_MARK | ENGLISH_MARK), for callers that cache it per token. */
export function languageMarks(token: string): number {
  return (INDONESIAN_MARKERS.has(token) ? INDONESIAN_MARK : 0) | (ENGLISH_MARKERS.has(token) ? ENGLISH_MARK : 0);
}

/** The guess from how many of the first TOKENS_LOOKED_AT tokens mark each language. */
export function languageOfMarks(id: number, en: number, hint: Lang = 'id'): Lang {
  if (id === en) return hint;
  return id > en ? 'id' : 'en';
}

export function guessLanguage(tokens: readonly string[], hint: Lang = 'id'): Lang {
  let id = 0;
  let en = 0;
  for (let i = 0; i < tokens.length && i < TOKENS_LOOKED_AT; i += 1) {
    const marks = languageMarks(tokens[i]!);
    if ((marks & INDONESIAN_MARK) !== 0) id += 1;
    if ((marks & ENGLISH_MARK) !== 0) en += 1;
  }
  return languageOfMarks(id, en, hint);
}
