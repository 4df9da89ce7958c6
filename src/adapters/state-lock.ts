import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { hostname } from 'node:os';
import { StateError } from '../core/errors.ts';
import { sqliteStateFile } from './keyv-store.ts';
import { describeFsFault } from './file-fault.ts';
import { withTimeout } from './with-timeout.ts';

// One owner per state. The outbox, the delivery queues and the story book are read-modify-write
// records guarded by in-process locks, and a webhook or forum post has no nonce: two workers on
// one state post the same stories twice. So `start` and `once` take the state for themselves:
//   - SQLite: an exclusive SQLite lock on a companion file (<state>.lock), held by an open
//     transaction for the process's life. The operating system drops it when the process ends,
//     however it ends (SIGKILL, OOM, power), so there is nothing stale to clean up.
//   - Redis: a lease key (SET NX PX) renewed every third of its life and given back on close.
//     A worker killed on this host leaves a lease whose pid is gone: it is taken over at once;
//     one killed elsewhere is waited out (the lease expires).
// Who holds it (host, pid, since) is written beside it, so a refusal can name the holder.

export interface LockHolder {
  host: string;
  pid: number;
  since: string;
}

export interface StateLock {
  holder: LockHolder;
  release(): Promise<void>;
}

export interface StateLockOptions {
  namespace: string;
  /** Directory a relative sqlite path resolves against (as for the store). */
  baseDir?: string;
  /** Wait for the holder to let go instead of refusing. */
  wait?: boolean;
  /** Why this taker cannot share the state, said when refusing; default: a worker's (stories posted twice). */
  reason?: string;
  /** Told once when waiting starts. */
  onWait?: (holder: LockHolder | undefined) => void;
  /** Redis lease length. Default 30 s; renewed every third of it. */
  leaseMs?: number;
  /** Called when a Redis lease turns out to be lost (another process holds it): the caller must stop. */
  onLost?: (holder: LockHolder | undefined) => void;
  /** Aborted: stop waiting. */
  signal?: AbortSignal;
  /** Between attempts while waiting. Default 1 s. */
  retryMs?: number;
}

const WORKER_REASON = 'several workers on one state would post the same stories twice';

export const STATE_LOCK_DEFAULTS = { leaseMs: 30_000, retryMs: 1_000 } as const;

/** Takes the state at `url` for this process, or throws a StateError naming the holder. */
export async function acquireStateLock(url: string, options: StateLockOptions): Promise<StateLock> {
  const attempt = stateLockAttempt(url, options);
  let told = false;
  for (;;) {
    const result = await attempt();
    if ('lock' in result) return result.lock;
    if (!options.wait) {
      throw new StateError(`${result.what} is in use by another newshound (${describeHolder(result.holder)}): ${options.reason ?? WORKER_REASON}; stop that one first, or pass --wait to wait for it`);
    }
    if (!told) options.onWait?.(result.holder);
    told = true;
    if (options.signal?.aborted) throw new StateError(`stopped while waiting for ${result.what} (${describeHolder(result.holder)})`);
    await new Promise((resolve) => setTimeout(resolve, options.retryMs ?? STATE_LOCK_DEFAULTS.retryMs));
  }
}

export function describeHolder(holder: LockHolder | undefined): string {
  return holder === undefined ? 'holder unknown' : `host ${holder.host}, pid ${holder.pid}, since ${holder.since}`;
}

type Attempt = () => Promise<{ lock: StateLock } | { holder: LockHolder | undefined; what: string }>;

function stateLockAttempt(url: string, options: StateLockOptions): Attempt {
  if (url.startsWith('sqlite://')) {
    const file = sqliteStateFile(url, options.baseDir);
    if (file === ':memory:') return async () => ({ lock: { holder: me(), release: async () => undefined } });
    return () => trySqlite(file);
  }
  if (url.startsWith('redis://') || url.startsWith('rediss://')) {
    // The Redis client would throw Node's bare TypeError (a stack trace, the URL in it).
    if (!URL.canParse(url)) throw new StateError(`"${redact(url)}" is not a valid Redis URL: use redis://[user:password@]host:port[/db]`);
    return redisAttempt(url, options);
  }
  throw new StateError(`unsupported state URL: use sqlite://<path> or redis://host:port[/db]`);
}

