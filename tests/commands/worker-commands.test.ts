import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli.ts';
import { openStateStore } from '../../src/adapters/keyv-store.ts';
import { SubscriptionBook, subscriptionId } from '../../src/control/subscriptions.ts';
import { deliveryKeys } from '../../src/discord/delivery/delivery-keys.ts';
import { type FeedServer, serveFeed, startFeedServer } from '../helpers/feed-server.ts';
import { atom, entry, OFF_TOPIC, ON_TOPIC, rss } from '../pipeline/cycle-feeds.ts';
import { tempDir } from '../pipeline/cycle-harness.ts';

// The worker's commands, run in-process through runCli with an empty environment (so nothing
// from the shell, e.g. STATE_URL, leaks in), against feeds on loopback and a throw-away SQLite.
// `once` runs on the system clock, so the feeds are dated relative to the real time.

async function cli(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(
    argv,
    {
      stdout: (text) => void (stdout += text.endsWith('\n') ? text : `${text}\n`),
      stderr: (text) => void (stderr += text.endsWith('\n') ? text : `${text}\n`),
    },
    {},
  );
  return { code, stdout, stderr };
}

let server: FeedServer;
const dir = tempDir();
const writeJson = (name: string, value: unknown) => {
  const file = join(dir.path, name);
  writeFileSync(file, typeof value === 'string' ? value : JSON.stringify(value, null, 2));
  return file;
};

beforeAll(async () => {
  server = await startFeedServer();
  const now = new Date();
  server.route('/kabar.xml', serveFeed(rss([entry(ON_TOPIC.troopsId, 1), entry(OFF_TOPIC.pricesId, 2), entry(ON_TOPIC.treatyId, 3)], { now })));
  server.route('/world.atom', serveFeed(atom([entry(ON_TOPIC.troopsEn, 1), entry(OFF_TOPIC.tourismTrainEn, 2)], { now }), { contentType: 'application/atom+xml' }));
});
afterAll(async () => {
  await server.close();
  dir.remove();
});

const configFor = (stateFile: string) => ({
  feeds: [
    { name: 'Loopback Kabar', url: `${server.url}/kabar.xml`, language: 'id' },
    { name: 'Loopback World', url: `${server.url}/world.atom`, language: 'en' },
  ],
  state: { url: `sqlite://${join(dir.path, stateFile)}` },
  limits: { backfill: 10 },
  network: { allowedPrivateHosts: ['127.0.0.1'] },
  logLevel: 'error',
});

