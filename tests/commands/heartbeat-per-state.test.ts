// A heartbeat belongs to the state its worker owns, as the state lock does: two installs with
// different states (another SQLite file, another Redis namespace) have their own heartbeats, so
// one's running worker never makes the other read alive. Before, every install wrote and read
// <project>/state/heartbeat.json, and `status` or `health` of an install with no worker at all
// read healthy while another install's worker ran.
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { heartbeatFileFor } from '../../src/adapters/heartbeat-file.ts';
import { silentLogger } from '../../src/adapters/logger.ts';
import { PROJECT_ROOT } from '../../src/adapters/project-paths.ts';
import { loadConfig } from '../../src/config/load-config.ts';
import { createRuntime, startWorker } from '../../src/main.ts';
import { serveFeed, startFeedServer, type FeedServer } from '../helpers/feed-server.ts';
import { runCliCaptured } from '../helpers/run-cli.ts';
import { rss } from '../pipeline/cycle-feeds.ts';
import { tempDir } from '../pipeline/cycle-harness.ts';

let server: FeedServer;
const dir = tempDir();
beforeAll(async () => {
  server = await startFeedServer();
  server.route('/quiet.xml', serveFeed(rss([], { now: new Date() })));
});
afterAll(async () => {
  await server.close();
  dir.remove();
});

function install(name: string): string {
  const file = join(dir.path, `${name}.json`);
  writeFileSync(file, JSON.stringify({ feeds: [{ name: 'Quiet', url: `${server.url}/quiet.xml` }], state: { url: `sqlite://${join(dir.path, name, 'newshound.sqlite')}` }, network: { allowedPrivateHosts: ['127.0.0.1'] }, logLevel: 'error' }));
  return file;
}

describe('two installs, one worker running', () => {
  it("the running one's heartbeat is beside its state; the other reads as not running", async () => {
    const running = install('running');
    const idle = install('idle');
    const sharedBefore = existsSync(join(PROJECT_ROOT, 'state', 'heartbeat.json'));
    const runtime = await createRuntime(loadConfig({ file: running, env: {} }), { logger: silentLogger, print: () => undefined });
    const stop = new AbortController();
    const worker = startWorker(runtime, { stop: stop.signal });
    try {
      expect(existsSync(join(dir.path, 'running', 'newshound.sqlite.heartbeat.json'))).toBe(true);
      const other = await runCliCaptured(['status', '--config', idle], {});
      expect(other.stdout).toMatch(/^Worker: not running here \(no heartbeat at .*\/idle\/newshound\.sqlite\.heartbeat\.json\)$/m);
      const otherHealth = await runCliCaptured(['health', '--config', idle], {});
      expect(otherHealth.code).toBe(1);
      expect(otherHealth.stderr).toMatch(/^unhealthy: no heartbeat at .*\/idle\/newshound\.sqlite\.heartbeat\.json$/m);
      const ownHealth = await runCliCaptured(['health', '--config', running], {});
      expect(ownHealth.stdout).toMatch(/^healthy: /m);
      expect(ownHealth.code).toBe(0);
    } finally {
      stop.abort();
      await worker;
      // A worker before the fix wrote the project's shared heartbeat: leave the tree as found.
      if (!sharedBefore) rmSync(join(PROJECT_ROOT, 'state', 'heartbeat.json'), { force: true });
    }
  }, 30_000);
});

describe('heartbeatFileFor', () => {
  it.each([
    ['another SQLite file', 'sqlite:///data/a.sqlite', 'newshound', 'sqlite:///data/b.sqlite', 'newshound'],
    ['another Redis namespace', 'redis://cache:6379/0', 'alpha', 'redis://cache:6379/0', 'beta'],
    ['another Redis server', 'redis://one:6379', 'newshound', 'redis://two:6379', 'newshound'],
    ['another Redis database', 'redis://cache:6379/1', 'newshound', 'redis://cache:6379/2', 'newshound'],
  ])('%s: another heartbeat', (_label, urlA, namespaceA, urlB, namespaceB) => {
    expect(heartbeatFileFor(urlA, namespaceA)).not.toBe(heartbeatFileFor(urlB, namespaceB));
  });

  it('SQLite: beside the state file, as its lock is', () => {
    expect(heartbeatFileFor('sqlite:///data/newshound.sqlite', 'newshound')).toBe('/data/newshound.sqlite.heartbeat.json');
    expect(heartbeatFileFor('sqlite://state/newshound.sqlite', 'newshound')).toBe(join(PROJECT_ROOT, 'state', 'newshound.sqlite.heartbeat.json'));
  });

  it('Redis: under state/, named by server, database and namespace, never the password', () => {
    const file = heartbeatFileFor('redis://user:s3cret@cache.internal:6380/2', 'team-a');
    expect(file).toBe(join(PROJECT_ROOT, 'state', 'heartbeat-redis-cache.internal-6380-2-team_a.json'));
    expect(file).not.toContain('s3cret');
  });
});
