import { createServer } from 'node:http';
import { join } from 'node:path';
import { REST } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HealthTracker } from '../../src/adapters/health-tracker.ts';
import { MemoryStore } from '../../src/adapters/memory-store.ts';
import { createWorkerMetrics, startMetricsServer, type MetricsServer } from '../../src/adapters/metrics-server.ts';
import { SubscriptionBook, subscriptionId } from '../../src/control/subscriptions.ts';
import { deliveryKeys } from '../../src/discord/delivery/delivery-keys.ts';
import type { CycleReport } from '../../src/pipeline/cycle-report.ts';
import { stateKeys } from '../../src/pipeline/state-keys.ts';
import type { Logger } from '../../src/ports.ts';
import { listenOnLoopback } from '../helpers/loopback-listen.ts';
import { tempDir } from '../pipeline/cycle-harness.ts';

// /metrics, /healthz and /livez over real HTTP on loopback; the counters follow the cycles the
// health tracker records; a real discord.js REST manager answered 429 once counts one.

const quiet: Logger = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };
const dir = tempDir();
const store = new MemoryStore();
let health: HealthTracker;
let server: MetricsServer;
let metrics: ReturnType<typeof createWorkerMetrics>;

function report(): CycleReport {
  const now = new Date().toISOString();
  return {
    startedAt: now,
    finishedAt: now,
    feeds: [
      { feedId: 'a', name: 'Kabar', outcome: 'updated', items: 5 },
      { feedId: 'b', name: 'World', outcome: 'failed', items: 0, error: 'fetcher: GET http://world.example/: HTTP 503' },
    ],
    decisions: [],
    decisionCounts: { queued: 2, 'same-story': 1, baseline: 0, duplicate: 1, 'too-old': 0, 'off-topic': 1 },
    published: 2,
    publishFailures: 0,
    outboxSize: 0,
  };
}

beforeAll(async () => {
  health = new HealthTracker({ file: join(dir.path, 'heartbeat.json'), schedule: '*/5 * * * *', timezone: 'UTC', logger: quiet });
  metrics = createWorkerMetrics(health, store, quiet);
  server = await startMetricsServer({ host: '127.0.0.1', port: 0, metrics, health, logger: quiet });
  await store.set(stateKeys.outbox, ['a', 'b', 'c'].map((id) => ({ post: { id: `default:${id}`, topic: 'default' }, enqueuedAt: new Date().toISOString(), attempts: 0 })));
  const book = new SubscriptionBook(store);
  const id = subscriptionId('200000000000000001', 'default');
  await book.put({ id, guildId: '100000000000000001', channelId: '200000000000000001', topic: 'default', delivery: { kind: 'bot' }, createdAt: new Date().toISOString() });
  await store.set(deliveryKeys.queue(id), { entries: [queuedPost('a'), queuedPost('b')], recentSendsAt: [] });
  await health.track(async () => report());
  await health.track(async () => report());
});
afterAll(async () => {
  await server.close();
  dir.remove();
});

const get = async (path: string) => {
  const response = await fetch(`${server.url}${path}`);
  return { status: response.status, type: response.headers.get('content-type'), text: await response.text() };
};

describe('/metrics', () => {
  let text: string;
  beforeAll(async () => {
    const response = await get('/metrics');
    expect(response.status).toBe(200);
    expect(response.type).toMatch(/^text\/plain; version=0\.0\.4/);
    text = response.text;
  });

  it.each([
    ['newshound_items_fetched_total', '10'],
    ['newshound_items_matched_total', '6'],
    ['newshound_posts_published_total', '4'],
    ['newshound_feed_failures_total{feed="World"}', '2'],
    ['newshound_cycles_total{outcome="ok"}', '2'],
    ['newshound_cycle_duration_seconds_count{outcome="ok"}', '2'],
    ['newshound_outbox_depth', '3'],
    [`newshound_delivery_queue_depth{subscription="${subscriptionId('200000000000000001', 'default')}"}`, '2'],
    ['newshound_healthy', '1'],
    ['newshound_channels_failing', '0'],
    ['newshound_discord_rate_limited_total', '0'],
  ])('%s is %s', (series, value) => {
    expect(text).toContain(`\n${series} ${value}\n`);
  });

  it('carries the process metrics too', () => {
    expect(text).toMatch(/^newshound_process_resident_memory_bytes \d+/m);
  });
});

