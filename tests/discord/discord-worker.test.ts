import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { fixedClock } from '../../src/adapters/clock.ts';
import { openStateStore } from '../../src/adapters/keyv-store.ts';
import { silentLogger } from '../../src/adapters/logger.ts';
import { loadConfig } from '../../src/config/load-config.ts';
import { SubscriptionBook, subscriptionId } from '../../src/control/subscriptions.ts';
import { DiscordError } from '../../src/core/errors.ts';
import { createRuntime } from '../../src/main.ts';
import { serveFeed, startFeedServer, type FeedServer } from '../helpers/feed-server.ts';
import { CallbackTypes, permissionString, startFakeDiscord, type FakeDiscord } from '../helpers/fake-discord/index.ts';
import { defaultSeeds } from '../helpers/topics.ts';
import { entry, rss } from '../pipeline/cycle-feeds.ts';
import { tempDir } from '../pipeline/cycle-harness.ts';

// The whole worker with a Discord token: real feeds on loopback, the real pipeline and SQLite
// state, the real discord.js client logged in to the fake Discord. Stories land in the
// subscribed channel once, the second outlet's report edits the message, and a restart posts
// nothing again.

const seeds = new Map(defaultSeeds().map(({ name, seed }) => [name.slice(0, 3), seed]));
const article = (prefix: string) => {
  const seed = seeds.get(prefix)!;
  return { title: seed.title, summary: seed.body.split('\n').slice(0, 3).join(' '), slug: `seed/${prefix}` };
};

const troopsReport = {
  title: 'Intelijen Korsel: Tentara Korea Utara Tewas dalam Pertempuran di Kursk, Rusia',
  summary:
    'Badan intelijen Korea Selatan melaporkan ratusan tentara Korea Utara tewas atau terluka saat bertempur melawan pasukan Ukraina di wilayah Kursk, Rusia. Pyongyang mengirim sekitar 11.000 tentara untuk membantu Moskow. Korban terjadi akibat serangan drone dan artileri Ukraina.',
  slug: 'wire/kursk-casualties',
};

