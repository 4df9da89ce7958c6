// Public entry point of the fake Discord used by tests (see fake-discord.ts for the API).
export { startFakeDiscord } from './fake-discord.ts';
export type { DispatchedInteraction, FakeDiscord, FakeDiscordOptions, FakeMessage, WaitOptions } from './fake-discord.ts';
export type { Fault, RequestMatch } from './faults.ts';
export type { GatewayFrame, GatewayConnectionInfo } from './gateway.ts';
export { GatewayOps } from './gateway.ts';
export type { RecordedRequest } from './rest-server.ts';
export { CallbackTypes } from './interactions.ts';
export { ChannelTypes, InteractionTypes, MEMBER_PERMISSIONS, BOT_PERMISSIONS, OptionTypes, Permissions, permissionString } from './api-constants.ts';
export { autocompleteInteraction, chatInputInteraction } from './interaction-payloads.ts';
export type { ApiInteraction, OptionInput, OptionsInput } from './interaction-payloads.ts';
export type { ApiChannel } from './guild-payloads.ts';
export type { ApiMessage } from './message-payloads.ts';
export type { PermissionOverwrite } from './guild-payloads.ts';
export { channelPermissions, overwrite } from './channel-permissions.ts';
