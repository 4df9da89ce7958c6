// Public entry point of the fake Discord used by tests (see fake-discord.ts for the API).
export { startFakeDiscord } from './fake-discord.ts';
export type { DispatchedInteraction, FakeDiscord, FakeDiscordOptions, FakeMessage, WaitOptions } from './fake-discord.ts';
export type { Fault, RequestMatch } from './faults.ts';
export type { GatewayFrame, GatewayConnectionInfo } from './gateway.ts';
export { GatewayOps } from './gateway.ts';
export type { RecordedRequest } from './rest-server.ts';
export { CallbackTypes } from './interactions.ts';
export {
  ChannelTypes,
  InteractionTypes,
  MEMBER_PERMISSIONS,
  BOT_PERMISSIONS,
  OptionTypes,
  Permissions,
  autocompleteInteraction,
  chatInputInteraction,
  permissionString,
} from './payloads.ts';
export type { ApiChannel, ApiInteraction, ApiMessage, OptionInput, OptionsInput } from './payloads.ts';