describe('newshound once, then status', () => {
  let before: Awaited<ReturnType<typeof cli>>;
  let once: Awaited<ReturnType<typeof cli>>;
  let status: Awaited<ReturnType<typeof cli>>;
  beforeAll(async () => {
    const file = writeJson('once.json', configFor('once.sqlite'));
    before = await cli(['status', '--config', file]);
    once = await cli(['once', '--config', file]);
    status = await cli(['status', '--config', file]);
  });

  it('status before any cycle: feeds never polled, no cycle, empty outbox', () => {
    expect(before).toMatchObject({ code: 0, stderr: '' });
    expect(before.stdout).toMatch(/^ {2}Loopback Kabar +never polled$/m);
    expect(before.stdout).toContain('Last cycle: none yet');
    expect(before.stdout).toMatch(/^Outbox: 0 waiting$/m);
  });

  it('once exits 0', () => {
    expect(once.stderr).toBe('');
    expect(once.code).toBe(0);
  });

  it.each([ON_TOPIC.troopsId.title, ON_TOPIC.treatyId.title])('once prints the post "%s"', (title) => {
    expect(once.stdout).toContain(`━━ [default] ${title}\n`);
    expect(once.stdout).toContain(`  ✓ ${title}  [default, score `);
  });

  // The English report of the troops tells the Indonesian one's event (Seoul: thousands of North
  // Korean troops fight beside Russia in Kursk) and names only countries: it joins across the
  // languages on the countries both name (MATCH_CUTS crossCountryCutFactor) and is recorded as
  // "also reported by" on the Indonesian post, not posted again.
  it('once records the English report of the same event on the Indonesian post', () => {
    expect(once.stdout).not.toContain(`━━ [default] ${ON_TOPIC.troopsEn.title}`);
    expect(once.stdout).toContain(`   also reported by: Loopback World (`);
    const line = once.stdout.split('\n').find((l) => l.startsWith(`  ✗ ${ON_TOPIC.troopsEn.title}  — `));
    expect(line).toMatch(new RegExp(`same-story: same story as "${ON_TOPIC.troopsId.title}": cross-language cosine .*countries both name`));
  });

  it.each([
    [OFF_TOPIC.pricesId.title, /off-topic: missing concept: North Korea; Russia/],
    [OFF_TOPIC.tourismTrainEn.title, /off-topic: score [\d.]+ below threshold/],
  ])('once lists the skipped "%s" with its reason', (title, reason) => {
    expect(once.stdout).not.toContain(`━━ [default] ${title}`);
    const line = once.stdout.split('\n').find((l) => l.startsWith(`  ✗ ${title}  — `));
    expect(line).toMatch(reason);
  });

  it('once prints a cycle report: each feed and the post count', () => {
    expect(once.stdout).toMatch(/^Cycle \S+Z → \S+Z$/m);
    expect(once.stdout).toMatch(/^ {2}Loopback Kabar: updated, 3 items$/m);
    expect(once.stdout).toMatch(/^ {2}Loopback World: updated, 2 items$/m);
    expect(once.stdout).toMatch(/^Posted: 2 \(2 queued this cycle; outbox now 0\)$/m);
  });

  it('status afterwards: both feeds ok, the last cycle, an empty outbox', () => {
    expect(status).toMatchObject({ code: 0, stderr: '' });
    expect(status.stdout).toMatch(/^ {2}Loopback Kabar +ok; last success \S+; next poll \S+$/m);
    expect(status.stdout).toMatch(/^ {2}Loopback World +ok; last success /m);
    expect(status.stdout).toMatch(/^Last cycle: \S+ → \S+, 2 queued, 2 published$/m);
    expect(status.stdout).toMatch(/^Outbox: 0 waiting$/m);
    expect(status.stdout).toMatch(/^Discord subscriptions: none/m);
  });
});

describe('newshound status with Discord subscriptions', () => {
  it('lists each subscription with its queue, and a broken one with why', async () => {
    const file = writeJson('subs.json', configFor('subs.sqlite'));
    const store = await openStateStore(`sqlite://${join(dir.path, 'subs.sqlite')}`);
    const book = new SubscriptionBook(store);
    const base = { guildId: '100000000000000001', topic: 'default', delivery: { kind: 'bot' as const }, createdAt: new Date().toISOString() };
    await book.put({ ...base, id: subscriptionId('200000000000000001', 'default'), channelId: '200000000000000001' });
    await book.put({ ...base, id: subscriptionId('200000000000000002', 'default'), channelId: '200000000000000002' });
    await book.markBroken(subscriptionId('200000000000000002', 'default'), 'Missing Permissions: the bot may not post in this channel', new Date('2026-11-24T04:00:00Z'));
    await store.set(deliveryKeys.queue(subscriptionId('200000000000000001', 'default')), { entries: [queuedPost('a'), queuedPost('b')], recentSendsAt: [] });
    await store.close();
    const status = await cli(['status', '--config', file]);
    expect(status.stdout).toMatch(/^Discord subscriptions: 2$/m);
    expect(status.stdout).toMatch(/^ {2}channel 200000000000000001 · default · bot · 2 queued$/m);
    expect(status.stdout).toMatch(/^ {2}channel 200000000000000002 · default · bot · BROKEN since 2026-11-24T04:00:00.000Z: Missing Permissions/m);
  });

  it('shows one channel\'s unreadable queue on its line and goes on (exit 0)', async () => {
    const file = writeJson('subs-corrupt.json', configFor('subs-corrupt.sqlite'));
    const store = await openStateStore(`sqlite://${join(dir.path, 'subs-corrupt.sqlite')}`);
    const book = new SubscriptionBook(store);
    const base = { guildId: '100000000000000001', topic: 'default', delivery: { kind: 'bot' as const }, createdAt: new Date().toISOString() };
    await book.put({ ...base, id: subscriptionId('200000000000000003', 'default'), channelId: '200000000000000003' });
    await book.put({ ...base, id: subscriptionId('200000000000000004', 'default'), channelId: '200000000000000004' });
    await store.set(deliveryKeys.queue(subscriptionId('200000000000000003', 'default')), { entries: [{ kind: 'nonsense' }], recentSendsAt: [] });
    await store.set(deliveryKeys.queue(subscriptionId('200000000000000004', 'default')), { entries: [queuedPost('c')], recentSendsAt: [] });
    await store.close();
    const status = await cli(['status', '--config', file]);
    expect(status).toMatchObject({ code: 0, stderr: '' });
    expect(status.stdout).toMatch(/^ {2}channel 200000000000000003 · default · bot · QUEUE UNREADABLE: .*entry 0 is not a queued post/m);
    expect(status.stdout).toMatch(/^ {2}channel 200000000000000004 · default · bot · 1 queued$/m);
  });
});

