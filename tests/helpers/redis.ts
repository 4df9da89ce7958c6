import { Socket, createServer, connect, type AddressInfo, type Server } from 'node:net';
import { createClient } from '@keyv/redis';

// The Redis server these machines run at 127.0.0.1:6379; tests that need it skip, saying so,
// when nothing answers there.
export const REDIS_URL = 'redis://127.0.0.1:6379';

/** True when something accepts a TCP connection on host:port within timeoutMs. */
export async function tcpReachable(host: string, port: number, timeoutMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = new Socket();
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
    socket.connect(port, host);
  });
}

/** Removes every key a test run wrote under `namespace`, however its tests ended. */
export async function deleteRedisNamespace(namespace: string): Promise<void> {
  const client = createClient({ url: REDIS_URL });
  await client.connect();
  for await (const keys of client.scanIterator({ MATCH: `${namespace}*`, COUNT: 100 })) {
    if (keys.length > 0) await client.del(keys);
  }
  await client.close();
}

/** Whether Redis answers; warns once, naming `what` is skipped, when it does not. */
export async function redisAvailable(what: string): Promise<boolean> {
  const up = await tcpReachable('127.0.0.1', 6379, 500);
  if (!up) console.warn(`SKIPPED ${what}: Redis at 127.0.0.1:6379 is not reachable`);
  return up;
}

/** A TCP proxy to 127.0.0.1:6379 that, once `stall()` is called, forwards nothing more to Redis. */
export async function stallingRedisProxy(): Promise<{ port: number; stall(): void; close(): Promise<void> }> {
  let stalled = false;
  const sockets: Socket[] = [];
  const server: Server = createServer((client) => {
    const redis = connect(6379, '127.0.0.1');
    sockets.push(client, redis);
    client.on('data', (chunk) => void (stalled ? undefined : redis.write(chunk)));
    redis.on('data', (chunk) => void client.write(chunk));
    client.on('error', () => undefined);
    redis.on('error', () => undefined);
    client.on('close', () => redis.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    stall: () => void (stalled = true),
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/**
 * A TCP proxy to 127.0.0.1:6379 that `cut()` makes Redis unreachable through: open connections
 * are dropped and each new one is closed at once (counted in `dropped`, one per reconnect
 * attempt of a client); `restore()` forwards again.
 */
export async function cuttableRedisProxy(): Promise<{ port: number; readonly dropped: number; cut(): void; restore(): void; close(): Promise<void> }> {
  let cut = false;
  let dropped = 0;
  const sockets: Socket[] = [];
  const server: Server = createServer((client) => {
    client.on('error', () => undefined);
    if (cut) {
      dropped += 1;
      client.destroy();
      return;
    }
    const redis = connect(6379, '127.0.0.1');
    sockets.push(client, redis);
    client.pipe(redis);
    redis.pipe(client);
    redis.on('error', () => undefined);
    client.on('close', () => redis.destroy());
    redis.on('close', () => client.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    get dropped() {
      return dropped;
    },
    cut() {
      cut = true;
      for (const socket of sockets.splice(0)) socket.destroy();
    },
    restore: () => void (cut = false),
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
