import { closeSync, existsSync, mkdirSync, openSync, readSync, statSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import type KeyvSqlite from '@keyv/sqlite';
import Keyv from 'keyv';
import { CorruptEntryError, StateError } from '../core/errors.ts';
import { describeOutageNotice, OutageLog, type OutageNotice } from '../core/health/outage-log.ts';
import type { Clock, StateStore } from '../ports.ts';
import { systemClock } from './clock.ts';
import { MemoryStore } from './memory-store.ts';
import { openSqliteReadOnly } from './sqlite-read-only-store.ts';
import { PROJECT_ROOT } from './project-paths.ts';
import { describeFsFault } from './file-fault.ts';
import { withTimeout } from './with-timeout.ts';

// The StateStore port over keyv: SQLite for one machine, Redis when several share state.
// Every driver failure leaves here as a StateError; keyv's 'error' events are caught so a
// hiccup can never become an unhandled 'error' event that kills the process.

export interface OpenStateStoreOptions {
  /** Key prefix, so several bots (or test runs) can share one database. */
  namespace?: string;
  /** Directory a relative sqlite path resolves against. Default: the project root. */
  baseDir?: string;
  /** How long to wait for Redis to answer at start-up. Default: 2 000 ms. */
  connectTimeoutMs?: number;
  /**
   * Redis: how long one operation may wait for its answer. A server that accepts commands and
   * stops answering (a black-holed link, a stuck server) would otherwise hold a cycle or a
   * status for ever. Default: 10 000 ms.
   */
  operationTimeoutMs?: number;
  /** Receives the driver's background errors; default: ignored, as operations throw too. Redis's lost connection goes to `onConnection` instead. */
  onError?: (error: unknown) => void;
  /**
   * Redis: its connection lost (once), still lost (at most once a minute, with how many failures,
   * reconnect attempts and refused operations, went unsaid), and back, each as one line to log
   * (core/health/outage-log.ts). Default: ignored, as operations throw too.
   */
  onConnection?: (notice: OutageNotice, line: string) => void;
  /** What dates the connection notices. Default: the system clock. */
  clock?: Clock;
  /**
   * For commands that only read (status, stories, explain): a SQLite file that does not exist yet
   * is not created (nor its directory), an empty store stands in, as nothing has run; one that
   * exists is read without a write (sqlite-read-only-store.ts), and set or delete fails.
   */
  readOnly?: boolean;
}

const DEFAULTS = { namespace: 'newshound', connectTimeoutMs: 2_000, operationTimeoutMs: 10_000 } as const;

// https://www.sqlite.org/fileformat.html section 1.3: every database file starts with these 16 bytes.
const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

/** Opens `sqlite://<path>` or `redis://host:port[/db]` and checks it answers before returning. */
export async function openStateStore(url: string, options: OpenStateStoreOptions = {}): Promise<StateStore> {
  if (url.startsWith('sqlite://')) return openSqlite(url.slice('sqlite://'.length), options);
  if (url.startsWith('redis://') || url.startsWith('rediss://')) {
    // The Redis client would throw Node's bare TypeError (a stack trace, the URL in it).
    if (!URL.canParse(url)) throw new StateError(`"${redactUrl(url)}" is not a valid Redis URL: use redis://[user:password@]host:port[/db]`);
    return openRedis(url, options);
  }
  throw new StateError(`unsupported state URL "${redactUrl(url)}": use sqlite://<path> or redis://host:port[/db]`);
}

/** The file of a `sqlite://<path>` state URL (a relative path resolves against `baseDir`, default the project root). */
export function sqliteStateFile(url: string, baseDir?: string): string {
  const path = url.slice('sqlite://'.length);
  if (path === '') throw new StateError('sqlite:// needs a file path, e.g. sqlite://state/newshound.sqlite');
  return path === ':memory:' || isAbsolute(path) ? path : resolve(baseDir ?? PROJECT_ROOT, path);
}

async function openSqlite(path: string, options: OpenStateStoreOptions): Promise<StateStore> {
  const file = sqliteStateFile(`sqlite://${path}`, options.baseDir);
  if (options.readOnly === true && file !== ':memory:') {
    if (!existsSync(file)) return new MemoryStore();
    checkSqliteFile(file);
    const label = `SQLite file ${file}`;
    try {
      return await openSqliteReadOnly(file, options.namespace ?? DEFAULTS.namespace, label);
    } catch (error) {
      throw new StateError(`cannot use ${label}: ${describeSqliteError(error, file)}`, { cause: error });
    }
  }
  if (file !== ':memory:') {
    try {
      mkdirSync(dirname(file), { recursive: true });
    } catch (error) {
      throw new StateError(describeFsFault(error), { cause: error });
    }
    checkSqliteFile(file);
  }

  // Each driver is loaded only when its URL is used: a SQLite worker never loads the Redis client.
  const { default: KeyvSqliteStore } = await import('@keyv/sqlite');
  const store = new KeyvSqliteStore({ uri: `sqlite://${file}`, busyTimeout: 5_000 });
  // keyv both emits and throws a driver error: while the probe below runs, the throw alone
  // speaks (it becomes the one-line StateError), else a damaged file printed its error twice.
  let probed = false;
  const keyv = makeKeyv(store, { ...options, onError: (error) => (probed ? options.onError?.(error) : undefined) }, true);
  const label = `SQLite file ${file}`;
  try {
    // The first query creates the table; a damaged file fails here rather than mid-cycle.
    await keyv.get('__newshound_probe__');
  } catch (error) {
    throw new StateError(`cannot use ${label}: ${describeSqliteError(error, file)}`, { cause: error });
  }
  probed = true;
  if (file !== ':memory:') {
    // WAL with synchronous=NORMAL: a commit no longer waits for an fsync (a cycle writes a
    // thousand small rows), and a crash of the process still loses nothing committed; only a
    // power cut can drop the last commits (https://www.sqlite.org/wal.html).
    await store.query('PRAGMA journal_mode=WAL');
    await store.query('PRAGMA synchronous=NORMAL');
  }
  await purgeExpired(store, options);
  return new KeyvStateStore(keyv, label);
}

// SQLite has no TTL of its own: keyv drops an expired row only when it is read again, and a
// "seen item" key is never read again once its feed has moved on. Sweep them at start-up so
// the file does not grow for ever. Best effort: a failure here is reported, not fatal.
async function purgeExpired(store: KeyvSqlite, options: OpenStateStoreOptions): Promise<void> {
  const prefix = `${options.namespace ?? DEFAULTS.namespace}:`;
  try {
    await store.query(
      `DELETE FROM ${store.opts.table} WHERE substr(key, 1, ?) = ? AND json_valid(value) AND json_extract(value, '$.expires') < ?`,
      prefix.length,
      prefix,
      Date.now(),
    );
  } catch (error) {
    options.onError?.(error);
  }
}

// Refuses, without touching it, a file that is not SQLite: sqlite3 would only fail later with
// SQLITE_NOTADB, and nothing here may "repair" (overwrite) a user's file.
function checkSqliteFile(file: string): void {
  if (!existsSync(file)) return;
  const stats = statSync(file);
  if (!stats.isFile()) throw new StateError(`${file} is not a file: point the state URL at a .sqlite file`);
  if (stats.size === 0) return; // SQLite treats an empty file as a new database.
  const head = Buffer.alloc(SQLITE_HEADER.length);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, head, 0, head.length, 0);
  } finally {
    closeSync(fd);
  }
  if (!head.equals(SQLITE_HEADER)) {
    throw new StateError(`${file} is not a SQLite database (corrupt, or another kind of file): ${moveAsideAdvice(file)}`);
  }
}

