import { LearnError } from '../errors.ts';
import type { CleanSeed, ProfileTerm, TermKind, TopicProfile } from '../model.ts';
import { analyzeText, type AnalyzedText } from '../text/analyze.ts';
import { evidenceKeys } from '../text/evidence.ts';
import { isEntityKey, type Lexicon } from '../text/lexicon.ts';
import type { Background } from './background.ts';
import { anchorKeys, learnConcepts, sharedBy } from './learn-concepts.ts';

export interface NamedSeed {
  name: string;
  seed: CleanSeed;
}

export interface LearnOptions {
  name: string;
  /** Most terms kept in the profile. */
  maxTerms?: number;
  threshold?: number;
}

/**
 * Default decision threshold, in units of a strong topic term: an item must name every side of
 * the topic and hold most of one strong topic word's evidence beyond those names. Set on the
 * development set (between the weakest on-topic items and the off-topic ones naming both sides).
 */
export const DEFAULT_THRESHOLD = 0.8;
/** How many of the strongest theme terms define the score unit. */
const UNIT_TERMS = 10;
const DEFAULT_MAX_TERMS = 250;
/** A term must be this many times likelier in the seeds than in ordinary news (ln 8 ≈ 2.1). */
const MIN_LOG_LIFT = Math.log(8);
/** Beyond ~3,000x, being rarer in ordinary news says nothing more; the cap stops unseen names from dominating. */
const MAX_LOG_LIFT = 8;

export function learnProfile(seeds: readonly NamedSeed[], lexicon: Lexicon, background: Background, options: LearnOptions): TopicProfile {
  if (seeds.length === 0) throw new LearnError('no seed articles to learn from');
  const analysed = seeds.map(({ name, seed }) => {
    const text = analyzeText(`${seed.title}\n${seed.body}`, lexicon, undefined, { surfaces: true });
    if (text.keys.length === 0) throw new LearnError(`seed ${name} has no words left after cleaning`);
    return text;
  });

  const terms = weighTerms(analysed, lexicon, background).slice(0, options.maxTerms ?? DEFAULT_MAX_TERMS);
  const need = sharedBy(seeds.length);
  const shared = terms.filter((t) => t.seeds >= need).map((t) => t.key);
  const concepts = learnConcepts(analysed, lexicon, background, shared);

  const anchors = anchorKeys(concepts);
  const themeWeights = terms.filter((t) => !anchors.has(t.key)).map((t) => t.weight).slice(0, UNIT_TERMS);
  const unit = themeWeights.length > 0 ? themeWeights.reduce((a, b) => a + b, 0) / themeWeights.length : 1;

  return {
    format: 'newshound-profile/1',
    name: options.name,
    seeds: seeds.map(({ name, seed }, i) => ({ name, title: seed.title, lang: analysed[i]!.lang })),
    terms,
    concepts,
    excluded: [],
    threshold: options.threshold ?? DEFAULT_THRESHOLD,
    unit: round(unit),
  };
}

/** Weight = share of seeds holding the key x log of how much likelier it is there than in ordinary news. */
function weighTerms(analysed: readonly AnalyzedText[], lexicon: Lexicon, background: Background): ProfileTerm[] {
  const seedCount = analysed.length;
  const minSeeds = seedCount >= 3 ? 2 : 1;
  const df = new Map<string, number>();
  const surfaces = new Map<string, Map<string, number>>();
  for (const text of analysed) {
    for (const key of evidenceKeys(text.keys)) df.set(key, (df.get(key) ?? 0) + 1);
    for (const [key, surface] of text.surfaces) {
      const forms = surfaces.get(key) ?? new Map<string, number>();
      forms.set(surface, (forms.get(surface) ?? 0) + 1);
      surfaces.set(key, forms);
    }
  }
  const terms: ProfileTerm[] = [];
  for (const [key, seedsWith] of df) {
    if (seedsWith < minSeeds) continue;
    const share = seedsWith / seedCount;
    const logLift = Math.log(share / background.probability(key));
    if (logLift < MIN_LOG_LIFT) continue;
    terms.push({
      key,
      label: labelOf(key, lexicon, surfaces),
      kind: kindOf(key),
      weight: round(share * Math.min(logLift, MAX_LOG_LIFT)),
      seeds: seedsWith,
    });
  }
  return terms.sort((a, b) => b.weight - a.weight || a.key.localeCompare(b.key));
}

function kindOf(key: string): TermKind {
  if (isEntityKey(key)) return 'entity';
  return key.includes(' ') ? 'phrase' : 'word';
}

function labelOf(key: string, lexicon: Lexicon, surfaces: Map<string, Map<string, number>>): string {
  const known = lexicon.labels.get(key);
  if (known !== undefined) return known;
  if (key.includes(' ')) return key.split(' ').map((part) => labelOf(part, lexicon, surfaces)).join(' ');
  const forms = surfaces.get(key);
  if (forms === undefined) return key;
  return [...forms].sort((a, b) => b[1] - a[1])[0]![0];
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
