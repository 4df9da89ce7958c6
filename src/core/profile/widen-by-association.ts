// Widening the theme facet by ordinary news's word associations (word-associations.ts): a word
// whose headlines often also hold several of the theme's seed words ("pengungsi": "banjir",
// "bencana", "korban") says what the seeds say in words they never use, so it joins the theme at
// a weight below the seed words'. Sides and institutions are never widened, and an item still
// needs evidence of every facet ("pengungsi" opens the theme, never the places). The names facet
// is widened first (widenNames) by the names ordinary news says beside several of the names the
// seeds' heads carry (a league's other clubs: the seeds show a few, a different pair in each).
import type { ProfileTerm, TopicProfile } from '../model.ts';
import { isUnknownIndonesianWord } from '../text/indonesian-stemmer/stem-indonesian.ts';
import { isEntityKey, type Lexicon } from '../text/lexicon.ts';
import type { FacetConcept } from './learn-concepts.ts';
import type { SeedEvidence } from './seed-evidence.ts';
import { allButOne } from './topic-names.ts';
import { associationShare, isPlainWord, type WordAssociations } from './word-associations.ts';

export interface AssociationCuts {
  /** A seed word w vouches for v when at least this share of v's headlines hold w (Wilson lower bound). */
  minShare: number;
  /**
   * v joins the theme when this many of the theme's seed words vouch for it; 0: when the seed
   * words together do (their documents with v pooled, as if the theme were one word).
   */
  minSeedWords: number;
  /**
   * With pooled seed words (minSeedWords 0), v is stored beside at least this many of them (1: any).
   * A word said beside one theme word alone is about that word's other uses (misuse of subsidised
   * fuel beside "subsidi", a brand's stock beside "harga"), one said beside several about the theme
   * (aid, shelters and evacuees beside "banjir", "bencana" and "korban"), as the names' vouchers
   * (nameSeedNames) ask several names.
   */
  themeVouchers?: number;
  /**
   * A word the seeds weigh themselves (a profile term) that the titles or leads of at least this many
   * seeds hold ("naik": "Harga BBM Naik") needs no other facet's share: the seeds' own headlines
   * already say it about the topic's subject; the facet check (minFacetShare) is for words the seeds
   * never use. 0: off.
   */
  seedTermHeads?: number;
  /**
   * In a theme that is the profile's only facet, learned from three seeds or more, where no names
   * facet or side can vouch for v (minFacetShare), v is stored beside at least this many of the
   * theme's seed words (all of them, when fewer), or beside its heaviest seed word, or beside one
   * that heads (title or lead) all seeds but one, the subject every seed names ("ojol"). A word said
   * beside one other theme word alone is about that word's other uses: the election commission's
   * private jet beside "pesawat", an airport's own name beside "bandara", civil servants' pay beside
   * "upah", gold prices beside "harga". 1: any one voucher, as in a theme beside other facets.
   * scripts/few-seed-curve.ts --cut loneThemeVouchers (README, "A lone theme's associations").
   */
  loneThemeVouchers?: number;
  /** Only those seed terms join (feedback headlines given: the feedback widens with the rest). */
  seedTermsOnly?: boolean;
  /** v weighs this share of the theme's weakest seed word. */
  weightFactor: number;
  /**
   * And for every other facet (the names, a side), at least this share of v's headlines hold one of
   * its keys: ordinary news says v about the topic's subject too, not only in its theme's words
   * ("pengungsi" beside Sumatra's places as beside "banjir"; gold prices beside "harga" but never
   * beside "BBM"). 0: the theme alone decides.
   */
  minFacetShare: number;
  /**
   * The names facet widened too (0: never): a name-like word v (nameLike) joins it when at least
   * this share of v's headlines hold one of the vouching names (nameVouchers: the facet's seed names
   * or the seeds' head names; pooled, as the theme's seed words are)...
   */
  nameShare: number;
  /** ...v is stored beside at least this many of the vouching names ("several", not one)... */
  nameSeedNames: number;
  /** ...and at least this share of v's headlines hold a theme word (pooled; 0: the names alone decide). */
  nameThemeShare: number;
  /**
   * What may join the names: 'entity', a person or place of the lexicon (never a country, a side's,
   * or an institution); 'unknown', also a plain word no Indonesian root word (Persib, Bagnaia,
   * huntara: names and coinages, which title-case headlines cannot tell by their capitals).
   */
  nameLike: 'entity' | 'unknown';
  /**
   * A plain word commoner than this in English news is an English word the Indonesian headlines
   * borrow (race, pole, live), not a name (0: no check; needs `englishP`).
   */
  nameMaxEnglishP?: number;
  /**
   * Which names vouch: 'facet', the names facet's seed names; 'heads', every name the seeds'
   * titles and leads carry, also those in one seed only (a league's clubs, a different pair in
   * each seed), passed as `headNames`.
   */
  nameVouchers?: 'facet' | 'heads';
  /**
   * With 'heads': a head name vouches when at most this share of ordinary headlines hold it (a
   * club, a rider, a defendant; not "Rp", "PT", "DKI", a ministry's "Menteri"); places and
   * institutions never vouch (a region's or a ministry's other news is not the topic's). 0: no cut.
   */
  nameVoucherMaxP?: number;
  /** The theme widened first (its words stay theme words; the names take what is left). */
  namesAfterTheme?: boolean;
}

