// The few-seed rules of the names facet (learn-concepts.ts), on made-up seeds: with two or three
// seeds, what one seed happens to say must not become what every item has to show.
import { describe, expect, it } from 'vitest';
import { loadBackground, loadLexicon } from '../../../src/adapters/lexicon-files.ts';
import { readSeedDir } from '../../../src/adapters/topic-files.ts';
import { cleanSeedText } from '../../../src/core/profile/clean-seed.ts';
import { FACET_CUTS, learnFacets, type FacetConcept } from '../../../src/core/profile/learn-concepts.ts';
import { weighTerms } from '../../../src/core/profile/learn-profile.ts';
import { seedEvidence } from '../../../src/core/profile/seed-evidence.ts';

const lexicon = loadLexicon();
const background = loadBackground();

function facet(kind: 'names' | 'theme', texts: readonly string[], cuts: Partial<typeof FACET_CUTS> = {}): FacetConcept | undefined {
  const evidence = seedEvidence(texts.map((t) => cleanSeedText(t)), lexicon);
  const terms = weighTerms(evidence, background);
  return learnFacets(evidence, lexicon, background, terms, undefined, { ...FACET_CUTS, ...cuts }).find((c) => (c as FacetConcept).kind === kind) as FacetConcept | undefined;
}
const namesFacet = (texts: readonly string[], cuts: Partial<typeof FACET_CUTS> = {}) => facet('names', texts, cuts);

// Three seeds on one made-up topic: each of the first two heads with a name of its own ("Zorvak",
// "Quillon") that the other mentions once in passing; the third names neither prominently.
const patchwork = [
  'Warga Zorvak antre gas sejak pagi\nWarga kota Zorvak antre gas di pangkalan sejak pagi. Antrean di kota Zorvak makin panjang. Petugas kota Zorvak menambah pasokan gas. Seorang warga menyebut harga tabung Quillon ikut naik.',
  'Tabung Quillon makin langka\nPasokan tabung Quillon di pangkalan menipis. Pembeli tabung Quillon harus antre gas. Pedagang dari kota Zorvak ikut mengeluh. Harga tabung Quillon naik lagi.',
  'Antrean gas mengular di pangkalan\nAntrean gas mengular di banyak pangkalan. Warga mengeluh pasokan gas menipis. Pemerintah berjanji menambah pasokan gas pekan depan.',
];

