// Which subscription of a channel posts an item there. A channel subscribed to two topics that
// both take an item gets it once: the first subscription to queue it claims the item in that
// channel, and the others queue it too, as stand-ins. Every send of a new message first asks
// whose turn it is. A claim holds while its post is delivered, waiting in its holder's queue or
// being sent right now; once the holder's post is none of these (the subscription was removed or
// broke, which empties its queue, or Discord refused the post), the first stand-in to ask takes
// the claim over. The claim stayed with a removed or broken subscription before, so the channel
// never got the item.
//
// A claim records how its holder posts (the webhook it posts through, if any), so a stand-in that
// takes it over can recognise the holder's copy in the channel when it looks before sending.
import type { KeyedMutex } from '../../adapters/keyed-mutex.ts';
import { storeLock } from '../../control/store-lock.ts';
import { unlessCorrupt } from '../../core/errors.ts';
import type { Subscription } from '../../control/subscriptions.ts';
import type { Post } from '../../core/model.ts';
import type { StateStore } from '../../ports.ts';
import { DELIVERED_TTL_MS, deliveryKeys } from './delivery-keys.ts';
import type { DeliveryLedger } from './delivery-ledger.ts';
import type { DeliveryQueues } from './delivery-queue.ts';

/**
 * The stored claim. Written by the first version of this module: the holder's id alone (a
 * string), read as a claim with no post id; `webhookId` and `takenFromWebhookId` came later.
 */
interface ChannelClaim {
  subscriptionId: string;
  /** '' for a claim of the first form: which post it was for is not known. */
  postId: string;
  /** The webhook the holder posts through (none: it posts as the bot, or into a forum). */
  webhookId?: string;
  /** The holder before a take-over: its send may have made a message whose answer was lost. */
  takenFrom?: string;
  takenFromWebhookId?: string;
}

/** Who asks: a subscription, with how it posts. */
export type ClaimAsker = Pick<Subscription, 'id' | 'channelId' | 'delivery'>;

export type ClaimTurn =
  /**
   * This subscription holds the claim. `lookFirst`: it took it over, so look for the earlier
   * holder's copy before sending; `earlierWebhookId`: the webhook that holder posted through, when known.
   */
  | { kind: 'send'; lookFirst: boolean; earlierWebhookId?: string }
  /** Another subscription's post of the item may still go out: leave this one waiting. */
  | { kind: 'wait'; holder: string }
  /** Another subscription posted the item here. */
  | { kind: 'posted-elsewhere'; holder: string };

export class ChannelClaims {
  readonly #lock: KeyedMutex;
  /** Publish sends under way in this process (`subscription id` NUL `item key`): one worker owns the delivery. */
  readonly #sending = new Set<string>();

  constructor(
    private readonly store: StateStore,
    private readonly queues: DeliveryQueues,
    private readonly ledger: DeliveryLedger,
  ) {
    this.#lock = storeLock(store);
  }

  /** Claims `post`'s item in the subscription's channel unless a subscription already has. */
  async claim(asker: ClaimAsker, post: Post): Promise<void> {
    const key = deliveryKeys.channelItem(asker.channelId, post.itemKey);
    await this.#lock.run(key, async () => {
      if ((await this.read(key)) === undefined) await this.write(key, { subscriptionId: asker.id, postId: post.id, ...webhookOf(asker) });
    });
  }

  /** Whether the subscription may send its post of the item now; takes a void claim over. */
  turn(asker: ClaimAsker, post: Post): Promise<ClaimTurn> {
    const key = deliveryKeys.channelItem(asker.channelId, post.itemKey);
    return this.#lock.run(key, async () => {
      const claim = await this.read(key);
      if (claim?.subscriptionId === asker.id) {
        return { kind: 'send', lookFirst: claim.takenFrom !== undefined, ...earlier(claim.takenFromWebhookId) };
      }
      if (claim !== undefined) {
        const holder = claim.subscriptionId;
        // In this order: the holder's entry leaves its queue only after its delivered record is
        // written, so a post found in neither place was not delivered.
        if (await this.stillWaiting(holder, post.itemKey)) return { kind: 'wait', holder };
        // A claim of the first form names no post, so its delivered record cannot be read: it is
        // taken over like a void one, and the look-up in the channel finds the holder's copy if
        // it made one. It held before, for its 30 days, and the channel never got the item when
        // the holder's post had not gone out.
        if (claim.postId !== '' && (await this.ledger.delivered(claim.postId, holder)) !== undefined) return { kind: 'posted-elsewhere', holder };
      }
      // No claim (it outlived its 30 days) or a void one: this subscription's now.
      const takenFrom = claim ? { takenFrom: claim.subscriptionId, ...(claim.webhookId ? { takenFromWebhookId: claim.webhookId } : {}) } : {};
      await this.write(key, { subscriptionId: asker.id, postId: post.id, ...webhookOf(asker), ...takenFrom });
      return { kind: 'send', lookFirst: claim !== undefined, ...earlier(claim?.webhookId) };
    });
  }

  /** Runs one publish send and its settling; meanwhile no stand-in takes the claim over. */
  async sending<T>(subscriptionId: string, post: Post, task: () => Promise<T>): Promise<T> {
    const mark = sendingMark(subscriptionId, post.itemKey);
    this.#sending.add(mark);
    try {
      return await task();
    } finally {
      this.#sending.delete(mark);
    }
  }

  private async stillWaiting(holder: string, itemKey: string): Promise<boolean> {
    // A holder's queue that cannot be read is never drained: its post will not go out.
    const queue = await unlessCorrupt(this.queues.read(holder), () => undefined);
    const entry = queue?.entries.find((e) => e.kind === 'publish' && e.post.itemKey === itemKey);
    // Sending right now: /unsubscribe may have cleared the queue under a send that will still land.
    return entry !== undefined || this.#sending.has(sendingMark(holder, itemKey));
  }

  private async read(key: string): Promise<ChannelClaim | undefined> {
    const stored = await this.store.get<ChannelClaim | string>(key);
    return typeof stored === 'string' ? { subscriptionId: stored, postId: '' } : stored;
  }

  private write(key: string, claim: ChannelClaim): Promise<void> {
    return this.store.set(key, claim, DELIVERED_TTL_MS);
  }
}

function sendingMark(subscriptionId: string, itemKey: string): string {
  return `${subscriptionId}\u0000${itemKey}`;
}

function webhookOf(asker: ClaimAsker): { webhookId?: string } {
  return asker.delivery.kind === 'webhook' ? { webhookId: asker.delivery.webhookId } : {};
}

function earlier(webhookId: string | undefined): { earlierWebhookId?: string } {
  return webhookId === undefined ? {} : { earlierWebhookId: webhookId };
}