/**
 * The first cuts (share 0.25, facet 0.4; moved since, below) were read from
 * scripts/association-curve.ts: every development topic, from all its seeds and every 4
 * of 5, against association tables from either half of the stream (every labelled item left out),
 * ranked by the mean of full and leave-one-seed-out mean F1 over all topics together, at its worst
 * over the two tables, among the cuts that lower no topic's F1 with either table: 0.8511 against
 * 0.8378 for the seeds alone (first half: mean F1 0.847 -> 0.875, floods 0.682 -> 0.796; second
 * half: 0.862, floods 0.740; the other topics unchanged). The best of all cuts (share 0.2, facet
 * 0.1: 0.8612) costs the fuel-price topic 0.795 -> 0.769-0.776. Pooled seed words (minSeedWords
 * 0) beat one vouching word and two (the aftermath's words each sit beside one seed word); a weight
 * under the weakest seed word's loses the gain (0.75: 0.854, 0.5: 0.840 on the first table).
 */
/*
 * The names' cuts are read from `scripts/association-curve.ts --assoc FIRST --assoc SECOND --check
 * SHIPPED --name-shares 0.3,0.4,0.5 --name-words 2,3 --name-themes 0,0.05,0.1 --name-like unknown
 * --name-english 0.001 --name-vouchers facet,heads --voucher-p 0,0.002,0.005,0.01` over all six
 * development topics (the project's sport topics too), half tables with every topic's labelled
 * items left out, the reference being the theme widened alone (0.7186 at its worst over the two
 * tables): the best cut that lowers no topic's F1 with either half table or the shipped one, within
 * 0.001 the fewest names, is the seeds' head names vouching (those rarer than 0.5% of headlines,
 * no place or institution), half of v's headlines holding one of them, three of them stored beside
 * v, no theme share asked: 0.7308 (league 0.058 -> 0.072 / 0.140, shipped table 0.152; every
 * other topic unchanged). The facet's own seed names as vouchers never beat the reference (best
 * harmless 0.7182: the league's facet is 2017 names and the regions of their grounds); two head
 * names vouching reach 0.7535 (league 0.280 with both tables) but cost Chromebook (0.964 -> 0.953)
 * and fuel prices (0.795 -> 0.793) with the second half's table. nameMaxEnglishP 0.001 was read
 * before (the first names curve, --name-english 0,0.0005,0.001,0.002): without it "race" (Road
 * Race) joins MotoGP's names (0.863 -> 0.861); 0.0005-0.002 are the same.
 */
