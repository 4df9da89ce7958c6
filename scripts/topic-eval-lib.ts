// Shared by the topic curve and diagnostic scripts (alone-curve, expansion-curve, facet-curve, threshold-diagnose, threshold-rules-curve,
// english-prior-curve, facet-misses, association-curve, threshold-curve, topic-figures): the
// development topics, their labelled items and the F1, counts and C_norm a profile reaches on them
// with the bot's own matcher.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildProjectTopics, projectTopicNames, sharedTextsPresent } from './build-topics.ts';
import { matchItem, prepareProfile, type PrepareOptions } from '../src/core/match/match-item.ts';
import type { NewsItem, TopicProfile } from '../src/core/model.ts';
import type { Lexicon } from '../src/core/text/lexicon.ts';
import { DEFAULT_SEEDS_DIR, DEFAULT_TUNING_FILE } from '../src/adapters/project-paths.ts';
import { readSeedDir } from '../src/adapters/topic-files.ts';
import { readTuningFile } from '../src/adapters/tuning-file.ts';
import { applyTuning } from '../src/core/profile/apply-tuning.ts';
import type { NamedSeed } from '../src/core/profile/learn-profile.ts';

export const SHARED_EVAL = new URL('../../shared/eval/', import.meta.url).pathname;
export const TOPICS_DIR = join(SHARED_EVAL, 'topics');

export type Labelled = NewsItem & { label: number };

export const readLabelled = (file: string): Labelled[] =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Labelled);

const sharedTopics = (): string[] =>
  existsSync(TOPICS_DIR)
    ? readdirSync(TOPICS_DIR).filter((t) => existsSync(join(TOPICS_DIR, t, 'seeds')) && existsSync(join(TOPICS_DIR, t, 'items.jsonl')))
    : [];

let builtProjectDir: string | undefined;
/**
 * The project's own topics (tests/fixtures/topics/<topic>/labels.jsonl + seeds.json), joined with
 * the ../shared texts by scripts/build-topics.ts into a temporary directory, once per process, as
 * story-eval-lib.ts builds the Indonesian story days; undefined when ../shared's texts are absent.
 */
function projectTopicsDir(): string | undefined {
  if (builtProjectDir === undefined && projectTopicNames().length > 0 && sharedTextsPresent()) {
    const dir = mkdtempSync(join(tmpdir(), 'newshound-topics-'));
    // Removed when the process ends: every script run would otherwise leave a copy in /tmp.
    process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
    buildProjectTopics(dir);
    builtProjectDir = dir;
  }
  return builtProjectDir;
}

/**
 * The development topics in name order: the ../shared/eval/topics folders that hold seeds/ and
 * items.jsonl, and (unless `{ project: false }`) the project's own, built on demand. A project topic
 * never shadows a shared one of the same name.
 */
export function developmentTopics(options: { project?: boolean } = {}): string[] {
  const shared = sharedTopics();
  const project = options.project === false || projectTopicsDir() === undefined ? [] : projectTopicNames().filter((t) => !shared.includes(t));
  return [...shared, ...project].sort();
}

/** The folder holding a development topic's seeds/ and items.jsonl (shared or built project topic). */
export function topicDir(topic: string): string {
  if (existsSync(join(TOPICS_DIR, topic, 'items.jsonl'))) return join(TOPICS_DIR, topic);
  const built = projectTopicNames().includes(topic) ? projectTopicsDir() : undefined;
  if (built === undefined) throw new Error(`topic-eval-lib: no development topic ${topic} (neither in ${TOPICS_DIR} nor built from tests/fixtures/topics/)`);
  return join(built, topic);
}

/** The profile's decisions on labelled items, counted. */
export function profileCounts(profile: TopicProfile, labelled: readonly Labelled[], lexicon: Lexicon, options: PrepareOptions = {}): { tp: number; fp: number; fn: number; positives: number; negatives: number } {
  const prepared = prepareProfile(profile, lexicon, options);
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
export function profileF1(profile: TopicProfile, labelled: readonly Labelled[], lexicon: Lexicon, options: PrepareOptions = {}): number {
  const { tp, fp, fn } = profileCounts(profile, labelled, lexicon, options);
  return tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
}

/** C_norm as score-topics.sh computes it: P_miss + 4.9 x P_FA. */
export function profileCostNorm(profile: TopicProfile, labelled: readonly Labelled[], lexicon: Lexicon, options: PrepareOptions = {}): number {
  const { fp, fn, positives, negatives } = profileCounts(profile, labelled, lexicon, options);
  return (positives === 0 ? 0 : fn / positives) + 4.9 * (negatives === 0 ? 0 : fp / negatives);
}

/** Every set of `size` of the indices 0..n-1, in lexicographic order (a topic learned from every K of its seeds). */
export function seedSubsets(n: number, size: number): number[][] {
  if (size <= 0 || size > n) return [];
  const sets: number[][] = [];
  const grow = (from: number, chosen: number[]) => {
    if (chosen.length === size) sets.push(chosen);
    else for (let i = from; i < n; i += 1) grow(i + 1, [...chosen, i]);
  };
  grow(0, []);
  return sets;
}

/** A topic as the few-seed scripts learn it: its seeds, labelled items and the tuning it is scored with. */
export interface SeededTopic {
  name: string;
  seeds: NamedSeed[];
  items: Labelled[];
  tune: (p: TopicProfile) => TopicProfile;
}

/** The topics a script's arguments name, else every development topic and the default one, as seededTopics reads them. */
export function namedOrAllTopics(names: readonly string[], lexicon: Lexicon): SeededTopic[] {
  return seededTopics(names.length > 0 ? names : [...developmentTopics(), 'default'], lexicon);
}

/**
 * The named topics ('default': config/seeds with its tuning, scored on dev.jsonl; any other: a
 * development topic, seeds alone) with their seeds and labelled items.
 */
export function seededTopics(names: readonly string[], lexicon: Lexicon): SeededTopic[] {
  const tuning = readTuningFile(DEFAULT_TUNING_FILE);
  return names.map((name) =>
    name === 'default'
      ? { name, seeds: readSeedDir(DEFAULT_SEEDS_DIR), items: readLabelled(join(SHARED_EVAL, 'dev.jsonl')), tune: (p: TopicProfile) => applyTuning(p, tuning, lexicon) }
      : { name, seeds: readSeedDir(join(topicDir(name), 'seeds')), items: readLabelled(join(topicDir(name), 'items.jsonl')), tune: (p: TopicProfile) => p },
  );
}
