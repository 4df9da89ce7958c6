import type { ProfileConcept, ProfileTerm } from '../model.ts';
import { isEntityKey, type Lexicon } from '../text/lexicon.ts';
import type { Background } from './background.ts';
import { allButOne, isOffice, isSpelledInstitution, namingPhrases, namingWords, ownNewsNames, ownNewsShares, ownsHeadPartners, sidePlacesAlone, spellsOrg, tieSpelledForms } from './topic-names.ts';
import { keyLabel, type SeedEvidence } from './seed-evidence.ts';
import { isUnknownIndonesianWord } from '../text/indonesian-stemmer/stem-indonesian.ts';

/** A topic relates at most two sides (North Korea and Russia); further prominent countries join one of them. */
export const MAX_CONCEPTS = 2;
/** Fallback concept for topics without shared countries: this many of the strongest shared keys. */
const FALLBACK_CONCEPT_KEYS = 8;

export function countriesOf(keys: Iterable<string>, lexicon: Lexicon): Set<string> {
  const countries = new Set<string>();
  for (const key of keys) {
    if (!isEntityKey(key)) continue;
    const country = lexicon.entities.get(key)?.country;
    if (country) countries.add(country);
  }
  return countries;
}

/**
 * The concepts' own country names ("@kp", "@ru"): the concept gate already counts them, so the
 * score measures the theme around them (troops, treaty, war), not the names again.
 */
export function anchorKeys(concepts: readonly ProfileConcept[]): Set<string> {
  return new Set(concepts.flatMap((c) => c.countries.map((country) => `@${country}`)));
}


/** "Nearly every seed": all but one in five (2 of 2, 3 of 3, 4 of 5, 8 of 10). */
export function nearlyAll(seedCount: number): number {
  return Math.max(1, Math.ceil(0.8 * seedCount - 1e-9));
}

/** Countries whose own language makes them the country of publication: never a side by themselves. */
const HOME_COUNTRY: Readonly<Record<string, string>> = { id: 'id' };
/** Ordinary news's co-mentions only break ties between the seeds' own. */
const NEWS_ASSOCIATION_WEIGHT = 0.01;
const MIN_PLACE_LOG_LIFT = Math.log(3);

/**
 * The country the topic happens in when that is the country of publication: the seeds' headline
 * parts (title and lead) name it, through its places, people or institutions, in nearly every
 * seed, and no other country in more than one. Such a topic has no side (a home country never is
 * one), yet a headline naming only other countries ("Malaysia Naikkan Harga BBM", "Slovenia
 * Batasi Pembelian BBM") is news from abroad, not the topic.
 */
export function homeCountry(evidence: SeedEvidence, lexicon: Lexicon): string | undefined {
  const home = HOME_COUNTRY[evidence.lang];
  if (home === undefined) return undefined;
  const heads = new Map<string, number>();
  for (const head of evidence.headSets) for (const country of countriesOf(head, lexicon)) heads.set(country, (heads.get(country) ?? 0) + 1);
  if ((heads.get(home) ?? 0) < nearlyAll(evidence.headSets.length)) return undefined;
  return [...heads].some(([country, n]) => country !== home && n >= 2) ? undefined : home;
}

/**
 * The cuts that decide which seed words may enter the names and the theme facets.
 * scripts/facet-curve.ts prints the curve of each over the development topics (mean F1, mean
 * C_norm, leave-one-seed-out F1, the default topic's dev F1); the values sit on its plateaus.
 */
