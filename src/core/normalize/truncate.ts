// Cutting text to a length limit (Discord embeds, stored summaries) without ending mid-word.

/** At most `maxChars` characters, cut at the last space and ended with "…" when cut. */
export function truncateAtWord(text: string, maxChars: number): string {
  if (text.length <= maxChars) return text;
  const keep = Math.max(0, maxChars - 1); // room for the ellipsis
  let cut = text.slice(0, keep);
  const endsAtWord = /\s/.test(text.charAt(keep));
  const lastSpace = cut.lastIndexOf(' ');
  // One very long "word" (a URL) is cut where it is rather than losing most of the text.
  if (!endsAtWord && lastSpace > maxChars * 0.6) cut = cut.slice(0, lastSpace);
  // Never leave half of a surrogate pair (an emoji) at the end.
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}
