// The fake's world: one guild with roles and members, its channels and threads, messages,
// webhooks and application commands. Operations throw ApiError exactly where Discord would
// refuse (unknown channel, missing permissions, empty message, ...), and report changes as
// gateway events so connected clients' caches stay in step.

import { errors } from './api-errors.ts';
import { commandErrors } from './command-validation.ts';
import { attachmentsFrom, MessageStore, type StoredMessage, type UploadedFile } from './message-store.ts';
import {
  BOT_PERMISSIONS,
  ChannelTypes,
  MEMBER_PERMISSIONS,
  Permissions,
  commandPayload,
  forumChannelPayload,
  guildPayload,
  memberPayload,
  messagePayload,
  rolePayload,
  textChannelPayload,
  threadChannelPayload,
  userPayload,
  webhookAuthor,
  webhookPayload,
  type ApiChannel,
  type ApiCommand,
  type ApiMember,
  type ApiMessage,
  type ApiRole,
  type ApiUser,
  type ApiWebhook,
  type Json,
  type PermissionOverwrite,
} from './payloads.ts';
import { snowflake } from './snowflake.ts';
import { validateMessageBody } from './validation.ts';

/** Gateway intent bits that gate which state events a session receives. */
export const Intents = { Guilds: 1, GuildMessages: 1 << 9 } as const;

export interface StateEvent {
  t: string;
  d: Json;
  intent: number;
}

/** Who is creating a message; decides the author object and whether nonce de-duplication applies. */
export type MessageAuthor =
  | { kind: 'bot' }
  | { kind: 'webhook'; webhook: ApiWebhook; username?: string; avatarUrl?: string }
  | { kind: 'interaction'; interactionId: string; extra: Json };

