// How many headlines of ordinary news a profile would flag a day (issue 9: "aiming at a stated
// expected posts-per-day"), from the background table alone: no headline is read.
//
// The item is flagged when it shows every facet and its score (the profile's terms it holds, facet
// keys included, in units) reaches the threshold, when it names a name enough alone, or when it
// holds no theme word but enough distinct names of the names facet and reaches the threshold
// (match-item.ts; namesPathShare below). Taking the keys as independent at their background rates undercounts badly
// where the profile's words come together: a headline that holds one phone word holds a second far
// more often than a random one does, and a one-facet theme widened to 150 words flags mostly
// through such pairs. So the estimate conditions on one key the flagged item must hold, the pivot:
// the heaviest key it holds of one facet (PIVOT_FACET). Given the pivot, every other key is taken
// at its rate among ordinary headlines holding the pivot, read from the word associations' pair
// counts (word-associations.ts), and at its background rate where the table has no pair for it
// (pairs are kept only when one word's headlines hold the other often enough). The other keys are
// still taken as independent of each other given the pivot: a star around it, not every pair.
import { LONE_PHRASES_SCORE, NAMES_INSTEAD_OF_THEME } from '../match/match-item.ts';
import type { TopicProfile } from '../model.ts';
import { isEntityKey, type Lexicon } from '../text/lexicon.ts';
import type { Background } from './background.ts';
import type { FacetConcept } from './learn-concepts.ts';
import type { WordAssociations } from './word-associations.ts';

/** Headlines a day in the feeds newshound was developed on (two Indonesian outlets: 150,435 in 320 days). */
export const DOCUMENTS_PER_DAY = 470;

/** The score is counted in steps of this many units. */
const SCORE_STEP = 0.025;

export interface ExpectedPostsOptions {
  /**
   * Whether pairs of keys are read from the background's word associations (the default) or every
   * key is taken as independent at its background rate (the estimate before pairs; for the curve
   * scripts).
   */
  pairs?: boolean;
  /** A threshold other than the profile's (the score cut the estimate is read at). */
  threshold?: number;
  /** Which facet's keys are the pivots (PIVOT_FACET unless a script compares). */
  pivot?: PivotFacet;
  /** How a pair's count gives a key's rate given the pivot (PAIR_RATE unless a script compares). */
  pairRate?: PairRate;
  /** Distinct names standing in for a missing theme, as the matcher's (NAMES_INSTEAD_OF_THEME unless a script sweeps it); 0: that path is not counted. */
  namesInsteadOfTheme?: number;
}

/**
 * 'share': the share of the pivot's headlines holding the key (count / df of the pivot); 'lift': the
 * key's typical rate (background.ts) times how much the pivot raises it (count x docs / (df x df)),
 * which keeps a month when both burst from counting for every month. scripts/posts-estimate.ts
 * --pair-rate, worst factor either way between estimate and measured: with the first half's table
 * 3.32 share, 3.67 lift (share overshoots the flood topic, 8.91 against 4.74, whose November is in
 * that half; lift 3.68); with the shipped table 2.16 and 2.21.
 */
export type PairRate = 'lift' | 'share';
export const PAIR_RATE: PairRate = 'share';

/**
 * The facet whose keys the estimate conditions on: the one most often open if its keys were
 * independent ('broadest'), or least often ('narrowest'). scripts/posts-estimate.ts --pivot, measured
 * against what each development topic flags on the stream's second half (worst factor either way
 * between estimate and measured, 7 Indonesian topics): with the first half's table 3.32 broadest,
 * 4.00 narrowest (pair rates as shares; as lifts 3.67 and 4.00); with the shipped table 2.16 and
 * 2.41 (lifts 2.21 and 2.45).
 */
export type PivotFacet = 'broadest' | 'narrowest';
export const PIVOT_FACET: PivotFacet = 'broadest';

