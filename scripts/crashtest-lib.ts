// The crash test: `newshound start` as a real process against the loopback feed server and the
// fake Discord, stopped at random moments (SIGKILL, or SIGTERM) while three outlets publish,
// then left to drain. Every event must end up as exactly one message in each subscribed
// channel (bot, webhook, forum): none lost, none doubled. Used by scripts/crashtest.ts (the
// full run, `npm run crashtest`) and tests/integration/crash.test.ts (a few kills, for CI).
import { appendFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openStateStore } from '../src/adapters/keyv-store.ts';
import { SubscriptionBook, subscriptionId, type Subscription } from '../src/control/subscriptions.ts';
import { stateKeys } from '../src/pipeline/state-keys.ts';
import type { ItemDecision } from '../src/core/model.ts';
import { cleanEnv, spawnProcess, type CliProcess } from '../tests/helpers/cli-process.ts';
import { startFakeDiscord, type Fault, type FakeDiscord, type FakeMessage } from '../tests/helpers/fake-discord/index.ts';
import { serveFeed, startFeedServer, type FeedServer } from '../tests/helpers/feed-server.ts';
import { buildRss, offTopicItems, type FeedItem } from '../tests/helpers/worker-feed.ts';
import { crashEvents, eventOfLink, type CrashReport } from './crashtest-events.ts';
import { isDelivery, sleep, stopWorker, waitFor, waitForCycle, waitForDrain, waitForLog } from './crashtest-wait.ts';

export const PROJECT_ROOT = fileURLToPath(new URL('../', import.meta.url));
export const CHANNEL_KINDS = ['bot', 'webhook', 'forum'] as const;
export type ChannelKind = (typeof CHANNEL_KINDS)[number];

export interface ScenarioOptions {
  store: 'sqlite' | 'redis';
  /** Scripted Discord faults (429, 5xx, hangs, answers lost after the message was made) before each run. */
  faults: boolean;
  /** How each run ends: SIGKILL at a random moment, or SIGTERM at a random moment (a clean stop). */
  stop: 'kill' | 'term';
  /** Runs stopped (kills or SIGTERMs). */
  kills: number;
  /** Events released over the runs (each reported by one to three outlets). */
  events: number;
  seed: number;
  /** Where bin/newshound.js lives. Default: this project. */
  root?: string;
  redisUrl?: string;
  log?: (line: string) => void;
  /** Every worker's log (pino JSON lines) is appended here, run by run, for a post-mortem. */
  workerLog?: string;
}

/** One channel kind's figures, as the issue asks for them. */
export interface KindFigures {
  kills: number;
  stories: number;
  posted_once: number;
  lost: number;
  doubled: number;
}

export interface ScenarioResult {
  scenario: string;
  kinds: Record<ChannelKind, KindFigures>;
  /** SIGTERM runs: how many exited 0, and the slowest stop. */
  stops: { count: number; exitedZero: number; slowestMs: number };
  /** Events lost or doubled, with the messages seen, and anything else that went wrong. */
  problems: string[];
}

export const TOPIC = 'default';
/** How long a started worker runs at most before it is stopped: a few cycles (one a second) and sends. */
const RUNNING_MS = 3_000;
/** Once it talks to Discord, how long a worker may run on before it is stopped. */
const SENDING_MS = 1_500;
const OUTLETS = 3;
const FAULTS: Fault[] = [
  { status: 429, retryAfter: 1 },
  { status: 500 },
  { status: 503 },
  { afterCreate: 500 },
  { afterCreate: 503 },
  { afterCreate: 'reset' },
  { afterCreate: 'hang' },
  { hang: true },
];
const CREATE_ROUTES: Record<ChannelKind, string> = {
  bot: 'POST /channels/:channel/messages',
  webhook: 'POST /webhooks/:id/:token',
  forum: 'POST /channels/:channel/threads',
};

