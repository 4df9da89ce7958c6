import { createServer, Socket, type AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import KeyvSqlite from '@keyv/sqlite';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openStateStore } from '../../src/adapters/keyv-store.ts';
import { MemoryStore } from '../../src/adapters/memory-store.ts';
import { CorruptEntryError, StateError } from '../../src/core/errors.ts';
import type { StateStore } from '../../src/ports.ts';
import { REDIS_URL, redisAvailable, deleteRedisNamespace } from '../helpers/redis.ts';

const redisUp = await redisAvailable('Redis state store tests');

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// A value with the shapes the pipeline stores: nested objects, arrays, unicode, nulls, and a
// string that keyv's default serializer would have turned into a Buffer.
const SAMPLE = {
  etag: 'W/"abc"',
  seen: ['a', 'b'],
  nested: { score: 0.75, ok: true, none: null },
  title: 'Kim Jong Un – Rusia “tanpa syarat” 🇰🇵',
  tricky: ':base64:aGVsbG8=',
};

/** The behaviour every StateStore must have, run against each real backend. */
function storeContract(open: () => Promise<StateStore>): void {
  const opened: StateStore[] = [];
  const openTracked = async () => {
    const store = await open();
    opened.push(store);
    return store;
  };
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((store) => store.close()));
  });

  it('sets, gets and deletes JSON values', async () => {
    const store = await openTracked();
    expect(await store.get('feed:x')).toBeUndefined();
    await store.set('feed:x', SAMPLE);
    expect(await store.get('feed:x')).toEqual(SAMPLE);
    await store.set('count', 3);
    expect(await store.get<number>('count')).toBe(3);
    expect(await store.delete('feed:x')).toBe(true);
    expect(await store.delete('feed:x')).toBe(false);
    expect(await store.get('feed:x')).toBeUndefined();
  });

  it('forgets a value once its ttlMs has passed', async () => {
    const store = await openTracked();
    await store.set('short', 'gone soon', 50);
    await store.set('long', 'stays', 60_000);
    expect(await store.get('short')).toBe('gone soon');
    await sleep(120);
    expect(await store.get('short')).toBeUndefined();
    expect(await store.get('long')).toBe('stays');
  });

  it('keeps values across close and reopen (a restart)', async () => {
    const first = await open();
    await first.set('outbox:1', SAMPLE);
    await first.close();
    const second = await openTracked();
    expect(await second.get('outbox:1')).toEqual(SAMPLE);
  });

  it('rejects use after close with a StateError', async () => {
    const store = await open();
    await store.close();
    await expect(store.get('x')).rejects.toBeInstanceOf(StateError);
  });
}

describe('openStateStore: sqlite', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'newshound-state-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  // A nested directory that does not exist yet: opening must create it.
  storeContract(() => openStateStore(`sqlite://${join(dir, 'nested', 'state.sqlite')}`, { namespace: 'test' }));

  it('resolves a relative path against baseDir and creates the file', async () => {
    const store = await openStateStore('sqlite://rel/state.sqlite', { baseDir: dir });
    await store.set('k', 1);
    await store.close();
    expect(existsSync(join(dir, 'rel', 'state.sqlite'))).toBe(true);
  });

  it('sweeps expired rows from the file when it is opened again', async () => {
    const file = join(dir, 'sweep.sqlite');
    const store = await openStateStore(`sqlite://${file}`);
    await store.set('seen:old', 1, 50);
    await store.set('seen:kept', 2);
    await store.close();
    await sleep(120);
    await (await openStateStore(`sqlite://${file}`)).close();
    const raw = new KeyvSqlite({ uri: `sqlite://${file}` });
    const rows = (await raw.query('SELECT key FROM keyv ORDER BY key')) as Array<{ key: string }>;
    await raw.disconnect();
    expect(rows.map((row) => row.key)).toEqual(['newshound:seen:kept']);
  });

  it('reads an entry that is not JSON as a CorruptEntryError naming its key, and the rest as before', async () => {
    const file = join(dir, 'entry.sqlite');
    const store = await openStateStore(`sqlite://${file}`);
    await store.set('discord:queue:bad', { entries: [] });
    await store.set('other', 1);
    await store.close();
    const raw = new KeyvSqlite({ uri: `sqlite://${file}` });
    await raw.query(`UPDATE keyv SET value = '{not json' WHERE key = 'newshound:discord:queue:bad'`);
    await raw.disconnect();
    const reopened = await openStateStore(`sqlite://${file}`);
    const error = await reopened.get('discord:queue:bad').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(CorruptEntryError);
    expect((error as CorruptEntryError).key).toBe('discord:queue:bad');
    expect(await reopened.get('other')).toBe(1);
    await reopened.close();
  });

  it('refuses a corrupt file with a StateError naming it, and leaves the file alone', async () => {
    const file = join(dir, 'corrupt.sqlite');
    const garbage = Buffer.from('this is not a database, just some bytes \x00\x01\x02'.repeat(100));
    writeFileSync(file, garbage);
    const error = await openStateStore(`sqlite://${file}`).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(StateError);
    expect((error as Error).message).toContain(file);
    expect((error as Error).message).toMatch(/move it aside/);
    expect(readFileSync(file).equals(garbage)).toBe(true);
  });

  it('refuses a file with a SQLite header but damaged contents, without a raw driver crash', async () => {
    const file = join(dir, 'damaged.sqlite');
    writeFileSync(file, Buffer.concat([Buffer.from('SQLite format 3\0', 'latin1'), Buffer.alloc(4096, 0xab)]));
    const error = await openStateStore(`sqlite://${file}`).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(StateError);
    expect((error as Error).message).toContain(file);
  });
});

