import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { Client } from 'discord.js';
import { ConfigError } from '../core/errors.ts';
import { SubscriptionBook } from '../control/subscriptions.ts';
import { DeliveryQueues } from '../discord/delivery/delivery-queue.ts';
import { peekOutbox } from '../control/outbox-view.ts';
import type { Logger, StateStore } from '../ports.ts';
import type { CycleEvent, HealthTracker } from './health-tracker.ts';

// Prometheus /metrics, /healthz (200 healthy, warnings or not; 503 with the reasons) and /livez (the process
// answers) over HTTP while the worker runs (config metrics.port). Counters follow the cycles
// the health tracker sees; depths are read from the store when scraped.

export interface WorkerMetrics {
  registry: Registry;
  /** Counts Discord's 429 answers on this client's REST manager and those built from its options (each client once). */
  watchDiscord(client: Pick<Client, 'rest'>): void;
}

/** The worker's metrics on their own registry (so tests can build several). */
export function createWorkerMetrics(health: HealthTracker, store: StateStore, logger: Logger): WorkerMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'newshound_' });
  const cycleSeconds = new Histogram({
    name: 'newshound_cycle_duration_seconds',
    help: 'Duration of poll cycles, failed ones included.',
    buckets: [0.5, 1, 2, 5, 10, 30, 60, 120, 300],
    labelNames: ['outcome'],
    registers: [registry],
  });
  const cycles = new Counter({ name: 'newshound_cycles_total', help: 'Poll cycles by outcome (ok, failed).', labelNames: ['outcome'], registers: [registry] });
  const fetched = new Counter({ name: 'newshound_items_fetched_total', help: 'Items read from feeds that changed.', registers: [registry] });
  const matched = new Counter({ name: 'newshound_items_matched_total', help: 'Items that matched a topic (new stories and later reports of one).', registers: [registry] });
  const posted = new Counter({ name: 'newshound_posts_published_total', help: 'Posts the publisher confirmed (for Discord: queued for every subscribed channel).', registers: [registry] });
  const feedFailures = new Counter({ name: 'newshound_feed_failures_total', help: 'Failed feed polls, by feed.', labelNames: ['feed'], registers: [registry] });
  const rateLimited = new Counter({ name: 'newshound_discord_rate_limited_total', help: 'Discord answers with HTTP 429 (Too Many Requests).', registers: [registry] });
  const lastCycle = new Gauge({ name: 'newshound_last_cycle_completed_timestamp_seconds', help: 'When the last cycle completed (Unix time).', registers: [registry] });
  new Gauge({
    name: 'newshound_healthy',
    help: '1 while the worker is healthy (as /healthz and `newshound health` judge it), else 0.',
    registers: [registry],
    collect() {
      this.set(health.verdict().healthy ? 1 : 0);
    },
  });
  new Gauge({
    name: 'newshound_channels_failing',
    help: 'Channels in which every send failed for the health bound while others deliver (the warnings of /healthz and `newshound health`).',
    registers: [registry],
    collect() {
      this.set(health.verdict().warnings.length);
    },
  });
  new Gauge({
    name: 'newshound_outbox_depth',
    help: 'Posts waiting in the outbox.',
    registers: [registry],
    async collect() {
      // The posts a drain can use: a corrupt outbox (not JSON, not a list) counts none, where its
      // length failed the whole scrape (an object) or was a string's length.
      this.set((await readQuietly(() => peekOutbox(store), logger))?.entries.length ?? 0);
    },
  });
  new Gauge({
    name: 'newshound_delivery_queue_depth',
    help: 'Posts and edits waiting in Discord delivery queues, by subscription.',
    labelNames: ['subscription'],
    registers: [registry],
    async collect() {
      this.reset();
      const subscriptions = (await readQuietly(() => new SubscriptionBook(store).list(), logger)) ?? [];
      const queues = new DeliveryQueues(store);
      for (const s of subscriptions) {
        const queue = await readQuietly(() => queues.read(s.id), logger);
        if (queue) this.set({ subscription: s.id }, queue.entries.length);
      }
    },
  });
  health.onCycle((event: CycleEvent) => {
    const outcome = event.report ? 'ok' : 'failed';
    cycleSeconds.observe({ outcome }, event.durationMs / 1000);
    cycles.inc({ outcome });
    const report = event.report;
    if (report === undefined) return;
    lastCycle.set(Date.parse(report.finishedAt) / 1000);
    fetched.inc(report.feeds.reduce((sum, feed) => sum + feed.items, 0));
    matched.inc(report.decisionCounts.queued + report.decisionCounts['same-story']);
    posted.inc(report.published);
    for (const feed of report.feeds) if (feed.outcome === 'failed') feedFailures.inc({ feed: feed.name });
  });
  // Counted in the REST manager's transport (options.makeRequest), not its 'response' event: the
  // no-retry managers the delivery builds for webhook and forum posts copy the client's options,
  // so they count too.
  const counting = new WeakSet<object>();
  return {
    registry,
    watchDiscord(client) {
      const options = client.rest.options as { makeRequest: MakeRequest };
      if (counting.has(options.makeRequest)) return;
      const inner = options.makeRequest;
      const counted: MakeRequest = async (...args) => {
        const response = await inner.apply(options, args);
        if (response.status === 429) rateLimited.inc();
        return response;
      };
      counting.add(counted);
      options.makeRequest = counted;
    },
  };
}

