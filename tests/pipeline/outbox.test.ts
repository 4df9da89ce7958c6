import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/adapters/logger.ts';
import { MemoryStore } from '../../src/adapters/memory-store.ts';
import type { Post } from '../../src/core/model.ts';
import { Outbox, type OutboxEntry } from '../../src/pipeline/outbox.ts';
import { stateKeys } from '../../src/pipeline/state-keys.ts';
import type { StateStore } from '../../src/ports.ts';
import { serveFeed } from '../helpers/feed-server.ts';
import { entry, type FeedEntry, MINUTE_MS, OFF_TOPIC, ON_TOPIC, rss } from './cycle-feeds.ts';
import { createHarness, createRecordingPublisher, type Harness, T0 } from './cycle-harness.ts';

// The outbox sits between deciding and publishing: a publisher outage loses nothing, sends
// nothing twice, and the backlog goes out in the order it was found.

describe('runCycle with a publisher that fails and recovers', () => {
  let h: Harness;
  const feedPath = '/kabar.xml';
  const serve = (entries: FeedEntry[]) => h.server.route(feedPath, serveFeed(rss(entries, { now: T0 })));
  const nextCycle = async () => {
    h.clock.advance(5 * MINUTE_MS);
    return h.run([h.feed(feedPath)]);
  };

  beforeEach(async () => {
    h = await createHarness();
    serve([entry(OFF_TOPIC.pricesId, 6)]);
    await h.run([h.feed(feedPath)]); // baseline
  });
  afterEach(async () => {
    await h.close();
  });

  it('keeps posts in the outbox while it is down and sends them, in order, once it is back', async () => {
    h.publisher.failUntilRecovered();
    serve([entry(ON_TOPIC.treatyId, 1), entry(ON_TOPIC.troopsId, 2), entry(OFF_TOPIC.pricesId, 6)]);
    const down1 = await nextCycle();
    // Feed order: the treaty item was found first.
    expect(down1).toMatchObject({ published: 0, publishFailures: 1, outboxSize: 2 });

    serve([entry(ON_TOPIC.shellsId, 0), entry(ON_TOPIC.treatyId, 1), entry(ON_TOPIC.troopsId, 2), entry(OFF_TOPIC.pricesId, 6)]);
    const down2 = await nextCycle();
    // One attempt before polling (the backlog) and one after: both fail at the head of the queue.
    expect(down2).toMatchObject({ published: 0, publishFailures: 2, outboxSize: 3 });
    const waiting = await h.store.get<OutboxEntry[]>(stateKeys.outbox);
    expect(waiting?.map((e) => e.post.title)).toEqual([ON_TOPIC.treatyId.title, ON_TOPIC.troopsId.title, ON_TOPIC.shellsId.title]);
    expect(waiting?.[0]).toMatchObject({ attempts: 3, lastError: expect.stringContaining('503') });

    h.publisher.recover();
    const back = await nextCycle();
    expect(back).toMatchObject({ published: 3, publishFailures: 0, outboxSize: 0 });
    expect(h.publisher.posts.map((p) => p.title)).toEqual([ON_TOPIC.treatyId.title, ON_TOPIC.troopsId.title, ON_TOPIC.shellsId.title]);

    const after = await nextCycle();
    expect(after).toMatchObject({ published: 0, outboxSize: 0 });
    expect(new Set(h.publisher.posts.map((p) => p.id)).size).toBe(3);
  });

  it.each([1, 2])('retries after %i failed attempt(s) without sending anything twice', async (failures) => {
    h.publisher.failNext(failures);
    serve([entry(ON_TOPIC.treatyId, 1), entry(ON_TOPIC.troopsId, 2), entry(OFF_TOPIC.pricesId, 6)]);
    const reports = [await nextCycle(), await nextCycle(), await nextCycle()];

    expect(reports.reduce((sum, r) => sum + r.publishFailures, 0)).toBe(failures);
    expect(reports.at(-1)?.outboxSize).toBe(0);
    expect(h.publisher.posts.map((p) => p.title)).toEqual([ON_TOPIC.treatyId.title, ON_TOPIC.troopsId.title]);
  });
});

