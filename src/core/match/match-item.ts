import { itemText } from '../text/dateline.ts';
import type { Lang, Match, MatchedTerm, NewsItem, TopicProfile } from '../model.ts';
import { anchorKeys, type FacetConcept } from '../profile/learn-concepts.ts';
import { analyzeText } from '../text/analyze.ts';
import { MAX_PHRASE_WORDS } from '../text/evidence.ts';
import { isEntityKey, type Lexicon } from '../text/lexicon.ts';

/**
 * An item may miss one of two or more facets when its score reaches this many times the
 * threshold: one facet plus very strong evidence. Off (Infinity): scripts/strong-evidence-curve.ts
 * prints the curve over the eight development topics (full, leave-one-out and 3-of-5 F1) and no
 * factor from 5 down to 1.5 passes without lowering a topic. Waiving the names lets in the theme's
 * events anywhere (other regions' floods, every corruption case for the Chromebook topic: 0.964 ->
 * 0.896 at 3), waiving the theme lets in the names' other news (Pertamina's supply and company
 * news for fuel prices: 0.802 -> 0.762 at 3; --waive names / theme); with the constant itself
 * moved (the threshold then learned with the waiver too) it is worse still (topic-figures.ts with
 * it at 4: tariffs 0.947 -> 0.864, floods 0.804 -> 0.786).
 */
export const STRONG_EVIDENCE = Number.POSITIVE_INFINITY;

/**
 * An item holding no word of the theme is taken when it names at least this many distinct names
 * of the topic's names facet (and its score reaches the threshold): one facet plus very strong
 * evidence, in names rather than in score. Three riders, three clubs, a club, its coach and the
 * competition: a headline of a recurring competition often says no word of what happened ("Arema
 * FC Vs Persija, Singo Edan Bidik Kebangkitan di Kanjuruhan"). Names are distinct when they share
 * no word ("marc marquez" and "marquez" are one). 0: off. scripts/strong-evidence-curve.ts --names
 * prints the curve (full, leave-one-out and 3-of-5 F1 over the development topics, the threshold
 * learned with the rule) and picks it by the rule stated there.
 */
export const NAMES_INSTEAD_OF_THEME = 3;

/**
 * With one facet its heaviest key held only opens the gate, so one word never both opens it and
 * scores; true: a phrase of the facet ("kebakaran hutan", two seed words together) opens it and
 * scores too, as evidence on its own (a word held beside it still only opens). false: any key only
 * opens. scripts/few-seed-curve.ts --cut lonePhrasesScore --values 0,1 (README, "A lone facet's phrase").
 */
export const LONE_PHRASES_SCORE = true;

/** A profile with its lookups built once, so matching an item is a few map reads per word. */
export interface PreparedProfile {
  profile: TopicProfile;
  lexicon: Lexicon;
  weights: ReadonlyMap<string, number>;
  labels: ReadonlyMap<string, string>;
  excluded: ReadonlyMap<string, string>;
  /** The concepts' own country names: counted by the concept gate, not by the score. */
  anchors: ReadonlySet<string>;
  /** The facets' own keys, to the facets holding them: the strongest one an item holds of each facet opens its gate, the others add to the score. */
  facetKeys: ReadonlyMap<string, readonly number[]>;
  /** Entities of a lone side's country (its leader, capital, agencies): they count for its concept, not the score. */
  sideEntities: ReadonlySet<string>;
  /** First word key -> the rest (one word key, or up to MAX_PHRASE_WORDS - 1 of them) of every phrase the profile cares about. */
  phrases: ReadonlyMap<string, ReadonlySet<string>>;
  /** First word keys of the phrases of three words or more. */
  longPhrases: ReadonlySet<string>;
  /** Every non-entity key matching can use (terms, excluded, concept keys): the rest are skipped at once. */
  relevant: ReadonlySet<string>;
  /** relevant and phrases in one map (a key of either), so that an item's key costs one lookup. */
  roles: ReadonlyMap<string, KeyRole>;
  /** The factor of the threshold at which one facet may be missing (STRONG_EVIDENCE unless a curve script sweeps it). */
  strongEvidence: number;
  /** Which kind of facet strong evidence may stand in for ('any' unless a curve script sweeps it). */
  waive: 'any' | 'names' | 'theme' | 'side';
  /** Distinct names of the names facet that stand in for a missing theme (NAMES_INSTEAD_OF_THEME unless a curve script sweeps it); 0: none. */
  namesInsteadOfTheme: number;
  /** Whether a lone facet's phrase scores as well as opening it (LONE_PHRASES_SCORE unless a curve script sweeps it). */
  lonePhrasesScore: boolean;
}