export interface FacetCuts {
  /** A name joins the names facet when a seed's headline part holds it this many times (log) more often than a headline does. */
  nameMinLogLift: number;
  /** A learned one-word name commoner than this in ordinary news must head most seeds. */
  learnedNameMaxP: number;
  /** A theme word is in at least this share of the seeds' sentences... */
  themeMinShare: number;
  /** ...and this many times (log) commoner there than in ordinary news. */
  themeMinLogLift: number;
  /**
   * A learned one-word name commoner than learnedNameMaxP must be written capitalised mid-sentence
   * in this many seeds (all, when fewer). scripts/few-seed-curve.ts: 1 (no check) lets one seed's
   * "Pemimpin" become the default topic's names facet from two seeds (2-of-5 mean dev F1 0.894);
   * 2 lifts that to 0.960 (3-of-5 0.955 -> 0.993) and moves no other figure down; 3 drops the fuel,
   * train and Chromebook topics' 3-of-5 figures (Chromebook mean 0.958 -> 0.824).
   */
  commonNameCapitalisedSeeds: number;
  /**
   * The names facet stands only when one of its names heads (title or lead) this many seeds (all,
   * when fewer), or is prominent (title, lead, or two sentences) in every seed: names each heading
   * one seed are that seed's particulars, however they add up to cover the seeds ("KTP" heading the
   * seed on gas-cylinder registration, "minyak" the next seed's), and so is a name one seed heads
   * and another repeats in its body ("TOD", one seed's station project, in two sentences of a
   * railway seed). scripts/few-seed-curve.ts --cut namesAnchorHeads --values 1,2,3 (the other cuts as
   * shipped): 1 (no check) leaves the railway topic's 3-of-5 min / mean F1 at 0.000 / 0.296; 2 lifts
   * it to 0.253 / 0.370 (railways 4-of-5 mean 0.272 -> 0.278, phones 3-of-5 0.019 / 0.259 -> 0.026 /
   * 0.260, the topics' 3-of-5 mean 0.637 -> 0.642) but, since "BBM" joins the names
   * (commonAcronymsJoinNames), lowers the fuel topic's 3-of-5 mean 0.678 -> 0.647 (min 0.243 either
   * way; with --set commonAcronymsJoinNames=0 it lifted fuel, 0.058 / 0.566 -> 0.066 / 0.630), and
   * moves no other figure; 3 drops the floods, fuel and MotoGP figures (fuel 4-of-5 min 0.730 ->
   * 0.478, MotoGP 3-of-5 min 0.859 -> 0.009), though it
   * raises some 4-of-5 means (phones 0.213 -> 0.408), which is all scripts/facet-curve.ts weighs
   * (it ranks 3 first: full and 4-of-5 only; the 3- and 2-of-5 figures decide this cut). Counting
   * seeds that make a name prominent (two sentences will do) instead of heading it leaves railways
   * at 0.000 / 0.296; heads alone, without "prominent in every seed", drop MotoGP's 2-of-5 figures
   * (0.129 / 0.586 -> 0.098 / 0.579: with two seeds a rider both name twice is what they share).
   * Asking it of every name, not one, drops the phone and league topics' 3-of-5 means (0.259 ->
   * 0.226, 0.086 -> 0.067).
   */
  namesAnchorHeads: number;
  /**
   * 1: an acronym too common in ordinary news to be a name by itself (commoner than learnedNameMaxP,
   * heading too few seeds) joins a names facet that other names form: a common noun written in
   * capitals ("BBM", fuel) says what the topic is about, and the names beside it already tie it to
   * the topic; 0: such an acronym is left out. scripts/few-seed-curve.ts --cut commonAcronymsJoinNames:
   * 0 leaves the fuel topic's 3-of-5 min / mean F1 at 0.066 / 0.630 and 2-of-5 mean at 0.476 (seeds
   * 2,3,4: names Pertalite and MyPertamina, "BBM" in no facet); 1 lifts them to 0.243 / 0.647 and
   * 0.520, and no other figure moves. Giving it to the theme instead (beside a names facet) reaches
   * 0.147 / 0.638 and 0.476; to the theme of any topic, 2-of-5 0.466 (seeds 1,2: 0.555 -> 0.503: a
   * lone theme then opens on any fuel headline). Letting every common word join, not only acronyms,
   * costs the Chromebook topic's full F1 (0.964 -> 0.947).
   */
  commonAcronymsJoinNames: number;
  /**
   * 1: the names facet stands only when one of its names is also prominent (title, lead, or two
   * sentences) in all seeds but one, as the names together must cover them: names that only some
   * seeds make prominent are those seeds' particulars, however often they head them (three of the
   * phone topic's five seeds are Samsung launches, so "Samsung / Galaxy" was a facet every iPhone,
   * Oppo or Vivo headline missed); the product, the case, the region the topic happens in are
   * prominent in every seed but one (Chromebook, Nadiem, Sumatra, BBM, MotoGP). 0: no such check.
   * scripts/few-seed-curve.ts --cut namesAnchorProminent --values 0,1,2 --sizes 4,3 (2: common
   * acronyms joining the names count too; the same figures): mean F1 over the eight topics and
   * the default one 0.691 -> 0.738 (phones 0.226 -> 0.649, C_norm 0.913 -> 0.738), mean C_norm
   * 0.409 -> 0.390, 4-of-5 mean 0.665 -> 0.676 (railways 0.278 -> 0.330, league 0.177 -> 0.200,
   * phones 0.213 -> 0.240; its min 0.038 -> 0.032), 3-of-5 mean 0.642 and 2-of-5 mean 0.503
   * unchanged; no shared topic's nor the default topic's figure moves.
   * scripts/facet-curve.ts --cut namesAnchorProminent ranks 1 first (0.640 -> 0.673).
   */
  namesAnchorProminent: number;
  /**
   * 1: in Indonesian seeds, a capitalised word of three letters or more that is no Indonesian root
   * word (a club, a brand, a coinage: "Persija") is a name however common the news makes it: the
   * frequency checks above (learnedNameMaxP, commonNameCapitalisedSeeds) tell a common word written
   * capitalised ("Liga", "Menteri", "Kebudayaan") from a name, and the stemmer's dictionary tells that
   * directly (as widen-by-association.ts's nameLike does). Acronyms keep their own rule
   * (commonAcronymsJoinNames); two letters ("Rp", "FC") stay with the frequency checks ("Rp" as a
   * name took gold-price news into the fuel and phone topics from 3 seeds). 0: frequency alone.
   * scripts/few-seed-curve.ts --cut unknownWordsAreNames --values 0,1 (sizes 4,3,2): the league's
   * "Persija" (0.202% of headlines, 2 seeds) joins its names, league F1 / C_norm 0.153 / 0.933 ->
   * 0.250 / 0.871, 3-of-5 mean 0.086 -> 0.101; no other figure at any size moves (8 topics' mean of
   * full and leave-one-out mean F1 0.6751 -> 0.6811, 3-of-5 mean 0.6054 -> 0.6072), nor with a table
   * from either half of the stream (where Persija is rarer than learnedNameMaxP, or the league has
   * no names facet). Raising learnedNameMaxP to 2.5e-3-3.5e-3 instead also admits Persija with the
   * shipped table, but "Liga" with the second half's (league C_norm 0.989 -> 1.164) and, from 3e-3,
   * "Kebudayaan" (Chromebook 0.964 -> 0.947 there).
   */
  unknownWordsAreNames: number;
  /**
   * 1: a name rare in ordinary news (ALONE_MAX_P) that is prominent (title, lead, or two
   * sentences) in every seed is enough alone, as one heading all seeds but one is (every name heads
   * one seed at least); 0: only heading counts. With two seeds "all but one" is both, and a seed whose headline
   * speaks of the case in other words ("pengadaan laptop") while its body names the product in
   * several sentences left the product a name that every item had to pair with the theme (the
   * Chromebook topic's seeds 1,x: names "chromebook" only, F1 0.27-0.34).
   * scripts/few-seed-curve.ts --cut aloneProminentEverySeed --values 0,1 --digits 4 (means over the
   * eight topics and the default one; shipped / first-half / second-half table): full and 4-of-5
   * figures of every topic unchanged; 3-of-5 mean 0.6502 -> 0.6507 / 0.6329 -> 0.6333 / 0.6232 ->
   * 0.6237 (MotoGP 0.872 -> 0.877, Chromebook 0.960 -> 0.959); 2-of-5 mean 0.5070 -> 0.5278 /
   * 0.4961 -> 0.5173 / 0.4914 -> 0.5115 (Chromebook 0.698 -> 0.829, league 0.053 -> 0.086, MotoGP
   * 0.586 -> 0.603).
   */
  aloneProminentEverySeed: number;
  /**
   * Above 0: when the seeds' titles name more countries than two sides (see
   * themeReplacesSideNeedsThird) and a theme word at most this common in ordinary news is in every
   * seed's title, the topic is a measure taken against several countries ("tariffs on Canada,
   * Mexico and China"), not a relation between two of them: the strongest side stays, the other
   * countries are no side, and the theme is required beside it, as for any lone side. 0: off (two
   * sides, no theme, as before). Two reports of one announcement ("Trump imposes tariffs on
   * Canada, Mexico and China", "Trump Signs Tariff Order, Canada and Mexico Announce Retaliatory
   * Measures") named Mexico a side and Canada the United States' partner, so tariff news naming no
   * Mexico was missed (F1 0); co-mention shares do not tell co-targets of a measure from the two
   * parties of a relation (README), but the word every title says does: a relation's seeds share
   * common words ("dukung", 0.96% of Indonesian headlines; "dukung penuh" 0.023%, 0.0067% in the
   * stream's first half), a measure's its own ("tariff", 0.000066% of English).
   * scripts/few-seed-curve.ts --cut themeReplacesSideMaxP --values 0,1e-6,1e-5,1e-4,1e-3 --digits 4
   * (means over the eight topics and the default one; shipped / first-half / second-half table):
   * full F1 of every topic unchanged; 1e-6 to 1e-5 the same figures with all three tables, 3-of-5 mean
   * 0.6507 -> 0.6545 / 0.6333 -> 0.6372 / 0.6237 -> 0.6275, 2-of-5 mean 0.5278 -> 0.5501 / 0.5173 ->
   * 0.5397 / 0.5115 -> 0.5339 (tariffs 3-of-5 min / mean 0.581 / 0.903 -> 0.826 / 0.938, 2-of-5
   * 0.000 / 0.696 -> 0.792 / 0.897; 4-of-5 mean 0.960 -> 0.965 through held-out thresholds); from
   * 1e-4 with the first half's table, 1e-3 with the others, "dukung penuh" or "perang" takes the
   * default topic's two seeds to one side and the theme (2-of-5 min 0.927-0.952 -> 0.708). 1e-5:
   * the grid point nearest the middle (log scale) of the plateau the three tables share, 6.6e-7 to
   * 6.6e-5. With themeReplacesSideNeedsThird 0 the figures are the same. The plateau's lower edge is
   * the one development topic the rule moves (tariffs' own word), and an English word the table never
   * saw gets half a news document's rate (8.5e-5), above the cut: in English the rule reads the
   * word-count prior's rare words, not unseen ones.
   */
  themeReplacesSideMaxP: number;
  /**
   * 1: themeReplacesSideMaxP acts only when a third country is in nearly every title too; 0: whenever
   * there are two sides. The curve ties (the same figures with 0 on the shipped table): the
   * narrower reading wins the tie, as ties go to the smaller change elsewhere.
   */
  themeReplacesSideNeedsThird: number;
  /**
   * 1: one side and a names facet still require the theme (three facets); 0: the names suffice
   * beside the side (a lone side without names still needs the theme). few-seed-curve.ts --cut
   * themeBesideSideAndNames --values 1,0 moves only Gaza, whose four seeds without the fifth name
   * Israel in every title and Gaza in every head: 3-of-5 min 0.243 -> 0.861, no full figure moves,
   * with the shipped table and either half table (README, "One side and names are two facets enough").
   */
  themeBesideSideAndNames: number;
  /**
   * A profile of two country sides with fewer than this many terms that can score (beyond the
   * sides' names and the facets' own keys, learn-profile.ts `scored`) takes threshold 0 and its
   * sides decide: between two sides the score weighs what happens, and one or two words weigh one
   * seed set's particulars (Ukraine from seeds 1, 2 and 5: "killed" alone). Any profile of two
   * facets with no such term at all takes 0 too (no item could reach a threshold); a lone facet
   * never (a country alone is all of its news). few-seed-curve.ts --cut facetsDecideBelowTerms
   * --values 0,1,3,5,6,7,8,12: means over the topics full / 4 / 3-of-n 0.682 / 0.637 / 0.598 at 0
   * and 1, 0.682 / 0.637 / 0.606 at 3, 0.688 / 0.640 / 0.607 from 5 to 8 (Ukraine 0.715 -> 0.798),
   * Gaza's full set 0.882 -> 0.872 from 12: the plateau 5-8, its middle 6 (the lower of two); either
   * half table alike.
   */
  facetsDecideBelowTerms: number;
  /**
   * Above 0: the theme forms only when one of its words is prominent in at least this many seeds (or
   * in all, when fewer): a word each seed says alone is a patchwork, not a theme, as for the names
   * (namesAnchorHeads). few-seed-curve.ts --cut themeAnchorSeeds --values 0,2,3: 2 moves only 2-of-5
   * sets, all up (mean over the topics 0.477 -> 0.534: Gaza 0.450 -> 0.805, Ukraine 0.460 -> 0.666,
   * fuel 0.520 -> 0.587), with the shipped table and either half table; 3 lowers the 3-of-5 mean
   * (phones' minimum 0.026 -> 0.000).
   */
  themeAnchorSeeds: number;
  /**
   * 1: when the central words (themeMinShare, themeMinLogLift) cannot cover the seeds, the theme is
   * covered by any of the profile's terms; 0: then there is no theme. Words that fail the test of a
   * theme, picked only because they cover the seeds, are chance: five articles on five
   * developments of Russia's war cover each other with "high" (high levels, high-rise, high-tech)
   * and "office" (Zelensky's Office, the Oval Office), and that theme, required beside Russia, passed
   * 4 of 96 items. few-seed-curve.ts --cut themeFromAnyTerms --values 1,0 (shipped table and either
   * half table alike): only the Ukraine items from real articles move, full F1 0.060 -> 0.830,
   * 4-of-5 mean 0.215 -> 0.722, 3-of-5 0.433 -> 0.606; and fuel prices' 4-of-5 sets, the one cost
   * (mean 0.762 -> 0.752, worst 0.730 -> 0.705; second half's table 0.660 -> 0.659), which the
   * curve's keep rule would not allow: kept because the seeds the hidden English topics are learned
   * from are articles, and there the fallback fails outright (README, "Topic learning").
   */
  themeFromAnyTerms: number;
  /**
   * A name the seeds write in their bodies only, never in a title or lead, joins a names facet
   * that head names form when this many seeds hold it (0: never): the topic's other names
   * ("Solar", diesel, beside Pertalite and Dexlite in three fuel-price seeds). It never anchors or
   * forms the facet, nor is it enough alone; an acronym never joins so (the agency the seeds quote,
   * "SAR", which at 2 took a Jakarta flood for the Sumatran floods). few-seed-curve.ts --cut
   * bodyNamesMinSeeds --values 0,2,3,4 (shipped table; 0,3 with either half table, labelled items
   * left out): 3 lifts fuel prices' full F1 0.802 -> 0.811 (C_norm 0.256 -> 0.237; halves 0.817 ->
   * 0.826) and its 4-of-5 mean 0.752 -> 0.756 (second half 0.659 -> 0.663; first half 0.746 ->
   * 0.742, the one fall), no other topic moves; 2 lowers Chromebook 0.964 -> 0.937 (the
   * prosecutors' spokesman's names) and floods; 4 moves nothing.
   */
  bodyNamesMinSeeds: number;
  /**
   * 1: an acronym and the long form the seeds spell out ("Makan Bergizi Gratis (MBG)") are one
   * thing said two ways, so a facet holding either holds both; 0: each is evidence only of the facet
   * it fell in. Headlines write the acronym, seeds spell it out: the free-meals programme learned
   * MBG as a name and its long form's words as the theme, and every "MBG" headline without
   * "makan bergizi" missed the theme (F1 0.384). few-seed-curve.ts --cut acronymsTieLongForms
   * --values 0,1 (README, "An acronym and its long form").
   */
  acronymsTieLongForms: number;
  /**
   * 1: the long form the seeds spell out for a syllabic acronym ("Koperasi Desa (Kopdes)",
   * seed-evidence.ts spelledSyllabicAcronyms) joins the facets holding the acronym
   * (topic-names.ts tieLongFormsToAcronyms); 0: not. few-seed-curve.ts --cut syllabicAcronymsTie --values 0,1 (README, "A syllabic acronym").
   */
  syllabicAcronymsTie: number;
  /**
   * 1: a naming phrase (themePhraseOwnsShare) said inside its acronym's long form of three or four
   * words gives way to that whole name, one key ("cek kesehatan gratis"; match-item.ts reads phrases
   * of up to MAX_PHRASE_WORDS words): its two-word parts are said of other things ("layanan kesehatan
   * gratis" of a police charity day). 0: the two-word phrase. few-seed-curve.ts --cut wholeNames --values 0,1.
   */
  wholeNames: number;
  /**
   * With at least this many seeds (0: never), a word of a profile's only facet, the theme, that heads
   * (title or lead) every seed and is as rare in ordinary news as a name enough alone (ALONE_MAX_P) is
   * enough alone: the earthquake seeds' "gempa". few-seed-curve.ts --cut themeWordAloneSeeds
   * --values 0,3,4,5 (shipped table; 0,3 with either half's): 3 and 4 lift the earthquakes' full F1
   * 0.568 -> 0.927 and every 4 of 5 mean 0.521 -> 0.910 and lower no full or 4-of-5 figure; 3 also
   * lifts their 3-of-5 mean 0.472 -> 0.816 (the 3-of-5 mean over the topics 0.589 -> 0.605; halves
   * alike) at the cost of the eruptions' 3-of-5 mean with either half's table (0.413 -> 0.379: a
   * word three seeds head by chance); 5 lifts the full set only. The few-seed rule (no full or 4-of-5
   * figure down, the 3- and 2-of-5 means up) picks 3.
   */
  themeWordAloneSeeds: number;
  /**
   * 1: a word the language lacks (isUnknownIndonesianWord) that the seeds write capitalised only
   * beside other names, but beside one of them nearly every time, is a word of that one name and a
   * name itself ("Ebenezer" of "Immanuel Ebenezer (Gerungan)", headlines' "Noel Ebenezer"); 0: any
   * word written only inside names is none (seed-evidence.ts partOfNames, meant for "Kecamatan X",
   * "Tapanuli Selatan": a different name each time). few-seed-curve.ts --cut oneNameWordsAreNames
   * --values 0,1 (shipped table and either half's): the deputy minister's case 0.250 -> 0.444 full,
   * 4-of-5 mean 0.470 -> 0.547, the oil case's 3-of-5 mean up; phones' 4-of-5 mean down 0.004-0.008
   * (a brand beside its maker, "Samsung Galaxy", a name in some four-seed sets), which the few-seed
   * rule would not allow: kept because it is what partOfNames meant, and a person's case, a kind the
   * hidden topics hold, gains (README, "A word of one name").
   */
  oneNameWordsAreNames: number;
  /**
   * Above 0: in a profile whose one facet is the theme, learned from three seeds or more
   * (themeWordAloneSeeds), a phrase of the theme that heads (title or lead) every seed, and whose
   * every word the seeds say inside it in at least this share of the sentences holding the word, is
   * the topic's name written in common words ("Sekolah Rakyat", a programme): it and the acronym the
   * seeds spell for it ("SR") form a names facet, each enough alone, beside the theme, so the
   * theme's everyday words ("sekolah", "siswa") no longer open the gate by themselves. 0: off.
   * scripts/few-seed-curve.ts --cut themePhraseOwnsShare (README, "A programme named in common words").
   */
  themePhraseOwnsShare: number;
  /**
   * 1: another name the seeds give a name of the names facet ("Immanuel Ebenezer (Noel)", "...
   * akrab disapa Noel") joins that facet, and is enough alone when the name is and it is as rare in
   * ordinary news as a name enough alone (ALONE_MAX_P): headlines call a person by the name the
   * seeds explain once. 0: off. scripts/few-seed-curve.ts --cut aliasesTieNames (README, "A name's alias").
   */
  aliasesTieNames: number;
  /**
   * Above 0: a name of the names facet whose ordinary-news headlines hold a word of the theme that
   * heads all seeds but one in at least this share (the background's word associations) is the
   * topic's own name, enough alone when rare enough ("Roy Suryo" beside "ijazah"): the seeds of a
   * case are often of its first weeks, and name its later figures only in passing. 0: off.
   * scripts/few-seed-curve.ts --cut ownNewsShare (README, "A name whose news is the topic's").
   */
  ownNewsShare: number;
  /**
   * Above 0: a name of ownNewsShare's whose ordinary-news headlines hold a defining word (or the
   * acronym the seeds spell for a defining phrase, "MBG") in at least this share is enough alone
   * however common it is: most of its news is the topic's ("BGN", the free-meals agency, 0.39% of
   * headlines, half of them saying "MBG"). 0: off. few-seed-curve.ts --cut ownNewsMostlyShare
   * --values 0,0.35,0.45,0.5 on the shipped table and either half's: 0.35 to 0.5 alike (the free meals
   * up, nothing else moving), 0.3 and below let in "Jokowi" beside "ijazah" (the diploma case 0.907 ->
   * 0.579), 0.6 is above BGN's 0.51: the middle of the plateau.
   */
  ownNewsMostlyShare: number;
  /**
   * Above 0: a name of two words or more that the seeds write, in at least this share of its places,
   * right after another capitalised word is the end of longer names ("Merah Putih" of "Kopdes Merah
   * Putih" and "Koperasi Desa Merah Putih") and never enough alone: ordinary news gives that end to
   * other names too (the flag, "Kabinet Merah Putih"). 0: off. scripts/few-seed-curve.ts --cut
   * tailNamesShare (README, "The end of longer names").
   */
  tailNamesShare: number;
  /**
   * 1: a lone theme's word enough alone (themeWordAloneSeeds), with the seeds' names that alone cover
   * too few seeds to form a names facet, forms one when together they cover all seeds but one: the
   * case named by its word and its people ("kuota", "Yaqut"), so the theme's other words (a
   * prosecutor's "memanggil", "terkait") no longer open the gate alone. 0: off.
   * scripts/few-seed-curve.ts --cut wordNamesCover (README, "A defining word and the names").
   */
  wordNamesCover: number;
  /**
   * 1: a naming phrase (themePhraseOwnsShare) need only have one of its words said inside it ("gratis"
   * of "kesehatan gratis"), not also a common one the seeds say elsewhere ("kesehatan", of the
   * ministry too); 0: every word. scripts/few-seed-curve.ts --cut themePhraseOwnsAnyWord (README, "A
   * programme named in common words").
   */
  themePhraseOwnsAnyWord: number;
  /**
   * Above 0: in a lone theme (as themePhraseOwnsShare), a word every seed makes prominent (title,
   * lead or two sentences) that ordinary news says in at most this share of headlines is the topic's
   * name in one word ("redenominasi"): it forms a names facet, enough alone, beside the theme, as a
   * naming phrase does, so the theme's everyday words ("rupiah", "mata uang") no longer open the
   * gate by themselves. 0: off. scripts/few-seed-curve.ts --cut themeWordOwnsMaxP (README, "A word
   * only the topic says").
   */
  themeWordOwnsMaxP: number;
  /**
   * Above 0: a lone theme's word enough alone (themeWordAloneSeeds) that only narrows a phrase of the
   * theme ("rokok" in "cukai rokok", the excise on cigarettes) whose head word also heads all seeds
   * but one and is as rare as a word enough alone stays so only when at least this share of its
   * ordinary headlines hold that head (the background's word associations): the seeds name the topic
   * with the two together, and a word whose news seldom says the head is broader than the topic (a
   * tenth of cigarette headlines say "cukai"). 0: off. scripts/few-seed-curve.ts --cut
   * themeWordAloneOwnsPartner (README, "A word that narrows the topic's phrase").
   */
  themeWordAloneOwnsPartner: number;
  /**
   * 1: a name that is an office ("Menteri Perdagangan", "Mendag", "Wamenaker": topic-names.ts
   * isOffice) stays in the names but is never enough alone: it names whoever holds the office, and
   * the seeds' holder is the topic only while in office (the former trade minister's case took every
   * headline of his successor). 0: off. scripts/few-seed-curve.ts --cut officesNeverAlone (README,
   * "An office is no name").
   */
  officesNeverAlone: number;
  /**
   * 1: a place of a side's country (never the country, whose capital is its alias) that heads
   * (title or lead) all seeds but one and is as rare in ordinary news as a name enough alone
   * (ALONE_MAX_P) is where the topic happens and enough alone: "Gaza", in every Gaza-war seed's
   * head, names the war without Israel ("Egypt to offer Trump Gaza reconstruction plan"). The side
   * itself stays required otherwise: Russia's war without North Korea is not the default topic.
   * 0: off. scripts/few-seed-curve.ts --cut sidePlacesAlone (README, "A side's place").
   */
  sidePlacesAlone: number;
  /**
   * 1: an acronym the seeds spell out as an institution ("Komisi Yudisial (KY)", "Badan Pengawasan
   * Keuangan dan Pembangunan (BPKP)": topic-names.ts isSpelledInstitution) is no name of the names
   * facet, as an institution of the lexicon is not (it acts in many stories), unless its ordinary
   * news is the topic's (ownNewsShare, with acronyms of defining phrases as ownNewsMostlyShare reads them).
   * 0: such an acronym is a name like any other.
   * scripts/few-seed-curve.ts --cut spelledInstitutionsAreOrgs (README, "An institution the lexicon lacks").
   */
  spelledInstitutionsAreOrgs: number;
  /**
   * 1: an acronym the seeds spell out as an organisation of the lexicon ("Bank Indonesia (BI)") is
   * that organisation, never a name of the names facet, as the organisation itself is not; 0: the
   * acronym is a name like any other. scripts/few-seed-curve.ts --cut spelledOrgsAreOrgs (README,
   * "An organisation's acronym").
   */
  spelledOrgsAreOrgs: number;
  /**
   * Above 0: a names facet forms only when one of its names is in the titles of at least this share
   * of the seeds (rounded down: 3 of 5, 2 of 4, 1 of 3 or 2 at 0.6). Items are headlines, and a
   * seed's title is the headline it was: a name the seeds keep to their leads and bodies is who acts
   * or where, not what the topic's news headlines say (the housing ministry "PKP" and its minister
   * in four leads beside five titles of "rumah subsidi", "bedah rumah"; Java, where four fires of
   * five happened). Required, it kept out every headline of the topic without it. 0: off.
   * scripts/few-seed-curve.ts --cut namesTitleShare (README, "Names the titles say").
   */
  namesTitleShare: number;
  /**
   * 1: an acronym the seeds spell out stands for its long form: where a word of that long form is
   * enough alone, the acronym joins the facet and is enough alone too (topic-names.ts
   * acronymsAloneAsLongForms): "judi" heads every online-gambling seed, and headlines write "judol",
   * spelled "judi online (judol)", with no "judi". 0: off. scripts/few-seed-curve.ts --cut
   * acronymsAloneAsLongForms (README, "An acronym of a word enough alone").
   */
  acronymsAloneAsLongForms: number;
}

