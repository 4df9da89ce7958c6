// Distinct names standing in for a missing theme (match-item.ts NAMES_INSTEAD_OF_THEME): a
// headline of a recurring competition names clubs or riders and says no word of what happened.
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../../src/adapters/lexicon-files.ts';
import { matchKeys, NAMES_INSTEAD_OF_THEME, prepareProfile } from '../../../src/core/match/match-item.ts';
import type { TopicProfile } from '../../../src/core/model.ts';
import type { FacetConcept } from '../../../src/core/profile/learn-concepts.ts';
import { describeProfile } from '../../../src/core/profile/describe-profile.ts';
import { TopicMemory, TOPIC_MEMORY_CUTS } from '../../../src/core/match/topic-memory.ts';
import { conceptLines } from '../../../src/discord/commands/profile-summary.ts';

const lexicon = loadLexicon();
const word = (key: string, weight: number) => ({ key, label: key, kind: 'word' as const, weight, seeds: 2 });
// Names facet of made-up clubs, one of two words and its shorter form; theme facet "gol" / "laga".
const profile: TopicProfile = {
  format: 'newshound-profile/1',
  name: 'liga',
  seeds: [{ name: 'a.txt', title: 'Zeta Raya Vs Kartolo', lang: 'id' }],
  terms: [word('zeta raya', 2), word('raya', 1), word('kartolo', 2), word('mandalika', 2), word('pelita', 2), word('gol', 3), word('laga', 3)],
  concepts: [
    { name: 'names: Zeta Raya', kind: 'names', countries: [], keys: ['zeta raya', 'raya', 'kartolo', 'mandalika', 'pelita'], labels: ['zeta raya', 'raya', 'kartolo', 'mandalika', 'pelita'] } as FacetConcept,
    { name: 'theme: gol', kind: 'theme', countries: [], keys: ['gol', 'laga'], labels: ['gol', 'laga'] } as FacetConcept,
  ],
  excluded: [],
  threshold: 1,
  unit: 2,
};
const decide = (keys: string[], namesInsteadOfTheme?: number) => matchKeys(keys, 'id', prepareProfile(profile, lexicon, namesInsteadOfTheme === undefined ? {} : { namesInsteadOfTheme }));

describe('distinct names standing in for a missing theme', () => {
  it('is three as shipped (the value scripts/strong-evidence-curve.ts --names picks)', () => {
    expect(NAMES_INSTEAD_OF_THEME).toBe(3);
  });

  it('takes an item naming three of the names facet and no theme word, and says so', () => {
    const match = decide(['kartolo', 'mandalika', 'pelita']);
    expect(match.decision).toBe(true);
    expect(match.reason).toBe("no word of its theme (theme: gol) but names 3 of the topic's names (kartolo, mandalika, pelita), at least 3; score 3 >= 1");
  });

  it('counts a name and a shorter form of it once', () => {
    // "zeta raya" and "raya" share a word: two names with "kartolo", not three.
    expect(decide(['zeta', 'raya', 'zeta raya', 'kartolo']).reason).toBe('missing concept: theme: gol');
    expect(decide(['zeta raya', 'raya', 'kartolo', 'pelita']).decision).toBe(true);
  });

  it('turns down two names, and three whose score stays under the threshold', () => {
    expect(decide(['kartolo', 'mandalika']).reason).toBe('missing concept: theme: gol');
    const low = matchKeys(['kartolo', 'mandalika', 'pelita'], 'id', prepareProfile({ ...profile, threshold: 4 }, lexicon));
    expect(low.decision).toBe(false);
    // A low score like any other: the topic's memory may still take it (Match.turnedDown).
    expect(low.reason).toBe("score 3 below threshold 4 (no word of its theme, theme: gol, but names 3 of the topic's names: kartolo, mandalika, pelita)");
  });

  it("leaves an item under the threshold to the topic's memory, as any low score", () => {
    // Two stand-ins (minKeys 2, whatever the fitted count): the case is a low score left to the memory.
    const memory = new TopicMemory(100, { ...TOPIC_MEMORY_CUTS, minKeys: 2 });
    for (let i = 0; i < 4; i += 1) memory.note(['stadion baru', 'derbi', `own-${i}`], true);
    const keys = ['kartolo', 'mandalika', 'pelita', 'stadion baru', 'derbi'];
    const low = matchKeys(keys, 'id', prepareProfile({ ...profile, threshold: 4 }, lexicon));
    expect(low.decision).toBe(false);
    expect(memory.decide(low, keys, () => false).decision).toBe(true);
  });

  it('never stands in for a missing names facet, and is off at 0', () => {
    expect(decide(['gol', 'laga']).reason).toBe('missing concept: names: Zeta Raya');
    expect(decide(['kartolo', 'mandalika', 'pelita'], 0).reason).toBe('missing concept: theme: gol');
    expect(decide(['kartolo', 'mandalika'], 2).decision).toBe(true);
  });

  it('is named where learn prints the facets, beside a names facet with a theme only', () => {
    expect(describeProfile(profile)).toContain("1. names: Zeta Raya: zeta raya | raya | kartolo | mandalika | pelita; any 3 distinct names of these stand in for the theme");
    expect(describeProfile(profile)).not.toMatch(/2\. theme: gol.*stand in/);
    const namesOnly: TopicProfile = { ...profile, concepts: [profile.concepts[0]!] };
    expect(describeProfile(namesOnly)).not.toContain('stand in for the theme');
    // And where Discord's /topic show and /topic create list them.
    expect(conceptLines(profile)).toContain('• **names: Zeta Raya**: zeta raya, raya, kartolo, mandalika, pelita; any 3 distinct names of these stand in for the theme');
  });
});