/** What a key of an item may be to a profile: a key it uses, the first word of its phrases, or both. */
export interface KeyRole {
  relevant: boolean;
  /** Second word keys of the phrases the key starts. */
  phrases: ReadonlySet<string> | undefined;
}

/** How prepareProfile's decisions may be varied; for the curve scripts. */
export interface PrepareOptions {
  strongEvidence?: number;
  waive?: 'any' | 'names' | 'theme' | 'side';
  namesInsteadOfTheme?: number;
  lonePhrasesScore?: boolean;
}

export function prepareProfile(profile: TopicProfile, lexicon: Lexicon, options: PrepareOptions = {}): PreparedProfile {
  const phrases = new Map<string, Set<string>>();
  const phraseKeys = [...profile.terms.map((t) => t.key), ...profile.excluded.map((e) => e.key), ...profile.concepts.flatMap((c) => c.keys)];
  for (const key of phraseKeys) {
    const space = key.indexOf(' ');
    if (space <= 0 || isEntityKey(key)) continue;
    const first = key.slice(0, space);
    const rest = phrases.get(first) ?? new Set<string>();
    rest.add(key.slice(space + 1));
    phrases.set(first, rest);
  }
  const relevant = new Set(phraseKeys);
  const longPhrases = new Set([...phrases].filter(([, rests]) => [...rests].some((rest) => rest.includes(' '))).map(([first]) => first));
  const roles = new Map<string, KeyRole>();
  for (const key of new Set([...relevant, ...phrases.keys()])) roles.set(key, { relevant: relevant.has(key), phrases: phrases.get(key) });
  return {
    profile,
    lexicon,
    weights: new Map(profile.terms.map((t) => [t.key, t.weight])),
    labels: new Map(profile.terms.map((t) => [t.key, t.label])),
    excluded: new Map(profile.excluded.map((e) => [e.key, e.label])),
    anchors: anchorKeys(profile.concepts),
    facetKeys: facetIndex(profile),
    sideEntities: sideEntityKeys(profile, lexicon),
    phrases,
    longPhrases,
    relevant,
    roles,
    strongEvidence: options.strongEvidence ?? STRONG_EVIDENCE,
    waive: options.waive ?? 'any',
    namesInsteadOfTheme: options.namesInsteadOfTheme ?? NAMES_INSTEAD_OF_THEME,
    lonePhrasesScore: options.lonePhrasesScore ?? LONE_PHRASES_SCORE,
  };
}

function facetIndex(profile: TopicProfile): Map<string, number[]> {
  const index = new Map<string, number[]>();
  profile.concepts.forEach((concept, i) => {
    for (const key of concept.keys) index.set(key, [...(index.get(key) ?? []), i]);
  });
  return index;
}

/**
 * A lone side's own people and places (Trump for a United States side) name the side as its
 * country does: they open its gate and add nothing. Between two sides, their leaders meeting is
 * the relation itself, so there they count.
 */
function sideEntityKeys(profile: TopicProfile, lexicon: Lexicon): Set<string> {
  const sides = profile.concepts.filter((c) => c.countries.length > 0);
  if (sides.length !== 1) return new Set();
  const countries = new Set(sides[0]!.countries);
  return new Set(profile.terms.filter((t) => isEntityKey(t.key) && countries.has(lexicon.entities.get(t.key)?.country ?? '')).map((t) => t.key));
}

