// `newshound start` as a real process from the project itself: a loopback feed, cron cycles
// every 2 s, a post on stdout, SIGTERM → exit 0. What no in-process test can show: the
// signal handling, the exit code and that nothing keeps the event loop alive after a stop.
//
// The worker writes its heartbeat beside its state (each case's SQLite file in a temporary
// directory); the clean-up below still removes a heartbeat an older worker left in state/.

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanEnv, killStragglers, logLines, spawnProcess, stopProcess, waitUntil, type CliProcess } from '../helpers/cli-process.ts';
import { serveFeed, startFeedServer, type FeedServer } from '../helpers/feed-server.ts';
import { baselineOnTopicItem, buildRss, freshOnTopicItem, offTopicItems, workerConfig } from '../helpers/worker-feed.ts';

const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** node-cron's six-field form: the first field is seconds. */
const EVERY_2_SECONDS = '*/2 * * * * *';

let tempDir: string;
let server: FeedServer;
const workerPids = new Set<number>();

beforeAll(async () => {
  tempDir = mkdtempSync(join(tmpdir(), 'newshound-worker-'));
  server = await startFeedServer();
});

afterEach(() => {
  server.routes.clear();
  server.requests.length = 0;
});

afterAll(async () => {
  await killStragglers();
  await server?.close();
  rmSync(tempDir, { recursive: true, force: true });
  // Remove the heartbeat our workers left in the project, but not another worker's.
  const heartbeat = join(PROJECT_ROOT, 'state', 'heartbeat.json');
  try {
    const { pid } = JSON.parse(readFileSync(heartbeat, 'utf8')) as { pid?: number };
    if (pid !== undefined && workerPids.has(pid)) rmSync(heartbeat, { force: true });
  } catch {
    // No heartbeat, or one being rewritten: leave it.
  }
});

function startWorker(name: string, feedPath: string): CliProcess {
  const configFile = join(tempDir, `${name}.json`);
  // An absolute sqlite path: each case starts from an empty state, outside the project.
  const config = workerConfig(`${server.origin}${feedPath}`, { stateUrl: `sqlite://${join(tempDir, `${name}.sqlite`)}` });
  writeFileSync(configFile, JSON.stringify(config, null, 2));
  const worker = spawnProcess('node', ['bin/newshound.js', 'start', '--config', configFile], {
    cwd: PROJECT_ROOT,
    env: cleanEnv({ NEWSHOUND_SCHEDULE: EVERY_2_SECONDS }),
  });
  if (worker.child.pid !== undefined) workerPids.add(worker.child.pid);
  return worker;
}

const messages = (worker: CliProcess) => logLines(worker.stderr()).map((line) => line.msg);
const diedEarly = (worker: CliProcess) => () =>
  worker.child.exitCode !== null || worker.child.signalCode !== null ? `the worker exited (${worker.child.exitCode ?? worker.child.signalCode})` : undefined;
const output = (worker: CliProcess) => () => `stdout:\n${worker.stdout().slice(-2_000)}\nstderr:\n${worker.stderr().slice(-3_000)}`;

describe('newshound start (a real worker process)', () => {
  it('takes the first poll as the baseline, posts the item that arrives later, and stops on SIGTERM with exit 0', async () => {
    const now = new Date();
    const baseline = [baselineOnTopicItem(now), ...offTopicItems(now)];
    server.route('/feed.xml', serveFeed(buildRss(server.origin, baseline)));
    const worker = startWorker('baseline-then-new', '/feed.xml');

    // The first cycle runs at start-up; once it is done the feed's items are recorded as seen.
    await waitUntil(() => server.requests.length >= 1 && messages(worker).includes('cycle done'), {
      timeoutMs: 30_000,
      what: 'the first cycle',
      giveUp: diedEarly(worker),
      describe: output(worker),
    });
    expect(worker.stdout()).not.toContain('━━');

    const fresh = freshOnTopicItem(new Date());
    server.route('/feed.xml', serveFeed(buildRss(server.origin, [fresh, ...baseline])));
    await waitUntil(() => worker.stdout().includes(`━━ [default] ${fresh.title}`), {
      timeoutMs: 20_000,
      what: 'the new item to be posted',
      giveUp: diedEarly(worker),
      describe: output(worker),
    });

    const exit = await stopProcess(worker, 'SIGTERM', 15_000);
    expect(exit).toEqual({ code: 0, signal: null });
    expect(messages(worker)).toContain('worker stopped');
    // Posted once, and the baseline's on-topic item never.
    expect(worker.stdout().split(`━━ [default] ${fresh.title}`)).toHaveLength(2);
    expect(worker.stdout()).not.toContain(baseline[0]!.title);
  }, 60_000);

  it('on SIGTERM during a cycle, finishes that cycle before it exits 0', async () => {
    const now = new Date();
    const body = buildRss(server.origin, offTopicItems(now));
    const feed = serveFeed(body);
    // The feed answers after 2 s, so the SIGTERM below lands while the cycle waits on it.
    server.route('/slow.xml', (req, res) => void setTimeout(() => void feed(req, res), 2_000));
    const worker = startWorker('sigterm-mid-cycle', '/slow.xml');

    await waitUntil(() => server.requests.length >= 1, { timeoutMs: 30_000, what: 'the first poll', giveUp: diedEarly(worker), describe: output(worker) });
    expect(messages(worker)).not.toContain('cycle done');

    const exit = await stopProcess(worker, 'SIGTERM', 15_000);
    expect(exit).toEqual({ code: 0, signal: null });
    const log = messages(worker);
    const stopping = log.indexOf('stopping after the cycle in flight');
    expect(stopping).toBeGreaterThanOrEqual(0);
    expect(log.indexOf('cycle done')).toBeGreaterThan(stopping);
    expect(log.indexOf('worker stopped')).toBeGreaterThan(log.indexOf('cycle done'));
    expect(logLines(worker.stderr()).filter((line) => (line.level ?? 0) >= 50)).toEqual([]);
  }, 60_000);
});
