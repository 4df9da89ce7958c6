// The fake's world: one guild with roles and members, its channels and threads, messages,
// webhooks and application commands. Operations throw ApiError exactly where Discord would
// refuse (unknown channel, missing permissions, empty message, ...), and report changes as
// gateway events so connected clients' caches stay in step.

import { BOT_PERMISSIONS, ChannelTypes, MEMBER_PERMISSIONS, Permissions, type Json } from './api-constants.ts';
import { errors } from './api-errors.ts';
import type { ApiCommand } from './application-payloads.ts';
import { TEXT_TYPES, THREAD_TYPES } from './channel-kinds.ts';
import { channelPermissions } from './channel-permissions.ts';
import { CommandRegistry } from './command-registry.ts';
import {
  forumChannelPayload,
  guildPayload,
  memberPayload,
  rolePayload,
  textChannelPayload,
  userPayload,
  type ApiChannel,
  type ApiMember,
  type ApiRole,
  type ApiUser,
  type PermissionOverwrite,
} from './guild-payloads.ts';
import { attachmentsFrom, MessageStore, type StoredMessage, type UploadedFile } from './message-store.ts';
import { messagePayload, webhookAuthor, webhookPayload, type ApiMessage, type ApiWebhook } from './message-payloads.ts';
import { snowflake } from './snowflake.ts';
import { Intents, type StateEvent } from './state-events.ts';
import { createThread } from './thread-creation.ts';
import { validateMessageBody } from './validation.ts';

export { Intents, type StateEvent } from './state-events.ts';

const isThreadType = (channel: ApiChannel): boolean => THREAD_TYPES.has(channel.type);

/** Who is creating a message; decides the author object and whether nonce de-duplication applies. */
export type MessageAuthor =
  | { kind: 'bot' }
  | { kind: 'webhook'; webhook: ApiWebhook; username?: string; avatarUrl?: string }
  | { kind: 'interaction'; interactionId: string; extra: Json };

export interface NamedChannels {
  /** Text channel the bot can post in. */
  news: string;
  /** Second text channel the bot can post in. */
  alerts: string;
  /** Forum channel (type 15): posts are threads. */
  forum: string;
  /** Text channel where the bot lacks Send Messages → 403 / 50013. */
  locked: string;
}

export class FakeState {
  readonly applicationId = snowflake();
  readonly botUser: ApiUser;
  readonly owner: ApiUser;
  readonly guildId = snowflake();
  readonly guildName = 'Newshound Test Guild';
  readonly joinedAt = new Date();
  readonly roles: { everyone: ApiRole; news: ApiRole; bot: ApiRole };
  readonly members: ApiMember[];
  readonly channels = new Map<string, ApiChannel>();
  readonly named: NamedChannels;
  readonly messages: MessageStore;
  readonly webhooks = new Map<string, ApiWebhook>();
  readonly commandRegistry: CommandRegistry;
  /** Set by the composition root to forward changes to gateway sessions. */
  onEvent: (event: StateEvent) => void = () => {};

  constructor(opts: { nonceWindowMs: number }) {
    this.messages = new MessageStore(opts.nonceWindowMs);
    this.commandRegistry = new CommandRegistry(this.applicationId);
    this.botUser = userPayload({ id: this.applicationId, username: 'newshound', bot: true });
    this.owner = userPayload({ username: 'editor' });
    this.roles = {
      // @everyone's id is the guild id, as on Discord.
      everyone: rolePayload({ id: this.guildId, name: '@everyone', permissions: MEMBER_PERMISSIONS }),
      news: rolePayload({ name: 'News', permissions: '0', position: 1, color: 0x3498db }),
      bot: rolePayload({ name: 'newshound', permissions: BOT_PERMISSIONS, position: 2, managed: true, botId: this.botUser.id }),
    };
    this.members = [
      memberPayload(this.owner, [this.roles.news.id]),
      memberPayload(this.botUser, [this.roles.bot.id], this.joinedAt),
    ];
    const news = this.addChannel({ name: 'news', silent: true });
    const alerts = this.addChannel({ name: 'alerts', silent: true });
    const forum = this.addChannel({ name: 'news-forum', type: ChannelTypes.GuildForum, silent: true });
    const locked = this.addChannel({ name: 'read-only', botCanPost: false, silent: true });
    this.named = { news: news.id, alerts: alerts.id, forum: forum.id, locked: locked.id };
  }

