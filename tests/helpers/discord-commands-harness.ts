// Builds the slash commands' CommandContext from real parts: the real HttpFetcher and
// ArticleFetcher against the loopback feed server (seed pages, feeds, 404s), a MemoryStore or a
// real SQLite store, a fixed clock, the shipped lexicon and the configured `default` topic. A
// second, strict fetcher (no loopback allowance) shows how private addresses are refused.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, expect } from 'vitest';
import type { Client } from 'discord.js';
import { createArticleFetcher } from '../../src/adapters/article-fetcher.ts';
import { fixedClock } from '../../src/adapters/clock.ts';
import { createHttpFetcher, type HttpFetcherOptions } from '../../src/adapters/http-fetcher.ts';
import { loadBackground, loadLexicon } from '../../src/adapters/lexicon-files.ts';
import { silentLogger } from '../../src/adapters/logger.ts';
import { MemoryStore } from '../../src/adapters/memory-store.ts';
import { DEFAULT_SEEDS_DIR, DEFAULT_TUNING_FILE } from '../../src/adapters/project-paths.ts';
import { feedId } from '../../src/config/load-config.ts';
import { DEFAULT_CONFIG, type Config } from '../../src/config/schema.ts';
import { CycleSourceResolver } from '../../src/control/cycle-sources.ts';
import type { Background } from '../../src/core/profile/background.ts';
import { createFeedChecker } from '../../src/discord/commands/check-feed.ts';
import { createCommandContext, type CommandContext, type CommandReply, type CommandRequest, type CreatedWebhook, type DeliveryStatus, type OptionValue } from '../../src/discord/commands/command-types.ts';
import { createWebhookCreator } from '../../src/discord/commands/discord-webhooks.ts';
import { handleCommand } from '../../src/discord/commands/handle-command.ts';
import { attachCommandRouter } from '../../src/discord/commands/interaction-router.ts';
import { createDiscordClient, loginDiscord } from '../../src/discord/discord-client.ts';
import type { Logger, StateStore } from '../../src/ports.ts';
import { startFakeDiscord, type FakeDiscord } from './fake-discord/index.ts';
import { serveFeed, startFeedServer, type FeedServer } from './feed-server.ts';

export const T0 = new Date('2025-03-10T06:00:00Z');
export const GUILD_ID = '900000000000000001';
export const CHANNEL_ID = '900000000000000002';
export const USER_ID = '900000000000000003';
/** Manage Server (1 << 5), as Discord sends it. */
export const MANAGE_SERVER = '32';
/** View Channel + Send Messages + Use Application Commands: an ordinary member. */
export const ORDINARY_MEMBER = ((1n << 10n) | (1n << 11n) | (1n << 31n)).toString();

const fixture = (path: string): Buffer => readFileSync(new URL(`../fixtures/${path}`, import.meta.url));
const HTML = 'text/html; charset=utf-8';

/** Loopback pages: three Starship articles, a headline index (no article), a feed and a non-feed. */
export const PAGES = {
  boosterCatch: '/articles/starship-booster-catch.html',
  breakup: '/articles/starship-breakup.html',
  faaClears: '/articles/starship-faa-clears.html',
  sectionIndex: '/articles/section-index.html',
  missing: '/articles/gone.html',
  feed: '/feeds/kabar.xml',
  notAFeed: '/feeds/moved.html',
} as const;

/** The five article seeds of the US deportations project topic (tests/fixtures/topics/), each as an article page. */
const DEPORTATION_SEEDS = join(fileURLToPath(new URL('../fixtures/topics/en-us-deportations-articles/seeds/', import.meta.url)));
export const DEPORTATION_PAGES: readonly string[] = readdirSync(DEPORTATION_SEEDS)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => `/articles/deportations/${name.replace(/\.txt$/, '.html')}`);

/** A seed file (title line, then paragraphs) as the article page an outlet would serve. */
function seedPage(file: string): string {
  const [title = '', ...paragraphs] = readFileSync(file, 'utf8').split('\n').filter((line) => line.trim() !== '');
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return `<!doctype html><html><head><title>${escape(title)}</title></head><body><article><h1>${escape(title)}</h1>${paragraphs.map((p) => `<p>${escape(p)}</p>`).join('')}</article></body></html>`;
}

