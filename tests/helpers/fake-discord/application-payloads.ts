// Builders for the application and its application commands, as Discord answers them on the
// /applications routes. Pure functions, no server state.

import type { Json, Snowflake } from './api-constants.ts';
import type { ApiUser } from './guild-payloads.ts';
import { snowflake } from './snowflake.ts';

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
