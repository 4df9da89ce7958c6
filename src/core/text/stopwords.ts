import { eng } from 'stopword/src/stopwords_eng.js';
import { ind } from 'stopword/src/stopwords_ind.js';
import type { Lang } from '../model.ts';
import { STEM_MATE_CONTENT_WORDS } from './stem-mate-content-words.ts';

// Maintained lists (the `stopword` package) plus words that are function words in news
// copy specifically: reporting verbs and fillers that every article uses.
export const NEWS_EXTRA_STOPWORDS: Record<Lang, string[]> = {
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

// The Tala list was drawn from word frequency, so it holds verbs that news uses as content
// ("naik", rise). When the stemmer folds common longer words onto such a word ("kenaikan" ->
// "naik"), the meaning is a key in the derived form and nothing in the bare one; the words news
// derives that often (stem-mate-content-words.ts, counted by scripts/stopword-stem-count.ts)
// stay keys in both forms. News fillers (NEWS_EXTRA_STOPWORDS) are dropped whatever.
function withoutStemMates(words: string[]): Set<string> {
  const set = new Set(words);
  const fillers = new Set(NEWS_EXTRA_STOPWORDS.id);
  for (const word of STEM_MATE_CONTENT_WORDS) if (!fillers.has(word)) set.delete(word);
  return set;
}

export const STOPWORDS: Record<Lang, ReadonlySet<string>> = {
  id: withoutStemMates([...ind, ...NEWS_EXTRA_STOPWORDS.id]),
  en: new Set([...eng, ...NEWS_EXTRA_STOPWORDS.en]),
};

/** A token that is a function word in either language is dropped from topic evidence. */
export function isStopword(token: string, lang: Lang): boolean {
  return STOPWORDS[lang].has(token);
}