export const FACET_CUTS: Readonly<FacetCuts> = {
  nameMinLogLift: Math.log(8),
  learnedNameMaxP: 2e-3,
  themeMinShare: 0.1,
  themeMinLogLift: Math.log(12),
  commonNameCapitalisedSeeds: 2,
  namesAnchorHeads: 2,
  commonAcronymsJoinNames: 1,
  namesAnchorProminent: 1,
  unknownWordsAreNames: 1,
  aloneProminentEverySeed: 1,
  themeReplacesSideMaxP: 1e-5,
  themeReplacesSideNeedsThird: 1,
  themeBesideSideAndNames: 0,
  facetsDecideBelowTerms: 6,
  themeAnchorSeeds: 2,
  themeFromAnyTerms: 0,
  bodyNamesMinSeeds: 3,
  acronymsTieLongForms: 1,
  syllabicAcronymsTie: 1,
  wholeNames: 1,
  themeWordAloneSeeds: 3,
  oneNameWordsAreNames: 1,
  themePhraseOwnsShare: 0.5,
  aliasesTieNames: 1,
  ownNewsShare: 0.2,
  ownNewsMostlyShare: 0.45,
  tailNamesShare: 0.6,
  wordNamesCover: 1,
  themePhraseOwnsAnyWord: 1,
  themeWordOwnsMaxP: 1e-4,
  spelledOrgsAreOrgs: 1,
  themeWordAloneOwnsPartner: 0.2,
  officesNeverAlone: 1,
  sidePlacesAlone: 1,
  spelledInstitutionsAreOrgs: 1,
  namesTitleShare: 0.6,
  acronymsAloneAsLongForms: 1,
};

