import { describeFileFault, isFileFault } from '../adapters/file-fault.ts';
import { NewshoundError } from '../core/errors.ts';

// Expected faults become one line on stderr, no stack trace: what failed, where, and why.
// A bug (anything else) still shows its stack.

/**
 * Drops leading `stage: ` segments that repeat the command's name or the segment before, so
 * `learn: learn: no seeds` under `newshound learn:` reads `newshound learn: no seeds`.
 */
export function withoutRepeatedPrefix(command: string, message: string): string {
  const kept: string[] = [];
  let rest = message;
  for (let match = /^([a-z][a-z-]*): /.exec(rest); match !== null; match = /^([a-z][a-z-]*): /.exec(rest)) {
    const stage = match[1]!;
    if (stage !== command && stage !== kept.at(-1)) kept.push(stage);
    rest = rest.slice(match[0].length);
  }
  return [...kept, rest].join(': ');
}

/** The one line (plus a usage line where the message carries one) for an expected fault; undefined for a bug. */
export function describeExpectedError(command: string, error: unknown): string | undefined {
  if (error instanceof NewshoundError) return `newshound ${command}: ${withoutRepeatedPrefix(command, error.message)}`;
  if (isFileFault(error)) return `newshound ${command}: ${describeFileFault(error)}`;
  return undefined;
}

/** node:util parseArgs's own errors (unknown option, missing value): bad arguments, exit 2. */
export function isArgumentError(error: unknown): error is TypeError {
  return error instanceof TypeError && (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS') === true;
}
