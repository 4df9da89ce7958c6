// The pipeline's Publisher for Discord. publish() and update() only write the post into the
// queue of every subscription that wants it (idempotently, so the pipeline outbox may repeat
// them after a crash) and then try a flush: awaited by default (`once`, tests), started in the
// background once `deliverInBackground()` is called (the long-running worker), so a hung
// Discord send never holds up polling. flush() drains the queues, each on its own, so a
// slow, paced, failing or broken channel never holds up the others. Everything lives in the
// StateStore: a restart picks up every queue where it stopped.
import type { Client } from 'discord.js';
import { createLimiter } from '../../adapters/concurrency-limit.ts';
import type { Subscription, SubscriptionBook } from '../../control/subscriptions.ts';
import { CorruptEntryError, unlessCorrupt } from '../../core/errors.ts';
import type { Post } from '../../core/model.ts';
import type { Clock, Logger, PublishReceipt, Publisher, StateStore } from '../../ports.ts';
import { ChannelClaims } from './channel-claims.ts';
import { ChannelSender } from './channel-sender.ts';
import { DeliveryLedger } from './delivery-ledger.ts';
import { DeliveryQueues, newEntry, type DeliveryQueue } from './delivery-queue.ts';
import { DEFAULT_BACKOFF, pacingReopensAt, type BackoffOptions } from './delivery-timing.ts';
import { drainQueue, emptyReport, noteChannel, type DeliveryReport, type DrainDeps } from './drain-queue.ts';

export type { DeliveryReport } from './drain-queue.ts';

export interface DiscordPublisherOptions {
  /**
   * A logged-in discord.js client (Guilds intent): its REST manager sends, its cache finds forum
   * posts. A function when the client may be replaced (a new login after Discord was unreachable).
   */
  client: Client | (() => Client);
  store: StateStore;
  subscriptions: SubscriptionBook;
  clock: Clock;
  logger: Logger;
  /** Where "today" is for the posts-today counter. */
  timeZone: string;
  /** New messages per channel per minute; the rest wait in the channel's queue. Edits are not paced. */
  postsPerMinute: number;
  /** Wait after a failed send: doubling from `initialMs` (5 s) up to `maxMs` (5 min). */
  backoff?: Partial<BackoffOptions>;
  /** How long after an unanswered bot send a resend with the same nonce is trusted to be de-duplicated. */
  nonceWindowMs?: number;
  /** Queues drained at the same time. Discord limits per channel route, so a few in parallel cost nothing. */
  concurrentQueues?: number;
  /** The bot token, for the REST manager that sends webhook and forum posts with retries off (default: the client's). */
  token?: string;
}

export interface QueueStatus {
  subscriptionId: string;
  size: number;
  /** When the head entry goes out at the earliest, if it is waiting for a backoff or pacing. */
  nextAttemptAt?: string;
  lastError?: string;
}

export interface DeliveryStatus {
  queued: number;
  /** Messages delivered today (configured time zone), over all channels. */
  postsToday: number;
  queues: QueueStatus[];
}

export interface DiscordPublisher extends Publisher {
  /** Sends what is due in every queue; never throws (failures are logged and counted). */
  flush(): Promise<DeliveryReport>;
  /** Told what each flush did, background ones too: `once` and the worker's health tally deliveries from it. */
  onFlush(listener: (report: DeliveryReport) => void): void;
  status(): Promise<DeliveryStatus>;
  /** From now on publish() and update() start a flush without waiting for it (the worker). */
  deliverInBackground(): void;
  /** Settles once no flush is under way (a stop waits on it, for a bounded time). */
  idle(): Promise<void>;
  /** Releases what the publisher holds beyond the client (timers of its own REST manager). */
  close(): void;
}

export const PUBLISHER_DEFAULTS = {
  // Discord de-duplicates an enforced nonce for "a few minutes" (about five); trusting it for
  // four leaves room for clock skew and the time the first attempt spent in flight.
  nonceWindowMs: 4 * 60_000,
  concurrentQueues: 4,
} as const;