/**
 * A seed of fewer sentence units than this (title and sentences) lets one mention of a word reach
 * the theme's sentence share (FACET_CUTS.themeMinShare) within it: `learn` says so.
 */
export const SHORT_SEED_SENTENCES = Math.round(1 / FACET_CUTS.themeMinShare);
/**
 * A name at most this common in ordinary news, heading nearly every seed, is enough alone: the
 * case's defendant (Nadiem, in 0.29% of headlines) is; a category word the seeds all head ("BBM",
 * fuel, 0.41%) is not. scripts/alone-curve.ts prints the curve (mean F1 and leave-one-seed-out F1
 * over the development topics) and picks the middle of its best plateau, 0.3% to 0.4%.
 */
export const ALONE_MAX_P = 3.5e-3;

/** A facet; `alone` lists its keys that are enough by themselves (the others' facets waived). */
export interface FacetConcept extends ProfileConcept {
  alone?: string[];
  /** Which kind of evidence the facet asks for: the topic's names, or what happened (its theme). Sides have none. */
  kind?: 'names' | 'theme';
  /** Keys added from ordinary news's headlines the profile already matched (expand-facets.ts), not from the seeds. */
  expanded?: string[];
  /** Keys added because ordinary news says them beside the facet's seed words, or for the names the seeds' head names (widen-by-association.ts). */
  associated?: string[];
}

