import { Socket } from 'node:net';

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

/** Whether Redis answers; warns once, naming `what` is skipped, when it does not. */
export async function redisAvailable(what: string): Promise<boolean> {
  const up = await tcpReachable('127.0.0.1', 6379, 500);
  if (!up) console.warn(`SKIPPED ${what}: Redis at 127.0.0.1:6379 is not reachable`);
  return up;
}
