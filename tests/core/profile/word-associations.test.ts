import { describe, expect, it } from 'vitest';
import { zetalandProfile } from '../../helpers/facet-profile.ts';
import { loadLexicon } from '../../../src/adapters/lexicon-files.ts';
import { matchKeys, prepareProfile } from '../../../src/core/match/match-item.ts';
import type { TopicProfile } from '../../../src/core/model.ts';
import { makeBackground, type BackgroundData } from '../../../src/core/profile/background.ts';
import type { FacetConcept } from '../../../src/core/profile/learn-concepts.ts';
import { ASSOCIATION_CUTS, widenByAssociation } from '../../../src/core/profile/widen-by-association.ts';
import { countAssociations, formatAssociations, parseAssociations } from '../../../src/core/profile/word-associations.ts';
import { learnWithReport } from '../../../src/core/profile/learn-profile.ts';
import { readBackgroundData } from '../../../src/adapters/lexicon-files.ts';
import { hasSharedEval, sayWhySkipped } from '../../helpers/shared-data.ts';
import { topicSeeds } from '../../topics/topic-scoring.ts';

const lexicon = loadLexicon();
const repeat = (n: number, keys: string[]): string[][] => Array.from({ length: n }, () => keys);

// Ordinary news: "pengungsi" is said beside "banjir" and a made-up place; "emas" beside "harga"
// (the theme's other word) but never beside the place; "sekolah" beside neither.
const news: string[][] = [
  ...repeat(30, ['banjir', 'zetaland', 'pengungsi']),
  ...repeat(10, ['pengungsi', 'gaza']),
  ...repeat(40, ['banjir', 'jakarta']),
  ...repeat(30, ['harga', 'emas']),
  ...repeat(60, ['harga', 'cabai']),
  ...repeat(25, ['zetaland', 'sekolah']),
  ...repeat(100, ['sekolah', 'guru']),
  ...repeat(30, ['@sumatra', 'pengungsi']),
];

const profile: TopicProfile = zetalandProfile('harga');

