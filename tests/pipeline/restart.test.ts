import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { createClient } from '@keyv/redis';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openStateStore } from '../../src/adapters/keyv-store.ts';
import type { StateStore } from '../../src/ports.ts';
import { type FeedServer, serveFeed, startFeedServer } from '../helpers/feed-server.ts';
import { entry, MINUTE_MS, OFF_TOPIC, ON_TOPIC, rss } from './cycle-feeds.ts';
import { createHarness, feedAt, openSqlite, T0, tempDir } from './cycle-harness.ts';
import { REDIS_URL, redisAvailable } from '../helpers/redis.ts';

// A restart is a new process: new store connection, new fetcher, new publisher, same state.
// Nothing already posted or recorded may be posted again; only what is new goes out.

const redisUp = await redisAvailable('pipeline restart test on Redis');

let server: FeedServer;
beforeAll(async () => {
  server = await startFeedServer();
});
afterAll(async () => {
  await server.close();
});

const before = [entry(ON_TOPIC.troopsId, 2), entry(OFF_TOPIC.pricesId, 3), entry(ON_TOPIC.treatyId, 4)];

/** Two processes on one state: the first backfills one post, the second sees one new item. */
async function restartScenario(open: () => Promise<StateStore>): Promise<void> {
  const feed = feedAt(server, '/kabar.xml', 'Kabar Benua');
  server.route('/kabar.xml', serveFeed(rss(before, { now: T0 })));

  const first = await createHarness({ server, store: await open() });
  const firstReport = await first.run([feed], { backfill: 1 });
  expect(first.publisher.posts.map((p) => p.title)).toEqual([ON_TOPIC.troopsId.title]);
  expect(firstReport.outboxSize).toBe(0);
  await first.close();

  server.route('/kabar.xml', serveFeed(rss([entry(ON_TOPIC.shellsId, 0), ...before], { now: T0 })));
  const second = await createHarness({ server, store: await open(), start: new Date(T0.getTime() + 10 * MINUTE_MS) });
  try {
    // Backfill is still configured: it must not apply again to a feed the state already knows.
    const report = await second.run([feed], { backfill: 1 });
    expect(second.publisher.posts.map((p) => p.title)).toEqual([ON_TOPIC.shellsId.title]);
    expect(report.decisions.map((d) => [d.title, d.kind])).toEqual([
      [ON_TOPIC.shellsId.title, 'queued'],
      [ON_TOPIC.troopsId.title, 'duplicate'],
      [OFF_TOPIC.pricesId.title, 'duplicate'],
      [ON_TOPIC.treatyId.title, 'duplicate'],
    ]);
    expect(report).toMatchObject({ published: 1, outboxSize: 0 });
  } finally {
    await second.close();
  }
}

describe('runCycle across a restart', () => {
  const dir = tempDir();
  afterAll(() => dir.remove());

  it('on a SQLite file: only the item new since the restart is posted', async () => {
    const file = join(dir.path, 'state.sqlite');
    await restartScenario(() => openSqlite(file));
  });
});

describe.skipIf(!redisUp)('runCycle across a restart: Redis at 127.0.0.1:6379', () => {
  const namespace = `newshound-cycle-test-${randomUUID()}`;
  afterEach(async () => {
    // Remove every key this run wrote, however the test ended.
    const client = createClient({ url: REDIS_URL });
    await client.connect();
    for await (const keys of client.scanIterator({ MATCH: `${namespace}*`, COUNT: 100 })) {
      if (keys.length > 0) await client.del(keys);
    }
    await client.close();
  });

  it('on Redis: only the item new since the restart is posted', async () => {
    await restartScenario(() => openStateStore(REDIS_URL, { namespace }));
  });
});
