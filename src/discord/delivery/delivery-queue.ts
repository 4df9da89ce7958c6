// One persisted queue per subscription. Each channel drains its own queue, so one channel's
// pacing, backoff or breakage never holds up another, and a restart resumes every queue where
// it stopped. A queue is one state key, changed only through `change()` (one at a time per key).
import type { Post } from '../../core/model.ts';
import type { StateStore } from '../../ports.ts';
import { deliveryKeys } from './delivery-keys.ts';
import type { KeyedMutex } from '../../adapters/keyed-mutex.ts';
import { storeLock } from '../../control/store-lock.ts';
import { CorruptEntryError } from '../../core/errors.ts';

export type EntryKind = 'publish' | 'update';

export interface QueueEntry {
  /** 'publish' makes the message; 'update' edits the message made earlier. */
  kind: EntryKind;
  post: Post;
  /** Bumped whenever a newer version of the post replaces this one, so an ack can tell it sent the latest. */
  version: number;
  enqueuedAt: string;
  attempts: number;
  /** Not tried again before this time (backoff after a failure). */
  nextAttemptAt?: string;
  lastError?: string;
  /**
   * The first send attempt that may have made a message (its answer was never seen), from when
   * a copy might exist; cleared by a lookup that found none. Absent: never tried.
   */
  sentAt?: string;
  /** The post version that attempt carried: a copy made then may need an edit to catch up. */
  sentVersion?: number;
}

export interface DeliveryQueue {
  entries: QueueEntry[];
  /** When this channel got its recent new messages (pacing looks at the last minute). */
  recentSendsAt: string[];
  /** The last failure, shown in /status until a send succeeds. */
  lastError?: string;
}

export function newEntry(kind: EntryKind, post: Post, now: Date): QueueEntry {
  return { kind, post, version: 1, enqueuedAt: now.toISOString(), attempts: 0 };
}

/** An entry's identity within a queue: at most one publish and one update per post wait at once. */
export function sameEntry(a: Pick<QueueEntry, 'kind' | 'post'>, b: Pick<QueueEntry, 'kind' | 'post'>): boolean {
  return a.kind === b.kind && a.post.id === b.post.id;
}

export class DeliveryQueues {
  // Shared by every DeliveryQueues on the store: /unsubscribe clears a queue the publisher may be draining.
  readonly #mutex: KeyedMutex;

  constructor(private readonly store: StateStore) {
    this.#mutex = storeLock(store);
  }

  /** Throws CorruptEntryError when the stored queue is not a queue: the caller skips that one channel. */
  async read(subscriptionId: string): Promise<DeliveryQueue> {
    const key = deliveryKeys.queue(subscriptionId);
    const stored = await this.store.get<DeliveryQueue>(key);
    const wrong = stored === undefined ? undefined : whatIsWrong(stored);
    if (wrong !== undefined) throw new CorruptEntryError(key, wrong);
    return { entries: stored?.entries ?? [], recentSendsAt: stored?.recentSendsAt ?? [], ...(stored?.lastError ? { lastError: stored.lastError } : {}) };
  }

  /**
   * Reads the queue, lets `edit` change it in place, and writes it back, with no other change
   * to the same queue in between. `edit` may await other reads (the delivered record) so that
   * its decision and its write are one step.
   */
  async change<T>(subscriptionId: string, edit: (queue: DeliveryQueue) => T | Promise<T>): Promise<T> {
    return this.#mutex.run(deliveryKeys.queue(subscriptionId), async () => {
      const queue = await this.read(subscriptionId);
      const result = await edit(queue);
      const key = deliveryKeys.queue(subscriptionId);
      if (queue.entries.length === 0 && queue.recentSendsAt.length === 0 && queue.lastError === undefined) {
        await this.store.delete(key);
      } else {
        await this.store.set(key, queue);
      }
      return result;
    });
  }

  /** Drops a subscription's queue (it was unsubscribed), after any change in flight. */
  clear(subscriptionId: string): Promise<void> {
    return this.#mutex.run(deliveryKeys.queue(subscriptionId), async () => void (await this.store.delete(deliveryKeys.queue(subscriptionId))));
  }
}

/** Why a stored value is not a DeliveryQueue, if it is not; only what the drain relies on is checked. */
function whatIsWrong(stored: unknown): string | undefined {
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return 'not an object';
  const { entries, recentSendsAt } = stored as Partial<Record<keyof DeliveryQueue, unknown>>;
  if (entries !== undefined && !Array.isArray(entries)) return 'entries is not a list';
  if (recentSendsAt !== undefined && !(Array.isArray(recentSendsAt) && recentSendsAt.every((t) => typeof t === 'string'))) return 'recentSendsAt is not a list of times';
  const bad = (entries ?? []).findIndex((entry: unknown) => {
    const e = entry as Partial<QueueEntry> | null;
    return typeof e !== 'object' || e === null || (e.kind !== 'publish' && e.kind !== 'update') || typeof e.post !== 'object' || e.post === null || typeof e.post.id !== 'string' || typeof e.version !== 'number';
  });
  return bad === -1 ? undefined : `entry ${bad} is not a queued post`;
}
