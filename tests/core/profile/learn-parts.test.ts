import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../../src/adapters/lexicon-files.ts';
import { makeBackground, PRIOR_WEIGHT_DOCS, type BackgroundData } from '../../../src/core/profile/background.ts';
import { cleanSeedText } from '../../../src/core/profile/clean-seed.ts';
import { afterCapitalisedShare, seedEvidence, seedUnits, spelledAcronyms, spelledAliases, spelledSyllabicAcronyms } from '../../../src/core/profile/seed-evidence.ts';
import { analyzeText } from '../../../src/core/text/analyze.ts';

const table: BackgroundData = {
  version: 1,
  lexiconHash: 'test',
  sources: ['test'],
  idDocs: 1000,
  idDf: { pasar: 100, harga: 50, 'harga pasar': 10 },
  enDocs: 500,
  enDf: { market: 50 },
  countryDocs: {},
  countryPairs: {},
};

describe('the background', () => {
  it('looks a key up in its own language only', () => {
    const background = makeBackground(table);
    expect(background.probability('pasar', 'id')).toBeCloseTo(0.1);
    // "pasar" is no English news word: the English table does not borrow the Indonesian count.
    expect(background.probability('pasar', 'en')).toBeCloseTo(0.5 / 500);
    expect(background.probability('market', 'en')).toBeCloseTo(0.1);
  });

  it('never makes a phrase it lacks commoner than its rarer word', () => {
    const background = makeBackground(table);
    expect(background.probability('harga pasar', 'id')).toBeCloseTo(0.01);
    expect(background.probability('harga naik', 'id')).toBeLessThanOrEqual(background.probability('harga', 'id'));
    expect(background.probability('harga naik', 'id')).toBeLessThan(3 / 1000);
  });

  it('blends what the worker saw with the shipped table as a prior', () => {
    const recent = { version: 1 as const, docs: { id: PRIOR_WEIGHT_DOCS, en: 0 }, df: { id: { pasar: PRIOR_WEIGHT_DOCS / 2 }, en: {} } };
    const blended = makeBackground(table, recent);
    // Half the prior's 0.1 and half the worker's 0.5.
    expect(blended.probability('pasar', 'id')).toBeCloseTo(0.3);
    expect(blended.probability('market', 'en')).toBeCloseTo(0.1);
    expect(blended.docs('id')).toBe(1000 + PRIOR_WEIGHT_DOCS);
  });
});

