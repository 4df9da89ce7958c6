// Shared by the topic curve and diagnostic scripts (alone-curve, expansion-curve, facet-curve,
// english-prior-curve, facet-misses): the development topics, their labelled items and the F1,
// counts and C_norm a profile reaches on them with the bot's own matcher.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { matchItem, prepareProfile } from '../src/core/match/match-item.ts';
import type { NewsItem, TopicProfile } from '../src/core/model.ts';
import type { Lexicon } from '../src/core/text/lexicon.ts';

export const SHARED_EVAL = new URL('../../shared/eval/', import.meta.url).pathname;
export const TOPICS_DIR = join(SHARED_EVAL, 'topics');

export type Labelled = NewsItem & { label: number };

export const readLabelled = (file: string): Labelled[] =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Labelled);

/** The topic folders that hold seeds/ and items.jsonl, in name order. */
export const developmentTopics = (): string[] =>
  readdirSync(TOPICS_DIR)
    .filter((t) => existsSync(join(TOPICS_DIR, t, 'seeds')) && existsSync(join(TOPICS_DIR, t, 'items.jsonl')))
    .sort();

/** The profile's decisions on labelled items, counted. */
export function profileCounts(profile: TopicProfile, labelled: readonly Labelled[], lexicon: Lexicon): { tp: number; fp: number; fn: number; positives: number; negatives: number } {
  const prepared = prepareProfile(profile, lexicon);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const item of labelled) {
    const d = matchItem(item, prepared).decision;
    if (d && item.label === 1) tp++;
    else if (d) fp++;
    else if (item.label === 1) fn++;
  }
  const positives = labelled.filter((item) => item.label === 1).length;
  return { tp, fp, fn, positives, negatives: labelled.length - positives };
}

/** F1 of the profile's decisions on labelled items. */
export function profileF1(profile: TopicProfile, labelled: readonly Labelled[], lexicon: Lexicon): number {
  const { tp, fp, fn } = profileCounts(profile, labelled, lexicon);
  return tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
}

/** C_norm as score-topics.sh computes it: P_miss + 4.9 x P_FA. */
export function profileCostNorm(profile: TopicProfile, labelled: readonly Labelled[], lexicon: Lexicon): number {
  const { fp, fn, positives, negatives } = profileCounts(profile, labelled, lexicon);
  return (positives === 0 ? 0 : fn / positives) + 4.9 * (negatives === 0 ? 0 : fp / negatives);
}
