// Builders for the JSON objects Discord sends: users, roles, members, guilds, channels,
// messages, webhooks, commands and interactions. Pure functions, no server state, so tests can
// also use them to craft payloads for `fake.dispatch(...)`. Field sets follow the v10 API docs
// closely enough that discord.js's structure constructors see what they would in production.

import { snowflake, fakeToken } from './snowflake.ts';

export type Snowflake = string;
export type Json = Record<string, unknown>;

// Numeric enums kept local (rather than importing discord-api-types, a transitive dependency)
// so the fake has no opinion about which copy of the types a test resolves.
export const ChannelTypes = {
  GuildText: 0,
  GuildCategory: 4,
  GuildAnnouncement: 5,
  AnnouncementThread: 10,
  PublicThread: 11,
  PrivateThread: 12,
  GuildForum: 15,
} as const;

export const OptionTypes = {
  Subcommand: 1,
  SubcommandGroup: 2,
  String: 3,
  Integer: 4,
  Boolean: 5,
  User: 6,
  Channel: 7,
  Role: 8,
  Mentionable: 9,
  Number: 10,
  Attachment: 11,
} as const;

export const InteractionTypes = {
  Ping: 1,
  ApplicationCommand: 2,
  MessageComponent: 3,
  ApplicationCommandAutocomplete: 4,
  ModalSubmit: 5,
} as const;

/** Permission bits used by the fake and by tests that give/withhold rights. */
export const Permissions = {
  CreateInstantInvite: 1n << 0n,
  Administrator: 1n << 3n,
  ManageChannels: 1n << 4n,
  ManageGuild: 1n << 5n,
  AddReactions: 1n << 6n,
  ViewChannel: 1n << 10n,
  SendMessages: 1n << 11n,
  ManageMessages: 1n << 13n,
  EmbedLinks: 1n << 14n,
  AttachFiles: 1n << 15n,
  ReadMessageHistory: 1n << 16n,
  MentionEveryone: 1n << 17n,
  UseExternalEmojis: 1n << 18n,
  ManageRoles: 1n << 28n,
  ManageWebhooks: 1n << 29n,
  UseApplicationCommands: 1n << 31n,
  ManageThreads: 1n << 34n,
  CreatePublicThreads: 1n << 35n,
  SendMessagesInThreads: 1n << 38n,
} as const;

export type PermissionName = keyof typeof Permissions;

/** Bitfield string (Discord sends permissions as decimal strings) from permission names. */
export function permissionString(...names: PermissionName[]): string {
  return names.reduce((acc, n) => acc | Permissions[n], 0n).toString();
}

/** What an ordinary member gets from @everyone in the fake guild: can talk, cannot manage. */
export const MEMBER_PERMISSIONS = permissionString(
  'ViewChannel',
  'SendMessages',
  'ReadMessageHistory',
  'EmbedLinks',
  'AttachFiles',
  'AddReactions',
  'UseApplicationCommands',
  'SendMessagesInThreads',
  'CreatePublicThreads',
);

/** What the bot's managed role grants: enough to post, embed, thread and manage webhooks. */
export const BOT_PERMISSIONS = permissionString(
  'ViewChannel',
  'SendMessages',
  'ReadMessageHistory',
  'EmbedLinks',
  'AttachFiles',
  'ManageWebhooks',
  'SendMessagesInThreads',
  'CreatePublicThreads',
  'ManageThreads',
);

// ---------------------------------------------------------------- users, roles, members, guild

export interface ApiUser extends Json {
  id: Snowflake;
  username: string;
  discriminator: string;
  global_name: string | null;
  avatar: string | null;
  bot?: boolean;
}

export function userPayload(input: { id?: Snowflake; username: string; bot?: boolean; globalName?: string }): ApiUser {
  return {
    id: input.id ?? snowflake(),
    username: input.username,
    // Bots keep the legacy 4-digit discriminator; migrated users have "0".
    discriminator: input.bot ? '0001' : '0',
    global_name: input.bot ? null : (input.globalName ?? input.username),
    avatar: null,
    bot: input.bot ?? false,
    public_flags: 0,
    flags: 0,
    banner: null,
    accent_color: null,
    avatar_decoration_data: null,
  };
}

export interface ApiRole extends Json {
  id: Snowflake;
  name: string;
  permissions: string;
}

