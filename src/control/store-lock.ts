import { KeyedMutex } from '../adapters/keyed-mutex.ts';
import type { StateStore } from '../ports.ts';

/**
 * One lock per state store, shared by every reader-writer of its settings keys: slash commands
 * run concurrently, and a read-modify-write of one key must not overwrite another's change. One
 * process owns a store (as for the outbox), so an in-process lock is enough.
 */
const locks = new WeakMap<StateStore, KeyedMutex>();

export function storeLock(store: StateStore): KeyedMutex {
  let lock = locks.get(store);
  if (lock === undefined) locks.set(store, (lock = new KeyedMutex()));
  return lock;
}
