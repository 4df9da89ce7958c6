import type { z } from 'zod';
import { ConfigError } from '../core/errors.ts';
import { formatZodIssues } from './format-zod-issues.ts';
import { readTextFile } from './read-text-file.ts';

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

// V8's JSON messages quote a slice of the input, which could be a token: give line and column instead
// (the slice may also hold a line break, and the command's error must stay one line). A long
// input's slice is cut short: `"hello\nsecr"... is not valid JSON`.
export function describeJsonError(text: string, error: Error): string {
  const message = error.message.replace(/,\s*".*"(\.\.\.)? is not valid JSON$/s, '');
  const position = /at position (\d+)/.exec(message);
  if (position?.[1] === undefined) return message;
  const before = text.slice(0, Number(position[1]));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return `${message.replace(/\s*in JSON at position \d+.*$/s, '')} at line ${line} column ${column}`;
}
