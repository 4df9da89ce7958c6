// `start` and `once` take the state's lock before opening the store. The Redis lease's client
// kept reconnecting for ever before its first connection, so with Redis down (or a wrong
// STATE_URL) `once` hung silently instead of exiting 1 with one line. Both cases must fail fast.
import { createServer, type AddressInfo, type Server, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acquireStateLock } from '../../src/adapters/state-lock.ts';
import { StateError } from '../../src/core/errors.ts';
import { REDIS_URL, redisAvailable } from '../helpers/redis.ts';

async function failure(url: string): Promise<{ error: unknown; ms: number }> {
  const started = Date.now();
  const error = await acquireStateLock(url, { namespace: 'lock-test' }).then(
    async (lock) => {
      await lock.release();
      return undefined;
    },
    (e: unknown) => e,
  );
  return { error, ms: Date.now() - started };
}

describe('the Redis state lock when Redis cannot be used', () => {
  // Accepts the connection and never answers (a firewall's black hole, a stuck server).
  let silent: Server;
  let silentPort = 0;
  const sockets: Socket[] = [];
  beforeAll(async () => {
    silent = createServer((socket) => void sockets.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    silentPort = (silent.address() as AddressInfo).port;
  });
  afterAll(async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise((resolve) => silent.close(resolve));
  });

  it('refuses at once, naming Redis, when nothing listens (connection refused)', async () => {
    const { error, ms } = await failure('redis://127.0.0.1:1');
    expect(error).toBeInstanceOf(StateError);
    expect((error as Error).message).toMatch(/cannot connect to Redis at redis:\/\/127\.0\.0\.1:1 to lock the state/);
    expect(ms).toBeLessThan(5_000);
  }, 15_000);

  it('gives up within seconds on a server that accepts the connection but never answers', async () => {
    const { error, ms } = await failure(`redis://127.0.0.1:${silentPort}`);
    expect(error).toBeInstanceOf(StateError);
    expect((error as Error).message).toMatch(/cannot connect to Redis at .* to lock the state/);
    expect(ms).toBeLessThan(8_000);
  }, 20_000);

  it('never shows the password of the URL', async () => {
    const { error } = await failure('redis://user:s3cr3t-pass@127.0.0.1:1');
    expect(error).toBeInstanceOf(StateError);
    expect((error as Error).message).not.toContain('s3cr3t-pass');
  }, 15_000);

  it('refuses a URL that does not parse in one line, without its password', async () => {
    const { error } = await failure('redis://:s3cr3t@tail-part@127.0.0.1:port');
    expect(error).toBeInstanceOf(StateError);
    expect((error as Error).message).toContain('"redis://***@127.0.0.1:port" is not a valid Redis URL: use redis://[user:password@]host:port[/db]');
  }, 15_000);

  it("never shows any part of a password holding an '@' (the client splits at the last one)", async () => {
    const { error } = await failure('redis://user:s3cr3t@tail-part@127.0.0.1:1');
    expect(error).toBeInstanceOf(StateError);
    expect((error as Error).message).not.toContain('tail-part');
    expect((error as Error).message).toContain('redis://***@127.0.0.1:1');
  }, 15_000);
});

describe('the Redis state lock when Redis answers', async () => {
  const up = await redisAvailable('the Redis state lock when Redis answers');
  it.skipIf(!up)('still takes the lease, gives it back, and takes it again', async () => {
    const namespace = `lock-test-${process.pid}-${Date.now()}`;
    const first = await acquireStateLock(REDIS_URL, { namespace });
    expect(first.holder.pid).toBe(process.pid);
    await first.release();
    const again = await acquireStateLock(REDIS_URL, { namespace });
    await again.release();
  }, 15_000);
});
