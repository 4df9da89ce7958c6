import type { CommandRequest } from './command-types.ts';

// Who may change the bot. Each command in the handler table (handle-command.ts) declares its
// access there, next to its handler, so a new command cannot be added without saying who may
// run it:
// - 'read': anyone who can use the command;
// - 'server': changes this server's settings (its channels' subscriptions): Manage Server;
// - 'bot-wide': changes topics and feeds, which every server the bot is in shares: Manage
//   Server, and only from the home server (`discord.guildId`). With no home server configured,
//   refused once the bot is in more than one server (or when that count is unknown): an admin
//   of one server must not change what every other server gets.
// A server can override a command's default permissions, so everything is checked on receipt.

export type CommandAccess = 'read' | 'server' | 'bot-wide';

/** Discord permission bits (https://discord.com/developers/docs/topics/permissions). */
export const PERMISSION_BITS = {
  Administrator: 1n << 3n,
  ManageGuild: 1n << 5n,
  ViewChannel: 1n << 10n,
  SendMessages: 1n << 11n,
  EmbedLinks: 1n << 14n,
  ManageWebhooks: 1n << 29n,
  SendMessagesInThreads: 1n << 38n,
} as const;

export type PermissionName = keyof typeof PERMISSION_BITS;

/**
 * The permissions of `needed` a bitfield lacks (Administrator implies all); undefined when the
 * bitfield is absent or malformed, so a caller that cannot know does not refuse.
 */
export function missingPermissions(bitfield: string | undefined, needed: readonly PermissionName[]): PermissionName[] | undefined {
  if (bitfield === undefined || !/^\d{1,20}$/.test(bitfield)) return undefined;
  const bits = BigInt(bitfield);
  if ((bits & PERMISSION_BITS.Administrator) !== 0n) return [];
  return needed.filter((name) => (bits & PERMISSION_BITS[name]) === 0n);
}

/** `command [group] subcommand`, as the handler table names commands. */
export function commandPath(request: Pick<CommandRequest, 'command' | 'group' | 'subcommand'>): string {
  return [request.command, request.group, request.subcommand].filter((part) => part !== undefined).join(' ');
}

/** Manage Server, or Administrator (which implies every permission). A malformed bitfield grants nothing. */
export function canManageServer(memberPermissions: string): boolean {
  let bits: bigint;
  try {
    bits = BigInt(memberPermissions);
  } catch {
    return false;
  }
  if (bits < 0n) return false;
  return (bits & (PERMISSION_BITS.ManageGuild | PERMISSION_BITS.Administrator)) !== 0n;
}

/**
 * Why `request` may not run with `access`, as the reply to give, or undefined when it may.
 * `homeGuildId`: the configured home server, if any.
 */
export function accessRefusal(access: CommandAccess, request: CommandRequest, homeGuildId: string | undefined): string | undefined {
  if (access === 'read') return undefined;
  const path = commandPath(request);
  if (!canManageServer(request.memberPermissions)) {
    return `\`/${path}\` changes the bot's settings, so it needs the **Manage Server** permission.`;
  }
  if (access === 'server') return undefined;
  if (homeGuildId !== undefined) {
    return request.guildId === homeGuildId
      ? undefined
      : `\`/${path}\` changes topics and feeds for every server the bot is in, so it is only taken from the bot's home server.`;
  }
  if (request.botServerCount === 1) return undefined;
  return `\`/${path}\` changes topics and feeds for every server the bot is in, and the bot is in ${request.botServerCount === undefined ? 'an unknown number of' : request.botServerCount} servers with no home server set. The bot's operator can name one with \`discord.guildId\` in the config file; until then topics and feeds change only there.`;
}
