// A real discord.js Client logged in to the fake Discord, for the tests of the fake itself
// (discord-fake-server*.test.ts, discord-fake-webhooks-commands.test.ts): no mocks, so a fake
// that drifts from what discord.js expects fails there before any bot test silently lies.

import { Client, Events, GatewayIntentBits, type Interaction, type TextChannel } from 'discord.js';
import { expect } from 'vitest';
import type { FakeDiscord } from './fake-discord/index.ts';

/** Things a test created and must destroy afterwards (clients, webhook clients). */
export type Destroyables = Array<{ destroy(): unknown }>;

/** Logs a Guilds-intent client in to `fake` (tracked in `destroyables`) and resolves once it is ready. */
export async function readyFakeClient(
  fake: FakeDiscord,
  destroyables: Destroyables,
  rest: { timeout?: number; retries?: number } = {},
): Promise<Client<true>> {
  const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: fake.apiUrl, ...rest } });
  destroyables.push(client);
  const ready = new Promise<Client<true>>((resolve) => client.once(Events.ClientReady, resolve));
  await client.login(fake.botToken);
  return ready;
}

export function text(client: Client, id: string): TextChannel {
  return client.channels.cache.get(id) as TextChannel;
}

export function nextInteraction(client: Client): Promise<Interaction> {
  return new Promise((resolve) => client.once(Events.InteractionCreate, resolve));
}

/**
 * After each test: destroys what it created (emptying `destroyables`), closes the fake, and fails
 * on anything the fake could not serve (it drifted from discord.js).
 */
export async function closeFakeDiscord(fake: FakeDiscord, destroyables: Destroyables): Promise<void> {
  await Promise.all(destroyables.splice(0).map((d) => d.destroy()));
  await fake.close();
  expect(fake.warnings).toEqual([]);
}
