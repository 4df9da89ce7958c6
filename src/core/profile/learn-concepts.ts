import type { ProfileConcept, ProfileTerm } from '../model.ts';
import { isEntityKey, type Lexicon } from '../text/lexicon.ts';
import { isLegalForm } from '../text/legal-forms.ts';
import type { Background } from './background.ts';
import { FACET_CUTS, type FacetCuts } from './facet-cuts.ts';
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

export { FACET_CUTS, type FacetCuts };

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
    // A company's legal form ("Tbk", "Persero") is every such company's: no name (legal-forms.ts).
    if (!stats.key.includes(' ') && isLegalForm(stats.key)) continue;
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