const TEXT_TYPES = new Set<number>([
  ChannelTypes.GuildText,
  ChannelTypes.GuildAnnouncement,
  ChannelTypes.AnnouncementThread,
  ChannelTypes.PublicThread,
  ChannelTypes.PrivateThread,
]);
const THREAD_TYPES = new Set<number>([ChannelTypes.AnnouncementThread, ChannelTypes.PublicThread, ChannelTypes.PrivateThread]);

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
  globalCommands: ApiCommand[] = [];
  readonly guildCommands = new Map<string, ApiCommand[]>();
  /** Set by the composition root to forward changes to gateway sessions. */
  onEvent: (event: StateEvent) => void = () => {};

  constructor(opts: { nonceWindowMs: number }) {
    this.messages = new MessageStore(opts.nonceWindowMs);
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

  addChannel(input: { name: string; type?: number; botCanPost?: boolean; topic?: string; silent?: boolean }): ApiChannel {
    const overwrites: PermissionOverwrite[] =
      input.botCanPost === false
        ? // A member-level deny is how a server admin mutes one bot in one channel.
          [{ id: this.botUser.id, type: 1, allow: '0', deny: Permissions.SendMessages.toString() }]
        : [];
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

  /** Simplified permission check: a deny of Send Messages for the bot (member, its role or @everyone) wins. */
  botCanSend(channel: ApiChannel): boolean {
    const target = THREAD_TYPES.has(channel.type) && channel.parent_id ? this.channels.get(channel.parent_id) : channel;
    const overwrites = (target?.permission_overwrites ?? []) as PermissionOverwrite[];
    const applies = new Set([this.botUser.id, this.roles.bot.id, this.guildId]);
    return !overwrites.some((o) => applies.has(o.id) && (BigInt(o.deny) & Permissions.SendMessages) !== 0n);
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
    if (author.kind === 'bot' && !this.botCanSend(channel)) throw errors.missingPermissions();
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
      applicationId: author.kind === 'interaction' ? this.applicationId : undefined,
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

  /**
   * POST /channels/:id/threads. In a forum the body carries `message` and Discord creates the
   * thread plus its starter message (whose id equals the thread id); in a text channel it makes
   * an empty thread.
   */
  createThread(
    parentId: string,
    body: Json,
    files: UploadedFile[],
    author: MessageAuthor = { kind: 'bot' },
  ): ApiChannel & { message?: ApiMessage } {
    const parent = this.channel(parentId);
    const isForum = parent.type === ChannelTypes.GuildForum;
    if (!isForum && !TEXT_TYPES.has(parent.type)) throw errors.nonTextChannel();
    if (author.kind === 'bot' && !this.botCanSend(parent)) throw errors.missingPermissions();
    const name = typeof body.name === 'string' ? body.name : '';
    // Discord trims a thread name before checking it: whitespace only is too short.
    if (name.trim().length < 1 || name.length > 100) {
      throw errors.invalidForm({ name: { _errors: [{ code: 'BASE_TYPE_BAD_LENGTH', message: 'Must be between 1 and 100 in length.' }] } });
    }
    const archive = body.auto_archive_duration;
    if (archive !== undefined && archive !== null && ![60, 1440, 4320, 10080].includes(archive as number)) {
      throw errors.invalidForm({ auto_archive_duration: { _errors: [{ code: 'BASE_TYPE_CHOICES', message: 'Value must be one of (60, 1440, 4320, 10080).' }] } });
    }
    const starter = (body.message ?? null) as Json | null;
    if (isForum) {
      if (!starter) throw errors.invalidForm({ message: { _errors: [{ code: 'BASE_TYPE_REQUIRED', message: 'This field is required' }] } });
      validateMessageBody(starter, { create: true, fileCount: files.length });
    }
    const thread = threadChannelPayload({
      guildId: this.guildId,
      parentId,
      name,
      ownerId: this.botUser.id,
      autoArchiveDuration: typeof body.auto_archive_duration === 'number' ? body.auto_archive_duration : 4320,
      appliedTags: Array.isArray(body.applied_tags) ? (body.applied_tags as string[]) : [],
    });
    this.channels.set(thread.id, thread);
    parent.last_message_id = thread.id;
    this.onEvent({ t: 'THREAD_CREATE', d: { ...thread, newly_created: true }, intent: Intents.Guilds });
    if (!starter) return thread;
    // Discord gives a forum post's starter message the thread's id; mirror that.
    const { message } = this.createMessage(thread.id, starter, files, author, { id: thread.id });
    return { ...thread, message };
  }

  isThread(channel: ApiChannel): boolean {
    return THREAD_TYPES.has(channel.type);
  }

  isForum(channel: ApiChannel): boolean {
    return channel.type === ChannelTypes.GuildForum;
  }

  // ------------------------------------------------------------ webhooks

  createWebhook(channelId: string, body: Json): ApiWebhook {
    const channel = this.channel(channelId);
    if (!TEXT_TYPES.has(channel.type) && channel.type !== ChannelTypes.GuildForum) throw errors.nonTextChannel();
    const name = typeof body.name === 'string' ? body.name : '';
    if (name.length < 1 || name.length > 80) {
      throw errors.invalidForm({ name: { _errors: [{ code: 'BASE_TYPE_BAD_LENGTH', message: 'Must be between 1 and 80 in length.' }] } });
    }
    const hook = webhookPayload({
      guildId: this.guildId,
      channelId,
      name,
      avatar: typeof body.avatar === 'string' ? 'a'.repeat(32) : null,
      creator: this.botUser,
      applicationId: this.applicationId,
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
    return guildId ? (this.guildCommands.get(guildId) ?? []) : this.globalCommands;
  }

  /** Bulk overwrite; like Discord, a command keeps its id when one with the same name/type existed. */
  overwriteCommands(body: unknown, guildId?: string): ApiCommand[] {
    if (!Array.isArray(body)) throw errors.invalidForm({ _errors: [{ code: 'BASE_TYPE_ARRAY', message: 'Must be an array' }] });
    this.validateCommands(body as Json[]);
    const previous = this.commands(guildId);
    const next = (body as Json[]).map((input) => {
      const type = typeof input.type === 'number' ? input.type : 1;
      const same = previous.find((c) => c.name === input.name && c.type === type);
      return commandPayload(input, this.applicationId, guildId, same?.id);
    });
    if (guildId) this.guildCommands.set(guildId, next);
    else this.globalCommands = next;
    return next;
  }

  upsertCommand(input: Json, guildId?: string): { command: ApiCommand; created: boolean } {
    this.validateCommands([input], false);
    const list = [...this.commands(guildId)];
    const type = typeof input.type === 'number' ? input.type : 1;
    const index = list.findIndex((c) => c.name === input.name && c.type === type);
    const command = commandPayload(input, this.applicationId, guildId, index >= 0 ? list[index]?.id : undefined);
    if (index >= 0) list[index] = command;
    else list.push(command);
    if (guildId) this.guildCommands.set(guildId, list);
    else this.globalCommands = list;
    return { command, created: index < 0 };
  }

  deleteCommand(id: string, guildId?: string): void {
    const list = this.commands(guildId);
    if (!list.some((c) => c.id === id)) throw errors.unknownCommand();
    const next = list.filter((c) => c.id !== id);
    if (guildId) this.guildCommands.set(guildId, next);
    else this.globalCommands = next;
  }

  private validateCommands(list: Json[], bulk = true): void {
    if (list.length > 100) throw errors.invalidForm({ _errors: [{ code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 100 or fewer in length.' }] });
    const errs = commandErrors(list, bulk);
    if (Object.keys(errs).length > 0) throw errors.invalidForm(errs);
  }

}
