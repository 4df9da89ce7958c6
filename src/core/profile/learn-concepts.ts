import type { ProfileConcept } from '../model.ts';
import type { AnalyzedText } from '../text/analyze.ts';
import { isEntityKey, type Lexicon } from '../text/lexicon.ts';
import type { Background } from './background.ts';

/**
 * A topic is a relation between two sides, so shared countries are grouped into at most two
 * concepts: the pair ordinary news names together most often is merged first (Russia and
 * Ukraine: a Russia-Ukraine item is no evidence of a North Korea-Russia topic), until two
 * sides remain. Two sides that news nearly always names together are merged too: requiring
 * both would add nothing.
 */
export const MAX_CONCEPTS = 2;
export const ALWAYS_TOGETHER_CONDITIONAL = 0.5;
/** Fallback concept for topics without shared countries: this many of the strongest shared keys. */
const FALLBACK_CONCEPT_KEYS = 8;

export function countriesOf(keys: Iterable<string>, lexicon: Lexicon): Set<string> {
  const countries = new Set<string>();
  for (const key of keys) {
    if (!isEntityKey(key)) continue;
    const country = lexicon.entities.get(key)?.country;
    if (country) countries.add(country);
  }
  return countries;
}

/**
 * The concepts' own country names ("@kp", "@ru"): the concept gate already counts them, so the
 * score measures the theme around them (troops, treaty, war), not the names again.
 */
export function anchorKeys(concepts: readonly ProfileConcept[]): Set<string> {
  return new Set(concepts.flatMap((c) => c.countries.map((country) => `@${country}`)));
}

/** How many seeds must share something for it to count as shared by all (one miss per ten). */
export function sharedBy(seedCount: number): number {
  return seedCount - Math.floor(seedCount / 10);
}

/**
 * The sides every seed shares. Countries named (directly or through a person, place or
 * agency of theirs) by every seed are grouped by how interchangeable ordinary news makes
 * them; each group is a concept an item must name. A topic with no shared country falls
 * back to one concept: any of its strongest shared keys.
 */
export function learnConcepts(
  seeds: readonly AnalyzedText[],
  lexicon: Lexicon,
  background: Background,
  rankedSharedKeys: readonly string[],
): ProfileConcept[] {
  const need = sharedBy(seeds.length);
  const countryDf = new Map<string, number>();
  for (const seed of seeds) {
    for (const country of countriesOf(seed.keys, lexicon)) countryDf.set(country, (countryDf.get(country) ?? 0) + 1);
  }
  const anchors = [...countryDf].filter(([, df]) => df >= need).map(([c]) => c).sort();

  if (anchors.length === 0) {
    const keys = rankedSharedKeys.slice(0, FALLBACK_CONCEPT_KEYS);
    if (keys.length === 0) return [];
    return [{ name: 'core', countries: [], keys, labels: keys.map((k) => lexicon.labels.get(k) ?? k) }];
  }

  const association = (a: string, b: string) =>
    Math.max(background.countryConditional(a, b), background.countryConditional(b, a));
  const groups = mergeClosest(anchors.map((c) => [c]), association);
  return groups.map((countries) => {
    const labels = countries.map((c) => lexicon.entities.get(`@${c}`)?.label ?? c.toUpperCase());
    return { name: labels.join(' / '), countries, keys: [], labels };
  });
}

/**
 * Agglomerative grouping: repeatedly merge the two groups whose closest members ordinary news
 * names together most often, while more than MAX_CONCEPTS remain or while a pair is almost
 * always named together.
 */
function mergeClosest(groups: string[][], association: (a: string, b: string) => number): string[][] {
  const linkage = (x: string[], y: string[]) => Math.max(...x.flatMap((a) => y.map((b) => association(a, b))));
  let current = groups;
  while (current.length > 1) {
    let best: { i: number; j: number; value: number } | undefined;
    for (let i = 0; i < current.length; i += 1) {
      for (let j = i + 1; j < current.length; j += 1) {
        const value = linkage(current[i]!, current[j]!);
        if (best === undefined || value > best.value) best = { i, j, value };
      }
    }
    if (best === undefined || (current.length <= MAX_CONCEPTS && best.value < ALWAYS_TOGETHER_CONDITIONAL)) break;
    const merged = [...current[best.i]!, ...current[best.j]!].sort();
    current = [...current.filter((_, k) => k !== best.i && k !== best.j), merged];
  }
  return current;
}
