// A poll reads at most `maxItemsPerFeed` items. Taking the first N in document order lost, for
// good, the newest items of a long feed written oldest first (archives, some CMS exports): they
// sat past the cap on every poll. The cap keeps the newest N by date instead; undated items rank
// after dated ones, in document order, so an undated feed keeps its first N as before.

/** The `max` newest of `items` (by `published`), in their original order. */
export function newestItems<T extends { published?: string }>(items: readonly T[], max: number): T[] {
  if (items.length <= max) return [...items];
  const ranked = items.map((item, index) => ({ index, time: item.published === undefined ? Number.NaN : Date.parse(item.published) }));
  ranked.sort((a, b) => {
    const aDated = !Number.isNaN(a.time);
    const bDated = !Number.isNaN(b.time);
    if (aDated && bDated && a.time !== b.time) return b.time - a.time;
    if (aDated !== bDated) return aDated ? -1 : 1;
    return a.index - b.index;
  });
  const kept = new Set(ranked.slice(0, Math.max(0, max)).map((entry) => entry.index));
  return items.filter((_, index) => kept.has(index));
}
