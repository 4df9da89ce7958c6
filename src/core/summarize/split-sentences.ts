// Sentence splitting for Indonesian and English news. A period ends a sentence unless the word
// before it is an abbreviation (titles, "Jl.", "dll.", "U.S."), an initial, or a list number; a
// number's own dots and commas never count, since a boundary needs whitespace after it
// ("Rp 1.011.000", "29.11.2024", "3,5"). The next sentence must not start in lower case, which
// keeps an attribution after a quote with the quote (`"Kami siap." kata Kim.`), and a quote
// that closes later in the paragraph is never split inside. Line breaks always end a sentence.
import type { Lang } from '../model.ts';
import {
  AMBIGUOUS, DOMAIN_END, DOTTED, INITIALS, LIST_END, NEVER_END, NUMBER_PREFIX, isSentenceStarter,
} from './abbreviations.ts';
import { isStopword } from '../text/stopwords.ts';
import { isBoilerplateSentence, proseLines } from './boilerplate.ts';

/** A sentence as offsets into the text it came from: `text.slice(start, end)`, trimmed. */
export interface SentenceSpan {
  start: number;
  end: number;
}

const TERMINATOR = /[.!?…]/;
// What may close a sentence after its terminator: quotes and brackets ("…Ukraina." / "(AS).)").
const CLOSER = /["”’'»)\]]/;
const OPEN_QUOTE = /[“„«]/;
const CLOSE_QUOTE = /[”»]/;
const SPACE = /\s/;
const LOWER = /\p{Ll}/u;
const DIGIT = /\p{Nd}/u;
const LEADING_OPENERS = /^["“‘'(\[{«„]+/;
// A short attribution after a quote: `"..." Zelensky said.`, `"..." Kata Kim.`
const SPEECH_VERB =
  'said|says|added|told|wrote|asked|stated|explained|kata|katanya|ujar|ujarnya|ucap|ucapnya|tutur|tuturnya|tegas|tegasnya|jelas|jelasnya|terang|terangnya|ungkap|ungkapnya|imbuh|imbuhnya|tambah|tambahnya|tulis|tulisnya|pungkas|pungkasnya|sebut|sebutnya|berkata|mengatakan|menyatakan|menegaskan|menambahkan|menjelaskan';
const ATTRIBUTION = new RegExp(`^(?:[\\p{L}.'’-]+\\s+){0,4}(?:${SPEECH_VERB})\\b`, 'u');
const ATTRIBUTION_MAX_WORDS = 6;

/**
 * Sentences of a text as offsets, nothing dropped: for cutting a text at a sentence boundary
 * without touching its formatting. Every line break is a boundary.
 */
export function sentenceSpans(text: string, lang?: Lang): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  const lineBreak = /\r\n|\r|\n|\u2028|\u2029/g;
  let lineStart = 0;
  for (;;) {
    const match = lineBreak.exec(text);
    const lineEnd = match === null ? text.length : match.index;
    spans.push(...mergeAttributions(text, scanLine(text, lineStart, lineEnd, lang)));
    if (match === null) break;
    lineStart = match.index + match[0].length;
  }
  return spans;
}

/**
 * Splits text into sentences, dropping page furniture: "Baca juga:" and "Read more:" links,
 * ad markers, bylines and credits, lists of other headlines. Whitespace is collapsed.
 */
export function splitSentences(text: string, lang?: Lang): string[] {
  const sentences: string[] = [];
  for (const line of proseLines(text)) {
    for (const piece of splitRunIns(line, lang)) {
      for (const span of sentenceSpans(piece, lang)) {
        const sentence = piece.slice(span.start, span.end).replace(/\s+/g, ' ').trim();
        if (/[\p{L}\p{N}]/u.test(sentence) && !isBoilerplateSentence(sentence)) sentences.push(sentence);
      }
    }
  }
  return sentences;
}

// A photo caption scraped into the paragraph has no full stop of its own, so it runs into the
// next sentence: "... banned from driving The brother of ...", "... the magazine Short and
// sweet: Julia revealed ...". Prose never has a sentence opener ("The", "In", "Dia") between
// a lower-case content word and a lower-case word ("driving The brother"), nor a capitalised
// label of one to four words with a colon, followed by running text, right after a lower-case
// content word ("magazine Short and sweet: Julia revealed"): the line is broken there, and the caption,
// left without a sentence end, is graded as such by the summariser. A function word before the
// break ("said on Twitter: The"), a quote after the colon (speech) or a title after it
// ("berjudul Solo: A Star Wars Story") keeps the line whole; "I" is capitalised anywhere.
const RUN_IN_OPENER = /(?<=(?:^|[^\p{L}\p{N}'’-])(\p{Ll}+)["”’')]?) (?=(\p{Lu}\p{Ll}*) [\p{Ll}\p{N}])/gu;
const RUN_IN_LABEL = /(?<=(?:^|[^\p{L}\p{N}'’-])(\p{Ll}+)["”’')]?) (?=\p{Lu}\p{Ll}+(?: \p{Ll}[\p{Ll}'’-]*){0,3}: (\p{Lu}\S*(?: \S+){0,2}))/gu;

export function splitRunIns(line: string, lang?: Lang): string[] {
  const cuts = new Set<number>();
  const isContentWord = (word: string) => !isStopword(word.toLowerCase(), 'en') && !isStopword(word.toLowerCase(), 'id');
  for (const m of line.matchAll(RUN_IN_OPENER)) {
    // The opener must be a function word too: "Salah" opens "Salah satu ..." but is also a name.
    if (m[2] !== 'I' && isSentenceStarter(m[2]!, lang) && !isContentWord(m[2]!) && isContentWord(m[1]!)) cuts.add(m.index);
  }
  for (const m of line.matchAll(RUN_IN_LABEL)) {
    const runningText = m[2]!.split(' ').some((w) => !/^\p{Lu}/u.test(w));
    if (runningText && isContentWord(m[1]!)) cuts.add(m.index);
  }
  if (cuts.size === 0) return [line];
  const pieces: string[] = [];
  let start = 0;
  for (const cut of [...cuts].sort((x, y) => x - y)) {
    pieces.push(line.slice(start, cut));
    start = cut + 1;
  }
  pieces.push(line.slice(start));
  return pieces.filter((p) => p.trim() !== '');
}

function skipSpace(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && SPACE.test(text[i]!)) i++;
  return i;
}

function pushTrimmed(spans: SentenceSpan[], text: string, start: number, end: number): void {
  let e = end;
  while (e > start && SPACE.test(text[e - 1]!)) e--;
  if (e > start) spans.push({ start, end: e });
}

function lastIndexOfAny(text: string, re: RegExp, from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) if (re.test(text[i]!)) return i;
  return -1;
}

function scanLine(text: string, lineStart: number, lineEnd: number, lang: Lang | undefined): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  // A quote only counts as open if something can close it later in the line; a quote that runs
  // on into the next paragraph (common in news) must not swallow this one.
  const lastClose = lastIndexOfAny(text, /["”»]/, lineStart, lineEnd);
  let start = skipSpace(text, lineStart, lineEnd);
  let open = false;
  // Nor does a sentence end inside parentheses that close later in the line ("(Dok. Basarnas)").
  let paren = false;
  let i = start;
  while (i < lineEnd) {
    const ch = text[i]!;
    if (ch === '(' || ch === ')') {
      const close = ch === '(' ? text.indexOf(')', i) : -1;
      paren = close !== -1 && close < lineEnd;
      i++;
      continue;
    }
    if (ch === '"') {
      open = open ? false : i < lastClose;
      i++;
      continue;
    }
    if (OPEN_QUOTE.test(ch)) {
      open = i < lastClose;
      i++;
      continue;
    }
    if (CLOSE_QUOTE.test(ch)) {
      open = false;
      i++;
      continue;
    }
    if (!TERMINATOR.test(ch)) {
      i++;
      continue;
    }
    let j = i;
    while (j < lineEnd && TERMINATOR.test(text[j]!)) j++;
    let k = j;
    let openAfter = open;
    while (k < lineEnd && CLOSER.test(text[k]!)) {
      // A double quote right after a terminator closes the quote, whatever came before.
      if (/["”»]/.test(text[k]!)) openAfter = false;
      if (text[k] === ')') paren = false;
      k++;
    }
    if (!openAfter && !paren && isBoundary(text, { start, i, j, k, lineEnd }, lang)) {
      pushTrimmed(spans, text, start, k);
      start = skipSpace(text, k, lineEnd);
    }
    open = openAfter;
    i = k;
  }
  pushTrimmed(spans, text, start, lineEnd);
  return spans;
}

interface Candidate {
  /** Where the current sentence starts. */
  start: number;
  /** The terminator run is [i, j); closing quotes and brackets run on to k. */
  i: number;
  j: number;
  k: number;
  lineEnd: number;
}

function isBoundary(text: string, c: Candidate, lang: Lang | undefined): boolean {
  if (c.k >= c.lineEnd) return true;
  const run = text.slice(c.i, c.j);
  const word = wordBefore(text, c.start, c.i);
  if (!SPACE.test(text[c.k]!)) return run === '.' && c.k === c.j && isGluedBoundary(word.text, text.slice(c.k, c.lineEnd));
  const m = skipSpace(text, c.k, c.lineEnd);
  if (m >= c.lineEnd) return true;
  const next = text[m]!;
  if (LOWER.test(next)) return false;
  if (run !== '.') return true; // "!", "?", "?!", an ellipsis: the next sentence starts in upper case
  if (c.k > c.j) return true; // "... (AS)." / '..." ' : a closer after the period ends the sentence
  const w = word.text;
  if (NEVER_END.has(w)) return false;
  if (NUMBER_PREFIX.has(w)) return !DIGIT.test(next);
  if (LIST_END.has(w)) return true;
  if (AMBIGUOUS.has(w) || INITIALS.test(w) || (DOTTED.test(w) && !DOMAIN_END.test(w))) {
    return isSentenceStarter(nextWord(text, m, c.lineEnd), lang);
  }
  // "1. Pertama, ..." : a list number at the start of a paragraph.
  if (/^\d{1,2}$/.test(w) && word.at === c.start) return false;
  return true;
}

function wordBefore(text: string, from: number, to: number): { text: string; at: number } {
  let s = to;
  while (s > from && !SPACE.test(text[s - 1]!)) s--;
  const raw = text.slice(s, to);
  const opener = LEADING_OPENERS.exec(raw)?.[0].length ?? 0;
  return { text: raw.slice(opener), at: s };
}

// The next word, as a sentence starter would be written; a lone letter followed by a period is
// another initial ("J. A. Smith"), never a starter.
function nextWord(text: string, from: number, to: number): string {
  const rest = text.slice(from, Math.min(to, from + 40)).replace(LEADING_OPENERS, '');
  const match = /^[\p{L}]+/u.exec(rest);
  if (match === null) return '';
  if (match[0].length === 1 && rest[1] === '.') return '';
  return match[0];
}

// "Ukraina.Sementara itu": scraped text sometimes loses the space after a full stop. Only a plain
// word before and a capitalised word after count, so "Kompas.com", "KOMPAS.TV" and "dr.Budi" stay.
function isGluedBoundary(word: string, rest: string): boolean {
  if (!/^\p{L}*\p{Ll}{2}$/u.test(word) || NEVER_END.has(word) || LIST_END.has(word)) return false;
  const next = /^\p{Lu}\p{Ll}+/u.exec(rest)?.[0];
  return next !== undefined && !/^(?:com|co|id|net|org|tv|go|gov|news)$/i.test(next);
}

const PHOTO_CREDIT = /^\((?:foto|photo|dok|dokumentasi|istimewa|getty|kredit|credit)\b[^()]*\)$/i;

function mergeAttributions(text: string, spans: SentenceSpan[]): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  for (const span of spans) {
    const prev = out.at(-1);
    const sentence = text.slice(span.start, span.end);
    const attribution = /["”’']$/.test(text.slice(prev?.start ?? 0, prev?.end ?? 0)) && isAttribution(sentence);
    // A photo credit belongs to the caption before it ("... Tengku Riski. (Dok. Basarnas Medan)").
    if (prev !== undefined && (attribution || PHOTO_CREDIT.test(sentence))) {
      prev.end = span.end;
    } else {
      out.push({ ...span });
    }
  }
  return out;
}

function isAttribution(sentence: string): boolean {
  const words = sentence.split(/\s+/);
  if (words.length > ATTRIBUTION_MAX_WORDS) return false;
  return ATTRIBUTION.test(sentence.charAt(0).toLowerCase() + sentence.slice(1));
}