const CONFIGURED_FEEDS = [
  { name: 'Wire World', url: 'https://wire.example/world.xml', topics: ['default'] },
  { name: 'Daily Planet', url: 'https://planet.example/rss', topics: ['default'] },
].map((f) => ({ ...f, id: feedId(f.name, f.url) }));

/** A loaded Config with the shipped `default` topic and two configured feeds that are never fetched. */
export function testConfig(): Config {
  return {
    file: '/dev/null',
    feeds: CONFIGURED_FEEDS.map((f) => ({ ...f, topics: [...f.topics] })),
    schedule: DEFAULT_CONFIG.schedule,
    timezone: DEFAULT_CONFIG.timezone,
    topics: [{ name: 'default', seeds: DEFAULT_SEEDS_DIR, tuning: DEFAULT_TUNING_FILE }],
    state: { url: 'memory', namespace: 'test' },
    limits: { ...DEFAULT_CONFIG.limits },
    network: { allowPrivateAddresses: false, allowedPrivateHosts: [] },
    articles: { fetch: false },
    summary: {},
    discord: { postsPerMinute: 5 },
    logLevel: 'error',
  };
}

export const FETCHER_OPTIONS = { connectTimeoutMs: 500, totalTimeoutMs: 2_000, maxBodyBytes: 512 * 1024 } as const satisfies Partial<HttpFetcherOptions>;

export interface LogEntry {
  level: 'debug' | 'info' | 'warn' | 'error';
  fields: Record<string, unknown>;
  message: string;
}

export function recordingLogger(): Logger & { entries: LogEntry[] } {
  const entries: LogEntry[] = [];
  const log = (level: LogEntry['level']) => (fields: Record<string, unknown>, message: string) => void entries.push({ level, fields, message });
  return { entries, debug: log('debug'), info: log('info'), warn: log('warn'), error: log('error') };
}

export interface CommandsHarnessOptions {
  store?: StateStore;
  /** Fetch through an HttpFetcher that refuses loopback, as production does. */
  strictAddresses?: boolean;
  /** Replaces the recording webhook maker (e.g. with the discord.js one). */
  createWebhook?: CommandContext['createWebhook'];
  deliveryStatus?: () => DeliveryStatus;
}

export interface CommandsHarness {
  server: FeedServer;
  store: StateStore;
  context: CommandContext;
  clock: ReturnType<typeof fixedClock>;
  logger: ReturnType<typeof recordingLogger>;
  /** Webhooks the recording webhook maker was asked for. */
  webhooks: Array<{ channelId: string; name: string }>;
  /** Makes the recording webhook maker fail like a Discord without Manage Webhooks. */
  failWebhooks: boolean;
  url(path: string): string;
  /** `path` is "command", "command subcommand" or "command group subcommand". */
  request(path: string, options?: Record<string, OptionValue>, overrides?: Partial<CommandRequest>): CommandRequest;
  run(path: string, options?: Record<string, OptionValue>, overrides?: Partial<CommandRequest>): Promise<CommandReply>;
  close(): Promise<void>;
}

let background: Background | undefined;

