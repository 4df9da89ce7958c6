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
import { DiscordError } from '../core/errors.ts';
import { createDiscordClient, loginDiscord, type DiscordClientOptions } from './discord-client.ts';

/** Between cycles, queued posts still go out as pacing and backoff allow. */
const FLUSH_EVERY_MS = 10_000;
/** First wait before logging in again after Discord could not be reached; doubles up to 16 times that. */
const RELOGIN_DELAY_MS = 30_000;
/** How long a stop waits for a flush under way: with the cycle's own wait, within Docker's 10 s grace. */
const CLOSE_WAIT_MS = 2_500;

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
  /** First wait before a new login when Discord was unreachable (default 30 s). */
  reloginDelayMs?: number;
  /** What slash commands read and change: the feeds' fetcher (URLs users give are fetched with its address checks), the cycle's sources, the text data. */
  commands: { fetcher: HttpFetcher; sources: CycleSourceResolver; lexicon: Lexicon; background: Background };
}

/** Logs the bot in (Guilds intent), builds the publisher over the subscriptions in the store and answers slash commands. */
export async function startDiscord(options: DiscordRuntimeOptions): Promise<DiscordRuntime> {
  const token = options.config.discord.token;
  if (token === undefined) throw new Error('startDiscord needs discord.token (DISCORD_TOKEN)');
  // A configured API base URL (a proxy, or the fake Discord of tests) unless the caller gave one.
  const apiBaseUrl = options.config.discord.apiBaseUrl;
  const rest = { ...(apiBaseUrl !== undefined ? { api: apiBaseUrl } : {}), ...options.rest };
  const newClient = () => createDiscordClient({ token, logger: options.logger, rest });
  // The client of the moment: a failed login leaves a discord.js client unable to connect again,
  // so a later login uses a new one and everything below reads this variable.
  let client = newClient();
  const publisher = createDiscordPublisher({
    client: () => client,
    store: options.store,
    subscriptions: new SubscriptionBook(options.store),
    clock: options.clock,
    logger: options.logger,
    timeZone: options.config.timezone,
    postsPerMinute: options.config.discord.postsPerMinute,
    token,
  });
  const { fetcher, sources, lexicon, background } = options.commands;
  const context = createCommandContext({
    store: options.store,
    sources,
    config: options.config,
    lexicon,
    background,
    articles: createArticleFetcher(fetcher),
    checkFeed: createFeedChecker(fetcher),
    createWebhook: (channelId, name) => createWebhookCreator(client)(channelId, name),
    deliveryStatus: () => publisher.status(),
    clock: options.clock,
    logger: options.logger,
  });
  let detachCommands = (): void => undefined;
  const gateway = await connectGateway({
    first: client,
    newClient,
    token,
    logger: options.logger,
    firstDelayMs: options.reloginDelayMs ?? RELOGIN_DELAY_MS,
    onReady(ready) {
      client = ready;
      detachCommands();
      detachCommands = attachCommandRouter(ready, context);
    },
  });
  let timer: NodeJS.Timeout | undefined;
  return {
    get client() {
      return client;
    },
    publisher,
    startFlushing() {
      // Posts go out as they are queued, without the cycle waiting for Discord.
      publisher.deliverInBackground();
      timer ??= setInterval(() => {
        void publisher.flush();
      }, FLUSH_EVERY_MS);
    },
    async close() {
      // Queued posts stay in the store for the next start; no last flush, so a stop during an
      // outage does not wait out request timeouts. A flush under way may finish a send it began
      // (and record it) for a few seconds before the store closes under it.
      if (timer) clearInterval(timer);
      await Promise.race([publisher.idle(), new Promise((resolve) => setTimeout(resolve, CLOSE_WAIT_MS).unref())]);
      gateway.stop();
      detachCommands();
      publisher.close();
      await client.destroy();
    },
  };
}

interface GatewayLogin {
  first: Client;
  newClient: () => Client;
  token: string;
  logger: Logger;
  firstDelayMs: number;
  /** Called with the client that reached READY. */
  onReady(client: Client): void;
}

/**
 * Logs in to the gateway. A rejected token stops start-up; an unreachable Discord (network
 * error, 5xx, outage) does not: feeds are polled, posts wait in their queues (the first client
 * keeps the token for REST, so they go out as soon as Discord answers) and the login is retried
 * in the background with a new client, so slash commands come back with it.
 */
async function connectGateway(login: GatewayLogin): Promise<{ stop(): void }> {
  const { token, logger } = login;
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  const attempt = async (client: Client, delayMs: number): Promise<void> => {
    try {
      await loginDiscord(client, token);
      if (stopped) return void (await client.destroy());
      login.onReady(client);
      logger.info({ user: client.user?.tag, guilds: client.guilds.cache.size }, 'discord: logged in');
    } catch (error) {
      if (error instanceof DiscordError && error.tokenRejected) throw error;
      // A failed login clears the client's REST token: the first client gets it back, so queued
      // posts can go out through it meanwhile.
      login.first.rest.setToken(token);
      logger.warn({ error: (error as Error).message, retryInMs: delayMs }, 'discord: unreachable; posts wait in their queues, logging in again later');
      if (stopped) return;
      timer = setTimeout(() => {
        attempt(login.newClient(), Math.min(delayMs * 2, login.firstDelayMs * 16)).catch((fatal: Error) => logger.error({ error: fatal.message }, 'discord: login refused'));
      }, delayMs);
    }
  };
  await attempt(login.first, login.firstDelayMs);
  return {
    stop() {
      stopped = true;
      clearTimeout(timer);
    },
  };
}
