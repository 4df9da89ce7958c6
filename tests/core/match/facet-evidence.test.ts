import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../../src/adapters/lexicon-files.ts';
import { presentFacetEvidence } from '../../../src/core/match/facet-evidence.ts';
import { prepareProfile } from '../../../src/core/match/match-item.ts';
import { TOPIC_MEMORY_CUTS, TopicMemory } from '../../../src/core/match/topic-memory.ts';
import type { Match, TopicProfile } from '../../../src/core/model.ts';
import type { FacetConcept } from '../../../src/core/profile/learn-concepts.ts';

// Which keys are evidence of a facet an item already shows (facet-evidence.ts): the topic memory,
// with missingFacetOnly, lets only the others stand in for the facet that is missing.
const lexicon = loadLexicon();
const profile = (concepts: FacetConcept[]): TopicProfile => ({ format: 'newshound-profile/1', name: 't', seeds: [], terms: [], concepts, excluded: [], threshold: 1, unit: 1 });
const found = (names: string[], matched: boolean[]): Match => ({ score: 0, decision: false, lang: 'en', terms: [], reason: 'missing concept', turnedDown: 'missing', concepts: names.map((name, i) => ({ name, matched: matched[i] ? [name] : [] })) });

const war = prepareProfile(profile([
  { name: 'Russia', countries: ['ru'], keys: [], labels: ['Russia'] } as FacetConcept,
  { name: 'Ukraine', countries: ['ua'], keys: [], labels: ['Ukraine'] } as FacetConcept,
]), lexicon);
const floods = prepareProfile(profile([
  { name: 'names: Sumatra', kind: 'names', countries: [], keys: ['@sumatra'], labels: ['Sumatra'] } as FacetConcept,
  { name: 'theme: banjir', kind: 'theme', countries: [], keys: ['banjir'], labels: ['banjir'] } as FacetConcept,
]), lexicon);

describe('evidence of the facets an item shows', () => {
  it("counts a present side's country, people and places, not the missing side's", () => {
    const evidence = presentFacetEvidence(war, found(['Russia', 'Ukraine'], [true, false]));
    expect(evidence('@ru')).toBe(true);
    expect(evidence('@vladimir-putin')).toBe(true);
    expect(evidence('@volodymyr-zelensky')).toBe(false);
    expect(evidence('ceasefire')).toBe(false);
  });

  it("counts a present facet's keys and the place keys of its region, not another region's", () => {
    const evidence = presentFacetEvidence(floods, found(['names: Sumatra', 'theme: banjir'], [true, false]));
    expect(evidence('@sumatra')).toBe(true);
    expect(evidence('#aceh')).toBe(true);
    expect(evidence('#pati')).toBe(false);
    expect(evidence('logistik')).toBe(false);
    // With the names facet missing, nothing of Sumatra's is the item's own evidence.
    expect(presentFacetEvidence(floods, found(['names: Sumatra', 'theme: banjir'], [false, true]))('#aceh')).toBe(false);
  });
});

describe('the memory standing in for the missing facet only', () => {
  // Ten matched items naming Putin, Russia and a talks word: all three stand for the topic. The
  // cases are built on two stand-ins (minKeys 2), whatever the fitted count: the rule under test is
  // which words count, not how many.
  const memory = (missingFacetOnly: number) => {
    const m = new TopicMemory(0, { ...TOPIC_MEMORY_CUTS, minKeys: 2, missingFacetOnly });
    for (let i = 0; i < 10; i += 1) m.note(['@vladimir-putin', '@ru', 'negosiasi', `w${i}`], true);
    return m;
  };
  const holds = () => false;
  const russiaOnly = found(['Russia', 'Ukraine'], [true, false]);

  it("does not take an item on the present side's own names", () => {
    expect(memory(0).decide(russiaOnly, ['@vladimir-putin', '@ru'], holds, war).decision).toBe(true);
    expect(memory(1).decide(russiaOnly, ['@vladimir-putin', '@ru'], holds, war).decision).toBe(false);
  });

  it("with 2, counts the present side's names as stand-ins but never as the new word the memory needs", () => {
    expect(memory(2).decide(russiaOnly, ['@vladimir-putin', '@ru'], holds, war).decision).toBe(false);
    // One stand-in that is neither the profile's nor the present side's: taken, Putin counted beside it.
    expect(memory(2).decide(russiaOnly, ['@vladimir-putin', 'negosiasi'], holds, war).decision).toBe(true);
    expect(memory(1).decide(russiaOnly, ['@vladimir-putin', 'negosiasi'], holds, war).decision).toBe(false);
  });

  it('takes it when two stand-ins besides them say what the missing facet would', () => {
    const m = memory(1);
    for (let i = 0; i < 10; i += 1) m.note(['gencat senjata', 'negosiasi'], true);
    expect(m.decide(russiaOnly, ['@vladimir-putin', 'gencat senjata', 'negosiasi'], holds, war).decision).toBe(true);
  });
});
