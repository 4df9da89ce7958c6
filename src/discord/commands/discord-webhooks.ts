import { ChannelType, type Client, type ForumChannel, type NewsChannel, type TextChannel } from 'discord.js';
import type { CreatedWebhook } from './command-types.ts';

const WEBHOOK_CHANNEL_TYPES = new Set<ChannelType>([ChannelType.GuildText, ChannelType.GuildAnnouncement, ChannelType.GuildForum]);

/**
 * `createWebhook` for /subscribe: a webhook made by the bot (it needs Manage Webhooks in the
 * channel). Only its name is set; the avatar travels with each post as `avatar_url`, so the
 * bot never downloads an image from a URL a user typed.
 */
export function createWebhookCreator(client: Client): (channelId: string, name: string) => Promise<CreatedWebhook> {
  return async (channelId, name) => {
    const channel = await client.channels.fetch(channelId);
    if (channel === null || !WEBHOOK_CHANNEL_TYPES.has(channel.type)) throw new Error(`channel ${channelId} cannot hold webhooks`);
    const hook = await (channel as TextChannel | NewsChannel | ForumChannel).createWebhook({ name, reason: 'newshound: /subscribe with webhook_name' });
    if (hook.token === null) throw new Error('Discord returned a webhook without a token');
    return { id: hook.id, token: hook.token };
  };
}
