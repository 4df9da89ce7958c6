import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// Third-party evaluation data is read in place from ../shared (beside the project), never copied in.
export const SHARED_DIR = fileURLToPath(new URL('../../../shared/', import.meta.url));
export const DEV_SET = `${SHARED_DIR}eval/dev.jsonl`;
export const STREAM_SET = `${SHARED_DIR}eval/stream-id-headlines.jsonl`;
export const PAIRS_SET = `${SHARED_DIR}eval/pairs.jsonl`;
export const SHARED_FEEDS_DIR = `${SHARED_DIR}feeds/`;

export const hasSharedEval = existsSync(DEV_SET);

/** Printed once by tests that skip for want of ../shared, so a skip is never silent. */
export function sayWhySkipped(what: string): void {
  if (!hasSharedEval) console.warn(`SKIPPED ${what}: ../shared/eval is not beside the project (${SHARED_DIR})`);
}