/** One key the estimate follows: its background rate, what it adds to the score and which facets it opens. */
interface KeyModel {
  key: string;
  p: number;
  /** Score added, in SCORE_STEPs. */
  steps: number;
  /** Facets it opens, as bits. */
  facets: number;
}

/** The profile's keys as the matcher reads them (match-item.ts): facet bits, score steps, alone keys. */
function keyModels(profile: TopicProfile, lexicon: Lexicon, p: (key: string) => number): { keys: KeyModel[]; facetCount: number; oneFacet: boolean; alone: string[] } {
  const concepts = profile.concepts as FacetConcept[];
  const sideOf = new Map<string, number>();
  concepts.forEach((c, i) => c.countries.forEach((country) => sideOf.set(country, i)));
  const sides = concepts.filter((c) => c.countries.length > 0);
  const anchors = new Set(concepts.flatMap((c) => c.countries.map((country) => `@${country}`)));
  const lone = sides.length === 1 ? new Set(sides[0]!.countries) : new Set<string>();
  const facets = new Map<string, number>();
  const open = (key: string, bit: number) => facets.set(key, (facets.get(key) ?? 0) | (1 << bit));
  concepts.forEach((c, i) => {
    for (const key of c.keys) open(key, i);
    for (const country of c.countries) open(`@${country}`, i);
  });
  const steps = new Map<string, number>();
  for (const term of profile.terms) {
    const country = isEntityKey(term.key) ? (lexicon.entities.get(term.key)?.country ?? undefined) : undefined;
    // A person or place of a side's country names that side.
    if (country !== undefined && sideOf.has(country)) open(term.key, sideOf.get(country)!);
    if (anchors.has(term.key) || (country !== undefined && lone.has(country))) continue;
    steps.set(term.key, Math.round(term.weight / profile.unit / SCORE_STEP));
  }
  const keys = [...new Set([...facets.keys(), ...steps.keys()])]
    .map((key) => ({ key, p: p(key), steps: steps.get(key) ?? 0, facets: facets.get(key) ?? 0 }))
    .filter((k) => k.steps > 0 || k.facets !== 0);
  const keyed = concepts.filter((c) => c.keys.length > 0).length;
  return { keys, facetCount: concepts.length, oneFacet: keyed + sides.length < 2, alone: concepts.flatMap((c) => c.alone ?? []) };
}

/** Pair counts among the given keys, as the word associations hold them (either word's list). */
function pairCounts(table: WordAssociations, keys: readonly string[]): Map<string, Map<string, number>> {
  const wanted = new Set(keys);
  const pairs = new Map<string, Map<string, number>>();
  const put = (a: string, b: string, n: number) => {
    const row = pairs.get(a) ?? new Map<string, number>();
    row.set(b, n);
    pairs.set(a, row);
  };
  for (const w of keys) {
    for (const [v, n] of table.associates.get(w) ?? []) {
      if (!wanted.has(v) || v === w) continue;
      put(w, v, n);
      put(v, w, n);
    }
  }
  return pairs;
}

type Given = (k: KeyModel, h: KeyModel) => number;

