// Scores a learned topic on labelled items the way ../shared/eval/topics/score-topics.sh does
// (C_norm = P_miss + 4.9 x P_FA) through `newshound eval`'s replay, in process, so the topic tests
// run in seconds.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readFeedbackFile } from '../../src/adapters/feedback-file.ts';
import { readSeedDir } from '../../src/adapters/topic-files.ts';
import { prepareProfile } from '../../src/core/match/match-item.ts';
import { decideWithMemory } from '../../src/core/match/replay-with-memory.ts';
import type { NewsItem, TopicProfile } from '../../src/core/model.ts';
import { analyseFeedback, type FeedbackDocs } from '../../src/core/profile/expand-facets.ts';
import type { Lexicon } from '../../src/core/text/lexicon.ts';
import { SHARED_DIR, STREAM_SET } from '../helpers/shared-data.ts';

/** The project's own development topics (labels only: tests/fixtures/topics/<topic>/labels.jsonl). */
const PROJECT_TOPICS = new URL('../fixtures/topics/', import.meta.url).pathname;

export const TOPICS_DIR = join(SHARED_DIR, 'eval/topics');
export type Labelled = NewsItem & { label: number };

export function readLabelled(file: string): Labelled[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Labelled);
}

/** The development topics: every folder holding seeds/ and items.jsonl. */
export function developmentTopics(): string[] {
  if (!existsSync(TOPICS_DIR)) return [];
  return readdirSync(TOPICS_DIR)
    .filter((t) => existsSync(join(TOPICS_DIR, t, 'seeds')) && existsSync(join(TOPICS_DIR, t, 'items.jsonl')))
    .sort();
}

export const topicSeeds = (topic: string) => readSeedDir(join(TOPICS_DIR, topic, 'seeds'));
export const topicItems = (topic: string) => readLabelled(join(TOPICS_DIR, topic, 'items.jsonl'));

export interface Figures {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
  cnorm: number;
}

export function scoreProfile(profile: TopicProfile, lexicon: Lexicon, items: readonly Labelled[]): Figures {
  const prepared = prepareProfile(profile, lexicon);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  // As `newshound eval` decides a file: in published order, with the topic's memory of its own
  // recent matches (src/core/match/topic-memory.ts).
  const matches = decideWithMemory(items, prepared, new Date(0));
  for (const [i, item] of items.entries()) {
    const decision = matches[i]!.decision;
    if (decision && item.label === 1) tp += 1;
    else if (decision) fp += 1;
    else if (item.label === 1) fn += 1;
    else tn += 1;
  }
  const precision = tp + fp > 0 ? tp / (tp + fp) : 0;
  const recall = tp + fn > 0 ? tp / (tp + fn) : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  const cnorm = (tp + fn > 0 ? fn / (tp + fn) : 0) + 4.9 * (fp + tn > 0 ? fp / (fp + tn) : 0);
  return { tp, fp, fn, precision, recall, f1, cnorm };
}

/**
 * The feedback headlines the development figures use (scripts/topic-figures.ts --feedback): the
 * stream's first half, without any development topic's labelled items, analysed in `lang`.
 */
export function streamFeedback(lexicon: Lexicon, lang: 'id' | 'en'): FeedbackDocs {
  // The project's own topics' labels are stream ids too (tests/fixtures/topics/*/labels.jsonl):
  // left out as topic-figures.ts leaves them out, so the gate's feedback figures are its figures.
  const projectLabels = readdirSync(PROJECT_TOPICS, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(PROJECT_TOPICS, entry.name, 'labels.jsonl')))
    .flatMap((entry) => readFileSync(join(PROJECT_TOPICS, entry.name, 'labels.jsonl'), 'utf8').split('\n').filter((line) => line.trim() !== '').map((line) => (JSON.parse(line) as { id: string }).id));
  const labelled = new Set([...developmentTopics().flatMap((t) => topicItems(t).map((item) => item.id)), ...projectLabels]);
  return analyseFeedback(readFeedbackFile(STREAM_SET, { half: 'first', exclude: labelled }), lexicon, lang);
}
