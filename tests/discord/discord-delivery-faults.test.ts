// Discord misbehaving: rate limits, a long outage in simulated time, channels that are gone or
// forbid the bot. Nothing may be lost, nothing sent twice, order kept, and one bad channel must
// not hold up the others.
import { afterEach, describe, expect, it } from 'vitest';
import { overwrite } from '../helpers/fake-discord/index.ts';
import { makePost, startDeliveryHarness, titlesIn, type DeliveryHarness, type HarnessOptions } from '../helpers/discord-delivery-harness.ts';

let h: DeliveryHarness;

async function start(options: HarnessOptions = {}): Promise<DeliveryHarness> {
  h = await startDeliveryHarness(options);
  return h;
}

afterEach(async () => {
  await h?.close();
  expect(h.fake.warnings).toEqual([]);
});

const storyNumbers = (titles: string[]) => titles.map((t) => Number(/Story (\d+)/.exec(t)?.[1]));

describe('rate limits', () => {
  it('a burst of 429s (bucket and global) loses nothing and keeps the order', async () => {
    const { fake } = await start();
    await h.subscribe(fake.channels.news, 'korea');
    await h.subscribe(fake.channels.alerts, 'korea');
    fake.failNext('POST /channels/:id/messages', { status: 429, retryAfter: 0.03 }, 3);
    fake.failNext('POST /channels/:id/messages', { status: 429, retryAfter: 0.02, global: true }, 2);
    fake.failNext('POST /channels/:id/messages', { status: 429, retryAfter: 0.01, scope: 'shared' }, 1);

    for (const n of [1, 2, 3, 4]) await h.publisher.publish(makePost(n));

    const statuses = fake.requestsMatching('POST /channels/:id/messages').map((r) => r.status);
    expect(statuses.filter((s) => s === 429)).toHaveLength(6);
    expect(statuses.filter((s) => s === 200)).toHaveLength(8);
    expect(storyNumbers(titlesIn(fake, fake.channels.news))).toEqual([1, 2, 3, 4]);
    expect(storyNumbers(titlesIn(fake, fake.channels.alerts))).toEqual([1, 2, 3, 4]);
    expect(await h.publisher.status()).toMatchObject({ queued: 0, postsToday: 8 });
  });
});

describe('outage', () => {
  it('holds posts through a 10-minute outage and sends them in order, once, when Discord is back', async () => {
    const { fake } = await start({ rest: { timeout: 1_000, retries: 0 } });
    await h.subscribe(fake.channels.news, 'korea');
    await h.subscribe(fake.channels.alerts, 'korea');
    await h.subscribe(fake.channels.forum, 'korea', { delivery: { kind: 'forum' } });
    const beforeOutage = fake.requests.length;
    fake.setOutage(true);

    // One post a minute for ten minutes, flushing every 30 simulated seconds.
    for (let minute = 1; minute <= 10; minute += 1) {
      await h.publisher.publish(makePost(minute));
      h.clock.advance(30_000);
      await h.publisher.flush();
      h.clock.advance(30_000);
      await h.publisher.flush();
    }
    const duringOutage = fake.requests.slice(beforeOutage);
    expect(duringOutage.every((r) => r.status === 503)).toBe(true);
    for (const channel of [fake.channels.news, fake.channels.alerts]) expect(fake.messages(channel)).toEqual([]);
    const waiting = await h.publisher.status();
    expect(waiting.queued).toBe(30);
    // The lookups for an earlier copy failed alike once the heads had an unanswered attempt.
    expect(waiting.queues.map((q) => q.lastError)).toEqual(Array(3).fill(expect.stringMatching(/^503 Service Unavailable \((POST|GET)\)$/)));
    // Backoff kept the retries few: doubling from 5 s up to 5 min, not one per flush.
    expect(duringOutage.length).toBeLessThan(3 * 10);

    fake.setOutage(false);
    await h.publisher.flush(); // the heads are still backing off: nothing yet
    expect(fake.messages(fake.channels.news)).toEqual([]);
    h.clock.advance(5 * 60_000);
    const report = await h.publisher.flush();

    expect(report).toMatchObject({ sent: 30, failed: 0, deferred: 0 });
    const tenInOrder = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    expect(storyNumbers(titlesIn(fake, fake.channels.news))).toEqual(tenInOrder);
    expect(storyNumbers(titlesIn(fake, fake.channels.alerts))).toEqual(tenInOrder);
    const forumPosts = [...fake.state.channels.values()].filter((c) => c.parent_id === fake.channels.forum);
    expect(storyNumbers(forumPosts.map((c) => String(c.name)))).toEqual(tenInOrder);
    expect(await h.publisher.status()).toMatchObject({ queued: 0, postsToday: 30 });
  });

  it('a 5xx after creation followed by a restart still leaves one message', async () => {
    const { fake } = await start({ rest: { timeout: 1_000, retries: 0 } });
    await h.subscribe(fake.channels.news, 'korea');
    fake.failNext('POST /channels/:id/messages', { afterCreate: 502 });
    await h.publisher.publish(makePost(1));
    await h.restart();
    h.clock.advance(5_000);
    await h.publisher.flush();
    expect(titlesIn(fake, fake.channels.news)).toHaveLength(1);
  });
});