/** The rate of each key among the headlines holding a pivot key, from the pairs the associations keep. */
function conditionalRates(keys: readonly KeyModel[], p: (key: string) => number, table: WordAssociations | undefined, rate: PairRate): Given {
  const pairs = table === undefined ? new Map<string, Map<string, number>>() : pairCounts(table, keys.map((k) => k.key));
  const pairRate = (k: string, h: string): number | undefined => {
    const both = pairs.get(h)?.get(k);
    const dfH = table?.df.get(h);
    const dfK = table?.df.get(k);
    if (both === undefined || dfH === undefined || dfH === 0 || dfK === undefined || dfK === 0) return undefined;
    return Math.min(1, rate === 'share' ? both / dfH : (p(k) * both * table!.docs) / (dfH * dfK));
  };
  const partsOf = (key: string): string[] => (isEntityKey(key) || !key.includes(' ') ? [] : key.split(' '));
  const wordGiven = (k: string, h: string): number => {
    if (k === h) return 1;
    // A pivot phrase is read through its rarer word.
    const hParts = partsOf(h);
    if (hParts.includes(k)) return 1;
    const pivot = hParts.length === 0 ? h : hParts.reduce((x, y) => (p(x) <= p(y) ? x : y));
    return pairRate(k, pivot) ?? p(k);
  };
  return (k, h) => {
    const parts = partsOf(k.key);
    if (parts.length === 0) return wordGiven(k.key, h.key);
    // A phrase holds each of its words: given one of them it is as common as it is among all
    // headlines holding that word; given another key, as common among those holding its word
    // most said beside the pivot.
    if (parts.includes(h.key)) return Math.min(1, k.p / p(h.key));
    return Math.min(1, Math.max(...parts.map((part) => (k.p / p(part)) * wordGiven(part, h.key))));
  };
}

/** The facet whose keys are the pivots: the one most (or least) often open if its keys were independent. */
function pivotFacetOf(keys: readonly KeyModel[], facetCount: number, pivot: PivotFacet): number {
  let pivotFacet = 0;
  let best = Number.NaN;
  for (let f = 0; f < facetCount; f += 1) {
    const openP = 1 - keys.filter((k) => (k.facets >> f) & 1).reduce((miss, k) => miss * (1 - k.p), 1);
    if (Number.isNaN(best) || (pivot === 'broadest' ? openP > best : openP < best)) {
      best = openP;
      pivotFacet = f;
    }
  }
  return pivotFacet;
}

/** A key as the distribution below reads it: its rate given the pivot, its score steps, its facets, and 1 when it is a distinct name. */
interface HeldKey {
  q: number;
  steps: number;
  facets: number;
  name: number;
}

/**
 * Starting from the pivot (its facets, steps and names), the chance that the other keys, each
 * held at its rate given the pivot, open every facet of `full`, bring the score to the cap (in
 * SCORE_STEPs) and the distinct names to `needed` (0: names not counted).
 */
function passDistribution(start: Omit<HeldKey, 'q'>, rest: readonly HeldKey[], full: number, cap: number, needed: number): number {
  const buckets = cap + 1;
  const masks = full + 1;
  const at = (count: number, mask: number, score: number) => (count * masks + mask) * buckets + score;
  let dist = new Float64Array((needed + 1) * masks * buckets);
  dist[at(Math.min(needed, start.name), start.facets & full, Math.min(cap, start.steps))] = 1;
  for (const k of rest) {
    if (!(k.q > 0)) continue;
    const next = new Float64Array(dist.length);
    for (let count = 0; count <= needed; count += 1) {
      for (let mask = 0; mask <= full; mask += 1) {
        for (let s = 0; s < buckets; s += 1) {
          const mass = dist[at(count, mask, s)]!;
          if (mass === 0) continue;
          const stay = at(count, mask, s);
          const move = at(Math.min(needed, count + k.name), (mask | k.facets) & full, Math.min(cap, s + k.steps));
          next[stay] = next[stay]! + mass * (1 - k.q);
          next[move] = next[move]! + mass * k.q;
        }
      }
    }
    dist = next;
  }
  return dist[at(needed, full, cap)]!;
}

/**
 * Given the pivot, the chance that the other keys (each at its rate given the pivot, never a name
 * enough alone) open every facet and bring the score to the cap (in SCORE_STEPs).
 */
