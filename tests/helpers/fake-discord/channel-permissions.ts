// Discord's permission computation for one member in one channel
// (https://discord.com/developers/docs/topics/permissions#permission-overwrites): the guild base
// (@everyone's role plus the member's roles; Administrator grants all), then the channel's
// @everyone overwrite, then the member's role overwrites taken together, then the member's own
// overwrite, each as deny-then-allow. Order matters: a role's allow beats an @everyone deny,
// which is how a read-only news channel lets the bot post. Without View Channel nothing else
// applies (Discord answers 50001 Missing Access rather than 50013).
import { Permissions, permissionString, type PermissionName } from './api-constants.ts';
import type { PermissionOverwrite } from './guild-payloads.ts';

export interface PermissionSubject {
  guildId: string;
  memberId: string;
  /** Permission bitfields of @everyone and of each role the member holds, by role id. */
  everyone: string;
  roles: ReadonlyArray<{ id: string; permissions: string }>;
}

const ALL = (1n << 53n) - 1n;

export function channelPermissions(subject: PermissionSubject, overwrites: readonly PermissionOverwrite[]): bigint {
  let perms = BigInt(subject.everyone);
  for (const role of subject.roles) perms |= BigInt(role.permissions);
  if ((perms & Permissions.Administrator) !== 0n) return ALL;
  const apply = (found: readonly PermissionOverwrite[]) => {
    const deny = found.reduce((acc, o) => acc | BigInt(o.deny), 0n);
    const allow = found.reduce((acc, o) => acc | BigInt(o.allow), 0n);
    perms = (perms & ~deny) | allow;
  };
  const roleIds = new Set(subject.roles.map((r) => r.id));
  apply(overwrites.filter((o) => o.type === 0 && o.id === subject.guildId));
  apply(overwrites.filter((o) => o.type === 0 && o.id !== subject.guildId && roleIds.has(o.id)));
  apply(overwrites.filter((o) => o.type === 1 && o.id === subject.memberId));
  return perms;
}

/** An overwrite for a role (`type` 0; @everyone's id is the guild id) or a member (`type` 1). */
export function overwrite(id: string, type: 0 | 1, change: { allow?: PermissionName[]; deny?: PermissionName[] }): PermissionOverwrite {
  return { id, type, allow: permissionString(...(change.allow ?? [])), deny: permissionString(...(change.deny ?? [])) };
}