describe.skipIf(!redisUp)('openStateStore: redis at 127.0.0.1:6379', () => {
  const namespace = `newshound-test-${randomUUID()}`;
  afterAll(() => deleteRedisNamespace(namespace));

  storeContract(() => openStateStore(REDIS_URL, { namespace }));
});

describe('openStateStore: failures', () => {
  it('reports an unreachable Redis as a StateError naming the URL, within seconds', async () => {
    const started = Date.now();
    const error = await openStateStore('redis://127.0.0.1:1').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(StateError);
    expect((error as Error).message).toContain('redis://127.0.0.1:1');
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('gives up on a server that accepts the connection but never answers', async () => {
    // A loopback server that swallows the Redis handshake: the connect timeout must still fire.
    const sockets: Socket[] = [];
    const silent = createServer((socket) => sockets.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const { port } = silent.address() as AddressInfo;
    try {
      const started = Date.now();
      const error = await openStateStore(`redis://127.0.0.1:${port}`, { connectTimeoutMs: 300 }).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(StateError);
      expect((error as Error).message).toContain(`redis://127.0.0.1:${port}`);
      expect(Date.now() - started).toBeLessThan(5_000);
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => silent.close(resolve));
    }
  });

  it('never shows a Redis password', async () => {
    const error = await openStateStore('redis://:hunter2secret@127.0.0.1:1').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(StateError);
    expect((error as Error).message).not.toContain('hunter2secret');
  });

  it("never shows any part of a password holding an '@', even in a URL that does not parse", async () => {
    const error = await openStateStore('redis://:hunter2@tail-part@127.0.0.1:port').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(StateError);
    expect((error as Error).message).not.toContain('tail-part');
  });

  it.each(['postgres://localhost/db', 'state.sqlite', 'sqlite://'])('rejects the URL %s', async (url) => {
    await expect(openStateStore(url)).rejects.toBeInstanceOf(StateError);
  });
});

describe('MemoryStore', () => {
  it('expires by the injected clock', async () => {
    let nowMs = 1_000;
    const store = new MemoryStore({ now: () => nowMs });
    await store.set('a', { n: 1 }, 500);
    await store.set('b', 'forever');
    nowMs = 1_499;
    expect(await store.get('a')).toEqual({ n: 1 });
    nowMs = 1_500;
    expect(await store.get('a')).toBeUndefined();
    expect(store.keys()).toEqual(['b']);
  });

  it('copies values through JSON like the real stores', async () => {
    const store = new MemoryStore();
    const value = { list: [1, 2], when: new Date('2024-06-19T06:30:00Z') };
    await store.set('v', value);
    value.list.push(3);
    expect(await store.get('v')).toEqual({ list: [1, 2], when: '2024-06-19T06:30:00.000Z' });
    expect(await store.delete('v')).toBe(true);
    expect(await store.delete('v')).toBe(false);
  });
});
