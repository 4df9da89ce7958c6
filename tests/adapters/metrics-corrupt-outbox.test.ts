// newshound_outbox_depth reads the pipeline's outbox, which the worker sets aside under
// outbox:quarantine when it is corrupt (at its next cycle). Until then a scrape must still
// answer: the depth counts the posts a drain can use. Before, an outbox stored as an object
// failed the whole scrape (500: its `length` is not a number), and a string counted its letters.

import { join } from 'node:path';
import KeyvSqlite from '@keyv/sqlite';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { HealthTracker } from '../../src/adapters/health-tracker.ts';
import { createWorkerMetrics, startMetricsServer, type MetricsServer } from '../../src/adapters/metrics-server.ts';
import { stateKeys } from '../../src/pipeline/state-keys.ts';
import type { Logger, StateStore } from '../../src/ports.ts';
import { openSqlite, tempDir } from '../pipeline/cycle-harness.ts';

const quiet: Logger = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };
const dir = tempDir();
let server: MetricsServer | undefined;
let store: StateStore | undefined;
afterEach(async () => {
  await server?.close();
  await store?.close();
  server = undefined;
  store = undefined;
});
afterAll(() => dir.remove());

const waitingPost = (id: string) => ({ post: { id, topic: 'default' }, enqueuedAt: '2025-03-10T05:55:10Z', attempts: 0 });

async function scrape(name: string, write: (store: StateStore, file: string) => Promise<void>): Promise<{ status: number; depth: string | undefined }> {
  const file = join(dir.path, `${name}.sqlite`);
  store = await openSqlite(file);
  await write(store, file);
  const health = new HealthTracker({ file: join(dir.path, `${name}-heartbeat.json`), schedule: '*/5 * * * *', timezone: 'UTC', logger: quiet });
  server = await startMetricsServer({ host: '127.0.0.1', port: 0, metrics: createWorkerMetrics(health, store, quiet), health, logger: quiet });
  const response = await fetch(`${server.url}/metrics`);
  const text = await response.text();
  return { status: response.status, depth: /^newshound_outbox_depth (\S+)$/m.exec(text)?.[1] };
}

describe('newshound_outbox_depth with a corrupt outbox', () => {
  it.each([
    ['an object', { not: 'a list' }, '0'],
    ['a string', 'garbage', '0'],
    ['bad entries among good ones', ['garbage', waitingPost('default:a'), { post: null, attempts: 0 }, waitingPost('default:b')], '2'],
  ])('stored as %s: the scrape answers, counting the usable posts', async (name, value, depth) => {
    expect(await scrape(name.replace(/\W+/g, '-'), (s) => s.set(stateKeys.outbox, value))).toEqual({ status: 200, depth });
  });

  it('not JSON: the scrape answers with a depth of 0', async () => {
    const result = await scrape('not-json', async (s, file) => {
      await s.set(stateKeys.outbox, [waitingPost('default:a')]);
      const raw = new KeyvSqlite({ uri: `sqlite://${file}` });
      await raw.query(`UPDATE keyv SET value = '{not json' WHERE key = 'cycle-test:outbox'`);
      await raw.disconnect();
    });
    expect(result).toEqual({ status: 200, depth: '0' });
  });
});