/** A profile facet's keys that are enough by themselves (none for a facet learned without them). */
export function aloneOf(concept: ProfileConcept): string[] {
  return (concept as FacetConcept).alone ?? [];
}

/**
 * The topic's facets: what an item must show evidence of, each an OR-group.
 * - Sides: countries (directly or through a person, place or agency of theirs) named in the
 *   headline part (title and lead sentence) of nearly every seed, grouped by how interchangeable
 *   ordinary news makes them. A passing mention in the body is not enough, a dateline is cut by
 *   the cleaner, and the country of publication alone is never a side.
 * - Names: the other names (entities of the lexicon, or words the seeds capitalise, acronyms)
 *   that the seeds' headline parts carry, when together they cover nearly every seed: the case,
 *   product or places the topic is about.
 * - Theme: everything else is weighed by the score, which must reach the profile's threshold.
 * Without sides or names the theme is the one facet; without a theme either, the strongest shared
 * terms form it.
 */
export function learnFacets(
  evidence: SeedEvidence,
  lexicon: Lexicon,
  background: Background,
  terms: readonly ProfileTerm[],
  aloneMaxP = ALONE_MAX_P,
  cuts: Readonly<FacetCuts> = FACET_CUTS,
): ProfileConcept[] {
  const seedCount = evidence.keySets.length;
  const need = nearlyAll(seedCount);
  const headDf = new Map<string, number>();
  const titleDf = new Map<string, number>();
  evidence.headSets.forEach((head, i) => {
    for (const country of countriesOf(head, lexicon)) headDf.set(country, (headDf.get(country) ?? 0) + 1);
    for (const country of countriesOf(evidence.titleSets[i]!, lexicon)) titleDf.set(country, (titleDf.get(country) ?? 0) + 1);
  });
  // A side is named in the titles of nearly every seed, not only in their leads: with two or three
  // seeds "nearly every" is every one, and a lead's passing mention or byline ("(Xinhua)" under a
  // story on US steel tariffs) would otherwise agree by chance (scripts/topic-figures.ts --subsets 2,3:
  // the tariffs topic's 2-of-5 mean F1 0.430 -> 0.629, no other topic or the default moves).
  let anchors = [...headDf].filter(([country, df]) => df >= need && (titleDf.get(country) ?? 0) >= need).map(([c]) => c);
  if (anchors.length === 1 && anchors[0] === HOME_COUNTRY[evidence.lang]) anchors = [];
  // The two countries the seeds' titles name most are the sides; another prominent country
  // joins the side ordinary news names it with most (Ukraine with Russia), so which two
  // countries the topic relates rests on the seeds, not on a few background headlines. Between
  // countries every title names (few seeds), the one more of the seeds' sentences name is the
  // likelier side, not the first in the alphabet (the US, the actor in each tariff report, before
  // Mexico: 3-of-5 mean F1 0.788 -> 0.842).
  const sentences = new Map<string, number>();
  for (const unit of evidence.units) for (const country of countriesOf(unit, lexicon)) sentences.set(country, (sentences.get(country) ?? 0) + 1);
  anchors.sort(
    (a, b) =>
      (titleDf.get(b) ?? 0) - (titleDf.get(a) ?? 0) ||
      headDf.get(b)! - headDf.get(a)! ||
      (sentences.get(b) ?? 0) - (sentences.get(a) ?? 0) ||
      a.localeCompare(b),
  );

  const theme = themeFacet(evidence, lexicon, background, terms, need, cuts);
  // A measure against several countries (themeReplacesSideMaxP): a word rare in ordinary news
  // heads every seed, and more countries than two sides are named throughout.
  const measureWord = (key: string) => evidence.titleSets.every((t) => t.has(key)) && background.probability(key, evidence.lang) <= cuts.themeReplacesSideMaxP;
  const measure =
    cuts.themeReplacesSideMaxP > 0 &&
    theme !== undefined &&
    anchors.length > (cuts.themeReplacesSideNeedsThird > 0 ? MAX_CONCEPTS : MAX_CONCEPTS - 1) &&
    theme.keys.some(measureWord);
  // A measure's one side is the strongest country, unless that is the country of publication, which
  // alone is never a side (as above): then the theme stands without one.
  const sideCount = !measure ? MAX_CONCEPTS : anchors[0] === HOME_COUNTRY[evidence.lang] ? 0 : 1;

  const concepts: ProfileConcept[] = [];
  // The sides are listed as before the sentence count broke ties (North Korea before Russia), so
  // what `learn` prints does not move when only the order did.
  const groups = anchors
    .slice(0, sideCount)
    .sort((a, b) => (titleDf.get(b) ?? 0) - (titleDf.get(a) ?? 0) || headDf.get(b)! - headDf.get(a)! || a.localeCompare(b))
    .map((c) => [c]);
  const unitCountries = evidence.units.map((u) => countriesOf(u, lexicon));
  const together = (a: string, b: string) => {
    const withA = unitCountries.filter((c) => c.has(a));
    return withA.length === 0 ? 0 : withA.filter((c) => c.has(b)).length / withA.length;
  };
  // Which side a further country joins: the one the seeds' own sentences name it with most
  // (Ukraine with Russia: "Russia's war in Ukraine"); ordinary news only breaks ties, so a few
  // background headlines cannot move it.
  const association = (a: string, b: string) =>
    Math.max(together(a, b), together(b, a)) + NEWS_ASSOCIATION_WEIGHT * Math.max(background.countryConditional(a, b), background.countryConditional(b, a));
  // Under a measure the other countries are what it is taken against, no side of their own.
  for (const extra of measure ? [] : anchors.slice(MAX_CONCEPTS)) {
    const closest = groups.map((g, i) => ({ i, value: Math.max(...g.map((c) => association(c, extra))) })).sort((x, y) => y.value - x.value)[0]!;
    if (closest.value > 0) groups[closest.i]!.push(extra);
  }
  for (const countries of groups) {
    countries.sort();
    const labels = countries.map((c) => lexicon.entities.get(`@${c}`)?.label ?? c.toUpperCase());
    // A place of the side's where the topic happens ("Gaza") names it by itself (sidePlacesAlone).
    const places = cuts.sidePlacesAlone > 0 ? sidePlacesAlone(countries, evidence, lexicon, background, aloneMaxP) : [];
    concepts.push({ name: labels.join(' / '), countries, keys: [], labels, ...(places.length > 0 ? { alone: places } : {}) } as FacetConcept);
  }

  const sideCountries = new Set(anchors);
  const names: string[] = [];
  const alone: string[] = [];
  // What the names must cover, and a name alone must head: all seeds but one, and never a
  // single seed of several (2 of 2, 2 of 3, 3 of 4, 4 of 5).
  const aloneNeed = allButOne(seedCount);
  // Common acronyms that join the names only when other names form the facet (commonAcronymsJoinNames).
  const followers: string[] = [];
  // How much of a name's ordinary news is the topic's (an institution's exception, spelledInstitutionsAreOrgs).
  const ownNews = theme === undefined ? undefined : ownNewsShares(theme, evidence, background, aloneNeed, true);
  for (const stats of evidence.stats.values()) {
    const bodyOnly = !evidence.headSets.some((h) => h.has(stats.key));
    if (!stats.name || (bodyOnly && !(cuts.bodyNamesMinSeeds > 0 && stats.acronym !== true && stats.seeds >= cuts.bodyNamesMinSeeds))) continue;
    const entity = isEntityKey(stats.key) ? lexicon.entities.get(stats.key) : undefined;
    if (entity?.type === 'country' || (entity?.country != null && sideCountries.has(entity.country))) continue;
    // An institution (a ministry, the prosecutors, a disaster agency, a state company) acts in many
    // stories: it is not what the topic is about, and as a name no theme word either, so it only
    // weighs in the score. In the names it lets in the institution's other news (Chromebook 0.964 ->
    // 0.805: every Kejaksaan Agung case); in the theme, the product's everyday news beside its
    // vendor (fuel 0.802 -> 0.711: Pertamina's supply news beside "BBM"; README, held-out names).
    if (entity?.type === 'org') continue;
    // ...and so is its acronym where the seeds spell it out ("Bank Indonesia (BI)": spelledOrgsAreOrgs).
    if (cuts.spelledOrgsAreOrgs > 0 && spellsOrg(evidence.acronyms.get(stats.key) ?? [], lexicon)) continue;
    // ...and so is one the seeds spell as an institution the lexicon lacks ("Komisi Yudisial (KY)"),
    // unless its ordinary news is the topic's ("BGN", the free-meals agency: ownNewsShare).
    if (cuts.spelledInstitutionsAreOrgs > 0 && isSpelledInstitution(stats.key, evidence) && !(cuts.ownNewsShare > 0 && (ownNews?.(stats.key) ?? 0) >= cuts.ownNewsShare)) continue;
    const p = background.probability(stats.key, evidence.lang);
    const heads = evidence.headSets.filter((h) => h.has(stats.key)).length;
    // A place heading nearly every seed is where the topic happens however often the news names
    // it (Sumatra in a season of Sumatran floods); other names must be rarer in the news than in the seeds.
    const minLogLift = entity?.type === 'place' && heads >= aloneNeed ? MIN_PLACE_LOG_LIFT : cuts.nameMinLogLift;
    if (Math.log(stats.headlineRate / p) < minLogLift) continue;
    // A word the seeds capitalise only inside longer names ("Kecamatan X", "Sumatera Selatan")
    // is no name of its own unless it is rare in ordinary news, heads most seeds, or is an
    // acronym heading several.
    if (stats.seeds < Math.min(2, seedCount)) continue;
    // A word the language does not have is a name whatever its frequency (unknownWordsAreNames).
    const coined = cuts.unknownWordsAreNames > 0 && evidence.lang === 'id' && stats.acronym !== true && isUnknownIndonesianWord(stats.key);
    const common = entity === undefined && !coined && !stats.key.includes(' ') && p > cuts.learnedNameMaxP;
    const tooCommon = common && heads < aloneNeed && !(heads >= 2 && stats.acronym === true);
    if (tooCommon && !(stats.acronym === true && cuts.commonAcronymsJoinNames > 0)) continue;
    // A word the seeds capitalise only inside other names, a different one each time (Kecamatan X,
    // Tapanuli Selatan), names none of them; one beside the same name nearly every time, a word the
    // language lacks, is a word of that name ("Ebenezer": oneNameWordsAreNames).
    const ofOneName = cuts.oneNameWordsAreNames > 0 && stats.oneNameWord === true && evidence.lang === 'id' && isUnknownIndonesianWord(stats.key);
    if (entity === undefined && stats.partOfNames === true && stats.acronym !== true && !ofOneName) continue;
    // A common word that one seed happens to capitalise ("dengan Pemimpin Korea Utara Kim") is a
    // title before a name, not one: with two or three seeds the other seeds' headline parts hold
    // it by chance. It is a name only when several seeds capitalise it mid-sentence.
    if (common && (stats.capitalisedSeeds ?? 0) < Math.min(cuts.commonNameCapitalisedSeeds, seedCount)) continue;
    // Too common to be a name by itself, an acronym ("BBM") only joins names that form the facet.
    if (tooCommon || bodyOnly) {
      followers.push(stats.key);
      continue;
    }
    names.push(stats.key);
    // A name rare in ordinary news that heads nearly every seed (the case's defendant, the
    // product) identifies the topic by itself; places and common names never do.
    // ...or, heading one (as every name here does), is prominent in every seed
    // (aloneProminentEverySeed): a seed may tell the case in other words in its headline and name
    // the product throughout its body.
    const headsEnough = heads >= aloneNeed || (cuts.aloneProminentEverySeed > 0 && stats.prominent >= seedCount);
    // ...but not a name the seeds mostly write as the end of longer ones (tailNamesShare).
    const tail = () => cuts.tailNamesShare > 0 && !isEntityKey(stats.key) && evidence.afterCapitalised(stats.key) >= cuts.tailNamesShare;
    if (entity?.type !== 'place' && headsEnough && p <= aloneMaxP && !tail()) alone.push(stats.key);
  }
  // A seed counts as covered when it makes a name prominent (its title or lead, or two or more of
  // its sentences): a page pasted without its headline opens mid-story ("Dalam insiden tersebut,
  // ..."), and with two or three seeds one such seed would leave the topic without names.
  const covered = evidence.prominentSets.filter((keys) => names.some((k) => keys.has(k))).length;
  // ...and one name at least is what several seeds share, not a patchwork of one name per seed.
  const headCount = (key: string) => evidence.headSets.filter((h) => h.has(key)).length;
  const anchored = names.some((k) => headCount(k) >= Math.min(cuts.namesAnchorHeads, seedCount) || evidence.stats.get(k)!.prominent >= seedCount);
  // ...and one name at least is prominent in all seeds but one (namesAnchorProminent).
  const prominentAnchor = cuts.namesAnchorProminent <= 0 || [...names, ...(cuts.namesAnchorProminent >= 2 ? followers : [])].some((k) => evidence.stats.get(k)!.prominent >= aloneNeed);
  // ...and one name at least is what the seeds' titles say (namesTitleShare).
  const titled = [...names, ...followers].some((k) => evidence.titleSets.filter((t) => t.has(k)).length >= Math.floor(cuts.namesTitleShare * seedCount));
  if (names.length > 0 && covered >= aloneNeed && anchored && prominentAnchor && titled) {
    const ranked = [...names, ...followers].sort((a, b) => (evidence.stats.get(b)!.seeds - evidence.stats.get(a)!.seeds) || a.localeCompare(b));
    const labels = ranked.map((k) => lexicon.labels.get(k) ?? evidence.stats.get(k)!.label);
    const facet: FacetConcept = { name: `names: ${labels.slice(0, 3).join(' / ')}`, kind: 'names', countries: [], keys: ranked, labels };
    if (cuts.ownNewsShare > 0 && theme !== undefined) alone.push(...ownNewsNames(names.filter((k) => !alone.includes(k)), theme, evidence, lexicon, background, aloneMaxP, aloneNeed, cuts.ownNewsShare, cuts.ownNewsMostlyShare));
    if (alone.length > 0) facet.alone = alone.sort();
    concepts.push(facet);
  }

  // Two sides define a relation (the score weighs what happens between them); one side or none
  // needs the theme said outright, and so does a measure's one side (themeReplacesSideMaxP),
  // unless one side has a names facet beside it: who and where are said (themeBesideSideAndNames).
  // Without sides or names the theme is the topic's one facet: the words the seeds' headlines
  // say, not the strongest shared terms (the fallback below), which with two or three seeds are
  // one story's particulars ("keluarga korban", "harli siregar").
  const sideAndNames = anchors.length > 0 && concepts.some((c) => (c as FacetConcept).kind === 'names');
  if (theme !== undefined && (anchors.length < MAX_CONCEPTS || measure) && !(sideAndNames && cuts.themeBesideSideAndNames <= 0)) concepts.push(theme);

  // A lone theme's word that heads every seed and is rare in ordinary news names the topic by itself
  // ("gempa", earthquake, in all five quake seeds' titles): with one facet its gate key never scores,
  // so a headline saying only that and a place ("Gempa M 4,5 Terjadi di Bener Meriah") had nothing to weigh.
  if (cuts.themeWordAloneSeeds > 0 && theme !== undefined && concepts.length === 1 && concepts[0] === theme && seedCount >= cuts.themeWordAloneSeeds) {
    const heads = (key: string) => evidence.headSets.filter((h) => h.has(key)).length;
    const candidates = theme.keys.filter((k) => !k.includes(' ') && !(theme.associated ?? []).includes(k) && heads(k) >= seedCount && background.probability(k, evidence.lang) <= aloneMaxP);
    const alone = cuts.themeWordAloneOwnsPartner > 0 ? candidates.filter((k) => ownsHeadPartners(k, theme, evidence, background, aloneNeed, cuts.themeWordAloneOwnsPartner, aloneMaxP)) : candidates;
    if (alone.length > 0) theme.alone = alone;
    // ...and with the seeds' names, too few alone to cover the seeds, it covers them: the topic's
    // names are its defining word and its people ("kuota" with "Yaqut" and "Menag", the hajj-quota
    // case's seeds, which name him in three of five), a names facet beside the theme (wordNamesCover);
    // names anchored as any names facet's are (namesAnchorHeads), not each one seed's particulars.
    if (alone.length > 0 && cuts.wordNamesCover > 0 && names.length > 0 && anchored) {
      const keys = [...alone, ...names.filter((k) => !alone.includes(k))];
      const coveredWith = evidence.prominentSets.filter((ks) => keys.some((k) => ks.has(k))).length;
      if (coveredWith >= aloneNeed) {
        const own = ownNewsNames(names, theme, evidence, lexicon, background, aloneMaxP, aloneNeed, cuts.ownNewsShare, cuts.ownNewsMostlyShare);
        const label = (key: string) => keyLabel(key, evidence, lexicon);
        concepts.unshift({ name: `names: ${keys.slice(0, 3).map(label).join(' / ')}`, kind: 'names', countries: [], keys, labels: keys.map(label), alone: [...alone, ...own] } as FacetConcept);
      }
    }
  }
  if (cuts.themePhraseOwnsShare > 0 && theme !== undefined && concepts.length === 1 && concepts[0] === theme && seedCount >= cuts.themeWordAloneSeeds) {
    const phrases = namingPhrases(theme, evidence, cuts.themePhraseOwnsShare, cuts.themePhraseOwnsAnyWord > 0, cuts.wholeNames > 0);
    const words = cuts.themeWordOwnsMaxP > 0 ? namingWords(theme, evidence, background, cuts.themeWordOwnsMaxP) : [];
    const named = [...phrases, ...words.filter((w) => !phrases.includes(w))];
    if (named.length > 0) {
      const label = (key: string) => keyLabel(key, evidence, lexicon);
      concepts.unshift({ name: `names: ${named.map(label).join(' / ')}`, kind: 'names', countries: [], keys: [...named], labels: named.map(label), alone: named } as FacetConcept);
    }
  }
  if (concepts.length === 0) {
    const shared = terms.filter((t) => t.seeds >= need).map((t) => t.key).slice(0, FALLBACK_CONCEPT_KEYS);
    if (shared.length > 0) concepts.push({ name: 'core', countries: [], keys: shared, labels: shared.map((k) => terms.find((t) => t.key === k)!.label) });
  }
  tieSpelledForms(concepts, evidence, lexicon, background, aloneMaxP, cuts);
  if (cuts.officesNeverAlone > 0) for (const concept of concepts as FacetConcept[]) if (concept.alone !== undefined) concept.alone = concept.alone.filter((k) => !isOffice(k, evidence.lang));
  return concepts;
}

