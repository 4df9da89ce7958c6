// What the seeds say, measured at the unit items come in. Items are headlines (or a title and a
// short summary) while seeds are whole articles, so a key's seed rate is the share of a seed's
// sentences that hold it, comparable with the share of background headlines that do; counting
// whole articles would make nearly every article word look rare.
import type { CleanSeed, Lang } from '../model.ts';
import { isLegalForm } from '../text/legal-forms.ts';
import { analyzeText } from '../text/analyze.ts';
import { evidenceKeys, MAX_PHRASE_WORDS } from '../text/evidence.ts';
import { dropSharedFurniture } from './shared-furniture.ts';
import { nearlyAll } from './learn-concepts.ts';
import { isEntityKey, type Lexicon } from '../text/lexicon.ts';

export interface KeyStats {
  key: string;
  /** Seeds holding the key anywhere. */
  seeds: number;
  /** Seeds where the key is prominent: in the title, the lead sentence, or two or more sentences. */
  prominent: number;
  /** Mean over seeds of the share of the seed's sentences (title included) holding the key. */
  unitShare: number;
  /**
   * The rate a headline about the topic holds the key, estimated two ways: the sentence share,
   * and the share of seeds whose headline part (title and lead) holds it. A word in every
   * seed's title ("banjir") is central even where the bodies say it only now and then.
   */
  headlineRate: number;
  /** A name (an entity of the lexicon, or words the seeds write capitalised mid-sentence, or an acronym). */
  name: boolean;
  /** The surface form seen most often, to label the term. */
  label: string;
  /** Written in capitals mid-sentence (BBM, BNPB): an acronym, three letters or more. */
  acronym?: boolean;
  /** Capitalised only inside longer names, beside different words each time (Kecamatan X, Sumatera Selatan). */
  partOfNames?: boolean;
  /** ...of one name only: one neighbour is beside it nearly every time ("Ebenezer" of "Immanuel Ebenezer (Gerungan)"). */
  oneNameWord?: boolean;
  /** Seeds whose bodies write the word capitalised mid-sentence at least once (one word keys; 0 for phrases). */
  capitalisedSeeds?: number;
}

export interface SeedEvidence {
  lang: Lang;
  /** Per seed: its distinct evidence keys. */
  keySets: Set<string>[];
  /** Per seed: its distinct prominent keys. */
  prominentSets: Set<string>[];
  /** Per seed: the keys of its title, and of its title and lead sentence (the headline-like part). */
  titleSets: Set<string>[];
  headSets: Set<string>[];
  /** Every sentence unit of every seed: its evidence keys. */
  units: Set<string>[];
  /** Acronyms the seeds spell out, "Komisi Pemberantasan Korupsi (KPK)": acronym key -> long form keys. */
  acronyms: Map<string, string[]>;
  /** Syllabic acronyms the seeds spell out, "Koperasi Desa (Kopdes)": acronym key -> long form keys. */
  syllabicAcronyms: Map<string, string[]>;
  /** Other names the seeds give a name, "Immanuel Ebenezer (Noel)", "... akrab disapa Noel": alias key -> the name's keys. */
  aliases: Map<string, string[]>;
  /**
   * Of a key: the share of the places the bodies write it right after another capitalised word, as
   * the end of longer names ("Kopdes Merah Putih", "Koperasi Desa Merah Putih", "Wakil Menteri
   * Ketenagakerjaan"; a name said by itself, "Nadiem Makarim", "Sekolah Rakyat", is seldom so).
   * Read on demand (learn-concepts.ts FacetCuts.tailNamesShare asks it of names that could be enough
   * alone), once per key.
   */
  afterCapitalised: (key: string) => number;
  stats: Map<string, KeyStats>;
}

