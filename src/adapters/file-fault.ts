import { statSync, type Stats } from 'node:fs';
import { dirname, resolve } from 'node:path';

// A file fault (Node's system error for a missing, unwritable or full path) in the one wording
// every command uses: `cannot open /x: no such file or directory (ENOENT)`. The CLI prints it
// after the command's name; a loader that collects several problems (the config) lists it among them.
// A path through a regular file names that file (`/tmp/somefile is a file, not a directory`):
// Node says "not a directory" or, from mkdir, "file already exists", without saying which.

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

export interface FileFault extends Error {
  code: string;
  syscall?: string;
  path?: string;
  /** rename's target: the file being replaced, which is the one to name. */
  dest?: string;
}

export function isFileFault(error: unknown): error is FileFault {
  return error instanceof Error && typeof (error as FileFault).code === 'string' && FILE_FAULTS.has((error as FileFault).code);
}

/** `ENOENT: no such file or directory, open 'x'` → `cannot open x: no such file or directory (ENOENT)`. */
export function describeFileFault(error: FileFault): string {
  const verb = (error.syscall && VERBS[error.syscall]) ?? `${error.syscall ?? 'cannot use'}`;
  const where = faultPath(error);
  return `${verb}${where ? ` ${where}` : ''}: ${whatIsWrong(error, where).text}`;
}

/** describeFileFault for a file fault, else the error's own message. */
export function describeFsFault(error: unknown): string {
  return isFileFault(error) ? describeFileFault(error) : (error as Error).message;
}

/**
 * What is wrong with `file`, for a line that names it already (`heartbeat X is not writable: ...`):
 * `/tmp/somefile is a file, not a directory (ENOTDIR)`, or `permission denied (EACCES)` when
 * the fault is `file`'s own; a fault at another path (its directory, a file written aside) is
 * worded in full, naming that path. Not a file fault: the error's own message.
 */
export function describeFileFaultOf(file: string, error: unknown): string {
  if (!isFileFault(error)) return error instanceof Error ? error.message : String(error);
  const where = faultPath(error);
  const wrong = whatIsWrong(error, where, true);
  if (wrong.inTheWay || where === undefined || resolve(where) === resolve(file)) return wrong.text;
  return describeFileFault(error);
}

function faultPath(error: FileFault): string | undefined {
  return error.syscall === 'rename' && error.dest ? error.dest : error.path;
}

/** `named`: the file in the way is named even when it is `where` (which the line may not name). */
function whatIsWrong(error: FileFault, where: string | undefined, named = false): { text: string; inTheWay: boolean } {
  const blocker = fileInTheWay(error, where);
  if (blocker !== undefined) return { text: `${blocker.path === where && !named ? 'it' : blocker.path} ${blocker.what} (${error.code})`, inTheWay: true };
  const match = /^[A-Z]+: ([^,]+)/.exec(error.message);
  return { text: `${match?.[1] ?? error.message} (${error.code})`, inTheWay: false };
}

/**
 * For ENOTDIR, and mkdir's EEXIST: the nearest of `where` and its parents that exists and is not
 * a directory (the file the path goes through). Undefined when none is found (gone since).
 */
function fileInTheWay(error: FileFault, where: string | undefined): { path: string; what: string } | undefined {
  if (where === undefined || !(error.code === 'ENOTDIR' || (error.code === 'EEXIST' && error.syscall === 'mkdir'))) return undefined;
  const start = resolve(where);
  for (let path = start; ; path = dirname(path)) {
    const stats = statOrUndefined(path);
    if (stats !== undefined && !stats.isDirectory()) return { path: path === start ? where : path, what: stats.isFile() ? 'is a file, not a directory' : 'is not a directory' };
    if (path === dirname(path)) return undefined;
  }
}

// Missing, or under a file itself (ENOTDIR): look further up.
function statOrUndefined(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}
