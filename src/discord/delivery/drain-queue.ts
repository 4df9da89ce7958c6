// Drains one subscription's queue: in order, while the head entry is due and the channel's
// pacing allows, send it and settle the outcome. Exactly once per story per channel rests on
// two habits here:
//   - before a send that may make a message, the attempt is written down (`sentAt`), and the
//     delivered record is written before the entry leaves the queue;
//   - an entry that has such an attempt behind it is first looked for (webhook and forum sends
//     carry no nonce; a bot attempt older than the nonce window is no longer de-duplicated by
//     Discord) and adopted when found, instead of being sent again;
//   - a new message goes out only on the subscription's turn at the item in its channel
//     (channel-claims.ts): one topic's subscription posts it there, and another's stands in.
import type { Subscription } from '../../control/subscriptions.ts';
import type { Post } from '../../core/model.ts';
import type { Clock, Logger } from '../../ports.ts';
import type { ChannelClaims } from './channel-claims.ts';
import type { ChannelSender, SentMessage, TakeOver } from './channel-sender.ts';
import { judgeFailure, type FailureVerdict } from './delivery-failure.ts';
import type { DeliveryLedger } from './delivery-ledger.ts';
import { deliveryNonce } from './delivery-nonce.ts';
import { newEntry, sameEntry, type DeliveryQueue, type DeliveryQueues, type QueueEntry } from './delivery-queue.ts';
import { pacingAllows, recentSends, retryDelayMs, type BackoffOptions } from './delivery-timing.ts';

export interface DrainDeps {
  queues: DeliveryQueues;
  ledger: DeliveryLedger;
  claims: ChannelClaims;
  sender: ChannelSender;
  /** SubscriptionBook.markBroken, serialised by the caller: queues drained in parallel may break at once. */
  markBroken(subscriptionId: string, reason: string, at: Date): Promise<void>;
  clock: Clock;
  logger: Logger;
  postsPerMinute: number;
  backoff: BackoffOptions;
  nonceWindowMs: number;
}

/** What one flush did, summed over every queue. */
export interface DeliveryReport {
  /** New messages made (or found made by an earlier attempt and adopted). */
  sent: number;
  /** Messages edited. */
  updated: number;
  /** Entries left waiting: not yet due, paced, or behind a failed one. */
  deferred: number;
  /** Attempts that failed and will be retried after a backoff. */
  failed: number;
  /** Subscriptions marked broken (channel gone or forbidden). */
  broken: number;
  /** Entries given up: the message to edit is gone, or Discord refuses the message itself. */
  dropped: number;
  /** Why the last failed attempt failed (what `once` and the worker's health report). */
  lastError?: string;
  /**
   * Per channel id, what the attempts there did: a message made or edited is `delivered`; a
   * failed attempt (retried later) or a break is `failed`. A channel with nothing due is absent.
   * The worker's health follows each channel by it.
   */
  channels?: Record<string, ChannelDelivery>;
  /** Every subscribed channel (broken ones included), when the subscriptions could be read. */
  subscribed?: string[];
}

export interface ChannelDelivery {
  delivered: number;
  failed: number;
  lastError?: string;
}

/** Counts one attempt's outcome against its channel (`error`: it failed). */
export function noteChannel(report: DeliveryReport, channelId: string, error?: string): void {
  report.channels ??= {};
  const channel = (report.channels[channelId] ??= { delivered: 0, failed: 0 });
  if (error === undefined) channel.delivered += 1;
  else {
    channel.failed += 1;
    channel.lastError = error;
  }
}

export function emptyReport(): DeliveryReport {
  return { sent: 0, updated: 0, deferred: 0, failed: 0, broken: 0, dropped: 0 };
}

type Outcome =
  /** `recorded`: the ledger already had it (a crash between its two writes), so it is not counted again. */
  | { kind: 'sent'; message: SentMessage; oldestVersion: number; recorded?: true }
  | { kind: 'updated'; version: number }
  | { kind: 'vanished' }
  /** Another subscription of the channel holds the item: `wait` for its post, or it is `posted-elsewhere`. */
  | { kind: 'wait' | 'posted-elsewhere'; holder: string }
  | FailureVerdict;

export async function drainQueue(deps: DrainDeps, subscription: Subscription, report: DeliveryReport): Promise<void> {
  // Posts left waiting for another subscription's post of their item: passed over this round, so
  // they hold up nothing behind them.
  const standing = new Set<string>();
  for (;;) {
    const queue = await deps.queues.read(subscription.id);
    const head = queue.entries.find((e) => !(e.kind === 'publish' && standing.has(e.post.id)));
    if (head === undefined || !isDue(deps, queue, head)) {
      report.deferred += queue.entries.length;
      return;
    }
    const go =
      head.kind === 'publish'
        ? await deps.claims.sending(subscription.id, head.post, async () => {
            const outcome = await publishHead(deps, subscription, head);
            if (outcome.kind === 'wait') standing.add(head.post.id);
            return settle(deps, subscription, head, outcome, report);
          })
        : await settle(deps, subscription, head, await updateHead(deps, subscription, head), report);
    if (!go) return;
  }
}

