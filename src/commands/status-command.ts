import { parseArgs } from 'node:util';
import { openStateStore } from '../adapters/keyv-store.ts';
import { loadConfig } from '../config/load-config.ts';
import { SubscriptionBook } from '../control/subscriptions.ts';
import { CorruptEntryError, unlessCorrupt } from '../core/errors.ts';
import { readStoredFeedState } from '../pipeline/stored-feed-state.ts';
import { assessHealth } from '../core/health/worker-health.ts';
import { DeliveryQueues } from '../discord/delivery/delivery-queue.ts';
import { heartbeatFileFor } from '../adapters/heartbeat-file.ts';
import type { CycleReport } from '../pipeline/cycle-report.ts';
import { readOutbox } from '../pipeline/outbox.ts';
import { stateKeys, type FeedState } from '../pipeline/state-keys.ts';
import { dayOfTime, formatStandIns, STAND_INS_SHOWN } from '../core/match/topic-memory.ts';
import { readStoredTopicMemory } from '../pipeline/topic-memories.ts';
import type { StateStore } from '../ports.ts';
import { readHeartbeat } from './health-command.ts';
import type { CommandIo } from './io.ts';
import { describeFeedHealth } from './worker-commands.ts';

export const statusUsage = 'newshound status [--config FILE] [--heartbeat FILE]';

/** Feeds and their health, the last cycle and the outbox, read from the state store. */
export async function statusCommand(args: string[], io: CommandIo, env: NodeJS.ProcessEnv): Promise<number> {
  const { values } = parseArgs({ args, options: { config: { type: 'string' }, heartbeat: { type: 'string' } } });
  const config = loadConfig({ file: values.config, env });
  const store = await openStateStore(config.state.url, { namespace: config.state.namespace, readOnly: true });
  try {
    const lines = ['Feeds:'];
    for (const feed of config.feeds) {
      const state = await readStoredFeedState(store, feed.id);
      if (state instanceof CorruptEntryError) {
        lines.push(`  ${feed.name.padEnd(32)} STATE UNREADABLE: ${state.message} (the worker starts the feed afresh at its next poll)`);
        continue;
      }
      const status = describeFeedHealth(state?.health, config.limits.failingAfter);
      const health = state?.health;
      lines.push(`  ${feed.name.padEnd(32)} ${status}${health?.lastSuccessAt ? `; last success ${health.lastSuccessAt}` : ''}${state?.nextPollAt ? `; next poll ${state.nextPollAt}` : ''}`);
    }
    const last = await readChecked<CycleReport>(store, stateKeys.lastCycle, (v) => typeof v === 'object' && v !== null && Array.isArray((v as { decisions?: unknown }).decisions), 'not a cycle report');
    lines.push(
      last instanceof CorruptEntryError
        ? `Last cycle: UNREADABLE: ${last.message} (the next cycle writes a new one)`
        : last
          ? `Last cycle: ${last.startedAt} → ${last.finishedAt}, ${last.decisions.filter((d) => d.kind === 'queued').length} queued, ${last.published} published`
          : 'Last cycle: none yet',
    );
    lines.push(...(await describeTopicsNow(store, [...new Set([...config.topics.map((t) => t.name), ...config.feeds.flatMap((f) => f.topics)])])));
    lines.push(await describeOutbox(store));
    lines.push(...(await describeSubscriptions(store)));
    lines.push(describeWorker(values.heartbeat ?? heartbeatFileFor(config.state.url, config.state.namespace), new Date()));
    io.stdout(lines.join('\n'));
  } finally {
    await store.close();
  }
  return 0;
}

/**
 * An entry as the worker keeps it, or why it cannot be read (not JSON, or not of the shape
 * `fits` checks): status shows one unreadable entry on its own line and goes on, as the worker does.
 */
async function readChecked<T>(store: StateStore, key: string, fits: (value: unknown) => boolean, detail: string): Promise<T | undefined | CorruptEntryError> {
  const checked = store.get<unknown>(key).then((value) => {
    if (value !== undefined && !fits(value)) throw new CorruptEntryError(key, detail);
    return value as T | undefined;
  });
  return unlessCorrupt<T | undefined | CorruptEntryError>(checked, (error) => error);
}