/*
 * The facet share was read again with the names widened (`scripts/association-curve.ts --assoc
 * FIRST --assoc SECOND --check SHIPPED --shares 0.2,0.225,0.25 --facet 0.25,0.3,0.35,0.4
 * --theme-vouchers 1`, all six topics, from all seeds and every 4 of 5): 0.35 is the only cut of
 * that grid besides the shipped 0.4 that lowers no topic's F1 with either half table or the shipped
 * one (worst score 0.7308 -> 0.7313; floods 0.796 -> 0.799 and 0.740 -> 0.744 with the half tables,
 * 0.771 -> 0.801 with the shipped one, leave-one-seed-out mean 0.721 -> 0.761; every other topic
 * unchanged): with the shipped table one word joins, "bantu" (aid, "bantuan"), said beside Sumatra's
 * places in 37% of its headlines (11 more hits, 3 more false alarms). 0.3 and below cost fuel prices with the first half's table (0.795 ->
 * 0.790) as "penyalahgunaan" and brands pass. Asking v to be stored beside two or three of the
 * theme's seed words (themeVouchers) keeps Shell out (fuel prices 0.780 -> 0.795 with the shipped
 * table) but costs floods with the second half's table (0.740 -> 0.690): its aftermath words sit
 * beside one seed word there.
 * Then the seeds' own headline words (seedTermHeads: `--shares 0.2,0.25 --facet 0.3,0.35,0.4
 * --theme-vouchers 1 --seed-terms 0,1,2,3`, reference the cuts above): a profile term that 3 seeds'
 * titles or leads hold joins without the facet check, with the pooled share 0.2, is the best cut that
 * lowers no topic with any of the three tables (worst score 0.7313 -> 0.7351; within 0.001 of
 * facet 0.3's 0.7356, and the higher facet share adds fewer words). Fuel prices gains "naik" (in
 * three titles, "Harga BBM Naik"; said beside "harga", never in 35% of BBM's headlines): 0.780 ->
 * 0.802 (C_norm 0.303 -> 0.256, leave-one-seed-out mean 0.750 -> 0.761) with the shipped table,
 * 0.795 -> 0.802 and 0.817 with the half tables; floods 0.801 -> 0.804 (leave-one-seed-out min 0.613
 * -> 0.741: without its second seed "bencana" comes back from the associations); the others
 * unchanged. Any seed term (seedTermHeads 1) also takes "hilang" and "jenazah" from the first half's
 * table (missing children, bodies found: crime news), floods 0.799 -> 0.795 there.
 */
export const ASSOCIATION_CUTS: Readonly<AssociationCuts> = {
  minShare: 0.2,
  minSeedWords: 0,
  weightFactor: 1,
  minFacetShare: 0.35,
  seedTermHeads: 3,
  nameShare: 0.5,
  nameSeedNames: 3,
  nameThemeShare: 0,
  nameLike: 'unknown',
  nameMaxEnglishP: 0.001,
  nameVouchers: 'heads',
  nameVoucherMaxP: 0.005,
  loneThemeVouchers: 2,
};

export interface AssociationWidening {
  profile: TopicProfile;
  /** What joined the theme, with the seed words that vouched for it. */
  added: Array<{ key: string; vouchers: string[] }>;
  /** What joined the names, with the seed names that vouched for it. */
  addedNames?: Array<{ key: string; vouchers: string[] }>;
}

/**
 * The names the seeds' titles and leads carry (seed-evidence.ts: lexicon entities, words the seeds
 * capitalise, acronyms), one word each, countries left out: what nameVouchers 'heads' pools.
 */
