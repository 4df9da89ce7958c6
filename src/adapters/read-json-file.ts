import { readFileSync } from 'node:fs';
import type { z } from 'zod';
import { ConfigError } from '../core/errors.ts';
import { formatZodIssues } from './format-zod-issues.ts';

/** Reads a JSON file and validates it; a problem is one ConfigError naming the file and every bad field. */
export function readJsonFile<T>(file: string, schema: z.ZodType<T>): T {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ConfigError(`${file}: not valid JSON: ${(error as Error).message}`, { cause: error });
  }
  const result = schema.safeParse(parsed);
  if (!result.success) throw new ConfigError(`${file}: ${formatZodIssues(result.error)}`);
  return result.data;
}
