import { describe, expect, it } from 'vitest';
import { makeBackground, type BackgroundData } from '../../../src/core/profile/background.ts';
import { DOCUMENTS_PER_DAY, expectedFlaggedShare, expectedPostsPerDay } from '../../../src/core/profile/expected-posts.ts';
import type { WordAssociations } from '../../../src/core/profile/word-associations.ts';
import type { FacetConcept } from '../../../src/core/profile/learn-concepts.ts';
import type { TopicProfile } from '../../../src/core/model.ts';
import { loadLexicon } from '../../../src/adapters/lexicon-files.ts';

const lexicon = loadLexicon();

/** 1,000 ordinary headlines; `pairs` lists how many hold both words of a pair. */
function background(df: Record<string, number>, pairs: Array<[string, string, number]> = []) {
  const associates = new Map<string, Array<readonly [string, number]>>();
  for (const [a, b, n] of pairs) {
    associates.set(a, [...(associates.get(a) ?? []), [b, n] as const]);
    associates.set(b, [...(associates.get(b) ?? []), [a, n] as const]);
  }
  const associations: WordAssociations = { docs: 1000, df: new Map(Object.entries(df)), associates };
  const data: BackgroundData = { version: 1, lexiconHash: 'test', sources: ['test'], idDocs: 1000, idDf: df, countryDocs: {}, countryPairs: {}, associations: { id: associations } };
  return makeBackground(data);
}

const profile = (concepts: string[][], threshold: number): TopicProfile => ({
  format: 'newshound-profile/1',
  name: 't',
  seeds: [],
  terms: concepts.flat().map((key) => ({ key, label: key, kind: 'word' as const, weight: 1, seeds: 3 })),
  concepts: concepts.map((keys, i) => ({ name: `facet ${i}`, countries: [], keys, labels: keys })),
  excluded: [],
  threshold,
  unit: 1,
});

