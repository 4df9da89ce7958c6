import type { StateStore } from '../ports.ts';
import { stateKeys } from './state-keys.ts';

// One feed's decisions change several keys: the stories of its topics, each story's post, the
// outbox, the seen marks and the feed's own state. Written one by one, a kill in between can
// keep the post queued and the item seen but forget the story, so the next outlet's report of
// the same event opens a new story and is posted again. So a feed's writes are collected here
// and committed together: first as one journal record (a single key write, atomic in SQLite and
// in Redis), then applied key by key, then the journal is cleared. A kill before the journal
// write loses the feed's decisions whole (its items are still unseen and come back next cycle);
// a kill after it is finished by `finishJournal` at the next cycle. Every write is a plain set
// or delete, so applying the journal twice does no harm.

interface JournalWrite {
  key: string;
  /** JSON text of the value; absent for a delete. */
  json?: string;
  ttlMs?: number;
}

interface Journal {
  writes: JournalWrite[];
  at: string;
}

/** A StateStore over `store` that holds writes until `commit()`; reads see the held writes. */
export class FeedWrites implements StateStore {
  readonly #held = new Map<string, JournalWrite>();

  constructor(private readonly store: StateStore) {}

  async get<T>(key: string): Promise<T | undefined> {
    const held = this.#held.get(key);
    if (held === undefined) return this.store.get<T>(key);
    // A fresh copy, as the store itself would give: a caller may change what it read.
    return held.json === undefined ? undefined : (JSON.parse(held.json) as T);
  }

  async set<T>(key: string, value: T, ttlMs?: number): Promise<void> {
    this.#held.set(key, { key, json: JSON.stringify(value), ...(ttlMs !== undefined ? { ttlMs } : {}) });
  }

  async delete(key: string): Promise<boolean> {
    const existed = (await this.get(key)) !== undefined;
    this.#held.set(key, { key });
    return existed;
  }

  async close(): Promise<void> {
    throw new Error('FeedWrites: close the underlying store instead');
  }

  /** How many writes wait. */
  get size(): number {
    return this.#held.size;
  }

  /** Journal, apply, clear. Nothing is written when nothing is held. */
  async commit(at: Date): Promise<void> {
    if (this.#held.size === 0) return;
    const journal: Journal = { writes: [...this.#held.values()], at: at.toISOString() };
    await this.store.set(stateKeys.journal, journal);
    await apply(this.store, journal);
    await this.store.delete(stateKeys.journal);
    this.#held.clear();
  }
}

/** Finishes the writes of a feed whose commit was cut short (a kill after its journal was written). */
export async function finishJournal(store: StateStore): Promise<number> {
  const journal = await store.get<Journal>(stateKeys.journal);
  if (journal === undefined) return 0;
  await apply(store, journal);
  await store.delete(stateKeys.journal);
  return journal.writes.length;
}

async function apply(store: StateStore, journal: Journal): Promise<void> {
  for (const write of journal.writes) {
    if (write.json === undefined) await store.delete(write.key);
    else await store.set(write.key, JSON.parse(write.json) as unknown, write.ttlMs);
  }
}