function isDue(deps: DrainDeps, queue: DeliveryQueue, head: QueueEntry): boolean {
  const now = deps.clock.now();
  if (head.nextAttemptAt !== undefined && Date.parse(head.nextAttemptAt) > now.getTime()) return false;
  // Pacing limits new messages only: an edit adds nothing to scroll past (Discord's own rate
  // limits still apply to it through discord.js).
  return head.kind === 'update' || pacingAllows(queue.recentSendsAt, now, deps.postsPerMinute);
}

async function publishHead(deps: DrainDeps, subscription: Subscription, head: QueueEntry): Promise<Outcome> {
  const nonce = deliveryNonce(head.post.id, subscription.id);
  const now = deps.clock.now();
  // Delivered, but the process stopped before the entry left the queue: settle it, send nothing.
  const recorded = await deps.ledger.delivered(head.post.id, subscription.id);
  if (recorded !== undefined) {
    const { deliveredAt: _deliveredAt, ...message } = recorded;
    return { kind: 'sent', message, oldestVersion: head.sentVersion ?? head.version, recorded: true };
  }
  try {
    const turn = await deps.claims.turn(subscription, head.post);
    if (turn.kind !== 'send') return turn;
    // Taken over from a subscription that went: its send may have made a message whose answer
    // was lost, as the bot or through a webhook, whichever way this one posts.
    const lookUp = turn.lookFirst || mayAlreadyExist(deps, subscription, head, now);
    if (lookUp) {
      const takeOver = turn.lookFirst ? { earlierWebhookId: turn.earlierWebhookId } : undefined;
      const existing = await findExisting(deps, subscription, head.post, nonce, takeOver);
      if (existing !== undefined) return { kind: 'sent', message: existing, oldestVersion: head.sentVersion ?? head.version };
    }
    // Written down before the send: a crash from here on leaves a trace the next attempt follows.
    const attempt = await deps.queues.change(subscription.id, (queue) => {
      const entry = queue.entries.find((e) => sameEntry(e, head));
      if (entry === undefined) return undefined;
      // A lookup that found nothing rules out every earlier attempt; the nonce window starts afresh.
      if (entry.sentAt === undefined || lookUp) {
        entry.sentAt = now.toISOString();
        entry.sentVersion = entry.version;
      }
      return { post: entry.post, version: entry.version, oldestVersion: entry.sentVersion ?? entry.version };
    });
    if (attempt === undefined) return { kind: 'vanished' };
    const message = await deps.sender.create(subscription, attempt.post, nonce);
    return { kind: 'sent', message, oldestVersion: attempt.oldestVersion };
  } catch (error) {
    return judgeFailure(error, 'create', subscription);
  }
}

function mayAlreadyExist(deps: DrainDeps, subscription: Subscription, head: QueueEntry, now: Date): boolean {
  if (head.sentAt === undefined) return false;
  if (subscription.delivery.kind !== 'bot') return true;
  return now.getTime() - Date.parse(head.sentAt) > deps.nonceWindowMs;
}

// A lookup Discord refuses (the bot may not read the channel's history, say) cannot rule a copy
// in or out; the send goes ahead and its own answer decides. Only a transient failure waits.
async function findExisting(deps: DrainDeps, subscription: Subscription, post: Post, nonce: string, takeOver: TakeOver | undefined): Promise<SentMessage | undefined> {
  try {
    return await deps.sender.findExisting(subscription, post, nonce, takeOver);
  } catch (error) {
    if (judgeFailure(error, 'create', subscription).kind === 'retry') throw error;
    deps.logger.warn({ subscriptionId: subscription.id, postId: post.id, error: (error as Error).message }, 'discord: cannot look for an earlier copy; sending');
    return undefined;
  }
}

async function updateHead(deps: DrainDeps, subscription: Subscription, head: QueueEntry): Promise<Outcome> {
  const delivered = await deps.ledger.delivered(head.post.id, subscription.id);
  if (delivered === undefined) return { kind: 'drop', reason: 'no record of the message to edit (never delivered, or forgotten)' };
  try {
    await deps.sender.edit(subscription, delivered, head.post);
    return { kind: 'updated', version: head.version };
  } catch (error) {
    return judgeFailure(error, 'edit', subscription);
  }
}