describe('newshound once with a bad config file', () => {
  let result: Awaited<ReturnType<typeof cli>>;
  beforeAll(async () => {
    const file = writeJson('bad.json', {
      feeds: [{ name: '', url: 'ftp://files.example.net/feed.xml' }],
      schedule: 'every five minutes',
      timezone: 'Mars/Olympus_Mons',
      state: { url: 'postgres://localhost/newshound' },
      limits: { backfill: -1, failingAfter: 0 },
      logLevel: 'loud',
    });
    result = await cli(['once', '--config', file]);
  });

  it('exits 1 with one "config:" message on stderr and nothing on stdout', () => {
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^newshound once: config: .*bad\.json: /);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });

  it.each(['feeds.0.name', 'feeds.0.url', 'schedule', 'timezone', 'state.url', 'limits.backfill', 'limits.failingAfter', 'logLevel'])(
    'names %s',
    (field) => {
      expect(result.stderr).toMatch(new RegExp(`(: |; )${field.replace(/\./g, '\\.')}: `));
    },
  );

  it('exits 1 naming the file when it is not JSON', async () => {
    const file = writeJson('not-json.json', '{ "feeds": [ }');
    const { code, stderr } = await cli(['status', '--config', file]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/^newshound status: config: .*not-json\.json: not valid JSON: /m);
  });
});

describe('newshound health', () => {
  const beat = (name: string, ageMs: number) => writeJson(name, { pid: 1234, at: new Date(Date.now() - ageMs).toISOString() });

  it.each([
    ['a fresh heartbeat', 0, () => beat('fresh.json', 0), /^healthy: heartbeat \d+ s ago; no cycle completed yet$/m],
    ['a heartbeat ten minutes old', 1, () => beat('stale.json', 600_000), /^unhealthy: last heartbeat 60\d s ago \(pid 1234\)$/m],
    ['no heartbeat file', 1, () => join(dir.path, 'missing.json'), /^unhealthy: no heartbeat at .*missing\.json$/m],
  ])('with %s exits %i', async (_label, code, file, message) => {
    const result = await cli(['health', '--file', file(), '--max-age-seconds', '60']);
    expect(result.code).toBe(code);
    expect(code === 0 ? result.stdout : result.stderr).toMatch(message);
  });
});

/** A queued post as the delivery queue stores one (only what its reader checks). */
function queuedPost(id: string): { kind: 'publish'; post: { id: string }; version: number } {
  return { kind: 'publish', post: { id }, version: 1 };
}