describe('/healthz and /livez', () => {
  it('healthy: 200 with a summary', async () => {
    const response = await get('/healthz');
    expect(response.status).toBe(200);
    expect(JSON.parse(response.text)).toMatchObject({ status: 'healthy', problems: [] });
  });

  it('healthy: no warnings', async () => {
    expect(JSON.parse((await get('/healthz')).text)).toMatchObject({ status: 'healthy', warnings: [] });
  });

  it('one channel failing every send for 3 schedule intervals while another delivers: still 200, with the warning', async () => {
    let now = Date.parse('2026-12-01T00:00:00Z');
    const clocked = new HealthTracker({ file: join(dir.path, 'channel-heartbeat.json'), schedule: '*/5 * * * *', timezone: 'UTC', logger: quiet, now: () => new Date(now), monotonic: () => now });
    const own = await startMetricsServer({ host: '127.0.0.1', port: 0, metrics: createWorkerMetrics(clocked, store, quiet), health: clocked, logger: quiet });
    try {
      for (let i = 0; i < 4; i++) {
        await clocked.track(async () => report());
        clocked.recordDeliveries({ delivered: 1, failed: 1, lastError: 'boom', channels: { '200000000000000009': { delivered: 0, failed: 1, lastError: 'boom' }, '200000000000000001': { delivered: 1, failed: 0 } } });
        now += 5 * 60_000;
      }
      const response = await fetch(`${own.url}/healthz`);
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({ status: 'healthy', problems: [], warnings: ['channel 200000000000000009: every send failed since 2026-12-01T00:00:00.000Z (4 intervals): boom'] });
      const series = await (await fetch(`${own.url}/metrics`)).text();
      expect(series).toContain('\nnewshound_channels_failing 1\n');
      expect(series).toContain('\nnewshound_healthy 1\n');
    } finally {
      await own.close();
    }
  });

  it('three failed cycles: /healthz 503 with the reason, /livez still 200', async () => {
    for (let i = 0; i < 3; i++) await expect(health.track(() => Promise.reject(new Error('state: Redis refused')))).rejects.toThrow();
    const response = await get('/healthz');
    expect(response.status).toBe(503);
    expect(JSON.parse(response.text)).toMatchObject({ status: 'unhealthy', problems: ['the last 3 cycles failed: state: Redis refused'] });
    expect((await get('/livez')).status).toBe(200);
    expect((await get('/metrics')).text).toContain('\nnewshound_healthy 0\n');
    expect((await get('/metrics')).text).toContain('\nnewshound_cycles_total{outcome="failed"} 3\n');
  });

  it('anything else is 404', async () => {
    expect((await get('/')).status).toBe(404);
  });
});

describe('Discord 429s', () => {
  it('a 429 answered to the REST manager is counted once', async () => {
    let calls = 0;
    const discord = createServer((req, res) => {
      calls += 1;
      if (calls === 1) {
        res.writeHead(429, { 'content-type': 'application/json', 'retry-after': '0' });
        return void res.end(JSON.stringify({ message: 'You are being rate limited.', retry_after: 0.001, global: false }));
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ id: '1' }));
    });
    const listening = await listenOnLoopback(discord);
    try {
      const rest = new REST({ api: `http://127.0.0.1:${listening.port}`, retries: 0, timeout: 5_000 }).setToken('test-token');
      metrics.watchDiscord({ rest });
      metrics.watchDiscord({ rest }); // watched twice: still counted once
      await rest.get('/users/@me');
      expect(calls).toBe(2);
      expect((await get('/metrics')).text).toContain('\nnewshound_discord_rate_limited_total 1\n');
      // A no-retry manager built from the client's options (as the delivery does for webhooks) counts too.
      calls = 0;
      const once = new REST({ ...rest.options, retries: 0 }).setToken('test-token');
      await once.get('/users/@me');
      expect(calls).toBe(2);
      expect((await get('/metrics')).text).toContain('\nnewshound_discord_rate_limited_total 2\n');
    } finally {
      await listening.close();
    }
  });
});

/** A queued post as the delivery queue stores one (only what its reader checks). */
function queuedPost(id: string): { kind: 'publish'; post: { id: string }; version: number } {
  return { kind: 'publish', post: { id }, version: 1 };
}