/** mulberry32: a small seeded generator, so a failing run can be replayed with its seed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}


export function scenarioName(options: Pick<ScenarioOptions, 'store' | 'faults' | 'stop'>): string {
  return `${options.store}, ${options.stop === 'kill' ? 'SIGKILL' : 'SIGTERM'}, ${options.faults ? 'Discord faults' : 'no faults'}`;
}

export async function runCrashScenario(options: ScenarioOptions): Promise<ScenarioResult> {
  const log = options.log ?? (() => undefined);
  const rand = random(options.seed);
  const root = options.root ?? PROJECT_ROOT;
  const dir = mkdtempSync(join(tmpdir(), 'newshound-crash-'));
  const fake = await startFakeDiscord();
  const server = await startFeedServer();
  const namespace = `crashtest-${process.pid}-${options.seed}-${Date.now()}`;
  const stateUrl = options.store === 'sqlite' ? `sqlite://${join(dir, 'state.sqlite')}` : (options.redisUrl ?? 'redis://127.0.0.1:6379');
  const problems: string[] = [];
  const stops = { count: 0, exitedZero: 0, slowestMs: 0 };
  const running: CliProcess[] = [];
  try {
    const channels = await subscribe(fake, stateUrl, namespace);
    const reports = crashEvents(options.events, OUTLETS);
    const started = Date.now();
    // Each report is released before one of the runs; a later outlet's report never before the first's.
    const releaseAt = new Map<CrashReport, number>();
    const firstOf = new Map<number, number>();
    for (const report of reports) {
      const earliest = report.report === 0 ? 1 : firstOf.get(report.event)!;
      const step = earliest + Math.floor(rand() * (options.kills - earliest + 1));
      if (report.report === 0) firstOf.set(report.event, step);
      releaseAt.set(report, Math.max(earliest, step));
    }
    const publishedAt = new Map<CrashReport, Date>();
    const release = (step: number) => {
      for (let outlet = 0; outlet < OUTLETS; outlet += 1) {
        const items: FeedItem[] = [];
        for (const report of reports) {
          if (report.outlet !== outlet || releaseAt.get(report)! > step) continue;
          if (!publishedAt.has(report)) publishedAt.set(report, new Date());
          items.push({ title: report.title, summary: report.summary, slug: report.slug, published: publishedAt.get(report)! });
        }
        // Everyday news first: the first poll takes it as the baseline.
        const everyday = offTopicItems(new Date(started)).map((item) => ({ ...item, slug: `${item.slug}-${outlet}` }));
        server.route(`/outlet-${outlet}.xml`, serveFeed(buildRss(server.origin, [...items.reverse(), ...everyday])));
      }
    };
    release(0);
    const configFile = join(dir, 'newshound.json');
    writeFileSync(configFile, JSON.stringify(workerConfig(server, fake, stateUrl, namespace), null, 2));
    const start = () => {
      const worker = spawnProcess('node', ['bin/newshound.js', 'start', '--config', configFile, '--heartbeat', join(dir, 'heartbeat.json')], {
        cwd: root,
        env: cleanEnv({ DISCORD_TOKEN: fake.botToken }),
      });
      running.push(worker);
      const runNumber = running.length;
      if (options.workerLog !== undefined) {
        const file = options.workerLog;
        void worker.exited.then((exit) => appendFileSync(file, `=== run ${runNumber} (pid ${worker.child.pid}) ended ${exit.code ?? exit.signal}\n${worker.stderr()}`));
      }
      return worker;
    };

    // The first poll of every feed is the baseline (nothing posted): let one run finish it.
    const first = start();
    const startUpMs = await waitForCycle(first, 0, 120_000);
    await stopWorker(first, 'SIGTERM', stops, problems, 'baseline run');
    log(`${scenarioName(options)}: start-up to the first cycle took ${startUpMs} ms`);

    for (let run = 1; run <= options.kills; run += 1) {
      release(run);
      fake.clearFaults();
      if (options.faults) {
        for (const kind of CHANNEL_KINDS) {
          if (rand() < 0.6) fake.failNext(CREATE_ROUTES[kind], FAULTS[Math.floor(rand() * FAULTS.length)]!);
        }
        if (rand() < 0.3) fake.failNext('PATCH *', FAULTS[Math.floor(rand() * 3)]!);
      }
      const worker = start();
      // A random moment: sometimes of start-up; else of the running worker's cycles; else (half
      // the runs) just after it begins talking to Discord, while sends and look-ups are in flight.
      const moment = rand();
      if (moment < 0.15) await Promise.race([sleep(Math.floor(rand() * startUpMs)), worker.exited]);
      else {
        await waitForLog(worker, 'worker started', 120_000);
        const since = fake.requests.length;
        if (moment >= 0.5) await waitFor(() => fake.requests.slice(since).some(isDelivery), worker, 30_000);
        await Promise.race([sleep(Math.floor(rand() * (moment >= 0.5 ? SENDING_MS : RUNNING_MS))), worker.exited]);
      }
      if (worker.child.exitCode !== null || worker.child.signalCode !== null) {
        problems.push(`run ${run}: the worker exited by itself (${worker.child.exitCode ?? worker.child.signalCode}): ${worker.stderr().slice(-500)}`);
        continue;
      }
      if (options.stop === 'kill') {
        worker.child.kill('SIGKILL');
        await worker.exited;
      } else {
        await stopWorker(worker, 'SIGTERM', stops, problems, `run ${run}`);
      }
      if (run % 10 === 0) log(`  ${run}/${options.kills} runs; ${fake.requests.length} Discord requests so far`);
    }

    // Drain: everything released, Discord healthy, one worker until every queue is empty.
    release(Number.MAX_SAFE_INTEGER);
    fake.clearFaults();
    const releasedAt = new Date();
    const drainer = start();
    await waitForDrain(drainer, fake, channels, stateUrl, namespace, releasedAt, problems);
    await stopWorker(drainer, 'SIGTERM', stops, problems, 'drain run');

    const kinds = {} as Record<ChannelKind, KindFigures>;
    for (const kind of CHANNEL_KINDS) {
      const perEvent = new Map<number, number>();
      for (const link of messageLinks(fake, kind, channels)) {
        const event = eventOfLink(link);
        if (event !== undefined) perEvent.set(event, (perEvent.get(event) ?? 0) + 1);
      }
      const figures: KindFigures = { kills: options.kills, stories: options.events, posted_once: 0, lost: 0, doubled: 0 };
      for (let event = 0; event < options.events; event += 1) {
        const count = perEvent.get(event) ?? 0;
        if (count === 1) figures.posted_once += 1;
        else if (count === 0) figures.lost += 1;
        else figures.doubled += 1;
        if (count !== 1) problems.push(`${kind}: event ${event} has ${count} messages`);
      }
      kinds[kind] = figures;
    }
    const missing = new Set(problems.filter((p) => / has 0 messages$/.test(p)).map((p) => Number(/event (\d+)/.exec(p)![1])));
    if (missing.size > 0) problems.push(...(await decisionsAbout(stateUrl, namespace, reports.filter((r) => missing.has(r.event)))));
    if (fake.warnings.length > 0) problems.push(`fake Discord warnings: ${fake.warnings.slice(0, 5).join('; ')}`);
    return { scenario: scenarioName(options), kinds, stops, problems };
  } finally {
    for (const worker of running) if (worker.child.exitCode === null && worker.child.signalCode === null) worker.child.kill('SIGKILL');
    await Promise.all(running.map((w) => w.exited));
    await fake.close();
    await server.close();
    if (options.store === 'redis') await dropRedisNamespace(stateUrl, namespace).catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
  }
}

export interface Channels {
  bot: string;
  webhook: { channelId: string; webhookId: string };
  forum: string;
}

async function subscribe(fake: FakeDiscord, stateUrl: string, namespace: string): Promise<Channels> {
  const webhook = fake.createWebhook(fake.channels.alerts, 'newshound');
  const channels: Channels = { bot: fake.channels.news, webhook: { channelId: fake.channels.alerts, webhookId: webhook.id }, forum: fake.channels.forum };
  const store = await openStateStore(stateUrl, { namespace });
  try {
    const book = new SubscriptionBook(store);
    const base = { guildId: fake.guild.id, topic: TOPIC, createdAt: new Date().toISOString() };
    const subscriptions: Subscription[] = [
      { ...base, id: subscriptionId(channels.bot, TOPIC), channelId: channels.bot, delivery: { kind: 'bot' } },
      { ...base, id: subscriptionId(channels.webhook.channelId, TOPIC), channelId: channels.webhook.channelId, delivery: { kind: 'webhook', webhookId: webhook.id, webhookToken: webhook.token! } },
      { ...base, id: subscriptionId(channels.forum, TOPIC), channelId: channels.forum, delivery: { kind: 'forum' } },
    ];
    for (const subscription of subscriptions) await book.put(subscription);
  } finally {
    await store.close();
  }
  return channels;
}

function workerConfig(server: FeedServer, fake: FakeDiscord, stateUrl: string, namespace: string): Record<string, unknown> {
  return {
    feeds: Array.from({ length: OUTLETS }, (_, outlet) => ({ name: `Outlet ${outlet}`, url: `${server.origin}/outlet-${outlet}.xml`, language: 'id' })),
    // node-cron's six-field form: every second.
    schedule: '*/1 * * * * *',
    state: { url: stateUrl, namespace },
    limits: { minPollIntervalMs: 1_000 },
    network: { allowedPrivateHosts: ['127.0.0.1'] },
    articles: { fetch: false },
    discord: { applicationId: fake.applicationId, apiBaseUrl: fake.apiUrl, postsPerMinute: 60 },
    logLevel: 'info',
  };
}

