// A worker whose Redis went away (stopped, or a proxy cut) logged one warning per reconnect
// attempt and per refused operation: about 28 lines in 10 s. It now says so in one line, reminds
// at most once a minute (by the runtime's clock, faked here) with what it left unsaid, and says
// when Redis is back. Lines are counted after a fixed number of reconnect attempts, never timed.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { fixedClock } from '../../src/adapters/clock.ts';
import { loadConfig } from '../../src/config/load-config.ts';
import { createRuntime } from '../../src/main.ts';
import type { Logger } from '../../src/ports.ts';
import { cuttableRedisProxy, redisAvailable } from '../helpers/redis.ts';

const redisUp = await redisAvailable('the Redis outage log lines (the worker logs one line, not one per reconnect)');
const dir = mkdtempSync(join(tmpdir(), 'newshound-redis-outage-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Line {
  level: 'debug' | 'info' | 'warn' | 'error';
  fields: Record<string, unknown>;
  message: string;
}

function recordingLogger(): Logger & { lines: Line[] } {
  const lines: Line[] = [];
  const log = (level: Line['level']) => (fields: Record<string, unknown>, message: string) => void lines.push({ level, fields, message });
  return { lines, debug: log('debug'), info: log('info'), warn: log('warn'), error: log('error') };
}

describe.skipIf(!redisUp)('the worker when its Redis becomes unreachable (through a proxy to 127.0.0.1:6379)', () => {
  it('one line when lost, one reminder a minute with the count left unsaid, one line when back', async () => {
    const proxy = await cuttableRedisProxy();
    const file = join(dir, 'config.json');
    const url = `redis://127.0.0.1:${proxy.port}`;
    writeFileSync(file, JSON.stringify({ feeds: [{ name: 'Quiet', url: 'http://127.0.0.1:9/feed.xml' }], state: { url, namespace: `outage-${process.pid}-${Date.now()}` }, logLevel: 'error' }));
    const logger = recordingLogger();
    const clock = fixedClock('2026-12-06T00:00:00Z');
    const runtime = await createRuntime(loadConfig({ file, env: {} }), { logger, clock, lock: false, print: () => undefined });
    try {
      const before = logger.lines.length;
      const since = () => logger.lines.slice(before).filter((line) => line.level !== 'debug');

      proxy.cut();
      await vi.waitFor(() => expect(proxy.dropped, 'reconnect attempts refused by the cut proxy').toBeGreaterThanOrEqual(4), { timeout: 40_000, interval: 50 });
      for (let i = 0; i < 3; i++) await expect(runtime.store.get('anything')).rejects.toThrow();
      // Before: a warning for the dropped socket, each of the 4 attempts and each refused get, most of them twice.
      expect(since()).toHaveLength(1);
      expect(since()[0]).toMatchObject({ level: 'warn' });
      expect(since()[0]!.message).toMatch(new RegExp(`^Redis at ${url} is unreachable \\(.+\\): reconnecting; while it stays so, one line every 1 min at most$`));

      clock.advance(60_000);
      // The next failed attempt, a minute later by the runtime's clock, brings the reminder (the
      // proxy counts the connection before the client's error event: wait for the line itself).
      await vi.waitFor(() => expect(since(), `a reminder after the minute (connections refused so far: ${proxy.dropped})`).toHaveLength(2), { timeout: 40_000, interval: 50 });
      expect(since()[1]).toMatchObject({ level: 'warn' });
      const reminder = /^Redis at .+ still unreachable after 1 min \(.+\); (\d+) failures since the last line not logged$/.exec(since()[1]!.message);
      expect(reminder).not.toBeNull();
      // At least the 3 refused gets and 3 of the 4 attempts went unsaid.
      expect(Number(reminder![1])).toBeGreaterThanOrEqual(6);

      clock.advance(5_000);
      proxy.restore();
      await vi.waitFor(() => expect(since(), `the line saying Redis is back (connections refused so far: ${proxy.dropped})`).toHaveLength(3), { timeout: 40_000, interval: 50 });
      expect(since()[2]).toMatchObject({ level: 'info' });
      // A reconnect attempt may still fail between the reminder and the restore: it is counted, not logged.
      expect(since()[2]!.message).toMatch(/^Redis at .+ is back after 1 min 5 s; \d+ failures? since the last line not logged$/);
      await expect(runtime.store.get('anything')).resolves.toBeUndefined();
      expect(since()).toHaveLength(3);
    } finally {
      await runtime.close();
      await proxy.close();
    }
    // Each wait above is bounded (40 s) well inside the test's own bound, so a stalled step fails
    // with its own message rather than as a bare test time-out (CI once saw one, unexplained).
  }, 150_000);
});