/** Records the outcome; true when the queue may go on with its next entry. */
async function settle(deps: DrainDeps, subscription: Subscription, head: QueueEntry, outcome: Outcome, report: DeliveryReport): Promise<boolean> {
  const now = deps.clock.now();
  const fields = { subscriptionId: subscription.id, channelId: subscription.channelId, postId: head.post.id, kind: head.kind };
  switch (outcome.kind) {
    case 'vanished':
    case 'wait':
      return true;
    case 'posted-elsewhere':
      await deps.queues.change(subscription.id, (queue) => {
        queue.entries = queue.entries.filter((e) => !sameEntry(e, head));
      });
      deps.logger.info({ ...fields, postedBy: outcome.holder }, 'discord: the channel gets this item through another topic');
      return true;
    case 'sent':
      await deps.queues.change(subscription.id, async (queue) => {
        await deps.ledger.recordDelivered(head.post.id, subscription.id, { ...outcome.message, deliveredAt: now.toISOString() });
        const index = queue.entries.findIndex((e) => sameEntry(e, head));
        const entry = queue.entries[index];
        // The message may carry an older version than the one now waiting (the post was updated
        // while it was in flight, or an earlier lost attempt made it): edit it to catch up.
        if (entry !== undefined && entry.version !== outcome.oldestVersion) {
          queue.entries[index] = { ...newEntry('update', entry.post, now), version: entry.version };
        } else if (entry !== undefined) {
          queue.entries.splice(index, 1);
        }
        queue.recentSendsAt = [...recentSends(queue.recentSendsAt, now), now.toISOString()];
        delete queue.lastError;
      });
      // Made by an earlier attempt and recorded already: not counted again, but the channel took it.
      noteChannel(report, subscription.channelId);
      if (outcome.recorded) return true;
      await deps.ledger.countPost(now);
      report.sent += 1;
      deps.logger.info({ ...fields, messageId: outcome.message.messageId, via: outcome.message.via }, 'discord: post delivered');
      return true;
    case 'updated':
      await deps.queues.change(subscription.id, (queue) => {
        const index = queue.entries.findIndex((e) => sameEntry(e, head));
        const entry = queue.entries[index];
        // A newer version arrived during the edit: keep the entry, it goes out next round.
        if (entry !== undefined && entry.version === outcome.version) queue.entries.splice(index, 1);
        delete queue.lastError;
      });
      report.updated += 1;
      noteChannel(report, subscription.channelId);
      deps.logger.info(fields, 'discord: post updated');
      return true;
    case 'drop':
      await deps.queues.change(subscription.id, (queue) => {
        queue.entries = queue.entries.filter((e) => !sameEntry(e, head));
      });
      report.dropped += 1;
      deps.logger.warn({ ...fields, reason: outcome.reason }, 'discord: entry dropped');
      return true;
    case 'broken':
      await breakSubscription(deps, subscription, outcome.reason, now);
      report.broken += 1;
      noteChannel(report, subscription.channelId, outcome.reason);
      return false;
    case 'retry': {
      const left = await deps.queues.change(subscription.id, (queue) => {
        const entry = queue.entries.find((e) => sameEntry(e, head));
        if (entry !== undefined) {
          entry.attempts += 1;
          entry.nextAttemptAt = new Date(now.getTime() + retryDelayMs(entry.attempts, deps.backoff)).toISOString();
          entry.lastError = outcome.reason;
        }
        queue.lastError = outcome.reason;
        return { size: queue.entries.length, attempts: entry?.attempts, nextAttemptAt: entry?.nextAttemptAt };
      });
      report.failed += 1;
      report.lastError = outcome.reason;
      noteChannel(report, subscription.channelId, outcome.reason);
      report.deferred += left.size;
      deps.logger.warn({ ...fields, error: outcome.reason, attempts: left.attempts, nextAttemptAt: left.nextAttemptAt }, 'discord: send failed; will retry');
      return false;
    }
  }
}

// The channel is gone or forbids the bot: nothing queued for it can be delivered. The
// subscription shows as broken in /status until someone re-subscribes; the dropped posts are
// logged so nobody wonders where they went.
async function breakSubscription(deps: DrainDeps, subscription: Subscription, reason: string, now: Date): Promise<void> {
  await deps.markBroken(subscription.id, reason, now);
  const dropped = await deps.queues.change(subscription.id, (queue) => {
    const entries = queue.entries;
    queue.entries = [];
    queue.lastError = reason;
    return entries;
  });
  deps.logger.error(
    { subscriptionId: subscription.id, channelId: subscription.channelId, reason, dropped: dropped.map((e) => `${e.kind} ${e.post.id}`) },
    'discord: subscription broken; its queue was dropped',
  );
}
