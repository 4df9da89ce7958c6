import { describe, expect, it } from 'vitest';
import { matchItem } from '../../../src/core/match/match-item.ts';
import { defaultSeeds, learnFrom } from '../../helpers/topics.ts';

const { prepared } = learnFrom(defaultSeeds(), 'default');
const match = (title: string, summary = '', lang?: 'id' | 'en') => matchItem({ id: 't', title, summary, lang }, prepared);

describe('matchItem on the default topic', () => {
  it.each([
    ['Kim Jong Un Kirim Ribuan Tentara Korea Utara untuk Bantu Rusia Berperang di Ukraina', ''],
    ['North Korea sends thousands of troops to help Russia fight Ukraine', 'Pyongyang deployed soldiers to the Kursk region, South Korean intelligence said.'],
    ['Putin and Kim Jong-un sign mutual defence treaty in Pyongyang', 'The pact obliges both countries to give military assistance if either is attacked.'],
    ['DPRK ratifies strategic partnership treaty with Moscow', 'North Korea ratified the comprehensive strategic partnership treaty with Russia, which includes a mutual defence clause.'],
  ])('on-topic: %s', (title, summary) => {
    const result = match(title, summary);
    expect(result.decision, result.reason).toBe(true);
    expect(result.terms.length).toBeGreaterThan(0);
  });

  it('catches North Korean soldiers in Ukraine although Russia is never named', () => {
    const result = match(
      'Ukraine says North Korean soldiers killed in fighting',
      'Kyiv said dozens of North Korean troops were killed or wounded in fighting on the front line, and two were captured.',
    );
    expect(result.decision, result.reason).toBe(true);
    expect(result.concepts.every((c) => c.matched.length > 0)).toBe(true);
  });

  it.each([
    ['Russia and North Korea resume passenger train service', 'Trains between Moscow and Pyongyang will run twice a month as tourism between the two countries grows.'],
    ['Turis Rusia Mulai Berlibur ke Resor Wonsan Korea Utara', 'Rombongan wisatawan asal Rusia tiba di resor pantai Wonsan-Kalma, Korea Utara.'],
  ])('rejects North Korea-Russia news unrelated to the war: %s', (title, summary) => {
    expect(match(title, summary).decision).toBe(false);
  });

  it.each([
    ['Russian drones hit Kyiv apartment blocks, killing four', 'Ukraine said Russia launched dozens of drones and missiles overnight.'],
    ['Korea Utara Tembakkan Rudal Balistik ke Laut Timur', 'Kepala Staf Gabungan Korea Selatan menyatakan Korea Utara meluncurkan rudal balistik.'],
    ['Harga cabai naik jelang Natal', 'Pedagang di pasar tradisional mengeluhkan pasokan yang berkurang.'],
  ])('rejects items missing a side of the topic: %s', (title, summary) => {
    const result = match(title, summary);
    expect(result.decision).toBe(false);
    expect(result.reason).toMatch(/missing concept|below threshold/);
  });

  it('matches an English item against the Indonesian profile through aliases', () => {
    const english = match('North Korea reaffirms support for Russia\'s war in Ukraine', 'Kim Jong Un pledged backing for Moscow during talks with Lavrov.', 'en');
    expect(english.lang).toBe('en');
    expect(english.decision, english.reason).toBe(true);
    expect(english.terms.map((t) => t.label)).toEqual(expect.arrayContaining(['North Korea', 'Russia']));
  });

  it('explains itself: score, concepts named, deciding terms and a reason', () => {
    const result = match('Korut Kirim Pasukan ke Kursk Rusia', '');
    expect(result.score).toBeGreaterThan(0);
    expect(result.reason).toMatch(/concepts present|below threshold/);
    expect(result.concepts.map((c) => c.matched.length > 0)).toEqual([true, true]);
    expect(result.terms[0]!.weight).toBeGreaterThanOrEqual(result.terms.at(-1)!.weight);
  });

  it('is pure: the same item gets the same answer', () => {
    expect(match('Kim Jong Un bertemu Putin', 'Keduanya membahas kerja sama militer.')).toEqual(match('Kim Jong Un bertemu Putin', 'Keduanya membahas kerja sama militer.'));
  });
});
