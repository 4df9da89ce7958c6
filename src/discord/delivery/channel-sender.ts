// The Discord calls of delivery, made through discord.js's REST manager (`client.rest`) so its
// rate-limit handling (buckets, Retry-After, the global limit) and retries apply to every one.
// Three routes, by subscription: the bot posts a message (with an enforced nonce), a webhook
// posts under its own name and avatar, a forum gets a new post (thread) per story. Errors are
// thrown as discord.js made them; delivery-failure.ts says what they mean.
//
// One exception to discord.js's retries: it resends a request after a 5xx or its own timeout,
// and a webhook or forum post carries no nonce, so such a resend makes a second message when
// the first one was made but its answer lost. Those two are sent through a REST manager of
// their own with retries off (429s are still waited out: a 429 made nothing); the queue's
// look-up before a resend then decides (drain-queue.ts).
import { DiscordAPIError, MessageType, REST, Routes, makeURLSearchParams, type APIChannel, type APIEmbed, type APIMessage, type Client } from 'discord.js';
import type { Subscription } from '../../control/subscriptions.ts';
import type { Post } from '../../core/model.ts';
import type { DeliveredMessage } from './delivery-ledger.ts';
import { postEmbed, postMessage, threadName } from './post-message.ts';

export type SentMessage = Omit<DeliveredMessage, 'deliveredAt'>;

/**
 * A look-up for the copy of another subscription of the channel whose claim this one took over:
 * that one may have posted as the bot or through a webhook. `earlierWebhookId`: the webhook it
 * posted through, when its claim recorded one.
 */
export interface TakeOver {
  earlierWebhookId: string | undefined;
}

/** How many of a channel's latest messages a lookup reads: a copy is seconds to minutes old. */
const LOOKUP_MESSAGES = 50;

export class ChannelSender {
  /** REST managers with retries off, one per client (the runtime may replace the client). */
  readonly #once = new WeakMap<Client, REST>();
  readonly #made = new Set<REST>();

  /**
   * `clientOf`: the client of the moment (the runtime replaces it when it has to log in again).
   * `token`: the bot token, for the no-retry manager (default: the client's own).
   */
  constructor(
    private readonly clientOf: () => Client,
    private readonly token?: string,
  ) {}

  private get client(): Client {
    return this.clientOf();
  }

  /** The client's REST settings with retries off: for creates Discord does not de-duplicate. */
  private get onceRest(): REST {
    const client = this.client;
    let rest = this.#once.get(client);
    if (rest === undefined) {
      rest = new REST({ ...client.rest.options, retries: 0 });
      const token = this.token ?? client.token;
      if (token) rest.setToken(token);
      this.#once.set(client, rest);
      this.#made.add(rest);
    }
    return rest;
  }

  /** Stops the no-retry managers' sweep timers. */
  close(): void {
    for (const rest of this.#made) {
      rest.clearHashSweeper();
      rest.clearHandlerSweeper();
    }
    this.#made.clear();
  }

  /** Makes the post's message in the subscription's channel. */
  async create(subscription: Subscription, post: Post, nonce: string): Promise<SentMessage> {
    const message = postMessage(post, subscription.mentionRoleId);
    const delivery = subscription.delivery;
    if (delivery.kind === 'webhook') {
      const threadId = webhookThread(subscription);
      const made = (await this.onceRest.post(Routes.webhook(delivery.webhookId, delivery.webhookToken), {
        // Without wait=true Discord answers 204 and the message id (needed for edits) is lost.
        query: makeURLSearchParams({ wait: true, thread_id: threadId }),
        auth: false,
        body: { ...message, username: delivery.username, avatar_url: delivery.avatarUrl },
      })) as APIMessage;
      return { messageId: made.id, channelId: subscription.channelId, ...(threadId ? { threadId } : {}), via: 'webhook' };
    }
    if (delivery.kind === 'forum') {
      const thread = (await this.onceRest.post(Routes.threads(subscription.channelId), {
        body: { name: threadName(post), message },
      })) as APIChannel & { message?: APIMessage };
      // A forum post's starter message has the thread's id.
      return { messageId: thread.message?.id ?? thread.id, channelId: subscription.channelId, threadId: thread.id, via: 'forum' };
    }
    const made = (await this.client.rest.post(Routes.channelMessages(subscription.channelId), {
      body: { ...message, nonce, enforce_nonce: true },
    })) as APIMessage;
    return { messageId: made.id, channelId: subscription.channelId, via: 'bot' };
  }

  /** Replaces the embed of a delivered message with the post's new version; the mention stays as sent. */
  async edit(subscription: Subscription, delivered: DeliveredMessage, post: Post): Promise<void> {
    const { embeds, allowed_mentions } = postMessage(post, subscription.mentionRoleId);
    const delivery = subscription.delivery;
    if (delivered.via === 'webhook' && delivery.kind === 'webhook') {
      await this.client.rest.patch(Routes.webhookMessage(delivery.webhookId, delivery.webhookToken, delivered.messageId), {
        query: makeURLSearchParams({ thread_id: delivered.threadId }),
        auth: false,
        body: { embeds, allowed_mentions },
      });
      return;
    }
    await this.client.rest.patch(Routes.channelMessage(delivered.threadId ?? delivered.channelId, delivered.messageId), {
      body: { embeds, allowed_mentions },
    });
  }

