// Builders for the guild side of Discord's JSON: users, roles, members, channels (text, forum,
// thread) and the GUILD_CREATE guild object. Pure functions, no server state, so tests can also
// use them to craft payloads for `fake.dispatch(...)`. Field sets follow the v10 API docs
// closely enough that discord.js's structure constructors see what they would in production.

import { ChannelTypes, type Json, type Snowflake } from './api-constants.ts';
import { snowflake } from './snowflake.ts';

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
