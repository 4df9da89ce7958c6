/** Share of the words that open with a capital (after an opening quote or bracket): how much a line reads like Title Case. */
export function capitalisedShare(words: readonly string[]): number {
  if (words.length === 0) return 0;
  return words.filter((w) => /^["“‘'(]?\p{Lu}/u.test(w)).length / words.length;
}
