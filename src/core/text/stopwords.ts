import { eng, ind } from 'stopword';
import type { Lang } from '../model.ts';

// Maintained lists (the `stopword` package) plus words that are function words in news
// copy specifically: reporting verbs and fillers that every article uses.
const NEWS_EXTRA: Record<Lang, string[]> = {
  id: ['ujar', 'ucap', 'tutur', 'terang', 'kata', 'katanya', 'menurut', 'dikutip', 'dilaporkan', 'jelas', 'sebut', 'menyebut', 'via', 'yakni', 'pun', 'nya'],
  en: ['says', 'say', 'told', 'tells', 'according', 'reported', 'reports', 'report', 'also', 'just', 'new', 'will', 'one', 'two', 'us', 'via', 'its', 'it\'s', 'not', 'no', 'yes', 'than', 'so', 'per', 'may', 'amid'],
};

export const STOPWORDS: Record<Lang, ReadonlySet<string>> = {
  id: new Set([...ind, ...NEWS_EXTRA.id]),
  en: new Set([...eng, ...NEWS_EXTRA.en]),
};

/** A token that is a function word in either language is dropped from topic evidence. */
export function isStopword(token: string, lang: Lang): boolean {
  return STOPWORDS[lang].has(token);
}