export function rolePayload(input: {
  id?: Snowflake;
  name: string;
  permissions: string;
  position?: number;
  color?: number;
  managed?: boolean;
  botId?: Snowflake;
}): ApiRole {
  return {
    id: input.id ?? snowflake(),
    name: input.name,
    color: input.color ?? 0,
    colors: { primary_color: input.color ?? 0, secondary_color: null, tertiary_color: null },
    hoist: false,
    icon: null,
    unicode_emoji: null,
    position: input.position ?? 0,
    permissions: input.permissions,
    managed: input.managed ?? false,
    mentionable: false,
    flags: 0,
    ...(input.botId ? { tags: { bot_id: input.botId } } : {}),
  };
}

export interface ApiMember extends Json {
  user: ApiUser;
  roles: Snowflake[];
}

export function memberPayload(user: ApiUser, roles: Snowflake[], joinedAt = new Date()): ApiMember {
  return {
    user,
    nick: null,
    avatar: null,
    banner: null,
    roles,
    joined_at: joinedAt.toISOString(),
    premium_since: null,
    deaf: false,
    mute: false,
    pending: false,
    flags: 0,
    communication_disabled_until: null,
  };
}

// ---------------------------------------------------------------- channels

export interface PermissionOverwrite {
  id: Snowflake;
  type: 0 | 1; // 0 role, 1 member
  allow: string;
  deny: string;
}

export interface ApiChannel extends Json {
  id: Snowflake;
  type: number;
  guild_id?: Snowflake;
  name?: string;
  parent_id?: Snowflake | null;
}

export function textChannelPayload(input: {
  id?: Snowflake;
  guildId: Snowflake;
  name: string;
  position?: number;
  topic?: string | null;
  type?: number;
  parentId?: Snowflake | null;
  overwrites?: PermissionOverwrite[];
}): ApiChannel {
  return {
    id: input.id ?? snowflake(),
    type: input.type ?? ChannelTypes.GuildText,
    guild_id: input.guildId,
    name: input.name,
    position: input.position ?? 0,
    permission_overwrites: input.overwrites ?? [],
    parent_id: input.parentId ?? null,
    topic: input.topic ?? null,
    nsfw: false,
    last_message_id: null,
    rate_limit_per_user: 0,
    flags: 0,
  };
}

export function forumChannelPayload(input: {
  id?: Snowflake;
  guildId: Snowflake;
  name: string;
  position?: number;
  tags?: Array<{ id?: Snowflake; name: string }>;
}): ApiChannel {
  return {
    ...textChannelPayload({ ...input, type: ChannelTypes.GuildForum }),
    available_tags: (input.tags ?? []).map((t) => ({
      id: t.id ?? snowflake(),
      name: t.name,
      moderated: false,
      emoji_id: null,
      emoji_name: null,
    })),
    default_reaction_emoji: null,
    default_thread_rate_limit_per_user: 0,
    default_sort_order: null,
    default_forum_layout: 0,
    default_auto_archive_duration: 4320,
  };
}

export function threadChannelPayload(input: {
  id?: Snowflake;
  guildId: Snowflake;
  parentId: Snowflake;
  name: string;
  ownerId: Snowflake;
  autoArchiveDuration?: number;
  appliedTags?: Snowflake[];
  type?: number;
}): ApiChannel {
  const now = new Date().toISOString();
  return {
    id: input.id ?? snowflake(),
    type: input.type ?? ChannelTypes.PublicThread,
    guild_id: input.guildId,
    parent_id: input.parentId,
    owner_id: input.ownerId,
    name: input.name,
    last_message_id: null,
    rate_limit_per_user: 0,
    message_count: 0,
    member_count: 1,
    total_message_sent: 0,
    flags: 0,
    applied_tags: input.appliedTags ?? [],
    thread_metadata: {
      archived: false,
      auto_archive_duration: input.autoArchiveDuration ?? 4320,
      archive_timestamp: now,
      locked: false,
      create_timestamp: now,
    },
    member: { id: input.id, user_id: input.ownerId, join_timestamp: now, flags: 0 },
  };
}