// Web addresses and site names ("jpnn.com", "Kompas.com") say where a page was, not what it says.
const DOMAIN = /\b[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:com|co\.id|id|net|org|tv|co|news|info)\b/giu;
const SENTENCE_BREAK = /(?<=[.!?]["”’)]?)\s+(?=["“(]?[\p{Lu}\p{N}])/u;
const WORD = /[\p{L}][\p{L}\p{N}'’]*/gu;
// "Komisi Pemberantasan Korupsi (KPK)", "bahan bakar minyak (BBM)": up to six words, then the acronym.
const SPELLED_ACRONYM = /((?:[\p{L}][\p{L}'’-]*[\s,]+){1,6}?[\p{L}][\p{L}'’-]*)\s*\((\p{Lu}[\p{Lu}\p{N}]{1,7})\)/gu;
// "Koperasi Desa (Kopdes)": up to six words, then a capitalised word with a small letter after its first.
const SYLLABIC_ACRONYM = /((?:[\p{L}][\p{L}'’/-]*\s+){1,5}[\p{L}][\p{L}'’/-]*)\s*\((\p{Lu}\p{Ll}\p{L}{1,10})\)/gu;

// A capitalised name of one to four words, then the other name it goes by: in brackets ("Immanuel
// Ebenezer (Noel)", "Saifullah Yusuf (Gus Ipul)"), or after "alias" / "(akrab) disapa" / "dipanggil"
// ("Immanuel Ebenezer, atau yang akrab disapa Noel"). An acronym in brackets is spelledAcronyms'.
const NAME_RUN = String.raw`(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3})`;
const ALIAS = String.raw`(\p{Lu}\p{Ll}[\p{L}'’-]*(?:\s+\p{Lu}\p{Ll}[\p{L}'’-]*)?)`;
const BRACKETED_ALIAS = new RegExp(String.raw`${NAME_RUN}\s*\(${ALIAS}\)`, 'gu');
const CALLED_ALIAS = new RegExp(String.raw`${NAME_RUN},?\s+(?:atau\s+)?(?:yang\s+)?(?:(?:akrab|biasa)\s+)?(?:disapa|dipanggil|alias)\s+${ALIAS}`, 'gu');

/**
 * Other names the text gives a name, each tied to the name's keys: the alias's own key (a word),
 * or its phrase keys (two words); never an alias that is a word of the name itself.
 */
export function spelledAliases(text: string, lexicon: Lexicon, lang: Lang): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const pattern of [BRACKETED_ALIAS, CALLED_ALIAS]) {
    for (const match of text.matchAll(pattern)) {
      const aliasKeys = analyzeText(match[2]!, lexicon, lang).keys;
      const nameKeys = [...evidenceKeys(analyzeText(match[1]!, lexicon, lang).keys)];
      const alias = aliasKeys.length === 1 ? aliasKeys[0]! : aliasKeys.length === 2 ? aliasKeys.join(' ') : undefined;
      // "PT ASDP Indonesia Ferry (Persero)": a legal form in brackets is the company's form, no other name of it.
      if (alias === undefined || nameKeys.length === 0 || aliasKeys.some((k) => nameKeys.includes(k)) || isLegalForm(match[2]!.trim())) continue;
      found.set(alias, [...new Set([...(found.get(alias) ?? []), ...nameKeys])]);
    }
  }
  return found;
}

/**
 * Acronyms spelled out in the text, each tied to the keys of its long form: the long form's
 * words are taken from the end back, as many as the acronym has letters (or as the text has).
 */
export function spelledAcronyms(text: string, lexicon: Lexicon, lang: Lang): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const match of text.matchAll(SPELLED_ACRONYM)) {
    const words = match[1]!.split(/[\s,]+/).filter((w) => w !== '');
    tieSpelled(found, match[2]!, words.slice(-Math.max(2, match[2]!.length)).join(' '), lexicon, lang);
  }
  return found;
}