/**
 * Per topic, the words its own recent matches stand on now (src/core/match/topic-memory.ts): the
 * memory takes an item the profile turned down when it holds two of them. An unreadable memory is
 * said on its line; the worker starts it afresh.
 */
async function describeTopicsNow(store: StateStore, topics: readonly string[]): Promise<string[]> {
  const lines = ['Topics now (words their recent matches stand on, matched of recent items):'];
  const today = dayOfTime(Date.now());
  for (const topic of topics) {
    const stored = await readStoredTopicMemory(store, topic, today);
    if (stored.kind === 'unreadable') {
      lines.push(`  ${topic}: MEMORY UNREADABLE: ${stored.problem} (the worker starts it afresh)`);
      continue;
    }
    if (stored.kind === 'none') {
      lines.push(`  ${topic}: no memory yet (the worker counts what it polls)`);
      continue;
    }
    const strongest = stored.memory.strongest(STAND_INS_SHOWN);
    lines.push(
      strongest.length === 0
        ? `  ${topic}: no word stands for it yet (keys counted so far: ${stored.memory.size})`
        : `  ${topic}: ${formatStandIns(strongest)}`,
    );
  }
  return lines;
}

/** What waits in the pipeline's outbox; a corrupt one is said (the next cycle sets it aside), and so is what was set aside. */
async function describeOutbox(store: StateStore): Promise<string> {
  const read = await unlessCorrupt(store.get<unknown>(stateKeys.outbox).then(readOutbox), (error) => ({ entries: [], bad: [undefined], problem: error.message }));
  const aside = await unlessCorrupt(store.get<unknown>(stateKeys.outboxQuarantine), () => undefined);
  const setAside = Array.isArray(aside) && aside.length > 0 ? `; ${aside.length} corrupt ${aside.length === 1 ? 'value' : 'values'} set aside under ${stateKeys.outboxQuarantine} (see the log)` : '';
  const corrupt = read.bad.length > 0 ? `; CORRUPT: ${read.problem} (set aside at the next cycle)` : '';
  const head = read.entries[0]?.lastError;
  return `Outbox: ${read.entries.length} waiting${head ? ` (last error: ${head})` : ''}${corrupt}${setAside}`;
}

/** Discord subscriptions with what waits in each one's queue, and the broken ones with why. */
async function describeSubscriptions(store: StateStore): Promise<string[]> {
  const subscriptions = await new SubscriptionBook(store).list();
  if (subscriptions.length === 0) return ['Discord subscriptions: none (subscribe a channel with /subscribe)'];
  const lines = [`Discord subscriptions: ${subscriptions.length}`];
  const queues = new DeliveryQueues(store);
  for (const s of subscriptions) {
    // One channel's unreadable queue is that channel's line, not the end of the status (the worker skips it too).
    const queue = await unlessCorrupt(
      queues.read(s.id).then((q) => (q.entries.length > 0 ? ` · ${q.entries.length} queued` : '')),
      (error) => ` · QUEUE UNREADABLE: ${error.message}`,
    );
    lines.push(`  channel ${s.channelId} · ${s.topic} · ${s.delivery.kind}${queue}${s.broken ? ` · BROKEN since ${s.broken.at}: ${s.broken.reason}` : ''}`);
  }
  return lines;
}

/** The worker as its heartbeat shows it: healthy, or every reason it is not (a full disk among them); then a line per warning (a channel failing alone). */
export function describeWorker(file: string, now: Date): string {
  const read = readHeartbeat(file);
  if ('problem' in read) return `Worker: not running here (${read.problem})`;
  const verdict = assessHealth(read.record, now);
  const judgement = verdict.healthy ? `Worker: healthy (pid ${read.record.pid}): ${verdict.summary}` : `Worker: UNHEALTHY (pid ${read.record.pid}): ${verdict.problems.join('; ')}`;
  return [judgement, ...verdict.warnings.map((warning) => `  warning: ${warning}`)].join('\n');
}