describe('the names facet learned from a few seeds', () => {
  it('is not assembled from names each prominent in one seed only', () => {
    expect(namesFacet(patchwork)?.keys).toBeUndefined();
    // Without the rule the two seeds' particulars cover the seeds between them and become the facet.
    expect(namesFacet(patchwork, { namesAnchorHeads: 1, namesAnchorProminent: 0 })?.keys).toBeDefined();
  });

  it('is not anchored by a name one seed heads and another repeats in its body', () => {
    // The second seed says "Quillon" in two sentences (prominent there) but not in its title or lead.
    const repeated = [patchwork[0]!, patchwork[1]!.replace('Pedagang dari kota Zorvak ikut mengeluh.', 'Pedagang dari kota Zorvak ikut mengeluh. Pembeli dari kota Zorvak juga antre.'), patchwork[2]!];
    const renamed = repeated.map((t, i) => (i === 1 ? t.replace('Tabung Quillon makin langka\nPasokan tabung Quillon', 'Tabung gas makin langka\nPasokan tabung gas') : t));
    expect(namesFacet(renamed)?.keys).toBeUndefined();
    expect(namesFacet(renamed, { namesAnchorHeads: 1, namesAnchorProminent: 0 })?.keys).toBeDefined();
  });

  it('is not one brand that only some seeds are about', () => {
    // Five seeds on a product category: three launch the same made-up brand's phones (one with a
    // chip maker's chip), one is about that chip maker, one names neither.
    const brand = (kind: string, chip = '') => `Ponsel ${kind} dari Zorvak resmi meluncur${chip}\nPonsel ${kind} buatan Zorvak resmi meluncur dengan layar besar${chip}. Ponsel ${kind} ini membawa baterai besar. Harga ponsel ini terjangkau.`;
    const chipMaker = 'Quillon siapkan chip ponsel baru\nQuillon menyiapkan chip ponsel baru untuk layar besar. Chip Quillon hemat baterai. Produsen ponsel menunggu chip ini.';
    const category = 'Ponsel layar lipat makin laris\nPonsel layar lipat makin laris di pasar. Produsen ponsel menambah pasokan layar. Harga ponsel lipat turun.';
    const seeds = [brand('murah', ' dengan chip Quillon'), brand('tipis'), brand('lipat'), chipMaker, category];
    // The names alone (wordNamesCover 0) form no facet the brand is in...
    expect(namesFacet(seeds, { wordNamesCover: 0 })?.keys ?? []).not.toContain('zorvak');
    // ...and beside the category's defining word, which heads every seed, the brand is one name of a
    // facet that word opens by itself: no item has to name the brand.
    const withWord = namesFacet(seeds)!;
    expect(withWord.keys).toContain('zorvak');
    expect(withWord.alone).toContain('ponsel');
    // Without the rule the brand three of five seeds head, with the chip maker, covers the seeds and is what every item must show.
    expect(namesFacet(seeds, { namesAnchorProminent: 0 })?.keys ?? []).toContain('zorvak');
    // A fourth seed about the brand makes it the topic's: prominent in all seeds but one.
    expect(namesFacet([brand('murah', ' dengan chip Quillon'), brand('tipis'), brand('lipat'), brand('gaming'), category])?.keys ?? []).toContain('zorvak');
  });

  it('stands when one name heads two seeds', () => {
    const shared = [patchwork[0]!, patchwork[1]!.replace('Tabung Quillon makin langka', 'Tabung Quillon makin langka di Zorvak'), patchwork[2]!];
    expect(namesFacet(shared)?.keys).toContain('zorvak');
  });
});

// A names facet ("Zorvak", heading two seeds) and "BBM" (fuel, in 0.41% of ordinary headlines),
// which only one seed's headline part holds: too common for a name heading so few seeds.
const fuelQueues = [
  'Warga Zorvak antre BBM di pangkalan\nWarga kota Zorvak antre BBM sejak pagi. Antrean BBM di kota Zorvak makin panjang. Petugas menambah pasokan BBM.',
  'Pasokan gas kota Zorvak menipis\nPasokan gas di kota Zorvak menipis sejak pekan lalu. Warga kota Zorvak mengeluh. Pedagang menjual BBM eceran lebih mahal. Harga BBM eceran naik.',
  'Antrean gas mengular di pangkalan\nAntrean gas mengular di banyak pangkalan. Warga mengeluh pasokan gas menipis.',
];

describe('a common noun the seeds write as an acronym', () => {
  it('joins a names facet other names form, though too common to be a name by itself', () => {
    expect(namesFacet(fuelQueues)?.keys).toEqual(expect.arrayContaining(['zorvak', 'bbm']));
    // Before: an acronym this common heading one seed was left out, and the topic's word for fuel was in no facet.
    expect(namesFacet(fuelQueues, { commonAcronymsJoinNames: 0 })?.keys).not.toContain('bbm');
    expect(facet('theme', fuelQueues)?.keys ?? []).not.toContain('bbm');
  });

  it('never forms the names facet by itself', () => {
    // Without "Zorvak" the only name left is the common acronym, prominent in every seed (which
    // would anchor a name) yet heading one: no names facet.
    const withoutZorvak = fuelQueues.map((t, i) => t.replaceAll('Zorvak', 'itu') + (i === 2 ? ' Pasokan BBM juga menipis. Antrean BBM mengular.' : ''));
    expect(namesFacet(withoutZorvak)).toBeUndefined();
  });
});

