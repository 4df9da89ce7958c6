// `npx newshound start` as an operator runs it: npx runs the bin below `sh -c`; npm passes
// SIGTERM to that shell, which dies of it without passing it on, so the worker used to be left
// running as an orphan. Also shown on the same real process: the start-up line (where state
// lives, where posts go), /metrics and /healthz on the configured port, and `health` turning
// unhealthy while every feed fails though the heartbeat stays fresh.

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli.ts';
import { cleanEnv, killStragglers, logLines, spawnProcess, stopProcess, waitUntil, type CliProcess } from '../helpers/cli-process.ts';
import { startFeedServer, status, type FeedServer } from '../helpers/feed-server.ts';

const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

let dir: string;
let server: FeedServer;
let worker: CliProcess;
const heartbeat = () => join(dir, 'heartbeat.json');

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'newshound-npx-'));
  server = await startFeedServer();
  server.route('/down.xml', status(503));
  const config = join(dir, 'config.json');
  writeFileSync(
    config,
    JSON.stringify({
      feeds: [{ name: 'Down Feed', url: `${server.origin}/down.xml`, language: 'en' }],
      // Every 2 s, and a failing feed polled every cycle (backoff clamped to 1 s).
      schedule: '*/2 * * * * *',
      state: { url: `sqlite://${join(dir, 'state.sqlite')}` },
      limits: { minPollIntervalMs: 1_000, maxPollIntervalMs: 1_000 },
      network: { allowedPrivateHosts: ['127.0.0.1'] },
      articles: { fetch: false },
      metrics: { port: 0, host: '127.0.0.1' },
    }),
  );
  worker = spawnProcess('npx', ['newshound', 'start', '--config', config, '--heartbeat', heartbeat()], { cwd: PROJECT_ROOT, env: cleanEnv() });
}, 60_000);

afterAll(async () => {
  await killStragglers();
  // A worker left orphaned below npx (the fault this file tests) is not our child: end it by its pid.
  try {
    const { pid } = JSON.parse(readFileSync(heartbeat(), 'utf8')) as { pid?: number };
    // Only while that pid is still this worker (never a process that reused the number).
    if (pid !== undefined && readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(heartbeat())) process.kill(pid, 'SIGKILL');
  } catch {
    // Gone already, or never started.
  }
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

const logs = () => logLines(worker.stderr());
const diedEarly = () => (worker.child.exitCode !== null || worker.child.signalCode !== null ? `npx exited (${worker.child.exitCode ?? worker.child.signalCode})` : undefined);
const output = () => `stderr:\n${worker.stderr().slice(-3_000)}`;

async function health(): Promise<{ code: number; stderr: string }> {
  let stderr = '';
  const code = await runCli(['health', '--file', heartbeat()], { stdout: () => undefined, stderr: (text) => void (stderr += `${text}\n`) }, {});
  return { code, stderr };
}

describe('npx newshound start (a real process below npx)', () => {
  let metricsUrl: string;

  it('says where state lives and where posts go, and where metrics are served', async () => {
    await waitUntil(() => logs().some((line) => line.msg?.startsWith('metrics on ')), { timeoutMs: 60_000, what: 'the metrics line', giveUp: diedEarly, describe: output });
    await waitUntil(() => logs().some((line) => String(line.msg).includes(': state in ')), { timeoutMs: 10_000, what: 'the start-up line', giveUp: diedEarly, describe: output });
    const line = logs().find((l) => String(l.msg).includes(': state in '))!;
    expect(line.msg).toMatch(new RegExp(`^newshound \\d+\\.\\d+\\.\\d+: state in sqlite://${dir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/state\\.sqlite \\(namespace newshound\\); posts printed on stdout \\(no Discord token\\); heartbeat `));
    metricsUrl = String(logs().find((l) => l.msg?.startsWith('metrics on '))!.url);
    expect(metricsUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('every feed failing three cycles in a row: health exits 1 and /healthz answers 503, though the heartbeat is fresh', async () => {
    await waitUntil(async () => (await health()).code === 1, { timeoutMs: 30_000, what: 'health to turn unhealthy', giveUp: diedEarly, describe: output });
    expect((await health()).stderr).toMatch(/^unhealthy: every feed failed in the last \d+ cycles; the last error: fetcher: GET \S+\/down\.xml: HTTP 503/m);
    const response = await fetch(`${metricsUrl}/healthz`);
    expect(response.status).toBe(503);
    expect((await fetch(`${metricsUrl}/livez`)).status).toBe(200);
    const metrics = await (await fetch(`${metricsUrl}/metrics`)).text();
    expect(metrics).toMatch(/^newshound_feed_failures_total\{feed="Down Feed"\} [3-9]\d*$/m);
  });

  it('SIGTERM to npx stops the worker: its output closes and it logged "worker stopped"', async () => {
    // 'close' fires once every holder of npx's stdout/stderr pipes, the worker included, is gone.
    await stopProcess(worker, 'SIGTERM', 20_000);
    expect(logs().map((line) => line.msg)).toContain('worker stopped');
  }, 30_000);
});