export function guildPayload(input: {
  id: Snowflake;
  name: string;
  ownerId: Snowflake;
  applicationId: Snowflake;
  roles: ApiRole[];
  members: ApiMember[];
  channels: ApiChannel[];
  threads: ApiChannel[];
  joinedAt: Date;
}): Json {
  return {
    id: input.id,
    name: input.name,
    icon: null,
    splash: null,
    discovery_splash: null,
    banner: null,
    description: null,
    owner_id: input.ownerId,
    afk_channel_id: null,
    afk_timeout: 300,
    verification_level: 1,
    default_message_notifications: 1,
    explicit_content_filter: 2,
    mfa_level: 0,
    nsfw_level: 0,
    premium_tier: 0,
    premium_subscription_count: 0,
    premium_progress_bar_enabled: false,
    preferred_locale: 'en-US',
    features: [],
    system_channel_id: null,
    system_channel_flags: 0,
    rules_channel_id: null,
    public_updates_channel_id: null,
    safety_alerts_channel_id: null,
    vanity_url_code: null,
    application_id: null,
    max_members: 25000000,
    max_video_channel_users: 25,
    max_stage_video_channel_users: 50,
    widget_enabled: false,
    hub_type: null,
    incidents_data: null,
    // GUILD_CREATE-only fields.
    joined_at: input.joinedAt.toISOString(),
    large: false,
    unavailable: false,
    member_count: input.members.length,
    roles: input.roles,
    members: input.members,
    channels: input.channels,
    threads: input.threads,
    emojis: [],
    stickers: [],
    presences: [],
    voice_states: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
  };
}

// ---------------------------------------------------------------- messages, webhooks, commands

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
  applicationId: Snowflake;
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
    application_id: input.applicationId,
    user: input.creator,
    // discord.com-shaped on purpose: discord.js's `new WebhookClient({ url })` only parses
    // discord.com URLs; the id/token it extracts then go to whatever `rest.api` points at.
    url: `https://discord.com/api/webhooks/${id}/${token}`,
  };
}

export interface ApiCommand extends Json {
  id: Snowflake;
  name: string;
  type: number;
}

export function commandPayload(input: Json, applicationId: Snowflake, guildId?: Snowflake, id?: Snowflake): ApiCommand {
  const type = typeof input.type === 'number' ? input.type : 1;
  return {
    id: id ?? snowflake(),
    application_id: applicationId,
    version: snowflake(),
    type,
    name: String(input.name ?? ''),
    name_localizations: input.name_localizations ?? null,
    description: type === 1 ? String(input.description ?? '') : '',
    description_localizations: input.description_localizations ?? null,
    default_member_permissions: input.default_member_permissions ?? null,
    dm_permission: input.dm_permission ?? true,
    contexts: input.contexts ?? null,
    integration_types: input.integration_types ?? [0],
    nsfw: input.nsfw ?? false,
    ...(input.options !== undefined ? { options: input.options } : {}),
    ...(guildId ? { guild_id: guildId } : {}),
  };
}

export function applicationPayload(input: { id: Snowflake; bot: ApiUser; owner: ApiUser }): Json {
  return {
    id: input.id,
    name: input.bot.username,
    icon: null,
    description: 'newshound test application',
    summary: '',
    type: null,
    bot_public: false,
    bot_require_code_grant: false,
    verify_key: 'f'.repeat(64),
    flags: 1 << 23, // APPLICATION_COMMAND_BADGE; READY only carries id + flags.
    hook: true,
    owner: input.owner,
    team: null,
    bot: input.bot,
    guild_id: null,
    approximate_guild_count: 1,
    redirect_uris: [],
    interactions_endpoint_url: null,
    tags: [],
    integration_types_config: { '0': {} },
  };
}

// ---------------------------------------------------------------- interactions

/** One option as the user typed it. For channel/user/role options `value` is the id. */
export interface OptionInput {
  name: string;
  type: number;
  value: string | number | boolean;
  focused?: boolean;
}

/** Shorthand: `{ limit: 5, feed: 'x' }` — types inferred (string → 3, integer → 4, float → 10, boolean → 5). */
export type OptionsInput = OptionInput[] | Record<string, string | number | boolean>;

