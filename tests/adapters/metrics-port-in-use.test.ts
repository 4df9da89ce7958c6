// `metrics.port` taken by another process made `start` die with Node's raw EADDRINUSE stack
// trace instead of the one-line error (exit 1) every other bad setting gets.
import { createServer } from 'node:http';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { HealthTracker } from '../../src/adapters/health-tracker.ts';
import { MemoryStore } from '../../src/adapters/memory-store.ts';
import { createWorkerMetrics, startMetricsServer } from '../../src/adapters/metrics-server.ts';
import { describeExpectedError } from '../../src/commands/cli-errors.ts';
import { ConfigError } from '../../src/core/errors.ts';
import type { Logger } from '../../src/ports.ts';
import { listenOnLoopback } from '../helpers/loopback-listen.ts';
import { tempDir } from '../pipeline/cycle-harness.ts';

const quiet: Logger = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };
const dir = tempDir();
afterAll(() => dir.remove());

describe('the metrics server on a port already in use', () => {
  it('refuses with one ConfigError line naming metrics.port and the address', async () => {
    const other = await listenOnLoopback(createServer());
    try {
      const health = new HealthTracker({ file: join(dir.path, 'heartbeat.json'), schedule: '*/5 * * * *', timezone: 'UTC', logger: quiet });
      const metrics = createWorkerMetrics(health, new MemoryStore(), quiet);
      const error = await startMetricsServer({ host: '127.0.0.1', port: other.port, metrics, health, logger: quiet }).then(
        async (server) => {
          await server.close();
          return undefined;
        },
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(ConfigError);
      const line = describeExpectedError('start', error);
      expect(line).toBe(`newshound start: config: metrics.port: cannot listen on 127.0.0.1:${other.port}: address already in use (another process has it; pick another port, or 0 for any free one)`);
    } finally {
      await other.close();
    }
  });
});
