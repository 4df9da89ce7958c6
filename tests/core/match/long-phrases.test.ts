// Phrases of three and four words (match-item.ts, text/evidence.ts MAX_PHRASE_WORDS): a programme's
// full name, which the seeds spell out for its acronym, is one key; its two-word parts are said of
// other things ("layanan kesehatan gratis" at a police charity day).
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../../src/adapters/lexicon-files.ts';
import { matchItem, prepareProfile } from '../../../src/core/match/match-item.ts';
import type { TopicProfile } from '../../../src/core/model.ts';
import type { FacetConcept } from '../../../src/core/profile/learn-concepts.ts';
import { analyzeText } from '../../../src/core/text/analyze.ts';
import { MAX_PHRASE_WORDS } from '../../../src/core/text/evidence.ts';

const lexicon = loadLexicon();
const keyOf = (text: string) => analyzeText(text, lexicon, 'id').keys.join(' ');
const checks = keyOf('cek kesehatan gratis');
const cooperatives = keyOf('koperasi desa merah putih');
const word = (key: string, weight: number) => ({ key, label: key, kind: 'word' as const, weight, seeds: 2 });
// A names facet of the two full names, each enough alone, beside a theme.
const profile: TopicProfile = {
  format: 'newshound-profile/1',
  name: 'programmes',
  seeds: [{ name: 'a.txt', title: 'Cek Kesehatan Gratis dimulai', lang: 'id' }],
  terms: [word(checks, 3), word(cooperatives, 3), word('program', 1)],
  concepts: [
    { name: 'names: programmes', kind: 'names', countries: [], keys: [checks, cooperatives], labels: ['Cek Kesehatan Gratis', 'Koperasi Desa Merah Putih'], alone: [checks, cooperatives] } as FacetConcept,
    { name: 'theme: program', kind: 'theme', countries: [], keys: ['program'], labels: ['program'] } as FacetConcept,
  ],
  excluded: [],
  threshold: 0.7,
  unit: 2,
};
const prepared = prepareProfile(profile, lexicon);
const decide = (title: string) => matchItem({ id: 'x', title, summary: '', lang: 'id' } as Parameters<typeof matchItem>[0], prepared).decision;

describe('phrases of three and four words', () => {
  it('are keys of three and four words', () => {
    expect(checks.split(' ')).toHaveLength(3);
    expect(cooperatives.split(' ')).toHaveLength(MAX_PHRASE_WORDS);
  });

  it('match the whole name, said in a row', () => {
    expect(decide('Jutaan Warga Ikuti Cek Kesehatan Gratis di Puskesmas')).toBe(true);
    expect(decide('Gerai Koperasi Desa Merah Putih Mulai Dibangun')).toBe(true);
  });

  it('never match a part of it, the words out of order, or a name broken by another', () => {
    expect(decide('Brimob Gelar Layanan Kesehatan Gratis untuk Warga')).toBe(false);
    expect(decide('Cek Kesehatan Sopir Truk Digelar Hari Ini')).toBe(false);
    expect(decide('Gratis Cek Kesehatan di Alun-alun')).toBe(false);
    expect(decide('Koperasi Desa di Bali Pasang Bendera Merah Putih')).toBe(false);
  });
});
