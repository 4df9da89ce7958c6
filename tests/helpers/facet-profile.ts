// A two-facet profile as learn-concepts.ts makes them, for the facet-widening tests: a names facet
// (the made-up place "Zetaland") AND a theme facet ("banjir" and one more word weighing 4).
import type { TopicProfile } from '../../src/core/model.ts';
import type { FacetConcept } from '../../src/core/profile/learn-concepts.ts';

export function zetalandProfile(secondThemeWord: string): TopicProfile {
  return {
    format: 'newshound-profile/1',
    name: 'test',
    seeds: [{ name: 'a.txt', title: 'Banjir di Zetaland', lang: 'id' }],
    terms: [
      { key: 'zetaland', label: 'Zetaland', kind: 'word', weight: 3, seeds: 2 },
      { key: 'banjir', label: 'banjir', kind: 'word', weight: 2, seeds: 2 },
      { key: secondThemeWord, label: secondThemeWord, kind: 'word', weight: 4, seeds: 2 },
    ],
    concepts: [
      { name: 'names: Zetaland', kind: 'names', countries: [], keys: ['zetaland'], labels: ['Zetaland'] } as FacetConcept,
      { name: 'theme: banjir', kind: 'theme', countries: [], keys: ['banjir', secondThemeWord], labels: ['banjir', secondThemeWord] } as FacetConcept,
    ],
    excluded: [],
    threshold: 1,
    unit: 3,
  };
}
