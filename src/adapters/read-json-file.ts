import { readFileSync } from 'node:fs';
import type { z } from 'zod';
import { ConfigError } from '../core/errors.ts';
import { formatZodIssues } from './format-zod-issues.ts';

/** Reads a JSON file and validates it; a problem is one ConfigError naming the file and every bad field. */
export function readJsonFile<T>(file: string, schema: z.ZodType<T>): T {
  // A missing or unreadable file is a file fault, not bad JSON: the fs error goes up as it is and
  // the commands print it as every file fault ("cannot open X: no such file or directory (ENOENT)").
  const text = readFileSync(file, 'utf8');
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(`${file}: not valid JSON: ${(error as Error).message}`, { cause: error });
  }
  const result = schema.safeParse(parsed);
  if (!result.success) throw new ConfigError(`${file}: ${formatZodIssues(result.error)}`);
  return result.data;
}
