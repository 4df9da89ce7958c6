// Names learned from the text itself, not from the lexicon: runs of capitalised words in the
// middle of a sentence ("Daniel Penny", "Jordan Neely", "Sednaya"), and acronyms anywhere
// ("KUHAP", "PPRT"). A headline written in Title Case (most Indonesian and many English ones)
// capitalises every word, so there only acronyms count. Who a report is about is what it shares with its story's other
// reports; a window's idf over these names (NameFrequencies) weighs a rare name above a common one.
import type { Lang } from '../model.ts';
import { capitalisedShare } from '../text/capitalised-share.ts';
import { isStopword } from '../text/stopwords.ts';

const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’-]*/gu;
/** A capital letter opens the word. */
const CAPITALISED = /^\p{Lu}/u;
/** Two or more capitals and no lower case: an acronym (KPK, NATO). */
const ACRONYM = /^[\p{Lu}\p{N}]*\p{Lu}[\p{Lu}\p{N}]*\p{Lu}[\p{Lu}\p{N}]*$/u;
/** Names kept per item: the first ones (title first). */
export const MAX_NAMES = 16;

interface Word {
  text: string;
  /** First word of a sentence (or of the text): its capital says nothing. */
  initial: boolean;
}

function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  let initial = true;
  let last = 0;
  for (const match of text.matchAll(WORD)) {
    const gap = text.slice(last, match.index);
    if (/[.!?:;"“«\n]|\s[-–—]\s/.test(gap)) initial = true;
    words.push({ text: match[0], initial });
    initial = false;
    last = match.index + match[0].length;
  }
  return words;
}

/**
 * Title Case: most words of four letters or more are capitalised (a sentence-case English
 * sentence capitalises its names only, a minority of its long words).
 */
function isTitleCase(words: readonly Word[]): boolean {
  return capitalisedShare(words.filter((word) => word.text.length >= 4).map((word) => word.text)) > 0.5;
}

/**
 * The item's names: lower-cased words and pairs of adjacent name words, title first. Stateless, so
 * a reloaded index reads an item's names as the original did.
 */
export function namesOf(title: string, summary: string, lang: Lang): string[] {
  const names: string[] = [];
  for (const text of [title, summary]) {
    if (text === '') continue;
    const words = wordsOf(text);
    const titleCase = isTitleCase(words);
    let previous: string | undefined;
    for (const word of words) {
      const key = word.text.toLowerCase();
      // In Title Case or at a sentence's start a capital says nothing; an acronym always does.
      const name = !isStopword(key, lang) && (ACRONYM.test(word.text) || (!titleCase && !word.initial && CAPITALISED.test(word.text)));
      if (!name) {
        previous = undefined;
        continue;
      }
      if (!names.includes(key)) names.push(key);
      if (previous !== undefined) {
        const pair = `${previous} ${key}`;
        if (!names.includes(pair)) names.push(pair);
      }
      previous = key;
      if (names.length >= MAX_NAMES) return names;
    }
  }
  return names;
}

/** How many of the window's stories name each learned name: its idf among them. */
export class NameFrequencies {
  private readonly counts = new Map<string, number>();
  private stories = 0;

  addStory(): void {
    this.stories += 1;
  }

  removeStory(names: readonly string[]): void {
    this.stories -= 1;
    for (const name of names) this.remove(name);
  }

  add(name: string): void {
    this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
  }

  private remove(name: string): void {
    const count = (this.counts.get(name) ?? 0) - 1;
    if (count <= 0) this.counts.delete(name);
    else this.counts.set(name, count);
  }

  /** The idf of a name no story uses yet: the most a name can weigh. */
  maxIdf(): number {
    return Math.log(this.stories + 1) || 1;
  }

  /** ln((S + 1) / (df + 1)): a name no other story uses weighs most. */
  idf(name: string): number {
    return Math.log((this.stories + 1) / ((this.counts.get(name) ?? 0) + 1));
  }
}
