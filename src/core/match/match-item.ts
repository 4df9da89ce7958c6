import type { Match, MatchedTerm, NewsItem, TopicProfile } from '../model.ts';
import { anchorKeys, countriesOf } from '../profile/learn-concepts.ts';
import { analyzeText } from '../text/analyze.ts';
import { evidenceKeys } from '../text/evidence.ts';
import type { Lexicon } from '../text/lexicon.ts';
import { scoreEvidence } from './score-evidence.ts';

/** A profile with its lookups built once, so matching an item is a few map reads per word. */
export interface PreparedProfile {
  profile: TopicProfile;
  lexicon: Lexicon;
  weights: ReadonlyMap<string, number>;
  /** Weights of the theme terms: every term but the concepts' own country names. */
  themeWeights: ReadonlyMap<string, number>;
  labels: ReadonlyMap<string, string>;
  excluded: ReadonlyMap<string, string>;
}

export function prepareProfile(profile: TopicProfile, lexicon: Lexicon): PreparedProfile {
  return {
    profile,
    lexicon,
    weights: new Map(profile.terms.map((t) => [t.key, t.weight])),
    themeWeights: new Map(profile.terms.filter((t) => !anchorKeys(profile.concepts).has(t.key)).map((t) => [t.key, t.weight])),
    labels: new Map(profile.terms.map((t) => [t.key, t.label])),
    excluded: new Map(profile.excluded.map((e) => [e.key, e.label])),
  };
}

/**
 * Scores one item against a topic. An item is on-topic when it names every concept of the
 * topic (each side the seeds all share), holds no excluded term, and its theme evidence (the
 * summed weights of the profile terms it holds besides the sides' own country names, in units
 * of a strong topic term) reaches the threshold. Naming both sides is not enough: North Korea
 * and Russia opening a rail line names both and holds no war evidence.
 */
export function matchItem(item: NewsItem, prepared: PreparedProfile): Match {
  const { profile, lexicon } = prepared;
  const analysed = analyzeText(`${item.title}\n${item.summary}`, lexicon, item.lang);
  const evidence = evidenceKeys(analysed.keys);
  const { hits } = scoreEvidence(evidence, prepared.weights);
  const theme = scoreEvidence(evidence, prepared.themeWeights);
  const score = Math.round((theme.raw / profile.unit) * 1000) / 1000;
  const terms: MatchedTerm[] = hits
    .map((key) => ({ key, label: prepared.labels.get(key) ?? key, weight: prepared.weights.get(key) ?? 0 }))
    .sort((a, b) => b.weight - a.weight);

  const countries = countriesOf(evidence, lexicon);
  const concepts = profile.concepts.map((concept) => ({
    name: concept.name,
    matched: [
      ...concept.countries.filter((c) => countries.has(c)).map((c) => lexicon.entities.get(`@${c}`)?.label ?? c),
      ...concept.keys.filter((k) => evidence.has(k)).map((k) => prepared.labels.get(k) ?? k),
    ],
  }));
  const missing = concepts.filter((c) => c.matched.length === 0).map((c) => c.name);
  const excludedHits = [...evidence].filter((k) => prepared.excluded.has(k)).map((k) => prepared.excluded.get(k)!);

  let reason: string;
  let decision = false;
  if (excludedHits.length > 0) {
    reason = `excluded term: ${excludedHits.join(', ')}`;
  } else if (missing.length > 0) {
    reason = `missing concept: ${missing.join('; ')}`;
  } else if (score < profile.threshold) {
    reason = `score ${score} below threshold ${profile.threshold}`;
  } else {
    decision = true;
    reason = `all concepts present (${concepts.map((c) => c.matched.join('/')).join(' + ')}), score ${score} >= ${profile.threshold}`;
  }
  return { score, decision, lang: analysed.lang, terms, concepts, reason };
}
