// Builders for INTERACTION_CREATE payloads (slash commands and autocomplete), with options
// nested the way Discord nests subcommands. Pure functions, no server state, so tests can craft
// interactions for `fake.dispatchInteraction(...)`.

import { BOT_PERMISSIONS, InteractionTypes, MEMBER_PERMISSIONS, OptionTypes, type Json, type Snowflake } from './api-constants.ts';
import { memberPayload, userPayload, type ApiChannel, type ApiUser } from './guild-payloads.ts';
import { fakeToken, snowflake } from './snowflake.ts';

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
  /** The bot's permissions in the channel. Default BOT_PERMISSIONS (the fake's chatInput computes them from the channel). */
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