/** What the worker last decided about these reports (the state keeps the latest 300 decisions). */
async function decisionsAbout(stateUrl: string, namespace: string, reports: CrashReport[]): Promise<string[]> {
  const store = await openStateStore(stateUrl, { namespace });
  try {
    const recent = (await store.get<Array<ItemDecision & { at: string }>>(stateKeys.recentDecisions)) ?? [];
    return reports.map((report) => {
      const seen = recent.filter((d) => d.title === report.title).map((d) => `${d.at} ${d.feedId} ${d.kind}: ${d.reason}`);
      return `event ${report.event} report ${report.report} (outlet ${report.outlet}) "${report.title}": ${seen.length > 0 ? seen.join(' | ') : 'no decision kept'}`;
    });
  } finally {
    await store.close();
  }
}

/** The article links of the messages a channel kind got (a forum: each post's starter message). */
function messageLinks(fake: FakeDiscord, kind: ChannelKind, channels: Channels): string[] {
  const linkOf = (m: FakeMessage) => String(m.embeds[0]?.url ?? '');
  if (kind === 'bot') return fake.messages(channels.bot).filter((m) => m.webhookId === undefined).map(linkOf);
  if (kind === 'webhook') return fake.messages(channels.webhook.channelId).filter((m) => m.webhookId === channels.webhook.webhookId).map(linkOf);
  const threads = [...fake.state.channels.values()].filter((c) => (c as { parent_id?: string }).parent_id === channels.forum);
  return threads.flatMap((thread) => fake.messages(thread.id).slice(0, 1).map(linkOf));
}

async function dropRedisNamespace(url: string, namespace: string): Promise<void> {
  const { createClient } = await import('@keyv/redis');
  const client = createClient({ url });
  await client.connect();
  try {
    for await (const keys of client.scanIterator({ MATCH: `*${namespace}*`, COUNT: 500 })) {
      const list = Array.isArray(keys) ? keys : [keys];
      if (list.length > 0) await client.del(list);
    }
  } finally {
    client.destroy();
  }
}
