import type { KeyedMutex } from '../adapters/keyed-mutex.ts';
import type { StateStore } from '../ports.ts';
import { storeLock } from './store-lock.ts';

// Which Discord channels want which topic. Written by /subscribe and /unsubscribe, read by the
// Discord publisher for every post; kept in the state store so it survives restarts and is
// shared by every worker on the same store.

/** How posts reach the channel. */
export type SubscriptionDelivery =
  /** The bot sends a message (text or announcement channel, or a thread). */
  | { kind: 'bot' }
  /** A channel webhook sends it, under its own name and avatar. */
  | { kind: 'webhook'; webhookId: string; webhookToken: string; username?: string; avatarUrl?: string }
  /** A forum channel: each story opens a post (thread) of its own. */
  | { kind: 'forum' };

export interface Subscription {
  /** `<channel id>:<topic>`: one subscription per channel and topic. */
  id: string;
  guildId: string;
  /** The channel posted to: a text, announcement or forum channel, or a thread. */
  channelId: string;
  /** A thread's parent channel (webhooks are created on the parent and post with thread_id). */
  parentChannelId?: string;
  topic: string;
  /** A role mentioned with each post. */
  mentionRoleId?: string;
  /** Posts scoring below this are not sent here (the topic's own threshold still applies). */
  minScore?: number;
  delivery: SubscriptionDelivery;
  createdBy?: string;
  createdAt: string;
  /** Set when the channel is gone or forbids the bot: posts skip it until re-subscribed. */
  broken?: { reason: string; at: string };
}

export const SUBSCRIPTIONS_KEY = 'discord:subscriptions';

export function subscriptionId(channelId: string, topic: string): string {
  return `${channelId}:${topic}`;
}

/**
 * Read-modify-write over one key: subscriptions change rarely, by hand. Changes through any book
 * on the same store are serialised (a slash command and the publisher marking a channel broken
 * may write at once).
 */
export class SubscriptionBook {
  private readonly lock: KeyedMutex;

  constructor(private readonly store: StateStore) {
    this.lock = storeLock(store);
  }

  private change<T>(edit: (all: Subscription[]) => { next?: Subscription[]; result: T }): Promise<T> {
    return this.lock.run(SUBSCRIPTIONS_KEY, async () => {
      const { next, result } = edit(await this.list());
      if (next !== undefined) await this.store.set(SUBSCRIPTIONS_KEY, next);
      return result;
    });
  }

  async list(): Promise<Subscription[]> {
    return (await this.store.get<Subscription[]>(SUBSCRIPTIONS_KEY)) ?? [];
  }

  async get(id: string): Promise<Subscription | undefined> {
    return (await this.list()).find((s) => s.id === id);
  }

  /** Subscriptions a post of `topic` goes to, broken ones left out. */
  async forTopic(topic: string): Promise<Subscription[]> {
    return (await this.list()).filter((s) => s.topic === topic && s.broken === undefined);
  }

  async inChannel(channelId: string): Promise<Subscription[]> {
    return (await this.list()).filter((s) => s.channelId === channelId);
  }

  /** Adds or replaces (same channel and topic); re-subscribing clears a broken mark. */
  put(subscription: Subscription): Promise<void> {
    return this.change((all) => ({ next: [...all.filter((s) => s.id !== subscription.id), subscription], result: undefined }));
  }

  remove(id: string): Promise<Subscription | undefined> {
    return this.change((all) => {
      const gone = all.find((s) => s.id === id);
      return { next: gone ? all.filter((s) => s.id !== id) : undefined, result: gone };
    });
  }

  markBroken(id: string, reason: string, at: Date): Promise<void> {
    return this.change((all) => {
      const target = all.find((s) => s.id === id);
      if (target === undefined) return { result: undefined };
      target.broken = { reason, at: at.toISOString() };
      return { next: all, result: undefined };
    });
  }
}
