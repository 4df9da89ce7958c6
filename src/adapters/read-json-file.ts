import type { z } from 'zod';
import { ConfigError, describeJsonError } from '../core/errors.ts';
import { formatZodIssues } from './format-zod-issues.ts';
import { readTextFile } from './read-text-file.ts';

export { describeJsonError };

/**
 * Reads a JSON file and validates it; a problem is one error naming the file and every bad field
 * (a ConfigError, or what `fault` makes of the file and the problem).
 */
export function readJsonFile<T>(file: string, schema: z.ZodType<T>, fault: (file: string, problem: string) => Error = (f, problem) => new ConfigError(`${f}: ${problem}`)): T {
  // A missing or unreadable file is a file fault, not bad JSON: the fs error goes up as it is and
  // the commands print it as every file fault ("cannot open X: no such file or directory (ENOENT)").
  const text = readTextFile(file);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw fault(file, `not valid JSON: ${describeJsonError(text, error as Error)}`);
  }
  const result = schema.safeParse(parsed);
  if (!result.success) throw fault(file, formatZodIssues(result.error));
  return result.data;
}