describe('word associations of ordinary news', () => {
  const table = countAssociations(news, { minDf: 20, minPair: 5 });

  it('keeps, for each word, the words whose headlines often hold it, strongest first', () => {
    const banjir = table.associates.get('banjir')!.map(([v]) => v);
    // Every "jakarta" headline holds "banjir", 30 of 70 "pengungsi" ones do.
    expect(banjir.indexOf('jakarta')).toBeLessThan(banjir.indexOf('pengungsi'));
    expect(banjir).toContain('zetaland');
    expect(banjir).not.toContain('guru');
    // Entities are counted too (a names facet may be a place).
    expect(table.associates.get('@sumatra')!.map(([v]) => v)).toContain('pengungsi');
  });

  it('reads back what it writes', () => {
    const parsed = parseAssociations(formatAssociations(table, ['test corpus']))!;
    expect(parsed.sources).toEqual(['test corpus']);
    expect(parsed.table.docs).toBe(table.docs);
    expect([...parsed.table.df]).toEqual([...table.df].sort((a, b) => (a[0] < b[0] ? -1 : 1)));
    expect(parsed.table.associates.get('banjir')).toEqual(table.associates.get('banjir'));
    expect(parseAssociations('not a table')).toBeUndefined();
  });

  it('refuses a damaged file whole rather than reading NaN counts', () => {
    const text = formatAssociations(table, ['test corpus']);
    const lines = text.split('\n');
    const blank = lines.indexOf('');
    expect(parseAssociations(text)).toBeDefined();
    // Cut short inside the vocabulary (at a line's end), or inside an associate's cell.
    expect(parseAssociations(`${lines.slice(0, blank - 1).join('\n')}\n`)).toBeUndefined();
    expect(parseAssociations(text.slice(0, text.lastIndexOf(' ') + 1))).toBeUndefined();
    // A count that is not one.
    expect(parseAssociations(text.replace(/^(newshound-word-associations\/1\t)\d+/, '$1many'))).toBeUndefined();
    expect(parseAssociations(text.replace(`\n${lines[blank - 1]!}\n`, `\n${lines[blank - 1]!.split('\t')[0]!}\tx\n`))).toBeUndefined();
  });

  it('widens the theme with words said beside its seed words and beside the other facets', () => {
    const { profile: widened, added } = widenByAssociation(profile, table, lexicon, { ...ASSOCIATION_CUTS, nameShare: 0, minShare: 0.2, minSeedWords: 0, weightFactor: 1, minFacetShare: 0.1 });
    const theme = widened.concepts[1] as FacetConcept;
    expect(added.map((a) => a.key)).toEqual(['pengungsi']);
    expect(theme.associated).toEqual(['pengungsi']);
    // It weighs what the theme's weakest seed word weighs; the names facet is never widened.
    expect(widened.terms.find((t) => t.key === 'pengungsi')!.weight).toBe(2);
    expect(widened.concepts[0]!.keys).toEqual(['zetaland']);
    // An item still needs every facet: refugees elsewhere stay out.
    const prepared = prepareProfile(widened, lexicon);
    expect(matchKeys(['zetaland', 'pengungsi'], 'id', prepared).decision).toBe(true);
    expect(matchKeys(['gaza', 'pengungsi'], 'id', prepared).decision).toBe(false);
  });

  it('without the other facets, takes words never said about the subject (gold prices, floods in Jakarta)', () => {
    const { added } = widenByAssociation(profile, table, lexicon, { ...ASSOCIATION_CUTS, nameShare: 0, minShare: 0.2, minSeedWords: 0, weightFactor: 1, minFacetShare: 0 });
    expect(added.map((a) => a.key).sort()).toEqual(['cabai', 'emas', 'jakarta', 'pengungsi']);
  });

  it('takes a word the seeds weigh and their titles or leads say without asking the other facets\' share', () => {
    // "cabai" is a profile term (the seeds weigh it) said beside "harga" and never beside the place;
    // "emas" is said the same way but the seeds never use it.
    const seeded: TopicProfile = { ...profile, terms: [...profile.terms, { key: 'cabai', label: 'cabai', kind: 'word', weight: 1.5, seeds: 3 }] };
    const cuts = { ...ASSOCIATION_CUTS, nameShare: 0, minShare: 0.2, minSeedWords: 0, weightFactor: 1, minFacetShare: 0.1, seedTermHeads: 3 };
    const added = (heads: number) => widenByAssociation(seeded, table, lexicon, cuts, undefined, undefined, new Map([['cabai', heads]])).added.map((a) => a.key).sort();
    expect(added(3)).toEqual(['cabai', 'pengungsi']);
    expect(added(2)).toEqual(['pengungsi']);
    expect(widenByAssociation(seeded, table, lexicon, { ...cuts, seedTermHeads: 0 }, undefined, undefined, new Map([['cabai', 5]])).added.map((a) => a.key)).toEqual(['pengungsi']);
    // With feedback headlines given, the feedback widens with the rest: only the seed term joins.
    expect(widenByAssociation(seeded, table, lexicon, { ...cuts, seedTermsOnly: true }, undefined, undefined, new Map([['cabai', 3]])).added.map((a) => a.key)).toEqual(['cabai']);
    // It keeps the weight the seeds gave it.
    expect(widenByAssociation(seeded, table, lexicon, cuts, undefined, undefined, new Map([['cabai', 3]])).profile.terms.find((t) => t.key === 'cabai')!.weight).toBe(1.5);
  });

  it('is read beside a background table, per language', () => {
    const data: BackgroundData = { version: 1, lexiconHash: 'x', sources: [], idDocs: 10, idDf: {}, countryDocs: {}, countryPairs: {}, associations: { id: table } };
    expect(makeBackground(data).associations('id')).toBe(table);
    expect(makeBackground(data).associations('en')).toBeUndefined();
  });
});

