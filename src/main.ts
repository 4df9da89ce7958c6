import { HealthTracker } from './adapters/health-tracker.ts';
import { heartbeatFileFor } from './adapters/heartbeat-file.ts';
import { announceWorker, warnUnsubscribedStories } from './adapters/worker-announce.ts';
import { createWorkerMetrics, startMetricsServer, type MetricsServer } from './adapters/metrics-server.ts';
import type { Config } from './config/schema.ts';
import { systemClock } from './adapters/clock.ts';
import { CycleSourceResolver } from './control/cycle-sources.ts';
import { startDiscord, type DiscordRuntime, type DiscordRuntimeOptions } from './discord/discord-runtime.ts';
import { loadBackground, loadLexicon } from './adapters/lexicon-files.ts';
import { createConsolePublisher } from './adapters/console-publisher.ts';
import { createHttpFetcher } from './adapters/http-fetcher.ts';
import { createArticleFetcher } from './adapters/article-fetcher.ts';
import { openStateStore } from './adapters/keyv-store.ts';
import { acquireStateLock, describeHolder, type StateLock } from './adapters/state-lock.ts';
import { settlesWithin, STOP_TIMINGS, stopCycles, watchStopSignals, whenAborted } from './worker-stop.ts';
import { createLogger } from './adapters/logger.ts';
import { createLlmSummarizer } from './adapters/llm-summarizer.ts';
import { createExtractiveSummarizer } from './core/summarize/extractive-summarizer.ts';
import { startScheduler } from './adapters/scheduler.ts';
import type { CycleReport } from './pipeline/cycle-report.ts';
import { runCycle, type CycleOptions } from './pipeline/run-cycle.ts';
import type { Clock, HttpFetcher, Logger, Publisher, StateStore, Summarizer } from './ports.ts';

// Composition root: the one place that builds real adapters from the configuration and wires
// them into the pipeline. Tests build the same runtime with their own publisher or clock.

/** Seen item keys are remembered this long after they leave their feed. */
const SEEN_TTL_MS = 30 * 24 * 3_600_000;

export interface RuntimeOverrides {
  publisher?: Publisher;
  logger?: Logger;
  clock?: Clock;
  fetcher?: HttpFetcher & { close?(): Promise<void> };
  /** Where posts go when there is no Discord publisher: stdout by default. */
  print?: (text: string) => void;
  /** discord.js REST options (tests point `api` at the loopback fake Discord). */
  discordRest?: DiscordRuntimeOptions['rest'];
  /** First wait before logging in again when Discord was unreachable at start-up. */
  discordReloginDelayMs?: number;
  /**
   * The state lock (one owner per state): taken by default; `wait` waits for the holder
   * instead of refusing, `signal` ends that wait. `false`: not taken (a test that owns the state).
   */
  lock?: { wait?: boolean; signal?: AbortSignal; leaseMs?: number } | false;
}

export interface Runtime {
  config: Config;
  store: StateStore;
  /** The feeds and topics of each cycle: config plus what was changed from Discord. */
  sources: CycleSourceResolver;
  /** The logged-in bot, when a Discord token is configured (and no publisher was injected). */
  discord?: DiscordRuntime;
  logger: Logger;
  /** One cycle; `signal` cuts it short (a stop): feeds not yet decided are left for later. */
  runOnce(options?: { ignoreSchedule?: boolean; signal?: AbortSignal }): Promise<CycleReport>;
  close(): Promise<void>;
}

