// A topic's memory of its own recent matches (src/core/match/topic-memory.ts): which keys stand
// for the topic now, and the decisions it changes.
import { describe, expect, it } from 'vitest';
import { TopicMemory, TOPIC_MEMORY_CUTS, type TopicMemoryCuts } from '../../../src/core/match/topic-memory.ts';
import type { Match } from '../../../src/core/model.ts';
import type { PreparedProfile } from '../../../src/core/match/match-item.ts';
import { loadLexicon } from '../../../src/adapters/lexicon-files.ts';

const cuts: TopicMemoryCuts = { ...TOPIC_MEMORY_CUTS, halfLifeDays: 7, minMatched: 3, minShare: 0.5, minKeys: 2, minNewKeys: 1, maxKeys: 100 };
/** No key is the profile's own: every stand-in is new evidence. */
const nothingOfTheProfile = () => false;
const turnedDown = (reason: string, why?: Match['turnedDown']): Match => ({ score: 0.2, decision: false, lang: 'id', terms: [], concepts: [], reason, ...(why === undefined ? {} : { turnedDown: why }) });

/** `matched` items holding `keys` that the profile matched, and `others` holding them it did not. */
function memoryWith(keys: string[], matched: number, others: number, day = 100): TopicMemory {
  const memory = new TopicMemory(day, cuts);
  for (let i = 0; i < matched; i += 1) memory.note([...keys, `own-${i}`], true);
  for (let i = 0; i < others; i += 1) memory.note([...keys, `other-${i}`], false);
  return memory;
}

