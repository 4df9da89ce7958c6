// Builders for messages (with their embeds and attachments) and webhooks, as Discord answers
// them and sends them in MESSAGE_* events. Pure functions, no server state.

import type { Json, Snowflake } from './api-constants.ts';
import type { ApiUser } from './guild-payloads.ts';
import { fakeToken, snowflake } from './snowflake.ts';

// ---------------------------------------------------------------- messages, webhooks

export interface ApiEmbed extends Json {
  type?: string;
}

export interface ApiAttachment extends Json {
  id: Snowflake;
  filename: string;
  size: number;
}

export interface ApiMessage extends Json {
  id: Snowflake;
  channel_id: Snowflake;
  author: ApiUser;
  content: string;
  embeds: ApiEmbed[];
  attachments: ApiAttachment[];
  flags: number;
  edited_timestamp: string | null;
}

export function messagePayload(input: {
  id?: Snowflake;
  channelId: Snowflake;
  author: ApiUser;
  content?: string;
  embeds?: Json[];
  components?: unknown[];
  attachments?: ApiAttachment[];
  nonce?: string | number;
  flags?: number;
  type?: number;
  webhookId?: Snowflake;
  applicationId?: Snowflake;
  position?: number;
  extra?: Json;
}): ApiMessage {
  const id = input.id ?? snowflake();
  return {
    id,
    channel_id: input.channelId,
    author: input.author,
    content: input.content ?? '',
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: input.attachments ?? [],
    // Discord stamps every stored embed with type "rich"; clients that diff embeds see that.
    embeds: (input.embeds ?? []).map((e) => ({ type: 'rich', ...e })),
    pinned: false,
    type: input.type ?? 0,
    flags: input.flags ?? 0,
    components: input.components ?? [],
    ...(input.nonce !== undefined ? { nonce: input.nonce } : {}),
    ...(input.webhookId ? { webhook_id: input.webhookId } : {}),
    ...(input.applicationId ? { application_id: input.applicationId } : {}),
    ...(input.position !== undefined ? { position: input.position } : {}),
    ...input.extra,
  };
}

/** The author Discord shows for a webhook message: a bot user whose id is the webhook id. */
export function webhookAuthor(webhookId: Snowflake, username: string, avatar: string | null = null): ApiUser {
  return { id: webhookId, username, discriminator: '0000', global_name: null, avatar, bot: true };
}

export interface ApiWebhook extends Json {
  id: Snowflake;
  token: string;
  channel_id: Snowflake;
  name: string;
}

export function webhookPayload(input: {
  guildId: Snowflake;
  channelId: Snowflake;
  name: string;
  avatar?: string | null;
  creator: ApiUser;
  /** The bot application that made it; none for a webhook a user made in the channel settings. */
  applicationId?: Snowflake;
}): ApiWebhook {
  const id = snowflake();
  const token = fakeToken();
  return {
    id,
    type: 1,
    guild_id: input.guildId,
    channel_id: input.channelId,
    name: input.name,
    avatar: input.avatar ?? null,
    token,
    application_id: input.applicationId ?? null,
    user: input.creator,
    // discord.com-shaped on purpose: discord.js's `new WebhookClient({ url })` only parses
    // discord.com URLs; the id/token it extracts then go to whatever `rest.api` points at.
    url: `https://discord.com/api/webhooks/${id}/${token}`,
  };
}
