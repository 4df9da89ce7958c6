import type { Match } from '../model.ts';
import type { Lexicon, PhraseNode } from '../text/lexicon.ts';
import type { PreparedProfile } from './match-item.ts';

// Which of an item's keys are evidence of a facet the item already shows: the facet's own keys,
// the people, places and agencies of a side's country, and the place keys ("#aceh") of a region the
// facet holds (@sumatra). The topic memory stands in for a missing facet; a key of a facet that is
// there says nothing of the one that is not (Putin and Russia for a Russia-Ukraine topic's missing
// Ukraine; Aceh for a Sumatra-floods topic's missing flood).

const regionsByLexicon = new WeakMap<Lexicon, Map<string, string[]>>();

/** Each place key of the lexicon to the region entities whose aliases give it. */
function placeRegions(lexicon: Lexicon): Map<string, string[]> {
  const cached = regionsByLexicon.get(lexicon);
  if (cached !== undefined) return cached;
  const regions = new Map<string, string[]>();
  const walk = (node: PhraseNode) => {
    if (node.place !== undefined && node.key !== undefined) {
      const list = regions.get(node.place) ?? [];
      if (!list.includes(node.key)) list.push(node.key);
      regions.set(node.place, list);
    }
    for (const next of node.next.values()) walk(next);
  };
  walk(lexicon.phrases);
  regionsByLexicon.set(lexicon, regions);
  return regions;
}

/** Whether a key is evidence of one of the facets `match` found (prepared's profile's concepts, in order). */
export function presentFacetEvidence(prepared: PreparedProfile, match: Match): (key: string) => boolean {
  const { lexicon } = prepared;
  const present = prepared.profile.concepts.filter((_, i) => (match.concepts[i]?.matched.length ?? 0) > 0);
  const keys = new Set(present.flatMap((c) => c.keys));
  const countries = new Set(present.flatMap((c) => c.countries));
  const ofFacet = (key: string) => keys.has(key) || countries.has(key.slice(1)) || countries.has(lexicon.entities.get(key)?.country ?? '');
  const regions = placeRegions(lexicon);
  return (key) => ofFacet(key) || (regions.get(key) ?? []).some(ofFacet);
}