  /**
   * The post's message if an earlier attempt made it though its answer was lost: among the
   * channel's latest messages by this author (the bot, or the subscription's webhook), one with
   * the post's link (its title when it has none); for a forum, the bot's thread of that name
   * whose starter message has the post's link. Not by nonce: Discord returns none on a message
   * read back (only in the create answer and MESSAGE_CREATE), so a nonce check never matches.
   *
   * `takeOver`: the copy looked for is another subscription's (see TakeOver), so any message the
   * bot made here counts: its own, or one through a webhook of this application (the one the
   * earlier holder's claim names, or any whose message Discord marks with this application's
   * `application_id`, which it sets on messages of application-owned webhooks). Never another
   * app's or a member's webhook, nor an interaction's reply. The copy found is recorded as what
   * it is (`via`), so a later edit goes the way Discord allows for it.
   */
  async findExisting(subscription: Subscription, post: Post, _nonce: string, takeOver?: TakeOver): Promise<SentMessage | undefined> {
    const expected = postEmbed(post);
    const delivery = subscription.delivery;
    if (delivery.kind === 'forum') return this.#findForumPost(subscription, post, expected);
    const latest = (await this.client.rest.get(Routes.channelMessages(subscription.channelId), {
      query: makeURLSearchParams({ limit: LOOKUP_MESSAGES }),
    })) as APIMessage[];
    const botId = this.client.user?.id;
    const bySelf = (m: APIMessage) => m.author.id === botId && m.webhook_id === undefined;
    const ownHook = delivery.kind === 'webhook' ? delivery.webhookId : undefined;
    const byOwnHook = (m: APIMessage) => m.webhook_id !== undefined && m.webhook_id === ownHook;
    const mine = takeOver === undefined ? (ownHook === undefined ? bySelf : byOwnHook) : (m: APIMessage) => bySelf(m) || byOwnHook(m) || this.#byAppWebhook(m, takeOver);
    const hit = latest.find((m) => mine(m) && sameStory(m.embeds[0], expected));
    if (hit === undefined) return undefined;
    if (hit.webhook_id !== undefined) {
      const threadId = webhookThread(subscription);
      return { messageId: hit.id, channelId: subscription.channelId, ...(threadId ? { threadId } : {}), via: 'webhook' };
    }
    return { messageId: hit.id, channelId: subscription.channelId, via: 'bot' };
  }

  /** A message of a webhook this application made (see findExisting); an interaction's reply is not one. */
  #byAppWebhook(m: APIMessage, takeOver: TakeOver): boolean {
    if (m.webhook_id === undefined || m.type !== MessageType.Default) return false;
    if (m.webhook_id === takeOver.earlierWebhookId) return true;
    const appId = this.client.application?.id;
    // An interaction's reply carries the application's id as its webhook_id.
    return appId !== undefined && m.application_id === appId && m.webhook_id !== appId && m.interaction_metadata === undefined;
  }

  // Forum threads come from the gateway cache: GUILD_CREATE lists every active thread and
  // THREAD_CREATE adds new ones (the Guilds intent), so a thread made seconds ago is there even
  // after a restart, at no REST cost.
  async #findForumPost(subscription: Subscription, post: Post, expected: APIEmbed): Promise<SentMessage | undefined> {
    const name = threadName(post);
    const botId = this.client.user?.id;
    for (const channel of this.client.channels.cache.values()) {
      if (!channel.isThread() || channel.parentId !== subscription.channelId || channel.ownerId !== botId || channel.name !== name) continue;
      let starter: APIMessage;
      try {
        starter = (await this.client.rest.get(Routes.channelMessage(channel.id, channel.id))) as APIMessage;
      } catch (error) {
        // A thread whose starter was deleted is not ours to adopt.
        if (error instanceof DiscordAPIError && error.status === 404) continue;
        throw error;
      }
      if (sameStory(starter.embeds[0], expected)) {
        return { messageId: starter.id, channelId: subscription.channelId, threadId: channel.id, via: 'forum' };
      }
    }
    return undefined;
  }
}

/** A webhook subscription on a thread posts through its parent's webhook into the thread. */
function webhookThread(subscription: Subscription): string | undefined {
  return subscription.parentChannelId === undefined ? undefined : subscription.channelId;
}

// The article link identifies the story; a post without one is recognised by its title.
function sameStory(embed: APIEmbed | undefined, expected: APIEmbed): boolean {
  if (embed === undefined) return false;
  return expected.url !== undefined ? embed.url === expected.url : embed.title === expected.title;
}
