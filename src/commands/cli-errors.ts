import { NewshoundError } from '../core/errors.ts';

// Expected faults become one line on stderr, no stack trace: what failed, where, and why.
// A bug (anything else) still shows its stack.

/** Node's system errors an operator causes and can fix: a missing, unwritable or full path. */
const FILE_FAULTS = new Set(['ENOENT', 'EACCES', 'EPERM', 'EROFS', 'ENOTDIR', 'EISDIR', 'EEXIST', 'ENOSPC', 'EDQUOT', 'ENAMETOOLONG', 'ELOOP', 'EMFILE']);

const VERBS: Record<string, string> = {
  open: 'cannot open',
  read: 'cannot read',
  write: 'cannot write',
  mkdir: 'cannot create the directory',
  scandir: 'cannot read the directory',
  rename: 'cannot replace',
  stat: 'cannot find',
  lstat: 'cannot find',
  unlink: 'cannot remove',
  access: 'cannot access',
};

interface SystemError extends Error {
  code: string;
  syscall?: string;
  path?: string;
  /** rename's target: the file being replaced, which is the one to name. */
  dest?: string;
}

function isFileFault(error: unknown): error is SystemError {
  return error instanceof Error && typeof (error as SystemError).code === 'string' && FILE_FAULTS.has((error as SystemError).code);
}

/** `ENOENT: no such file or directory, open 'x'` → `no such file or directory`. */
function reason(error: SystemError): string {
  const match = /^[A-Z]+: ([^,]+)/.exec(error.message);
  return `${match?.[1] ?? error.message} (${error.code})`;
}

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
  if (isFileFault(error)) {
    const verb = (error.syscall && VERBS[error.syscall]) ?? `${error.syscall ?? 'cannot use'}`;
    const where = error.syscall === 'rename' && error.dest ? error.dest : error.path;
    return `newshound ${command}: ${verb}${where ? ` ${where}` : ''}: ${reason(error)}`;
  }
  return undefined;
}

/** node:util parseArgs's own errors (unknown option, missing value): bad arguments, exit 2. */
export function isArgumentError(error: unknown): error is TypeError {
  return error instanceof TypeError && (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS') === true;
}
