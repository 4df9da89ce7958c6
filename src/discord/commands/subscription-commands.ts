import { subscriptionId, type Subscription, type SubscriptionDelivery } from '../../control/subscriptions.ts';
import { DeliveryQueues } from '../delivery/delivery-queue.ts';
import { CommandInputError, clipped, clippedProse, httpUrl, numberOption, requiredString, snowflake, stringOption, topicName } from './command-input.ts';
import { missingPermissions, type PermissionName } from './command-permissions.ts';
import type { CommandContext, CommandReply, CommandRequest, CreatedWebhook } from './command-types.ts';
import { discordTime, listLines, plural, reply } from './reply-format.ts';
import { requireTopic } from './topic-catalog.ts';

// /subscribe, /unsubscribe and /subscriptions: which channels get which topic, and how posts
// reach them (the bot itself, a channel webhook with its own name and avatar, or forum posts).

/** Discord channel types (https://discord.com/developers/docs/resources/channel#channel-object-channel-types). */
export const CHANNEL_TYPES = { GuildText: 0, GuildAnnouncement: 5, AnnouncementThread: 10, PublicThread: 11, PrivateThread: 12, GuildForum: 15 } as const;
const THREAD_TYPES = new Set<number>([CHANNEL_TYPES.AnnouncementThread, CHANNEL_TYPES.PublicThread, CHANNEL_TYPES.PrivateThread]);
const MESSAGE_TYPES = new Set<number>([CHANNEL_TYPES.GuildText, CHANNEL_TYPES.GuildAnnouncement]);

export const MIN_SCORE_RANGE = { min: 0, max: 20 } as const;
export const WEBHOOK_NAME_MAX_CHARS = 80;

type Place = 'channel' | 'thread' | 'forum';

export async function subscribe(request: CommandRequest, context: CommandContext): Promise<CommandReply> {
  const topic = await requireTopic(context, requiredString(request, 'topic'));
  const mention = mentionRole(request);
  const minScore = numberOption(request, 'min_score', MIN_SCORE_RANGE);
  const webhook = webhookOptions(request);
  const place = placeOf(request.channel);
  const parentChannelId = place === 'thread' ? request.channel.parentId : undefined;
  if (place === 'thread' && parentChannelId === undefined) throw new CommandInputError('Discord did not say which channel this thread belongs to; try again in a moment.');

  let delivery: SubscriptionDelivery = place === 'forum' ? { kind: 'forum' } : { kind: 'bot' };
  // A webhook posts whatever the bot's own rights; the bot posting itself needs them here, and
  // without them every post would be refused (50001/50013) and the subscription break at once.
  if (webhook === undefined) refuseWithoutRights(request, place);
  if (webhook !== undefined) {
    if (place === 'forum') throw new CommandInputError('A webhook cannot open forum posts for the bot: subscribe this forum without `webhook_name` (each story becomes a post), or use a webhook in one of its posts.');
    // A webhook lives on a channel; in a thread it is the parent's, posting with the thread as target.
    const target = parentChannelId ?? request.channelId;
    const hook = (await reusableWebhook(context, target)) ?? (await newWebhook(context, target, webhook.name));
    if (typeof hook === 'string') return reply(hook);
    delivery = { kind: 'webhook', webhookId: hook.id, webhookToken: hook.token, username: webhook.name, ...(webhook.avatarUrl ? { avatarUrl: webhook.avatarUrl } : {}) };
  }

  const id = subscriptionId(request.channelId, topic.name);
  const previous = await context.subscriptions.get(id);
  const subscription: Subscription = {
    id,
    guildId: request.guildId,
    channelId: request.channelId,
    ...(parentChannelId ? { parentChannelId } : {}),
    topic: topic.name,
    ...(mention ? { mentionRoleId: mention } : {}),
    ...(minScore !== undefined ? { minScore } : {}),
    delivery,
    createdBy: request.userId,
    createdAt: context.clock.now().toISOString(),
  };
  await context.subscriptions.put(subscription);
  const verb = previous === undefined ? 'Subscribed' : previous.broken ? 'Re-subscribed (and repaired)' : 'Updated the subscription of';
  return reply(`${verb} <#${request.channelId}> to \`${topic.name}\`: ${describe(subscription)}. New stories arrive from the next cycle on.`);
}

export async function unsubscribe(request: CommandRequest, context: CommandContext): Promise<CommandReply> {
  const raw = stringOption(request, 'topic');
  const here = await context.subscriptions.inChannel(request.channelId);
  if (raw === undefined) {
    if (here.length === 0) throw new CommandInputError('This channel has no subscriptions.');
    for (const subscription of here) await removeSubscription(context, subscription.id);
    return reply(`Unsubscribed <#${request.channelId}> from ${here.map((s) => `\`${s.topic}\``).join(', ')}.`);
  }
  const name = topicName(raw);
  const removed = await removeSubscription(context, subscriptionId(request.channelId, name));
  if (removed === undefined) {
    const topics = here.map((s) => `\`${s.topic}\``).join(', ');
    throw new CommandInputError(`This channel is not subscribed to \`${clipped(name, 40)}\`.${topics ? ` It gets: ${topics}.` : ' It has no subscriptions.'}`);
  }
  return reply(`Unsubscribed <#${request.channelId}> from \`${name}\`.`);
}

/** Removes a subscription and the posts still queued for it, so subscribing again later does not bring old stories back. */
async function removeSubscription(context: CommandContext, id: string): Promise<Subscription | undefined> {
  const removed = await context.subscriptions.remove(id);
  if (removed !== undefined) await new DeliveryQueues(context.store).clear(id);
  return removed;
}

