// A Redis that stops answering while a `once` holds the state lease: the cycle failed with its
// one line, then giving the lease back waited for ever on the unanswered EVAL, so the process
// never exited. Giving it back is now bounded: the lease runs out by itself if it cannot be deleted.
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, it } from 'vitest';
import { acquireStateLock } from '../../src/adapters/state-lock.ts';
import { redisAvailable, stallingRedisProxy } from '../helpers/redis.ts';

const up = await redisAvailable('the Redis state lock when Redis stops answering');

describe.skipIf(!up)('the Redis state lock when Redis stops answering', () => {
  let proxy: Awaited<ReturnType<typeof stallingRedisProxy>>;
  beforeEach(async () => {
    proxy = await stallingRedisProxy();
  });
  afterEach(async () => proxy.close());

  it('gives the lease back without waiting for an answer that never comes', async () => {
    const lock = await acquireStateLock(`redis://127.0.0.1:${proxy.port}/13`, { namespace: `stall-${randomUUID()}`, leaseMs: 1_000 });
    proxy.stall();
    await lock.release();
  }, 20_000);

  // Renewals that are never answered used to wait for ever, so the holder never learned its lease
  // had run out: past it another worker takes the state while this one, its store link back, posts on.
  it('tells the holder its lease is lost once renewals go unanswered past the lease', async () => {
    let lost: () => void = () => undefined;
    const told = new Promise<void>((resolve) => (lost = resolve));
    const lock = await acquireStateLock(`redis://127.0.0.1:${proxy.port}/13`, { namespace: `stall-${randomUUID()}`, leaseMs: 600, onLost: () => lost() });
    proxy.stall();
    await told;
    await lock.release();
  }, 20_000);
});
