// The worker keeps each topic's memory of its recent matches (src/core/match/topic-memory.ts) in
// the state store: counted in one cycle, read back in the next (a new process on the same SQLite
// file), where it takes an item the profile alone turns down. A stored memory that cannot be read
// costs a warning and an empty memory, never the cycle.
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import KeyvSqlite from '@keyv/sqlite';
import { afterAll, describe, expect, it } from 'vitest';
import { openStateStore } from '../../src/adapters/keyv-store.ts';
import { isTopicMemoryData, type TopicMemoryData } from '../../src/core/match/topic-memory.ts';
import { stateKeys } from '../../src/pipeline/state-keys.ts';
import type { Logger, StateStore } from '../../src/ports.ts';
import { serveFeed } from '../helpers/feed-server.ts';
import { entry, KURSK_ARTICLES as KURSK, KURSK_WITHOUT_KOREA_ARTICLE as WITHOUT_KOREA, MINUTE_MS, rss, type Article } from './cycle-feeds.ts';
import { createHarness, feedAt, openSqlite, T0, fileFeedServer } from './cycle-harness.ts';
import { REDIS_URL, redisAvailable, deleteRedisNamespace } from '../helpers/redis.ts';

// Invented reporting: North Korean troops in Kursk (the default topic), then the same fighting
// told without North Korea, which the profile turns down for a missing facet.

const redisUp = await redisAvailable("topic memory across cycles on Redis");

const files = fileFeedServer();
const { dir } = files;

function recordingLogger(): { logger: Logger; warnings: string[] } {
  const warnings: string[] = [];
  return { warnings, logger: { debug() {}, info() {}, warn: (_fields, message) => void warnings.push(message), error() {} } };
}

/** Two processes on one store (a SQLite file by default): the first records the feed's baseline, the second sees one new item. */
async function twoCycles(name: string, topicMemory?: false, open: () => Promise<StateStore> = () => openSqlite(join(dir.path, `${name}.sqlite`))) {
  const path = `/${name}.xml`;
  const feed = feedAt(files.server, path, 'Kabar Benua');
  const earlier = KURSK.map((article, i) => entry(article, 3 + i));
  files.server.route(path, serveFeed(rss(earlier, { now: T0 })));
  const first = await createHarness({ server: files.server, store: await open() });
  await first.run([feed], topicMemory === false ? { topicMemory } : {});
  expect(first.publisher.posts).toEqual([]);
  await first.close();

  files.server.route(path, serveFeed(rss([entry(WITHOUT_KOREA, 1), ...earlier], { now: T0 })));
  const second = await createHarness({ server: files.server, store: await open(), start: new Date(T0.getTime() + 10 * MINUTE_MS) });
  const report = await second.run([feed], topicMemory === false ? { topicMemory } : {});
  const stored = await second.store.get<TopicMemoryData>(stateKeys.topicMemory('default'));
  await second.close();
  return { posts: second.publisher.posts, report, stored };
}

describe("a topic's memory in the state store", () => {
  it('survives to the next cycle: counted from the first cycle\'s baseline, it takes an item the profile turns down', async () => {
    const { posts, report, stored } = await twoCycles('kept');
    expect(posts.map((p) => p.title)).toEqual([WITHOUT_KOREA.title]);
    const decision = report.decisions.find((d) => d.title === WITHOUT_KOREA.title);
    expect(decision).toMatchObject({ kind: 'queued', topic: 'default' });
    expect(decision?.reason).toMatch(/^missing concept: North Korea, but its words stand for the topic now: of the recent items naming .*@kursk \(6 of 6\)/);
    // Counted by the profile's decision: the rescued item is one more item holding Kursk, not one more match.
    expect(isTopicMemoryData(stored)).toBe(true);
    expect(stored?.keys['@kursk']).toEqual([7, 6]);
  });

  it('without it (topicMemory: false) the same two cycles post nothing and store no memory', async () => {
    const { posts, report, stored } = await twoCycles('none', false);
    expect(posts).toEqual([]);
    expect(report.decisions.find((d) => d.title === WITHOUT_KOREA.title)).toMatchObject({ kind: 'off-topic', reason: 'missing concept: North Korea' });
    expect(stored).toBeUndefined();
  });

  it.each([
    ['not JSON', undefined],
    ['a shape this version does not know', { version: 2, day: 1, keys: { '@kursk': [50, 50] } }],
    ['counts that are not counts', { version: 1, day: 1, keys: { '@kursk': [1, 5] } }],
  ])('stored as %s: one warning, an empty memory, and the cycle goes on', async (name, corrupt) => {
    const file = join(dir.path, `corrupt-${name.replace(/\W+/g, '-')}.sqlite`);
    const path = `/corrupt-${name.replace(/\W+/g, '-')}.xml`;
    files.server.route(path, serveFeed(rss([entry(KURSK[0]!, 1)], { now: T0 })));
    const h = await createHarness({ server: files.server, store: await openSqlite(file) });
    const { logger, warnings } = recordingLogger();
    h.ports.logger = logger;
    await h.store.set(stateKeys.topicMemory('default'), corrupt ?? {});
    if (corrupt === undefined) {
      const raw = new KeyvSqlite({ uri: `sqlite://${file}` });
      await raw.query(`UPDATE keyv SET value = '{not json' WHERE key = 'cycle-test:${stateKeys.topicMemory('default')}'`);
      await raw.disconnect();
    }
    const report = await h.run([feedAt(files.server, path, 'Kabar Benua')], { backfill: 5 });
    expect(report.published).toBe(1);
    expect(warnings.filter((w) => /memory/.test(w))).toHaveLength(1);
    // Started empty: only this cycle's one item is in it.
    const stored = await h.store.get<TopicMemoryData>(stateKeys.topicMemory('default'));
    expect(isTopicMemoryData(stored)).toBe(true);
    expect(stored?.keys['@kursk']).toEqual([1, 1]);
    await h.close();
  });
});

describe.skipIf(!redisUp)("a topic's memory on Redis at 127.0.0.1:6379", () => {
  const namespace = `newshound-memory-test-${randomUUID()}`;
  afterAll(() => deleteRedisNamespace(namespace));

  it('survives to the next cycle as on SQLite', async () => {
    const { posts, stored } = await twoCycles('redis', undefined, () => openStateStore(REDIS_URL, { namespace }));
    expect(posts.map((p) => p.title)).toEqual([WITHOUT_KOREA.title]);
    expect(stored?.keys['@kursk']).toEqual([7, 6]);
  });
});
