// A feed summary's dateline ("Jakarta - ", "PYONGYANG, KOMPAS.TV - ") names where the outlet files
// from, not where the news happened: matching reads the summary without it, and the story index
// keeps it out of an item's lead names (the names a pair of reports must share), unless the title
// names the place too.
import { describe, expect, it } from 'vitest';
import { loadBackground, loadLexicon } from '../../../src/adapters/lexicon-files.ts';
import { DEFAULT_SEEDS_DIR } from '../../../src/adapters/project-paths.ts';
import { readSeedDir } from '../../../src/adapters/topic-files.ts';
import { IdfTable, itemFeatures } from '../../../src/core/dedup/item-features.ts';
import { StoryFrequencies } from '../../../src/core/dedup/story-frequencies.ts';
import { matchItem, prepareProfile } from '../../../src/core/match/match-item.ts';
import { learnProfile } from '../../../src/core/profile/learn-profile.ts';
import { itemText, stripDateline } from '../../../src/core/text/dateline.ts';

const lexicon = loadLexicon();
const background = loadBackground();

describe('an item text without its summary dateline', () => {
  it('drops the dateline in front of the summary and keeps the title whole', () => {
    expect(itemText({ title: 'Jakarta Banjir Lagi', summary: 'Jakarta - Hujan deras sejak pagi merendam 20 RT.' })).toBe('Jakarta Banjir Lagi\nHujan deras sejak pagi merendam 20 RT.');
    expect(itemText({ title: 'Banjir', summary: 'PYONGYANG, KOMPAS.TV - Korea Utara menggelar parade.' })).toBe('Banjir\nKorea Utara menggelar parade.');
    expect(stripDateline('Menurut warga - yang enggan disebut namanya - banjir datang malam.')).toBe('Menurut warga - yang enggan disebut namanya - banjir datang malam.');
  });

  it('never lets the dateline city stand for a side of the topic', () => {
    const prepared = prepareProfile(learnProfile(readSeedDir(DEFAULT_SEEDS_DIR), lexicon, background, { name: 'default' }), lexicon);
    const title = 'Rusia Kirim Ribuan Tentara Tambahan ke Garis Depan Kursk';
    const filed = matchItem({ id: 'a', title, summary: 'PYONGYANG, KOMPAS.TV - Rusia mengirim ribuan tentara tambahan ke garis depan Kursk, kata para pejabat.', lang: 'id' }, prepared);
    const named = matchItem({ id: 'b', title, summary: 'Rusia mengirim ribuan tentara tambahan dari Pyongyang ke garis depan Kursk, kata para pejabat.', lang: 'id' }, prepared);
    expect(filed.concepts.map((c) => c.matched.length > 0)).toContain(false);
    expect(named.concepts.every((c) => c.matched.length > 0)).toBe(true);
  });
});

describe('story lead names without the dateline', () => {
  const idf = new IdfTable(background, new StoryFrequencies(), 30);
  const lead = (title: string, summary: string) => itemFeatures({ id: 'x', title, summary, lang: 'id' }, lexicon, idf).lead;

  it('leaves the dateline city out of the lead names unless the title names it', () => {
    expect(lead('Pemprov Buka Pendaftaran Mudik Gratis', 'Jakarta - Pemerintah provinsi membuka pendaftaran mudik gratis hari ini.')).not.toContain('@jakarta');
    expect(lead('Jakarta Buka Pendaftaran Mudik Gratis', 'Jakarta - Pemerintah provinsi membuka pendaftaran mudik gratis hari ini.')).toContain('@jakarta');
    expect(lead('Pemprov Buka Pendaftaran Mudik Gratis', 'Warga Jakarta bisa mendaftar mudik gratis mulai hari ini.')).toContain('@jakarta');
  });
});
