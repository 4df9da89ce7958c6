// Widening the theme facet by ordinary news's word associations (word-associations.ts): a word
// whose headlines often also hold several of the theme's seed words ("pengungsi": "banjir",
// "bencana", "korban") says what the seeds say in words they never use, so it joins the theme at
// a weight below the seed words'. Names, sides and institutions are never widened, and an item
// still needs evidence of every facet ("pengungsi" opens the theme, never the places).
import type { ProfileTerm, TopicProfile } from '../model.ts';
import { isEntityKey, type Lexicon } from '../text/lexicon.ts';
import type { FacetConcept } from './learn-concepts.ts';
import { associationShare, isPlainWord, type WordAssociations } from './word-associations.ts';

export interface AssociationCuts {
  /** A seed word w vouches for v when at least this share of v's headlines hold w (Wilson lower bound). */
  minShare: number;
  /**
   * v joins the theme when this many of the theme's seed words vouch for it; 0: when the seed
   * words together do (their documents with v pooled, as if the theme were one word).
   */
  minSeedWords: number;
  /** v weighs this share of the theme's weakest seed word. */
  weightFactor: number;
  /**
   * And for every other facet (the names, a side), at least this share of v's headlines hold one of
   * its keys: ordinary news says v about the topic's subject too, not only in its theme's words
   * ("pengungsi" beside Sumatra's places as beside "banjir"; gold prices beside "harga" but never
   * beside "BBM"). 0: the theme alone decides.
   */
  minFacetShare: number;
}

/**
 * Read from scripts/association-curve.ts: every development topic, from all its seeds and every 4
 * of 5, against association tables from either half of the stream (every labelled item left out),
 * ranked by the mean of full and leave-one-seed-out mean F1 over all topics together, at its worst
 * over the two tables, among the cuts that lower no topic's F1 with either table: 0.8511 against
 * 0.8378 for the seeds alone (first half: mean F1 0.847 -> 0.875, floods 0.682 -> 0.796; second
 * half: 0.862, floods 0.740; the other topics unchanged). The best of all cuts (share 0.2, facet
 * 0.1: 0.8612) costs the fuel-price topic 0.795 -> 0.769-0.776. Pooled seed words (minSeedWords
 * 0) beat one vouching word and two (the aftermath's words each sit beside one seed word); a weight
 * under the weakest seed word's loses the gain (0.75: 0.854, 0.5: 0.840 on the first table).
 */
export const ASSOCIATION_CUTS: Readonly<AssociationCuts> = {
  minShare: 0.25,
  minSeedWords: 0,
  weightFactor: 1,
  minFacetShare: 0.4,
};

export interface AssociationWidening {
  profile: TopicProfile;
  /** What joined the theme, with the seed words that vouched for it. */
  added: Array<{ key: string; vouchers: string[] }>;
}

/** The profile with its theme facet widened by words ordinary news says beside the theme's seed words. */
export function widenByAssociation(profile: TopicProfile, table: WordAssociations, lexicon: Lexicon, cuts: Readonly<AssociationCuts> = ASSOCIATION_CUTS): AssociationWidening {
  const facets = profile.concepts as FacetConcept[];
  const index = facets.findIndex((c) => c.kind === 'theme');
  if (index < 0) return { profile, added: [] };
  const theme = facets[index]!;
  const seedWords = theme.keys.filter((k) => isPlainWord(k) && !(theme.expanded ?? []).includes(k));
  const vouchers = new Map<string, string[]>();
  const pooled = new Map<string, number>();
  for (const w of seedWords) {
    for (const [v, both] of table.associates.get(w) ?? []) {
      pooled.set(v, (pooled.get(v) ?? 0) + both);
      if (cuts.minSeedWords > 0 && associationShare(table, both, v) < cuts.minShare) continue;
      vouchers.set(v, [...(vouchers.get(v) ?? []), w]);
    }
  }
  if (cuts.minSeedWords === 0) {
    // A document holding two seed words is counted twice: never more than v's own documents.
    for (const [v, both] of pooled) if (associationShare(table, Math.min(both, table.df.get(v) ?? 0), v) < cuts.minShare) vouchers.delete(v);
  }
  // The other facets' keys (a side by its country too), each with the documents v shares with them.
  const others = facets
    .filter((_, i) => i !== index)
    .map((c) => {
      const holding = new Map<string, number>();
      for (const k of [...c.keys, ...c.countries.map((country) => `@${country}`)]) {
        for (const [v, both] of table.associates.get(k) ?? []) holding.set(v, Math.max(holding.get(v) ?? 0, associationShare(table, both, v)));
      }
      return holding;
    });
  const aboutSubject = (v: string) => cuts.minFacetShare <= 0 || others.every((holding) => (holding.get(v) ?? 0) >= cuts.minFacetShare);
  const inFacet = new Set(facets.flatMap((c) => c.keys));
  const excluded = new Set(profile.excluded.map((e) => e.key));
  const weights = new Map(profile.terms.map((t) => [t.key, t.weight]));
  const weakest = Math.min(...seedWords.map((k) => weights.get(k) ?? Number.POSITIVE_INFINITY));
  if (!Number.isFinite(weakest)) return { profile, added: [] };
  const added: AssociationWidening['added'] = [];
  const terms: ProfileTerm[] = [...profile.terms];
  const widened: FacetConcept = { ...theme, keys: [...theme.keys], labels: [...theme.labels] };
  const candidates = [...vouchers].filter(([v, by]) => by.length >= Math.max(1, cuts.minSeedWords) && !inFacet.has(v) && !excluded.has(v) && !isEntityKey(v) && aboutSubject(v));
  candidates.sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1));
  for (const [v, by] of candidates) {
    const label = lexicon.labels.get(v) ?? v;
    if (!weights.has(v)) {
      const weight = Math.round(cuts.weightFactor * weakest * 1000) / 1000;
      terms.push({ key: v, label, kind: 'word', weight, seeds: 0 });
      weights.set(v, weight);
    }
    widened.keys.push(v);
    widened.labels.push(label);
    widened.associated = [...(widened.associated ?? []), v];
    added.push({ key: v, vouchers: by });
  }
  if (added.length === 0) return { profile, added };
  const concepts = facets.map((c, i) => (i === index ? widened : c));
  return { profile: { ...profile, concepts, terms }, added };
}