export function createDiscordPublisher(options: DiscordPublisherOptions): DiscordPublisher {
  if (!Number.isInteger(options.postsPerMinute) || options.postsPerMinute < 1) {
    throw new RangeError(`discord: postsPerMinute must be a positive integer, got ${options.postsPerMinute}`);
  }
  const { subscriptions, clock, logger } = options;
  const queues = new DeliveryQueues(options.store);
  const ledger = new DeliveryLedger(options.store, options.timeZone);
  const claims = new ChannelClaims(options.store, queues, ledger);
  const deps: DrainDeps = {
    queues,
    ledger,
    claims,
    sender: new ChannelSender(typeof options.client === 'function' ? options.client : () => options.client as Client, options.token),
    // The book serialises its own writes (two queues may break at the same moment).
    markBroken: (id, reason, at) => subscriptions.markBroken(id, reason, at),
    clock,
    logger,
    postsPerMinute: options.postsPerMinute,
    backoff: { ...DEFAULT_BACKOFF, ...options.backoff },
    nonceWindowMs: options.nonceWindowMs ?? PUBLISHER_DEFAULTS.nonceWindowMs,
  };
  const limiter = createLimiter(options.concurrentQueues ?? PUBLISHER_DEFAULTS.concurrentQueues);
  const flushListeners: Array<(report: DeliveryReport) => void> = [];

  async function drainQueues(): Promise<DeliveryReport> {
    const report = emptyReport();
    let active: Subscription[];
    try {
      const all = await subscriptions.list();
      // Broken ones too: a broken channel still fails (nothing reaches it) until it is unsubscribed.
      report.subscribed = [...new Set(all.map((s) => s.channelId))];
      active = all.filter((s) => s.broken === undefined);
    } catch (error) {
      logger.error({ error: (error as Error).message }, 'discord: cannot read subscriptions; nothing flushed');
      report.failed += 1;
      report.lastError = `cannot read the subscriptions: ${(error as Error).message}`;
      return report;
    }
    await Promise.all(
      active.map((subscription) =>
        limiter.run(async () => {
          try {
            await drainQueue(deps, subscription, report);
          } catch (error) {
            // A store failure mid-queue: the queue keeps its entries and is tried next flush.
            report.failed += 1;
            report.lastError = (error as Error).message;
            noteChannel(report, subscription.channelId, (error as Error).message);
            logger.error({ subscriptionId: subscription.id, error: (error as Error).message }, 'discord: queue could not be drained');
          }
        }),
      ),
    );
    return report;
  }

  async function drainAll(): Promise<DeliveryReport> {
    const report = await drainQueues();
    for (const listener of flushListeners) {
      try {
        listener(report);
      } catch (error) {
        logger.warn({ error: (error as Error).message }, 'discord: flush listener failed');
      }
    }
    return report;
  }

  let running: Promise<DeliveryReport> | undefined;
  let again: Promise<DeliveryReport> | undefined;
  function flush(): Promise<DeliveryReport> {
    if (running === undefined) {
      running = drainAll().finally(() => {
        running = undefined;
      });
      return running;
    }
    // The flush under way may already have passed a queue that just got an entry: one more
    // round after it (shared by every caller meanwhile) picks that up.
    again ??= running.then(() => {
      again = undefined;
      return flush();
    });
    return again;
  }

  async function flushQuietly(): Promise<void> {
    try {
      await flush();
    } catch (error) {
      logger.error({ error: (error as Error).message }, 'discord: flush failed');
    }
  }

  // One channel's queue that cannot be read (corrupt, not merely unreachable) is skipped with a
  // line naming it: thrown, it kept the pipeline's outbox from confirming the post, so the outbox
  // stopped at it and no channel got anything more. A store failure still throws (the outbox
  // keeps the post and repeats it; queueing is idempotent).
  function skipIfCorrupt(subscription: Subscription, queue: () => Promise<void>): Promise<void> {
    return unlessCorrupt(queue(), (error) =>
      logger.error(
        { subscriptionId: subscription.id, channelId: subscription.channelId, key: error.key, error: error.message },
        'discord: this channel\'s queue is corrupt: nothing is queued for it (/unsubscribe and /subscribe again start it afresh)',
      ),
    );
  }

  let background = false;
  /** After queueing: deliver now, waiting for it, or (the worker) in the background. */
  async function deliver(): Promise<void> {
    if (background) void flushQuietly();
    else await flushQuietly();
  }

  return {
    async publish(post: Post): Promise<PublishReceipt> {
      const now = clock.now();
      const targets = (await subscriptions.forTopic(post.topic)).filter((s) => s.minScore === undefined || post.score >= s.minScore);
      for (const subscription of targets) {
        await skipIfCorrupt(subscription, () =>
          queues.change(subscription.id, async (queue) => {
            if (queue.entries.some((e) => e.kind === 'publish' && e.post.id === post.id)) return;
            if ((await ledger.delivered(post.id, subscription.id)) !== undefined) return;
            // A channel subscribed to two topics that both take the item gets it once, from the
            // first to queue it: else two messages of one article, and a lookup after a lost
            // answer (by the article's link) could adopt the other topic's message as its own.
            // The others queue it too, in case the first goes before its post does (the send asks
            // whose turn it is). Claimed before queueing: a crash in between leaves the claim, and the replay queues it.
            await claims.claim(subscription, post);
            queue.entries.push(newEntry('publish', post, now));
          }),
        );
      }
      await deliver();
      // Each channel's message id lives in the delivered records; the pipeline needs none.
      return {};
    },

    // The receipt is not needed: each channel's message is in this publisher's delivered records.
    async update(post: Post): Promise<void> {
      const now = clock.now();
      for (const subscription of await subscriptions.forTopic(post.topic)) {
        await skipIfCorrupt(subscription, () =>
          queues.change(subscription.id, async (queue) => {
            // Still waiting (or in flight): the waiting copy becomes the new version.
            const waiting = queue.entries.find((e) => e.post.id === post.id);
            if (waiting !== undefined) {
              waiting.post = post;
              waiting.version += 1;
              return;
            }
            if ((await ledger.delivered(post.id, subscription.id)) !== undefined) queue.entries.push(newEntry('update', post, now));
          }),
        );
      }
      await deliver();
    },

    flush,

    onFlush(listener) {
      flushListeners.push(listener);
    },

    deliverInBackground() {
      background = true;
    },

    async idle() {
      while (running !== undefined || again !== undefined) await (again ?? running)!.catch(() => undefined);
    },

    close() {
      deps.sender.close();
    },

    async status(): Promise<DeliveryStatus> {
      const now = clock.now();
      const all = await subscriptions.list();
      const statuses = await Promise.all(
        all.map(async (subscription): Promise<QueueStatus> => {
          // Shown, not thrown: one corrupt queue must not take /status down with it.
          const queue = await unlessCorrupt<DeliveryQueue | CorruptEntryError>(queues.read(subscription.id), (error) => error);
          if (queue instanceof CorruptEntryError) return { subscriptionId: subscription.id, size: 0, lastError: queue.message };
          const head = queue.entries[0];
          const backoffUntil = head?.nextAttemptAt !== undefined && Date.parse(head.nextAttemptAt) > now.getTime() ? head.nextAttemptAt : undefined;
          const pacedUntil = head?.kind === 'publish' ? pacingReopensAt(queue.recentSendsAt, now, deps.postsPerMinute)?.toISOString() : undefined;
          const nextAttemptAt = [backoffUntil, pacedUntil].filter((t) => t !== undefined).sort().at(-1);
          return {
            subscriptionId: subscription.id,
            size: queue.entries.length,
            ...(nextAttemptAt !== undefined ? { nextAttemptAt } : {}),
            ...(queue.lastError !== undefined ? { lastError: queue.lastError } : {}),
          };
        }),
      );
      return { queued: statuses.reduce((n, q) => n + q.size, 0), postsToday: await ledger.postsOn(now), queues: statuses };
    },
  };
}
