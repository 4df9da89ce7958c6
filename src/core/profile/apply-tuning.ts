import type { ProfileConcept, TopicProfile } from '../model.ts';
import { analyzeText } from '../text/analyze.ts';
import { isEntityKey, type Lexicon } from '../text/lexicon.ts';

/** A user's hand edits to a learned profile, from a tuning file or (later) slash commands. */
export interface Tuning {
  threshold?: number;
  /** Term -> weight; sets the weight of a learned term or adds a new one. */
  boost?: Record<string, number>;
  /** Terms that reject an item outright. */
  exclude?: string[];
  /**
   * Facets an item must show (at least one term of each group). A group naming a term of a
   * learned facet replaces that facet; one starting with "+" extends it instead (["+", "KPK",
   * "Kejagung"]: the facet naming KPK also takes Kejagung). A group naming no learned facet's
   * term is a facet of its own.
   */
  require?: string[][];
}

/**
 * The keys a user's term stands for, through the same text pipeline items go through, so
 * "Korut", "North Korea" and "korea utara" all tune the same key. Two-word terms become the
 * phrase key matching looks for; a lone entity or word is its own key. A single word has no
 * language of its own, so it is read both ways: "munitions" read as English is the key English
 * items carry ("amunisi"), read as Indonesian it is only itself. Both readings are kept.
 */
export function termKeys(term: string, lexicon: Lexicon): string[] {
  const keys = new Set<string>();
  for (const lang of ['id', 'en'] as const) {
    const key = keyOf(analyzeText(term, lexicon, lang).keys);
    if (key !== undefined) keys.add(key);
  }
  return [...keys];
}

/** The term's first reading (Indonesian, unless its words say English): what a user sees it as. */
export function termKey(term: string, lexicon: Lexicon): string | undefined {
  return keyOf(analyzeText(term, lexicon).keys);
}

function keyOf(keys: readonly string[]): string | undefined {
  if (keys.length === 0) return undefined;
  if (keys.length === 1 || keys.some(isEntityKey)) return keys[0];
  return keys.slice(0, 2).join(' ');
}

/** Merges a tuning over a learned profile; the learned profile itself is left unchanged. */
export function applyTuning(profile: TopicProfile, tuning: Tuning, lexicon: Lexicon): TopicProfile {
  const terms = profile.terms.map((t) => ({ ...t }));
  for (const [term, weight] of Object.entries(tuning.boost ?? {})) {
    for (const key of termKeys(term, lexicon)) {
      const existing = terms.find((t) => t.key === key);
      if (existing) existing.weight = weight;
      else terms.push({ key, label: term, kind: isEntityKey(key) ? 'entity' : key.includes(' ') ? 'phrase' : 'word', weight, seeds: 0 });
    }
  }
  terms.sort((a, b) => b.weight - a.weight || a.key.localeCompare(b.key));

  const excluded = [...profile.excluded];
  for (const term of tuning.exclude ?? []) {
    for (const key of termKeys(term, lexicon)) if (!excluded.some((e) => e.key === key)) excluded.push({ key, label: term });
  }

  let concepts = profile.concepts.map((c) => ({ ...c }));
  for (const group of tuning.require ?? []) concepts = requireFacet(concepts, group, lexicon);

  return {
    ...profile,
    terms,
    excluded,
    concepts,
    threshold: tuning.threshold ?? profile.threshold,
  };
}

/** Marks a required group that extends the learned facet it names instead of replacing it. */
export const EXTEND_MARK = '+';

/** The facets after one required group: the learned facet it names replaced (or extended), else the group added. */
function requireFacet(concepts: ProfileConcept[], group: readonly string[], lexicon: Lexicon): ProfileConcept[] {
  const extend = group[0]?.trim() === EXTEND_MARK;
  const terms = extend ? group.slice(1) : [...group];
  if (terms.length === 0) return concepts;
  const keys = groupKeys(terms, lexicon);
  const facet: ProfileConcept = { name: terms.join(' / '), countries: [], keys, labels: terms };
  const at = concepts.findIndex((c) => names(c, keys, lexicon));
  if (at < 0) return [...concepts, facet];
  const learned = concepts[at]!;
  const next = extend
    ? { ...learned, keys: [...new Set([...learned.keys, ...keys])], labels: [...new Set([...learned.labels, ...terms])] }
    : facet;
  return concepts.map((c, i) => (i === at ? next : c));
}

function groupKeys(terms: readonly string[], lexicon: Lexicon): string[] {
  return [...new Set(terms.flatMap((term) => termKeys(term, lexicon)))];
}

/** The facet a required group of terms would replace or extend, if any. */
export function namedFacet(concepts: readonly ProfileConcept[], terms: readonly string[], lexicon: Lexicon): ProfileConcept | undefined {
  const keys = groupKeys(terms.filter((t) => t.trim() !== EXTEND_MARK), lexicon);
  return concepts.find((c) => names(c, keys, lexicon));
}

/**
 * Whether a learned facet holds one of the keys: as a key, or as one of its countries named
 * as such ("Korea Utara" names the North Korea side; "Kim Jong Un" is a term of his own).
 */
function names(concept: ProfileConcept, keys: readonly string[], lexicon: Lexicon): boolean {
  return keys.some((key) => {
    if (concept.keys.includes(key)) return true;
    const entity = lexicon.entities.get(key);
    return entity?.type === 'country' && concept.countries.includes(entity.country ?? key.slice(1));
  });
}
