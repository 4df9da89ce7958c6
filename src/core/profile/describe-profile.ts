import type { ProfileConcept, TopicProfile } from '../model.ts';
import type { FacetConcept } from './learn-concepts.ts';

const aloneOf = (c: ProfileConcept): string[] => (c as FacetConcept).alone ?? [];

/** A learned profile as lines a person reads: its facets (each an OR-group), threshold and strongest terms. */
export function describeProfile(profile: TopicProfile): string {
  const lines = [
    `facets (an item needs evidence of each): ${profile.concepts.length}`,
    ...profile.concepts.map((c, i) => `  ${i + 1}. ${c.name}: ${c.labels.slice(0, 12).join(' | ')}${c.labels.length > 12 ? ` … (${c.labels.length})` : ''}${aloneOf(c).length > 0 ? `; enough alone: ${aloneOf(c).join(' | ')}` : ''}`),
    ...(profile.home === undefined ? [] : [`home: ${profile.home} (a headline naming only other countries is news from abroad)`]),
    `threshold: ${profile.threshold} (unit ${profile.unit})`,
    `strongest terms: ${profile.terms.slice(0, 15).map((t) => `${t.label} ${t.weight}`).join(', ')}`,
  ];
  return lines.join('\n');
}
