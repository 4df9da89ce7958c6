import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli.ts';
import { describeFeedHealth, everyFeedFailed } from '../../src/commands/worker-commands.ts';
import { type FeedServer, serveFeed, startFeedServer, status } from '../helpers/feed-server.ts';
import { entry, ON_TOPIC, rss } from '../pipeline/cycle-feeds.ts';
import { tempDir } from '../pipeline/cycle-harness.ts';

// Outages are visible: `once` exits 3 when every feed fails, and `status` shows a feed's last
// error and how many times it failed from its first failure, not only from the fifth.

async function cli(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (text) => void (stdout += `${text}\n`), stderr: (text) => void (stderr += `${text}\n`) }, {});
  return { code, stdout, stderr };
}

let server: FeedServer;
const dir = tempDir();
beforeAll(async () => {
  server = await startFeedServer();
  server.route('/down.xml', status(503));
  server.route('/gone.xml', status(404));
  server.route('/up.xml', serveFeed(rss([entry(ON_TOPIC.troopsEn, 1)], { now: new Date() })));
});
afterAll(async () => {
  await server.close();
  dir.remove();
});

function config(name: string, paths: string[]): string {
  const file = join(dir.path, `${name}.json`);
  const feeds = paths.map((path) => ({ name: `Feed ${path}`, url: `${server.url}${path}`, language: 'en' }));
  writeFileSync(file, JSON.stringify({ feeds, state: { url: `sqlite://${join(dir.path, `${name}.sqlite`)}` }, network: { allowedPrivateHosts: ['127.0.0.1'] }, articles: { fetch: false }, logLevel: 'error' }));
  return file;
}

