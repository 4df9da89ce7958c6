// Stops of a real worker process pointed at the fake Discord (discord.apiBaseUrl): a hung
// Discord send neither stops polling nor holds a SIGTERM past Docker's 10 s grace, and a
// SIGTERM during start-up (here: a gateway look-up that never answers) exits 0.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStateStore } from '../../src/adapters/keyv-store.ts';
import { SubscriptionBook, subscriptionId } from '../../src/control/subscriptions.ts';
import { crashEvents } from '../../scripts/crashtest-events.ts';
import { PROJECT_ROOT } from '../../scripts/crashtest-lib.ts';
import { cleanEnv, killStragglers, logLines, spawnProcess, stopProcess, waitUntil, type CliProcess } from '../helpers/cli-process.ts';
import { startFakeDiscord, type FakeDiscord } from '../helpers/fake-discord/index.ts';
import { serveFeed, startFeedServer, type FeedServer } from '../helpers/feed-server.ts';
import { buildRss, offTopicItems } from '../helpers/worker-feed.ts';

let dir: string;
let fake: FakeDiscord;
let server: FeedServer;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'newshound-stops-'));
  fake = await startFakeDiscord();
  server = await startFeedServer();
});

afterAll(async () => {
  await killStragglers();
  await fake?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function startWorker(name: string): Promise<{ worker: CliProcess; stateFile: string }> {
  const stateFile = join(dir, `${name}.sqlite`);
  const store = await openStateStore(`sqlite://${stateFile}`);
  await new SubscriptionBook(store).put({
    id: subscriptionId(fake.channels.news, 'default'),
    guildId: fake.guild.id,
    channelId: fake.channels.news,
    topic: 'default',
    delivery: { kind: 'bot' },
    createdAt: new Date().toISOString(),
  });
  await store.close();
  const configFile = join(dir, `${name}.json`);
  writeFileSync(
    configFile,
    JSON.stringify({
      feeds: [{ name: 'Kabar Uji', url: `${server.origin}/${name}.xml`, language: 'id' }],
      schedule: '*/1 * * * * *',
      state: { url: `sqlite://${stateFile}` },
      limits: { minPollIntervalMs: 1_000 },
      network: { allowedPrivateHosts: ['127.0.0.1'] },
      articles: { fetch: false },
      discord: { applicationId: fake.applicationId, apiBaseUrl: fake.apiUrl },
    }),
  );
  const worker = spawnProcess('node', ['bin/newshound.js', 'start', '--config', configFile, '--heartbeat', join(dir, `${name}.heartbeat.json`)], {
    cwd: PROJECT_ROOT,
    env: cleanEnv({ DISCORD_TOKEN: fake.botToken }),
  });
  return { worker, stateFile };
}

const messages = (worker: CliProcess) => logLines(worker.stderr()).map((line) => line.msg);
const cyclesDone = (worker: CliProcess) => messages(worker).filter((m) => m === 'cycle done').length;
const died = (worker: CliProcess) => () => (worker.child.exitCode !== null || worker.child.signalCode !== null ? `exited ${worker.child.exitCode ?? worker.child.signalCode}` : undefined);
const tail = (worker: CliProcess) => () => worker.stderr().slice(-3_000);

describe('stopping a worker that talks to Discord', () => {
  it('a hung Discord send does not stop polling; SIGTERM during it exits 0 within 10 s', async () => {
    const now = new Date();
    const everyday = offTopicItems(now);
    server.route('/hung.xml', serveFeed(buildRss(server.origin, everyday)));
    const { worker } = await startWorker('hung');
    await waitUntil(() => cyclesDone(worker) >= 1, { timeoutMs: 90_000, what: 'the baseline cycle', giveUp: died(worker), describe: tail(worker) });

    // Every new message hangs: Discord takes the request and never answers.
    fake.failNext('POST /channels/:channel/messages', { hang: true }, 20);
    const [event] = crashEvents(1);
    server.route('/hung.xml', serveFeed(buildRss(server.origin, [{ title: event!.title, summary: event!.summary, slug: event!.slug, published: new Date() }, ...everyday])));
    await waitUntil(() => fake.requestsMatching('POST /channels/:channel/messages').length >= 1, {
      timeoutMs: 60_000,
      what: 'the send to Discord',
      giveUp: died(worker),
      describe: tail(worker),
    });
    const cyclesAtHang = cyclesDone(worker);
    // Polling goes on while the send hangs (discord.js waits 15 s before it gives up on it).
    await waitUntil(() => cyclesDone(worker) >= cyclesAtHang + 3, { timeoutMs: 12_000, what: 'cycles during the hung send', giveUp: died(worker), describe: tail(worker) });
    expect(fake.messages(fake.channels.news)).toHaveLength(0);

    expect(await stopProcess(worker, 'SIGTERM', 10_000)).toEqual({ code: 0, signal: null });
    expect(messages(worker)).toContain('worker stopped');
  }, 180_000);

  it('SIGTERM during start-up (the gateway look-up never answers) exits 0', async () => {
    server.route('/startup.xml', serveFeed(buildRss(server.origin, offTopicItems(new Date()))));
    fake.failNext('GET /gateway/bot', { hang: true });
    const { worker, stateFile } = await startWorker('startup');
    // The state lock is taken before the Discord login: past it, start-up is waiting on Discord.
    await waitUntil(() => existsSync(`${stateFile}.lock.json`) && fake.requestsMatching('GET /gateway/bot').length >= 1, {
      timeoutMs: 90_000,
      what: 'start-up to reach the Discord login',
      giveUp: died(worker),
      describe: tail(worker),
    });
    expect(messages(worker)).not.toContain('worker started');

    expect(await stopProcess(worker, 'SIGTERM', 10_000)).toEqual({ code: 0, signal: null });
    expect(messages(worker)).toContain('stop requested during start-up');
  }, 180_000);
});
