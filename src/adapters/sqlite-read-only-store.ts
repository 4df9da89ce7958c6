// The StateStore of the commands that only read (status, stories, explain) over an existing
// SQLite state file, leaving the file as it was. Opened through keyv they wrote to it: the open
// created the table, switched the file to WAL (creating -wal and -shm files beside it) and swept
// expired rows, and keyv deletes an expired entry when it is read. Here the rows keyv wrote are
// read with plain SELECTs on a read-only connection, and an expired one reads as absent.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import type { Database } from 'sqlite3';
import { CorruptEntryError, StateError } from '../core/errors.ts';
import type { StateStore } from '../ports.ts';

/** keyv's table and row: `value` is JSON `{ value, expires? }`, `expires` in ms since the epoch. */
const TABLE = 'keyv';

/**
 * Opens `file` read-only. A read-only connection to a WAL database creates the -wal and -shm
 * files when they are missing (and leaves them), so without a -wal file (no worker has the file
 * open) it is opened immutable: nothing is created, and as a worker writes to the -wal file and
 * not the database until a checkpoint, one starting meanwhile does not tear what is read
 * (https://www.sqlite.org/wal.html#readonly, https://www.sqlite.org/uri.html#uriimmutable).
 * Throws the driver's error when the file cannot be read as a database.
 */
export async function openSqliteReadOnly(file: string, namespace: string, label: string): Promise<StateStore> {
  // The driver @keyv/sqlite itself uses (not a dependency of ours): its URI filenames are off
  // unless asked for, and keyv's adapter does not ask.
  const sqlite3 = createRequire(import.meta.resolve('@keyv/sqlite'))('sqlite3') as typeof import('sqlite3');
  const uri = `${pathToFileURL(file).href}?${existsSync(`${file}-wal`) ? 'mode=ro' : 'immutable=1'}`;
  const db = await new Promise<Database>((resolve, reject) => {
    const opened: Database = new sqlite3.Database(uri, sqlite3.OPEN_READONLY | sqlite3.OPEN_URI, (error) => (error ? reject(error) : resolve(opened)));
  });
  const store = new ReadOnlySqliteStore(db, namespace, label);
  try {
    // A damaged file fails here, not at the first read.
    await store.hasTable();
  } catch (error) {
    await store.close().catch(() => undefined);
    throw error;
  }
  return store;
}

class ReadOnlySqliteStore implements StateStore {
  #closed = false;

  constructor(
    private readonly db: Database,
    private readonly namespace: string,
    private readonly label: string,
  ) {}

  /** Whether keyv's table is there (a file no worker has written yet may lack it). */
  async hasTable(): Promise<boolean> {
    const rows = await this.query<{ name: string }>(`SELECT name FROM sqlite_master WHERE type = 'table' AND name = ?`, TABLE);
    return rows.length > 0;
  }

  async get<T>(key: string): Promise<T | undefined> {
    if (this.#closed) throw new StateError(`get ${key}: ${this.label} is already closed`);
    let rows: Array<{ value: string }>;
    try {
      if (!(await this.hasTable())) return undefined;
      rows = await this.query<{ value: string }>(`SELECT value FROM ${TABLE} WHERE key = ?`, `${this.namespace}:${key}`);
    } catch (error) {
      throw new StateError(`get ${key} on ${this.label} failed: ${(error as Error).message}`, { cause: error });
    }
    const stored = rows[0]?.value;
    if (stored === undefined) return undefined;
    let entry: { value?: T; expires?: number };
    try {
      entry = JSON.parse(stored) as { value?: T; expires?: number };
    } catch (error) {
      throw new CorruptEntryError(key, `not JSON (${(error as Error).message}) in ${this.label}`, { cause: error });
    }
    // Expired is absent, as keyv reads it; the row stays for the worker's own sweep.
    return typeof entry.expires === 'number' && entry.expires < Date.now() ? undefined : entry.value;
  }

  set(key: string): Promise<void> {
    return Promise.reject(new StateError(`set ${key}: ${this.label} is open read-only`));
  }

  delete(key: string): Promise<boolean> {
    return Promise.reject(new StateError(`delete ${key}: ${this.label} is open read-only`));
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    await new Promise<void>((resolve, reject) => this.db.close((error) => (error ? reject(new StateError(`closing ${this.label} failed: ${error.message}`, { cause: error })) : resolve())));
  }

  private query<R>(sql: string, ...params: unknown[]): Promise<R[]> {
    return new Promise((resolve, reject) => this.db.all(sql, params, (error: Error | null, rows: R[]) => (error ? reject(error) : resolve(rows))));
  }
}
