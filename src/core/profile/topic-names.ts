// Names a topic has beyond the words its seeds capitalise (learn-concepts.ts calls these): a phrase
// of common words that names a programme, the other name a person goes by, a name whose ordinary
// news is the topic's, a side's place where the topic happens, and an acronym's long form.
import type { Lang, ProfileConcept } from '../model.ts';
import { isEntityKey, type Lexicon } from '../text/lexicon.ts';
import type { Background } from './background.ts';
import type { FacetConcept, FacetCuts } from './learn-concepts.ts';
import { keyLabel, type SeedEvidence } from './seed-evidence.ts';
import { associationShare } from './word-associations.ts';
import { isUnknownIndonesianWord } from '../text/indonesian-stemmer/stem-indonesian.ts';

/**
 * "All seeds but one", and never a single seed of several (2 of 2, 2 of 3, 3 of 4, 4 of 5): what a
 * name or word enough alone must head, and the subject every seed names.
 */
export function allButOne(seedCount: number): number {
  return Math.min(seedCount, Math.max(2, seedCount - 1));
}

/**
 * The phrases of a lone theme that name the topic (FacetCuts.themePhraseOwnsShare): each heads every
 * seed, and the seeds say its words (each, or one: themePhraseOwnsAnyWord) inside it in at least
 * `share` of the sentences holding that word (a name is said whole); with them, the acronyms the
 * seeds spell for them.
 */
export function namingPhrases(theme: FacetConcept, evidence: SeedEvidence, share: number, anyWord = false, wholeNames = false): string[] {
  const unitsWith = (key: string) => evidence.units.filter((u) => u.has(key)).length;
  const phrases = theme.keys.filter((key) => {
    if (!key.includes(' ') || (theme.associated ?? []).includes(key) || !evidence.headSets.every((h) => h.has(key))) return false;
    const inside = unitsWith(key);
    // Every word said inside the phrase, or one at least (themePhraseOwnsAnyWord): "gratis" of
    // "kesehatan gratis", whose "kesehatan" the seeds say of the ministry too.
    const saidInside = (word: string) => inside >= share * unitsWith(word);
    return anyWord ? key.split(' ').some(saidInside) : key.split(' ').every(saidInside);
  });
  // An acronym whose long form the seeds say wherever they say the phrase, in the same share: the
  // phrase's own ("SR"), or the programme's full name around it ("Cek Kesehatan Gratis (CKG)" around
  // "kesehatan gratis"); not a longer name the phrase begins now and then ("Sekolah Rakyat Menengah
  // Atas (SRMA)").
  // (A unit holds words and two-word phrases: the long form's whole-name key is read through its parts.)
  const parts = (longForm: readonly string[]) => longForm.filter((k) => k.split(' ').length <= 2);
  const owning = [...evidence.acronyms].filter(([, longForm]) =>
    phrases.some((phrase) => longForm.includes(phrase) && evidence.units.filter((u) => u.has(phrase) && parts(longForm).every((k) => u.has(k))).length >= share * unitsWith(phrase)),
  );
  const acronyms = owning.map(([acronym]) => acronym);
  // A phrase said inside such a long form of three words or more is part of that name, not a name of
  // its own ("kesehatan gratis" of "cek kesehatan gratis"; "layanan kesehatan gratis" is another's):
  // the whole name stands for it (wholeNames).
  const whole = (phrase: string) => owning.map(([, longForm]) => longForm.find((k) => k.split(' ').length > 2 && ` ${k} `.includes(` ${phrase} `))).find((k) => k !== undefined);
  const named = wholeNames ? phrases.map((phrase) => whole(phrase) ?? phrase) : phrases;
  return [...new Set(named), ...acronyms.filter((a) => !named.includes(a))];
}

/**
 * The words of a lone theme that name the topic by themselves (FacetCuts.themeWordOwnsMaxP): every
 * seed makes the word prominent (title, lead or two sentences), and ordinary news hardly says it
 * (at most maxP of headlines, at its typical monthly rate), so a headline saying it is the topic's.
 * Prominence, not heads: a seed may spell the word differently in its title ("Rp1.000 Jadi Rp1").
 */
export function namingWords(theme: FacetConcept, evidence: SeedEvidence, background: Background, maxP: number): string[] {
  return theme.keys.filter(
    (key) =>
      !key.includes(' ') &&
      !isEntityKey(key) &&
      !(theme.associated ?? []).includes(key) &&
      evidence.prominentSets.every((keys) => keys.has(key)) &&
      background.probability(key, evidence.lang) <= maxP,
  );
}

