import type { Client } from 'discord.js';
import { createArticleFetcher } from '../adapters/article-fetcher.ts';
import type { Config } from '../config/schema.ts';
import type { CycleSourceResolver } from '../control/cycle-sources.ts';
import { SubscriptionBook } from '../control/subscriptions.ts';
import type { Background } from '../core/profile/background.ts';
import type { Lexicon } from '../core/text/lexicon.ts';
import type { Clock, HttpFetcher, Logger, StateStore } from '../ports.ts';
import { createFeedChecker } from './commands/check-feed.ts';
import { createCommandContext } from './commands/command-types.ts';
import { createWebhookCreator } from './commands/discord-webhooks.ts';
import { attachCommandRouter } from './commands/interaction-router.ts';
import { createDiscordPublisher, type DiscordPublisher } from './delivery/discord-publisher.ts';
import { createDiscordClient, loginDiscord, type DiscordClientOptions } from './discord-client.ts';

/** Between cycles, queued posts still go out as pacing and backoff allow. */
const FLUSH_EVERY_MS = 10_000;

export interface DiscordRuntime {
  client: Client;
  publisher: DiscordPublisher;
  /** Flushes the delivery queues every few seconds (the long-running worker); stops on close. */
  startFlushing(): void;
  close(): Promise<void>;
}

export interface DiscordRuntimeOptions {
  config: Config;
  store: StateStore;
  clock: Clock;
  logger: Logger;
  /** discord.js REST options (tests point `api` at the loopback fake). */
  rest?: DiscordClientOptions['rest'];
  /** What slash commands read and change: the feeds' fetcher (URLs users give are fetched with its address checks), the cycle's sources, the text data. */
  commands: { fetcher: HttpFetcher; sources: CycleSourceResolver; lexicon: Lexicon; background: Background };
}

/** Logs the bot in (Guilds intent), builds the publisher over the subscriptions in the store and answers slash commands. */
export async function startDiscord(options: DiscordRuntimeOptions): Promise<DiscordRuntime> {
  const token = options.config.discord.token;
  if (token === undefined) throw new Error('startDiscord needs discord.token (DISCORD_TOKEN)');
  const client = createDiscordClient({ token, logger: options.logger, ...(options.rest ? { rest: options.rest } : {}) });
  await loginDiscord(client, token);
  options.logger.info({ user: client.user?.tag, guilds: client.guilds.cache.size }, 'discord: logged in');
  const publisher = createDiscordPublisher({
    client,
    store: options.store,
    subscriptions: new SubscriptionBook(options.store),
    clock: options.clock,
    logger: options.logger,
    timeZone: options.config.timezone,
    postsPerMinute: options.config.discord.postsPerMinute,
  });
  const { fetcher, sources, lexicon, background } = options.commands;
  const detachCommands = attachCommandRouter(
    client,
    createCommandContext({
      store: options.store,
      sources,
      config: options.config,
      lexicon,
      background,
      articles: createArticleFetcher(fetcher),
      checkFeed: createFeedChecker(fetcher),
      createWebhook: createWebhookCreator(client),
      deliveryStatus: () => publisher.status(),
      clock: options.clock,
      logger: options.logger,
    }),
  );
  let timer: NodeJS.Timeout | undefined;
  return {
    client,
    publisher,
    startFlushing() {
      timer ??= setInterval(() => void publisher.flush(), FLUSH_EVERY_MS);
    },
    async close() {
      // Queued posts stay in the store for the next start; no last flush, so a stop during an
      // outage does not wait out request timeouts.
      if (timer) clearInterval(timer);
      detachCommands();
      await client.destroy();
    },
  };
}