describe('seed evidence', () => {
  const lexicon = loadLexicon();

  it('measures seeds per sentence, title first', () => {
    const seed = cleanSeedText('Harga Pertalite Naik\nPertamina menaikkan harga Pertalite. Kenaikan berlaku hari ini.\nWarga mengeluh.');
    expect(seedUnits(seed)).toEqual(['Harga Pertalite Naik', 'Pertamina menaikkan harga Pertalite.', 'Kenaikan berlaku hari ini.', 'Warga mengeluh.']);
  });

  it('learns names the seeds write capitalised mid-sentence, not ordinary words', () => {
    const seeds = [
      cleanSeedText('Judul satu\nPenyidik memeriksa Nadiem Makarim di gedung itu. Pemeriksaan Nadiem Makarim berlangsung lama.'),
      cleanSeedText('Judul dua\nKuasa hukum Nadiem Makarim hadir. Pemeriksaan itu berlangsung lama.'),
    ];
    const { stats } = seedEvidence(seeds, lexicon);
    const key = (word: string) => analyzeText(word, lexicon, 'id').keys[0]!;
    expect(stats.get(key('nadiem'))?.name).toBe(true);
    expect(stats.get(key('periksa'))?.name).toBe(false);
  });

  it('knows a word capitalised only inside other names, a different one each time, from a name', () => {
    // Places the lexicon does not know (the gazetteer reads "Aceh Selatan" as one place name).
    const seeds = [
      cleanSeedText('Judul satu\nLongsor melanda Kecamatan Sibolangit dan Kecamatan Namorambe. Warga Rawa Gede Selatan mengungsi bersama Nadiem Makarim.'),
      cleanSeedText('Judul dua\nBanjir merendam Kecamatan Koto Tangah di Lembah Anai Selatan. Menurut Nadiem Makarim warga selamat.'),
    ];
    const { stats } = seedEvidence(seeds, lexicon);
    const key = (word: string) => analyzeText(word, lexicon, 'id').keys[0]!;
    expect(stats.get(key('kecamatan'))?.partOfNames).toBe(true);
    expect(stats.get(key('selatan'))?.partOfNames).toBe(true);
    // Always beside "Nadiem": one name with it, not a word of many names.
    expect(stats.get(key('makarim'))?.partOfNames).toBeUndefined();
  });

  it('ties an acronym the seeds spell out to its long form', () => {
    const found = spelledAcronyms('Petugas Pusat Vulkanologi dan Mitigasi Bencana Geologi (PVMBG) memantau gunung.', lexicon, 'id');
    const key = (text: string) => analyzeText(text, lexicon, 'id').keys;
    expect(found.get(key('PVMBG')[0]!)).toContain(key('mitigasi bencana').join(' '));
    // Three or four words: the whole name is a key too.
    expect(spelledAcronyms('Program Cek Kesehatan Gratis (CKG) dimulai.', lexicon, 'id').get(key('CKG')[0]!)).toContain(key('cek kesehatan gratis').join(' '));
    // Already one key through the lexicon: nothing to tie.
    expect(spelledAcronyms('Komisi Pemberantasan Korupsi (KPK) memeriksa saksi.', lexicon, 'id').size).toBe(0);
  });

  it('ties a syllabic acronym the seeds spell out to the words it is made of', () => {
    const key = (text: string) => analyzeText(text, lexicon, 'id').keys;
    const found = spelledSyllabicAcronyms('Ketua Satuan Tugas Koperasi Desa (Kopdes) melapor.', lexicon, 'id');
    expect([...found.keys()]).toEqual(key('Kopdes'));
    // The fewest words before it that spell it: "Koperasi Desa", not "Tugas Koperasi Desa".
    expect(found.get(key('Kopdes')[0]!)).toEqual([key('Koperasi Desa').join(' ')]);
    // A word written with a slash gives its opening too.
    expect(spelledSyllabicAcronyms('Jaminan Dana Desa/Kelurahan (Dandes) cair.', lexicon, 'id').size).toBe(1);
    // Letters picked further into a word, each word's first one first: "judi online (Judol)",
    // "pinjaman online (Pinjol)", as headlines write them.
    expect(spelledSyllabicAcronyms('Maraknya judi online (Judol) meresahkan.', lexicon, 'id').get(key('judol')[0]!)).toEqual([key('judi online').join(' ')]);
    expect(spelledSyllabicAcronyms('Korban pinjaman online (Pinjol) bertambah.', lexicon, 'id').size).toBe(1);
    // ...but never a letter out of order, nor a word left out: nothing.
    expect(spelledSyllabicAcronyms('Maraknya judi online (Jodul) meresahkan.', lexicon, 'id').size).toBe(0);
    // Not made of the words' openings, or all capitals (spelledAcronyms'): nothing.
    expect(spelledSyllabicAcronyms('Wakil Menteri Zorvan Quillet (Brevo) diperiksa.', lexicon, 'id').size).toBe(0);
    expect(spelledSyllabicAcronyms('Koperasi Desa Merah Putih (KDMP) dibangun.', lexicon, 'id').size).toBe(0);
  });

  it("ties the other name a name goes by to the name's keys", () => {
    const key = (text: string) => analyzeText(text, lexicon, 'id').keys;
    const bracketed = spelledAliases('Mantan wamenaker Zorvan Quillet (Brevo) tampil beda usai diperiksa.', lexicon, 'id');
    expect(bracketed.get(key('Brevo')[0]!)).toEqual(expect.arrayContaining([...key('Zorvan Quillet'), key('Zorvan Quillet').join(' ')]));
    const called = spelledAliases('Presiden memberhentikan Zorvan Quillet, atau yang akrab disapa Brevo, dari jabatannya.', lexicon, 'id');
    expect(called.get(key('Brevo')[0]!)).toContain(key('Zorvan Quillet').join(' '));
    // Two words: the phrase.
    expect([...spelledAliases('Menteri Sosial Saifullah Yusuf (Gus Ipul) meninjau sekolah.', lexicon, 'id').keys()]).toEqual([key('Gus Ipul').join(' ')]);
    // An acronym in brackets is spelledAcronyms', a word of the name itself no other name, and
    // nothing is read without a capitalised name before it.
    expect(spelledAliases('Badan Gizi Nasional (BGN) memeriksa dapur.', lexicon, 'id').size).toBe(0);
    expect(spelledAliases('Zorvan Quillet (Quillet) diperiksa.', lexicon, 'id').size).toBe(0);
    expect(spelledAliases('warga yang akrab disapa Brevo datang.', lexicon, 'id').size).toBe(0);
    // A legal form in brackets is the company's form, no other name of it.
    expect(spelledAliases('Direksi PT Zorvak Quillet (Persero) diperiksa.', lexicon, 'id').size).toBe(0);
  });

  it('measures how often a name is written as the end of a longer one', () => {
    const bodies = ['Program Koperasi Desa Merah Putih berjalan. Kopdes Merah Putih dibentuk.', 'Bendera "Merah Putih" berkibar. Merah Putih dikibarkan.', 'Warga mengibarkan Merah Putih.'];
    // After "Desa" and "Kopdes": two of five; after a quote, at a sentence's start or after a
    // lower-case word: not.
    expect(afterCapitalisedShare('merah putih', bodies)).toBe(0.4);
    expect(afterCapitalisedShare('Nadiem Makarim', ['Kejagung memeriksa Nadiem Makarim. Mantan menteri Nadiem Makarim hadir.'])).toBe(0);
    expect(afterCapitalisedShare('Zorvak', ['Tidak ada di sini.'])).toBe(0);
    // A company's legal form before its name makes no longer name: "PT Zorvak" is Zorvak.
    expect(afterCapitalisedShare('Zorvak', ['Direksi PT Zorvak diperiksa, saham Zorvak turun.'])).toBe(0);
    expect(afterCapitalisedShare('Zorvak', ['Direksi Grup Zorvak diperiksa, saham Zorvak turun.'])).toBe(0.5);
  });

  it('drops site names and lower-case site datelines from seeds', () => {
    const seed = cleanSeedText('Judul\njpnn.com, BANDUNG - Harga beras naik di pasar.');
    expect(seed.body).toBe('Harga beras naik di pasar.');
    expect(seedUnits(cleanSeedText('Judul\nMenurut Kompas.com harga naik.')).join(' ')).not.toMatch(/kompas/i);
  });
});

describe('text', () => {
  const lexicon = loadLexicon();
  it('reads capital US, U.S. and AS as the United States, the lower-case words as stopwords', () => {
    expect(analyzeText('US tariffs hit Canada', lexicon, 'en').keys).toContain('@us');
    expect(analyzeText('U.S. tariffs hit Canada', lexicon, 'en').keys).toContain('@us');
    expect(analyzeText('Tarif AS naik', lexicon, 'id').keys).toContain('@us');
    expect(analyzeText('let us go as planned', lexicon, 'en').keys).not.toContain('@us');
  });

  it('folds an island\'s spellings and its provinces onto one place', () => {
    const key = (text: string) => analyzeText(text, lexicon, 'id').keys[0];
    expect(key('Sumatra')).toBe(key('Sumatera'));
    expect(key('Sumbar')).toBe(key('Sumatera'));
  });
});