// A made-up club ("Zorvak", heading every seed) and a real one, "Persib" (in 0.5% of ordinary
// headlines, commoner than learnedNameMaxP), in two seeds, heading one: a word the Indonesian
// dictionary lacks is a club's or a brand's name, however often the news says it.
const clubSeeds = [
  'Zorvak juara musim ini\nKlub Zorvak memastikan gelar juara musim ini. Pelatih Zorvak memuji para pemain. Di laga terakhir Zorvak menang atas Persib dengan skor tipis.',
  'Persib tumbang di kandang Zorvak\nTim tamu Persib kalah dari Zorvak di laga tandang. Suporter Zorvak merayakan kemenangan. Pelatih berjanji Persib bangkit.',
  'Zorvak siapkan skuad musim depan\nManajemen Zorvak menyiapkan skuad untuk musim depan. Pemain baru Zorvak tiba pekan ini. Latihan digelar di stadion.',
];

describe('a common word that is no Indonesian word', () => {
  it('is a name however often the news says it', () => {
    expect(background.probability('persib', 'id')).toBeGreaterThan(FACET_CUTS.learnedNameMaxP);
    expect(namesFacet(clubSeeds)?.keys).toEqual(expect.arrayContaining(['zorvak', 'persib']));
    // Before: frequency alone decided, and the club was held out as a common word the seeds capitalise.
    expect(namesFacet(clubSeeds, { unknownWordsAreNames: 0 })?.keys).toContain('zorvak');
    expect(namesFacet(clubSeeds, { unknownWordsAreNames: 0 })?.keys).not.toContain('persib');
  });
});

// Two seeds on a made-up procurement case: the first heads with the product ("Zorvak"), the second
// tells the case in other words in its title and lead and names the product throughout its body.
const caseSeeds = [
  'Kejaksaan usut pengadaan laptop Zorvak\nPenyidik mengusut dugaan korupsi pengadaan laptop Zorvak untuk sekolah. Anggaran pengadaan laptop Zorvak mencapai triliunan rupiah. Penyidik memeriksa saksi pengadaan.',
  'Penyidik periksa saksi pengadaan laptop sekolah\nPenyidik memeriksa lima saksi dugaan korupsi pengadaan laptop sekolah. Laptop Zorvak dibeli dengan harga di atas pasar. Saksi mengaku spesifikasi laptop Zorvak ditentukan sejak awal. Penyidik menyita dokumen.',
];

describe('a rare name the seeds make prominent', () => {
  it('is enough alone when it is prominent in every seed, though it heads only one', () => {
    expect(namesFacet(caseSeeds)?.keys).toContain('zorvak');
    expect(namesFacet(caseSeeds)?.alone).toContain('zorvak');
    // Before: a name had to head both seeds to stand alone, and every item had to pair it with the theme.
    expect(namesFacet(caseSeeds, { aloneProminentEverySeed: 0 })?.keys).toContain('zorvak');
    expect(namesFacet(caseSeeds, { aloneProminentEverySeed: 0 })?.alone ?? []).not.toContain('zorvak');
  });
});

// Two made-up reports of one measure (a rare word, "zorbal", in every title) taken against three
// countries every title names: which two of them are "the sides" is a guess (themeReplacesSideMaxP).
const measureSeeds = [
  'Amerika Serikat kenakan bea zorbal atas Kanada, Meksiko dan Tiongkok\nPresiden Amerika Serikat menandatangani perintah bea zorbal atas barang dari Kanada dan Meksiko. Bea zorbal untuk barang Tiongkok lebih rendah. Kanada dan Meksiko menyiapkan balasan. Bea zorbal berlaku mulai pekan depan.',
  'Bea zorbal Amerika Serikat, Kanada dan Meksiko siapkan balasan\nKanada dan Meksiko menyiapkan balasan atas bea zorbal Amerika Serikat. Bea zorbal itu berlaku untuk semua barang. Washington menyebut bea zorbal melindungi industri. Pemerintah Kanada menyebut bea zorbal merugikan.',
];
// Two made-up reports of a relation: three countries in every title too, but the word every title
// says ("dukungan") is common in ordinary news.
const relationSeeds = [
  'Korea Utara nyatakan dukungan untuk Rusia dalam perang di Ukraina\nPemimpin Korea Utara menyatakan dukungan penuh untuk Rusia. Rusia berterima kasih atas dukungan Korea Utara. Perang di Ukraina sudah berlangsung lama. Korea Utara dan Rusia sepakat memperkuat kerja sama.',
  'Dukungan Korea Utara untuk Rusia soal Ukraina makin kuat\nMenteri Korea Utara bertemu Menteri Rusia di Moskow. Keduanya membahas dukungan Korea Utara. Rusia menyebut Ukraina sebagai ancaman. Korea Utara berjanji terus memberi dukungan kepada Rusia.',
];

