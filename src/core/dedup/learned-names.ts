// Names learned from the text itself, not from the lexicon: runs of capitalised words in the
// middle of a sentence ("Daniel Penny", "Jordan Neely", "Sednaya"), and acronyms anywhere
// ("KUHAP", "PPRT"). A headline written in Title Case (most Indonesian and many English ones)
// capitalises every word, so there only acronyms count. Who a report is about is what it shares with its story's other
// reports; a window's idf over these names (NameFrequencies) weighs a rare name above a common one.
import type { Lang } from '../model.ts';
import { capitalisedShare } from '../text/capitalised-share.ts';
import { isStopword } from '../text/stopwords.ts';

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
  /** It opens with a capital letter. */
  capital: boolean;
}

/**
 * A capital letter opens the word. Most words are ASCII, read from their first code unit; the
 * rest by CAPITALISED.
 */
function opensWithCapital(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return false;
  return CAPITALISED.test(word);
}

const SPACE = /\s/;

/**
 * A sentence opens after the gap text[from, to): it holds one of . ! ? : ; " “ « or a line break,
 * or a dash between spaces. Read code unit by code unit: it runs for every word of every item.
 */
function opensSentence(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 46 || c === 33 || c === 63 || c === 58 || c === 59 || c === 34 || c === 0x201c || c === 0xab || c === 10) return true;
    if ((c === 45 || c === 0x2013 || c === 0x2014) && i > from && i + 1 < to && SPACE.test(text[i - 1]!) && SPACE.test(text[i + 1]!)) return true;
  }
  return false;
}

/**
 * A word: a letter or number, then letters, numbers, marks, apostrophes and hyphens
 * ([\p{L}\p{N}] then [\p{L}\p{N}\p{M}'’-], any number). These test a character outside ASCII.
 */
const WORD_START = /^[\p{L}\p{N}]$/u;
const WORD_PART = /^[\p{L}\p{N}\p{M}'’-]$/u;

/** Can the code point open a word (a letter or a number)? ASCII by range, the rest by WORD_START. */
function opensWord(cp: number): boolean {
  if (cp < 128) return (cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90) || (cp >= 48 && cp <= 57);
  return WORD_START.test(String.fromCodePoint(cp));
}

/** Can the code point go on a word (a letter, number, mark, apostrophe or hyphen)? */
function continuesWord(cp: number): boolean {
  if (cp < 128) return (cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90) || (cp >= 48 && cp <= 57) || cp === 39 || cp === 45;
  return cp === 0x2019 || WORD_PART.test(String.fromCodePoint(cp));
}

/**
 * The text's words in order, read code point by code point (a regex match object per word cost
 * more than the names found in it: this runs for every item the story model sees).
 */
function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  let initial = true;
  let last = 0;
  let i = 0;
  while (i < text.length) {
    const cp = text.codePointAt(i)!;
    if (!opensWord(cp)) {
      i += cp > 0xffff ? 2 : 1;
      continue;
    }
    const start = i;
    i += cp > 0xffff ? 2 : 1;
    while (i < text.length) {
      const next = text.codePointAt(i)!;
      if (!continuesWord(next)) break;
      i += next > 0xffff ? 2 : 1;
    }
    const word = text.slice(start, i);
    if (opensSentence(text, last, start)) initial = true;
    words.push({ text: word, initial, capital: opensWithCapital(word) });
    initial = false;
    last = i;
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
      // A name opens with a capital (an acronym too) or a digit (an acronym like "5G" can); a
      // word opening in lower case is none, and needs no more reading.
      const c = word.text.charCodeAt(0);
      const maybe = word.capital || (c >= 48 && c <= 57) || c >= 128;
      if (!maybe) {
        previous = undefined;
        continue;
      }
      const key = word.text.toLowerCase();
      // In Title Case or at a sentence's start a capital says nothing; an acronym always does.
      const name = !isStopword(key, lang) && (ACRONYM.test(word.text) || (!titleCase && !word.initial && word.capital));
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
