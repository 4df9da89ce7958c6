// A stop signal that arrives in the instant `newshound start` finishes loading its code (the
// main thread busy evaluating it: seconds on a loaded machine) must stop the worker. Node
// delivers a caught signal only when the event loop runs again, and drops it if the signal's
// last listener was removed in between: bin/newshound.js used to hand over from its loading-time
// listener to the worker's exactly there, so the worker started and ran on, deaf to the stop
// (the crash test's SIGTERM stops on SQLite that did not exit within 30 s). The preload
// fixture raises the SIGTERM in that instant, every time.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanEnv, killStragglers, logLines, spawnProcess, waitUntil } from '../helpers/cli-process.ts';
import { workerConfig } from '../helpers/worker-feed.ts';

const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const PRELOAD = fileURLToPath(new URL('../fixtures/stop-signals/signal-at-load-end.mjs', import.meta.url));

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'newshound-load-stop-'));
});

afterAll(async () => {
  await killStragglers();
  rmSync(dir, { recursive: true, force: true });
});

describe('a stop signal as start finishes loading its code', () => {
  it('is not lost: the worker exits 0 without starting', async () => {
    const configFile = join(dir, 'newshound.json');
    // Nothing answers on the discard port: the worker must not get as far as polling anyway.
    writeFileSync(configFile, JSON.stringify(workerConfig('http://127.0.0.1:9/feed.xml', { stateUrl: `sqlite://${join(dir, 'state.sqlite')}`, schedule: '*/1 * * * * *' })));
    const worker = spawnProcess('node', ['--import', PRELOAD, 'bin/newshound.js', 'start', '--config', configFile, '--heartbeat', join(dir, 'heartbeat.json')], {
      cwd: PROJECT_ROOT,
      env: cleanEnv(),
    });
    const messages = () => logLines(worker.stderr()).map((line) => line.msg);
    const exited = () => worker.child.exitCode !== null || worker.child.signalCode !== null;
    // Either outcome ends the wait: the exit, or the worker starting as if never stopped.
    await waitUntil(() => exited() || messages().includes('worker started'), {
      timeoutMs: 120_000,
      what: 'the worker to exit or to start',
      describe: () => worker.stderr().slice(-3_000),
    });
    expect(messages()).toContain('test: SIGTERM raised as the CLI module finished loading');
    expect(messages()).not.toContain('worker started');
    expect(await worker.exited).toEqual({ code: 0, signal: null });
  }, 180_000);
});
