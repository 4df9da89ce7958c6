import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { ConfigError, LearnError } from '../core/errors.ts';
import { cleanSeedText } from '../core/profile/clean-seed.ts';
import type { NamedSeed } from '../core/profile/learn-profile.ts';
import type { PreparedProfile } from '../core/match/match-item.ts';
import { assembleTopic } from '../core/topic/assemble-topic.ts';
import type { TopicProfile } from '../core/model.ts';
import { loadBackground, loadLexicon } from './lexicon-files.ts';
import { DEFAULT_SEEDS_DIR, DEFAULT_TUNING_FILE } from './project-paths.ts';
import { describeJsonError } from './read-json-file.ts';
import { readTextFile } from './read-text-file.ts';
import { readTuningFile } from './tuning-file.ts';

const SEED_EXTENSIONS = /\.(txt|md|text)$/i;

/** Reads every seed article (.txt/.md) in a directory, in name order, and strips its page noise. */
export function readSeedDir(dir: string): NamedSeed[] {
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => SEED_EXTENSIONS.test(n) && statSync(join(dir, n)).isFile()).sort();
  } catch (error) {
    throw new LearnError(`cannot read seed directory ${dir}: ${(error as Error).message}`, { cause: error });
  }
  if (names.length === 0) throw new LearnError(`no seed articles (.txt or .md files) in ${dir}`);
  return names.map((name) => ({ name: basename(name), seed: cleanSeedText(readFileSync(join(dir, name), 'utf8')) }));
}

export interface LoadTopicOptions {
  seedsDir?: string;
  tuningFile?: string;
  name?: string;
}

/**
 * The default topic (or the seeds and tuning given), learned and tuned by assembleTopic, for
 * benches and tests. Commands and the worker use src/topics/load-topic.ts, which also says which
 * tuning file was used and refuses a named one that does not exist.
 */
export function loadTopic(options: LoadTopicOptions = {}): { profile: TopicProfile; prepared: PreparedProfile } {
  const seeds = readSeedDir(options.seedsDir ?? DEFAULT_SEEDS_DIR);
  const tuning = readTuningFile(options.tuningFile ?? DEFAULT_TUNING_FILE);
  return assembleTopic({ name: options.name ?? 'default', seeds, tuning }, { lexicon: loadLexicon(), background: loadBackground() });
}

/** A profile saved by `newshound learn --out`. */
export function readProfileFile(file: string): TopicProfile {
  let text: string;
  let profile: TopicProfile;
  try {
    text = readTextFile(file);
  } catch (error) {
    throw new ConfigError(`${file}: cannot read profile: ${(error as Error).message}`, { cause: error });
  }
  try {
    profile = JSON.parse(text) as TopicProfile;
  } catch (error) {
    throw new ConfigError(`${file}: cannot read profile: not valid JSON: ${describeJsonError(text, error as Error)}`, { cause: error });
  }
  if (profile.format !== 'newshound-profile/1') throw new ConfigError(`${file}: format: expected "newshound-profile/1"`);
  return profile;
}
