// Per-source furniture: a sentence an outlet repeats across its items ("Get all the stories you
// need-to-know from the most powerful name in news ...", a newsletter plug, a standing dateline
// blurb) says nothing about the event, yet shares many words with every other item carrying it.
// Online: a summary sentence this source has already used in an earlier item is dropped.
const SENTENCE_END = /(?<=[.!?…])\s+(?=[\p{Lu}"“'‘(\[])/u;
/** Sentences remembered per source; the table restarts past it (furniture recurs, so it is relearned). */
const SENTENCES_PER_SOURCE = 20_000;
/** Fewer words than this is not a sentence but a fragment ("U.S.", "Sen."), which recurs by chance. */
const MIN_SENTENCE_WORDS = 4;

export class SourceFurniture {
  private readonly seen = new Map<string, Set<string>>();

  /** The summary without the sentences its source used before; remembers this summary's ones. */
  strip(source: string | undefined, summary: string): string {
    if (source === undefined || summary === '') return summary;
    let sentences = this.seen.get(source);
    if (sentences === undefined) {
      sentences = new Set();
      this.seen.set(source, sentences);
    }
    if (sentences.size > SENTENCES_PER_SOURCE) sentences.clear();
    const parts = summary.split(SENTENCE_END);
    const kept: string[] = [];
    for (const part of parts) {
      const norm = part.toLowerCase().replace(/\s+/g, ' ').trim();
      if (norm.split(' ').length < MIN_SENTENCE_WORDS) {
        kept.push(part);
        continue;
      }
      if (!sentences.has(norm)) kept.push(part);
      sentences.add(norm);
    }
    return kept.length === parts.length ? summary : kept.join(' ');
  }
}
