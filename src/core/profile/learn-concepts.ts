import type { ProfileConcept } from '../model.ts';
import type { AnalyzedText } from '../text/analyze.ts';
import { isEntityKey, type Lexicon } from '../text/lexicon.ts';
import type { Background } from './background.ts';

/**
 * Two countries that ordinary news names together this often are one side of a topic, not
 * two: P(Ukraine | Russia) is high in any news stream, so a Russia-Ukraine item is no
 * evidence of a North Korea-Russia topic, while North Korea and Russia rarely meet.
 */
export const SAME_SIDE_CONDITIONAL = 0.2;
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

  const groups = groupBy(anchors, (a, b) =>
    Math.max(background.countryConditional(a, b), background.countryConditional(b, a)) >= SAME_SIDE_CONDITIONAL,
  );
  return groups.map((countries) => {
    const labels = countries.map((c) => lexicon.entities.get(`@${c}`)?.label ?? c.toUpperCase());
    return { name: labels.join(' / '), countries, keys: [], labels };
  });
}

/** Connected components of `items` under a symmetric "same group" relation (union-find). */
function groupBy(items: readonly string[], same: (a: string, b: string) => boolean): string[][] {
  const parent = new Map(items.map((i) => [i, i]));
  const find = (x: string): string => {
    let root = x;
    while (parent.get(root) !== root) root = parent.get(root)!;
    parent.set(x, root);
    return root;
  };
  for (let i = 0; i < items.length; i += 1) {
    for (let j = i + 1; j < items.length; j += 1) {
      if (same(items[i]!, items[j]!)) parent.set(find(items[i]!), find(items[j]!));
    }
  }
  const groups = new Map<string, string[]>();
  for (const item of items) {
    const root = find(item);
    groups.set(root, [...(groups.get(root) ?? []), item]);
  }
  return [...groups.values()];
}