  // ------------------------------------------------------------ guild & channels

  guildCreatePayload(): Json {
    const all = [...this.channels.values()];
    return guildPayload({
      id: this.guildId,
      name: this.guildName,
      ownerId: this.owner.id,
      applicationId: this.applicationId,
      roles: Object.values(this.roles),
      members: this.members,
      channels: all.filter((c) => !THREAD_TYPES.has(c.type)),
      threads: all.filter((c) => THREAD_TYPES.has(c.type)),
      joinedAt: this.joinedAt,
    });
  }

  /** The channel or a 404 Unknown Channel (deleted and never-existing look the same, as on Discord). */
  channel(id: string): ApiChannel {
    const channel = this.channels.get(id);
    if (!channel) throw errors.unknownChannel();
    return channel;
  }

  addChannel(input: { name: string; type?: number; botCanPost?: boolean; topic?: string; overwrites?: PermissionOverwrite[]; silent?: boolean }): ApiChannel {
    const overwrites: PermissionOverwrite[] = [
      ...(input.botCanPost === false
        ? // A member-level deny is how a server admin mutes one bot in one channel.
          [{ id: this.botUser.id, type: 1 as const, allow: '0', deny: Permissions.SendMessages.toString() }]
        : []),
      ...(input.overwrites ?? []),
    ];
    const position = this.channels.size;
    const channel =
      input.type === ChannelTypes.GuildForum
        ? forumChannelPayload({ guildId: this.guildId, name: input.name, position, tags: [{ name: 'breaking' }] })
        : textChannelPayload({
            guildId: this.guildId,
            name: input.name,
            position,
            topic: input.topic ?? null,
            type: input.type ?? ChannelTypes.GuildText,
            overwrites,
          });
    if (overwrites.length > 0) channel.permission_overwrites = overwrites;
    this.channels.set(channel.id, channel);
    if (!input.silent) this.onEvent({ t: 'CHANNEL_CREATE', d: channel, intent: Intents.Guilds });
    return channel;
  }

  /** Removes a channel (and its threads/webhooks). `silent` skips CHANNEL_DELETE so the client's cache goes stale. */
  deleteChannel(id: string, opts: { silent?: boolean } = {}): ApiChannel {
    const channel = this.channel(id);
    this.channels.delete(id);
    for (const [hookId, hook] of this.webhooks) if (hook.channel_id === id) this.webhooks.delete(hookId);
    for (const [childId, child] of this.channels) if (child.parent_id === id) this.channels.delete(childId);
    if (!opts.silent) {
      const t = THREAD_TYPES.has(channel.type) ? 'THREAD_DELETE' : 'CHANNEL_DELETE';
      this.onEvent({ t, d: channel, intent: Intents.Guilds });
    }
    return channel;
  }

  /** Replaces a channel's permission overwrites (an admin editing it); `silent` skips CHANNEL_UPDATE. */
  setOverwrites(id: string, overwrites: PermissionOverwrite[], opts: { silent?: boolean } = {}): ApiChannel {
    const channel = this.channel(id);
    channel.permission_overwrites = overwrites;
    if (!opts.silent) this.onEvent({ t: 'CHANNEL_UPDATE', d: channel, intent: Intents.Guilds });
    return channel;
  }

  /** The bot's permissions in `channel` (a thread takes its parent's overwrites), as Discord computes them. */
  botPermissions(channel: ApiChannel): bigint {
    const target = THREAD_TYPES.has(channel.type) && channel.parent_id ? this.channels.get(channel.parent_id) : channel;
    const overwrites = (target?.permission_overwrites ?? []) as PermissionOverwrite[];
    const bot = this.members.find((m) => m.user.id === this.botUser.id);
    const roles = Object.values(this.roles).filter((r) => r.id !== this.guildId && (bot?.roles ?? []).includes(r.id));
    return channelPermissions({ guildId: this.guildId, memberId: this.botUser.id, everyone: this.roles.everyone.permissions, roles }, overwrites);
  }

