import type { ItemDecision } from '../core/model.ts';
import { CorruptEntryError, unlessCorrupt } from '../core/errors.ts';
import type { StateStore } from '../ports.ts';
import { stateKeys } from './state-keys.ts';

/** A decision as kept across cycles for `/preview`: when it was made. */
export type RecentDecision = ItemDecision & { at: string };

/**
 * The decisions kept for `/preview`. A list is a diagnostic, not a record anything depends on:
 * one that cannot be read (not JSON, not a list of decisions) is said once through `onCorrupt`
 * and read as empty, so the next cycle writes a fresh one. Thrown, it failed every cycle after
 * its posts were queued, and every `/preview`.
 */
export async function readRecentDecisions(store: StateStore, onCorrupt: (error: CorruptEntryError) => void): Promise<RecentDecision[]> {
  const key = stateKeys.recentDecisions;
  const checked = store.get<unknown>(key).then((value) => {
    if (value === undefined) return [];
    if (!Array.isArray(value) || !value.every((d) => typeof d === 'object' && d !== null && typeof (d as { kind?: unknown }).kind === 'string')) throw new CorruptEntryError(key, 'not a list of decisions');
    return value as RecentDecision[];
  });
  return unlessCorrupt(checked, (error) => (onCorrupt(error), []));
}