function passGiven(h: KeyModel, rest: readonly KeyModel[], given: Given, aloneSet: ReadonlySet<string>, facetCount: number, cap: number, oneFacet: boolean): number {
  // With one facet its heaviest key held only opens it (match-item.ts): h scores nothing, unless it
  // is a phrase (LONE_PHRASES_SCORE).
  const start = { facets: h.facets, steps: oneFacet && !(LONE_PHRASES_SCORE && h.key.includes(' ')) ? 0 : h.steps, name: 0 };
  const others = rest.map((k) => ({ q: aloneSet.has(k.key) ? 0 : given(k, h), steps: k.steps, facets: k.facets, name: 0 }));
  return passDistribution(start, others, (1 << facetCount) - 1, cap, 0);
}

/**
 * Share of ordinary news headlines the profile flags (0..1): P(every facet and score >= threshold,
 * or a name enough alone), with the keys conditioned on a pivot as the file's comment says.
 */
export function expectedFlaggedShare(profile: TopicProfile, lexicon: Lexicon, background: Background, lang: 'id' | 'en', options: ExpectedPostsOptions = {}): number {
  const p = (key: string) => background.probability(key, lang);
  const { keys, facetCount, oneFacet, alone } = keyModels(profile, lexicon, p);
  const cap = Math.max(0, Math.ceil((options.threshold ?? profile.threshold) / SCORE_STEP - 1e-9));
  const given = conditionalRates(keys, p, options.pairs === false ? undefined : background.associations(lang), options.pairRate ?? PAIR_RATE);
  // A name that is enough alone passes whatever else the item holds: the share holding one (the
  // first of them it holds, the others given that one), plus the share the facets and the score
  // pass among headlines holding none.
  const aloneSet = new Set(alone);
  const aloneKeys = alone.map((key) => keys.find((k) => k.key === key) ?? { key, p: p(key), steps: 0, facets: 0 });
  let flagged = 0;
  aloneKeys.forEach((a, i) => {
    flagged += a.p * aloneKeys.slice(0, i).reduce((none, b) => none * (1 - given(b, a)), 1);
  });
  // No facets: the score alone decides (match-item.ts), and no key is one every flagged item
  // holds, so there is no pivot to condition on: the keys are taken as independent.
  if (facetCount === 0) return Math.min(1, flagged + passGiven({ key: '', p: 1, steps: 0, facets: 0 }, keys, (k) => k.p, aloneSet, 0, cap, oneFacet));
  // A flagged item holds a key of the pivot facet; the heaviest it holds is the pivot, so heavier ones are absent.
  const pivotFacet = pivotFacetOf(keys, facetCount, options.pivot ?? PIVOT_FACET);
  const pivots = keys.filter((k) => (k.facets >> pivotFacet) & 1).sort((a, b) => b.steps - a.steps || (a.key < b.key ? -1 : 1));
  const pivotSet = new Set(pivots.map((k) => k.key));
  const others = keys.filter((k) => !pivotSet.has(k.key));
  pivots.forEach((h, i) => {
    if (aloneSet.has(h.key)) return;
    // Heavier keys of the pivot facet are absent, and so is every name enough alone.
    let absent = 1;
    for (let j = 0; j < i; j += 1) absent *= 1 - given(pivots[j]!, h);
    for (const a of aloneKeys) if (!pivots.slice(0, i).some((k) => k.key === a.key)) absent *= 1 - given(a, h);
    if (absent > 0) flagged += h.p * absent * passGiven(h, [...pivots.slice(i + 1), ...others], given, aloneSet, facetCount, cap, oneFacet);
  });
  return Math.min(1, flagged + namesPathShare(profile, keys, given, aloneSet, facetCount, cap, options.namesInsteadOfTheme ?? NAMES_INSTEAD_OF_THEME));
}

/**
 * The share flagged by the matcher's other path (match-item.ts, namesForMissingTheme): no key of
 * the theme, but at least `needed` distinct names of the names facet, every other facet open and
 * the score reached. Disjoint from the facets' path, which needs the theme open. Names sharing a
 * word are one name to the matcher ("marc marquez", "marquez"), so they are one here, held at the
 * likeliest of their rates and scoring the most of their steps. Conditioned as the rest: on the
 * heaviest name held (the pivot), the heavier ones absent, the theme's keys absent.
 */
