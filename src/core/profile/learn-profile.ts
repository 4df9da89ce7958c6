import { LearnError } from '../errors.ts';
import type { CleanSeed, ProfileConcept, ProfileTerm, TermKind, TopicProfile } from '../model.ts';
import { isEntityKey, type Lexicon } from '../text/lexicon.ts';
import type { Background } from './background.ts';
import { anchorKeys, learnFacets } from './learn-concepts.ts';
import { seedEvidence, type SeedEvidence } from './seed-evidence.ts';
import { expectedPostsPerDay, setThreshold } from './set-threshold.ts';

export interface NamedSeed {
  name: string;
  seed: CleanSeed;
}

export interface LearnOptions {
  name: string;
  /** Most terms kept in the profile. */
  maxTerms?: number;
  /** A fixed decision threshold instead of the one set from the held-out seeds. */
  threshold?: number;
  /** Quantile of held-out sentence scores the threshold is set at (set-threshold.ts). */
  heldOutQuantile?: number;
  /** Floor of the threshold (set-threshold.ts). */
  minThreshold?: number;
}

/** A learned profile with what `learn` reports about it. */
export interface LearnReport {
  profile: TopicProfile;
  /** Seeds that share little with the others. */
  outliers: string[];
  /** Expected off-topic posts per day on ordinary news (set-threshold.ts). */
  expectedPostsPerDay: number;
  lang: 'id' | 'en';
  backgroundSources: readonly string[];
}

/** How many of the strongest theme terms define the score unit. */
const UNIT_TERMS = 10;
const DEFAULT_MAX_TERMS = 250;
/** A term must be this many times likelier in a seed sentence than in an ordinary headline (ln 8 ≈ 2.1). */
const MIN_LOG_LIFT = Math.log(8);
/** Beyond ~3,000x, being rarer in ordinary news says nothing more; the cap stops unseen names from dominating. */
const MAX_LOG_LIFT = 8;

export function learnProfile(seeds: readonly NamedSeed[], lexicon: Lexicon, background: Background, options: LearnOptions): TopicProfile {
  return learnWithReport(seeds, lexicon, background, options).profile;
}

/** learnProfile, with the threshold's held-out seeds, outliers and expected posts per day. */
export function learnWithReport(seeds: readonly NamedSeed[], lexicon: Lexicon, background: Background, options: LearnOptions): LearnReport {
  if (seeds.length === 0) throw new LearnError('no seed articles to learn from');
  const evidence = seedEvidence(
    seeds.map((s) => s.seed),
    lexicon,
  );
  evidence.keySets.forEach((keys, i) => {
    if (keys.size === 0) throw new LearnError(`seed ${seeds[i]!.name} has no words left after cleaning`);
  });

  const terms = weighTerms(evidence, background).slice(0, options.maxTerms ?? DEFAULT_MAX_TERMS);
  const concepts: ProfileConcept[] = learnFacets(evidence, lexicon, background, terms);
  tieAcronyms(evidence, terms, concepts);

  // The unit is what the score counts beyond the gates: not the sides' country names nor the facets' own keys.
  const anchors = anchorKeys(concepts);
  const facetKeys = new Set(concepts.flatMap((c) => c.keys));
  const sides = concepts.filter((c) => c.countries.length > 0);
  const loneSide = new Set(sides.length === 1 ? sides[0]!.countries : []);
  const scored = (key: string) =>
    !anchors.has(key) && !facetKeys.has(key) && !(isEntityKey(key) && loneSide.has(lexicon.entities.get(key)?.country ?? ''));
  const themeWeights = terms.filter((t) => scored(t.key)).map((t) => t.weight).slice(0, UNIT_TERMS);
  const unit = themeWeights.length > 0 ? themeWeights.reduce((a, b) => a + b, 0) / themeWeights.length : 1;

  const profile: TopicProfile = {
    format: 'newshound-profile/1',
    name: options.name,
    seeds: seeds.map(({ name, seed }) => ({ name, title: seed.title, lang: evidence.lang })),
    terms,
    concepts,
    excluded: [],
    threshold: 0,
    unit: round(unit),
  };
  let outliers: string[] = [];
  if (options.threshold !== undefined) {
    profile.threshold = options.threshold;
  } else {
    const report = setThreshold(seeds, lexicon, (others) => learnProfile(others, lexicon, background, { ...options, threshold: 0 }), options.heldOutQuantile, options.minThreshold);
    profile.threshold = report.threshold;
    outliers = report.outliers;
  }
  return {
    profile,
    outliers,
    expectedPostsPerDay: expectedPostsPerDay(profile, lexicon, background, evidence.lang),
    lang: evidence.lang,
    backgroundSources: background.sources,
  };
}

/**
 * Weight = share of seeds holding the key x log of how much likelier a seed sentence holds it
 * than an ordinary news document does (capped).
 */
export function weighTerms(evidence: SeedEvidence, background: Background): ProfileTerm[] {
  const seedCount = evidence.keySets.length;
  const minSeeds = seedCount >= 3 ? 2 : 1;
  const terms: ProfileTerm[] = [];
  for (const stats of evidence.stats.values()) {
    if (stats.seeds < minSeeds) continue;
    const logLift = Math.log(stats.unitShare / background.probability(stats.key, evidence.lang));
    if (logLift < MIN_LOG_LIFT) continue;
    terms.push({
      key: stats.key,
      label: stats.label,
      kind: kindOf(stats.key),
      weight: round((stats.seeds / seedCount) * Math.min(logLift, MAX_LOG_LIFT)),
      seeds: stats.seeds,
    });
  }
  return terms.sort((a, b) => b.weight - a.weight || a.key.localeCompare(b.key));
}

/**
 * An acronym the seeds spell out ("Badan Penanggulangan Bencana Daerah (BPBD)") and its long
 * form are one piece of evidence: each gets the stronger weight of the two, and a facet holding
 * either holds both, so an item writing either form matches.
 */
function tieAcronyms(evidence: SeedEvidence, terms: ProfileTerm[], concepts: ProfileConcept[]): void {
  for (const [acronym, longForm] of evidence.acronyms) {
    const group = [acronym, ...longForm];
    const present = terms.filter((t) => group.includes(t.key));
    if (present.length > 0) {
      const weight = Math.max(...present.map((t) => t.weight));
      const seedsWith = Math.max(...present.map((t) => t.seeds));
      for (const key of group) {
        const term = terms.find((t) => t.key === key);
        if (term !== undefined) term.weight = weight;
        else terms.push({ key, label: evidence.stats.get(key)?.label ?? key, kind: kindOf(key), weight, seeds: seedsWith });
      }
    }
    for (const concept of concepts) {
      if (concept.keys.some((k) => group.includes(k))) {
        for (const key of group) {
          if (concept.keys.includes(key)) continue;
          concept.keys.push(key);
          concept.labels.push(evidence.stats.get(key)?.label ?? key);
        }
      }
    }
  }
  terms.sort((a, b) => b.weight - a.weight || a.key.localeCompare(b.key));
}

function kindOf(key: string): TermKind {
  if (isEntityKey(key)) return 'entity';
  return key.includes(' ') ? 'phrase' : 'word';
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