  /** The channel when the bot holds `needed` there: 403 Missing Access without View Channel, else 403 Missing Permissions. */
  requireBot(channel: ApiChannel, needed: bigint = 0n): ApiChannel {
    const perms = this.botPermissions(channel);
    if ((perms & Permissions.ViewChannel) === 0n) throw errors.missingAccess();
    if ((perms & needed) !== needed) throw errors.missingPermissions();
    return channel;
  }

  /** Whether the bot holds `permission` in `channel`. */
  botHas(channel: ApiChannel, permission: bigint): boolean {
    return (this.botPermissions(channel) & permission) === permission;
  }

  // ------------------------------------------------------------ messages

  /** Creates a message, or returns the existing one when enforce_nonce matches (`created: false`). */
  createMessage(
    channelId: string,
    body: Json,
    files: UploadedFile[],
    author: MessageAuthor,
    opts: { id?: string; allowEmpty?: boolean } = {},
  ): { message: ApiMessage; created: boolean } {
    const channel = this.channel(channelId);
    // An interaction's reply is not a channel message Discord checks by channel type: a slash
    // command used in a forum (or voice) channel is answered there like anywhere else.
    if (!TEXT_TYPES.has(channel.type) && author.kind !== 'interaction') throw errors.nonTextChannel();
    if (author.kind === 'bot') this.requireBot(channel, isThreadType(channel) ? Permissions.SendMessagesInThreads : Permissions.SendMessages);
    // allowEmpty: a deferred interaction reply starts as an empty "thinking…" message.
    validateMessageBody(body, { create: !opts.allowEmpty, fileCount: files.length });

    const user = this.authorUser(author, body);
    const nonce = typeof body.nonce === 'string' || typeof body.nonce === 'number' ? body.nonce : undefined;
    if (nonce !== undefined && body.enforce_nonce === true) {
      const existing = this.messages.findByNonce(channelId, user.id, nonce);
      if (existing) return { message: { ...existing.api, nonce }, created: false };
    }

    const isThread = THREAD_TYPES.has(channel.type);
    const api = messagePayload({
      id: opts.id,
      channelId,
      author: user,
      content: typeof body.content === 'string' ? body.content : '',
      embeds: Array.isArray(body.embeds) ? (body.embeds as Json[]) : [],
      components: Array.isArray(body.components) ? body.components : [],
      attachments: attachmentsFrom(channelId, body, files),
      flags: typeof body.flags === 'number' ? body.flags : 0,
      webhookId: author.kind === 'webhook' ? author.webhook.id : author.kind === 'interaction' ? this.applicationId : undefined,
      // Docs (Message object): application_id is set on an interaction's message and on one
      // sent through an application-owned webhook (a webhook object's application_id: the
      // application that created it); a webhook a user made has none.
      applicationId: author.kind === 'interaction' ? this.applicationId : author.kind === 'webhook' ? (author.webhook.application_id as string | null) ?? undefined : undefined,
      position: isThread ? Number(channel.total_message_sent ?? 0) : undefined,
      extra: author.kind === 'interaction' ? author.extra : undefined,
    });
    this.messages.add(api, {
      nonce,
      webhookUsername: author.kind === 'webhook' ? user.username : undefined,
      avatarUrl: author.kind === 'webhook' ? author.avatarUrl : undefined,
      interactionId: author.kind === 'interaction' ? author.interactionId : undefined,
    });
    channel.last_message_id = api.id;
    if (isThread) {
      channel.message_count = Number(channel.message_count ?? 0) + 1;
      channel.total_message_sent = Number(channel.total_message_sent ?? 0) + 1;
    }
    // Discord echoes the nonce in the create answer and in MESSAGE_CREATE only: a message read
    // back later (GET, a list of the channel's messages) has none.
    const answered = nonce === undefined ? api : { ...api, nonce };
    this.onEvent({ t: 'MESSAGE_CREATE', d: { ...answered, guild_id: this.guildId }, intent: Intents.GuildMessages });
    return { message: answered, created: true };
  }

  private authorUser(author: MessageAuthor, body: Json): ApiUser {
    if (author.kind !== 'webhook') return this.botUser;
    const username = typeof body.username === 'string' && body.username ? body.username : author.webhook.name;
    return webhookAuthor(author.webhook.id, username, (author.webhook.avatar as string | null) ?? null);
  }

  message(channelId: string, messageId: string): StoredMessage {
    this.channel(channelId);
    const stored = this.messages.find(channelId, messageId);
    if (!stored) throw errors.unknownMessage();
    return stored;
  }