function facets(texts: readonly string[], cuts: Partial<typeof FACET_CUTS> = {}) {
  const evidence = seedEvidence(texts.map((t) => cleanSeedText(t)), lexicon);
  return learnFacets(evidence, lexicon, background, weighTerms(evidence, background), undefined, { ...FACET_CUTS, ...cuts });
}
const sidesOf = (concepts: ReturnType<typeof facets>) => concepts.filter((c) => c.countries.length > 0).map((c) => c.countries.join('+'));

describe('a measure taken against more countries than two sides', () => {
  it('keeps one side and requires the theme its rare title word heads', () => {
    const learned = facets(measureSeeds);
    expect(sidesOf(learned)).toHaveLength(1);
    expect(learned.find((c) => (c as FacetConcept).kind === 'theme')?.keys).toContain('zorbal');
  });

  it('off (themeReplacesSideMaxP 0), two of the countries are the sides and no theme is asked', () => {
    const learned = facets(measureSeeds, { themeReplacesSideMaxP: 0 });
    expect(sidesOf(learned).sort()).toEqual(['ca+us', 'mx']);
    expect(learned.some((c) => (c as FacetConcept).kind === 'theme')).toBe(false);
  });

  it('leaves a relation its two sides when the word every title says is common', () => {
    const on = facets(relationSeeds);
    expect(sidesOf(on)).toHaveLength(2);
    expect(on.some((c) => (c as FacetConcept).kind === 'theme')).toBe(false);
    expect(on).toEqual(facets(relationSeeds, { themeReplacesSideMaxP: 0 }));
  });

  it('never keeps the country of publication as the one side (it alone is never a side)', () => {
    const homeMeasure = [
      'Indonesia kenakan bea zorbal atas baja Tiongkok, Vietnam dan India\nPemerintah Indonesia menetapkan bea zorbal atas baja dari Tiongkok, Vietnam dan India. Bea zorbal berlaku mulai pekan depan. Indonesia menyebut bea zorbal melindungi industri baja. Tiongkok dan Vietnam menyiapkan keberatan.',
      'Bea zorbal Indonesia, Tiongkok dan Vietnam siapkan keberatan\nTiongkok dan Vietnam menyiapkan keberatan atas bea zorbal Indonesia. Bea zorbal itu berlaku untuk baja. Jakarta menyebut bea zorbal melindungi industri. Pemerintah Indonesia menyebut bea zorbal sah.',
    ];
    expect(sidesOf(facets(homeMeasure, { themeReplacesSideMaxP: 0 })).sort()).toEqual(['cn+vn', 'id']);
    const learned = facets(homeMeasure);
    expect(sidesOf(learned)).toEqual([]);
    expect(learned.find((c) => (c as FacetConcept).kind === 'theme')?.keys).toContain('zorbal');
  });
});

// Five made-up seeds on prices of a made-up fuel family: every title heads "Zorvak" (the names
// facet); "Quillon", another fuel of the family, is written in the bodies of three seeds and heads
// none; "BPXR", the agency quoted, is written in the bodies of three too, as an acronym.
const familySeeds = [0, 1, 2, 3, 4].map((i) => {
  const body = i < 3 ? ` Harga Quillon ikut disesuaikan pekan ini. Menurut BPXR, stok aman.` : ' Stok di pangkalan aman.';
  return `Harga Zorvak turun mulai bulan depan ${i}\nHarga bahan bakar Zorvak turun mulai bulan depan. Penurunan harga Zorvak berlaku di semua pangkalan.${body} Pembeli menyambut harga baru.`;
});

