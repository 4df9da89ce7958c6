import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Config } from './config/schema.ts';
import type { TopicMatcher } from './core/select/select-items.ts';
import { systemClock } from './adapters/clock.ts';
import { loadConfiguredTopics } from './adapters/configured-topics.ts';
import { loadBackground, loadLexicon } from './adapters/lexicon-files.ts';
import { createConsolePublisher } from './adapters/console-publisher.ts';
import { createHttpFetcher } from './adapters/http-fetcher.ts';
import { openStateStore } from './adapters/keyv-store.ts';
import { createLogger } from './adapters/logger.ts';
import { PROJECT_ROOT } from './adapters/project-paths.ts';
import { startScheduler } from './adapters/scheduler.ts';
import type { CycleReport } from './pipeline/cycle-report.ts';
import { runCycle, type CycleOptions } from './pipeline/run-cycle.ts';
import type { Clock, HttpFetcher, Logger, Publisher, StateStore } from './ports.ts';

// Composition root: the one place that builds real adapters from the configuration and wires
// them into the pipeline. Tests build the same runtime with their own publisher or clock.

export const HEARTBEAT_FILE = join(PROJECT_ROOT, 'state', 'heartbeat.json');
/** Seen item keys are remembered this long after they leave their feed. */
const SEEN_TTL_MS = 30 * 24 * 3_600_000;

export interface RuntimeOverrides {
  publisher?: Publisher;
  logger?: Logger;
  clock?: Clock;
  fetcher?: HttpFetcher & { close?(): Promise<void> };
  /** Where posts go when there is no Discord publisher: stdout by default. */
  print?: (text: string) => void;
}

export interface Runtime {
  config: Config;
  store: StateStore;
  topics: TopicMatcher[];
  logger: Logger;
  runOnce(options?: { ignoreSchedule?: boolean }): Promise<CycleReport>;
  close(): Promise<void>;
}

export async function createRuntime(config: Config, overrides: RuntimeOverrides = {}): Promise<Runtime> {
  const logger = overrides.logger ?? createLogger(config.logLevel);
  const topics = loadConfiguredTopics(config.topics);
  const store = await openStateStore(config.state.url, { namespace: config.state.namespace, onError: (error) => logger.warn({ error: String(error) }, 'state store') });
  const { limits, network } = config;
  const fetcher =
    overrides.fetcher ??
    createHttpFetcher({
      connectTimeoutMs: limits.connectTimeoutMs,
      totalTimeoutMs: limits.totalTimeoutMs,
      maxBodyBytes: limits.maxBodyBytes,
      maxConcurrency: limits.fetchConcurrency,
      maxPerHost: limits.perHostConcurrency,
      allowPrivateAddresses: network.allowPrivateAddresses,
      allowedPrivateHosts: network.allowedPrivateHosts,
    });
  // Discord delivery plugs in here (its own issue); without it, posts are printed.
  const publisher = overrides.publisher ?? createConsolePublisher(overrides.print ?? ((text) => process.stdout.write(text)));
  const cycleOptions: Omit<CycleOptions, 'ignoreSchedule'> = {
    feeds: config.feeds,
    topics,
    timeZone: config.timezone,
    backfill: limits.backfill,
    maxItemAgeMs: limits.maxItemAgeHours * 3_600_000,
    seenTtlMs: SEEN_TTL_MS,
    maxItemsPerFeed: limits.maxItemsPerFeed,
    defaultIntervalMs: limits.minPollIntervalMs,
    minPollIntervalMs: limits.minPollIntervalMs,
    maxPollIntervalMs: limits.maxPollIntervalMs,
    failingAfter: limits.failingAfter,
    text: { lexicon: loadLexicon(), background: loadBackground() },
  };
  const clock = overrides.clock ?? systemClock;
  return {
    config,
    store,
    topics,
    logger,
    runOnce: (options = {}) => runCycle({ fetcher, store, publisher, clock, logger }, { ...cycleOptions, ...options }),
    async close() {
      await fetcher.close?.();
      await store.close();
    },
  };
}

/**
 * `newshound start`: cycles on the cron schedule until SIGTERM/SIGINT, then finishes the cycle
 * in flight and exits. A heartbeat file tells the container's HEALTHCHECK the worker is alive.
 */
export async function startWorker(runtime: Runtime, options: { heartbeatFile?: string; signals?: NodeJS.Signals[] } = {}): Promise<void> {
  const heartbeatFile = options.heartbeatFile ?? HEARTBEAT_FILE;
  mkdirSync(dirname(heartbeatFile), { recursive: true });
  const beat = () => writeFileSync(heartbeatFile, JSON.stringify({ pid: process.pid, at: new Date().toISOString() }));
  beat();
  const heartbeat = setInterval(beat, 15_000);
  const scheduler = startScheduler(runtime.config.schedule, runtime.config.timezone, () => runtime.runOnce(), runtime.logger);
  runtime.logger.info({ schedule: runtime.config.schedule, feeds: runtime.config.feeds.length, topics: runtime.topics.map((t) => t.name) }, 'worker started');
  await new Promise<void>((resolve) => {
    const stop = (signal: string) => {
      runtime.logger.info({ signal }, 'stopping after the cycle in flight');
      for (const s of options.signals ?? ['SIGTERM', 'SIGINT']) process.off(s, stop);
      resolve();
    };
    for (const s of options.signals ?? ['SIGTERM', 'SIGINT']) process.on(s, stop);
  });
  await scheduler.stop();
  clearInterval(heartbeat);
  await runtime.close();
  runtime.logger.info({}, 'worker stopped');
}