function me(): LockHolder {
  return { host: hostname(), pid: process.pid, since: new Date().toISOString() };
}

/** Whether a process with this pid exists on this host. */
function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

// --- SQLite -------------------------------------------------------------------------------

interface SqliteDatabase {
  exec(sql: string, callback: (error: Error | null) => void): void;
  close(callback: (error: Error | null) => void): void;
}

async function trySqlite(file: string): Promise<{ lock: StateLock } | { holder: LockHolder | undefined; what: string }> {
  const lockFile = `${file}.lock`;
  const ownerFile = `${file}.lock.json`;
  const what = `the state ${file}`;
  try {
    mkdirSync(dirname(file), { recursive: true });
  } catch (error) {
    throw new StateError(describeFsFault(error), { cause: error });
  }
  const { default: sqlite3 } = (await import('sqlite3')) as unknown as { default: { Database: new (path: string, callback: (error: Error | null) => void) => SqliteDatabase } };
  const db = await new Promise<SqliteDatabase>((resolve, reject) => {
    const opened: SqliteDatabase = new sqlite3.Database(lockFile, (error) => (error ? reject(new StateError(`cannot open the lock file ${lockFile}: ${error.message}`, { cause: error })) : resolve(opened)));
  });
  const exec = (sql: string) => new Promise<void>((resolve, reject) => db.exec(sql, (error) => (error ? reject(error) : resolve())));
  const close = () => new Promise<void>((resolve) => db.close(() => resolve()));
  try {
    // No busy wait: a held lock answers SQLITE_BUSY at once. EXCLUSIVE mode keeps the lock
    // after the first write; the open transaction holds it for as long as this process lives.
    await exec('PRAGMA busy_timeout = 0; PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE; CREATE TABLE IF NOT EXISTS owner (at TEXT); INSERT INTO owner VALUES (CURRENT_TIMESTAMP);');
  } catch (error) {
    await close();
    if ((error as { code?: string }).code === 'SQLITE_BUSY' || /SQLITE_BUSY|locked/i.test((error as Error).message)) return { holder: readHolder(ownerFile), what };
    throw new StateError(`cannot lock ${what} (${lockFile}): ${(error as Error).message}`, { cause: error });
  }
  const holder = me();
  writeFileSync(ownerFile, `${JSON.stringify(holder)}\n`);
  return {
    lock: {
      holder,
      async release() {
        try {
          // Only our own record: after a release another process may already have written its own.
          if (JSON.stringify(readHolder(ownerFile)) === JSON.stringify(holder)) rmSync(ownerFile, { force: true });
        } finally {
          await exec('ROLLBACK').catch(() => undefined);
          await close();
        }
      },
    },
  };
}

function readHolder(file: string): LockHolder | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as LockHolder;
  } catch {
    return undefined;
  }
}

// --- Redis --------------------------------------------------------------------------------

interface RedisLease {
  set(key: string, value: string, options: { NX?: true; PX: number }): Promise<string | null>;
  get(key: string): Promise<string | null>;
  eval(script: string, options: { keys: string[]; arguments: string[] }): Promise<unknown>;
  connect(): Promise<unknown>;
  destroy(): void;
  readonly isOpen: boolean;
  on(event: 'error', listener: (error: unknown) => void): unknown;
}