function namesPathShare(profile: TopicProfile, keys: readonly KeyModel[], given: Given, aloneSet: ReadonlySet<string>, facetCount: number, cap: number, needed: number): number {
  const concepts = profile.concepts as FacetConcept[];
  const theme = concepts.findIndex((c) => c.kind === 'theme');
  const names = concepts.findIndex((c) => c.kind === 'names' && c.countries.length === 0);
  if (needed <= 0 || theme < 0 || names < 0 || concepts.length < 2) return 0;
  const themeBit = 1 << theme;
  const nameKeys = keys.filter((k) => (k.facets >> names) & 1 && (k.facets & themeBit) === 0 && !aloneSet.has(k.key));
  const groups = nameGroups(nameKeys);
  if (groups.length < needed) return 0;
  const inGroups = new Set(nameKeys.map((k) => k.key));
  const themeKeys = keys.filter((k) => (k.facets & themeBit) !== 0);
  const others = keys.filter((k) => !inGroups.has(k.key) && (k.facets & themeBit) === 0 && !aloneSet.has(k.key));
  const alone = keys.filter((k) => aloneSet.has(k.key));
  const full = ((1 << facetCount) - 1) & ~themeBit;
  let share = 0;
  groups.sort((a, b) => b.steps - a.steps);
  groups.forEach((h, i) => {
    const pivot = h.members[0]!;
    const rate = (group: NameGroup) => Math.max(...group.members.map((m) => given(m, pivot)));
    let absent = 1;
    for (let j = 0; j < i; j += 1) absent *= 1 - rate(groups[j]!);
    for (const k of themeKeys) absent *= 1 - given(k, pivot);
    // A name enough alone flags the item by the other path (counted there).
    for (const k of alone) absent *= 1 - given(k, pivot);
    if (!(absent > 0)) return;
    const lighter = groups.slice(i + 1).map((g) => ({ q: rate(g), steps: g.steps, facets: g.facets, name: 1 }));
    const rest = others.map((k) => ({ q: given(k, pivot), steps: k.steps, facets: k.facets & ~themeBit, name: 0 }));
    share += h.p * absent * passDistribution({ facets: h.facets, steps: h.steps, name: 1 }, [...lighter, ...rest], full, cap, needed);
  });
  return share;
}

/** Names of the names facet that share a word, taken together (the matcher counts them once). */
interface NameGroup {
  members: KeyModel[];
  p: number;
  steps: number;
  facets: number;
}

function nameGroups(keys: readonly KeyModel[]): NameGroup[] {
  const groups: Array<{ members: KeyModel[]; words: Set<string> }> = [];
  for (const key of keys) {
    const words = new Set(key.key.split(' '));
    const joined = groups.filter((g) => [...words].some((w) => g.words.has(w)));
    const into = { members: [key, ...joined.flatMap((g) => g.members)], words: new Set([...words, ...joined.flatMap((g) => [...g.words])]) };
    for (const g of joined) groups.splice(groups.indexOf(g), 1);
    groups.push(into);
  }
  return groups.map(({ members }) => {
    const likeliest = [...members].sort((a, b) => b.p - a.p || (a.key < b.key ? -1 : 1));
    return { members: likeliest, p: likeliest[0]!.p, steps: Math.max(...members.map((m) => m.steps)), facets: members.reduce((bits, m) => bits | m.facets, 0) };
  });
}

/** Expected headlines a day a profile flags in ordinary news (its own topic's among them): the share times DOCUMENTS_PER_DAY. */
export function expectedPostsPerDay(profile: TopicProfile, lexicon: Lexicon, background: Background, lang: 'id' | 'en', options: ExpectedPostsOptions = {}): number {
  return DOCUMENTS_PER_DAY * expectedFlaggedShare(profile, lexicon, background, lang, options);
}