/**
 * Syllabic acronyms spelled out in the text, "Koperasi Desa (Kopdes)", "Satuan Tugas (Satgas)":
 * a capitalised word in brackets, not all capitals, made of the opening letters of each of the two
 * or more words before it, in order; tied to the keys of those words. The all-capitals kind is
 * spelledAcronyms'.
 */
export function spelledSyllabicAcronyms(text: string, lexicon: Lexicon, lang: Lang): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const match of text.matchAll(SYLLABIC_ACRONYM)) {
    const acronym = match[2]!;
    const words = match[1]!.split(/\s+/).filter((w) => w !== '');
    for (let count = 2; count <= words.length; count++) {
      const longForm = words.slice(-count);
      if (!abbreviates(acronym.toLowerCase(), longForm.map((w) => w.toLowerCase()))) continue;
      tieSpelled(found, acronym, longForm.join(' '), lexicon, lang);
      break;
    }
  }
  return found;
}

/**
 * Whether each word, in order, gives its first letter and maybe more of its letters in order, and
 * together they spell the acronym: an opening ("Kopdes", Koperasi Desa) or letters picked further
 * on ("Judol", judi online; "Pinjol", pinjaman online).
 */
function abbreviates(acronym: string, words: readonly string[]): boolean {
  if (words.length === 0 || acronym === '') return words.length === 0 && acronym === '';
  const first = words[0]!;
  // The acronym's next letters this word may still give: each a letter of the word after the last one used.
  const from = (acronymAt: number, wordAt: number): boolean =>
    abbreviates(acronym.slice(acronymAt), words.slice(1)) || [...first].some((letter, i) => i >= wordAt && letter === acronym[acronymAt] && from(acronymAt + 1, i + 1));
  return first[0] === acronym[0] && from(1, 1);
}

/** Records acronym -> the evidence keys of its long form (its phrases; its key when one word). */
function tieSpelled(found: Map<string, string[]>, acronym: string, longForm: string, lexicon: Lexicon, lang: Lang): void {
  const acronymKeys = analyzeText(acronym, lexicon, lang).keys;
  if (acronymKeys.length !== 1) return;
  const keys = analyzeText(longForm, lexicon, lang).keys;
  if (keys.length === 0 || keys.includes(acronymKeys[0]!)) return;
  const evidence = [...evidenceKeys(keys)].filter((k) => k.includes(' ') || keys.length === 1);
  // A long form of three or four words is also one key, the whole name ("cek sehat gratis"): its
  // two-word parts are said of other things too ("layanan kesehatan gratis").
  if (keys.length >= 3 && keys.length <= MAX_PHRASE_WORDS && !keys.some(isEntityKey)) evidence.push(keys.join(' '));
  if (evidence.length > 0) found.set(acronymKeys[0]!, evidence);
}

/** The title and the body's sentences: the units a seed's rates are measured over. */
export function seedUnits(seed: CleanSeed): string[] {
  const units = [seed.title.replace(DOMAIN, ' ')];
  for (const line of seed.body.replace(DOMAIN, ' ').split('\n')) {
    for (const sentence of line.split(SENTENCE_BREAK)) if (sentence.trim() !== '') units.push(sentence);
  }
  // The title stays first even when empty: unit 0 is always the title.
  return units;
}

/**
 * Capitalisation votes per lower-cased word, from the body only (titles are Title Case) and
 * never from a sentence's first word: [capitalised, all].
 */