describe('a name the seeds write only in their bodies', () => {
  it('joins the names facet head names form when three seeds hold it', () => {
    const keys = namesFacet(familySeeds)?.keys ?? [];
    expect(keys).toEqual(expect.arrayContaining(['zorvak', 'quillon']));
    // Before (0): a name had to be in some seed's title or lead.
    expect(namesFacet(familySeeds, { bodyNamesMinSeeds: 0 })?.keys ?? []).not.toContain('quillon');
  });

  it('not from two seeds, nor as an acronym (the agency that speaks), nor enough alone', () => {
    const twoSeeds = familySeeds.map((t, i) => (i === 2 ? t.replace('Harga Quillon ikut disesuaikan pekan ini.', 'Harga lain ikut disesuaikan pekan ini.') : t));
    expect(namesFacet(twoSeeds)?.keys ?? []).not.toContain('quillon');
    const learned = namesFacet(familySeeds);
    expect(learned?.keys ?? []).not.toContain('bpxr');
    expect(learned?.alone ?? []).not.toContain('quillon');
  });

  it('never forms a names facet by itself, nor anchors one', () => {
    const headless = familySeeds.map((t) => t.replaceAll('Zorvak', 'solar'));
    expect(namesFacet(headless)?.keys ?? []).not.toContain('quillon');
    // "Zorvak" heads two seeds; four make "Quillon" prominent (two sentences each) in their bodies
    // only: the head name alone is prominent in too few seeds to anchor a names facet.
    const twice = ' Harga bensin Quillon ikut disesuaikan pekan ini. Pasokan bensin Quillon di pangkalan aman.';
    const halfCovered = familySeeds.map((t, i) =>
      i < 2 ? t.replace(/ Harga Quillon[^.]*\./, i === 1 ? twice : '') : `Harga bahan bakar turun mulai bulan depan ${i}\nHarga bahan bakar turun mulai bulan depan di semua pangkalan.${twice} Pembeli menyambut harga baru.`,
    );
    expect(namesFacet(halfCovered, { themePhraseOwnsShare: 0 })).toBeUndefined();
    // (As shipped, "bahan bakar", heading every seed and its "bakar" said nowhere else, names the
    // made-up topic: a names facet of that phrase, still none of these names.)
    expect(namesFacet(halfCovered)?.keys ?? []).not.toEqual(expect.arrayContaining(['quillon']));
    expect(namesFacet(halfCovered)?.keys ?? []).not.toEqual(expect.arrayContaining(['zorvak']));
  });
});

describe('an acronym and the long form the seeds spell out', () => {
  // The free-meals development topic's five web articles (tests/fixtures/topics/id-program-mbg/):
  // they spell out "Makan Bergizi Gratis (MBG)"; headlines write "MBG".
  const seeds = readSeedDir(new URL('../../fixtures/topics/id-program-mbg/seeds/', import.meta.url).pathname).map((s) => s.seed);
  const learn = (cuts: Partial<typeof FACET_CUTS>) => {
    const evidence = seedEvidence(seeds, lexicon);
    return { evidence, concepts: learnFacets(evidence, lexicon, background, weighTerms(evidence, background), undefined, { ...FACET_CUTS, ...cuts }) as FacetConcept[] };
  };

  it('are one thing in every facet holding either', () => {
    const { evidence, concepts } = learn({});
    const longForm = evidence.acronyms.get('mbg') ?? [];
    expect(longForm).toContain('gizi gratis');
    const names = concepts.find((c) => c.kind === 'names')!;
    const theme = concepts.find((c) => c.kind === 'theme')!;
    expect(names.keys).toContain('mbg');
    expect(theme.keys).toContain('mbg');
    // The whole name, "makan bergizi gratis", as one key (wholeNames); its two-word parts with it off.
    const whole = longForm.filter((k) => k.split(' ').length > 2);
    expect(whole).toHaveLength(1);
    expect(names.keys).toContain(whole[0]);
    const parts = learn({ wholeNames: 0 }).concepts.find((c) => c.kind === 'names')!;
    for (const key of longForm.filter((k) => k.split(' ').length === 2)) expect(parts.keys).toContain(key);
  });

  it('off (acronymsTieLongForms 0), the acronym is a name and its long form the theme: a headline writing "MBG" shows no theme', () => {
    const { concepts } = learn({ acronymsTieLongForms: 0 });
    expect(concepts.find((c) => c.kind === 'names')!.keys).toContain('mbg');
    expect(concepts.find((c) => c.kind === 'theme')!.keys).not.toContain('mbg');
  });
});

