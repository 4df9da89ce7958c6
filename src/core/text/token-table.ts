import { PACKED_LETTERS, packLetters, tokenHash, tokenizeInto, type TokenSink } from './tokenize.ts';

/**
 * Distinct tokens, each with a value worked out once (what a caller makes of the token), read
 * straight off a text: a plain word is found by the hash the tokenizer computed while scanning
 * it and compared with the text in place, so a known word costs neither a string nor a string
 * hash (a Map keyed by token needs both). Reading a text yields tokenize's tokens and their
 * values. Bounded: when full it starts over. Not reentrant: a read's results last until the
 * next read.
 */
export class TokenTable<T> implements TokenSink {
  /**
   * The last text's tokens (the table's own strings) and their values: the first `count` entries
   * of arrays reused from text to text (a text's token list is garbage as soon as it is read).
   */
  tokens: string[] = [];
  values: T[] = [];
  count = 0;
  /**
   * Open addressing, five cells a slot: the token's hash (30 bits: a small integer, stored
   * unboxed), its letters packed in two cells (packLetters), the token, its value; undefined in
   * an empty slot. A news vocabulary is too big for the CPU's caches, so a lookup is paid in
   * cache misses: here a word is found reading its slot alone, not also its string, and its
   * value is the next read (a hash table beside arrays of tokens and values would take three).
   */
  private cells: unknown[] = new Array(STRIDE * 1024).fill(undefined);
  private mask = 1024 - 1;
  private size = 0;

  constructor(
    private readonly valueOf: (token: string) => T,
    private readonly limit: number,
  ) {}

  read(text: string): void {
    this.clear();
    tokenizeInto(text, this);
  }

  span(text: string, start: number, end: number, hash: number, spanLow: number, spanHigh: number): void {
    const cells = this.cells;
    const tag = hashTag(hash);
    const length = end - start;
    // Up to twelve letters (99% of words) the packed letters are the word: no string to read.
    const packed = length <= 2 * PACKED_LETTERS;
    const low = packed ? spanLow : UNPACKED;
    const high = packed ? spanHigh : 0;
    for (let slot = this.slotOf(tag); ; slot = (slot + 1) & this.mask) {
      const at = STRIDE * slot;
      if (cells[at + 3] === undefined) break;
      if (cells[at] !== tag || cells[at + 1] !== low || cells[at + 2] !== high) continue;
      const token = cells[at + 3] as string;
      if (packed || (token.length === length && sameAsciiWord(token, text, start))) {
        this.push(token, cells[at + 4] as T);
        return;
      }
    }
    this.add(text.slice(start, end).toLowerCase(), tag);
  }

  token(token: string): void {
    const cells = this.cells;
    const tag = hashTag(tokenHash(token));
    for (let slot = this.slotOf(tag); ; slot = (slot + 1) & this.mask) {
      const at = STRIDE * slot;
      if (cells[at + 3] === undefined) break;
      if (cells[at] === tag && cells[at + 3] === token) {
        this.push(token, cells[at + 4] as T);
        return;
      }
    }
    this.add(token, tag);
  }

  clear(): void {
    this.count = 0;
  }

  private push(token: string, value: T): void {
    this.tokens[this.count] = token;
    this.values[this.count] = value;
    this.count += 1;
  }

  private add(token: string, tag: number): void {
    if (this.size >= this.limit) this.reset();
    if (2 * (this.size + 1) > this.mask + 1) this.grow();
    const value = this.valueOf(token);
    this.place(tag, token, value);
    this.size += 1;
    this.push(token, value);
  }

  /** FNV-1a's low bits are its weakest: fold the high ones in. */
  private slotOf(tag: number): number {
    return (tag ^ (tag >>> 16)) & this.mask;
  }

  private place(tag: number, token: string, value: unknown): void {
    let slot = this.slotOf(tag);
    while (this.cells[STRIDE * slot + 3] !== undefined) slot = (slot + 1) & this.mask;
    const [low, high] = packToken(token);
    const at = STRIDE * slot;
    this.cells[at] = tag;
    this.cells[at + 1] = low;
    this.cells[at + 2] = high;
    this.cells[at + 3] = token;
    this.cells[at + 4] = value;
  }

  /** Doubles the slots (load stays at most 1/2) and places every entry again. */
  private grow(): void {
    const old = this.cells;
    this.cells = new Array(2 * old.length).fill(undefined);
    this.mask = (2 * old.length) / STRIDE - 1;
    for (let at = 0; at < old.length; at += STRIDE) if (old[at + 3] !== undefined) this.place(old[at] as number, old[at + 3] as string, old[at + 4]);
  }

  private reset(): void {
    this.cells.fill(undefined);
    this.size = 0;
  }
}

const STRIDE = 5;
const hashTag = (hash: number) => hash & 0x3fff_ffff;

/** The first packed cell of a token that is not 1-12 letters a-z: a span of it compares its string. */
const UNPACKED = -1;


/** A stored token's packed cells: its letters when it is 1-12 letters a-z, else UNPACKED and 0. */
function packToken(token: string): [number, number] {
  if (token.length > 2 * PACKED_LETTERS || !/^[a-z]+$/.test(token)) return [UNPACKED, 0];
  const low = packLetters(token, 0, Math.min(token.length, PACKED_LETTERS));
  return [low, token.length > PACKED_LETTERS ? packLetters(token, PACKED_LETTERS, token.length) : 0];
}

/** Whether `token` (lowercase ASCII) is the word at text[start...] read lowercased. */
function sameAsciiWord(token: string, text: string, start: number): boolean {
  for (let i = 0; i < token.length; i += 1) {
    let code = text.charCodeAt(start + i);
    if (code >= 65 && code <= 90) code += 32;
    if (code !== token.charCodeAt(i)) return false;
  }
  return true;
}