function capitalisation(body: string, votes: Map<string, [number, number, number]>, company: Map<string, NameCompany>): void {
  for (const line of body.replace(DOMAIN, ' ').split('\n')) {
    for (const sentence of line.split(SENTENCE_BREAK)) {
      const words = [...sentence.matchAll(WORD)];
      words.forEach((match, i) => {
        const word = match[0];
        const before = sentence.slice(Math.max(0, match.index - 2), match.index);
        if (i === 0 || /[:"“(]\s*$/.test(before)) return;
        const lower = word.toLowerCase();
        const vote = votes.get(lower) ?? [0, 0, 0];
        if (/^\p{Lu}/u.test(word)) {
          vote[0] += 1;
          noteCompany(sentence, words, i, lower, company);
        }
        if (/^\p{Lu}{3,}$/u.test(word)) vote[2] += 1;
        vote[1] += 1;
        votes.set(lower, vote);
      });
    }
  }
}

/** The capitalised words a capitalised word is written next to (only a space between), and how often it stands alone. */
interface NameCompany {
  alone: number;
  /** Capitalised occurrences, and how many of them each neighbour (a capitalised word) was beside. */
  seen: number;
  beside: Map<string, number>;
}

const noCompany = (): NameCompany => ({ alone: 0, seen: 0, beside: new Map<string, number>() });

function noteCompany(sentence: string, words: readonly RegExpExecArray[], i: number, lower: string, company: Map<string, NameCompany>): void {
  const adjacent = (a: RegExpExecArray | undefined, b: RegExpExecArray | undefined): boolean =>
    a !== undefined && b !== undefined && /^ +$/.test(sentence.slice(a.index + a[0].length, b.index));
  const entry = company.get(lower) ?? noCompany();
  let any = false;
  entry.seen += 1;
  for (const other of [words[i - 1], words[i + 1]]) {
    const pair = other === words[i - 1] ? adjacent(other, words[i]) : adjacent(words[i], other);
    if (other === undefined || !pair || !/^\p{Lu}/u.test(other[0])) continue;
    const neighbour = other[0].toLowerCase();
    entry.beside.set(neighbour, (entry.beside.get(neighbour) ?? 0) + 1);
    any = true;
  }
  if (!any) entry.alone += 1;
  company.set(lower, entry);
}

/** A seed's headline part is two units, not one headline: its holding a key counts at this share. */
const HEAD_RATE_SHARE = 0.5;

/** Share of mid-sentence occurrences written capitalised for a key to count as a name. */
const NAME_CAPITALISED_SHARE = 0.75;

export function seedEvidence(pasted: readonly CleanSeed[], lexicon: Lexicon): SeedEvidence {
  const seeds = dropSharedFurniture(pasted);
  const whole = seeds.map((seed) => analyzeText(`${seed.title}\n${seed.body}`, lexicon));
  const idCount = whole.filter((t) => t.lang === 'id').length;
  const lang: Lang = idCount * 2 >= whole.length ? 'id' : 'en';

  const keySets: Set<string>[] = [];
  const prominentSets: Set<string>[] = [];
  const titleSets: Set<string>[] = [];
  const headSets: Set<string>[] = [];
  const allUnits: Set<string>[] = [];
  const unitShares = new Map<string, number>();
  const surfaces = new Map<string, Map<string, number>>();
  const votes = new Map<string, [number, number, number]>();
  const capitalisedIn = new Map<string, number>();
  const company = new Map<string, NameCompany>();
  for (const seed of seeds) {
    const units = seedUnits(seed);
    const perUnit = units.map((unit) => {
      const text = analyzeText(unit, lexicon, lang, { surfaces: true });
      for (const [key, surface] of text.surfaces) {
        const forms = surfaces.get(key) ?? new Map<string, number>();
        forms.set(surface, (forms.get(surface) ?? 0) + 1);
        surfaces.set(key, forms);
      }
      return evidenceKeys(text.keys);
    });
    const unitCount = new Map<string, number>();
    for (const keys of perUnit) for (const key of keys) unitCount.set(key, (unitCount.get(key) ?? 0) + 1);
    const all = new Set(unitCount.keys());
    const prominent = new Set<string>();
    for (const [key, n] of unitCount) {
      if (n >= 2 || perUnit[0]!.has(key) || (perUnit[1]?.has(key) ?? false)) prominent.add(key);
    }
    keySets.push(all);
    allUnits.push(...perUnit);
    titleSets.push(perUnit[0]!);
    headSets.push(new Set([...perUnit[0]!, ...(perUnit[1] ?? [])]));
    prominentSets.push(prominent);
    for (const [key, n] of unitCount) unitShares.set(key, (unitShares.get(key) ?? 0) + n / units.length);
    const seedVotes = new Map<string, [number, number, number]>();
    capitalisation(seed.body, seedVotes, company);
    for (const [word, [cap, all, upper]] of seedVotes) {
      const vote = votes.get(word) ?? [0, 0, 0];
      votes.set(word, [vote[0] + cap, vote[1] + all, vote[2] + upper]);
      if (cap > 0) capitalisedIn.set(word, (capitalisedIn.get(word) ?? 0) + 1);
    }
  }

  // A word key is a name when the words standing for it are written capitalised mid-sentence.
  const keyVotes = new Map<string, [number, number, number]>();
  const keySeedsCapitalised = new Map<string, number>();
  for (const [word, [cap, all, upper]] of votes) {
    const keys = analyzeText(word, lexicon, lang).keys;
    if (keys.length !== 1) continue;
    keySeedsCapitalised.set(keys[0]!, Math.max(keySeedsCapitalised.get(keys[0]!) ?? 0, capitalisedIn.get(word) ?? 0));
    const vote = keyVotes.get(keys[0]!) ?? [0, 0, 0];
    vote[0] += cap;
    vote[1] += all;
    vote[2] += upper;
    keyVotes.set(keys[0]!, vote);
  }
  // A word written capitalised only inside other names, a different one each time ("Kecamatan
  // Sibolangit", "Kecamatan Koto Tangah"; "Tapanuli Selatan", "Aceh Selatan"), is a word of those
  // names, not a name of its own; "Makarim", always beside "Nadiem", is one name with it.
  const partOfNames = new Set<string>();
  const keyCompany = new Map<string, NameCompany>();
  for (const [word, entry] of company) {
    const keys = analyzeText(word, lexicon, lang).keys;
    if (keys.length !== 1) continue;
    const merged = keyCompany.get(keys[0]!) ?? noCompany();
    merged.alone += entry.alone;
    merged.seen += entry.seen;
    for (const [w, n] of entry.beside) merged.beside.set(w, (merged.beside.get(w) ?? 0) + n);
    keyCompany.set(keys[0]!, merged);
  }
  // When one neighbour is beside it nearly every time, it is a word of that one name ("Ebenezer" of
  // "Immanuel Ebenezer", also written "Immanuel Ebenezer Gerungan"): learn-concepts.ts decides.
  const oneNameWords = new Set<string>();
  for (const [key, entry] of keyCompany) {
    if (entry.alone !== 0 || entry.beside.size < 2) continue;
    partOfNames.add(key);
    if (Math.max(0, ...entry.beside.values()) >= nearlyAll(entry.seen)) oneNameWords.add(key);
  }

  const wordIsName = (key: string): boolean => {
    if (isEntityKey(key)) return true;
    const vote = keyVotes.get(key);
    return vote !== undefined && vote[0] >= NAME_CAPITALISED_SHARE * vote[1];
  };

  const stats = new Map<string, KeyStats>();
  for (const [key, share] of unitShares) {
    const seedsWith = keySets.filter((s) => s.has(key)).length;
    const name = key.includes(' ') && !isEntityKey(key) ? key.split(' ').every(wordIsName) : wordIsName(key);
    stats.set(key, {
      key,
      seeds: seedsWith,
      prominent: prominentSets.filter((s) => s.has(key)).length,
      unitShare: share / seeds.length,
      headlineRate: Math.max(share / seeds.length, HEAD_RATE_SHARE * (headSets.filter((h) => h.has(key)).length / seeds.length)),
      name,
      label: labelOf(key, lexicon, surfaces),
      acronym: !isEntityKey(key) && (keyVotes.get(key)?.[2] ?? 0) >= NAME_CAPITALISED_SHARE * (keyVotes.get(key)?.[1] ?? Infinity),
      ...(partOfNames.has(key) ? { partOfNames: true } : {}),
      ...(oneNameWords.has(key) ? { oneNameWord: true } : {}),
      capitalisedSeeds: keySeedsCapitalised.get(key) ?? 0,
    });
  }
  const acronyms = new Map<string, string[]>();
  for (const seed of seeds) {
    for (const [acronym, longForm] of spelledAcronyms(`${seed.title}\n${seed.body}`, lexicon, lang)) {
      acronyms.set(acronym, [...new Set([...(acronyms.get(acronym) ?? []), ...longForm])]);
    }
  }
  const syllabicAcronyms = new Map<string, string[]>();
  for (const seed of seeds) {
    for (const [acronym, longForm] of spelledSyllabicAcronyms(`${seed.title}\n${seed.body}`, lexicon, lang)) {
      syllabicAcronyms.set(acronym, [...new Set([...(syllabicAcronyms.get(acronym) ?? []), ...longForm])]);
    }
  }
  const aliases = new Map<string, string[]>();
  for (const seed of seeds) {
    for (const [alias, name] of spelledAliases(seed.body, lexicon, lang)) aliases.set(alias, [...new Set([...(aliases.get(alias) ?? []), ...name])]);
  }
  const bodies = seeds.map((seed) => seed.body);
  const tailShares = new Map<string, number>();
  const afterCapitalised = (key: string): number => {
    let share = tailShares.get(key);
    if (share === undefined) {
      share = afterCapitalisedShare(stats.get(key)?.label ?? key, bodies);
      tailShares.set(key, share);
    }
    return share;
  };
  return { lang, keySets, prominentSets, titleSets, headSets, units: allUnits, acronyms, syllabicAcronyms, aliases, afterCapitalised, stats };
}

/** How a key is shown: the lexicon's label, else the surface form the seeds write most. */
export function keyLabel(key: string, evidence: SeedEvidence, lexicon: Lexicon): string {
  const label = lexicon.labels.get(key) ?? evidence.stats.get(key)?.label;
  if (label !== undefined) return label;
  // A phrase the seeds' statistics do not hold (a whole name of three or four words): its words as the seeds write them.
  return key.includes(' ') && !isEntityKey(key) ? key.split(' ').map((part) => keyLabel(part, evidence, lexicon)).join(' ') : key;
}

/**
 * Of the places the bodies write a name (its label, any case), the share right after a word that
 * starts with a capital and ends no sentence: "Desa Merah Putih", not ". Merah Putih", "(Merah
 * Putih" or "mengibarkan Merah Putih". A company's legal form is no such word: "PT ASDP" is ASDP
 * (legal-forms.ts), which headlines write alone.
 */
export function afterCapitalisedShare(label: string, bodies: readonly string[]): number {
  const words = label.split(' ').map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(`(?:^|(\\S+)\\s+|[("“'‘])${words.join('\\s+')}(?![\\p{L}\\p{N}])`, 'gimu');
  let all = 0;
  let after = 0;
  for (const body of bodies) {
    for (const match of body.matchAll(pattern)) {
      all += 1;
      const before = match[1] ?? '';
      if (/^\p{Lu}/u.test(before) && !/[.!?:;"”’)]$/u.test(before) && !isLegalForm(before)) after += 1;
    }
  }
  return all === 0 ? 0 : after / all;
}

function labelOf(key: string, lexicon: Lexicon, surfaces: Map<string, Map<string, number>>): string {
  const known = lexicon.labels.get(key);
  if (known !== undefined) return known;
  if (key.includes(' ') && !isEntityKey(key)) return key.split(' ').map((part) => labelOf(part, lexicon, surfaces)).join(' ');
  const forms = surfaces.get(key);
  if (forms === undefined) return key;
  return [...forms].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
}
