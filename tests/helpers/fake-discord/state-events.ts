// How the fake's state reports a change: a gateway event with the intent that gates it.

import type { Json } from './api-constants.ts';

/** Gateway intent bits that gate which state events a session receives. */
export const Intents = { Guilds: 1, GuildMessages: 1 << 9 } as const;

export interface StateEvent {
  t: string;
  d: Json;
  intent: number;
}
