// The project's own development topics (tests/fixtures/topics/<topic>/labels.jsonl + seeds.json,
// issue 9) are joined with the ../shared texts by scripts/build-topics.ts into the shared topics'
// format. This checks the build and the labels' shape, and that each topic learned from its seeds
// (no tuning, shipped background, as scripts/topic-figures.ts prints it) keeps the figures reached:
// a regression guard, not the bar (three of them are far below it, README).
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildProjectTopics, projectTopicNames } from '../../scripts/build-topics.ts';
import { hasSharedEval, sayWhySkipped, STREAM_SET } from '../helpers/shared-data.ts';
import { loadBackground, loadLexicon } from '../../src/adapters/lexicon-files.ts';
import { readSeedDir } from '../../src/adapters/topic-files.ts';
import type { NewsItem } from '../../src/core/model.ts';
import { learnProfile } from '../../src/core/profile/learn-profile.ts';
import { isLegalForm } from '../../src/core/text/legal-forms.ts';
import { scoreProfile } from './topic-scoring.ts';

const lexicon = loadLexicon();
const background = loadBackground();

/** What each topic's README states; a change to the labels must change both. */
const SHAPES: Record<string, { items: number; positive: number; hard: number; easy: number; seeds: number }> = {
  'id-kereta-api': { items: 1200, positive: 398, hard: 203, easy: 599, seeds: 5 },
  'id-liga-indonesia': { items: 1200, positive: 129, hard: 471, easy: 600, seeds: 5 },
  'id-motogp': { items: 1200, positive: 227, hard: 373, easy: 600, seeds: 5 },
  'id-ponsel': { items: 1200, positive: 306, hard: 294, easy: 600, seeds: 5 },
  'en-gaza-war': { items: 1114, positive: 93, hard: 163, easy: 858, seeds: 5 },
  'en-ukraine-war': { items: 1114, positive: 96, hard: 190, easy: 828, seeds: 5 },
  'en-us-deportations': { items: 1114, positive: 52, hard: 149, easy: 913, seeds: 5 },
  'en-us-doge': { items: 1114, positive: 63, hard: 147, easy: 904, seeds: 4 },
  // The same items, seeded with five real articles of the weeks before (their READMEs).
  'en-us-doge-articles': { items: 1114, positive: 63, hard: 147, easy: 904, seeds: 5 },
  'en-ukraine-war-articles': { items: 1114, positive: 96, hard: 190, easy: 828, seeds: 5 },
  'en-gaza-war-articles': { items: 1114, positive: 93, hard: 163, easy: 858, seeds: 5 },
  'en-us-deportations-articles': { items: 1114, positive: 52, hard: 149, easy: 913, seeds: 5 },
  // Three of the shared topics' kinds (7 Dec 2026), seeded with five web articles each (their READMEs).
  'id-program-mbg': { items: 1200, positive: 303, hard: 297, easy: 600, seeds: 5 },
  'id-korupsi-minyak-pertamina': { items: 1200, positive: 42, hard: 558, easy: 600, seeds: 5 },
  'id-gempa-indonesia': { items: 1200, positive: 68, hard: 532, easy: 600, seeds: 5 },
  'id-erupsi-gunung-api': { items: 1200, positive: 43, hard: 557, easy: 600, seeds: 5 },
  // Five more of those kinds (7 Dec 2026, fifteenth session): two programmes named in common words,
  // two persons' cases, a disaster.
  'id-koperasi-merah-putih': { items: 1200, positive: 157, hard: 443, easy: 600, seeds: 5 },
  'id-cek-kesehatan-gratis': { items: 1200, positive: 25, hard: 575, easy: 600, seeds: 5 },
  'id-korupsi-kuota-haji': { items: 1200, positive: 53, hard: 547, easy: 600, seeds: 5 },
  'id-kasus-ijazah-jokowi': { items: 1200, positive: 127, hard: 473, easy: 600, seeds: 5 },
  'id-karhutla': { items: 1200, positive: 41, hard: 559, easy: 600, seeds: 5 },
  'id-sekolah-rakyat': { items: 1200, positive: 58, hard: 542, easy: 600, seeds: 5 },
  'id-kasus-noel-kemnaker': { items: 1200, positive: 25, hard: 575, easy: 600, seeds: 5 },
  // Three more (7 Dec 2026, sixteenth session), built blind after that session's rules: an accident
  // kind, a policy named by one rare word, a case told in many threads.
  'id-kecelakaan-kapal': { items: 1200, positive: 32, hard: 568, easy: 600, seeds: 5 },
  'id-redenominasi-rupiah': { items: 1200, positive: 28, hard: 572, easy: 600, seeds: 5 },
  'id-kasus-demo-agustus': { items: 1200, positive: 76, hard: 524, easy: 600, seeds: 5 },
  // Three more (7 Dec 2026, seventeenth session), built blind after the naming-word rule: a disaster
  // in a metropolitan area, a policy about a group of workers, a company's case.
  'id-banjir-jabodetabek': { items: 1200, positive: 180, hard: 420, easy: 600, seeds: 5 },
  'id-kebijakan-ojol': { items: 1200, positive: 83, hard: 517, easy: 600, seeds: 5 },
  'id-kasus-sritex': { items: 1200, positive: 21, hard: 579, easy: 600, seeds: 5 },
  // Three more (seventeenth session), built blind after the organisation rule: a policy, a
  // celebrity's case, a disease (the stream holds only 13 dengue headlines, all here).
  'id-upah-minimum': { items: 1200, positive: 96, hard: 504, easy: 600, seeds: 5 },
  'id-kasus-nikita-mirzani': { items: 1200, positive: 30, hard: 570, easy: 600, seeds: 5 },
  'id-demam-berdarah': { items: 1200, positive: 13, hard: 587, easy: 600, seeds: 5 },
  'id-kecelakaan-pesawat': { items: 1200, positive: 86, hard: 514, easy: 600, seeds: 5 },
  'id-kasus-ammar-zoni': { items: 1200, positive: 58, hard: 542, easy: 600, seeds: 5 },
  'id-cukai-rokok': { items: 1200, positive: 22, hard: 578, easy: 600, seeds: 5 },
  'id-kasus-tom-lembong': { items: 1200, positive: 30, hard: 570, easy: 600, seeds: 5 },
  'id-danantara': { items: 1200, positive: 140, hard: 460, easy: 600, seeds: 5 },
  'id-kasus-asdp': { items: 1200, positive: 124, hard: 476, easy: 600, seeds: 5 },
  'id-harga-beras': { items: 1200, positive: 65, hard: 535, easy: 600, seeds: 5 },
  'id-kebakaran-permukiman': { items: 1200, positive: 288, hard: 312, easy: 600, seeds: 5 },
  'id-program-3-juta-rumah': { items: 1200, positive: 152, hard: 448, easy: 600, seeds: 5 },
  'id-mudik-lebaran': { items: 1200, positive: 70, hard: 530, easy: 600, seeds: 5 },
  'id-harga-emas': { items: 1200, positive: 194, hard: 406, easy: 600, seeds: 5 },
  'id-judi-online': { items: 1200, positive: 91, hard: 509, easy: 600, seeds: 5 },
  'id-timnas-sepak-bola': { items: 1200, positive: 95, hard: 505, easy: 600, seeds: 5 },
  'id-keracunan-makanan': { items: 1200, positive: 75, hard: 525, easy: 600, seeds: 5 },
  'id-cuaca-ekstrem': { items: 1200, positive: 57, hard: 543, easy: 600, seeds: 5 },
  'id-perang-iran': { items: 1200, positive: 69, hard: 531, easy: 600, seeds: 5 },
  'id-penyelenggaraan-haji': { items: 1200, positive: 205, hard: 395, easy: 600, seeds: 5 },
  'id-bulu-tangkis': { items: 1200, positive: 234, hard: 366, easy: 600, seeds: 5 },
  'id-ihsg-pasar-saham': { items: 1200, positive: 131, hard: 469, easy: 600, seeds: 5 },
  'id-bpjs-kesehatan': { items: 1200, positive: 110, hard: 490, easy: 600, seeds: 5 },
  'id-tawuran': { items: 1200, positive: 63, hard: 537, easy: 600, seeds: 5 },
};