type MakeRequest = (...args: never[]) => Promise<{ status: number }>;

async function readQuietly<T>(read: () => Promise<T>, logger: Logger): Promise<T | undefined> {
  try {
    return await read();
  } catch (error) {
    logger.warn({ error: (error as Error).message }, 'metrics: cannot read the state store');
    return undefined;
  }
}

export interface MetricsServer {
  /** http://host:port */
  url: string;
  close(): Promise<void>;
}

/** Serves /metrics, /healthz and /livez on `host:port` (port 0: any free port). */
export async function startMetricsServer(options: { host: string; port: number; metrics: WorkerMetrics; health: HealthTracker; logger: Logger }): Promise<MetricsServer> {
  const { metrics, health, logger } = options;
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (req.method !== 'GET' && req.method !== 'HEAD') return void res.writeHead(405, { allow: 'GET, HEAD' }).end();
    if (path === '/metrics') {
      metrics.registry
        .metrics()
        .then((text) => res.writeHead(200, { 'content-type': metrics.registry.contentType }).end(text))
        .catch((error: unknown) => {
          logger.warn({ error: (error as Error).message }, 'metrics: scrape failed');
          res.writeHead(500, { 'content-type': 'text/plain' }).end('metrics unavailable\n');
        });
      return;
    }
    if (path === '/healthz' || path === '/livez') {
      const verdict = health.verdict();
      const ok = path === '/livez' || verdict.healthy;
      res.writeHead(ok ? 200 : 503, { 'content-type': 'application/json' });
      return void res.end(`${JSON.stringify({ status: ok ? (path === '/livez' ? 'live' : 'healthy') : 'unhealthy', problems: verdict.problems, warnings: verdict.warnings, summary: verdict.summary })}\n`);
    }
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found: try /metrics, /healthz or /livez\n');
  });
  await new Promise<void>((resolve, reject) => {
    // A port another process holds (or a host not on this machine) is a bad setting: one line,
    // exit 1, like any other, not Node's stack trace.
    const refuse = (error: NodeJS.ErrnoException) => reject(new ConfigError(`metrics.port: cannot listen on ${options.host}:${options.port}: ${listenFailure(error)}`, { cause: error }));
    server.once('error', refuse);
    server.listen(options.port, options.host, () => {
      server.off('error', refuse);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${shownHost}:${address.port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function listenFailure(error: NodeJS.ErrnoException): string {
  if (error.code === 'EADDRINUSE') return 'address already in use (another process has it; pick another port, or 0 for any free one)';
  if (error.code === 'EACCES') return 'permission denied (ports below 1024 need privileges)';
  if (error.code === 'EADDRNOTAVAIL' || error.code === 'ENOTFOUND') return 'metrics.host is not an address of this machine';
  return error.message;
}