describe('the worker posting to Discord', () => {
  let fake: FakeDiscord;
  let server: FeedServer;
  const dir = tempDir();
  let configFile: string;
  const stateUrl = `sqlite://${join(dir.path, 'state.sqlite')}`;

  beforeAll(async () => {
    fake = await startFakeDiscord();
    server = await startFeedServer();
    const now = new Date();
    server.route('/tribun.xml', serveFeed(rss([entry(article('000'), 2)], { now, site: 'https://tribun.example' })));
    server.route('/kompas.xml', serveFeed(rss([entry(article('002'), 1), entry(article('003'), 3)], { now, site: 'https://kompas.example' })));
    configFile = join(dir.path, 'newshound.json');
    writeFileSync(
      configFile,
      JSON.stringify({
        feeds: [
          { name: 'Tribun', url: `${server.url}/tribun.xml`, language: 'id' },
          { name: 'Kompas', url: `${server.url}/kompas.xml`, language: 'id' },
        ],
        state: { url: stateUrl },
        limits: { backfill: 10 },
        network: { allowedPrivateHosts: ['127.0.0.1'] },
        articles: { fetch: false },
        discord: { applicationId: fake.applicationId },
        logLevel: 'error',
      }),
    );
    const store = await openStateStore(stateUrl);
    await new SubscriptionBook(store).put({
      id: subscriptionId(fake.channels.news, 'default'),
      guildId: fake.guild.id,
      channelId: fake.channels.news,
      topic: 'default',
      mentionRoleId: fake.guild.roles.news.id,
      delivery: { kind: 'bot' },
      createdAt: now.toISOString(),
    });
    await store.close();
  });
  afterAll(async () => {
    await server.close();
    await fake.close();
    dir.remove();
  });

  const start = () =>
    createRuntime(loadConfig({ file: configFile, env: { DISCORD_TOKEN: fake.botToken } }), {
      logger: silentLogger,
      discordRest: { api: fake.apiUrl, timeout: 2_000, retries: 1 },
    });

  it('posts each story once to the subscribed channel, mentioning the role, with the second outlet as "also reported by"', async () => {
    const runtime = await start();
    try {
      expect(runtime.discord).toBeDefined();
      const report = await runtime.runOnce({ ignoreSchedule: true });
      expect(report.decisionCounts['same-story']).toBe(1);
      await runtime.discord!.publisher.flush();
    } finally {
      await runtime.close();
    }
    const messages = fake.messages(fake.channels.news);
    // Kim-Belousov (two outlets, one message) and Choe-Lavrov.
    expect(messages).toHaveLength(2);
    expect(messages.every((m) => m.content === `<@&${fake.guild.roles.news.id}>`)).toBe(true);
    const belousov = messages.find((m) => /Belousov|Hak Bela Diri|Menhan Rusia/.test(String(m.embeds[0]?.title ?? '')))!;
    expect(JSON.stringify(belousov.embeds[0])).toMatch(/(Tribun|Kompas)/);
    expect(JSON.stringify(belousov.embeds[0]?.fields ?? [])).toMatch(/https:\/\/(tribun|kompas)\.example\/seed\/00[02]/);
    expect(fake.messages(fake.channels.alerts)).toHaveLength(0);
    // Every message was sent with a nonce Discord de-duplicates on.
    const creates = fake.requests.filter((r) => r.method === 'POST' && r.path === `/channels/${fake.channels.news}/messages`);
    expect(creates.every((r) => typeof (r.body as { nonce?: unknown }).nonce === 'string' && (r.body as { enforce_nonce?: unknown }).enforce_nonce === true)).toBe(true);
  });

  it('after a restart, posts nothing again; a later report of a story edits its message in place', async () => {
    const runtime = await start();
    try {
      await runtime.runOnce({ ignoreSchedule: true });
      await runtime.discord!.publisher.flush();
      expect(fake.messages(fake.channels.news)).toHaveLength(2);
      expect(fake.messages(fake.channels.news).some((m) => m.edited)).toBe(false);
      // The Tribun story republished at a second address: the same story, not a new post.
      const republished = { ...article('000'), slug: 'seed/000-republished' };
      server.route('/tribun.xml', serveFeed(rss([entry(article('000'), 2), entry(republished, 1)], { now: new Date(), site: 'https://tribun.example' })));
      const report = await runtime.runOnce({ ignoreSchedule: true });
      expect(report.decisionCounts['same-story']).toBe(1);
      await runtime.discord!.publisher.flush();
    } finally {
      await runtime.close();
    }
    const messages = fake.messages(fake.channels.news);
    expect(messages).toHaveLength(2);
    const edited = messages.filter((m) => m.edited);
    expect(edited).toHaveLength(1);
    // The republished copy is the posting outlet's own: the field still names each outlet once.
    expect(edited[0]!.embeds[0]?.fields).toEqual([{ name: 'Also reported by', value: '[Kompas](https://kompas.example/seed/002)' }]);
    expect(fake.requests.some((r) => r.method === 'PATCH' && r.path === `/channels/${fake.channels.news}/messages/${edited[0]!.id}`)).toBe(true);
  });

  it('slash commands change what the next cycle does: /subscribe a second channel, /feeds add a feed; refused without Manage Server', async () => {
    const manager = permissionString('ViewChannel', 'SendMessages', 'ManageGuild');
    // An on-topic report of an event none of the first test's stories is about (the seed
    // articles are all Kim's pledges of support, which the grouper may rightly join).
    server.route('/antara.xml', serveFeed(rss([entry(troopsReport, 1)], { now: new Date(), site: 'https://antara.example' })));
    const runtime = await start();
    try {
      const answer = async (input: Parameters<FakeDiscord['chatInput']>[0]) => {
        const sent = fake.dispatchInteraction(fake.chatInput(input));
        const callback = await sent.callback();
        const body = callback.body as { type: number; data?: { content?: string; flags?: number } };
        if (body.type !== CallbackTypes.DeferredChannelMessageWithSource) return body.data?.content ?? '';
        const edit = await fake.waitForRequest((q) => q.method === 'PATCH' && q.path.includes(sent.token) && q.path.endsWith('/messages/@original'));
        return String((edit.body as { content?: string }).content);
      };
      expect(await answer({ commandName: 'feeds', subcommand: 'add', options: { url: `${server.url}/antara.xml`, name: 'Antara' } })).toContain('Manage Server');
      expect(await answer({ commandName: 'subscribe', options: { topic: 'default' }, channelId: fake.channels.alerts, memberPermissions: manager })).toMatch(/^Subscribed/);
      expect(await answer({ commandName: 'feeds', subcommand: 'add', options: { url: `${server.url}/antara.xml`, name: 'Antara' }, memberPermissions: manager })).toMatch(/^Added \*\*Antara\*\*.*posts at most its 10 newest matching items/);
      // The new feed's first poll is a baseline unless backfill is on (it is, here): its story is posted to both channels.
      const report = await runtime.runOnce({ ignoreSchedule: true });
      expect(report.feeds.map((f) => f.name)).toContain('Antara');
      await runtime.discord!.publisher.flush();
    } finally {
      await runtime.close();
    }
    // Posts, not the ephemeral command replies the fake also keeps.
    const posts = (channel: string) => fake.messages(channel).filter((m) => !m.ephemeral);
    expect(posts(fake.channels.news)).toHaveLength(3);
    expect(posts(fake.channels.alerts).map((m) => m.embeds[0]?.title)).toEqual([troopsReport.title]);
  });

  it('a wrong token stops start-up with a clear error that does not echo the token', async () => {
    const config = loadConfig({ file: configFile, env: { DISCORD_TOKEN: 'wrong-token-1234567890' } });
    const failure = await createRuntime(config, { logger: silentLogger, discordRest: { api: fake.apiUrl, timeout: 2_000, retries: 0 } }).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(DiscordError);
    expect((failure as DiscordError).tokenRejected).toBe(true);
    expect(String((failure as Error).message)).toMatch(/^discord: login failed/);
    expect(String((failure as Error).message)).not.toContain('wrong-token-1234567890');
  });

  it('Discord down at start-up: the worker still polls, posts wait, and go out once it is back and the bot has logged in again', async () => {
    // A fresh state and a fresh story, so this test stands on its own.
    const file = join(dir.path, 'outage.json');
    const config = JSON.parse(readFileSync(configFile, 'utf8')) as Record<string, unknown>;
    server.route('/outage.xml', serveFeed(rss([entry(article('004'), 1)], { now: new Date(), site: 'https://outage.example' })));
    writeFileSync(file, JSON.stringify({ ...config, feeds: [{ name: 'Outage Wire', url: `${server.url}/outage.xml`, language: 'id' }], state: { url: `sqlite://${join(dir.path, 'outage.sqlite')}` } }));
    const store = await openStateStore(`sqlite://${join(dir.path, 'outage.sqlite')}`);
    await new SubscriptionBook(store).put({ id: subscriptionId(fake.channels.alerts, 'default'), guildId: fake.guild.id, channelId: fake.channels.alerts, topic: 'default', delivery: { kind: 'bot' }, createdAt: new Date().toISOString() });
    await store.close();
    const before = fake.messages(fake.channels.alerts).filter((m) => !m.ephemeral).length;

    fake.setOutage(true);
    const clock = fixedClock(new Date());
    const runtime = await createRuntime(loadConfig({ file, env: { DISCORD_TOKEN: fake.botToken } }), {
      logger: silentLogger,
      clock,
      discordRest: { api: fake.apiUrl, timeout: 1_000, retries: 0 },
      discordReloginDelayMs: 100,
    });
    try {
      expect(runtime.discord!.client.isReady()).toBe(false);
      const report = await runtime.runOnce({ ignoreSchedule: true });
      expect(report.feeds[0]?.outcome).toBe('updated');
      expect((await runtime.discord!.publisher.status()).queued).toBe(1);
      fake.setOutage(false);
      await vi.waitFor(() => expect(runtime.discord!.client.isReady()).toBe(true), { timeout: 5_000, interval: 50 });
      clock.advance(10 * 60_000);
      await runtime.discord!.publisher.flush();
      expect((await runtime.discord!.publisher.status()).queued).toBe(0);
    } finally {
      fake.setOutage(false);
      await runtime.close();
    }
    expect(fake.messages(fake.channels.alerts).filter((m) => !m.ephemeral).map((m) => m.embeds[0]?.title).slice(before)).toEqual([article('004').title]);
  });
});