describe('a topic memory', () => {
  it('calls a key a stand-in once enough of its recent items matched, and not before', () => {
    expect(memoryWith(['#bener meriah'], 2, 0).standIns(['#bener meriah'])).toEqual([]);
    expect(memoryWith(['#bener meriah'], 3, 0).standIns(['#bener meriah'])).toEqual([{ key: '#bener meriah', items: 3, matched: 3 }]);
    // Three matched of seven: under half.
    expect(memoryWith(['#bener meriah'], 3, 4).standIns(['#bener meriah'])).toEqual([]);
    expect(memoryWith(['#bener meriah'], 3, 3).standIns(['#bener meriah'])).toHaveLength(1);
  });

  it('takes an item turned down for a missing facet or a low score when it holds enough stand-ins', () => {
    const memory = memoryWith(['#bener meriah', 'logistik'], 4, 1);
    const missing = memory.decide(turnedDown('missing concept: theme: banjir', 'missing'), ['warga', '#bener meriah', 'logistik'], nothingOfTheProfile);
    expect(missing.decision).toBe(true);
    expect(missing.reason).toMatch(/^missing concept: theme: banjir, but its words stand for the topic now: of the recent items naming #bener meriah \(4 of 5\), logistik \(4 of 5\) matched$/);
    expect(memory.decide(turnedDown('score 0.2 below threshold 1', 'low-score'), ['#bener meriah', 'logistik'], nothingOfTheProfile).decision).toBe(true);
    // One stand-in is not enough.
    expect(memory.decide(turnedDown('missing concept: theme: banjir', 'missing'), ['warga', '#bener meriah'], nothingOfTheProfile).decision).toBe(false);
  });

  it("needs a stand-in the profile does not hold itself: its own sides named together are what it already refused", () => {
    // A feed that carries little but the topic: North Korea and Russia stand for it by base rate.
    const memory = memoryWith(['@kp', '@ru', 'kereta'], 6, 0);
    const sides = (key: string) => key === '@kp' || key === '@ru';
    const railLine = turnedDown('score 0 below threshold 0.7', 'low-score');
    expect(memory.decide(railLine, ['@kp', '@ru'], sides).decision).toBe(false);
    expect(memory.decide(railLine, ['@kp', '@ru', 'kereta'], sides).decision).toBe(true);
    expect(memory.decide(railLine, ['@kp', '@ru'], nothingOfTheProfile).decision).toBe(true);
  });

  it('never overrules an excluded term, news from abroad or a match', () => {
    const memory = memoryWith(['#bener meriah', 'logistik'], 5, 0);
    expect(memory.decide(turnedDown('excluded term: banjir rob', 'excluded'), ['#bener meriah', 'logistik'], nothingOfTheProfile).decision).toBe(false);
    expect(memory.decide(turnedDown('news from abroad: names Malaysia, nothing of Indonesia', 'abroad'), ['#bener meriah', 'logistik'], nothingOfTheProfile).decision).toBe(false);
    const match: Match = { ...turnedDown('all concepts present'), decision: true };
    expect(memory.decide(match, ['#bener meriah', 'logistik'], nothingOfTheProfile)).toBe(match);
  });

  it('forgets with the half-life: after one half-life a count weighs half', () => {
    const memory = memoryWith(['#aceh tamiang', 'huntara'], 4, 0, 100);
    expect(memory.standIns(['#aceh tamiang', 'huntara'])).toHaveLength(2);
    memory.ageTo(107);
    expect(memory.standIns(['#aceh tamiang'])).toEqual([]);
    // Reading an older day changes nothing.
    memory.ageTo(90);
    expect(memory.toData().day).toBe(107);
    expect(memory.toData().keys['huntara']).toEqual([2, 2]);
    // Long after, every count has aged out.
    memory.ageTo(200);
    expect(memory.size).toBe(0);
  });

  it('counts a key once per item and keeps no more keys than its cap', () => {
    const memory = new TopicMemory(1, cuts);
    memory.note(['banjir', 'banjir', 'banjir'], true);
    expect(memory.toData().keys['banjir']).toEqual([1, 1]);
    for (let i = 0; i < 150; i += 1) memory.note([`key-${i}`, 'banjir'], false);
    expect(memory.size).toBeLessThanOrEqual(100);
    // The most seen key is kept.
    expect(memory.toData().keys['banjir']).toEqual([151, 1]);
  });

  it('is restored as it was saved, aged to the day it is read; a shape it does not know starts empty', () => {
    const memory = memoryWith(['#bener meriah', 'logistik'], 4, 0, 100);
    const restored = TopicMemory.restore(JSON.parse(JSON.stringify(memory.toData())), 100, cuts);
    expect(restored.toData()).toEqual(memory.toData());
    expect(TopicMemory.restore(memory.toData(), 114, cuts).toData().keys['logistik']).toEqual([1, 1]);
    for (const bad of [null, 'x', { version: 2, day: 1, keys: {} }, { version: 1, day: 1, keys: { a: [1, 2] } }, { version: 1, day: 1, keys: { a: [1] } }, { version: 1, day: 'x', keys: {} }]) {
      expect(TopicMemory.restore(bad, 100, cuts).size).toBe(0);
    }
  });
});

describe('a topic memory with fewer stand-ins when one is a name (minKeysWithName)', () => {
  const lexicon = loadLexicon();
  // Only the lexicon is read when no stand-in must be checked against the item's facets (missingFacetOnly 0).
  const prepared = { lexicon } as unknown as PreparedProfile;
  const named: TopicMemoryCuts = { ...cuts, minKeys: 3, minKeysWithName: 2 };
  const memoryOf = (keys: string[], at: TopicMemoryCuts) => {
    const memory = new TopicMemory(100, at);
    for (let i = 0; i < 4; i += 1) memory.note([...keys, `own-${i}`], true);
    return memory;
  };
  const missing = turnedDown('missing concept: theme: banjir', 'missing');

  it('takes two stand-ins when one is a place or a person of the lexicon', () => {
    expect(lexicon.entities.get('@kursk')?.type).toBe('place');
    expect(lexicon.entities.get('@donald-trump')?.type).toBe('person');
    expect(memoryOf(['#aceh tamiang', 'listrik'], named).decide(missing, ['#aceh tamiang', 'listrik'], nothingOfTheProfile, prepared).decision).toBe(true);
    expect(memoryOf(['@kursk', 'serangan'], named).decide(missing, ['@kursk', 'serangan'], nothingOfTheProfile, prepared).decision).toBe(true);
    expect(memoryOf(['@donald-trump', 'tarif'], named).decide(missing, ['@donald-trump', 'tarif'], nothingOfTheProfile, prepared).decision).toBe(true);
    // Off (0), three are asked as before.
    expect(memoryOf(['#aceh tamiang', 'listrik'], { ...named, minKeysWithName: 0 }).decide(missing, ['#aceh tamiang', 'listrik'], nothingOfTheProfile, prepared).decision).toBe(false);
  });

  it('not when the two are common words, a country, a region or an institution, nor one name alone', () => {
    expect(lexicon.entities.get('@ru')?.type).toBe('country');
    // A region whose places the gazetteer lists names a seventh of the country's news, no place in particular.
    expect(lexicon.entities.get('@java')).toMatchObject({ type: 'place', region: true });
    expect(memoryOf(['@java', 'siswa'], named).decide(missing, ['@java', 'siswa'], nothingOfTheProfile, prepared).decision).toBe(false);
    expect(lexicon.entities.get('@tni')?.type).toBe('org');
    expect(memoryOf(['gencatan', 'senjata'], named).decide(missing, ['gencatan', 'senjata'], nothingOfTheProfile, prepared).decision).toBe(false);
    expect(memoryOf(['@ru', 'serangan'], named).decide(missing, ['@ru', 'serangan'], nothingOfTheProfile, prepared).decision).toBe(false);
    expect(memoryOf(['@tni', 'jembatan'], named).decide(missing, ['@tni', 'jembatan'], nothingOfTheProfile, prepared).decision).toBe(false);
    expect(memoryOf(['#aceh tamiang'], named).decide(missing, ['#aceh tamiang', 'listrik'], nothingOfTheProfile, prepared).decision).toBe(false);
  });
});
