// Waiting on the crash test's worker processes and on the state they share: when a worker has
// started or talks to Discord, how a stop went, when everything is delivered.
import { openStateStore } from '../src/adapters/keyv-store.ts';
import { subscriptionId } from '../src/control/subscriptions.ts';
import { deliveryKeys } from '../src/discord/delivery/delivery-keys.ts';
import type { DeliveryQueue } from '../src/discord/delivery/delivery-queue.ts';
import type { CycleReport } from '../src/pipeline/cycle-report.ts';
import { stateKeys } from '../src/pipeline/state-keys.ts';
import { logLines, type CliProcess } from '../tests/helpers/cli-process.ts';
import type { FakeDiscord } from '../tests/helpers/fake-discord/index.ts';
import { TOPIC, type Channels, type ScenarioResult } from './crashtest-lib.ts';

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A request of the delivery (a send, an edit, a look-up), not of the login or the gateway. */
export function isDelivery(request: { method: string; path: string }): boolean {
  return /^\/(channels|webhooks)\//.test(request.path) && request.method !== 'PUT';
}

/** Waits until the worker logged `message` (or exited, or `timeoutMs` passed). */
export function waitForLog(worker: CliProcess, message: string, timeoutMs: number): Promise<void> {
  return waitFor(() => logLines(worker.stderr()).some((l) => l.msg === message), worker, timeoutMs);
}

/** Waits until `check()` (or the worker exited, or `timeoutMs` passed). */
export async function waitFor(check: () => boolean, worker: CliProcess, timeoutMs: number): Promise<void> {
  const begun = Date.now();
  while (!check()) {
    if (worker.child.exitCode !== null || worker.child.signalCode !== null || Date.now() - begun > timeoutMs) return;
    await sleep(20);
  }
}

/** Waits for the worker's `count + 1`-th "cycle done"; returns the ms it took. */
export async function waitForCycle(worker: CliProcess, count: number, timeoutMs: number): Promise<number> {
  const begun = Date.now();
  for (;;) {
    if (logLines(worker.stderr()).filter((l) => l.msg === 'cycle done').length > count) return Date.now() - begun;
    if (worker.child.exitCode !== null || worker.child.signalCode !== null) throw new Error(`the worker exited before its first cycle:\n${worker.stderr().slice(-3_000)}`);
    if (Date.now() - begun > timeoutMs) throw new Error(`no cycle within ${timeoutMs} ms:\n${worker.stderr().slice(-3_000)}`);
    await sleep(100);
  }
}

export async function stopWorker(worker: CliProcess, signal: NodeJS.Signals, stops: ScenarioResult['stops'], problems: string[], what: string): Promise<void> {
  const begun = Date.now();
  worker.child.kill(signal);
  const exit = await Promise.race([worker.exited, sleep(30_000).then(() => undefined)]);
  const tookMs = Date.now() - begun;
  stops.count += 1;
  stops.slowestMs = Math.max(stops.slowestMs, tookMs);
  if (exit === undefined) {
    worker.child.kill('SIGKILL');
    await worker.exited;
    // Its last lines say whether it heard the stop at all (a signal lost in start-up: no "stop" line).
    problems.push(`${what}: no exit within 30 s of ${signal}; its log ends: ${worker.stderr().slice(-800)}`);
    return;
  }
  if (exit.code === 0) stops.exitedZero += 1;
  else problems.push(`${what}: exit ${exit.code ?? exit.signal} after ${signal}: ${worker.stderr().slice(-800)}`);
  if (tookMs > 10_000) problems.push(`${what}: took ${tookMs} ms to stop (Docker allows 10 s)`);
}

/** Until two cycles began after the last release, nothing waits anywhere, and no message came for 3 s. */
export async function waitForDrain(worker: CliProcess, fake: FakeDiscord, channels: Channels, stateUrl: string, namespace: string, releasedAt: Date, problems: string[]): Promise<void> {
  const deadline = Date.now() + 600_000;
  let lastCount = -1;
  let quietSince = Date.now();
  for (;;) {
    await sleep(1_000);
    if (worker.child.exitCode !== null || worker.child.signalCode !== null) {
      problems.push(`drain run exited by itself: ${worker.stderr().slice(-800)}`);
      return;
    }
    const count = fake.requests.length;
    if (count !== lastCount) [lastCount, quietSince] = [count, Date.now()];
    const store = await openStateStore(stateUrl, { namespace });
    let settled: boolean;
    try {
      const last = await store.get<CycleReport>(stateKeys.lastCycle);
      const outbox = (await store.get<unknown[]>(stateKeys.outbox)) ?? [];
      const queues = await Promise.all(
        [channels.bot, channels.webhook.channelId, channels.forum].map((c) => store.get<DeliveryQueue>(deliveryKeys.queue(subscriptionId(c, TOPIC)))),
      );
      const cyclesSince = logLines(worker.stderr()).filter((l) => l.msg === 'cycle done' && typeof l.time === 'number' && l.time > releasedAt.getTime() + 1_000).length;
      settled =
        last !== undefined &&
        cyclesSince >= 2 &&
        outbox.length === 0 &&
        queues.every((q) => (q?.entries.length ?? 0) === 0) &&
        Date.now() - quietSince >= 3_000;
    } finally {
      await store.close();
    }
    if (settled) return;
    if (Date.now() > deadline) {
      problems.push(`drain did not settle within 10 minutes`);
      return;
    }
  }
}
