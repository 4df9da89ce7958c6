import { existsSync } from 'node:fs';
import { basename, dirname, relative, resolve } from 'node:path';
import { UsageError } from '../core/errors.ts';
import { assembleTopic, type AssembledTopic, type TopicText } from '../core/topic/assemble-topic.ts';
import { loadBackground, loadLexicon } from '../adapters/lexicon-files.ts';
import { DEFAULT_SEEDS_DIR, DEFAULT_TUNING_FILE, PROJECT_ROOT } from '../adapters/project-paths.ts';
import { readFeedbackFile } from '../adapters/feedback-file.ts';
import { readProfileFile, readSeedDir } from '../adapters/topic-files.ts';
import { readNamedTuningFile } from '../adapters/tuning-file.ts';

// A topic from files, for the commands (`learn`, `eval`, `explain`) and the worker's configured
// topics: which seeds or saved profile, which tuning file, read and handed to assembleTopic.

/** Where a topic comes from, as a command's options or a config entry name it. */
export interface TopicFiles {
  name?: string;
  /** A directory of seed articles. */
  seeds?: string;
  /** A profile saved by `newshound learn --out`. */
  profile?: string;
  /** A tuning file; it must exist. */
  tuning?: string;
  /** Ordinary news headlines (JSONL or a headline a line) to widen the learned facets from. */
  feedback?: string;
}

export interface LoadedTopic extends AssembledTopic {
  /** What it was learned from, for a header: "5 seeds in DIR" or "profile FILE". */
  source: string;
  /** The tuning file laid over it, or undefined for none. */
  tuningFile?: string;
}

/**
 * The topic the options name. No `--seeds` and no `--profile`: the default topic, with its own
 * tuning file (config/topics/default.tuning.json) unless `--tuning` names another. With
 * `--seeds DIR` or `--profile FILE`, only the tuning named by `--tuning`: a topic never borrows
 * the default topic's tuning.
 */
export function loadTopicFiles(files: TopicFiles, shipped: TopicText = shippedText()): LoadedTopic {
  const text: TopicText = files.feedback === undefined ? shipped : { ...shipped, feedback: readFeedbackFile(files.feedback) };
  // Both named is a bad command line (exit 2), not a bad file.
  if (files.seeds !== undefined && files.profile !== undefined) throw new UsageError('give one of --seeds DIR or --profile FILE, not both');
  // A topic is posted, subscribed to and keyed by its name: an empty one would be learned and saved.
  if (files.name !== undefined && files.name.trim() === '') throw new UsageError('--name must not be empty');
  const isDefault = files.seeds === undefined && files.profile === undefined;
  const tuningFile = files.tuning ?? (isDefault && existsSync(DEFAULT_TUNING_FILE) ? DEFAULT_TUNING_FILE : undefined);
  const tuning = tuningFile === undefined ? {} : readNamedTuningFile(tuningFile);
  if (files.profile !== undefined) {
    const profile = readProfileFile(files.profile);
    const name = files.name ?? profile.name;
    return { ...assembleTopic({ name, profile, tuning }, text), source: `profile ${shown(files.profile)}`, ...(tuningFile ? { tuningFile } : {}) };
  }
  const dir = files.seeds ?? DEFAULT_SEEDS_DIR;
  const seeds = readSeedDir(dir);
  const name = files.name ?? (isDefault ? 'default' : topicNameOfDir(dir));
  return { ...assembleTopic({ name, seeds, tuning }, text), source: `${seeds.length} seeds in ${shown(dir)}`, ...(tuningFile ? { tuningFile } : {}) };
}

/** One line saying which topic and which tuning: every command that matches prints it. */
export function topicHeader(topic: Pick<LoadedTopic, 'name' | 'source' | 'tuningFile'>): string {
  return `${topic.name} (${topic.source}; ${topic.tuningFile === undefined ? 'no tuning' : `tuning ${shown(topic.tuningFile)}`})`;
}

/** A seed directory's topic name: its own name, or its parent's when it is called "seeds" (topics/<name>/seeds). */
export function topicNameOfDir(dir: string): string {
  const full = resolve(dir);
  if (full === resolve(DEFAULT_SEEDS_DIR)) return 'default';
  const own = basename(full);
  return own === 'seeds' ? basename(dirname(full)) : own;
}

function shown(file: string): string {
  const inProject = relative(PROJECT_ROOT, resolve(file));
  return inProject.startsWith('..') ? file : inProject;
}

function shippedText(): TopicText {
  return { lexicon: loadLexicon(), background: loadBackground() };
}
