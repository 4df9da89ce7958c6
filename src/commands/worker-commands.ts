import { parseArgs } from 'node:util';
import { loadConfig } from '../config/load-config.ts';
import { openStateStore } from '../adapters/keyv-store.ts';
import { createRuntime, runWorker } from '../main.ts';
import { heartbeatFileFor, makeHeartbeatDirectory } from '../adapters/heartbeat-file.ts';
import type { CycleReport } from '../pipeline/cycle-report.ts';
import { stateKeys } from '../pipeline/state-keys.ts';
import { allTopicNames } from '../control/topic-settings.ts';
import type { CommandIo } from './io.ts';
import { describeExpectedError } from './cli-errors.ts';
import { startedByNpm, watchParent } from '../adapters/parent-watch.ts';
import { announceWorker, warnUnsubscribedStories } from '../adapters/worker-announce.ts';
import { EXIT } from './exit-codes.ts';
import type { FeedHealth } from '../core/fetch/feed-health.ts';
import type { Story } from '../core/dedup/story.ts';
import { formatCycleReport } from './format-cycle.ts';
import { countDiscordSends, deliveryOutcome } from './delivery-outcome.ts';

// The worker's commands. They are handed the environment (config overrides, secrets) by cli.ts.

const configOption = { config: { type: 'string' } } as const;
/** `start` and `once`: wait for another process holding the state instead of refusing. */
const waitOption = { wait: { type: 'boolean', default: false } } as const;

export const onceUsage = 'newshound once [--config FILE] [--wait]';
export const startUsage = 'newshound start [--config FILE] [--heartbeat FILE] [--wait]';
export const storiesUsage = 'newshound stories [--config FILE]';

/** Recent stories per topic with their members: who reported what, and how each joined. */
export async function storiesCommand(args: string[], io: CommandIo, env: NodeJS.ProcessEnv): Promise<number> {
  const { values } = parseArgs({ args, options: configOption });
  const config = loadConfig({ file: values.config, env });
  const store = await openStateStore(config.state.url, { namespace: config.state.namespace, readOnly: true });
  try {
    const lines: string[] = [];
    for (const topic of await allTopicNames(config.topics.map((t) => t.name), store)) {
      const stories = (await store.get<Story[]>(stateKeys.stories(topic))) ?? [];
      lines.push(`Topic ${topic}: ${stories.length} open ${stories.length === 1 ? 'story' : 'stories'}`);
      for (const story of [...stories].reverse()) {
        lines.push(`  ${story.members[0]?.title ?? story.id}  (last ${story.lastAt})`);
        for (const member of story.members) lines.push(`    - ${member.source ?? '?'}: ${member.title}${member.link ? ` <${member.link}>` : ''} [${member.kind}: ${member.reason}]`);
      }
    }
    io.stdout(lines.join('\n'));
  } finally {
    await store.close();
  }
  return 0;
}

/**
 * One cycle over every feed. Exits EXIT.cycleFailed (3) when the cycle itself failed (the state
 * store stopped answering) or every feed it polled failed, and EXIT.deliveryFailed (4) when posts
 * could not be delivered and wait for the next run, so a cron job or CI notices an outage.
 */
export async function onceCommand(args: string[], io: CommandIo, env: NodeJS.ProcessEnv): Promise<number> {
  const { values } = parseArgs({ args, options: { ...configOption, ...waitOption } });
  // The state is this process's while it runs (a running worker refuses it, or --wait waits).
  const runtime = await createRuntime(loadConfig({ file: values.config, env }), { print: io.stdout, lock: { wait: values.wait } });
  try {
    await announceWorker(runtime);
    const discordSent = runtime.discord && countDiscordSends(runtime.discord.publisher);
    let report: CycleReport;
    try {
      report = await runtime.runOnce({ ignoreSchedule: true });
    } catch (error) {
      const line = describeExpectedError('once', error);
      if (line === undefined) throw error;
      io.stderr(line.replace(/^newshound once: /, 'newshound once: the cycle failed: '));
      return EXIT.cycleFailed;
    }
    const delivery = await deliveryOutcome(report, runtime.store, runtime.discord && discordSent && { publisher: runtime.discord.publisher, sent: discordSent() });
    io.stdout(formatCycleReport(report, delivery));
    await warnUnsubscribedStories(runtime, report);
    const failed = everyFeedFailed(report);
    if (failed !== undefined) io.stderr(`newshound once: every feed failed (${failed.count} of ${failed.count}); the last: ${failed.lastError}`);
    if (delivery.retrying > 0) {
      const posts = delivery.retrying === 1 ? '1 post could not be delivered and waits' : `${delivery.retrying} posts could not be delivered and wait`;
      io.stderr(`newshound once: ${posts} for the next run: ${delivery.lastError ?? 'unknown error'}`);
    }
    // Every feed failing is the larger outage: it keeps its code.
    if (failed !== undefined) return EXIT.cycleFailed;
    if (delivery.retrying > 0) return EXIT.deliveryFailed;
  } finally {
    await runtime.close();
  }
  return EXIT.ok;
}

/** Every feed the cycle polled failed (feeds not due are left out); undefined if any answered or none was polled. */
export function everyFeedFailed(report: Pick<CycleReport, 'feeds'>): { count: number; lastError: string } | undefined {
  const polled = report.feeds.filter((feed) => feed.outcome !== 'not-due');
  if (polled.length === 0 || polled.some((feed) => feed.outcome !== 'failed')) return undefined;
  return { count: polled.length, lastError: polled.at(-1)?.error ?? 'unknown error' };
}

/** A feed's health for `status`: counted from its first failure, not only once it is "failing". */
export function describeFeedHealth(health: FeedHealth | undefined, failingAfter: number): string {
  if (health === undefined) return 'never polled';
  if (health.consecutiveFailures === 0) return 'ok';
  const n = health.consecutiveFailures;
  const since = health.failingSince ?? health.lastFailureAt;
  const label = health.status === 'failing' ? 'FAILING' : `failed (failing after ${failingAfter})`;
  return `${label}: ${n} ${n === 1 ? 'failure' : 'failures in a row'}${since ? ` since ${since}` : ''}; last error: ${health.lastError ?? 'unknown'}`;
}

export async function startCommand(args: string[], io: CommandIo, env: NodeJS.ProcessEnv): Promise<number> {
  const { values } = parseArgs({ args, options: { ...configOption, ...waitOption, heartbeat: { type: 'string' } } });
  const config = loadConfig({ file: values.config, env });
  // Tied to the state this worker owns: another install's `health` never reads it.
  const heartbeatFile = values.heartbeat ?? heartbeatFileFor(config.state.url, config.state.namespace);
  // An unwritable state/ is found before the runtime opens anything (one line, nothing to close).
  makeHeartbeatDirectory(heartbeatFile);
  // Under npx/npm a SIGTERM kills the shell between npm and us: an orphaned worker stops as if it had the signal.
  const unwatch = startedByNpm(env)
    ? watchParent(() => {
        io.stderr('newshound start: the npm/npx process that started this worker is gone (it was stopped): stopping as on SIGTERM');
        process.kill(process.pid, 'SIGTERM');
      })
    : () => undefined;
  try {
    await runWorker(config, { heartbeatFile, wait: values.wait });
  } finally {
    unwatch();
  }
  return 0;
}
