import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { NewshoundError } from '../core/errors.ts';
import { describeFileFaultOf } from './file-fault.ts';
import { sqliteStateFile } from './keyv-store.ts';
import { PROJECT_ROOT } from './project-paths.ts';

// Where a worker's heartbeat lives: tied to the state it owns, as its state lock is, so two
// installs with different states never read each other's worker as alive. A SQLite state has it
// beside the file (`<state>.heartbeat.json`, like `<state>.lock`): one worker per file, on the
// same volume. A Redis state is shared between hosts, and a heartbeat is read on the worker's own
// host: a local file under state/, named by server, database and namespace (never the password).

/** The heartbeat file of the worker that owns the state at `url` under `namespace`. */
export function heartbeatFileFor(url: string, namespace: string, baseDir = PROJECT_ROOT): string {
  if (url.startsWith('sqlite://')) {
    const file = sqliteStateFile(url, baseDir);
    // An in-memory state lives and dies with its process: no file to sit beside.
    return file === ':memory:' ? join(baseDir, 'state', 'heartbeat-memory.json') : `${file}.heartbeat.json`;
  }
  const parsed = URL.canParse(url) ? new URL(url) : undefined;
  const server = parsed ? [parsed.protocol.replace(/:$/, ''), parsed.hostname, parsed.port || '6379', parsed.pathname.replace(/^\//, '') || '0'] : ['state'];
  return join(baseDir, 'state', `heartbeat-${[...server, namespace].map(safeName).join('-')}.json`);
}

/** A piece of a file name: letters, digits, dot, underscore; anything else becomes an underscore. */
function safeName(part: string): string {
  return part.replace(/[^A-Za-z0-9._]/g, '_');
}

/**
 * The heartbeat cannot be written where it is configured, worded as every file fault is, naming
 * the file in the way when the path goes through one (Node says EEXIST or ENOTDIR, not which):
 * `heartbeat /tmp/somefile/hb.json is not writable: /tmp/somefile is a file, not a directory (EEXIST)`.
 */
export class HeartbeatError extends NewshoundError {
  constructor(file: string, error: unknown) {
    super(`heartbeat ${file} is not writable`, describeFileFaultOf(file, error), { cause: error });
    this.name = 'HeartbeatError';
  }
}

/** Creates the heartbeat's directory; a HeartbeatError when it cannot be. */
export function makeHeartbeatDirectory(file: string): void {
  try {
    mkdirSync(dirname(file), { recursive: true });
  } catch (error) {
    throw new HeartbeatError(file, error);
  }
}
