import { eng } from 'stopword/src/stopwords_eng.js';
import { ind } from 'stopword/src/stopwords_ind.js';
import type { Lang } from '../model.ts';

// Maintained lists (the `stopword` package) plus words that are function words in news
// copy specifically: reporting verbs and fillers that every article uses.
const NEWS_EXTRA: Record<Lang, string[]> = {
  id: [
    // Day and month names: every article body dates itself, headlines rarely do, so against a
    // headline background they would look like topic words.
    'senin', 'selasa', 'rabu', 'kamis', 'jumat', 'sabtu', 'minggu', 'januari', 'februari', 'maret', 'april', 'mei', 'juni',
    'juli', 'agustus', 'september', 'oktober', 'november', 'desember', 'wib', 'wita', 'wit',
    'ujar', 'ucap', 'tutur', 'terang', 'kata', 'katanya', 'menurut', 'dikutip', 'dilaporkan', 'jelas', 'sebut', 'menyebut', 'via', 'yakni', 'pun', 'nya'],
  en: [
    'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april',
    'june', 'july', 'august', 'september', 'october', 'november', 'december',
    'says', 'say', 'told', 'tells', 'according', 'reported', 'reports', 'report', 'also', 'just', 'new', 'will', 'one', 'two', 'us', 'via', 'its', 'it\'s', 'not', 'no', 'yes', 'than', 'so', 'per', 'may', 'amid'],
};

export const STOPWORDS: Record<Lang, ReadonlySet<string>> = {
  id: new Set([...ind, ...NEWS_EXTRA.id]),
  en: new Set([...eng, ...NEWS_EXTRA.en]),
};

/** A token that is a function word in either language is dropped from topic evidence. */
export function isStopword(token: string, lang: Lang): boolean {
  return STOPWORDS[lang].has(token);
}
