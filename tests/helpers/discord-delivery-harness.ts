// Everything a Discord delivery test needs, real where it matters: the fake Discord, a real
// discord.js client logged in to it, a real SQLite state file, the subscription book, a fixed
// clock to move by hand, and the publisher over them. `restart()` plays a crash and a new start:
// a new client and a new publisher over the same SQLite file. `close()` ends all of it.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { APIEmbed, Client } from 'discord.js';
import { fixedClock } from '../../src/adapters/clock.ts';
import { openStateStore } from '../../src/adapters/keyv-store.ts';
import { SubscriptionBook, subscriptionId, type Subscription } from '../../src/control/subscriptions.ts';
import type { Post } from '../../src/core/model.ts';
import { createDiscordClient, loginDiscord } from '../../src/discord/discord-client.ts';
import { createDiscordPublisher, type DiscordPublisher, type DiscordPublisherOptions } from '../../src/discord/delivery/discord-publisher.ts';
import type { Logger, StateStore } from '../../src/ports.ts';
import { startFakeDiscord, type FakeDiscord, type FakeDiscordOptions, type FakeMessage } from './fake-discord/index.ts';

export interface LogLine {
  level: 'debug' | 'info' | 'warn' | 'error';
  fields: Record<string, unknown>;
  message: string;
}

export interface HarnessOptions {
  fake?: FakeDiscordOptions;
  /** discord.js REST options; short defaults keep failure tests fast. */
  rest?: { timeout?: number; retries?: number };
  postsPerMinute?: number;
  publisher?: Partial<Pick<DiscordPublisherOptions, 'backoff' | 'nonceWindowMs' | 'concurrentQueues'>>;
}

export interface DeliveryHarness {
  fake: FakeDiscord;
  clock: ReturnType<typeof fixedClock>;
  logs: LogLine[];
  /** These three are replaced by restart(). */
  readonly client: Client;
  readonly store: StateStore;
  readonly publisher: DiscordPublisher;
  readonly subscriptions: SubscriptionBook;
  /** Adds a subscription of `channelId` to `topic` (bot delivery unless `extra` says otherwise). */
  subscribe(channelId: string, topic: string, extra?: Partial<Subscription>): Promise<Subscription>;
  restart(): Promise<void>;
  close(): Promise<void>;
}

export const START = '2026-03-02T01:00:00.000Z';
export const TIME_ZONE = 'Asia/Jakarta';

export async function startDeliveryHarness(options: HarnessOptions = {}): Promise<DeliveryHarness> {
  const fake = await startFakeDiscord(options.fake);
  const dir = await mkdtemp(join(tmpdir(), 'newshound-delivery-'));
  const stateUrl = `sqlite://${join(dir, 'state.sqlite')}`;
  const clock = fixedClock(START);
  const logs: LogLine[] = [];
  const logger: Logger = {
    debug: (fields, message) => logs.push({ level: 'debug', fields, message }),
    info: (fields, message) => logs.push({ level: 'info', fields, message }),
    warn: (fields, message) => logs.push({ level: 'warn', fields, message }),
    error: (fields, message) => logs.push({ level: 'error', fields, message }),
  };

  const boot = async () => {
    const store = await openStateStore(stateUrl);
    const client = createDiscordClient({
      token: fake.botToken,
      logger,
      rest: { api: fake.apiUrl, timeout: options.rest?.timeout ?? 2_000, retries: options.rest?.retries ?? 1 },
    });
    await loginDiscord(client, fake.botToken);
    const subscriptions = new SubscriptionBook(store);
    const publisher = createDiscordPublisher({
      client,
      store,
      subscriptions,
      clock,
      logger,
      timeZone: TIME_ZONE,
      postsPerMinute: options.postsPerMinute ?? 30,
      ...options.publisher,
    });
    return { store, client, subscriptions, publisher };
  };
  let live = await boot();

  const shutDown = async () => {
    await live.client.destroy();
    await live.store.close();
  };

  return {
    fake,
    clock,
    logs,
    get client() {
      return live.client;
    },
    get store() {
      return live.store;
    },
    get publisher() {
      return live.publisher;
    },
    get subscriptions() {
      return live.subscriptions;
    },
    async subscribe(channelId, topic, extra = {}) {
      const subscription: Subscription = {
        id: subscriptionId(channelId, topic),
        guildId: fake.guild.id,
        channelId,
        topic,
        delivery: { kind: 'bot' },
        createdAt: clock.now().toISOString(),
        ...extra,
      };
      await live.subscriptions.put(subscription);
      return subscription;
    },
    async restart() {
      await shutDown();
      live = await boot();
    },
    async close() {
      await shutDown();
      await fake.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** A post of `topic` numbered `n`: every field filled, so the embed has something in each slot. */
export function makePost(n: number, overrides: Partial<Post> = {}): Post {
  const topic = overrides.topic ?? 'korea';
  return {
    id: `${topic}:item-${n}`,
    topic,
    itemKey: `item-${n}`,
    title: `Story ${n}: talks resume in Pyongyang`,
    url: `https://news.example/story-${n}`,
    source: 'Kompas',
    published: '2026-03-02T00:30:00.000Z',
    publishedLocal: '2 Mar 2026, 07:30 GMT+7',
    summary: `Summary of story ${n}. Delegations met for the first time in years.`,
    imageUrl: `https://img.news.example/story-${n}.jpg`,
    lang: 'en',
    score: 7.5,
    terms: ['Kim Jong Un', 'North Korea'],
    storyId: `story-${n}`,
    ...overrides,
  };
}

/** The titles of a channel's messages, in the order they were made. */
export function titlesIn(fake: FakeDiscord, channelId: string): string[] {
  return fake.messages(channelId).map((m) => String(m.embeds[0]?.title ?? ''));
}

/** A stored message's embed, typed as discord.js types it (the fake stores plain JSON). */
export function embedOf(message: FakeMessage): APIEmbed {
  return (message.embeds[0] ?? {}) as APIEmbed;
}
