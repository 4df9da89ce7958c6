// Cutting text to a length without breaking a word, an emoji or an accented letter. Lengths are
// UTF-16 code units (String#length): never fewer than the characters Discord or a reader
// counts, so a text within a limit here is within it everywhere.

export const ELLIPSIS = '…';

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** The longest prefix of at most `maxUnits` code units that ends on a grapheme boundary. */
export function graphemePrefix(text: string, maxUnits: number): string {
  if (text.length <= maxUnits) return text;
  let end = 0;
  for (const { index, segment } of graphemes.segment(text)) {
    if (index + segment.length > maxUnits) break;
    end = index + segment.length;
  }
  return text.slice(0, end);
}

/**
 * The text within `maxUnits`, cut at a word boundary with "…" appended when it is too long.
 * A single word longer than half the room is cut inside the word (at a grapheme boundary),
 * rather than leaving next to nothing.
 */
export function cutAtWord(text: string, maxUnits: number): string {
  if (text.length <= maxUnits) return text;
  if (maxUnits < ELLIPSIS.length) return '';
  const room = graphemePrefix(text, maxUnits - ELLIPSIS.length);
  // The word ends exactly at the cut when whitespace follows it.
  const endsOnWord = /\s/u.test(text.charAt(room.length));
  const space = room.search(/\s\S*$/u);
  const kept = endsOnWord ? room : space > room.length / 2 ? room.slice(0, space) : room;
  const trimmed = kept.replace(/[\s,;:–—-]+$/u, '');
  return `${trimmed === '' ? kept.trimEnd() : trimmed}${ELLIPSIS}`;
}
