// `once` tells delivery the way it went: posts Discord did not take are not counted as posted,
// and a run that could not deliver what it meant to exits 4 (README "Exit codes"), so a cron
// job notices. Before, it printed "Posted: 1" and exited 0 while the post sat in its queue.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStateStore } from '../../src/adapters/keyv-store.ts';
import { SubscriptionBook, subscriptionId } from '../../src/control/subscriptions.ts';
import { startFakeDiscord, type FakeDiscord } from '../helpers/fake-discord/index.ts';
import { serveFeed, startFeedServer, type FeedServer } from '../helpers/feed-server.ts';
import { runCliCaptured } from '../helpers/run-cli.ts';
import { entry, ON_TOPIC, rss } from '../pipeline/cycle-feeds.ts';
import { tempDir } from '../pipeline/cycle-harness.ts';

let fake: FakeDiscord;
let server: FeedServer;
const dir = tempDir();

beforeAll(async () => {
  fake = await startFakeDiscord();
  server = await startFeedServer();
  server.route('/wire.xml', serveFeed(rss([entry(ON_TOPIC.troopsEn, 1)], { now: new Date(), site: 'https://wire.example' })));
});
afterAll(async () => {
  await server.close();
  await fake.close();
  dir.remove();
});

/** A fresh state with the news channel subscribed to the default topic; returns the config file. */
async function install(name: string): Promise<string> {
  const stateUrl = `sqlite://${join(dir.path, `${name}.sqlite`)}`;
  const store = await openStateStore(stateUrl);
  await new SubscriptionBook(store).put({ id: subscriptionId(fake.channels.news, 'default'), guildId: fake.guild.id, channelId: fake.channels.news, topic: 'default', delivery: { kind: 'bot' }, createdAt: new Date().toISOString() });
  await store.close();
  const file = join(dir.path, `${name}.json`);
  writeFileSync(
    file,
    JSON.stringify({
      feeds: [{ name: 'Wire', url: `${server.url}/wire.xml`, language: 'en' }],
      state: { url: stateUrl },
      limits: { backfill: 5 },
      network: { allowedPrivateHosts: ['127.0.0.1'] },
      articles: { fetch: false },
      discord: { apiBaseUrl: fake.apiUrl },
      logLevel: 'error',
    }),
  );
  return file;
}

describe('once with Discord', () => {
  it('delivered: Posted: 1, exit 0', async () => {
    const before = fake.messages(fake.channels.news).length;
    const once = await runCliCaptured(['once', '--config', await install('delivered')], { DISCORD_TOKEN: fake.botToken });
    expect(once.stderr).toBe('');
    expect(once.code).toBe(0);
    expect(once.stdout).toMatch(/^Posted: 1 \(/m);
    expect(fake.messages(fake.channels.news)).toHaveLength(before + 1);
  }, 30_000);

  it('every send refused with 503: Posted: 0, queued for retry with the reason, exit 4', async () => {
    const before = fake.messages(fake.channels.news).length;
    fake.failNext('POST /channels/:id/messages', { status: 503 }, 50);
    try {
      const once = await runCliCaptured(['once', '--config', await install('refused')], { DISCORD_TOKEN: fake.botToken });
      expect(once.stdout).toMatch(/^Posted: 0, queued for retry: 1 \(Discord: 503 Service Unavailable/m);
      expect(once.stderr).toMatch(/^newshound once: 1 post could not be delivered and waits for the next run: Discord: 503 Service Unavailable/m);
      expect(once.code).toBe(4);
    } finally {
      fake.clearFaults();
    }
    expect(fake.messages(fake.channels.news)).toHaveLength(before);
  }, 30_000);
});
