// The crash test in small (`npm run crashtest` is the full one): the worker as a real process
// against the loopback feed server and the fake Discord, SIGKILLed at random moments while
// three outlets publish, then drained. Every event is one message in each channel kind. And one
// owner per state: a second process beside a running worker refuses, naming the holder.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CHANNEL_KINDS, PROJECT_ROOT, runCrashScenario } from '../../scripts/crashtest-lib.ts';
import { cleanEnv, killStragglers, logLines, runProcess, spawnProcess, stopProcess, waitUntil } from '../helpers/cli-process.ts';
import { serveFeed, startFeedServer } from '../helpers/feed-server.ts';
import { buildRss, offTopicItems, workerConfig } from '../helpers/worker-feed.ts';

afterAll(async () => {
  await killStragglers();
});

describe('crash test (a real worker process, SIGKILLed at random moments)', () => {
  it('on SQLite with Discord faults: every event posted exactly once per channel kind', async () => {
    const result = await runCrashScenario({ store: 'sqlite', faults: true, stop: 'kill', kills: 3, events: 6, seed: 7 });
    console.log(JSON.stringify(result.kinds));
    for (const kind of CHANNEL_KINDS) expect(result.kinds[kind], `${kind}: ${result.problems.join('\n')}`).toMatchObject({ stories: 6, posted_once: 6, lost: 0, doubled: 0 });
    expect(result.problems).toEqual([]);
  }, 300_000);
});

describe('one owner per state', () => {
  const dir = mkdtempSync(join(tmpdir(), 'newshound-owner-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('`once` beside a running worker refuses, naming the holder; `once --wait` runs once the worker stopped', async () => {
    const server = await startFeedServer();
    try {
      server.route('/feed.xml', serveFeed(buildRss(server.origin, offTopicItems(new Date()))));
      const configFile = join(dir, 'newshound.json');
      writeFileSync(configFile, JSON.stringify({ ...workerConfig(`${server.origin}/feed.xml`, { stateUrl: `sqlite://${join(dir, 'state.sqlite')}` }), articles: { fetch: false } }));
      const env = cleanEnv({ NEWSHOUND_SCHEDULE: '*/2 * * * * *' });
      const worker = spawnProcess('node', ['bin/newshound.js', 'start', '--config', configFile, '--heartbeat', join(dir, 'heartbeat.json')], { cwd: PROJECT_ROOT, env });
      await waitUntil(() => logLines(worker.stderr()).some((l) => l.msg === 'worker started'), {
        timeoutMs: 60_000,
        what: 'the worker to start',
        giveUp: () => (worker.child.exitCode !== null ? `exited ${worker.child.exitCode}` : undefined),
        describe: () => worker.stderr().slice(-2_000),
      });

      const refused = await runProcess('node', ['bin/newshound.js', 'once', '--config', configFile], { cwd: PROJECT_ROOT, env, timeoutMs: 60_000 });
      expect(refused.code).not.toBe(0);
      expect(refused.stderr).toContain('is in use by another newshound');
      expect(refused.stderr).toContain(`pid ${worker.child.pid}`);
      expect(refused.stdout).not.toContain('Feeds');

      const waiting = spawnProcess('node', ['bin/newshound.js', 'once', '--wait', '--config', configFile], { cwd: PROJECT_ROOT, env });
      await waitUntil(() => logLines(waiting.stderr()).some((l) => /waiting for it to stop/.test(String(l.msg))), {
        timeoutMs: 60_000,
        what: '`once --wait` to wait for the worker',
        giveUp: () => (waiting.child.exitCode !== null ? `exited ${waiting.child.exitCode}` : undefined),
        describe: () => waiting.stderr().slice(-2_000),
      });
      expect(await stopProcess(worker, 'SIGTERM', 15_000)).toEqual({ code: 0, signal: null });
      expect(await waiting.exited).toEqual({ code: 0, signal: null });
      expect(waiting.stdout()).toContain('Kabar Uji');
    } finally {
      await server.close();
    }
  }, 180_000);
});