// Compare-and-set: change the lease only while it still holds the value we know.
const SWAP = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('set', KEYS[1], ARGV[2], 'PX', ARGV[3]) else return false end`;
const RENEW = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('pexpire', KEYS[1], ARGV[2]) else return 0 end`;
const GIVE_BACK = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end`;

function redisAttempt(url: string, options: StateLockOptions): Attempt {
  const key = `${options.namespace}:lock`;
  const leaseMs = options.leaseMs ?? STATE_LOCK_DEFAULTS.leaseMs;
  const what = `the state ${redact(url)} (namespace ${options.namespace})`;
  return async () => {
    const { createClient } = await import('@keyv/redis');
    // Before the first connection: give up at once, so a Redis that is down (or a wrong URL)
    // stops start-up with one line; a strategy that always retried made connect() wait for
    // ever. After it: reconnect with capped backoff, the lease renewals riding it out.
    let connected = false;
    const client = createClient({
      url,
      socket: { connectTimeout: LOCK_CONNECT_TIMEOUT_MS, reconnectStrategy: (retries: number) => (connected ? Math.min(2 ** retries * 100, 5_000) : false) },
    }) as unknown as RedisLease;
    client.on('error', () => undefined);
    const connecting = client.connect();
    connecting.catch(() => undefined); // a late rejection after the timeout below is already reported
    try {
      // connectTimeout covers the TCP connect only: a server that accepts and never answers
      // would hold the handshake's first command for ever.
      await withTimeout(connecting, LOCK_CONNECT_TIMEOUT_MS + 500, `no answer within ${LOCK_CONNECT_TIMEOUT_MS} ms`);
      connected = true;
    } catch (error) {
      // A client that gave up is closed already, and destroy() on it throws.
      if (client.isOpen) client.destroy();
      throw new StateError(`cannot connect to Redis at ${redact(url)} to lock the state: ${describeError(error)}`, { cause: error });
    }
    const holder = me();
    const value = JSON.stringify({ ...holder, token: randomUUID() });
    let taken = (await client.set(key, value, { NX: true, PX: leaseMs })) === 'OK';
    if (!taken) {
      const current = await client.get(key);
      const other = current === null ? undefined : (JSON.parse(current) as LockHolder);
      // Killed on this host (or this very pid in an earlier life, as pid 1 in a restarted container): take it over.
      const stale = other !== undefined && other.host === holder.host && (other.pid === process.pid || !pidAlive(other.pid));
      if (stale && current !== null) taken = (await client.eval(SWAP, { keys: [key], arguments: [current, value, String(leaseMs)] })) === 'OK';
      if (!taken) {
        client.destroy();
        return { holder: other, what };
      }
    }
    let released = false;
    let lastRenewed = Date.now();
    const renewEveryMs = Math.max(100, Math.floor(leaseMs / 3));
    const renew = async () => {
      try {
        // Bounded: a renewal never answered (a black-holed link) must reach the catch below, or
        // the holder would never learn its lease ran out and another worker took the state.
        const renewing = client.eval(RENEW, { keys: [key], arguments: [value, String(leaseMs)] });
        renewing.catch(() => undefined); // a late failure after the timeout below is already handled
        const ok = Number(await withTimeout(renewing, renewEveryMs, 'no answer')) === 1;
        if (ok) lastRenewed = Date.now();
        else if (!released) lost();
      } catch {
        // Redis unreachable: the lease runs on; past its end another worker may take it.
        if (!released && Date.now() - lastRenewed > leaseMs) lost();
      }
    };
    let told = false;
    const lost = () => {
      clearInterval(timer);
      if (told) return; // a renewal still in flight may find it lost too
      told = true;
      const reading = client.get(key);
      reading.catch(() => undefined);
      withTimeout(reading, renewEveryMs, 'no answer')
        .then((current) => options.onLost?.(current === null ? undefined : (JSON.parse(current) as LockHolder)))
        .catch(() => options.onLost?.(undefined));
    };
    const timer = setInterval(() => void renew(), renewEveryMs);
    timer.unref();
    return {
      lock: {
        holder,
        async release() {
          released = true;
          clearInterval(timer);
          try {
            const givingBack = client.eval(GIVE_BACK, { keys: [key], arguments: [value] });
            givingBack.catch(() => undefined); // a late failure after the timeout below changes nothing
            await withTimeout(givingBack, LOCK_CONNECT_TIMEOUT_MS, 'no answer');
          } catch {
            // Unreachable or not answering: the lease ends by itself.
          } finally {
            client.destroy();
          }
        },
      },
    };
  };
}

/** As long as the store's own first connection is given (keyv-store.ts): an operating limit, not tuned. */
const LOCK_CONNECT_TIMEOUT_MS = 2_000;

// A refused connection to `localhost` is an AggregateError (IPv4 and IPv6) with an empty message.
function describeError(error: unknown): string {
  if (error instanceof AggregateError && error.errors.length > 0) return error.errors.map(describeError).join(', ');
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}

// Up to the last '@' before the path: a password may hold an '@' (the client splits at the last one).
function redact(url: string): string {
  return url.replace(/\/\/[^/]*@/, '//***@');
}