export async function listSubscriptions(request: CommandRequest, context: CommandContext): Promise<CommandReply> {
  const mine = (await context.subscriptions.list()).filter((s) => s.guildId === request.guildId);
  if (mine.length === 0) return reply('No channel in this server is subscribed yet. Use `/subscribe` in a channel.');
  const lines = [...mine]
    .sort((a, b) => a.channelId.localeCompare(b.channelId) || a.topic.localeCompare(b.topic))
    .map((s) => `• <#${s.channelId}> · \`${s.topic}\` · ${describe(s)}${s.broken ? ` · ⚠️ broken ${discordTime(s.broken.at)}: ${clippedProse(s.broken.reason, 120)} (run /subscribe there again to repair)` : ''}`);
  return reply(`${plural(mine.length, 'subscription')} in this server.`, [{ title: 'Subscriptions', description: listLines(lines) }]);
}

function placeOf(channel: CommandRequest['channel']): Place {
  if (MESSAGE_TYPES.has(channel.type)) return 'channel';
  if (THREAD_TYPES.has(channel.type)) return 'thread';
  if (channel.type === CHANNEL_TYPES.GuildForum) return 'forum';
  throw new CommandInputError('News can be posted in text and announcement channels, their threads, and forum channels; use `/subscribe` in one of those.');
}

const PERMISSION_LABELS: Record<PermissionName, string> = {
  Administrator: 'Administrator',
  ManageGuild: 'Manage Server',
  ViewChannel: 'View Channel',
  SendMessages: 'Send Messages',
  EmbedLinks: 'Embed Links',
  ManageWebhooks: 'Manage Webhooks',
  SendMessagesInThreads: 'Send Messages in Threads',
};

/** What the bot needs to post a story itself: see the place, send there (a forum post is a message), embed. */
function refuseWithoutRights(request: CommandRequest, place: Place): void {
  const send: PermissionName = place === 'thread' ? 'SendMessagesInThreads' : 'SendMessages';
  const lacking = missingPermissions(request.appPermissions, ['ViewChannel', send, 'EmbedLinks']);
  if (lacking === undefined || lacking.length === 0) return;
  const names = lacking.map((name) => PERMISSION_LABELS[name]).join(', ');
  const them = lacking.length === 1 ? 'that permission' : 'those permissions';
  const orWebhook = place === 'forum' ? '' : ' (or subscribe with `webhook_name`)';
  throw new CommandInputError(`The bot cannot post here: it lacks ${names} in <#${request.channelId}>. Give its role ${them} here${orWebhook}, then \`/subscribe\` again. Nothing was saved.`);
}

function mentionRole(request: CommandRequest): string | undefined {
  const raw = stringOption(request, 'mention');
  if (raw === undefined) return undefined;
  const id = snowflake(raw, '`mention`');
  // @everyone's role id is the guild id: a news feed pinging the whole server is never wanted.
  if (id === request.guildId) throw new CommandInputError('`mention` cannot be @everyone; pick a role people can opt into.');
  return id;
}

function webhookOptions(request: CommandRequest): { name: string; avatarUrl?: string } | undefined {
  const name = stringOption(request, 'webhook_name');
  const avatar = stringOption(request, 'webhook_avatar');
  if (name === undefined) {
    if (avatar !== undefined) throw new CommandInputError('`webhook_avatar` needs `webhook_name`: the avatar belongs to the webhook that posts.');
    return undefined;
  }
  if (name.length > WEBHOOK_NAME_MAX_CHARS) throw new CommandInputError(`\`webhook_name\` must be at most ${WEBHOOK_NAME_MAX_CHARS} characters.`);
  // Discord refuses webhook names containing these (API error 50035).
  if (/clyde|discord/i.test(name)) throw new CommandInputError('Discord does not allow "clyde" or "discord" in a webhook name; pick another `webhook_name`.');
  if (avatar === undefined) return { name };
  const avatarUrl = httpUrl(avatar, '`webhook_avatar`');
  if (!avatarUrl.startsWith('https://')) throw new CommandInputError('`webhook_avatar` must be an https:// image URL.');
  return { name, avatarUrl };
}

/** A webhook another subscription already made on this channel: names and avatars are per post, so one serves all. */
async function reusableWebhook(context: CommandContext, channelId: string): Promise<CreatedWebhook | undefined> {
  for (const s of await context.subscriptions.list()) {
    if (s.delivery.kind === 'webhook' && s.broken === undefined && (s.parentChannelId ?? s.channelId) === channelId) {
      return { id: s.delivery.webhookId, token: s.delivery.webhookToken };
    }
  }
  return undefined;
}

/** The webhook, or the sentence saying why Discord refused it. */
async function newWebhook(context: CommandContext, channelId: string, name: string): Promise<CreatedWebhook | string> {
  try {
    return await context.createWebhook(channelId, name);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    context.logger.warn({ channelId, error: detail }, 'subscribe: could not create a webhook');
    return `Could not create a webhook in <#${channelId}>: ${clippedProse(detail, 200)}. The bot needs the Manage Webhooks permission there; or subscribe without \`webhook_name\`.`;
  }
}

function describe(s: Subscription): string {
  const how =
    s.delivery.kind === 'webhook'
      ? `posted by the webhook "${s.delivery.username ?? 'newshound'}"`
      : s.delivery.kind === 'forum'
        ? 'each story opens a forum post'
        : 'posted by the bot';
  return [how, s.mentionRoleId ? `mentions <@&${s.mentionRoleId}>` : '', s.minScore !== undefined ? `only scores ≥ ${s.minScore}` : ''].filter(Boolean).join(' · ');
}
