// A Redis that accepts commands and stops answering (a black-holed link, a stuck server) after
// the connection is up: every store operation waited for ever, so `status` hung and a cycle
// never ended, with no line said. Each operation now fails as a StateError after its timeout,
// and closing the store does not wait on the replies that never come.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStateStore } from '../../src/adapters/keyv-store.ts';
import { StateError } from '../../src/core/errors.ts';
import { redisAvailable, stallingRedisProxy } from '../helpers/redis.ts';

const up = await redisAvailable('the Redis store when Redis stops answering');

describe.skipIf(!up)('the Redis state store when Redis stops answering', () => {
  let proxy: Awaited<ReturnType<typeof stallingRedisProxy>>;
  beforeAll(async () => {
    proxy = await stallingRedisProxy();
  });
  afterAll(async () => proxy.close());

  it('fails a read and a write with a StateError naming Redis, and closes', async () => {
    const store = await openStateStore(`redis://127.0.0.1:${proxy.port}/13`, { namespace: `stall-${randomUUID()}`, operationTimeoutMs: 300 });
    expect(await store.get('a')).toBeUndefined();
    proxy.stall();
    const read = await store.get('a').catch((error: unknown) => error);
    expect(read).toBeInstanceOf(StateError);
    expect((read as Error).message).toMatch(/^state: get a on Redis at redis:\/\/127\.0\.0\.1:\d+\/13 failed: no answer within 300 ms$/);
    const write = await store.set('a', 1).catch((error: unknown) => error);
    expect(write).toBeInstanceOf(StateError);
    await store.close();
  }, 20_000);
});
