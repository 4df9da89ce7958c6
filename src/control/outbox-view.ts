import { unlessCorrupt } from '../core/errors.ts';
import { readOutbox } from '../pipeline/outbox.ts';
import { stateKeys } from '../pipeline/state-keys.ts';
import type { StateStore } from '../ports.ts';

/**
 * The pipeline's outbox as a reader sees it (/status, the depth metric): the posts a drain can
 * use and what it cannot, with why. Nothing is set aside here: only the worker writes the
 * outbox, and its next read moves what is bad under outbox:quarantine. A value that is not JSON
 * reads as nothing usable; thrown, it failed /status until that cycle.
 */
export function peekOutbox(store: StateStore): Promise<ReturnType<typeof readOutbox>> {
  return unlessCorrupt(store.get<unknown>(stateKeys.outbox).then(readOutbox), (error) => ({ entries: [], bad: [error.raw], problem: error.message }));
}