export function seedHeadNames(evidence: SeedEvidence, lexicon: Lexicon, probability: (key: string) => number): HeadName[] {
  return [...evidence.stats.values()]
    .filter((s) => s.name && !s.key.includes(' ') && evidence.headSets.some((h) => h.has(s.key)))
    .filter((s) => !isEntityKey(s.key) || !['country', 'place', 'org'].includes(lexicon.entities.get(s.key)?.type ?? ''))
    .map((s) => ({ key: s.key, p: probability(s.key) }))
    .sort((a, b) => (a.key < b.key ? -1 : 1));
}

/** How many seeds' titles and leads hold each plain word (cuts.seedTermHeads). */
export function seedHeadCounts(evidence: SeedEvidence): Map<string, number> {
  const counts = new Map<string, number>();
  for (const head of evidence.headSets) for (const key of head) if (isPlainWord(key)) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}

/** A name of the seeds' heads with its share of ordinary headlines. */
export interface HeadName {
  key: string;
  p: number;
}

/** Documents v shares with the keys together (a document holding two counted twice, never more than v's own): v -> [documents, keys]. */
function pooledShares(table: WordAssociations, keys: readonly string[]): Map<string, { share: number; by: string[] }> {
  const both = new Map<string, number>();
  const by = new Map<string, string[]>();
  for (const k of keys) {
    for (const [v, n] of table.associates.get(k) ?? []) {
      both.set(v, (both.get(v) ?? 0) + n);
      by.set(v, [...(by.get(v) ?? []), k]);
    }
  }
  const out = new Map<string, { share: number; by: string[] }>();
  for (const [v, n] of both) out.set(v, { share: associationShare(table, Math.min(n, table.df.get(v) ?? 0), v), by: by.get(v)! });
  return out;
}

/**
 * The names facet widened by the names ordinary news says beside the vouching names (the facet's
 * seed names, or the seeds' head names: nameVouchers) and, when nameThemeShare > 0, beside its
 * theme: a league's other clubs, a sport's other riders, an aftermath's coinages (huntara). Sides
 * and countries never widen; a key already in a facet stays where it is.
 */
export function widenNames(profile: TopicProfile, table: WordAssociations, lexicon: Lexicon, cuts: Readonly<AssociationCuts> = ASSOCIATION_CUTS, englishP?: (word: string) => number, headNames?: readonly HeadName[]): AssociationWidening {
  if (cuts.nameShare <= 0) return { profile, added: [] };
  const facets = profile.concepts as FacetConcept[];
  const index = facets.findIndex((c) => c.kind === 'names');
  if (index < 0) return { profile, added: [] };
  const names = facets[index]!;
  const theme = facets.find((c) => c.kind === 'theme');
  const grown = new Set([...(names.expanded ?? []), ...(names.associated ?? [])]);
  const seedNames = names.keys.filter((k) => !grown.has(k) && !k.includes(' '));
  const weights = new Map(profile.terms.map((t) => [t.key, t.weight]));
  const weakest = Math.min(...seedNames.map((k) => weights.get(k) ?? Number.POSITIVE_INFINITY));
  if (!Number.isFinite(weakest)) return { profile, added: [] };
  const sides = new Set(facets.flatMap((c) => c.countries));
  const lang = profile.seeds[0]?.lang;
  const nameLike = (v: string): boolean => {
    if (isEntityKey(v)) {
      const entity = lexicon.entities.get(v);
      return entity !== undefined && (entity.type === 'person' || entity.type === 'place') && !(entity.country != null && sides.has(entity.country));
    }
    if (cuts.nameLike !== 'unknown' || lang !== 'id' || !isUnknownIndonesianWord(v)) return false;
    return englishP === undefined || (cuts.nameMaxEnglishP ?? 0) <= 0 || englishP(v) <= cuts.nameMaxEnglishP!;
  };
  const vouchers =
    cuts.nameVouchers === 'heads' && headNames !== undefined
      ? headNames.filter((h) => (cuts.nameVoucherMaxP ?? 0) <= 0 || h.p <= cuts.nameVoucherMaxP!).map((h) => h.key)
      : seedNames;
  const beside = pooledShares(table, vouchers);
  const themeShares = theme === undefined || cuts.nameThemeShare <= 0 ? undefined : pooledShares(table, theme.keys.filter(isPlainWord));
  const inFacet = new Set(facets.flatMap((c) => c.keys));
  const excluded = new Set(profile.excluded.map((e) => e.key));
  const candidates = [...beside]
    .filter(([v, b]) => b.share >= cuts.nameShare && b.by.length >= cuts.nameSeedNames && !inFacet.has(v) && !excluded.has(v) && nameLike(v))
    .filter(([v]) => themeShares === undefined || (themeShares.get(v)?.share ?? 0) >= cuts.nameThemeShare)
    .sort((a, b) => b[1].share - a[1].share || (a[0] < b[0] ? -1 : 1));
  if (candidates.length === 0) return { profile, added: [] };
  const terms: ProfileTerm[] = [...profile.terms];
  const widened: FacetConcept = { ...names, keys: [...names.keys], labels: [...names.labels] };
  const added: AssociationWidening['added'] = [];
  for (const [v, b] of candidates) {
    const label = lexicon.labels.get(v) ?? v;
    if (!weights.has(v)) {
      const weight = Math.round(weakest * 1000) / 1000;
      terms.push({ key: v, label, kind: isEntityKey(v) ? 'entity' : 'word', weight, seeds: 0 });
      weights.set(v, weight);
    }
    widened.keys.push(v);
    widened.labels.push(label);
    widened.associated = [...(widened.associated ?? []), v];
    added.push({ key: v, vouchers: b.by });
  }
  return { profile: { ...profile, concepts: facets.map((c, i) => (i === index ? widened : c)), terms }, added };
}

