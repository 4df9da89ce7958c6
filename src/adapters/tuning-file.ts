import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { ConfigError } from '../core/errors.ts';
import type { Tuning } from '../core/profile/apply-tuning.ts';
import { formatZodIssues } from './format-zod-issues.ts';

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

/** Reads and validates a tuning file; every problem is reported at once, naming the file and field. */
export function readTuningFile(file: string): Tuning {
  if (!existsSync(file)) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ConfigError(`${file}: not valid JSON: ${(error as Error).message}`, { cause: error });
  }
  const result = tuningSchema.safeParse(parsed);
  if (!result.success) throw new ConfigError(`${file}: ${formatZodIssues(result.error)}`);
  const { $comment: _comment, ...tuning } = result.data;
  return tuning;
}