/**
 * A name's other name (seed-evidence.ts spelledAliases) joins the names facet holding the name, and
 * is enough alone beside it when rare enough: "Noel" of "Immanuel Ebenezer (Noel)".
 */
export function tieAliases(concepts: ProfileConcept[], evidence: SeedEvidence, lexicon: Lexicon, background: Background, aloneMaxP: number): void {
  const names = concepts.find((c) => (c as FacetConcept).kind === 'names') as FacetConcept | undefined;
  if (names === undefined) return;
  for (const [alias, name] of evidence.aliases) {
    if (!name.some((k) => names.keys.includes(k))) continue;
    const entity = isEntityKey(alias) ? lexicon.entities.get(alias) : undefined;
    if (entity !== undefined && entity.type !== 'person') continue;
    joinFacet(names, [alias], evidence, lexicon);
    const alone = names.alone ?? [];
    if (!alone.includes(alias) && name.some((k) => alone.includes(k)) && background.probability(alias, evidence.lang) <= aloneMaxP) names.alone = [...alone, alias].sort();
  }
}

/**
 * Names whose news is the topic's (FacetCuts.ownNewsShare): in ordinary news, at least `share` of
 * the headlines holding the name (each of its words) also hold a word of the theme that heads all
 * seeds but one: "Roy Suryo", whose headlines say "ijazah" as often as not. Such a name, as rare as
 * a name enough alone (ALONE_MAX_P) and no place, is enough alone too. Read from the background's
 * word associations (word-associations.ts), when the table has them.
 */
export function ownNewsNames(candidates: readonly string[], theme: FacetConcept, evidence: SeedEvidence, lexicon: Lexicon, background: Background, aloneMaxP: number, headNeed: number, share: number, mostlyShare = 0): string[] {
  const owned = ownNewsShares(theme, evidence, background, headNeed, mostlyShare > 0);
  if (owned === undefined) return [];
  return candidates.filter((key) => {
    const entity = isEntityKey(key) ? lexicon.entities.get(key) : undefined;
    if (entity?.type === 'place') return false;
    const ownShare = owned(key);
    // Rare enough, or (mostlyShare) the topic's in most of its news however often it is in the news.
    return ownShare >= share && (background.probability(key, evidence.lang) <= aloneMaxP || (mostlyShare > 0 && ownShare >= mostlyShare));
  });
}

/**
 * How much of a name's ordinary news is the topic's: the share of the headlines holding it (each of
 * its words, the least of them) that also hold a defining word, a word of the theme heading all seeds
 * but one, or (withAcronyms) an acronym as many seeds head that the seeds spell in the theme's words,
 * the theme in one word as headlines write it ("MBG" for "makan bergizi gratis"). Undefined without
 * word associations.
 */
export function ownNewsShares(theme: FacetConcept, evidence: SeedEvidence, background: Background, headNeed: number, withAcronyms: boolean): ((key: string) => number) | undefined {
  const table = background.associations(evidence.lang);
  if (table === undefined) return undefined;
  const heads = (k: string) => evidence.headSets.filter((h) => h.has(k)).length;
  const defining = theme.keys.filter((k) => !k.includes(' ') && !isEntityKey(k) && heads(k) >= headNeed);
  if (withAcronyms) {
    for (const [acronym, longForm] of evidence.acronyms) {
      if (!defining.includes(acronym) && !isEntityKey(acronym) && heads(acronym) >= headNeed && longForm.some((k) => theme.keys.includes(k))) defining.push(acronym);
    }
  }
  // The share of a word's headlines that also hold a defining word (the most of them).
  const withDefining = (word: string) =>
    Math.max(0, ...defining.map((t) => {
      const pair = (table.associates.get(t) ?? []).find(([v]) => v === word);
      return pair === undefined ? 0 : associationShare(table, pair[1], word);
    }));
  return (key) => Math.min(...(isEntityKey(key) ? [key] : key.split(' ')).map(withDefining));
}

/**
 * The long form the seeds spell out for a syllabic acronym ("Koperasi Desa (Kopdes)") joins each
 * facet holding the acronym: headlines write either ("Pembangunan Gudang dan Gerai Koperasi Desa").
 * One way only, unlike the all-capitals kind (learn-concepts.ts tieAcronyms): the acronym in the
 * theme would bring in the words ordinary news says beside it (widen-by-association.ts), and the
 * program's other words ("Merah Putih") are everywhere.
 */
