import { existsSync } from 'node:fs';
import { z } from 'zod';
import { TopicFileError } from '../core/errors.ts';
import type { Tuning } from '../core/profile/apply-tuning.ts';
import { readJsonFile } from './read-json-file.ts';

const term = z.string().trim().min(1, 'must be a non-empty term');

export const tuningSchema = z
  .object({
    $comment: z.string().optional(),
    threshold: z.number().min(0, 'must be >= 0').max(100, 'must be <= 100').optional(),
    boost: z.record(term, z.number().min(0, 'weight must be >= 0').max(100, 'weight must be <= 100')).optional(),
    exclude: z.array(term).optional(),
    require: z.array(z.array(term).min(1, 'a required group needs at least one term')).optional(),
  })
  .strict();

/** Reads and validates a tuning file; every problem is reported at once, naming the file and field. A file that does not exist is no tuning. */
export function readTuningFile(file: string): Tuning {
  if (!existsSync(file)) return {};
  return readNamedTuningFile(file);
}

/**
 * A tuning file someone named: one that does not exist is an error (`cannot open X: no such file
 * or directory (ENOENT)`), not "no tuning".
 */
export function readNamedTuningFile(file: string): Tuning {
  const { $comment: _comment, ...tuning } = readJsonFile(file, tuningSchema, (f, problem) => new TopicFileError('tuning file', f, problem));
  return tuning;
}
