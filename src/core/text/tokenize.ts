// Unicode tokenizer: letters and digits of any script, lowercased after NFKC so that
// full-width forms, ligatures and composed accents compare equal.
const WORD = /[\p{L}\p{N}]+(?:[-‐‑][\p{L}\p{N}]+)*/gu;
const HAS_DIGIT = /\p{N}/u;
const HYPHEN = /[-‐‑]/;
/** What a plain separator neither is nor becomes under NFKC. */
const WORD_PART = /[\p{L}\p{N}\p{M}\-‐‑]/u;

/** Receives a text's tokens, in order. */
export interface TokenSink {
  /**
   * A token that is text[start, end) lowercased, ASCII letters only; `hash` is its tokenHash.
   * `low` and `high`: its first six letters and its next six packed five bits each (packLetters),
   * read during the scan so that a sink need not read them again; meaningful up to twelve letters.
   */
  span(text: string, start: number, end: number, hash: number, low: number, high: number): void;
  /** A token given as its string. */
  token(token: string): void;
  /** Forgets the tokens given so far: the text is read again from its start. */
  clear(): void;
}

/**
 * Splits text into lowercase word tokens. Hyphenated forms are handled the Indonesian way:
 * a reduplication ("negara-negara", "besar-besaran") stands for its base word, any other
 * compound ("Kim Jong-un", "Rusia-Ukraina") is split into its parts. Tokens holding a digit
 * are dropped: dates and counts say nothing about a topic.
 */
export function tokenize(text: string): string[] {
  const list = new TokenList();
  tokenizeInto(text, list);
  return list.tokens;
}

/** tokenize's tokens, given to a sink: those of plain text as spans of it, not yet strings. */
export function tokenizeInto(text: string, sink: TokenSink): void {
  // NFKC is the costliest step and changes no word of plain text (ASCII and plain separators),
  // which most news copy is; nor does the Unicode word pattern, which a scan of character codes
  // replaces there (same tokens).
  if (scanPlainText(text, sink)) return;
  sink.clear();
  for (const match of text.normalize('NFKC').toLowerCase().matchAll(WORD)) addWord(match[0], sink);
}

class TokenList implements TokenSink {
  tokens: string[] = [];

  span(text: string, start: number, end: number): void {
    this.tokens.push(text.slice(start, end).toLowerCase());
  }

  token(token: string): void {
    this.tokens.push(token);
  }

  clear(): void {
    this.tokens = [];
  }
}

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/** FNV-1a over a lowercase token's code units, as the plain-text scan computes it for a span. */
export function tokenHash(token: string): number {
  let hash = FNV_OFFSET;
  for (let i = 0; i < token.length; i += 1) hash = Math.imul(hash ^ token.charCodeAt(i), FNV_PRIME);
  return hash;
}

/**
 * Per UTF-16 code unit above ASCII: 0 not yet known, 1 a plain separator, 2 not. A plain
 * separator ends a word on the Unicode path and is nothing else: neither it nor its NFKC form
 * holds a letter, digit, mark or hyphen (NFKC turns "™" into "TM", "①" into "1", "﹣" into "-";
 * a mark would combine with the letter before it) and lowercasing leaves it alone. Surrogates
 * are never plain: half a character cannot be judged (the Unicode path reads the pair).
 */
const separatorKind = new Uint8Array(0x1_0000);

function isPlainSeparator(code: number): boolean {
  let kind = separatorKind[code]!;
  if (kind === 0) {
    const char = String.fromCharCode(code);
    const plain = (code < 0xd800 || code > 0xdfff) && !WORD_PART.test(char) && !WORD_PART.test(char.normalize('NFKC')) && char.toLowerCase() === char;
    kind = plain ? 1 : 2;
    separatorKind[code] = kind;
  }
  return kind === 1;
}

/**
 * ASCII code -> what it is in a word on plain text: its lowercase letter or digit (lowercasing
 * capitals is all toLowerCase does to plain text), or 0 for anything else. One read per character.
 */
const WORD_CHAR = new Uint8Array(128);
for (let code = 48; code <= 57; code += 1) WORD_CHAR[code] = code;
for (let code = 97; code <= 122; code += 1) WORD_CHAR[code] = code;
for (let code = 65; code <= 90; code += 1) WORD_CHAR[code] = code + 32;
const wordChar = (code: number) => (code < 128 ? WORD_CHAR[code]! : 0);
/** Of a wordChar: digits code below letters. */
const isDigitChar = (char: number) => char <= 57;

