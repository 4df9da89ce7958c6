// Openings that lean on the sentence before: what a summary must not open with, since its reader
// never saw that sentence. Two strengths, because a personal pronoun or a demonstrative may also
// point forward: a feature's first sentence often does ("They may not be 'Star Trek'-type
// extraterrestrials, but ...", "This is the moment a ...", "It's well known that ...", "Mereka
// yang pernah ..."), while a connective ("However", "Namun"), a phrase naming what was said ("Hal
// itu", "Kasus tersebut", "This comes after") or a pronoun that speaks ("He said", "Dia
// mengatakan") continues a text and cannot begin one. General function words of each language,
// never names; the lists are per language, as lower-case words or phrases.
import type { Lang } from '../model.ts';

/**
 * How a sentence's opening leans on what came before it:
 * - `always`: it needs the sentence before, wherever it stands (a report whose lead was lost
 *   upstream opens with one);
 * - `unless-first`: a pronoun or demonstrative, which points forward only as the very first
 *   sentence of a report; after anything, even a skipped headline, it may mean what that named;
 * - `none`.
 */
export type BackPointer = 'always' | 'unless-first' | 'none';

interface BackPointerWords {
  /** Connectives and phrases that continue what was said. */
  continuing: readonly string[];
  /** Personal pronouns and demonstratives standing alone at the front. */
  pronouns: readonly string[];
  /** After a pronoun, a verb that makes it continue: speaking, or what "this" did next. */
  continuingVerbs: readonly string[];
  /** Openings that share a pronoun's first word but point forward or at the present. */
  forward: readonly string[];
}

const WORDS: Record<Lang, BackPointerWords> = {
  en: {
    continuing: [
      'but', 'and', 'or', 'yet', 'so', 'however', 'also', 'meanwhile', 'instead', 'still', 'then', 'nevertheless', 'nonetheless',
      'moreover', 'furthermore', 'besides', 'otherwise', 'likewise', 'similarly', 'thus', 'hence', 'therefore', 'in addition',
      'as a result', 'even so', 'according to him', 'according to her', 'according to them',
    ],
    pronouns: ['it', 'this', 'that', 'these', 'those', 'he', 'she', 'they', 'them', 'him', 'his', 'her', 'its', 'their', 'such'],
    continuingVerbs: [
      'said', 'says', 'told', 'tells', 'added', 'adds', 'explained', 'noted', 'stated', 'insisted', 'claimed', 'argued', 'warned',
      'admitted', 'continued', 'also', 'comes', 'came', 'follows', 'followed', 'means', 'meant', 'marks', 'marked', 'became', 'becomes',
    ],
    forward: [
      'those who', 'in addition to', 'as a result of', 'his majesty', 'her majesty', 'his royal highness', 'her royal highness', 'his holiness', 'his excellency',
      'her excellency', 'this week', 'this weekend', 'this month', 'this year', 'this morning', 'this afternoon', 'this evening',
      'this season', 'this summer', 'this winter', 'this spring', 'this autumn',
    ],
  },
  id: {
    continuing: [
      'itu', 'hal itu', 'hal ini', 'hal tersebut', 'tersebut', 'keduanya', 'ketiganya', 'namun', 'tetapi', 'tapi', 'akan tetapi',
      'sementara itu', 'selain itu', 'oleh karena itu', 'oleh sebab itu', 'karena itu', 'karenanya', 'untuk itu', 'dengan demikian',
      'meski begitu', 'meski demikian', 'meskipun begitu', 'meskipun demikian', 'kendati begitu', 'kendati demikian',
      'walau begitu', 'walau demikian', 'walaupun begitu', 'walaupun demikian', 'sebelumnya', 'kemudian', 'lalu', 'bahkan',
      'padahal', 'sedangkan', 'adapun', 'dan', 'juga', 'menurutnya', 'menurut dia', 'menurut beliau', 'menurut mereka', 'katanya',
    ],
    pronouns: ['ia', 'dia', 'beliau', 'mereka', 'ini'],
    continuingVerbs: [
      'mengatakan', 'menyatakan', 'menjelaskan', 'mengungkapkan', 'menegaskan', 'menambahkan', 'menuturkan', 'menyebut',
      'menyebutkan', 'berkata', 'mengaku', 'mengakui', 'menilai', 'juga', 'pun',
    ],
    forward: ['ia yang', 'dia yang', 'mereka yang', 'beliau yang', 'ini dia', 'ini yang'],
  },
};

// A short Indonesian phrase closed by "tersebut"/"itu" points at what was just named ("Kasus
// tersebut", "Dalam insiden itu", "Pada hari itu"); "ini" after a noun is the present ("Tahun ini").
const ID_NAMED_BEFORE = /^(?:[\p{L}-]+\s+){1,3}(?:tersebut|itu)\b/u;

const OPENING_QUOTE = String.raw`["“‘']?`;
const phrases = (list: readonly string[]): string => list.map((p) => p.replace(/ /g, String.raw`\s+`)).join('|');
// A whole word: "Itinerary" is not "it", and "Then-President", "So-called" are not connectives.
const opening = (list: readonly string[]): RegExp => new RegExp(String.raw`^${OPENING_QUOTE}(?:${phrases(list)})(?![\p{L}\p{N}]|-\p{L})`, 'iu');

const PATTERNS = Object.fromEntries(
  (Object.entries(WORDS) as Array<[Lang, BackPointerWords]>).map(([lang, w]) => [
    lang,
    {
      forward: opening(w.forward),
      continuing: opening(w.continuing),
      speaking: opening(w.pronouns.flatMap((p) => w.continuingVerbs.map((v) => `${p} ${v}`))),
      pronoun: opening(w.pronouns),
    },
  ]),
) as Record<Lang, { forward: RegExp; continuing: RegExp; speaking: RegExp; pronoun: RegExp }>;

/** How the sentence's opening leans on the sentence before it. */
export function backPointer(sentence: string, lang: Lang): BackPointer {
  const p = PATTERNS[lang];
  if (p.forward.test(sentence)) return 'none';
  if (p.continuing.test(sentence) || p.speaking.test(sentence)) return 'always';
  if (lang === 'id' && ID_NAMED_BEFORE.test(sentence.replace(/^["“‘']/, ''))) return 'always';
  return p.pronoun.test(sentence) ? 'unless-first' : 'none';
}

/** True when the sentence opens by pointing back at the one before it ("It became...", "Hal itu..."). */
export function refersBack(sentence: string, lang: Lang): boolean {
  return backPointer(sentence, lang) !== 'none';
}