describe('every feed failing', () => {
  let first: Awaited<ReturnType<typeof cli>>;
  let second: Awaited<ReturnType<typeof cli>>;
  let shown: Awaited<ReturnType<typeof cli>>;
  beforeAll(async () => {
    const file = config('all-down', ['/down.xml', '/gone.xml']);
    first = await cli(['once', '--config', file]);
    second = await cli(['once', '--config', file]);
    shown = await cli(['status', '--config', file]);
  });

  it('once exits 3 and says every feed failed, with the last error', () => {
    expect(first.code).toBe(3);
    expect(first.stderr).toMatch(/^newshound once: every feed failed \(2 of 2\); the last: fetcher: .*HTTP (503|404)/m);
    expect(first.stdout).toMatch(/^ {2}Feed \/down\.xml: failed \(fetcher: /m);
  });

  it('and again on the next run', () => {
    expect(second.code).toBe(3);
  });

  it('status shows each feed failing from its first failure, with the count and the last error', () => {
    expect(shown.code).toBe(0);
    expect(shown.stdout).toMatch(/^ {2}Feed \/down\.xml +failed \(failing after 5\): 2 failures in a row since \S+Z; last error: fetcher: GET \S+\/down\.xml: HTTP 503/m);
    expect(shown.stdout).toMatch(/^ {2}Feed \/gone\.xml +failed \(failing after 5\): 2 failures in a row since /m);
    expect(shown.stdout).not.toMatch(/^ {2}Feed \S+ +ok/m);
  });
});

describe('one feed failing among working ones', () => {
  it('once exits 0; status shows the one failure', async () => {
    const file = config('one-down', ['/up.xml', '/down.xml']);
    const once = await cli(['once', '--config', file]);
    expect(once.code).toBe(0);
    expect(once.stderr).toBe('');
    const shown = await cli(['status', '--config', file]);
    expect(shown.stdout).toMatch(/^ {2}Feed \/up\.xml +ok; last success /m);
    expect(shown.stdout).toMatch(/^ {2}Feed \/down\.xml +failed \(failing after 5\): 1 failure since \S+; last error: fetcher: .*HTTP 503/m);
  });
});

describe('the cycle itself failing', () => {
  it('once exits 3 with one line when the state store refuses writes mid-cycle (another connection holds SQLite exclusively)', async () => {
    const file = config('busy', ['/busy.xml']);
    const stateFile = join(dir.path, 'busy.sqlite');
    let holder: { exec(sql: string, done: (error: Error | null) => void): void; close(done: () => void): void } | undefined;
    // The worker opens the store and polls; the feed answers only once SQLite is held, so the
    // cycle's writes wait out the store's busy timeout (5 s) and fail with SQLITE_BUSY.
    server.route('/busy.xml', async (req, res) => {
      const { default: sqlite3 } = await import('sqlite3');
      holder = new sqlite3.Database(stateFile);
      await new Promise<void>((resolve, reject) => holder!.exec('BEGIN EXCLUSIVE', (error) => (error ? reject(error) : resolve())));
      await serveFeed(rss([entry(ON_TOPIC.troopsEn, 1)], { now: new Date() }))(req, res);
    });
    try {
      const once = await cli(['once', '--config', file]);
      expect(once.code).toBe(3);
      expect(once.stderr).toMatch(/^newshound once: the cycle failed: state: .*SQLITE_BUSY/m);
      expect(once.stderr.trim().split('\n')).toHaveLength(1);
    } finally {
      await new Promise<void>((resolve) => holder?.exec('ROLLBACK', () => holder!.close(() => resolve())) ?? resolve());
    }
  }, 30_000);
});

describe('status shows the worker as its heartbeat does', () => {
  it.each([
    ['a full disk', { writeFailures: 3, lastWriteError: 'state: set feed:x: SQLITE_FULL: database or disk is full' }, /^Worker: UNHEALTHY \(pid 4321\): 3 writes failed in a row \(disk full or read-only\?\): state: set feed:x: SQLITE_FULL/m],
    ['cycles failing', { failedCycles: 4, lastCycleError: 'state: cannot reach Redis' }, /^Worker: UNHEALTHY \(pid 4321\): the last 4 cycles failed: state: cannot reach Redis$/m],
    ['all well', {}, /^Worker: healthy \(pid 4321\): heartbeat \d+ s ago; last cycle completed \d+ s ago$/m],
  ])('%s', async (_label, fields, line) => {
    const file = config('worker-line', ['/up.xml']);
    const heartbeat = join(dir.path, 'heartbeat.json');
    const now = new Date().toISOString();
    writeFileSync(heartbeat, JSON.stringify({ pid: 4321, at: now, startedAt: now, cycleIntervalMs: 300_000, lastCycleAt: now, failedCycles: 0, allFeedsFailedCycles: 0, writeFailures: 0, ...fields }));
    const shown = await cli(['status', '--config', file, '--heartbeat', heartbeat]);
    expect(shown.code).toBe(0);
    expect(shown.stdout).toMatch(line);
  });

  it('no heartbeat: not running here', async () => {
    const shown = await cli(['status', '--config', config('no-worker', ['/up.xml']), '--heartbeat', join(dir.path, 'none.json')]);
    expect(shown.stdout).toMatch(/^Worker: not running here \(no heartbeat at .*none\.json\)$/m);
  });
});

describe('everyFeedFailed', () => {
  const feed = (outcome: 'failed' | 'updated' | 'not-due', error?: string) => ({ feedId: 'f', name: 'f', outcome, items: 0, ...(error ? { error } : {}) });
  it.each([
    ['every polled feed failed', [feed('failed', 'a'), feed('not-due'), feed('failed', 'b')], { count: 2, lastError: 'b' }],
    ['one answered', [feed('failed', 'a'), feed('updated')], undefined],
    ['nothing was due', [feed('not-due')], undefined],
    ['no feeds', [], undefined],
  ])('%s', (_label, feeds, expected) => {
    expect(everyFeedFailed({ feeds })).toEqual(expected);
  });
});

describe('describeFeedHealth', () => {
  it.each([
    [undefined, 'never polled'],
    [{ consecutiveFailures: 0, status: 'ok' as const, lastError: 'old' }, 'ok'],
    [{ consecutiveFailures: 1, failingSince: 't1', lastError: 'boom', status: 'ok' as const }, 'failed (failing after 5): 1 failure since t1; last error: boom'],
    [{ consecutiveFailures: 7, failingSince: 't1', lastError: 'boom', status: 'failing' as const }, 'FAILING: 7 failures in a row since t1; last error: boom'],
  ])('%j reads %j', (health, text) => {
    expect(describeFeedHealth(health, 5)).toBe(text);
  });
});