  editMessage(stored: StoredMessage, body: Json, files: UploadedFile[]): ApiMessage {
    validateMessageBody(body, { create: false, fileCount: files.length });
    const api = this.messages.edit(stored, body, attachmentsFrom(stored.api.channel_id, body, files));
    this.onEvent({ t: 'MESSAGE_UPDATE', d: { ...api, guild_id: this.guildId }, intent: Intents.GuildMessages });
    return api;
  }

  deleteMessage(stored: StoredMessage): void {
    this.messages.delete(stored);
    this.onEvent({
      t: 'MESSAGE_DELETE',
      d: { id: stored.api.id, channel_id: stored.api.channel_id, guild_id: this.guildId },
      intent: Intents.GuildMessages,
    });
  }

  // ------------------------------------------------------------ threads

  /** POST /channels/:id/threads: a thread, plus its starter message in a forum (see thread-creation.ts). */
  createThread(
    parentId: string,
    body: Json,
    files: UploadedFile[],
    author: MessageAuthor = { kind: 'bot' },
  ): ApiChannel & { message?: ApiMessage } {
    return createThread(this, parentId, body, files, author);
  }

  isThread(channel: ApiChannel): boolean {
    return THREAD_TYPES.has(channel.type);
  }

  isForum(channel: ApiChannel): boolean {
    return channel.type === ChannelTypes.GuildForum;
  }

  // ------------------------------------------------------------ webhooks

  /**
   * Made by the bot (POST /channels/:id/webhooks), which needs Manage Webhooks there; `seeded`
   * skips that check (a test's shortcut). `byUser`: made by a member in the channel settings, so
   * no application owns it.
   */
  createWebhook(channelId: string, body: Json, opts: { seeded?: boolean; byUser?: boolean } = {}): ApiWebhook {
    const channel = this.channel(channelId);
    if (!opts.seeded) this.requireBot(channel, Permissions.ManageWebhooks);
    if (!TEXT_TYPES.has(channel.type) && channel.type !== ChannelTypes.GuildForum) throw errors.nonTextChannel();
    const name = typeof body.name === 'string' ? body.name : '';
    if (name.length < 1 || name.length > 80) {
      throw errors.invalidForm({ name: { _errors: [{ code: 'BASE_TYPE_BAD_LENGTH', message: 'Must be between 1 and 80 in length.' }] } });
    }
    // Docs (Create Webhook): a name must not contain "clyde" or "discord", in any case.
    const banned = /clyde|discord/i.exec(name)?.[0].toLowerCase();
    if (banned !== undefined) throw errors.invalidForm({ name: { _errors: [{ code: 'USERNAME_INVALID_CONTAINS', message: `Username cannot contain "${banned}"` }] } });
    const hook = webhookPayload({
      guildId: this.guildId,
      channelId,
      name,
      avatar: typeof body.avatar === 'string' ? 'a'.repeat(32) : null,
      creator: opts.byUser ? this.owner : this.botUser,
      ...(opts.byUser ? {} : { applicationId: this.applicationId }),
    });
    this.webhooks.set(hook.id, hook);
    return hook;
  }

  webhook(id: string, token?: string): ApiWebhook {
    const hook = this.webhooks.get(id);
    if (!hook || (token !== undefined && hook.token !== token)) throw errors.unknownWebhook();
    return hook;
  }

  // ------------------------------------------------------------ application commands

  checkApplication(appId: string): void {
    if (appId !== this.applicationId) throw errors.unknownApplication();
  }

  checkGuild(guildId: string): void {
    if (guildId !== this.guildId) throw errors.missingAccess();
  }

  commands(guildId?: string): ApiCommand[] {
    return this.commandRegistry.commands(guildId);
  }

  /** Bulk overwrite; like Discord, a command keeps its id when one with the same name/type existed. */
  overwriteCommands(body: unknown, guildId?: string): ApiCommand[] {
    return this.commandRegistry.overwrite(body, guildId);
  }

  upsertCommand(input: Json, guildId?: string): { command: ApiCommand; created: boolean } {
    return this.commandRegistry.upsert(input, guildId);
  }

  deleteCommand(id: string, guildId?: string): void {
    this.commandRegistry.delete(id, guildId);
  }
}
