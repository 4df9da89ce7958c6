// Shared vocabulary of the fake's payloads: the Snowflake/Json types, the numeric enums
// (channel, option and interaction types) and the permission bits with the default grants for
// an ordinary member and for the bot.

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