sayWhySkipped('learning the flood topic with word associations');
describe.runIf(hasSharedEval)('learning with word associations beside the background', () => {
  // The flood topic's seeds; ordinary news says "ungsi" (pengungsi) beside "banjir" and Sumatra.
  const table = countAssociations([...repeat(30, ['banjir', '@sumatra', 'ungsi']), ...repeat(30, ['harga', 'cabai'])], { minDf: 20, minPair: 5 });
  const background = makeBackground({ ...readBackgroundData(), associations: { id: table } });
  // Read only when ../shared is there: vitest collects a skipped describe's body too.
  const seeds = hasSharedEval ? topicSeeds('id-banjir-sumatera') : [];
  const themeOf = (profile: TopicProfile) => (profile.concepts as FacetConcept[]).find((c) => c.kind === 'theme')!;

  it('widens the learned theme and says so', () => {
    const report = learnWithReport(seeds, lexicon, background, { name: 'floods' });
    expect(themeOf(report.profile).associated).toEqual(['ungsi']);
    expect(report.associated?.map((a) => a.key)).toEqual(['ungsi']);
  });

  it('leaves the theme to feedback when feedback headlines are given (but for the seeds\' own head terms), and to the seeds when switched off', () => {
    const feedback = { lang: 'id' as const, docs: repeat(50, ['harga', 'cabai']) };
    expect(themeOf(learnWithReport(seeds, lexicon, background, { name: 'floods', feedback }).profile).associated).toBeUndefined();
    expect(themeOf(learnWithReport(seeds, lexicon, background, { name: 'floods', associationCuts: false }).profile).associated).toBeUndefined();
  });

  it('widens as without feedback when no feedback headline is in the seeds\' language (and applies what it reports)', () => {
    for (const feedback of [{ lang: 'en' as const, docs: repeat(50, ['price', 'chili']) }, { lang: 'id' as const, docs: [] }]) {
      const report = learnWithReport(seeds, lexicon, background, { name: 'floods', feedback });
      expect(themeOf(report.profile).associated).toEqual(['ungsi']);
      expect(report.associated?.map((a) => a.key)).toEqual(['ungsi']);
    }
  });
});

describe("a lone theme's associations", () => {
  // A theme that is the profile's only facet (air accidents: "pesawat", its heaviest word, "bandara",
  // "jatuh"). Ordinary news says "soetta" (the airport's name) beside "bandara" alone, "harga"
  // beside "jatuh" alone (prices falling), "evakuasi" beside both, "atr" beside "pesawat" alone.
  const lone: TopicProfile = {
    format: 'newshound-profile/1',
    name: 'test',
    seeds: ['a', 'b', 'c', 'd', 'e'].map((name) => ({ name: `${name}.txt`, title: 'Pesawat jatuh', lang: 'id' as const })),
    terms: [
      { key: 'pesawat', label: 'pesawat', kind: 'word', weight: 3, seeds: 4 },
      { key: 'bandara', label: 'bandara', kind: 'word', weight: 2, seeds: 3 },
      { key: 'jatuh', label: 'jatuh', kind: 'word', weight: 1.5, seeds: 3 },
    ],
    concepts: [{ name: 'theme: pesawat', kind: 'theme', countries: [], keys: ['pesawat', 'bandara', 'jatuh'], labels: ['pesawat', 'bandara', 'jatuh'] } as FacetConcept],
    excluded: [],
    threshold: 1,
    unit: 3,
  };
  const air = countAssociations(
    [...repeat(30, ['bandara', 'soetta']), ...repeat(15, ['bandara', 'evakuasi']), ...repeat(15, ['jatuh', 'evakuasi']), ...repeat(40, ['jatuh', 'harga']), ...repeat(30, ['pesawat', 'atr'])],
    { minDf: 20, minPair: 5 },
  );
  const added = (cuts: Partial<typeof ASSOCIATION_CUTS>, heads = new Map([['bandara', 3]]), profile = lone) =>
    widenByAssociation(profile, air, lexicon, { ...ASSOCIATION_CUTS, nameShare: 0, ...cuts }, undefined, undefined, heads).added.map((a) => a.key).sort();

  it('takes a word said beside two of its seed words or beside its heaviest, never beside another alone', () => {
    expect(ASSOCIATION_CUTS.loneThemeVouchers).toBe(2);
    expect(added({})).toEqual(['atr', 'evakuasi']);
    // Off (1): one voucher is enough, as beside other facets.
    expect(added({ loneThemeVouchers: 1 })).toEqual(['atr', 'evakuasi', 'harga', 'soetta']);
  });

  it('takes a word said beside the subject every seed but one heads', () => {
    expect(added({}, new Map([['bandara', 4]]))).toEqual(['atr', 'evakuasi', 'soetta']);
  });

  it('asks no more vouchers than the theme has seed words, and nothing of two seeds', () => {
    const one: TopicProfile = { ...lone, concepts: [{ ...lone.concepts[0]!, keys: ['jatuh'], labels: ['jatuh'] } as FacetConcept] };
    expect(added({}, undefined, one)).toEqual(['evakuasi', 'harga']);
    const two: TopicProfile = { ...lone, seeds: lone.seeds.slice(0, 2) };
    expect(added({}, undefined, two)).toEqual(['atr', 'evakuasi', 'harga', 'soetta']);
  });
});