function describeSqliteError(error: unknown, file: string): string {
  const code = (error as { code?: string }).code;
  const message = (error as Error).message ?? String(error);
  if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') return `the database is damaged (${message}): ${moveAsideAdvice(file)}`;
  return message;
}

function moveAsideAdvice(file: string): string {
  return `move it aside (mv '${file}' '${file}.corrupt') and newshound will start a fresh one, or point the state URL at another file`;
}

async function openRedis(url: string, options: OpenStateStoreOptions): Promise<StateStore> {
  const shown = redactUrl(url);
  const connectTimeoutMs = options.connectTimeoutMs ?? DEFAULTS.connectTimeoutMs;
  let ready = false;
  const { default: KeyvRedis, createClient } = await import('@keyv/redis');
  const client = createClient({
    url,
    // Fail fast while offline instead of queueing commands that would hang a poll cycle.
    disableOfflineQueue: true,
    socket: {
      connectTimeout: connectTimeoutMs,
      // Before the first connection: give up at once (start-up reports it). After: keep
      // reconnecting with capped backoff, so a Redis restart does not take the bot down.
      reconnectStrategy: (retries: number) => (ready ? Math.min(2 ** retries * 100, 5_000) : false),
    },
  });
  // Every reconnect attempt and every operation refused while offline is an error event (about
  // 28 in the first 10 s): they go through one OutageLog, which says the loss once.
  const outage = new OutageLog();
  const clock = options.clock ?? systemClock;
  const clientErrors = new WeakSet<object>();
  const tell = (notice: OutageNotice | undefined) => {
    if (notice !== undefined) options.onConnection?.(notice, describeOutageNotice(notice, `Redis at ${shown}`));
  };
  client.on('error', (error: unknown) => {
    if (typeof error === 'object' && error !== null) clientErrors.add(error);
    if (ready) tell(outage.failure(clock.now().getTime(), describeError(error))); // before: start-up reports it
  });
  client.on('ready', () => tell(outage.recovered(clock.now().getTime())));
  const connecting = client.connect();
  connecting.catch(() => undefined); // a late rejection after the timeout below is already reported
  try {
    await withTimeout(connecting, connectTimeoutMs + 500, `no answer within ${connectTimeoutMs} ms`);
    ready = true;
  } catch (error) {
    if (client.isOpen) client.destroy();
    throw new StateError(`cannot connect to Redis at ${shown}: ${describeError(error)}`, { cause: error });
  }
  const store = new KeyvRedis(client, { throwOnErrors: true, throwOnConnectError: true });
  const onError = (error: unknown) => {
    if (typeof error === 'object' && error !== null && clientErrors.has(error)) return; // the client's own, forwarded by keyv: counted above
    if (outage.down) tell(outage.failure(clock.now().getTime(), describeError(error)));
    else options.onError?.(error);
  };
  const keyv = makeKeyv(store, { ...options, onError }, false);
  // A command past its time stays queued in the client: closing drops the socket rather than wait for its answer.
  const timeouts = { operationMs: options.operationTimeoutMs ?? DEFAULTS.operationTimeoutMs, abandon: () => client.destroy() };
  return new KeyvStateStore(keyv, `Redis at ${shown}`, timeouts);
}