/**
 * What a built item and seed hold, by language: Indonesian topics are stream headlines (no summary,
 * no link) with IndoSum articles as seeds; English ones are feed items of whole days, summary and
 * link as the feed gave them, and each seed an item of an earlier day (its title and summary).
 */
const BUILT = {
  id: { item: (item: Record<string, unknown>) => expect(item).toMatchObject({ lang: 'id', summary: '', link: '' }), seedChars: 500 },
  en: { item: (item: Record<string, unknown>) => expect(item).toMatchObject({ lang: 'en', link: expect.stringMatching(/^https?:\/\//) }), seedChars: 80 },
};
const builtFor = (topic: string) => (topic.startsWith('en-') ? BUILT.en : BUILT.id);

/**
 * Figures reached, seeds alone (F1 at least, C_norm at most), from `topic-figures.ts` at 4d0bedb:
 * MotoGP 0.863 / 0.250, league 0.153 / 0.933, phones 0.226 / 0.913, railways 0.481 / 0.784; phones
 * 0.649 / 0.738 since the names facet needs a name prominent in all seeds but one (learn-concepts.ts
 * namesAnchorProminent); league 0.250 / 0.871 since a word no Indonesian root word is a name however
 * common ("Persija": learn-concepts.ts unknownWordsAreNames).
 */
const FLOORS: Record<string, { f1: number; cnorm: number }> = {
  // The memory's curve refitted with the English topics learned from articles picks three stand-ins
  // (TOPIC_MEMORY_CUTS minKeys 2 -> 3; at 2 the memory cost Gaza from articles 0.067 F1): railways
  // 0.529 -> 0.516, league 0.373 -> 0.364, phones 0.674 -> 0.664, Gaza 0.908 / 0.160 -> 0.895 /
  // 0.182, Ukraine 0.860 / 0.203 -> 0.841 / 0.258; from articles Gaza 0.871 / 0.155 -> 0.941 /
  // 0.089, Ukraine 0.842 -> 0.850, DOGE 0.529 / 0.587 -> 0.541 / 0.575, deportations 0.220 / 1.499
  // -> 0.222 / 1.467 (README, "What a topic is about now").
  // "KAI", whose news says "kereta" (ownNewsShare): railways 0.516 / 0.752 -> 0.547 / 0.737.
  'id-kereta-api': { f1: 0.54, cnorm: 0.74 },
  // Three distinct names standing in for a missing theme (match-item.ts NAMES_INSTEAD_OF_THEME):
  // league 0.250 / 0.871 -> 0.364 / 0.795, MotoGP 0.854 / 0.270 -> 0.863 / 0.257.
  'id-liga-indonesia': { f1: 0.36, cnorm: 0.8 },
  // The trades of the topic memory (src/core/match/topic-memory.ts), inside the rule its curve
  // states (no topic's F1 down by more than 0.01, the mean C_norm not up): MotoGP 0.863 / 0.250 ->
  // 0.854 / 0.270 (four more false alarms, rider news during the season), phones 0.649 / 0.738 ->
  // 0.665 / 0.744 (recall up, seven more false alarms); railways 0.481 -> 0.527.
  // The memory refitted with the English topics (maxMissingFacets 1, minShare 0.4): league 0.364 /
  // 0.795 -> 0.373 / 0.787, MotoGP 0.863 / 0.257 -> 0.869 / 0.242, phones 0.665 / 0.744 -> 0.674 /
  // 0.744, railways 0.527 -> 0.529.
  'id-motogp': { f1: 0.865, cnorm: 0.245 },
  // The cost of loneThemeVouchers (a lone theme's associates vouched by two seed words, its heaviest
  // or its subject): brands and specifications said beside "harga" or "layar" alone ("iPhone",
  // "Poco", "Snapdragon") leave with gold and fuel prices, 0.667 / 0.715 -> 0.635 / 0.678 (README,
  // "A lone theme's associations").
  'id-ponsel': { f1: 0.63, cnorm: 0.68 },
  // English topics of whole feed days, seeded with five items of an earlier day (their READMEs). With
  // the memory as first fitted (any facet missing, share 0.5): Gaza 0.840 / 0.227, Ukraine 0.785 /
  // 0.348; deportations learn the seeds' birthright-citizenship particulars as their theme.
  // Two stand-ins enough when one names a place or person (topic-memory.ts minKeysWithName 2):
  // Gaza 0.895 / 0.182 -> 0.902 / 0.171, Ukraine 0.841 / 0.258 -> 0.862 / 0.209, from articles Gaza
  // 0.941 / 0.089 -> 0.946 / 0.078, Ukraine 0.850 / 0.206 -> 0.851 / 0.200.
  // A side's place heading every seed is enough alone (learn-concepts.ts sidePlacesAlone): "Gaza"
  // without Israel, 0.902 / 0.171 -> 0.962 / 0.057.
  'en-gaza-war': { f1: 0.96, cnorm: 0.06 },
  // Two sides with fewer than six words between them let the sides decide (learn-concepts.ts
  // facetsDecideBelowTerms): Ukraine 0.823 / 0.284 -> 0.860 / 0.203.
  'en-ukraine-war': { f1: 0.86, cnorm: 0.21 },
  'en-us-deportations': { f1: 0.03, cnorm: 1.025 },
  // Four seeds (the day had no fifth), one facet: the United States, and Musk, DOGE and "lawmakers" to score.
  // A names facet needs a name in 3 of 5 titles, 2 of 4 (learn-concepts.ts namesTitleShare): the
  // facets stay, the held-out threshold falls 0.8 -> 0.7 (its 3-seed profiles lose the leads'
  // names): 0.352 / 0.802 -> 0.330 / 0.830.
  'en-us-doge': { f1: 0.325, cnorm: 0.835 },
  // Seeded with real articles, as the hidden English topics are (6 Dec 2026, seventh): far below
  // the bar. DOGE learns the United States AND a theme of the words US politics always uses
  // (federal, government, administration): 0.517 / 0.613. Ukraine learns Russia AND "high /
  // office": its seeds name Ukraine in three titles and heads of five (one names only Poltava, which
  // the lexicon does not place), so Russia is the one side and a theme of chance words was required.
  'en-us-doge-articles': { f1: 0.535, cnorm: 0.58 },
  // A theme no longer falls back on words that fail the test of one (learn-concepts.ts
  // themeFromAnyTerms): Ukraine 0.060 / 0.974 -> 0.830 / 0.255, Russia alone and the score.
  'en-ukraine-war-articles': { f1: 0.85, cnorm: 0.205 },
  // Gaza from articles: the names facet, Gaza, and the score (0.871 / 0.155). Deportations from
  // articles: Trump heads all five seeds and the English table (CNN 2015 and subtitles) holds him
  // rare, so he is enough alone and every Trump item passes (0.220 / 1.499; README).
  // A names facet needs a name in 3 of 5 titles (namesTitleShare): Gaza 0.946 / 0.078 -> 0.942 /
  // 0.077 with the memory (0.938 / 0.112 -> 0.946 / 0.084 without); deportations 0.222 / 1.467 ->
  // 0.256 / 1.137.
  'en-gaza-war-articles': { f1: 0.94, cnorm: 0.08 },
  'en-us-deportations-articles': { f1: 0.25, cnorm: 1.14 },
  // A policy, a person's case and a disaster, as first learned (7 Dec 2026): the free-meals
  // programme asks its acronym (MBG, the names) and its long form's words (the theme) together;
  // the earthquakes' one facet is "gempa", which opens the gate and never scores; the oil case asks
  // for its defendants' names, which its trial coverage rarely gives.
  // An acronym tied to the long form the seeds spell out (learn-concepts.ts acronymsTieLongForms):
  // the free-meals programme 0.384 / 0.762 -> 0.874 / 0.239.
  // With two stand-ins enough when one is a name (topic-memory.ts minKeysWithName) one more false
  // alarm: 0.874 / 0.239 -> 0.874 / 0.241, inside the memory's curve rule.
  'id-program-mbg': { f1: 0.935, cnorm: 0.13 },
  'id-korupsi-minyak-pertamina': { f1: 0.67, cnorm: 0.47 },
  // A lone theme's word heading every seed is enough alone (learn-concepts.ts themeWordAloneSeeds):
  // the earthquakes 0.568 / 0.603 -> 0.926 / 0.095.
  'id-gempa-indonesia': { f1: 0.92, cnorm: 0.1 },
  // Three more the same day: volcanic eruptions learn "erupsi" as their one facet and the score; the
  // boarding-school programme "Sekolah Rakyat" learns its name's two words each as a theme word
  // ("sekolah", "rakyat"), so any school or "rakyat" headline opens it; the deputy minister's
  // extortion case asks for "sertifikasi / pejabat" beside his names, which his trial's headlines lack.
  'id-erupsi-gunung-api': { f1: 0.91, cnorm: 0.13 },
  // A lone theme's phrase heading every seed, its words said inside it, is the topic's name
  // (learn-concepts.ts themePhraseOwnsShare): "Sekolah Rakyat" and "SR", each enough alone, beside
  // the theme: 0.418 / 0.695 -> 0.982 / 0.034.
  'id-sekolah-rakyat': { f1: 0.98, cnorm: 0.035 },
  // A word written only beside one other name is that name's (learn-concepts.ts oneNameWordsAreNames):
  // "Ebenezer" of "Immanuel Ebenezer", the headlines' "Noel Ebenezer": 0.250 / 0.853 -> 0.444 / 0.693.
  // A name's alias joins its facet, enough alone beside it (learn-concepts.ts aliasesTieNames):
  // "Noel" of "Immanuel Ebenezer (Noel)": 0.444 / 0.693 -> 0.698 / 0.413. His office, "Wamenaker",
  // no longer enough alone (learn-concepts.ts officesNeverAlone): 0.750 / 0.400.
  'id-kasus-noel-kemnaker': { f1: 0.745, cnorm: 0.405 },
  // Five more, as first learned (fifteenth session; the free health checks after the acronym of the
  // long form around the naming phrase was tied, 0.681 / 0.385 -> 0.781 / 0.058): the cooperatives'
  // "Merah Putih" is a name enough alone, so the flag's and other programmes' news passes; the hajj
  // quota case is a lone theme of KPK procedure words; the forest fires' lone theme is "kebakaran
  // hutan / lahan" and hectares, whose phrase only opened the gate and never scored.
  // The end of longer names is never enough alone (learn-concepts.ts tailNamesShare): "Merah Putih"
  // of "Kopdes Merah Putih", 0.684 / 0.540 -> 0.786 / 0.353.
  // "KDMP" and "KDKMP", the acronyms ordinary news makes of the programme's name, which the seeds
  // never write (implied-acronyms.ts): 0.810 / 0.320 -> 0.904 / 0.173.
  'id-koperasi-merah-putih': { f1: 0.9, cnorm: 0.175 },
  'id-cek-kesehatan-gratis': { f1: 0.935, cnorm: 0.085 },
  // A lone theme's defining word and the seeds' names form a names facet (learn-concepts.ts
  // wordNamesCover): "kuota" with "Yaqut", 0.351 / 0.828 -> 0.768 / 0.197.
  'id-korupsi-kuota-haji': { f1: 0.765, cnorm: 0.2 },
  // A name whose news is the topic's is enough alone (learn-concepts.ts ownNewsShare): "Roy Suryo"
  // beside "ijazah", 0.773 / 0.367 -> 0.900 / 0.164.
  'id-kasus-ijazah-jokowi': { f1: 0.895, cnorm: 0.165 },
  // A lone facet's phrase scores as well as opening it (match-item.ts LONE_PHRASES_SCORE): the forest
  // fires 0.357 / 0.777 -> 0.763 / 0.318.
  'id-karhutla': { f1: 0.76, cnorm: 0.32 },
  // As first learned, blind (README, "Three more, built blind").
  // A lone theme widened only by words two seed words vouch for (widen-by-association.ts
  // loneThemeVouchers): 0.525 / 0.555 -> 0.533 / 0.550.
  'id-kecelakaan-kapal': { f1: 0.53, cnorm: 0.551 },
  // A word every seed makes prominent and ordinary news hardly says names a lone theme's topic
  // (learn-concepts.ts themeWordOwnsMaxP): "redenominasi", enough alone beside the theme, 0.140 /
  // 1.322 -> 0.982 / 0.036 (the currency's everyday words no longer open the gate).
  'id-redenominasi-rupiah': { f1: 0.98, cnorm: 0.037 },
  'id-kasus-demo-agustus': { f1: 0.04, cnorm: 1.03 },
  // As first learned, blind (README, "Three more, built blind after the naming word").
  // Jakarta a place of its own, no longer Indonesia (eighteenth session): 0.342 / 1.039 -> 0.523 / 0.895.
  'id-banjir-jabodetabek': { f1: 0.52, cnorm: 0.9 },
  'id-kebijakan-ojol': { f1: 0.4, cnorm: 0.83 },
  'id-kasus-sritex': { f1: 0.975, cnorm: 0.005 },
  // Jakarta a place (eighteenth session): 0.477 / 0.902 -> 0.483 / 0.892.
  // loneThemeVouchers: 0.483 / 0.892 -> 0.570 / 0.639 (civil servants' pay beside "upah", prices beside "naik" no longer join).
  'id-upah-minimum': { f1: 0.565, cnorm: 0.64 },
  'id-kasus-nikita-mirzani': { f1: 0.935, cnorm: 0.02 },
  'id-demam-berdarah': { f1: 0.955, cnorm: 0.08 },
  // As first learned, blind (README, "Three more, built blind in the eighteenth session").
  // loneThemeVouchers: 0.359 / 1.097 -> 0.463 / 0.789 (airports' names, the election commission's jet no longer join).
  'id-kecelakaan-pesawat': { f1: 0.46, cnorm: 0.79 },
  'id-kasus-ammar-zoni': { f1: 0.99, cnorm: 0.005 },
  // As first learned 0.327 / 0.498; "rokok" narrows "cukai rokok", and cigarette headlines seldom
  // say "cukai", so it is no longer enough alone (learn-concepts.ts themeWordAloneOwnsPartner): 0.627 / 0.327.
  // loneThemeVouchers: 0.627 / 0.327 -> 0.696 / 0.306.
  'id-cukai-rokok': { f1: 0.69, cnorm: 0.31 },
  // As first learned, blind, after the session's rules (README, "Two more, built blind at the eighteenth session's end").
  // As first learned 0.325 / 0.639; the trade minister's office no longer enough alone
  // (learn-concepts.ts officesNeverAlone): 0.506 / 0.455.
  // An institution the seeds spell out ("Komisi Yudisial (KY)", "BPKP") is no name (learn-concepts.ts
  // spelledInstitutionsAreOrgs): 0.506 / 0.455 -> 0.678 / 0.371.
  'id-kasus-tom-lembong': { f1: 0.675, cnorm: 0.375 },
  'id-danantara': { f1: 0.91, cnorm: 0.145 },
  // As first learned, blind (nineteenth session; README, "Four more, built blind in the nineteenth session").
  // As first learned 0.161 / 0.920; "ASDP", which the seeds write as "PT ASDP", no longer the end of a
  // longer name, is enough alone (legal-forms.ts, seed-evidence.ts afterCapitalisedShare): 0.610 / 0.642.
  'id-kasus-asdp': { f1: 0.605, cnorm: 0.645 },
  'id-harga-beras': { f1: 0.49, cnorm: 0.666 },
  // A names facet needs a name in 3 of 5 titles (learn-concepts.ts namesTitleShare): Java, in one
  // fire seed's title, and the housing ministry, in none, no longer required: fires 0.498 / 0.892 ->
  // 0.734 / 0.619, housing 0.122 / 0.944 -> 0.478 / 0.738.
  'id-kebakaran-permukiman': { f1: 0.73, cnorm: 0.62 },
  'id-program-3-juta-rumah': { f1: 0.475, cnorm: 0.74 },
  // As first learned, blind (twentieth session; README, "Four more, built blind in the twentieth session").
  'id-mudik-lebaran': { f1: 0.52, cnorm: 0.63 },
  'id-harga-emas': { f1: 0.745, cnorm: 0.58 },
  // As first learned 0.342 / 0.807; "judol", spelled "judi online (judol)", enough alone as "judi" is
  // (seed-evidence.ts abbreviates letters further into a word; learn-concepts.ts acronymsAloneAsLongForms): 0.963 / 0.037.
  'id-judi-online': { f1: 0.96, cnorm: 0.04 },
  'id-timnas-sepak-bola': { f1: 0.305, cnorm: 0.845 },
  'id-tawuran': { f1: 0.65, cnorm: 0.495 },
  'id-bpjs-kesehatan': { f1: 0.855, cnorm: 0.2 },
  'id-ihsg-pasar-saham': { f1: 0.8, cnorm: 0.325 },
  'id-bulu-tangkis': { f1: 0.12, cnorm: 0.945 },
  'id-penyelenggaraan-haji': { f1: 0.585, cnorm: 0.82 },
  'id-perang-iran': { f1: 0.355, cnorm: 0.82 },
  'id-cuaca-ekstrem': { f1: 0.635, cnorm: 0.475 },
  'id-keracunan-makanan': { f1: 0.78, cnorm: 0.22 },
};

/**
 * Leave one seed out (issue 9: "learned from any 2-5 of the seeds ... the figures barely move"): the
 * English topics of two warring sides, each learned from all seeds but one, keep two facets at most
 * and at least this F1 (the worst of the five, `topic-figures.ts --loo`). One side with a names
 * facet once also required the seeds' theme, a third facet of four seeds' particulars: Gaza without
 * its fifth seed 0.379, with the names enough beside the side 0.902 (learn-concepts.ts
 * themeBesideSideAndNames).
 */
const LEAVE_ONE_OUT_FLOORS: Record<string, number> = {
  'en-gaza-war': 0.81,
  // Three stand-ins for the memory (minKeys 3): Ukraine's worst 0.767 -> 0.735.
  'en-ukraine-war': 0.73,
  // From articles, without a theme of chance words (learn-concepts.ts themeFromAnyTerms): worst 0.140
  // (with the memory, topic-figures.ts --loo) -> 0.387, without the prisoner-exchange seed (the other
  // four name Russia in three titles, so no side forms and Trump, Putin and Zelensky are the names).
  'en-ukraine-war-articles': 0.38,
};
/**
 * ...and from every two of their seeds, the mean F1 reached. Two short seeds once made a theme of
 * one word from each ("alienation | optimistic", required beside Palestine: F1 0.000); a theme now
 * needs a word prominent in two seeds (learn-concepts.ts themeAnchorSeeds): Gaza 0.464 -> 0.802,
 * Ukraine 0.527 -> 0.742.
 */
// Three stand-ins for the memory (minKeys 3): Ukraine 0.742 -> 0.704.
const TWO_SEED_MEAN_FLOORS: Record<string, number> = { 'en-gaza-war': 0.8, 'en-ukraine-war': 0.7, 'en-ukraine-war-articles': 0.585 };

const FIELDS = ['id', 'lang', 'title', 'summary', 'link', 'source', 'published', 'label', 'kind'];

sayWhySkipped('the project topics build');

describe('project topics', () => {
  it('lists the topics that hold labels.jsonl and seeds.json', () => {
    expect(projectTopicNames()).toEqual(Object.keys(SHAPES).sort());
    expect(Object.keys(FLOORS).sort()).toEqual(Object.keys(SHAPES).sort());
  });

  describe.runIf(hasSharedEval && existsSync(STREAM_SET))('built from ../shared', () => {
    // Built only when ../shared is there: vitest collects a skipped describe's body too.
    const present = hasSharedEval && existsSync(STREAM_SET);
    const out = mkdtempSync(join(tmpdir(), 'newshound-topics-test-'));
    const built = present ? buildProjectTopics(out) : [];
    afterAll(() => rmSync(out, { recursive: true, force: true }));

    it.each(Object.entries(SHAPES))('%s has the shape its README states', (topic, shape) => {
      expect(built).toContain(topic);
      const items = readFileSync(join(out, topic, 'items.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
      expect(items).toHaveLength(shape.items);
      expect(items.filter((i) => i.kind === 'positive' && i.label === 1)).toHaveLength(shape.positive);
      expect(items.filter((i) => i.kind === 'hard_negative' && i.label === 0)).toHaveLength(shape.hard);
      expect(items.filter((i) => i.kind === 'easy_negative' && i.label === 0)).toHaveLength(shape.easy);
      for (const item of items) {
        expect(Object.keys(item)).toEqual(FIELDS);
        builtFor(topic).item(item);
        expect(typeof item.title === 'string' && item.title !== '').toBe(true);
      }
      const seeds = readdirSync(join(out, topic, 'seeds'));
      expect(seeds).toHaveLength(shape.seeds);
      expect(seeds.every((name) => /^\d\d_.+\.txt$/.test(name))).toBe(true);
      for (const name of seeds) expect(readFileSync(join(out, topic, 'seeds', name), 'utf8').length).toBeGreaterThan(builtFor(topic).seedChars);
    });

    it.each(Object.entries(FLOORS))('%s learned from its seeds keeps the figures reached', (topic, floor) => {
      const profile = learnProfile(readSeedDir(join(out, topic, 'seeds')), lexicon, background, { name: topic });
      const items = readFileSync(join(out, topic, 'items.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as NewsItem & { label: number });
      const figures = scoreProfile(profile, lexicon, items);
      const said = `${topic}: F1 ${figures.f1.toFixed(3)} C_norm ${figures.cnorm.toFixed(3)}`;
      expect(figures.f1, said).toBeGreaterThanOrEqual(floor.f1);
      expect(figures.cnorm, said).toBeLessThanOrEqual(floor.cnorm);
    });

    it.each(Object.entries(LEAVE_ONE_OUT_FLOORS))('%s learned without any one seed keeps two facets and its F1', (topic, floor) => {
      const seeds = readSeedDir(join(out, topic, 'seeds'));
      const items = readFileSync(join(out, topic, 'items.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as NewsItem & { label: number });
      for (const left of seeds) {
        const profile = learnProfile(seeds.filter((seed) => seed !== left), lexicon, background, { name: topic });
        const figures = scoreProfile(profile, lexicon, items);
        const said = `${topic} without ${left.name}: ${profile.concepts.map((c) => c.name).join(' AND ')}, F1 ${figures.f1.toFixed(3)}`;
        expect(profile.concepts.length, said).toBeLessThanOrEqual(2);
        expect(figures.f1, said).toBeGreaterThanOrEqual(floor);
      }
    });

    // A company's legal form is every such company's: no name of the case's company (legal-forms.ts).
    it.each(['id-kasus-sritex', 'id-kasus-asdp'])('%s: no legal form ("Tbk", "Persero") is a name of its own', (topic) => {
      const profile = learnProfile(readSeedDir(join(out, topic, 'seeds')), lexicon, background, { name: topic });
      const keys = profile.concepts.flatMap((c) => c.keys);
      expect(keys.length).toBeGreaterThan(0);
      expect(keys.filter((key) => !key.includes(' ') && isLegalForm(key))).toEqual([]);
    });

    it.each(Object.entries(TWO_SEED_MEAN_FLOORS))('%s learned from every two of its seeds keeps the mean F1 reached', (topic, floor) => {
      const seeds = readSeedDir(join(out, topic, 'seeds'));
      const items = readFileSync(join(out, topic, 'items.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as NewsItem & { label: number });
      const f1s = seeds.flatMap((a, i) => seeds.slice(i + 1).map((b) => scoreProfile(learnProfile([a, b], lexicon, background, { name: topic }), lexicon, items).f1));
      expect(f1s.reduce((sum, f1) => sum + f1, 0) / f1s.length, `every two seeds: F1 ${f1s.map((f) => f.toFixed(3)).join(' ')}`).toBeGreaterThanOrEqual(floor);
    });
  });
});