interface InteractionBase {
  applicationId: Snowflake;
  guildId: Snowflake;
  /** Partial channel object as Discord embeds it in the interaction (id, type, name, ...). */
  channel: ApiChannel;
  /** The invoking user; default a human "reader". */
  user?: ApiUser;
  /** Member's computed permissions in the channel (decimal string). Default MEMBER_PERMISSIONS. */
  memberPermissions?: string;
  roles?: Snowflake[];
  /** The bot's permissions in the channel. Default BOT_PERMISSIONS. */
  appPermissions?: string;
  locale?: string;
  id?: Snowflake;
  token?: string;
}

export interface ChatInputInput extends InteractionBase {
  commandName: string;
  commandId?: Snowflake;
  subcommandGroup?: string;
  subcommand?: string;
  options?: OptionsInput;
  /** `data.resolved` for channel/user/role/attachment options. */
  resolved?: Json;
}

export interface AutocompleteInput extends ChatInputInput {
  /** Name of the option the user is typing in; its value is the partial text. */
  focused: string;
}

export interface ApiInteraction extends Json {
  id: Snowflake;
  token: string;
  type: number;
  application_id: Snowflake;
  channel_id: Snowflake;
  guild_id?: Snowflake;
}

function normaliseOptions(options: OptionsInput | undefined): OptionInput[] {
  if (!options) return [];
  if (Array.isArray(options)) return options;
  return Object.entries(options).map(([name, value]) => ({
    name,
    value,
    type:
      typeof value === 'boolean'
        ? OptionTypes.Boolean
        : typeof value === 'number'
          ? Number.isInteger(value)
            ? OptionTypes.Integer
            : OptionTypes.Number
          : OptionTypes.String,
  }));
}

/** Wraps leaf options in subcommand / subcommand-group layers the way Discord nests them. */
function nestOptions(input: ChatInputInput, leaves: OptionInput[]): unknown[] {
  if (!input.subcommand) return leaves;
  const sub = { name: input.subcommand, type: OptionTypes.Subcommand, options: leaves };
  if (!input.subcommandGroup) return [sub];
  return [{ name: input.subcommandGroup, type: OptionTypes.SubcommandGroup, options: [sub] }];
}

function interactionEnvelope(input: InteractionBase, type: number, data: Json): ApiInteraction {
  const user = input.user ?? userPayload({ username: 'reader' });
  return {
    id: input.id ?? snowflake(),
    application_id: input.applicationId,
    type,
    data,
    guild_id: input.guildId,
    guild: { id: input.guildId, locale: 'en-US', features: [] },
    channel_id: input.channel.id,
    channel: input.channel,
    member: {
      ...memberPayload(user, input.roles ?? []),
      permissions: input.memberPermissions ?? MEMBER_PERMISSIONS,
    },
    token: input.token ?? `aW50ZXJhY3Rpb246${fakeToken(120)}`,
    version: 1,
    app_permissions: input.appPermissions ?? BOT_PERMISSIONS,
    locale: input.locale ?? 'en-US',
    guild_locale: 'en-US',
    entitlements: [],
    authorizing_integration_owners: { '0': input.guildId },
    context: 0,
    attachment_size_limit: 10_485_760,
  };
}

/** INTERACTION_CREATE payload for a slash command (type 2, chat input). */
export function chatInputInteraction(input: ChatInputInput): ApiInteraction {
  const data: Json = {
    id: input.commandId ?? snowflake(),
    name: input.commandName,
    type: 1,
    guild_id: input.guildId,
    options: nestOptions(input, normaliseOptions(input.options)),
  };
  if (input.resolved) data.resolved = input.resolved;
  return interactionEnvelope(input, InteractionTypes.ApplicationCommand, data);
}

/** INTERACTION_CREATE payload for autocomplete (type 4); exactly one option is `focused`. */
export function autocompleteInteraction(input: AutocompleteInput): ApiInteraction {
  const leaves = normaliseOptions(input.options).map((o) =>
    o.name === input.focused ? { ...o, value: String(o.value), type: o.type, focused: true } : o,
  );
  if (!leaves.some((o) => o.focused)) {
    leaves.push({ name: input.focused, type: OptionTypes.String, value: '', focused: true });
  }
  const data: Json = {
    id: input.commandId ?? snowflake(),
    name: input.commandName,
    type: 1,
    guild_id: input.guildId,
    options: nestOptions(input, leaves),
  };
  return interactionEnvelope(input, InteractionTypes.ApplicationCommandAutocomplete, data);
}