describe('names widened by word associations', () => {
  // Ordinary news says a made-up name, a place and a country beside the seed name and the theme;
  // an ordinary word (a root word) too, and a loanword English news uses often.
  const news2: string[][] = [
    ...repeat(30, ['zetaland', 'qorvath', 'banjir']),
    ...repeat(30, ['zetaland', 'sekolah', 'banjir']),
    ...repeat(40, ['sekolah', 'guru']),
    ...repeat(30, ['zetaland', '@sumatra', 'banjir']),
    ...repeat(30, ['zetaland', '@my', 'banjir']),
    ...repeat(30, ['zetaland', 'race', 'banjir']),
  ];
  const table = countAssociations(news2, { minDf: 20, minPair: 5 });
  const cuts = { ...ASSOCIATION_CUTS, minShare: 0.9, nameShare: 0.3, nameSeedNames: 1, nameThemeShare: 0.1, nameLike: 'unknown' as const, nameMaxEnglishP: 1e-3 };
  const englishP = (w: string) => (w === 'race' ? 5e-3 : 1e-5);

  it('by default pools the seeds\' head names, and without them widens nothing', () => {
    expect(ASSOCIATION_CUTS.nameVouchers).toBe('heads');
    expect(widenByAssociation(profile, table, lexicon).addedNames).toBeUndefined();
  });

  it('with head names: three of them, rarer than the cut, must be said beside a name-like word', () => {
    const clubs: string[][] = [
      ...repeat(30, ['persib', 'qorvath']),
      ...repeat(30, ['persija', 'qorvath']),
      ...repeat(30, ['arema', 'qorvath']),
      ...repeat(30, ['persib', 'persija', 'selangor']),
      ...repeat(30, ['rp', 'arema', 'sekolah', 'persib', 'persija']),
    ];
    const clubTable = countAssociations(clubs, { minDf: 20, minPair: 5 });
    const heads = [
      { key: 'persib', p: 0.004 },
      { key: 'persija', p: 0.002 },
      { key: 'arema', p: 0.0005 },
      { key: 'rp', p: 0.045 },
    ];
    const keys = (h: typeof heads) => (widenByAssociation(profile, clubTable, lexicon, { ...ASSOCIATION_CUTS, nameThemeShare: 0 }, () => 1e-5, h).addedNames ?? []).map((a) => a.key);
    // qorvath is said beside all three clubs; selangor beside two; sekolah is a root word.
    expect(keys(heads)).toEqual(['qorvath']);
    // "Rp" is too common to vouch, and two clubs are not enough.
    expect(keys(heads.filter((h) => h.key !== 'arema'))).toEqual([]);
  });

  it('takes name-like words and places said beside the seed names and the theme, never a country, a root word or a loanword', () => {
    const { profile: widened, addedNames } = widenByAssociation(profile, table, lexicon, cuts, englishP);
    expect(addedNames!.map((a) => a.key).sort()).toEqual(['@sumatra', 'qorvath']);
    const names = widened.concepts[0] as FacetConcept;
    expect(names.associated!.sort()).toEqual(['@sumatra', 'qorvath']);
    // At the weight of the weakest seed name; an item still needs the theme too.
    expect(widened.terms.find((t) => t.key === 'qorvath')!.weight).toBe(3);
    const prepared = prepareProfile(widened, lexicon);
    expect(matchKeys(['qorvath', 'banjir'], 'id', prepared).decision).toBe(true);
    expect(matchKeys(['qorvath', 'sekolah'], 'id', prepared).decision).toBe(false);
    // Without the loanword check, "race" is taken as a name.
    expect(widenByAssociation(profile, table, lexicon, { ...cuts, nameMaxEnglishP: 0 }, englishP).addedNames!.map((a) => a.key)).toContain('race');
  });
});