export async function createRuntime(config: Config, overrides: RuntimeOverrides = {}): Promise<Runtime> {
  const logger = overrides.logger ?? createLogger(config.logLevel);
  const text = { lexicon: loadLexicon(), background: loadBackground() };
  // Configured topics are learned once, here; topics and feeds changed from Discord are laid over them each cycle.
  const sources = new CycleSourceResolver(config, text.lexicon, text.background, logger);
  const lock = await lockState(config, overrides.lock, logger);
  const clock = overrides.clock ?? systemClock;
  const store = await openStateStore(config.state.url, {
    namespace: config.state.namespace,
    clock,
    onError: (error) => logger.warn({ error: String(error) }, 'state store'),
    onConnection: ({ kind, ...fields }, line) => (kind === 'back' ? logger.info(fields, line) : logger.warn(fields, line)),
  }).catch(async (error: unknown) => {
    await lock?.release();
    throw error;
  });
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
  // With a token the bot posts to subscribed channels; without one, posts are printed.
  let discord: DiscordRuntime | undefined;
  if (overrides.publisher === undefined && config.discord.token !== undefined) {
    try {
      discord = await startDiscord({
        config,
        store,
        clock,
        logger,
        commands: { fetcher, sources, lexicon: text.lexicon, background: text.background },
        ...(overrides.discordRest ? { rest: overrides.discordRest } : {}),
        ...(overrides.discordReloginDelayMs ? { reloginDelayMs: overrides.discordReloginDelayMs } : {}),
      });
    } catch (error) {
      await fetcher.close?.();
      await store.close();
      await lock?.release();
      throw error;
    }
  }
  const publisher = overrides.publisher ?? discord?.publisher ?? createConsolePublisher(overrides.print ?? ((text) => process.stdout.write(text)));
  const cycleOptions: Omit<CycleOptions, 'ignoreSchedule' | 'feeds' | 'topics'> = {
    timeZone: config.timezone,
    backfill: limits.backfill,
    maxItemAgeMs: limits.maxItemAgeHours * 3_600_000,
    seenTtlMs: SEEN_TTL_MS,
    maxItemsPerFeed: limits.maxItemsPerFeed,
    defaultIntervalMs: limits.minPollIntervalMs,
    minPollIntervalMs: limits.minPollIntervalMs,
    maxPollIntervalMs: limits.maxPollIntervalMs,
    failingAfter: limits.failingAfter,
    text,
  };
  const summarizer = createSummarizer(config, text, logger);
  // Article pages go through the feeds' fetcher: the same timeouts, size cap and address checks.
  const articles = config.articles.fetch ? { articles: createArticleFetcher(fetcher) } : {};
  return {
    config,
    store,
    logger,
    sources,
    ...(discord ? { discord } : {}),
    async runOnce(options = {}) {
      const { feeds, topics } = await sources.resolve(store);
      return runCycle({ fetcher, store, publisher, clock, logger, summarizer, ...articles }, { ...cycleOptions, feeds, topics, ...options });
    },
    async close() {
      await discord?.close();
      await fetcher.close?.();
      await summarizer.close?.();
      await store.close();
      await lock?.release();
    },
  };
}

/** One owner per state (see adapters/state-lock.ts); a lost Redis lease stops the process at once. */
async function lockState(config: Config, options: RuntimeOverrides['lock'], logger: Logger): Promise<StateLock | undefined> {
  if (options === false) return undefined;
  return acquireStateLock(config.state.url, {
    namespace: config.state.namespace,
    ...(options?.wait !== undefined ? { wait: options.wait } : {}),
    ...(options?.signal ? { signal: options.signal } : {}),
    ...(options?.leaseMs !== undefined ? { leaseMs: options.leaseMs } : {}),
    onWait: (holder) => logger.warn({ holder: describeHolder(holder) }, 'the state is in use by another newshound: waiting for it to stop'),
    onLost: (holder) => {
      logger.error({ holder: describeHolder(holder) }, 'the state lease was lost to another process: stopping at once so two workers never post');
      process.exit(1);
    },
  });
}

/** The extractive summariser, or an LLM one (config summary.llm) that falls back to it on any error. */
function createSummarizer(config: Config, text: NonNullable<CycleOptions['text']>, logger: Logger): Summarizer & { close?(): Promise<void> } {
  const extractive = createExtractiveSummarizer(text.lexicon, text.background);
  const llm = config.summary.llm;
  return llm === undefined ? extractive : createLlmSummarizer(llm, extractive, logger);
}

/**
 * `newshound start`: cycles on the cron schedule until SIGTERM/SIGINT, then finishes the cycle
 * in flight and exits. A heartbeat file tells the container's HEALTHCHECK the worker is alive.
 */
