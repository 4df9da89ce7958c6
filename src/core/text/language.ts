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
const TOKENS_LOOKED_AT = 60;

export function guessLanguage(tokens: readonly string[], hint: Lang = 'id'): Lang {
  let id = 0;
  let en = 0;
  for (const token of tokens.length > TOKENS_LOOKED_AT ? tokens.slice(0, TOKENS_LOOKED_AT) : tokens) {
    if (INDONESIAN_MARKERS.has(token)) id += 1;
    if (ENGLISH_MARKERS.has(token)) en += 1;
  }
  if (id === en) return hint;
  return id > en ? 'id' : 'en';
}
