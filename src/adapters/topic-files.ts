import { readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { z } from 'zod';
import { TopicFileError } from '../core/errors.ts';
import { cleanSeedText } from '../core/profile/clean-seed.ts';
import type { NamedSeed } from '../core/profile/learn-profile.ts';
import type { PreparedProfile } from '../core/match/match-item.ts';
import { assembleTopic } from '../core/topic/assemble-topic.ts';
import type { TopicProfile } from '../core/model.ts';
import { loadBackground, loadLexicon } from './lexicon-files.ts';
import { DEFAULT_SEEDS_DIR, DEFAULT_TUNING_FILE } from './project-paths.ts';
import { readJsonFile } from './read-json-file.ts';
import { readTextFile } from './read-text-file.ts';
import { readTuningFile } from './tuning-file.ts';

const SEED_EXTENSIONS = /\.(txt|md|text)$/i;

/** Reads every seed article (.txt/.md) in a directory, in name order, and strips its page noise. */
export function readSeedDir(dir: string): NamedSeed[] {
  // A directory that cannot be read is Node's own error, worded as every file fault is
  // (`cannot read the directory X: no such file or directory (ENOENT)`).
  const names = readdirSync(dir).filter((n) => SEED_EXTENSIONS.test(n) && statSync(join(dir, n)).isFile()).sort();
  // Named as the directory it is, not `learn:`, which under `eval` or `explain` named another command.
  if (names.length === 0) throw new TopicFileError('seed directory', dir, 'no seed articles (.txt or .md files) in it');
  return names.map((name) => ({ name: basename(name), seed: cleanSeedText(readTextFile(join(dir, name))) }));
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

// The fields matching reads: a file of another shape (`null`, a profile cut short, a tuning file
// given for a profile) is refused naming the field, where matching it crashed with a TypeError.
// Extra fields are kept (looseObject): a profile written by a later version still reads.
const profileSchema = z.looseObject({
  format: z.literal('newshound-profile/1', { error: 'expected "newshound-profile/1" (a profile written by newshound learn --out)' }),
  name: z.string(),
  seeds: z.array(z.looseObject({ name: z.string(), title: z.string(), lang: z.enum(['id', 'en']) })),
  terms: z.array(z.looseObject({ key: z.string(), label: z.string(), kind: z.enum(['entity', 'phrase', 'word']), weight: z.number(), seeds: z.number() })),
  concepts: z.array(z.looseObject({ name: z.string(), countries: z.array(z.string()), keys: z.array(z.string()), labels: z.array(z.string()) })),
  excluded: z.array(z.looseObject({ key: z.string(), label: z.string() })),
  threshold: z.number(),
  unit: z.number(),
  home: z.string().optional(),
});

/** A profile saved by `newshound learn --out`; a file that is not one is a TopicFileError naming it (`profile X: ...`). */
export function readProfileFile(file: string): TopicProfile {
  return readJsonFile(file, profileSchema, (f, problem) => new TopicFileError('profile', f, problem)) as TopicProfile;
}
