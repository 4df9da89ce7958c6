// A lone facet's phrase (match-item.ts LONE_PHRASES_SCORE): with one facet its heaviest word held
// only opens the gate, so one common word never both opens it and passes; a phrase of the facet, two
// seed words together, opens it and scores too.
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../../src/adapters/lexicon-files.ts';
import { LONE_PHRASES_SCORE, matchKeys, prepareProfile } from '../../../src/core/match/match-item.ts';
import type { TopicProfile } from '../../../src/core/model.ts';
import type { FacetConcept } from '../../../src/core/profile/learn-concepts.ts';

const lexicon = loadLexicon();
const word = (key: string, weight: number) => ({ key, label: key, kind: 'word' as const, weight, seeds: 2 });
// One facet, the theme: a phrase "kebakaran hutan" and a word "lahan", both weighing 3 units' worth.
const profile: TopicProfile = {
  format: 'newshound-profile/1',
  name: 'fires',
  seeds: [{ name: 'a.txt', title: 'Kebakaran hutan meluas', lang: 'id' }],
  terms: [word('kebakaran hutan', 3), word('lahan', 3), word('padam', 1)],
  concepts: [{ name: 'theme: kebakaran hutan', kind: 'theme', countries: [], keys: ['kebakaran hutan', 'lahan'], labels: ['kebakaran hutan', 'lahan'] } as FacetConcept],
  excluded: [],
  threshold: 0.7,
  unit: 2,
};
const decide = (keys: string[], lonePhrasesScore?: boolean) => matchKeys(keys, 'id', prepareProfile(profile, lexicon, lonePhrasesScore === undefined ? {} : { lonePhrasesScore }));

describe("a lone facet's phrase", () => {
  it('is on as shipped (the value scripts/few-seed-curve.ts --cut lonePhrasesScore picks)', () => {
    expect(LONE_PHRASES_SCORE).toBe(true);
  });

  it('opens the gate and scores', () => {
    const match = decide(['kebakaran', 'hutan', 'kebakaran hutan']);
    expect(match.score).toBe(1.5);
    expect(match.decision).toBe(true);
    // Off: the phrase only opens the gate, and nothing else scores.
    expect(decide(['kebakaran', 'hutan', 'kebakaran hutan'], false).score).toBe(0);
  });

  it('leaves a lone word as it was: it opens the gate and never scores', () => {
    expect(decide(['lahan']).score).toBe(0);
    expect(decide(['lahan']).decision).toBe(false);
    // A word beside the phrase is the one that only opens: the phrase scores.
    expect(decide(['lahan', 'kebakaran hutan']).score).toBe(1.5);
    expect(decide(['lahan', 'kebakaran hutan'], false).score).toBe(1.5);
  });
});