export function tieLongFormsToAcronyms(concepts: ProfileConcept[], evidence: SeedEvidence, lexicon: Lexicon): void {
  for (const [acronym, longForm] of evidence.syllabicAcronyms) {
    for (const concept of concepts) if (concept.keys.includes(acronym)) joinFacet(concept, longForm, evidence, lexicon);
  }
}

/** Each form the seeds spell a name or phrase in joins the facets of the others, as the cuts ask. */
export function tieSpelledForms(concepts: ProfileConcept[], evidence: SeedEvidence, lexicon: Lexicon, background: Background, aloneMaxP: number, cuts: Readonly<FacetCuts>): void {
  if (cuts.acronymsTieLongForms > 0) tieAcronyms(concepts, evidence, lexicon, cuts.wholeNames > 0);
  if (cuts.syllabicAcronymsTie > 0) tieLongFormsToAcronyms(concepts, evidence, lexicon);
  if (cuts.acronymsAloneAsLongForms > 0) acronymsAloneAsLongForms(concepts, evidence, lexicon);
  if (cuts.aliasesTieNames > 0) tieAliases(concepts, evidence, lexicon, background, aloneMaxP);
}

/**
 * An acronym the seeds spell out stands for its long form: where a word of that long form is enough
 * alone, so is the acronym, in the same facet ("judi", gambling, heads every seed of online gambling;
 * headlines write "judol" for "judi online (judol)" and say no "judi").
 */
export function acronymsAloneAsLongForms(concepts: ProfileConcept[], evidence: SeedEvidence, lexicon: Lexicon): void {
  for (const [acronym, longForm] of [...evidence.syllabicAcronyms, ...evidence.acronyms]) {
    // The seeds' own word for it, prominent in two seeds (title, lead or two sentences), not a
    // passing mention; and never an institution, which acts in many stories (as in
    // spelledInstitutionsAreOrgs): the judges' commission "KY" of the sugar-import case.
    if ((evidence.stats.get(acronym)?.prominent ?? 0) < Math.min(2, evidence.headSets.length) || isSpelledInstitution(acronym, evidence)) continue;
    if (spellsOrg(longForm, lexicon)) continue;
    const words = new Set(longForm.flatMap((k) => (isEntityKey(k) ? [k] : k.split(' '))));
    for (const concept of concepts as FacetConcept[]) {
      if (concept.alone === undefined || !concept.alone.some((k) => words.has(k) || longForm.includes(k))) continue;
      joinFacet(concept, [acronym], evidence, lexicon);
      if (!concept.alone.includes(acronym)) concept.alone.push(acronym);
    }
  }
}

/** Adds the keys a facet does not hold yet, each with its label (the ties of acronyms, long forms and aliases). */
export function joinFacet(concept: ProfileConcept, keys: readonly string[], evidence: SeedEvidence, lexicon: Lexicon): void {
  for (const key of keys) {
    if (concept.keys.includes(key)) continue;
    concept.keys.push(key);
    concept.labels.push(keyLabel(key, evidence, lexicon));
  }
}

/**
 * Whether a lone theme's word heading every seed owns the heads of the theme's phrases it narrows
 * (FacetCuts.themeWordAloneOwnsPartner): at least `share` of its ordinary headlines hold each head
 * that heads all seeds but one and is as rare as a word enough alone. True when there is none, or
 * without word associations.
 */
export function ownsHeadPartners(word: string, theme: FacetConcept, evidence: SeedEvidence, background: Background, headNeed: number, share: number, aloneMaxP: number): boolean {
  const table = background.associations(evidence.lang);
  if (table === undefined) return true;
  const heads = (k: string) => evidence.headSets.filter((h) => h.has(k)).length;
  // A partner is the head of a phrase of the theme that the word narrows: "cukai rokok", the excise
  // on cigarettes (Indonesian names the thing first, English last: "cigarette excise"). The word
  // that heads such a phrase is the thing itself ("gempa susulan", an aftershock, is a quake).
  const phrased = (k: string) => theme.keys.includes(evidence.lang === 'en' ? `${word} ${k}` : `${k} ${word}`);
  const partners = theme.keys.filter((k) => k !== word && !k.includes(' ') && !isEntityKey(k) && !(theme.associated ?? []).includes(k) && heads(k) >= headNeed && background.probability(k, evidence.lang) <= aloneMaxP && phrased(k));
  return partners.every((partner) => {
    const pair = (table.associates.get(partner) ?? []).find(([v]) => v === word);
    return pair !== undefined && associationShare(table, pair[1], word) >= share;
  });
}

