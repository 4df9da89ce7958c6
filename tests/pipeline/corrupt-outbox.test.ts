// The pipeline's outbox that cannot be read (not JSON, not a list, or entries that are not
// queued posts) is set aside, not failed over: the valid entries are kept and published, what
// is bad is moved under outbox:quarantine with one error line naming it, and `status` says so.
// Before, every cycle failed on it (no feed was decided, nothing was posted).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import KeyvSqlite from '@keyv/sqlite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Logger } from '../../src/ports.ts';
import { stateKeys } from '../../src/pipeline/state-keys.ts';
import { serveFeed, startFeedServer, type FeedServer } from '../helpers/feed-server.ts';
import { runCliCaptured } from '../helpers/run-cli.ts';
import { entry, ON_TOPIC, rss } from './cycle-feeds.ts';
import { createHarness, openSqlite, T0, tempDir, type Harness } from './cycle-harness.ts';

let server: FeedServer;
const dir = tempDir();
let h: Harness;
let open = false;
let errors: Array<{ fields: Record<string, unknown>; message: string }>;

beforeEach(async () => {
  server = await startFeedServer();
  server.route('/wire.xml', serveFeed(rss([entry(ON_TOPIC.troopsEn, 1)], { now: T0, site: 'https://wire.example' })));
});
afterEach(async () => {
  if (open) await h.close();
  open = false;
  await server.close();
});

async function harness(name: string): Promise<Harness> {
  h = await createHarness({ server, start: T0, store: await openSqlite(join(dir.path, `${name}.sqlite`)) });
  open = true;
  errors = [];
  const logger: Logger = { debug() {}, info() {}, warn() {}, error: (fields, message) => void errors.push({ fields, message }) };
  h.ports.logger = logger;
  return h;
}

/** One real post left in the outbox by a publisher that refused it. */
async function leaveOnePostWaiting(): Promise<unknown[]> {
  h.publisher.failUntilRecovered();
  await h.run([h.feed('/wire.xml', 'Wire', { language: 'en' })], { backfill: 5 });
  h.publisher.recover();
  const waiting = (await h.store.get<unknown[]>(stateKeys.outbox))!;
  expect(waiting).toHaveLength(1);
  return waiting;
}

describe('an outbox with bad entries among good ones', () => {
  it('publishes the good one, sets the bad ones aside once, and says so', async () => {
    await harness('mixed');
    const waiting = await leaveOnePostWaiting();
    const bad = ['garbage', { post: null, attempts: 0 }];
    await h.store.set(stateKeys.outbox, [bad[0], ...waiting, bad[1]]);

    const report = await h.run([h.feed('/wire.xml', 'Wire', { language: 'en' })], { backfill: 5 });
    expect(h.publisher.posts).toHaveLength(1);
    expect(report.outboxSize).toBe(0);
    expect(await h.store.get(stateKeys.outbox)).toEqual([]);
    expect(await h.store.get(stateKeys.outboxQuarantine)).toEqual([expect.objectContaining({ value: bad[0] }), expect.objectContaining({ value: bad[1] })]);
    expect(errors).toEqual([expect.objectContaining({ fields: expect.objectContaining({ key: stateKeys.outbox, setAside: 2, quarantine: stateKeys.outboxQuarantine }) })]);

    await h.run([h.feed('/wire.xml', 'Wire', { language: 'en' })], { backfill: 5 });
    expect(errors).toHaveLength(1);
  });
});

describe('an outbox that is not a list of posts', () => {
  it.each([['an object', { not: 'a list' }], ['a string', 'garbage']])('stored as %s: the cycle goes on and posts, the value is set aside whole', async (_name, corrupt) => {
    await harness(`whole-${typeof corrupt}`);
    await h.store.set(stateKeys.outbox, corrupt);
    const report = await h.run([h.feed('/wire.xml', 'Wire', { language: 'en' })], { backfill: 5 });
    expect(report.published).toBe(1);
    expect(h.publisher.posts).toHaveLength(1);
    expect(await h.store.get(stateKeys.outboxQuarantine)).toEqual([expect.objectContaining({ value: corrupt, reason: expect.stringMatching(/not a list/) })]);
    expect(errors).toHaveLength(1);
  });

  it('not JSON at all: its text is kept in the quarantine and status says so', async () => {
    const file = join(dir.path, 'not-json.sqlite');
    await harness('not-json');
    await h.store.set(stateKeys.outbox, []);
    const raw = new KeyvSqlite({ uri: `sqlite://${file}` });
    await raw.query(`UPDATE keyv SET value = '{not json' WHERE key = 'cycle-test:outbox'`);
    await raw.disconnect();

    const report = await h.run([h.feed('/wire.xml', 'Wire', { language: 'en' })], { backfill: 5 });
    expect(report.published).toBe(1);
    expect(await h.store.get(stateKeys.outboxQuarantine)).toEqual([expect.objectContaining({ raw: '{not json', reason: expect.stringMatching(/not JSON/) })]);
    expect(errors).toHaveLength(1);
    await h.close();
    open = false;

    const config = join(dir.path, 'not-json.json');
    writeFileSync(config, JSON.stringify({ feeds: [{ name: 'Wire', url: 'https://wire.example/rss' }], state: { url: `sqlite://${file}`, namespace: 'cycle-test' }, logLevel: 'error' }));
    const shown = await runCliCaptured(['status', '--config', config, '--heartbeat', join(dir.path, 'none.json')], {});
    expect(shown.stderr).toBe('');
    expect(shown.code).toBe(0);
    expect(shown.stdout).toMatch(/^Outbox: 0 waiting; 1 corrupt value set aside under outbox:quarantine \(see the log\)$/m);
  });
});

describe('status with an outbox that cannot be read', () => {
  it('says so on the outbox line and goes on', async () => {
    const file = join(dir.path, 'status-only.sqlite');
    const store = await openSqlite(file);
    await store.set(stateKeys.outbox, { not: 'a list' });
    await store.close();
    const config = join(dir.path, 'status-only.json');
    writeFileSync(config, JSON.stringify({ feeds: [{ name: 'Wire', url: 'https://wire.example/rss' }], state: { url: `sqlite://${file}`, namespace: 'cycle-test' }, logLevel: 'error' }));
    const shown = await runCliCaptured(['status', '--config', config, '--heartbeat', join(dir.path, 'none.json')], {});
    expect(shown.stderr).toBe('');
    expect(shown.code).toBe(0);
    expect(shown.stdout).toMatch(/^Outbox: 0 waiting; CORRUPT: not a list of queued posts \(set aside at the next cycle\)$/m);
  });
});