describe("a lone theme's word that heads every seed", () => {
  // The earthquake development topic's five web articles (tests/fixtures/topics/id-gempa-indonesia/):
  // "gempa" in every title, the theme their one facet.
  const seeds = readSeedDir(new URL('../../fixtures/topics/id-gempa-indonesia/seeds/', import.meta.url).pathname).map((s) => s.seed);
  const theme = (count: number, cuts: Partial<typeof FACET_CUTS> = {}) => {
    const evidence = seedEvidence(seeds.slice(0, count), lexicon);
    const concepts = learnFacets(evidence, lexicon, background, weighTerms(evidence, background), undefined, { ...FACET_CUTS, ...cuts }) as FacetConcept[];
    expect(concepts).toHaveLength(1);
    return concepts[0]!;
  };

  it('is enough alone from three seeds on', () => {
    expect(theme(5).alone).toEqual(['gempa']);
    expect(theme(3).alone).toEqual(['gempa']);
    // Off (0): the word only opens the gate, and the score must come from other words.
    expect(theme(5, { themeWordAloneSeeds: 0 }).alone).toBeUndefined();
  });

  it('not from two seeds, where a word heading both may be chance', () => {
    expect(theme(2).alone).toBeUndefined();
  });
});

describe('a word written only inside one name', () => {
  // Three made-up seeds on a deputy minister's case: "Zorvan Quillet" everywhere, once "Zorvan
  // Quillet Gerbat" in full, and headlines elsewhere call him "Quillet".
  const caseSeeds = [0, 1, 2].map((i) =>
    `Wamen Zorvan Quillet ditahan penyidik ${i}\nPenyidik menahan Wamen Zorvan Quillet usai diperiksa. Zorvan Quillet${i === 0 ? ' Gerbat' : ''} diduga memeras pemohon sertifikat. Kuasa hukum Zorvan Quillet menyebut kliennya kooperatif. Penyidik menyita mobil milik Zorvan Quillet. Kasus pemerasan sertifikat ini diusut sejak bulan lalu.`,
  );
  const evidenceOf = (texts: readonly string[]) => seedEvidence(texts.map((t) => cleanSeedText(t)), lexicon);

  it('is a word of that one name, and a name of the topic', () => {
    const stats = evidenceOf(caseSeeds).stats.get('quillet')!;
    expect(stats.partOfNames).toBe(true);
    expect(stats.oneNameWord).toBe(true);
    expect(namesFacet(caseSeeds)?.keys).toContain('quillet');
    // Before (0): written only inside names, it was none.
    expect(namesFacet(caseSeeds, { oneNameWordsAreNames: 0 })?.keys ?? []).not.toContain('quillet');
  });

  it('is no name when it is written beside a different name each time', () => {
    const places = ['Pasar Zorvak', 'Pasar Quillon', 'Pasar Brevin'].map((place, i) => `Kebakaran landa ${place} ${i}\nKebakaran melanda ${place} sejak pagi. Pedagang ${place} mengungsi ke masjid. Petugas ${place} mendata kios rusak.`);
    const stats = evidenceOf(places).stats.get('pasar');
    expect(stats?.partOfNames).toBe(true);
    expect(stats?.oneNameWord).toBeUndefined();
  });
});
