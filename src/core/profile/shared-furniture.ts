// A closing paragraph that two different seed articles print word for word is the site's
// furniture, not either article's news: an outlet's self-description under every story
// ("DailySocial.id adalah portal berita startup ..."), a newsletter or app prompt, a standing
// disclaimer. Left in, its words look like what the seeds share, the strongest evidence a learner
// has, and become topic terms. Only the last long paragraph counts: that is where sites put it,
// while two outlets' versions of one report (another outlet's rewrite of a seed) share their lead
// and body; a pair sharing any other long paragraph, or its headline, is such a copy and keeps
// everything.
import type { CleanSeed } from '../model.ts';

/**
 * Shorter paragraphs ("Sumber berita X.", a one-line quote) can be shared by chance. Read from
 * scripts/shared-furniture-curve.ts: what each length removes from every development seed set and
 * beside another outlet's rewrite of each seed (nothing of the news may go); the development seeds
 * hold one piece of furniture (an outlet's blurb under three phone seeds), so this is the middle of
 * a plateau the data hardly bound.
 */
export const MIN_FURNITURE_WORDS = 10;

const paragraphKey = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
const wordCount = (key: string): number => (key === '' ? 0 : key.split(' ').length);

/** The seeds without the closing paragraph two or more of them (not copies of each other) share verbatim; what went is added to `removed`. */
export function dropSharedFurniture(seeds: readonly CleanSeed[], minWords = MIN_FURNITURE_WORDS): CleanSeed[] {
  const paragraphs = seeds.map((seed) => seed.body.split('\n'));
  const longKeys = paragraphs.map((list) => list.map(paragraphKey).filter((key) => wordCount(key) >= minWords));
  const closing = longKeys.map((keys) => keys.at(-1));
  const furniture = new Set<string>();
  for (let a = 0; a < seeds.length; a += 1) {
    for (let b = a + 1; b < seeds.length; b += 1) {
      const last = closing[a];
      // An article of one long paragraph is all news: its rewrite may repeat it whole.
      if (last === undefined || last !== closing[b] || longKeys[a]!.length < 2 || longKeys[b]!.length < 2) continue;
      const copies = paragraphKey(seeds[a]!.title) === paragraphKey(seeds[b]!.title) || longKeys[a]!.some((key) => key !== last && longKeys[b]!.includes(key));
      if (!copies) furniture.add(last);
    }
  }
  if (furniture.size === 0) return [...seeds];
  return seeds.map((seed, i) => {
    const kept = paragraphs[i]!.filter((text) => !furniture.has(paragraphKey(text)));
    if (kept.length === paragraphs[i]!.length) return seed;
    const gone = paragraphs[i]!.filter((text) => furniture.has(paragraphKey(text)));
    return { ...seed, body: kept.join('\n'), removed: [...seed.removed, ...gone] };
  });
}
