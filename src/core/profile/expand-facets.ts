// Pseudo-relevance feedback for the facets (query expansion, as in Rocchio / RM3): five seeds
// name only some of the words a running topic's headlines use ("pengungsi", "huntara",
// "pemulihan" after a flood; the seeds were about the flood itself). The headlines of ordinary
// news that the learned profile already matches are mostly on topic; a word that most of the
// headlines holding it are among those matches is the topic's own word, so it joins the facet of
// its kind (a name joins the names, any other word the theme). An item still needs evidence of
// every facet: "pengungsi" opens the theme, never the places. The headlines come from the feeds
// (or a corpus given to `learn --feedback`), never from the items the profile is scored on.
import { itemText } from '../text/dateline.ts';
import type { Lang, NewsItem, ProfileTerm, TopicProfile } from '../model.ts';
import { matchKeys, prepareProfile } from '../match/match-item.ts';
import { analyzeText } from '../text/analyze.ts';
import { isEntityKey, type Lexicon } from '../text/lexicon.ts';
import type { FacetConcept } from './learn-concepts.ts';

/** Headlines of ordinary news in one language, analysed once: each one's keys in order. */
export interface FeedbackDocs {
  lang: Lang;
  docs: ReadonlyArray<readonly string[]>;
}

/**
 * A word joins a facet when, of the feedback headlines holding it, the profile already matches at
 * least this share (the lower bound of its 95% Wilson interval, so a word seen twice is not
 * trusted like one seen two hundred times). Chosen over all development topics together by
 * scripts/expansion-curve.ts, which prints the curve.
 */
export const MIN_FEEDBACK_SHARE = 0.2;
/** z of a two-sided 95% interval. */
const WILSON_Z = 1.96;

/**
 * Analyses already made of one list of headlines, per lexicon and language: the worker re-learns
 * every topic from the same list (up to 30,000 headlines), which is analysed once, not per topic.
 */
const analysedLists = new WeakMap<readonly NewsItem[], WeakMap<Lexicon, Partial<Record<Lang, FeedbackDocs>>>>();

/** The feedback headlines in the profile's language, analysed as items are. */
export function analyseFeedback(items: readonly NewsItem[], lexicon: Lexicon, lang: Lang): FeedbackDocs {
  let byLexicon = analysedLists.get(items);
  if (byLexicon === undefined) analysedLists.set(items, (byLexicon = new WeakMap()));
  let byLang = byLexicon.get(lexicon);
  if (byLang === undefined) byLexicon.set(lexicon, (byLang = {}));
  const known = byLang[lang];
  if (known !== undefined) return known;
  const docs: string[][] = [];
  for (const item of items) {
    const analysed = analyzeText(itemText(item), lexicon, item.lang);
    if (analysed.lang === lang) docs.push(analysed.keys);
  }
  return (byLang[lang] = { lang, docs });
}

/** Lower bound of the Wilson score interval of `hits` in `n`. */
export function wilsonLowerBound(hits: number, n: number, z = WILSON_Z): number {
  if (n === 0) return 0;
  const p = hits / n;
  const z2 = z * z;
  return Math.max(0, (p + z2 / (2 * n) - z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / (1 + z2 / n));
}

export interface Expansion {
  profile: TopicProfile;
  /** Feedback headlines the learned profile matched. */
  matched: number;
  /** What joined which facet, with the share of its headlines already matched. */
  added: Array<{ key: string; facet: string; share: number }>;
}

/**
 * The profile with its names and theme facets widened by the feedback headlines it matches.
 * A key added weighs what the weakest seed key of its facet weighs (unless the seeds weighed it
 * already), so a plain headline showing it and the other facets scores as one showing the seeds'
 * own weakest keys. Sides (countries) are never widened.
 */
export function expandFacets(profile: TopicProfile, feedback: FeedbackDocs, lexicon: Lexicon, minShare = MIN_FEEDBACK_SHARE): Expansion {
  const lang = profile.seeds[0]?.lang;
  const facets = profile.concepts as FacetConcept[];
  const target = { names: facets.findIndex((c) => c.kind === 'names'), theme: facets.findIndex((c) => c.kind === 'theme') };
  if (lang !== feedback.lang || feedback.docs.length === 0 || (target.names < 0 && target.theme < 0)) return { profile, matched: 0, added: [] };

  const prepared = prepareProfile(profile, lexicon);
  const docFreq = new Map<string, number>();
  const matchedFreq = new Map<string, number>();
  let matched = 0;
  for (const keys of feedback.docs) {
    const unique = new Set(keys);
    for (const key of unique) docFreq.set(key, (docFreq.get(key) ?? 0) + 1);
    if (!matchKeys(keys, lang, prepared).decision) continue;
    matched += 1;
    for (const key of unique) matchedFreq.set(key, (matchedFreq.get(key) ?? 0) + 1);
  }

  const inFacet = new Set(facets.flatMap((c) => c.keys));
  const sideCountries = new Set(facets.flatMap((c) => c.countries));
  const weights = new Map(profile.terms.map((t) => [t.key, t.weight]));
  const concepts: FacetConcept[] = facets.map((c) => ({ ...c, keys: [...c.keys], labels: [...c.labels] }));
  const terms: ProfileTerm[] = [...profile.terms];
  const added: Expansion['added'] = [];
  const candidates = [...matchedFreq].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  for (const [key, hits] of candidates) {
    if (inFacet.has(key) || prepared.excluded.has(key)) continue;
    const entity = isEntityKey(key) ? lexicon.entities.get(key) : undefined;
    if (isEntityKey(key) && (entity === undefined || entity.type === 'country' || entity.type === 'org' || sideCountries.has(entity.country ?? ''))) continue;
    const index = isEntityKey(key) ? target.names : target.theme;
    if (index < 0) continue;
    const share = wilsonLowerBound(hits, docFreq.get(key)!);
    if (share < minShare) continue;
    const facet = concepts[index]!;
    const label = lexicon.labels.get(key) ?? entity?.label ?? key;
    if (!weights.has(key)) {
      const weight = Math.min(...facet.keys.map((k) => weights.get(k) ?? Number.POSITIVE_INFINITY));
      if (!Number.isFinite(weight)) continue;
      terms.push({ key, label, kind: isEntityKey(key) ? 'entity' : key.includes(' ') ? 'phrase' : 'word', weight, seeds: 0 });
      weights.set(key, weight);
    }
    facet.keys.push(key);
    facet.labels.push(label);
    facet.expanded = [...(facet.expanded ?? []), key];
    added.push({ key, facet: facet.name, share: Math.round(share * 1000) / 1000 });
  }
  return { profile: { ...profile, concepts, terms }, matched, added };
}
