import { StateError } from '../core/errors.ts';
import type { StateStore } from '../ports.ts';

// An in-memory StateStore for tests and `once`/`demo` runs. It behaves like the keyv stores
// where a test could notice: values go through JSON (no shared references, Dates become
// strings) and entries expire after ttlMs by the injected clock, not the wall clock.

export interface MemoryStoreOptions {
  /** Milliseconds since the epoch; tests pass a fixed or stepping clock. Default: Date.now. */
  now?: () => number;
}

interface Entry {
  json: string | undefined;
  expiresAtMs?: number;
}

export class MemoryStore implements StateStore {
  readonly #entries = new Map<string, Entry>();
  readonly #now: () => number;
  #closed = false;

  constructor(options: MemoryStoreOptions = {}) {
    this.#now = options.now ?? Date.now;
  }

  async get<T>(key: string): Promise<T | undefined> {
    this.#assertOpen('get', key);
    const entry = this.#live(key);
    return entry?.json === undefined ? undefined : (JSON.parse(entry.json) as T);
  }

  async set<T>(key: string, value: T, ttlMs?: number): Promise<void> {
    this.#assertOpen('set', key);
    if (ttlMs !== undefined && !(Number.isFinite(ttlMs) && ttlMs > 0)) {
      throw new StateError(`set ${key}: ttlMs must be a positive number of milliseconds, got ${ttlMs}`);
    }
    const entry: Entry = { json: JSON.stringify(value) };
    if (ttlMs !== undefined) entry.expiresAtMs = this.#now() + ttlMs;
    this.#entries.set(key, entry);
  }

  async delete(key: string): Promise<boolean> {
    this.#assertOpen('delete', key);
    const existed = this.#live(key) !== undefined;
    this.#entries.delete(key);
    return existed;
  }

  async close(): Promise<void> {
    this.#closed = true;
  }

  /** Keys that have not expired, sorted; for tests that check what a cycle recorded. */
  keys(): string[] {
    return [...this.#entries.keys()].filter((key) => this.#live(key) !== undefined).sort();
  }

  // An entry is gone once its lifetime has fully elapsed: set at t with ttl d, absent at t + d.
  #live(key: string): Entry | undefined {
    const entry = this.#entries.get(key);
    if (entry?.expiresAtMs !== undefined && this.#now() >= entry.expiresAtMs) {
      this.#entries.delete(key);
      return undefined;
    }
    return entry;
  }

  #assertOpen(operation: string, key: string): void {
    if (this.#closed) throw new StateError(`${operation} ${key}: memory store is already closed`);
  }
}
