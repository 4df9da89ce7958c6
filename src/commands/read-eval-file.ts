import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { EvalDataError } from '../core/errors.ts';
import { parseEvalJsonl, type EvalItem } from '../core/eval/parse-eval-data.ts';

/**
 * Reads an eval-format file (one JSON object a line) for `eval` and `cluster`. Every line is
 * validated before any item is used: nothing is scored or clustered from a half-read file.
 */
export function readEvalFile(path: string | undefined, usage: string): EvalItem[] {
  if (path === undefined) throw new EvalDataError(`missing --data FILE.jsonl\nusage: ${usage}`);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new EvalDataError(`cannot read ${path}: ${(error as Error).message}`, { cause: error });
  }
  return parseEvalJsonl(text, basename(path));
}