/** JSON.parse's SyntaxError, holding the text that did not parse (a reader setting it aside keeps it). */
class StoredTextError extends SyntaxError {
  constructor(
    message: string,
    readonly text: string,
  ) {
    super(message);
  }
}

function parseStoredJson<T>(text: string): T {
  try {
    return JSON.parse(text) as T;
  } catch (error) {
    throw new StoredTextError((error as Error).message, text);
  }
}

function makeKeyv(store: unknown, options: OpenStateStoreOptions, useKeyPrefix: boolean): Keyv {
  // Plain JSON, not keyv's default serializer (which turns ':base64:' strings into Buffers).
  const keyv = new Keyv({
    store,
    namespace: options.namespace ?? DEFAULTS.namespace,
    // The Redis adapter prefixes keys itself; prefixing here too would give `ns::ns:key`.
    useKeyPrefix,
    serialize: JSON.stringify,
    deserialize: parseStoredJson,
    throwOnErrors: true,
  });
  keyv.on('error', (error: unknown) => options.onError?.(error));
  return keyv;
}

/** The port over one Keyv instance; every failure becomes a StateError naming the store. */
class KeyvStateStore implements StateStore {
  #closed = false;

  #stuck = false;

  constructor(
    private readonly keyv: Keyv,
    private readonly label: string,
    private readonly timeouts?: { operationMs: number; abandon: () => void },
  ) {}

  async get<T>(key: string): Promise<T | undefined> {
    try {
      return await this.run('get', key, async () => (await this.keyv.get(key)) as T | undefined);
    } catch (error) {
      // A value that is not JSON (the deserializer's SyntaxError) will not read next time either:
      // said as such, so a reader can set that one entry aside instead of failing over it for ever.
      if (error instanceof StateError && error.cause instanceof SyntaxError) {
        const raw = error.cause instanceof StoredTextError ? { raw: error.cause.text } : {};
        throw new CorruptEntryError(key, `not JSON (${error.cause.message}) in ${this.label}`, { cause: error.cause, ...raw });
      }
      throw error;
    }
  }

  async set<T>(key: string, value: T, ttlMs?: number): Promise<void> {
    if (ttlMs !== undefined && !(Number.isFinite(ttlMs) && ttlMs > 0)) {
      throw new StateError(`set ${key}: ttlMs must be a positive number of milliseconds, got ${ttlMs}`);
    }
    await this.run('set', key, () => this.keyv.set(key, value, ttlMs));
  }

  async delete(key: string): Promise<boolean> {
    return this.run('delete', key, () => this.keyv.delete(key));
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    try {
      if (this.#stuck && this.timeouts) return this.timeouts.abandon();
      await this.keyv.disconnect();
    } catch (error) {
      throw new StateError(`closing ${this.label} failed: ${describeError(error)}`, { cause: error });
    }
  }

  private async run<R>(operation: string, key: string, action: () => Promise<R>): Promise<R> {
    if (this.#closed) throw new StateError(`${operation} ${key}: ${this.label} is already closed`);
    try {
      if (this.timeouts === undefined) return await action();
      const answer = action();
      answer.catch(() => undefined); // a late failure after the timeout below is already reported
      return await withTimeout(answer, this.timeouts.operationMs, `no answer within ${this.timeouts.operationMs} ms`).catch((error: unknown) => {
        if (error instanceof Error && error.message.startsWith('no answer within')) this.#stuck = true;
        throw error;
      });
    } catch (error) {
      throw new StateError(`${operation} ${key} on ${this.label} failed: ${describeError(error)}`, { cause: error });
    }
  }
}

function describeError(error: unknown): string {
  if (error instanceof AggregateError && error.errors.length > 0) return error.errors.map(describeError).join(', ');
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}

/** A Redis URL may carry a password; messages show it as ***. */
function redactUrl(url: string): string {
  if (!URL.canParse(url)) return url.replace(/\/\/[^/]*@/, '//***@'); // to the last '@': a password may hold one
  const parsed = new URL(url);
  if (parsed.password === '') return url;
  parsed.password = '***';
  return parsed.href;
}