/**
 * The profile with its names facet widened (widenNames, when cuts.nameShare > 0) and then its theme
 * facet by words ordinary news says beside the theme's seed words (and beside the names, widened).
 */
export function widenByAssociation(profile: TopicProfile, table: WordAssociations, lexicon: Lexicon, cuts: Readonly<AssociationCuts> = ASSOCIATION_CUTS, englishP?: (word: string) => number, headNames?: readonly HeadName[], headCounts?: ReadonlyMap<string, number>): AssociationWidening {
  if (cuts.namesAfterTheme === true) {
    const theme = widenTheme(profile, table, lexicon, cuts, headCounts);
    const names = widenNames(theme.profile, table, lexicon, cuts, englishP, headNames);
    return names.added.length === 0 ? theme : { ...names, added: theme.added, addedNames: names.added };
  }
  const names = widenNames(profile, table, lexicon, cuts, englishP, headNames);
  const theme = widenTheme(names.profile, table, lexicon, cuts, headCounts);
  return names.added.length === 0 ? theme : { ...theme, addedNames: names.added };
}

/** The profile with its theme facet widened by words ordinary news says beside the theme's seed words. */
export function widenTheme(profile: TopicProfile, table: WordAssociations, lexicon: Lexicon, cuts: Readonly<AssociationCuts> = ASSOCIATION_CUTS, headCounts?: ReadonlyMap<string, number>): AssociationWidening {
  const facets = profile.concepts as FacetConcept[];
  const index = facets.findIndex((c) => c.kind === 'theme');
  if (index < 0) return { profile, added: [] };
  const theme = facets[index]!;
  const seedWords = theme.keys.filter((k) => isPlainWord(k) && !(theme.expanded ?? []).includes(k));
  const vouchers = new Map<string, string[]>();
  if (cuts.minSeedWords === 0) {
    // The seed words pooled, as if the theme were one word (pooledShares).
    for (const [v, { share, by }] of pooledShares(table, seedWords)) if (share >= cuts.minShare) vouchers.set(v, by);
  } else {
    for (const w of seedWords) {
      for (const [v, both] of table.associates.get(w) ?? []) if (associationShare(table, both, v) >= cuts.minShare) vouchers.set(v, [...(vouchers.get(v) ?? []), w]);
    }
  }
  // The other facets' keys (a side by its country too), each with the documents v shares with them.
  const others = facets
    .filter((_, i) => i !== index)
    .map((c) => {
      const keys = [...c.keys, ...c.countries.map((country) => `@${country}`)];
      const holding = new Map<string, number>();
      for (const k of keys) {
        for (const [v, both] of table.associates.get(k) ?? []) holding.set(v, Math.max(holding.get(v) ?? 0, associationShare(table, both, v)));
      }
      return holding;
    });
  const aboutSubject = (v: string) => cuts.minFacetShare <= 0 || others.every((holding) => (holding.get(v) ?? 0) >= cuts.minFacetShare);
  const inFacet = new Set(facets.flatMap((c) => c.keys));
  const excluded = new Set(profile.excluded.map((e) => e.key));
  const weights = new Map(profile.terms.map((t) => [t.key, t.weight]));
  // A seed term the seeds' own titles and leads say ("naik" in "Harga BBM Naik") is about the subject already.
  const headlineSeedTerm = (v: string) => (cuts.seedTermHeads ?? 0) > 0 && weights.has(v) && (headCounts?.get(v) ?? 0) >= cuts.seedTermHeads!;
  const weakest = Math.min(...seedWords.map((k) => weights.get(k) ?? Number.POSITIVE_INFINITY));
  if (!Number.isFinite(weakest)) return { profile, added: [] };
  const added: AssociationWidening['added'] = [];
  const terms: ProfileTerm[] = [...profile.terms];
  const widened: FacetConcept = { ...theme, keys: [...theme.keys], labels: [...theme.labels] };
  // A lone theme's voucher rule (loneThemeVouchers): several seed words, the heaviest (the theme's
  // most particular word, whose other uses are fewest), or the subject every seed heads. Two seeds
  // share too few words to ask several of them (the floods' every 2 of 5 mean 0.558 -> 0.512).
  const seedCount = profile.seeds.length;
  const subject = (w: string) => (headCounts?.get(w) ?? 0) >= allButOne(seedCount);
  const heaviest = [...seedWords].sort((a, b) => (weights.get(b) ?? 0) - (weights.get(a) ?? 0) || (a < b ? -1 : 1))[0];
  const loneVouched = (by: readonly string[]) => by.length >= Math.min(cuts.loneThemeVouchers ?? 1, seedWords.length) || by.some(subject) || (heaviest !== undefined && by.includes(heaviest));
  const vouched = (by: readonly string[]) => by.length >= Math.max(1, cuts.minSeedWords, cuts.minSeedWords === 0 ? (cuts.themeVouchers ?? 1) : 1) && (facets.length > 1 || seedCount < 3 || loneVouched(by));
  const candidates = [...vouchers].filter(([v, by]) => vouched(by) && !inFacet.has(v) && !excluded.has(v) && !isEntityKey(v) && ((cuts.seedTermsOnly !== true && aboutSubject(v)) || headlineSeedTerm(v)));
  candidates.sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1));
  for (const [v, by] of candidates) {
    const label = lexicon.labels.get(v) ?? v;
    if (!weights.has(v)) {
      const weight = Math.round(cuts.weightFactor * weakest * 1000) / 1000;
      terms.push({ key: v, label, kind: 'word', weight, seeds: 0 });
      weights.set(v, weight);
    }
    widened.keys.push(v);
    widened.labels.push(label);
    widened.associated = [...(widened.associated ?? []), v];
    added.push({ key: v, vouchers: by });
  }
  if (added.length === 0) return { profile, added };
  const concepts = facets.map((c, i) => (i === index ? widened : c));
  return { profile: { ...profile, concepts, terms }, added };
}
