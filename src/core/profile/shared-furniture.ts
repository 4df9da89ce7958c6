// A paragraph that two different seed articles print word for word is the site's furniture, not
// either article's news: an outlet's self-description under every story ("DailySocial.id adalah
// portal berita startup ..."), a newsletter or app prompt, a standing disclaimer. Left in, its
// words look like what the seeds share, the strongest evidence a learner has, and become topic
// terms. Seeds that are copies of one story (another outlet's copy of the same wire report) share
// most of their paragraphs; there the shared ones are the news and stay.
import type { CleanSeed } from '../model.ts';

// Both cuts are read from scripts/shared-furniture-curve.ts: what each setting removes from every
// development seed set and beside a copy of each seed (nothing of the news may go). The development
// seeds hold one instance (an outlet's self-description in three phone seeds), so the whole grid
// (4-20 words, share 0.2-0.8) is one plateau and its middle is taken.
/** Shorter paragraphs ("Baca juga", a one-line quote, a place name) can be shared by chance. */
export const MIN_FURNITURE_WORDS = 10;
/**
 * Two seeds sharing at least this share of the smaller one's paragraphs (of MIN_FURNITURE_WORDS
 * or more) are copies of one report, and what they share is kept: a copy shares most of its text,
 * furniture is one or two paragraphs of many.
 */
export const COPY_SHARE = 0.5;

const paragraphKey = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
const wordCount = (key: string): number => (key === '' ? 0 : key.split(' ').length);

export interface FurnitureCuts {
  minWords: number;
  copyShare: number;
}

/** The seeds without the paragraphs two or more of them (not copies of each other) share verbatim; what went is added to `removed`. */
export function dropSharedFurniture(seeds: readonly CleanSeed[], cuts: FurnitureCuts = { minWords: MIN_FURNITURE_WORDS, copyShare: COPY_SHARE }): CleanSeed[] {
  const paragraphs = seeds.map((seed) => seed.body.split('\n'));
  const keys = paragraphs.map((list) => new Set(list.map(paragraphKey).filter((key) => wordCount(key) >= cuts.minWords)));
  const furniture = new Set<string>();
  for (let a = 0; a < seeds.length; a += 1) {
    for (let b = a + 1; b < seeds.length; b += 1) {
      const shared = [...keys[a]!].filter((key) => keys[b]!.has(key));
      if (shared.length === 0) continue;
      const smaller = Math.min(keys[a]!.size, keys[b]!.size);
      if (shared.length >= cuts.copyShare * smaller) continue;
      for (const key of shared) furniture.add(key);
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