export async function startCommandsHarness(options: CommandsHarnessOptions = {}): Promise<CommandsHarness> {
  const server = await startFeedServer();
  const page = (name: string) => serveFeed(fixture(name), { contentType: HTML });
  server.route(PAGES.boosterCatch, page('articles/commands/starship-booster-catch.html'));
  server.route(PAGES.breakup, page('articles/commands/starship-breakup.html'));
  server.route(PAGES.faaClears, page('articles/commands/starship-faa-clears.html'));
  server.route(PAGES.sectionIndex, page('articles/id-section-index.html'));
  server.route(PAGES.feed, serveFeed(fixture('feeds/rss2.xml')));
  server.route(PAGES.notAFeed, page('feeds/html-page.html'));
  for (const path of DEPORTATION_PAGES) server.route(path, serveFeed(seedPage(join(DEPORTATION_SEEDS, path.split('/').pop()!.replace(/\.html$/, '.txt'))), { contentType: HTML }));

  const fetcher = createHttpFetcher({ ...FETCHER_OPTIONS, ...(options.strictAddresses ? {} : { allowedPrivateHosts: ['127.0.0.1'] }) });
  const store = options.store ?? new MemoryStore();
  const clock = fixedClock(T0);
  const logger = recordingLogger();
  const lexicon = loadLexicon();
  background ??= loadBackground();
  const config = testConfig();
  const webhooks: CommandsHarness['webhooks'] = [];
  const harness: CommandsHarness = {
    server,
    store,
    clock,
    logger,
    webhooks,
    failWebhooks: false,
    context: createCommandContext({
      store,
      sources: new CycleSourceResolver(config, lexicon, background),
      config,
      lexicon,
      background,
      articles: createArticleFetcher(fetcher),
      checkFeed: createFeedChecker(fetcher),
      createWebhook:
        options.createWebhook ??
        (async (channelId: string, name: string): Promise<CreatedWebhook> => {
          if (harness.failWebhooks) throw new Error('Missing Permissions');
          webhooks.push({ channelId, name });
          return { id: `70000000000000000${webhooks.length}`, token: `hook-token-${webhooks.length}` };
        }),
      ...(options.deliveryStatus ? { deliveryStatus: options.deliveryStatus } : {}),
      clock,
      logger,
    }),
    url: (path) => `${server.url}${path}`,
    request: (path, values = {}, overrides = {}) => commandRequest(path, values, overrides),
    run: (path, values = {}, overrides = {}) => handleCommand(commandRequest(path, values, overrides), harness.context),
    async close() {
      await fetcher.close();
      await server.close();
      await store.close();
    },
  };
  return harness;
}

export function commandRequest(path: string, options: Record<string, OptionValue> = {}, overrides: Partial<CommandRequest> = {}): CommandRequest {
  const [command = '', a, b] = path.split(' ');
  const names = b === undefined ? { ...(a ? { subcommand: a } : {}) } : { group: a, subcommand: b };
  return {
    guildId: GUILD_ID,
    channelId: CHANNEL_ID,
    channel: { type: 0 },
    userId: USER_ID,
    memberPermissions: MANAGE_SERVER,
    // The bot in one server: bot-wide changes are taken without a home server (deny by default
    // starts at two; see command-permissions.ts).
    botServerCount: 1,
    command,
    ...names,
    options,
    ...overrides,
  };
}

/** Everything a reply shows, content and embeds, as one string for `toContain` checks. */
export function replyText(reply: CommandReply): string {
  const embeds = (reply.embeds ?? []).flatMap((e) => [e.title ?? '', e.description ?? '', ...(e.fields ?? []).flatMap((f) => [f.name, f.value]), e.footer?.text ?? '']);
  return [reply.content, ...embeds].join('\n');
}

export interface RouterHarness {
  fake: FakeDiscord;
  client: Client;
  commands: CommandsHarness;
  close(): Promise<void>;
}

/**
 * A real discord.js Client logged in to the fake Discord, with the command router attached over
 * a commands harness whose webhooks are made through that client.
 */
export async function startRouterHarness(options: Omit<CommandsHarnessOptions, 'createWebhook'> = {}): Promise<RouterHarness> {
  const fake = await startFakeDiscord();
  const client = createDiscordClient({ token: fake.botToken, logger: silentLogger, rest: { api: fake.apiUrl, retries: 0 } });
  await loginDiscord(client, fake.botToken);
  const commands = await startCommandsHarness({ ...options, createWebhook: createWebhookCreator(client) });
  const detach = attachCommandRouter(client, commands.context);
  return {
    fake,
    client,
    commands,
    async close() {
      detach();
      await client.destroy();
      await commands.close();
      await fake.close();
    },
  };
}

/**
 * Closes a test's router harness after each test (`take` hands it over and forgets it) and
 * checks the fake saw nothing Discord would refuse.
 */
export function closeRouterHarnessAfterEach(take: () => RouterHarness | undefined): void {
  afterEach(async () => {
    const r = take();
    if (r === undefined) return;
    await r.close();
    expect(r.fake.warnings).toEqual([]);
  });
}