/**
 * Scores one item against a topic. An item is on-topic when it names every concept of the
 * topic (each side the seeds all share), holds no excluded term, and its theme evidence (the
 * summed weights of the profile terms it holds besides the sides' own country names, in units
 * of a strong topic term) reaches the threshold. Naming both sides is not enough: North Korea
 * and Russia opening a rail line names both and holds no war evidence.
 */
export function matchItem(item: NewsItem, prepared: PreparedProfile): Match {
  const analysed = analyzeText(itemText(item), prepared.lexicon, item.lang);
  return matchKeys(analysed.keys, analysed.lang, prepared);
}

/** matchItem on a text already analysed (its keys in order): for scoring many headlines analysed once. */
export function matchKeys(keys: readonly string[], lang: Lang, prepared: PreparedProfile): Match {
  const { profile, lexicon } = prepared;
  // Phrases of three words or more are rare in a profile (a programme's whole name): their own
  // pass, so the common one stays as small as before they were read.
  const evidence = prepared.longPhrases.size > 0 ? collectLongPhrases(keys, prepared) : collectEvidence(keys, prepared);
  // With two or more facets, each is its own piece of evidence and all count; a lone facet's
  // strongest word only opens its gate, so one word never both opens it and scores (a phrase does
  // both: LONE_PHRASES_SCORE).
  let gateWeights = 0;
  if (profile.concepts.filter((c) => c.keys.length > 0).length + profile.concepts.filter((c) => c.countries.length > 0).length < 2) {
    for (const max of evidence.facetMax.values()) gateWeights += max;
  }
  const score = Math.round((Math.max(0, evidence.themeRaw + evidence.facetSum - gateWeights) / profile.unit) * 1000) / 1000;
  const terms: MatchedTerm[] = evidence.hits
    .map((key) => ({ key, label: prepared.labels.get(key) ?? key, weight: prepared.weights.get(key) ?? 0, scored: !prepared.anchors.has(key) && !prepared.sideEntities.has(key) }))
    .sort((a, b) => b.weight - a.weight);

  const concepts = profile.concepts.map((concept) => ({
    name: concept.name,
    matched: [
      ...concept.countries.filter((c) => evidence.countries.has(c)).map((c) => lexicon.entities.get(`@${c}`)?.label ?? c),
      ...concept.keys.filter((k) => evidence.seen.has(k)).map((k) => prepared.labels.get(k) ?? k),
    ],
  }));
  const missing = concepts.filter((c) => c.matched.length === 0).map((c) => c.name);
  const alone = aloneKey(profile, evidence.seen);
  const abroad = abroadOf(profile, evidence.countries);
  const names = missing.length === 1 && concepts.length >= 2 ? namesForMissingTheme(prepared, missing[0]!, evidence.seen) : [];

  let reason: string;
  let decision = false;
  let turnedDown: Match['turnedDown'];
  if (evidence.excluded.length > 0) {
    reason = `excluded term: ${evidence.excluded.join(', ')}`;
    turnedDown = 'excluded';
  } else if (alone !== undefined) {
    decision = true;
    reason = `names ${prepared.labels.get(alone) ?? alone}, which identifies the topic by itself`;
  } else if (abroad !== undefined) {
    const label = (country: string) => lexicon.entities.get(`@${country}`)?.label ?? country;
    reason = `news from abroad: names ${abroad.map(label).join(', ')}, nothing of ${label(profile.home!)}`;
    turnedDown = 'abroad';
  } else if (missing.length > 0 && !(missing.length === 1 && concepts.length >= 2 && waivable(prepared, missing[0]!) && score >= prepared.strongEvidence * profile.threshold) && names.length === 0) {
    reason = `missing concept: ${missing.join('; ')}`;
    turnedDown = 'missing';
  } else if (score < profile.threshold) {
    turnedDown = 'low-score';
    reason = `score ${score} below threshold ${profile.threshold}${names.length > 0 ? ` (no word of its theme, ${missing[0]}, but names ${names.length} of the topic's names: ${names.join(', ')})` : ''}`;
  } else {
    decision = true;
    if (names.length > 0) reason = `no word of its theme (${missing[0]}) but names ${names.length} of the topic's names (${names.join(', ')}), at least ${prepared.namesInsteadOfTheme}; score ${score} >= ${profile.threshold}`;
    else reason = missing.length > 0 ? `one facet missing (${missing[0]}) but very strong evidence: score ${score} >= ${prepared.strongEvidence} x ${profile.threshold}` : `all concepts present (${concepts.map((c) => c.matched.join('/')).join(' + ')}), score ${score} >= ${profile.threshold}`;
  }
  return { score, decision, lang, terms, concepts, reason, ...(turnedDown === undefined ? {} : { turnedDown }) };
}

/** A key the seeds make enough by itself (learn-concepts.ts), if the item holds one. */
function aloneKey(profile: TopicProfile, seen: ReadonlySet<string>): string | undefined {
  for (const concept of profile.concepts as FacetConcept[]) {
    for (const key of concept.alone ?? []) if (seen.has(key)) return key;
  }
  return undefined;
}

/**
 * The countries an item names when the topic happens at home (profile.home) and the item names
 * other countries but nothing of home: "Malaysia Naikkan Harga BBM" for an Indonesian fuel-price
 * topic. An item naming no country at all is not abroad (most home news names none).
 */
function abroadOf(profile: TopicProfile, countries: ReadonlySet<string>): string[] | undefined {
  if (profile.home === undefined || countries.size === 0 || countries.has(profile.home)) return undefined;
  return [...countries].sort();
}

/**
 * The distinct names an item holds of the names facet when the one facet it misses is the theme
 * (NAMES_INSTEAD_OF_THEME), as labels; none below the count asked. Longer keys first, and a key
 * sharing a word with one already counted is the same name ("marquez" after "marc marquez").
 */
function namesForMissingTheme(prepared: PreparedProfile, missing: string, seen: ReadonlySet<string>): string[] {
  if (prepared.namesInsteadOfTheme <= 0) return [];
  const concepts = prepared.profile.concepts as FacetConcept[];
  if (!concepts.some((c) => c.name === missing && c.kind === 'theme')) return [];
  for (const concept of concepts) {
    if (concept.kind !== 'names' || concept.countries.length > 0) continue;
    const held = concept.keys.filter((key) => seen.has(key)).sort((a, b) => b.split(' ').length - a.split(' ').length || a.localeCompare(b));
    const words = new Set<string>();
    const distinct: string[] = [];
    for (const key of held) {
      const parts = key.split(' ');
      if (parts.some((part) => words.has(part))) continue;
      for (const part of parts) words.add(part);
      distinct.push(prepared.labels.get(key) ?? key);
    }
    if (distinct.length >= prepared.namesInsteadOfTheme) return distinct;
  }
  return [];
}

/**
 * A side (a country) is never waived unless a curve script asks ('side': only a side, measured by
 * strong-evidence-curve.ts --waive side): a Russia-Ukraine item is no North Korea-Russia item however warlike.
 */
function waivable(prepared: PreparedProfile, name: string): boolean {
  if (prepared.waive === 'side') return (prepared.profile.concepts as FacetConcept[]).some((c) => c.name === name && c.countries.length > 0);
  return (prepared.profile.concepts as FacetConcept[]).some((c) => c.name === name && c.countries.length === 0 && (prepared.waive === 'any' || c.kind === prepared.waive));
}

interface Evidence {
  seen: Set<string>;
  hits: string[];
  themeRaw: number;
  /** Summed weight of the facet keys held, and per facet the largest: that one is the gate's, not the score's. */
  facetSum: number;
  facetMax: Map<number, number>;
  countries: Set<string>;
  excluded: string[];
}

/** One pass over the item's keys and the phrases of adjacent word keys; each key counts once. */
function collectEvidence(keys: readonly string[], prepared: PreparedProfile): Evidence {
  const evidence: Evidence = { seen: new Set(), hits: [], themeRaw: 0, facetSum: 0, facetMax: new Map(), countries: new Set(), excluded: [] };
  let previous: string | undefined;
  // The second words of the phrases `previous` starts (prepared.phrases.get(previous)).
  let next: ReadonlySet<string> | undefined;
  for (const key of keys) {
    // Most keys are neither an entity nor of the profile: one lookup skips them.
    const role = prepared.roles.get(key);
    const entity = isEntityKey(key);
    if (entity || role?.relevant === true) take(key, entity, evidence, prepared);
    // A phrase's key is relevant and no entity key (prepareProfile).
    if (next !== undefined && previous !== key && next.has(key)) take(`${previous!} ${key}`, false, evidence, prepared);
    previous = entity ? undefined : key;
    next = entity ? undefined : role?.phrases;
  }
  return evidence;
}

/** collectEvidence's pass for a profile holding phrases of three or four words (MAX_PHRASE_WORDS). */
function collectLongPhrases(keys: readonly string[], prepared: PreparedProfile): Evidence {
  const evidence: Evidence = { seen: new Set(), hits: [], themeRaw: 0, facetSum: 0, facetMax: new Map(), countries: new Set(), excluded: [] };
  let previous: string | undefined;
  // The rest of the phrases `previous` starts (prepared.phrases.get(previous)).
  let next: ReadonlySet<string> | undefined;
  // The phrases open at the keys before `previous`, and the words said since each opened.
  let open: { start: string; said: string; words: number; rest: ReadonlySet<string> }[] = [];
  for (const key of keys) {
    const role = prepared.roles.get(key);
    const entity = isEntityKey(key);
    if (entity || role?.relevant === true) take(key, entity, evidence, prepared);
    if (next !== undefined && previous !== key && next.has(key)) take(`${previous!} ${key}`, false, evidence, prepared);
    if (open.length > 0) {
      const still: typeof open = [];
      for (const phrase of open) {
        const said = `${phrase.said} ${key}`;
        if (phrase.rest.has(said)) take(`${phrase.start} ${said}`, false, evidence, prepared);
        if (!entity && phrase.words + 1 < MAX_PHRASE_WORDS - 1) still.push({ ...phrase, said, words: phrase.words + 1 });
      }
      open = still;
    }
    if (!entity && next !== undefined && prepared.longPhrases.has(previous!)) open.push({ start: previous!, said: key, words: 1, rest: next });
    previous = entity ? undefined : key;
    next = entity ? undefined : role?.phrases;
  }
  return evidence;
}

/** Counts a key the profile may use (an entity key or a relevant one), once per item. */
function take(key: string, entity: boolean, evidence: Evidence, prepared: PreparedProfile): void {
  if (evidence.seen.has(key)) return;
  evidence.seen.add(key);
  const weight = prepared.weights.get(key);
  if (weight !== undefined) {
    evidence.hits.push(key);
    if (prepared.anchors.has(key) || prepared.sideEntities.has(key)) {
      // A side's own name: counted by its concept, not the score.
    } else if (prepared.facetKeys.has(key)) {
      evidence.facetSum += weight;
      // What a lone facet's gate takes back from the score (matchKeys): never a phrase's weight (LONE_PHRASES_SCORE).
      const opens = prepared.lonePhrasesScore && key.includes(' ') ? 0 : weight;
      for (const facet of prepared.facetKeys.get(key)!) evidence.facetMax.set(facet, Math.max(evidence.facetMax.get(facet) ?? 0, opens));
    } else evidence.themeRaw += weight;
  }
  if (entity) {
    const country = prepared.lexicon.entities.get(key)?.country;
    if (country) evidence.countries.add(country);
  }
  const excluded = prepared.excluded.get(key);
  if (excluded !== undefined) evidence.excluded.push(excluded);
}
