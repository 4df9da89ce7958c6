import { basename } from 'node:path';
import { readTextFile } from '../adapters/read-text-file.ts';
import { UsageError } from '../core/errors.ts';
import { parseEvalJsonl, type EvalItem } from '../core/eval/parse-eval-data.ts';

/**
 * Reads an eval-format file (one JSON object a line) for `eval` and `cluster`. Every line is
 * validated before any item is used: nothing is scored or clustered from a half-read file.
 */
export function readEvalFile(path: string | undefined): EvalItem[];
export function readEvalFile<T>(path: string | undefined, parse: (text: string, name: string) => T[]): T[];
export function readEvalFile<T>(path: string | undefined, parse: (text: string, name: string) => T[] = parseEvalJsonl as unknown as (text: string, name: string) => T[]): T[] {
  // A missing option is a bad command line (exit 2, the CLI adds the usage), not bad data.
  if (path === undefined) throw new UsageError('missing --data FILE.jsonl');
  // A file that cannot be opened is Node's own error, worded as every file fault is.
  return parse(readTextFile(path), basename(path));
}