describe('broken channels', () => {
  it('a channel that forbids the bot or is gone marks its subscription broken; the others get every post', async () => {
    const { fake } = await start();
    const doomed = fake.addChannel({ name: 'doomed' });
    const hook = fake.createWebhook(doomed.id);
    await h.subscribe(fake.channels.news, 'korea');
    await h.subscribe(fake.channels.locked, 'korea');
    await h.subscribe(fake.channels.alerts, 'korea');
    await h.subscribe(doomed.id, 'korea', { delivery: { kind: 'webhook', webhookId: hook.id, webhookToken: hook.token } });
    fake.deleteChannel(fake.channels.alerts, { silent: true });
    fake.deleteChannel(doomed.id, { silent: true });

    const first = await (async () => {
      await h.publisher.publish(makePost(1));
      return h.publisher.status();
    })();
    await h.publisher.publish(makePost(2));
    await h.publisher.publish(makePost(3));

    expect(storyNumbers(titlesIn(fake, fake.channels.news))).toEqual([1, 2, 3]);
    const byChannel = Object.fromEntries((await h.subscriptions.list()).map((s) => [s.channelId, s.broken?.reason]));
    expect(byChannel[fake.channels.news]).toBeUndefined();
    expect(byChannel[fake.channels.locked]).toMatch(/may not post in channel \d+ \(403 Missing Permissions, code 50013\)/);
    expect(byChannel[fake.channels.alerts]).toMatch(/channel \d+ no longer exists \(404 Unknown Channel, code 10003\)/);
    expect(byChannel[doomed.id]).toMatch(/webhook .* no longer exists \(404 Unknown Webhook, code 10015\)/);
    // Broken subscriptions are tried once, then left alone.
    expect(fake.requestsMatching(`POST /channels/${fake.channels.locked}/messages`)).toHaveLength(1);
    expect(fake.requestsMatching(`POST /channels/${fake.channels.alerts}/messages`)).toHaveLength(1);
    expect(first.queues.find((q) => q.subscriptionId.startsWith(fake.channels.locked))?.lastError).toContain('50013');
    expect(h.logs.filter((l) => l.message === 'discord: subscription broken; its queue was dropped')).toHaveLength(3);
  });

  it('a channel the bot can no longer see breaks with 50001 Missing Access, once; a read-only channel where the bot\'s role may post gets every post', async () => {
    const { fake } = await start();
    const hidden = fake.addChannel({ name: 'mod-only' });
    // The usual news channel: members may not write, the bot's role may (a role allow beats the @everyone deny).
    const readOnly = fake.addChannel({
      name: 'headlines',
      overwrites: [overwrite(fake.guild.id, 0, { deny: ['SendMessages'] }), overwrite(fake.guild.roles.bot.id, 0, { allow: ['SendMessages'] })],
    });
    await h.subscribe(hidden.id, 'korea');
    await h.subscribe(readOnly.id, 'korea');
    fake.setOverwrites(hidden.id, [overwrite(fake.botUser.id, 1, { deny: ['ViewChannel'] })]);

    for (const n of [1, 2]) await h.publisher.publish(makePost(n));

    expect(storyNumbers(titlesIn(fake, readOnly.id))).toEqual([1, 2]);
    expect(fake.messages(hidden.id)).toEqual([]);
    const byChannel = Object.fromEntries((await h.subscriptions.list()).map((s) => [s.channelId, s.broken?.reason]));
    expect(byChannel[readOnly.id]).toBeUndefined();
    expect(byChannel[hidden.id]).toMatch(/the bot cannot see channel \d+ \(403 Missing Access, code 50001\)/);
    expect(fake.requestsMatching(`POST /channels/${hidden.id}/messages`)).toHaveLength(1);
  });

  it('a thread a moderator archived and locked (50083, 160005) breaks its subscription once, bot or webhook; the channel goes on', async () => {
    const { fake } = await start();
    const archived = fake.state.createThread(fake.channels.news, { name: 'Live: election night' }, []);
    const locked = fake.state.createThread(fake.channels.news, { name: 'Live: the count' }, []);
    const hook = fake.createWebhook(fake.channels.news);
    await h.subscribe(fake.channels.news, 'korea');
    await h.subscribe(archived.id, 'korea', { parentChannelId: fake.channels.news });
    await h.subscribe(locked.id, 'korea', { parentChannelId: fake.channels.news, delivery: { kind: 'webhook', webhookId: hook.id, webhookToken: hook.token } });
    fake.failNext(`POST /channels/${archived.id}/messages`, { status: 400, code: 50083 }, 5);
    fake.failNext('POST /webhooks/*', { status: 400, code: 160005 }, 5);

    for (const n of [1, 2, 3]) await h.publisher.publish(makePost(n));

    expect(storyNumbers(titlesIn(fake, fake.channels.news))).toEqual([1, 2, 3]);
    const byChannel = Object.fromEntries((await h.subscriptions.list()).map((s) => [s.channelId, s.broken?.reason]));
    expect(byChannel[archived.id]).toMatch(/archived or locked \(400 Operation cannot be performed on an archived thread, code 50083\)/);
    expect(byChannel[locked.id]).toMatch(/archived or locked \(400 Thread is locked, code 160005\)/);
    expect(fake.requestsMatching(`POST /channels/${archived.id}/messages`)).toHaveLength(1);
    expect(fake.requestsMatching('POST /webhooks/*')).toHaveLength(1);
    expect(h.logs.filter((l) => l.message === 'discord: entry dropped')).toEqual([]);
  });

  it('a channel that breaks with posts queued drops them (logged) without holding up the others', async () => {
    const { fake } = await start({ postsPerMinute: 1 });
    await h.subscribe(fake.channels.news, 'korea');
    await h.subscribe(fake.channels.alerts, 'korea');
    for (const n of [1, 2, 3]) await h.publisher.publish(makePost(n));
    fake.deleteChannel(fake.channels.alerts, { silent: true });

    for (let i = 0; i < 2; i += 1) {
      h.clock.advance(60_000);
      await h.publisher.flush();
    }

    expect(storyNumbers(titlesIn(fake, fake.channels.news))).toEqual([1, 2, 3]);
    const broken = h.logs.find((l) => l.message === 'discord: subscription broken; its queue was dropped');
    expect(broken?.fields.dropped).toEqual(['publish korea:item-2', 'publish korea:item-3']);
    expect((await h.publisher.status()).queued).toBe(0);
  });
});