export async function startWorker(runtime: Runtime, options: { heartbeatFile?: string; signals?: NodeJS.Signals[]; stop?: AbortSignal } = {}): Promise<void> {
  // Stop signals: the caller's (runWorker listens from before start-up), else listened for here.
  const own = options.stop === undefined ? watchStopSignals(runtime.logger, options.signals) : undefined;
  const stop = options.stop ?? own!.signal;
  const cutShort = new AbortController();
  // The heartbeat carries the worker's health (cycles, failing feeds, failed writes) for `health`.
  let health: HealthTracker;
  let metrics: MetricsServer | undefined;
  try {
    const state = runtime.config.state;
    health = new HealthTracker({ file: options.heartbeatFile ?? heartbeatFileFor(state.url, state.namespace), schedule: runtime.config.schedule, timezone: runtime.config.timezone, logger: runtime.logger });
    metrics = await startMetrics(runtime, health);
  } catch (error) {
    await runtime.close();
    throw error;
  }
  health.start();
  // Failed sends while cycles complete (a Discord outage, a revoked token) show in health too.
  if (runtime.discord) health.watchDeliveries(runtime.discord.publisher);
  runtime.discord?.startFlushing();
  const scheduler = startScheduler(runtime.config.schedule, runtime.config.timezone, () => health.track(() => runtime.runOnce({ signal: cutShort.signal })), runtime.logger);
  runtime.logger.info({ schedule: runtime.config.schedule, feeds: runtime.config.feeds.length, topics: runtime.sources.configuredTopics }, 'worker started');
  // Where state lives and where posts go; a warning for stories no channel will receive.
  await announceWorker(runtime, { heartbeatFile: health.file }).catch((error: unknown) => runtime.logger.warn({ error: String(error) }, 'cannot read the subscriptions'));
  health.onCycle((event) => void (event.report && warnUnsubscribedStories(runtime, event.report).catch(() => undefined)));
  await whenAborted(stop);
  runtime.logger.info({ signal: String(stop.reason) }, 'stopping after the cycle in flight');
  await stopCycles(() => scheduler.stop(), () => cutShort.abort(), runtime.logger);
  own?.dispose();
  health.stop();
  await metrics?.close();
  await runtime.close();
  runtime.logger.info({}, 'worker stopped');
}

/**
 * `newshound start`: listens for SIGTERM/SIGINT from the very start, so a stop during start-up
 * (learning topics, taking the state lock, logging in to Discord) ends cleanly too; then runs
 * the worker until stopped. `wait`: wait for another process holding the state.
 */
export async function runWorker(config: Config, options: { heartbeatFile?: string; wait?: boolean; overrides?: RuntimeOverrides } = {}): Promise<void> {
  const logger = options.overrides?.logger ?? createLogger(config.logLevel);
  const stop = watchStopSignals(logger);
  try {
    const starting = createRuntime(config, { ...options.overrides, logger, lock: { ...(options.wait !== undefined ? { wait: options.wait } : {}), signal: stop.signal } });
    const runtime = await Promise.race([starting, whenAborted(stop.signal).then(() => undefined)]);
    if (runtime === undefined) {
      logger.info({ signal: String(stop.signal.reason) }, 'stop requested during start-up');
      const started = starting.catch(() => undefined);
      if (!(await settlesWithin(started, STOP_TIMINGS.startUpWaitMs))) {
        // Still logging in, say: nothing of the state was written yet, so leaving now is safe.
        logger.info({}, 'worker stopped before start-up finished');
        process.exit(0);
      }
      await (await started)?.close();
      logger.info({}, 'worker stopped');
      return;
    }
    await startWorker(runtime, { ...(options.heartbeatFile ? { heartbeatFile: options.heartbeatFile } : {}), stop: stop.signal });
    // Stopped: a request still hanging (a Discord send cut off) must not keep the process past
    // its grace. Only a backstop: unref'd, it never delays an exit that happens by itself.
    setTimeout(() => process.exit(), 1_000).unref();
  } finally {
    stop.dispose();
  }
}

/** /metrics and /healthz when config metrics.port is set. */
async function startMetrics(runtime: Runtime, health: HealthTracker): Promise<MetricsServer | undefined> {
  const settings = runtime.config.metrics;
  if (settings?.port === undefined) return undefined;
  const metrics = createWorkerMetrics(health, runtime.store, runtime.logger);
  const discord = runtime.discord;
  if (discord) {
    // A new login makes a new client: watch whichever is current after each cycle.
    metrics.watchDiscord(discord.client);
    health.onCycle(() => metrics.watchDiscord(discord.client));
  }
  const server = await startMetricsServer({ host: settings.host, port: settings.port, metrics, health, logger: runtime.logger });
  runtime.logger.info({ url: server.url }, `metrics on ${server.url}/metrics, health on ${server.url}/healthz`);
  return server;
}