/**
 * The words an Indonesian office's name opens with, as keys ("Menteri Perdagangan" is the key
 * "menteri dagang"), and the shape of the syllabic acronyms headlines write for a minister or a
 * deputy minister ("Mendag", "Menkeu", "Wamenaker"): general Indonesian, not any topic's.
 */
const OFFICE_FIRST_WORDS = new Set(['menteri', 'wakil', 'gubernur', 'bupati', 'wali', 'walikota', 'presiden', 'kepala', 'ketua', 'direktur', 'dirut', 'panglima', 'kapolri', 'kapolda', 'kapolres', 'sekjen', 'jaksa']);
const MINISTER_ACRONYM = /^(wa)?men[a-z]{2,}$/;

/**
 * The words an Indonesian institution's name opens with, as keys ("Komisi Yudisial", "Badan Gizi
 * Nasional", "Komite Nasional Keselamatan Transportasi"): general Indonesian, not any topic's.
 */
const INSTITUTION_FIRST_WORDS = new Set(['komisi', 'badan', 'komite', 'lembaga', 'dewan', 'majelis', 'mahkamah', 'otoritas', 'direktorat', 'dinas', 'biro', 'ombudsman']);

/** Whether the seeds spell an acronym out as an institution's name (FacetCuts.spelledInstitutionsAreOrgs). */
export function isSpelledInstitution(acronym: string, evidence: SeedEvidence): boolean {
  return evidence.lang === 'id' && (evidence.acronyms.get(acronym) ?? []).some((k) => !isEntityKey(k) && INSTITUTION_FIRST_WORDS.has(k.split(' ')[0]!));
}

/** Whether an acronym's long form (its keys) is an organisation of the lexicon ("Bank Indonesia (BI)"). */
export function spellsOrg(longForm: readonly string[], lexicon: Lexicon): boolean {
  return longForm.some((k) => isEntityKey(k) && lexicon.entities.get(k)?.type === 'org');
}

/** Whether a name key is an office rather than a person or a thing (FacetCuts.officesNeverAlone). */
export function isOffice(key: string, lang: Lang): boolean {
  if (lang !== 'id' || isEntityKey(key)) return false;
  const first = key.split(' ')[0]!;
  return OFFICE_FIRST_WORDS.has(first) || (!key.includes(' ') && MINISTER_ACRONYM.test(key) && isUnknownIndonesianWord(key));
}

/**
 * The places of a side's countries that locate the topic (FacetCuts.sidePlacesAlone): a place of the
 * lexicon (a country's capital is the country's alias, never such a place) heading (title or lead) all
 * seeds but one, and as rare in ordinary news as a name enough alone.
 */
export function sidePlacesAlone(countries: readonly string[], evidence: SeedEvidence, lexicon: Lexicon, background: Background, aloneMaxP: number): string[] {
  const headNeed = allButOne(evidence.headSets.length);
  return [...evidence.stats.keys()]
    .filter((key) => {
      const entity = isEntityKey(key) ? lexicon.entities.get(key) : undefined;
      if (entity?.type !== 'place' || entity.country == null || !countries.includes(entity.country)) return false;
      return evidence.headSets.filter((h) => h.has(key)).length >= headNeed && background.probability(key, evidence.lang) <= aloneMaxP;
    })
    .sort();
}

/**
 * An acronym and the long form the seeds spell out (seed-evidence.ts spelledAcronyms) in different
 * facets are one thing said two ways: each facet holding either gets the other too, so a headline
 * writing "MBG" shows the facet the seeds' "makan bergizi gratis" formed, and the reverse.
 */
export function tieAcronyms(concepts: ProfileConcept[], evidence: SeedEvidence, lexicon: Lexicon, wholeNames: boolean): void {
  for (const [acronym, longForm] of evidence.acronyms) {
    const holding = concepts.filter((c) => c.keys.includes(acronym) || longForm.some((k) => c.keys.includes(k)));
    if (!holding.some((c) => c.keys.includes(acronym)) || !holding.some((c) => longForm.some((k) => c.keys.includes(k)))) continue;
    // A long form of three words or more is tied whole (wholeNames): its parts are said of other things.
    const whole = longForm.filter((k) => k.split(' ').length > 2);
    const tied = wholeNames && whole.length > 0 ? whole : longForm;
    for (const concept of holding) joinFacet(concept, [acronym, ...tied], evidence, lexicon);
  }
}
