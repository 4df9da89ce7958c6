// Per-source furniture: a sentence an outlet repeats across its items ("Get all the stories you
// need-to-know from the most powerful name in news ...", a newsletter plug, a standing dateline
// blurb) says nothing about the event, yet shares many words with every other item carrying it.
// Online: a summary sentence this source has already used in an earlier item is dropped.
//
// The memory decides what later items are compared on, so it is part of the story index's state:
// saved with the stories (toMemory / fromMemory) and bounded like them. A sentence is forgotten
// once its source last used it before the window (the stories' own prune), so the memory holds
// what the window's items said; SENTENCES_PER_SOURCE stays as a backstop for a source that floods
// one window.
const SENTENCE_END = /(?<=[.!?…])\s+(?=[\p{Lu}"“'‘(\[])/gu;
/** Sentences remembered per source; the table restarts past it (furniture recurs, so it is relearned). */
const SENTENCES_PER_SOURCE = 20_000;
/** Fewer words than this is not a sentence but a fragment ("U.S.", "Sen."), which recurs by chance. */
const MIN_SENTENCE_WORDS = 4;

/** The memory as plain JSON: per source, its sentences (normalised) and when each was last used (ISO). */
export type FurnitureMemory = Array<{ source: string; sentences: Array<[sentence: string, lastUsed: string]> }>;

/**
 * summary.split(SENTENCE_END) without the global flag, by one forward search: split's regexp
 * protocol is slower. A break is never empty nor at either end (it needs a character on each side).
 */
function sentencesOf(summary: string): string[] {
  const parts: string[] = [];
  let from = 0;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(summary); m !== null; m = SENTENCE_END.exec(summary)) {
    parts.push(summary.slice(from, m.index));
    from = m.index + m[0].length;
  }
  parts.push(summary.slice(from));
  return parts;
}

/** Whitespace other than single spaces: two in a row, or a tab, newline or other space character. */
const IRREGULAR_SPACE = /\s\s|[^\S ]/;

/**
 * A sentence as the memory keys it: lowercase, whitespace runs as one space, trimmed. The
 * whitespace pass is skipped when it would change nothing (most sentences): it was most of the
 * cost of stripping (issue 10, the model's speed).
 */
function normalised(sentence: string): string {
  const lower = sentence.toLowerCase();
  return (IRREGULAR_SPACE.test(lower) ? lower.replace(/\s+/g, ' ') : lower).trim();
}

/** Words of a normalised sentence: its spaces plus one (as `split(' ').length`, without the array). */
function wordCount(norm: string): number {
  let words = 1;
  for (let at = norm.indexOf(' '); at !== -1; at = norm.indexOf(' ', at + 1)) words += 1;
  return words;
}

export class SourceFurniture {
  /** Source -> normalised sentence -> the latest item time (ms) it was used at. */
  private readonly seen = new Map<string, Map<string, number>>();

  /**
   * The summary without the sentences its source used before; remembers this summary's ones as
   * used at `atMs` (the item's time, which the window counts from).
   */
  strip(source: string | undefined, summary: string, atMs: number): string {
    if (source === undefined || summary === '') return summary;
    let sentences = this.seen.get(source);
    if (sentences === undefined) {
      sentences = new Map();
      this.seen.set(source, sentences);
    }
    if (sentences.size > SENTENCES_PER_SOURCE) sentences.clear();
    const parts = sentencesOf(summary);
    const kept: string[] = [];
    for (const part of parts) {
      const norm = normalised(part);
      if (wordCount(norm) < MIN_SENTENCE_WORDS) {
        kept.push(part);
        continue;
      }
      const lastUsedMs = sentences.get(norm);
      if (lastUsedMs === undefined) kept.push(part);
      sentences.set(norm, lastUsedMs === undefined ? atMs : Math.max(lastUsedMs, atMs));
    }
    return kept.length === parts.length ? summary : kept.join(' ');
  }

  /** Forgets the sentences last used before `oldestMs`, and the sources left with none. */
  forgetBefore(oldestMs: number): void {
    for (const [source, sentences] of this.seen) {
      for (const [sentence, lastUsedMs] of sentences) if (lastUsedMs < oldestMs) sentences.delete(sentence);
      if (sentences.size === 0) this.seen.delete(source);
    }
  }

  /** Sentences remembered, over all sources. */
  get size(): number {
    let size = 0;
    for (const sentences of this.seen.values()) size += sentences.size;
    return size;
  }

  toMemory(): FurnitureMemory {
    return [...this.seen].map(([source, sentences]) => ({ source, sentences: [...sentences].map(([sentence, ms]): [string, string] => [sentence, new Date(ms).toISOString()]) }));
  }

  /**
   * The memory saved by toMemory; undefined (state saved before the memory was) is an empty one.
   * Anything else that is not such a memory throws, naming what is wrong, as a bad story does.
   */
  static fromMemory(memory: unknown): SourceFurniture {
    const furniture = new SourceFurniture();
    if (memory === undefined) return furniture;
    const bad = (what: string): never => {
      throw new TypeError(`story-index: source furniture: ${what}`);
    };
    if (!Array.isArray(memory)) bad(`not a list (${typeof memory})`);
    for (const [i, entry] of (memory as unknown[]).entries()) {
      const { source, sentences } = (entry ?? {}) as { source?: unknown; sentences?: unknown };
      if (typeof source !== 'string' || !Array.isArray(sentences)) bad(`entry ${i} is not { source, sentences: [...] }`);
      // toMemory writes each source once: a second entry would silently replace the first.
      if (furniture.seen.has(source as string)) bad(`${JSON.stringify(source)} is listed twice`);
      const table = new Map<string, number>();
      for (const pair of sentences as unknown[]) {
        const [sentence, lastUsed] = Array.isArray(pair) ? (pair as unknown[]) : [];
        const ms = typeof lastUsed === 'string' ? Date.parse(lastUsed) : Number.NaN;
        if (typeof sentence !== 'string' || Number.isNaN(ms)) bad(`${JSON.stringify(source)}: ${JSON.stringify(pair)} is not [sentence, ISO time]`);
        table.set(sentence as string, ms);
      }
      if (table.size > 0) furniture.seen.set(source as string, table);
    }
    return furniture;
  }
}
