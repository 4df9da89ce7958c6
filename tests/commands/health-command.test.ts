import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli.ts';
import { cycleIntervalMs, HealthTracker, isWriteFault } from '../../src/adapters/health-tracker.ts';
import type { CycleReport } from '../../src/pipeline/cycle-report.ts';
import type { Logger } from '../../src/ports.ts';
import { tempDir } from '../pipeline/cycle-harness.ts';

// `newshound health` (the container HEALTHCHECK) reads what the worker's health tracker writes:
// unhealthy while every feed fails, while cycles fail or none completes, and while writes fail
// for want of disk, even though the heartbeat itself stays fresh (liveness).

async function cli(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (text) => void (stdout += `${text}\n`), stderr: (text) => void (stderr += `${text}\n`) }, {});
  return { code, stdout, stderr };
}

const dir = tempDir();
afterAll(() => dir.remove());
const quiet: Logger = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };
let n = 0;
const tracker = () => new HealthTracker({ file: join(dir.path, `beat-${++n}`, 'heartbeat.json'), schedule: '*/5 * * * *', timezone: 'UTC', logger: quiet });

function report(outcomes: Array<'failed' | 'updated' | 'not-due'>): CycleReport {
  const now = new Date().toISOString();
  return {
    startedAt: now,
    finishedAt: now,
    feeds: outcomes.map((outcome, i) => ({ feedId: `f${i}`, name: `Feed ${i}`, outcome, items: outcome === 'updated' ? 3 : 0, ...(outcome === 'failed' ? { error: `fetcher: GET http://feed${i}.example/: HTTP 503` } : {}) })),
    decisions: [],
    decisionCounts: { queued: 0, 'same-story': 0, baseline: 0, duplicate: 0, 'too-old': 0, 'off-topic': 0 },
    published: 0,
    publishFailures: 0,
    outboxSize: 0,
  };
}

const health = (t: HealthTracker, ...extra: string[]) => cli(['health', '--file', t.file, ...extra]);

