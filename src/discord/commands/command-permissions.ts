import type { CommandRequest } from './command-types.ts';

// Who may change the bot. /subscribe and /unsubscribe declare Manage Server as their default
// permission; /topic and /feeds mix reading and changing subcommands under one name, so they
// stay visible to everyone and are checked here. Everything that changes settings is checked on
// receipt too, because a server can override a command's default permissions.

/** Discord permission bits (https://discord.com/developers/docs/topics/permissions). */
export const PERMISSION_BITS = {
  Administrator: 1n << 3n,
  ManageGuild: 1n << 5n,
} as const;

const CHANGING: ReadonlySet<string> = new Set([
  'subscribe',
  'unsubscribe',
  'topic create',
  'topic add-seed',
  'topic threshold',
  'topic keywords add',
  'topic keywords remove',
  'topic keywords exclude',
  'topic keywords require',
  'feeds add',
  'feeds remove',
]);

/** `command [group] subcommand`, as in CHANGING. */
export function commandPath(request: Pick<CommandRequest, 'command' | 'group' | 'subcommand'>): string {
  return [request.command, request.group, request.subcommand].filter((part) => part !== undefined).join(' ');
}

export function changesSettings(request: Pick<CommandRequest, 'command' | 'group' | 'subcommand'>): boolean {
  return CHANGING.has(commandPath(request));
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

/** Topics and feeds are the bot's, not one server's: with a home server configured, only it may change them. */
const BOT_WIDE = new Set(['topic', 'feeds']);

export function changesBotWideSettings(request: Pick<CommandRequest, 'command' | 'group' | 'subcommand'>): boolean {
  return changesSettings(request) && BOT_WIDE.has(request.command);
}