/**
 * WORD over plain text: runs of ASCII letters and digits, joined by single hyphens, lowercased
 * as they are read. Plain text is ASCII and plain separators: news copy's curly quotes, dashes,
 * ellipses and no-break spaces would otherwise send half of all items (a summary cut with "…")
 * down the Unicode path for the same tokens. Returns false, part way through, on other text.
 */
function scanPlainText(text: string, sink: TokenSink): boolean {
  // Read as UTF-8 bytes (TextEncoder, natively): a byte array is read about twice as fast as a
  // string's characters, and an ASCII character is one byte. A text's index of byte i is i + shift.
  const needed = 3 * text.length;
  const bytes = spareBytes !== undefined && spareBytes.length >= needed ? spareBytes : new Uint8Array(Math.max(needed, 4096));
  // Taken while in use: a sink that tokenizes another text gets a buffer of its own.
  spareBytes = undefined;
  const n = UTF8.encodeInto(text, bytes).written;
  try {
    return scanPlainBytes(text, bytes, n, sink);
  } finally {
    if (bytes.length <= SPARE_BYTES_LIMIT) spareBytes = bytes;
  }
}

const UTF8 = new TextEncoder();
/** scanPlainText's buffer, kept for the next text unless a text needed more than this many bytes (memory stays bounded). */
const SPARE_BYTES_LIMIT = 1 << 20;
let spareBytes: Uint8Array | undefined;

function scanPlainBytes(text: string, bytes: Uint8Array, n: number, sink: TokenSink): boolean {
  let i = 0;
  // Each character beyond ASCII is 2-4 bytes but 1-2 of the text's UTF-16 code units.
  let shift = 0;
  while (i < n) {
    const byte = bytes[i]!;
    if (wordChar(byte) === 0) {
      if (byte > 0x7f) {
        // A lead byte (whole characters are stepped over). A plain separator is one code unit,
        // never a surrogate (a pair is 4 bytes; a lone surrogate encodes as U+FFFD): 2 or 3 bytes.
        const code = text.charCodeAt(i + shift);
        if (!isPlainSeparator(code)) return false;
        const size = code < 0x800 ? 2 : 3;
        i += size;
        shift -= size - 1;
        continue;
      }
      i += 1;
      continue;
    }
    const start = i;
    let hash = FNV_OFFSET;
    // packLetters of the first six letters and of the next six (any digit drops the word).
    let low = 0;
    let high = 0;
    // Noted during the scan, so that most words need neither a pattern test nor a string.
    let hyphenated = false;
    let digit = false;
    for (;;) {
      while (i < n) {
        const char = wordChar(bytes[i]!);
        if (char === 0) break;
        if (isDigitChar(char)) digit = true;
        hash = Math.imul(hash ^ char, FNV_PRIME);
        const letters = i - start;
        if (letters < PACKED_LETTERS) low = low * 32 + (char - 96);
        else if (letters < 2 * PACKED_LETTERS) high = high * 32 + (char - 96);
        i += 1;
      }
      if (i + 1 < n && bytes[i] === 45 && wordChar(bytes[i + 1]!) !== 0) {
        hyphenated = true;
        i += 1;
        continue;
      }
      break;
    }
    // pushWord's rules: one letter or a digit drops the word.
    if (hyphenated) addWord(text.slice(start + shift, i + shift).toLowerCase(), sink);
    else if (!digit && i - start >= 2) sink.span(text, start + shift, i + shift, hash, low, high);
  }
  return true;
}

/** Letters per packed number: five bits each ("a" is 1, so a shorter word packs differently) fill 30. */
export const PACKED_LETTERS = 6;

/** Letters text[start, end) (a-z, either case, at most PACKED_LETTERS) as one number. */
export function packLetters(text: string, start: number, end: number): number {
  let packed = 0;
  for (let i = start; i < end; i += 1) packed = packed * 32 + ((text.charCodeAt(i) | 0x20) - 96);
  return packed;
}

function addWord(word: string, sink: TokenSink): void {
  if (!HYPHEN.test(word)) {
    pushWord(word, sink);
    return;
  }
  const parts = word.split(HYPHEN);
  const first = parts[0] ?? '';
  if (parts.length === 2 && isReduplication(first, parts[1] ?? '')) {
    pushWord(first, sink);
  } else {
    for (const part of parts) pushWord(part, sink);
  }
}

function isReduplication(first: string, second: string): boolean {
  return first.length > 1 && (second === first || (second.startsWith(first) && second.length - first.length <= 3));
}

function pushWord(word: string, sink: TokenSink): void {
  // Possessive "'s" is split off by the word pattern; single letters carry nothing.
  if (word.length < 2 || HAS_DIGIT.test(word)) return;
  sink.token(word);
}