describe('newshound health over the tracker the worker runs', () => {
  it('healthy after a cycle in which a feed answered', async () => {
    const t = tracker();
    await t.track(async () => report(['updated', 'failed']));
    const result = await health(t);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^healthy: heartbeat \d+ s ago; last cycle completed \d+ s ago$/m);
  });

  it('unhealthy once every feed has failed three cycles in a row; still live', async () => {
    const t = tracker();
    for (let i = 0; i < 2; i++) await t.track(async () => report(['failed', 'failed', 'not-due']));
    expect((await health(t)).code).toBe(0);
    await t.track(async () => report(['failed', 'failed']));
    const result = await health(t);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^unhealthy: every feed failed in the last 3 cycles; the last error: fetcher: GET http:\/\/feed1\.example\/: HTTP 503$/m);
    expect((await health(t, '--liveness')).code).toBe(0);
    expect((await health(t, '--failed-cycles', '4')).code).toBe(0);
  });

  it('unhealthy after three failed cycles (the state store refusing), with the error', async () => {
    const t = tracker();
    for (let i = 0; i < 3; i++) await expect(t.track(() => Promise.reject(new Error('state: cannot reach Redis at redis://127.0.0.1:6390')))).rejects.toThrow();
    const result = await health(t);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^unhealthy: the last 3 cycles failed: state: cannot reach Redis/m);
  });

  it('unhealthy while the disk refuses writes: a full SQLite, then the heartbeat itself', async () => {
    const t = tracker();
    const full = Object.assign(new Error('state: set feed:x: SQLITE_FULL: database or disk is full'), { cause: Object.assign(new Error('SQLITE_FULL: database or disk is full'), { code: 'SQLITE_FULL' }) });
    await expect(t.track(() => Promise.reject(full))).rejects.toThrow();
    expect((await health(t)).code).toBe(0);
    // The heartbeat is written aside and renamed over: a directory in the way fails the write like a full disk.
    mkdirSync(`${t.file}.${process.pid}.tmp`);
    t.beat();
    t.beat();
    expect(t.verdict().problems).toContain(`3 writes failed in a row (disk full or read-only?): heartbeat ${t.file} is not writable: cannot open ${t.file}.${process.pid}.tmp: illegal operation on a directory (EISDIR)`);
    // The file still holds the last whole record (one failed write), not an empty one.
    expect(JSON.parse(readFileSync(t.file, 'utf8'))).toMatchObject({ writeFailures: 1 });
  });

  it('no cycle completed for three schedule intervals: unhealthy though the heartbeat is fresh', async () => {
    const file = join(dir.path, 'quiet.json');
    const now = Date.now();
    writeFileSync(file, JSON.stringify({ pid: 1, at: new Date(now).toISOString(), startedAt: new Date(now - 3_600_000).toISOString(), cycleIntervalMs: 300_000, lastCycleAt: new Date(now - 1_200_000).toISOString(), failedCycles: 0, allFeedsFailedCycles: 0, writeFailures: 0 }));
    const result = await cli(['health', '--file', file]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^unhealthy: no cycle completed for 20 min \(3 schedule intervals are 15 min\)$/m);
    expect((await cli(['health', '--file', file, '--intervals', '5'])).code).toBe(0);
  });

  // One channel failing alone is a warning on stdout: the exit code stays 0 (a restart would not
  // mend the channel, and the others get their posts); `status` ends with the same lines.
  describe('a channel in which every send failed for three schedule intervals', () => {
    const now = Date.now();
    const since = new Date(now - 1_260_000).toISOString();
    const beat = (extra: object) => JSON.stringify({ pid: 1, at: new Date(now).toISOString(), startedAt: new Date(now - 3_600_000).toISOString(), cycleIntervalMs: 300_000, lastCycleAt: new Date(now).toISOString(), failedCycles: 0, allFeedsFailedCycles: 0, writeFailures: 0, ...extra });
    const channelsFailing = [{ channelId: '200000000000000002', since, lastError: 'the bot may not post in channel 200000000000000002 (403 Missing Permissions, code 50013)' }];
    const warning = `warning: channel 200000000000000002: every send failed since ${since} (4 intervals): the bot may not post in channel 200000000000000002 (403 Missing Permissions, code 50013)`;

    it('health: healthy, exit 0, one warning line on stdout', async () => {
      const file = join(dir.path, 'channel-failing.json');
      writeFileSync(file, beat({ channelsFailing }));
      const result = await cli(['health', '--file', file]);
      expect(result).toMatchObject({ code: 0, stderr: '' });
      expect(result.stdout).toMatch(new RegExp(`^healthy: heartbeat \\d+ s ago; last cycle completed \\d+ s ago\n${warning.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\n$`));
      expect((await cli(['health', '--file', file, '--intervals', '5'])).stdout).not.toContain('warning:');
      expect((await cli(['health', '--file', file, '--liveness'])).stdout).not.toContain('warning:');
    });

    it('health: unhealthy for another reason, exit 1, the warning still said', async () => {
      const file = join(dir.path, 'channel-failing-unhealthy.json');
      writeFileSync(file, beat({ channelsFailing, failedCycles: 3, lastCycleError: 'state: Redis refused' }));
      const result = await cli(['health', '--file', file]);
      expect(result.code).toBe(1);
      expect(result.stderr).toBe('unhealthy: the last 3 cycles failed: state: Redis refused\n');
      expect(result.stdout).toBe(`${warning}\n`);
    });

    it('status: the same warning under the worker line', async () => {
      const file = join(dir.path, 'channel-failing-status.json');
      writeFileSync(file, beat({ channelsFailing }));
      const config = join(dir.path, 'channel-failing-config.json');
      writeFileSync(config, JSON.stringify({ feeds: [{ name: 'Nowhere', url: 'http://127.0.0.1:9/feed.xml' }], state: { url: `sqlite://${join(dir.path, 'channel-failing.sqlite')}` }, logLevel: 'error' }));
      const result = await cli(['status', '--config', config, '--heartbeat', file]);
      expect(result.stdout).toMatch(/\nWorker: healthy \(pid 1\): [^\n]+\n {2}warning: channel 200000000000000002: every send failed since /);
      expect(result.stdout).toContain(`  ${warning}\n`);
    });
  });

  it.each([
    ['an empty heartbeat (a write cut short)', '', /^unhealthy: heartbeat .*empty\.json is not readable: /m],
    ['a heartbeat with no time', '{"pid":1}', /^unhealthy: heartbeat .*empty\.json holds no time$/m],
  ])('%s: unhealthy in one line, no stack trace', async (_label, text, line) => {
    const file = join(dir.path, 'empty.json');
    writeFileSync(file, text);
    const result = await cli(['health', '--file', file]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(line);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('a bad threshold is a usage error (exit 2)', async () => {
    const result = await cli(['health', '--intervals', 'many']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^newshound health: --intervals "many" is not a positive number\nusage: newshound health /);
  });
});

describe('health tracker pieces', () => {
  it.each([
    ['*/5 * * * *', 300_000],
    ['0 9 * * 1-5', 3 * 86_400_000],
    ['*/10 * * * * *', 10_000],
  ])('the longest gap of "%s" is %i ms', (schedule, ms) => {
    expect(cycleIntervalMs(schedule, 'UTC')).toBe(ms);
  });

  it.each([
    [Object.assign(new Error('no space'), { code: 'ENOSPC' }), true],
    [new Error('state: set x: SQLITE_FULL: database or disk is full'), true],
    [new Error('outer', { cause: Object.assign(new Error('x'), { code: 'EROFS' }) }), true],
    [new Error('state: cannot reach Redis'), false],
    [Object.assign(new Error('gone'), { code: 'ENOENT' }), false],
  ])('isWriteFault(%s) is %s', (error, expected) => {
    expect(isWriteFault(error)).toBe(expected);
  });
});

// A heartbeat path that goes through a regular file (`--heartbeat /tmp/somefile/hb.json`, with
// /tmp/somefile a file) said Node's raw wording: `cannot create the directory /tmp/somefile: file
// already exists (EEXIST)` from start, `no heartbeat at ...` from health and status (as if nothing
// were wrong but a worker not running). Each now names the heartbeat and the file in the way.
describe('a heartbeat path through a regular file', () => {
  const aFile = join(dir.path, 'a-regular-file');
  writeFileSync(aFile, 'not a directory\n');
  const config = join(dir.path, 'through-a-file.json');
  writeFileSync(config, JSON.stringify({ feeds: [{ name: 'Nowhere', url: 'http://127.0.0.1:9/feed.xml' }], state: { url: `sqlite://${join(dir.path, 'through-a-file.sqlite')}` }, logLevel: 'error' }));
  const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

  it.each([
    ['right under the file', join(aFile, 'hb.json')],
    ['in a directory under the file', join(aFile, 'sub', 'hb.json')],
  ])('start, %s: exit 1, one line naming the heartbeat and the file in the way', async (_label, heartbeat) => {
    const result = await cli(['start', '--config', config, '--heartbeat', heartbeat]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(new RegExp(`^newshound start: heartbeat ${escaped(heartbeat)} is not writable: ${escaped(aFile)} is a file, not a directory \\((EEXIST|ENOTDIR)\\)\\n$`));
  });

  it('health: unhealthy, saying so rather than "no heartbeat"', async () => {
    const heartbeat = join(aFile, 'hb.json');
    const result = await cli(['health', '--file', heartbeat]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`unhealthy: heartbeat ${heartbeat} is not readable: ${aFile} is a file, not a directory (ENOTDIR)\n`);
  });

  it('status: the worker line says the same', async () => {
    const heartbeat = join(aFile, 'sub', 'hb.json');
    const result = await cli(['status', '--config', config, '--heartbeat', heartbeat]);
    expect(result.stdout).toContain(`\nWorker: not running here (heartbeat ${heartbeat} is not readable: ${aFile} is a file, not a directory (ENOTDIR))\n`);
  });

  it('the running worker: a file put where the heartbeat directory was is a counted write failure, in the same words', () => {
    const t = tracker();
    const directory = join(t.file, '..');
    rmSync(directory, { recursive: true });
    writeFileSync(directory, 'in the way\n');
    t.beat();
    expect(t.snapshot()).toMatchObject({ writeFailures: 1, lastWriteError: `heartbeat ${t.file} is not writable: ${directory} is a file, not a directory (ENOTDIR)` });
  });
});
