// A file fault (Node's system error for a missing, unwritable or full path) in the one wording
// every command uses: `cannot open /x: no such file or directory (ENOENT)`. The CLI prints it
// after the command's name; a loader that collects several problems (the config) lists it among them.

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
  const where = error.syscall === 'rename' && error.dest ? error.dest : error.path;
  const match = /^[A-Z]+: ([^,]+)/.exec(error.message);
  return `${verb}${where ? ` ${where}` : ''}: ${match?.[1] ?? error.message} (${error.code})`;
}

/** describeFileFault for a file fault, else the error's own message. */
export function describeFsFault(error: unknown): string {
  return isFileFault(error) ? describeFileFault(error) : (error as Error).message;
}