describe('expectedPostsPerDay', () => {
  // One facet of two words: its heaviest key held opens it, the other scores 1 (match-item.ts), so a
  // headline is flagged when it holds both.
  const oneFacet = profile([['ponsel', 'hp']], 0.9);

  it('counts words that come together as together: every headline with one holds the other', () => {
    const bg = background({ ponsel: 10, hp: 10 }, [['ponsel', 'hp', 10]]);
    // All 10 headlines hold both: 1% of ordinary news.
    expect(expectedFlaggedShare(oneFacet, lexicon, bg, 'id')).toBeCloseTo(0.01, 4);
    expect(expectedPostsPerDay(oneFacet, lexicon, bg, 'id')).toBeCloseTo(0.01 * DOCUMENTS_PER_DAY, 2);
  });

  it('takes words the associations hold no pair of as independent', () => {
    const bg = background({ ponsel: 10, hp: 10 });
    expect(expectedFlaggedShare(oneFacet, lexicon, bg, 'id')).toBeCloseTo(0.01 * 0.01, 6);
    // And so does the estimate told to ignore pairs.
    const together = background({ ponsel: 10, hp: 10 }, [['ponsel', 'hp', 10]]);
    expect(expectedFlaggedShare(oneFacet, lexicon, together, 'id', { pairs: false })).toBeCloseTo(0.01 * 0.01, 6);
  });

  it("counts the facets' own keys in the score when there are two facets", () => {
    // "BBM" and "harga" each 1 unit: together 2 >= 1.5, so every headline holding both is flagged.
    const twoFacets = profile([['bbm'], ['harga']], 1.5);
    const bg = background({ bbm: 100, harga: 100 });
    expect(expectedFlaggedShare(twoFacets, lexicon, bg, 'id')).toBeCloseTo(0.1 * 0.1, 6);
  });

  it('counts two names enough alone that come together once', () => {
    const named: TopicProfile = { ...profile([['nadiem', 'chromebook'], ['korupsi']], 3), concepts: [{ name: 'names', countries: [], keys: ['nadiem', 'chromebook'], labels: [], alone: ['nadiem', 'chromebook'] } as TopicProfile['concepts'][number], { name: 'theme', countries: [], keys: ['korupsi'], labels: [] }] };
    const bg = background({ nadiem: 20, chromebook: 20, korupsi: 50 }, [['nadiem', 'chromebook', 20]]);
    // Every headline naming one names the other: 2% of the news, not 4%.
    expect(expectedFlaggedShare(named, lexicon, bg, 'id')).toBeCloseTo(0.02, 4);
  });

  it('holds a phrase given one of its words at its share of that word', () => {
    // Facet "bbm", theme the phrase "harga bbm": half the headlines naming BBM say "harga bbm".
    const phrase: TopicProfile = { ...profile([['bbm'], ['harga bbm']], 1.5), terms: [{ key: 'bbm', label: 'bbm', kind: 'word', weight: 1, seeds: 3 }, { key: 'harga bbm', label: 'harga bbm', kind: 'phrase', weight: 1, seeds: 3 }] };
    const bg = background({ bbm: 20, harga: 100, 'harga bbm': 10 });
    expect(expectedFlaggedShare(phrase, lexicon, bg, 'id')).toBeCloseTo(0.01, 4);
  });

  it('estimates a profile without facets by its score alone', () => {
    // No facet: a headline holding either word (1 unit each) reaches 0.5: 1 - 0.7 x 0.7 of the news.
    const scoreOnly: TopicProfile = { ...profile([['banjir', 'hujan']], 0.5), concepts: [] };
    const bg = background({ banjir: 300, hujan: 300 });
    expect(expectedFlaggedShare(scoreOnly, lexicon, bg, 'id')).toBeCloseTo(0.51, 6);
  });

  it('falls as the threshold rises', () => {
    const theme = profile([['ponsel', 'hp', 'gawai']], 0);
    const bg = background({ ponsel: 30, hp: 30, gawai: 30 }, [['ponsel', 'hp', 10], ['ponsel', 'gawai', 5]]);
    const at = (threshold: number) => expectedFlaggedShare(theme, lexicon, bg, 'id', { threshold });
    expect(at(0)).toBeGreaterThan(at(0.9));
    expect(at(0.9)).toBeGreaterThan(at(1.9));
  });

  describe('the names standing in for a missing theme (match-item.ts, NAMES_INSTEAD_OF_THEME)', () => {
    // A names facet and a theme, every key 1 unit, threshold 2: a headline naming three riders and
    // no theme word is flagged by the matcher's names path, not by the facets' path.
    const facets = (names: string[]): TopicProfile => {
      const base = profile([names, ['balapan']], 2);
      const concepts: FacetConcept[] = [{ ...base.concepts[0]!, kind: 'names' }, { ...base.concepts[1]!, kind: 'theme' }];
      return { ...base, concepts };
    };

    it('adds the headlines naming three names and no theme word', () => {
      // The same 10 headlines of 1,000 name all three; "balapan" is in 100, none of them said beside the names.
      const riders = facets(['marquez', 'bagnaia', 'martin']);
      const bg = background({ marquez: 10, bagnaia: 10, martin: 10, balapan: 100 }, [['marquez', 'bagnaia', 10], ['marquez', 'martin', 10], ['bagnaia', 'martin', 10]]);
      const withNames = expectedFlaggedShare(riders, lexicon, bg, 'id');
      const without = expectedFlaggedShare(riders, lexicon, bg, 'id', { namesInsteadOfTheme: 0 });
      // 1% name all three, and 90% of those hold no "balapan" (taken at its own rate).
      expect(withNames - without).toBeCloseTo(0.01 * 0.9, 6);
      // Four names are asked: three never make it.
      expect(expectedFlaggedShare(riders, lexicon, bg, 'id', { namesInsteadOfTheme: 4 })).toBeCloseTo(without, 9);
    });

    it('counts names sharing a word once, as the matcher does', () => {
      const riders = facets(['marquez', 'marc marquez', 'bagnaia']);
      const bg = background({ marquez: 10, 'marc marquez': 10, bagnaia: 10, balapan: 100 }, [['marquez', 'bagnaia', 10], ['marquez', 'marc', 10]]);
      expect(expectedFlaggedShare(riders, lexicon, bg, 'id')).toBeCloseTo(expectedFlaggedShare(riders, lexicon, bg, 'id', { namesInsteadOfTheme: 0 }), 9);
    });
  });
});
