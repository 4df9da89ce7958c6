// What has been delivered: where each post landed in each subscription's channel (so an update
// edits that message, and a repeated publish is refused), and how many messages went out today.
import type { StateStore } from '../../ports.ts';
import { DAY_STATS_TTL_MS, DELIVERED_TTL_MS, deliveryKeys } from './delivery-keys.ts';
import { KeyedMutex } from '../../adapters/keyed-mutex.ts';

export type DeliveryRoute = 'bot' | 'webhook' | 'forum';

/** A message made for one post in one subscription's channel. */
export interface DeliveredMessage {
  messageId: string;
  /** The subscription's channel (for a forum: the forum). */
  channelId: string;
  /** The thread the message is in: a forum post's own thread, or the thread a webhook posts into. */
  threadId?: string;
  via: DeliveryRoute;
  deliveredAt: string;
}

export class DeliveryLedger {
  readonly #mutex = new KeyedMutex();
  readonly #day: Intl.DateTimeFormat;

  constructor(
    private readonly store: StateStore,
    timeZone: string,
  ) {
    this.#day = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  }

  async delivered(postId: string, subscriptionId: string): Promise<DeliveredMessage | undefined> {
    return this.store.get<DeliveredMessage>(deliveryKeys.delivered(postId, subscriptionId));
  }

  async recordDelivered(postId: string, subscriptionId: string, message: DeliveredMessage): Promise<void> {
    await this.store.set(deliveryKeys.delivered(postId, subscriptionId), message, DELIVERED_TTL_MS);
  }

  /** Counts one new message on `at`'s local day. */
  async countPost(at: Date): Promise<void> {
    const key = deliveryKeys.postsOnDay(this.localDay(at));
    await this.#mutex.run(key, async () => {
      const count = (await this.store.get<number>(key)) ?? 0;
      await this.store.set(key, count + 1, DAY_STATS_TTL_MS);
    });
  }

  async postsOn(at: Date): Promise<number> {
    return (await this.store.get<number>(deliveryKeys.postsOnDay(this.localDay(at)))) ?? 0;
  }

  /** YYYY-MM-DD in the configured time zone: "today" is the readers' day, not UTC's. */
  localDay(at: Date): string {
    const parts = Object.fromEntries(this.#day.formatToParts(at).map((p) => [p.type, p.value]));
    return `${parts.year}-${parts.month}-${parts.day}`;
  }
}