const post = (n: number): Post => ({
  id: `default:link:https://kabar-benua.example.net/dunia/${n}`,
  topic: 'default',
  itemKey: `link:https://kabar-benua.example.net/dunia/${n}`,
  title: `Berita ${n}`,
  source: 'Kabar Benua',
  summary: `Ringkasan ${n}`,
  lang: 'id',
  score: 2,
  terms: ['North Korea', 'Russia'],
});

/** A store whose process "dies" (the call throws) on the first write of the outbox after a delivery was recorded. */
function crashAfterPostedMark(inner: StateStore): StateStore & { crashed: boolean } {
  let marked = false;
  const store = {
    crashed: false,
    get: <T>(key: string) => inner.get<T>(key),
    delete: (key: string) => inner.delete(key),
    close: () => inner.close(),
    async set<T>(key: string, value: T, ttlMs?: number): Promise<void> {
      if (key === stateKeys.outbox && marked && !store.crashed) {
        store.crashed = true;
        throw new Error('simulated crash between publish and outbox removal');
      }
      if (key.startsWith('posted:')) marked = true;
      await inner.set(key, value, ttlMs);
    },
  };
  return store;
}

describe('Outbox', () => {
  const now = T0;

  it('does not resend a post already marked as delivered', async () => {
    const store = new MemoryStore();
    const outbox = new Outbox(store);
    await outbox.enqueue([post(1), post(2)], now);
    await store.set(stateKeys.posted(post(1).id), true);
    const publisher = createRecordingPublisher();

    expect(await outbox.drain(publisher, silentLogger)).toEqual({ published: 1, failures: 0, left: 0 });
    expect(publisher.attempts).toEqual([post(2).id]);
  });

  it('after a crash between publish and removal, the next drain sends the rest and not that one again', async () => {
    const store = crashAfterPostedMark(new MemoryStore());
    await new Outbox(store).enqueue([post(1), post(2), post(3)], now);
    const publisher = createRecordingPublisher();

    await expect(new Outbox(store).drain(publisher, silentLogger)).rejects.toThrow(/simulated crash/);
    expect(store.crashed).toBe(true);
    expect((await new Outbox(store).entries()).map((e) => e.post.id)).toEqual([post(1).id, post(2).id, post(3).id]);

    // The restarted worker drains the same outbox.
    expect(await new Outbox(store).drain(publisher, silentLogger)).toEqual({ published: 2, failures: 0, left: 0 });
    expect(publisher.posts.map((p) => p.id)).toEqual([post(1).id, post(2).id, post(3).id]);
  });

  it('enqueues a post only once while it waits', async () => {
    const outbox = new Outbox(new MemoryStore());
    expect(await outbox.enqueue([post(1), post(2)], now)).toBe(2);
    expect(await outbox.enqueue([post(2), post(3)], now)).toBe(1);
    expect((await outbox.entries()).map((e) => e.post.id)).toEqual([post(1).id, post(2).id, post(3).id]);
  });

  it('stops at the first failure so later posts cannot overtake it', async () => {
    const outbox = new Outbox(new MemoryStore());
    await outbox.enqueue([post(1), post(2), post(3)], now);
    const publisher = createRecordingPublisher();
    await outbox.drain(publisher, silentLogger);
    publisher.posts.length = 0;
    await outbox.enqueue([post(4), post(5)], now);
    publisher.failNext(1);

    expect(await outbox.drain(publisher, silentLogger)).toEqual({ published: 0, failures: 1, left: 2 });
    expect(await outbox.drain(publisher, silentLogger)).toEqual({ published: 2, failures: 0, left: 0 });
    expect(publisher.posts.map((p) => p.id)).toEqual([post(4).id, post(5).id]);
  });
});
