import { CorruptEntryError } from '../core/errors.ts';
import type { Post } from '../core/model.ts';
import type { Clock, Logger, PublishReceipt, Publisher, StateStore } from '../ports.ts';
import { setAside } from './quarantine.ts';
import { stateKeys } from './state-keys.ts';

export interface OutboxEntry {
  /** 'publish' a new post (the default), or 'update' one already delivered. */
  kind?: 'publish' | 'update';
  post: Post;
  enqueuedAt: string;
  attempts: number;
  lastError?: string;
}

/** How long a delivered post's id is remembered, to skip a resend after a crash mid-delivery. */
const POSTED_TTL_MS = 14 * 24 * 3_600_000;

/**
 * The outbox makes delivery exactly-once in practice: a post is written here before it is
 * published and removed only after the publisher confirms, so a crash or a failing publisher
 * loses nothing; a delivered post's id is recorded before its removal, so a crash between the
 * two does not send it twice. One worker owns the outbox (it is one key, read-modify-write).
 */
export class Outbox {
  /** `logger` and `clock` say when a corrupt outbox is set aside (else silently, undated). */
  constructor(
    private readonly store: StateStore,
    private readonly report: { logger?: Logger; clock?: Clock } = {},
  ) {}

  /**
   * The waiting entries. What cannot be read (not JSON, not a list, an entry that is not a
   * queued post) is moved under outbox:quarantine with one error line, and the valid entries are
   * kept: thrown, it failed every cycle, so nothing was posted again until someone edited the store.
   */
  async entries(): Promise<OutboxEntry[]> {
    let stored: unknown;
    try {
      stored = await this.store.get<unknown>(stateKeys.outbox);
    } catch (error) {
      if (!(error instanceof CorruptEntryError)) throw error;
      await this.setAside([error.raw !== undefined ? { raw: error.raw } : {}], error.message.replace(/^state: the entry \S+ is corrupt: /, ''), []);
      return [];
    }
    const read = readOutbox(stored);
    if (read.bad.length > 0) await this.setAside(read.bad.map((value) => ({ value })), read.problem!, read.entries);
    return read.entries;
  }

  private async setAside(values: ReadonlyArray<{ value?: unknown; raw?: string }>, reason: string, kept: OutboxEntry[]): Promise<void> {
    const at = this.report.clock?.now().toISOString();
    const where = await setAside(this.store, stateKeys.outboxQuarantine, values.map((v) => ({ ...v, reason, ...(at ? { at } : {}) })), at);
    // The valid entries (none, if the whole value was bad) replace it: the next read is clean, so this is said once.
    await this.store.set(stateKeys.outbox, kept);
    this.report.logger?.error(
      { key: stateKeys.outbox, setAside: values.length, quarantine: where, reason },
      `the outbox is corrupt: ${values.length === 1 ? 'what could not be read was' : `${values.length} values that could not be read were`} set aside under ${where}; the valid posts are kept`,
    );
  }

  /** Appends posts not already waiting; returns how many were added. */
  async enqueue(posts: readonly Post[], now: Date): Promise<number> {
    if (posts.length === 0) return 0;
    const entries = await this.entries();
    const waiting = new Set(entries.map((e) => e.post.id));
    const fresh = posts.filter((p) => !waiting.has(p.id));
    if (fresh.length === 0) return 0;
    entries.push(...fresh.map((post) => ({ post, enqueuedAt: now.toISOString(), attempts: 0 })));
    await this.store.set(stateKeys.outbox, entries);
    return fresh.length;
  }

  /**
   * Queues a new version of a post (its story gained a report). If the post itself is still
   * waiting, the waiting copy is replaced: it goes out once, already up to date.
   */
  async enqueueUpdate(post: Post, now: Date): Promise<void> {
    const entries = await this.entries();
    const waiting = entries.find((e) => e.post.id === post.id);
    if (waiting) waiting.post = post;
    else entries.push({ kind: 'update', post, enqueuedAt: now.toISOString(), attempts: 0 });
    await this.store.set(stateKeys.outbox, entries);
  }

  /**
   * Publishes waiting posts in order. Stops at the first failure so posts go out in the order
   * they were found once the publisher is back.
   */
  async drain(publisher: Publisher, logger: Logger): Promise<{ published: number; failures: number; left: number }> {
    let entries = await this.entries();
    let published = 0;
    let failures = 0;
    while (entries.length > 0) {
      const entry = entries[0]!;
      const delivered = await this.store.get<PublishReceipt | true>(stateKeys.posted(entry.post.id));
      const isUpdate = entry.kind === 'update';
      if (isUpdate ? delivered !== undefined : delivered === undefined) {
        try {
          if (isUpdate) {
            await publisher.update(entry.post, delivered === true || delivered === undefined ? {} : delivered);
          } else {
            const receipt = await publisher.publish(entry.post);
            await this.store.set(stateKeys.posted(entry.post.id), receipt, POSTED_TTL_MS);
          }
        } catch (error) {
          failures += 1;
          entry.attempts += 1;
          entry.lastError = error instanceof Error ? error.message : String(error);
          await this.store.set(stateKeys.outbox, entries);
          logger.warn({ postId: entry.post.id, attempts: entry.attempts, error: entry.lastError }, 'publisher failed; post kept in the outbox');
          break;
        }
        if (!isUpdate) published += 1;
      } else if (isUpdate) {
        logger.warn({ postId: entry.post.id }, 'update of a post that was never delivered: dropped');
      }
      entries = entries.slice(1);
      await this.store.set(stateKeys.outbox, entries);
    }
    return { published, failures, left: entries.length };
  }
}

/** An outbox value split into the entries a drain can use and what it cannot (with why). */
export function readOutbox(stored: unknown): { entries: OutboxEntry[]; bad: unknown[]; problem?: string } {
  if (stored === undefined || stored === null) return { entries: [], bad: [] };
  if (!Array.isArray(stored)) return { entries: [], bad: [stored], problem: 'not a list of queued posts' };
  const entries = stored.filter(isOutboxEntry);
  const bad = stored.filter((entry) => !isOutboxEntry(entry));
  return bad.length === 0 ? { entries, bad } : { entries, bad, problem: `${bad.length} of ${stored.length} entries are not queued posts` };
}

/** What drain() and the publishers rely on: a post with its id and topic, a known kind, a count of attempts. */
function isOutboxEntry(value: unknown): value is OutboxEntry {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const entry = value as Partial<OutboxEntry>;
  const post = entry.post as Partial<Post> | null | undefined;
  return (
    (entry.kind === undefined || entry.kind === 'publish' || entry.kind === 'update') &&
    typeof post === 'object' && post !== null && typeof post.id === 'string' && typeof post.topic === 'string' &&
    typeof entry.attempts === 'number'
  );
}
