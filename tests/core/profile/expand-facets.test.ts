import { describe, expect, it } from 'vitest';
import { zetalandProfile } from '../../helpers/facet-profile.ts';
import { loadLexicon } from '../../../src/adapters/lexicon-files.ts';
import { matchKeys, prepareProfile } from '../../../src/core/match/match-item.ts';
import type { TopicProfile } from '../../../src/core/model.ts';
import { expandFacets, wilsonLowerBound, type FeedbackDocs } from '../../../src/core/profile/expand-facets.ts';
import type { FacetConcept } from '../../../src/core/profile/learn-concepts.ts';

const lexicon = loadLexicon();

const profile: TopicProfile = zetalandProfile('longsor');

const repeat = (n: number, keys: string[]): string[][] => Array.from({ length: n }, () => keys);
const feedback: FeedbackDocs = {
  lang: 'id',
  docs: [
    // "pengungsi": nearly every headline holding it is one the profile matches.
    ...repeat(12, ['banjir', 'zetaland', 'pengungsi']),
    ...repeat(2, ['zetaland', 'pengungsi']),
    ['pengungsi', 'gaza'],
    // "bantuan": the profile matches a few of its many headlines.
    ...repeat(5, ['banjir', 'zetaland', 'bantu']),
    ...repeat(60, ['bantu', 'sekolah']),
    ...repeat(200, ['harga', 'cabai']),
  ],
};

describe('facets widened by the headlines the profile already matches', () => {
  it('adds a word most of whose headlines it matches to the facet of its kind, weighing its weakest key', () => {
    const { profile: expanded, matched, added } = expandFacets(profile, feedback, lexicon, 0.2);
    expect(matched).toBe(17);
    expect(added.map((a) => a.key)).toEqual(['pengungsi']);
    expect(expanded.concepts[1]!.keys).toContain('pengungsi');
    expect((expanded.concepts[1] as FacetConcept).expanded).toEqual(['pengungsi']);
    expect(expanded.terms.find((t) => t.key === 'pengungsi')).toMatchObject({ weight: 2, seeds: 0 });
    // The learned profile is left as it was.
    expect(profile.concepts[1]!.keys).not.toContain('pengungsi');
  });

  it('still asks for every facet: the new word opens the theme, never the place', () => {
    const prepared = prepareProfile(expandFacets(profile, feedback, lexicon, 0.2).profile, lexicon);
    expect(matchKeys(['zetaland', 'pengungsi'], 'id', prepared).decision).toBe(true);
    expect(matchKeys(['pengungsi', 'gaza'], 'id', prepared).decision).toBe(false);
    expect(matchKeys(['zetaland', 'bantu'], 'id', prepared).decision).toBe(false);
  });

  it('trusts a share seen twice less than the same share seen often', () => {
    expect(wilsonLowerBound(2, 2)).toBeLessThan(wilsonLowerBound(200, 200));
    expect(wilsonLowerBound(0, 10)).toBe(0);
    expect(wilsonLowerBound(12, 15)).toBeGreaterThan(0.5);
  });

  it('reads no headlines of another language, and widens nothing without names or theme facets', () => {
    expect(expandFacets(profile, { ...feedback, lang: 'en' }, lexicon).added).toEqual([]);
    const sides: TopicProfile = { ...profile, concepts: [{ name: 'North Korea', countries: ['kp'], keys: [], labels: ['North Korea'] }] };
    expect(expandFacets(sides, feedback, lexicon).added).toEqual([]);
  });
});