/** Heads (title and lead) a theme word must be in, besides covering the seeds, to join the theme facet. */
const THEME_HEADS = 2;

/**
 * What the topic's headlines say happened: the words (not names) that the seeds' headline parts
 * use, chosen to cover nearly every seed (a greedy set cover, most seeds first), plus every other
 * topic word that two or more headline parts share or that nearly every seed makes prominent.
 */
function themeFacet(evidence: SeedEvidence, lexicon: Lexicon, background: Background, terms: readonly ProfileTerm[], need: number, cuts: Readonly<FacetCuts>): FacetConcept | undefined {
  // Words only: names (institutions too) are the names facet's, never what happened.
  const all = terms.filter((t) => !isEntityKey(t.key) && !evidence.stats.get(t.key)!.name);
  // A theme word is said throughout the seeds (a tenth of their sentences or more) and is clearly
  // commoner there than in ordinary news: "dua anak" in two seeds' stories, or "data" and
  // "ditemukan", which any news uses, would let the facet open on anything.
  const central = (key: string) => {
    const stats = evidence.stats.get(key)!;
    return stats.unitShare >= cuts.themeMinShare && Math.log(stats.unitShare / background.probability(key, evidence.lang)) >= cuts.themeMinLogLift;
  };
  const strong = all.filter((t) => central(t.key));
  const heads = evidence.headSets;
  // As for the names: a seed is covered by a word it makes prominent (title, lead, or two sentences).
  const prominent = evidence.prominentSets;
  const cover = (candidates: readonly ProfileTerm[]): Set<string> | undefined => {
    const chosen = new Set<string>();
    const uncovered = new Set(prominent.keys());
    while (prominent.length - uncovered.size < need) {
      let best: { key: string; gain: number } | undefined;
      for (const term of candidates) {
        if (chosen.has(term.key)) continue;
        const gain = [...uncovered].filter((i) => prominent[i]!.has(term.key)).length;
        if (gain > 0 && (best === undefined || gain > best.gain)) best = { key: term.key, gain };
      }
      if (best === undefined) return undefined;
      chosen.add(best.key);
      for (const i of [...uncovered]) if (prominent[i]!.has(best.key)) uncovered.delete(i);
    }
    return chosen;
  };
  const chosen = cover(strong) ?? (cuts.themeFromAnyTerms > 0 ? cover(all) : undefined);
  if (chosen === undefined) return undefined;
  const anchorNeed = Math.min(cuts.themeAnchorSeeds, prominent.length);
  if (anchorNeed > 0 && ![...chosen].some((key) => prominent.filter((keys) => keys.has(key)).length >= anchorNeed)) return undefined;
  for (const term of strong) {
    const stats = evidence.stats.get(term.key)!;
    if (heads.filter((h) => h.has(term.key)).length >= THEME_HEADS || stats.prominent >= need || stats.seeds >= allButOne(heads.length)) chosen.add(term.key);
  }
  const keys = all.filter((t) => chosen.has(t.key)).map((t) => t.key);
  const labels = keys.map((k) => lexicon.labels.get(k) ?? evidence.stats.get(k)!.label);
  return { name: `theme: ${labels.slice(0, 3).join(' / ')}`, kind: 'theme', countries: [], keys, labels };
}
