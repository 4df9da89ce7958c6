// Exactly once per story per channel across crashes. Each test loses the answer to a send that
// Discord did perform (the fake's afterCreate faults), then "restarts": a new discord.js client
// and a new publisher over the same SQLite file, which must end with one message, not two.
import { afterEach, describe, expect, it } from 'vitest';
import { deliveryKeys } from '../../src/discord/delivery/delivery-keys.ts';
import { embedOf, makePost, startDeliveryHarness, titlesIn, type DeliveryHarness, type HarnessOptions } from '../helpers/discord-delivery-harness.ts';

let h: DeliveryHarness;

// retries 0: discord.js gives up on the first lost answer, as a crashed process would.
async function start(options: HarnessOptions = {}): Promise<DeliveryHarness> {
  h = await startDeliveryHarness({ rest: { timeout: 300, retries: 0 }, ...options });
  return h;
}

afterEach(async () => {
  await h?.close();
  expect(h.fake.warnings).toEqual([]);
});

const update = makePost(1, { alsoReportedBy: [{ source: 'Reuters', title: 'Talks', url: 'https://reuters.example/talks' }] });

describe('bot messages', () => {
  it('a resend within the nonce window returns the message already made', async () => {
    const { fake } = await start();
    await h.subscribe(fake.channels.news, 'korea');
    fake.failNext('POST /channels/:id/messages', { afterCreate: 'hang' });

    await h.publisher.publish(makePost(1));
    expect(fake.messages(fake.channels.news)).toHaveLength(1);
    expect(await h.publisher.status()).toMatchObject({ queued: 1, postsToday: 0 });

    await h.restart();
    h.clock.advance(5_000); // the first backoff
    expect(await h.publisher.flush()).toMatchObject({ sent: 1, failed: 0 });

    const posts = fake.requestsMatching('POST /channels/:id/messages');
    expect(posts.map((p) => p.status)).toEqual(['hung', 200]);
    expect((posts[1]!.body as { nonce: string }).nonce).toBe((posts[0]!.body as { nonce: string }).nonce);
    const [only] = fake.messages(fake.channels.news);
    expect(fake.messages(fake.channels.news)).toHaveLength(1);

    // The adopted message is the one an update edits.
    await h.publisher.update(update, {});
    expect(fake.requestsMatching(`PATCH /channels/${fake.channels.news}/messages/${only!.id}`)).toHaveLength(1);
    expect(fake.messages(fake.channels.news)).toHaveLength(1);
  });

  it('after the nonce window the message already made is found and adopted, not sent again', async () => {
    // A fake nonce window of 0 ms: a resend would duplicate, so only the lookup can save it.
    const { fake } = await start({ fake: { nonceWindowMs: 0 } });
    await h.subscribe(fake.channels.news, 'korea');
    fake.failNext('POST /channels/:id/messages', { afterCreate: 'reset' });

    await h.publisher.publish(makePost(1));
    await h.restart();
    h.clock.advance(6 * 60_000);
    await h.publisher.flush();

    expect(fake.requestsMatching('POST /channels/:id/messages')).toHaveLength(1);
    expect(fake.requestsMatching(`GET /channels/${fake.channels.news}/messages`)).toHaveLength(1);
    expect(titlesIn(fake, fake.channels.news)).toEqual(['Story 1: talks resume in Pyongyang']);
    expect(await h.publisher.status()).toMatchObject({ queued: 0, postsToday: 1 });
  });

  it('an update that came while the answer was lost is applied to the adopted message', async () => {
    const { fake } = await start();
    await h.subscribe(fake.channels.news, 'korea');
    fake.failNext('POST /channels/:id/messages', { afterCreate: 'reset' });
    await h.publisher.publish(makePost(1));
    await h.publisher.update(update, {});

    await h.restart();
    h.clock.advance(5_000);
    await h.publisher.flush();

    const stored = fake.messages(fake.channels.news);
    expect(stored).toHaveLength(1);
    expect(embedOf(stored[0]!).fields?.[0]).toMatchObject({ name: 'Also reported by' });
  });
});

describe('webhooks and forums (no nonce)', () => {
  it('a webhook message whose answer was lost is found by lookup and adopted', async () => {
    const { fake } = await start();
    const hook = fake.createWebhook(fake.channels.news);
    await h.subscribe(fake.channels.news, 'korea', { delivery: { kind: 'webhook', webhookId: hook.id, webhookToken: hook.token } });
    // Another story by the bot itself in the same channel must not be mistaken for it.
    await h.subscribe(fake.channels.news, 'other');
    await h.publisher.publish(makePost(9, { topic: 'other' }));
    fake.failNext('POST /webhooks/:id/:token', { afterCreate: 'reset' });

    await h.publisher.publish(makePost(1));
    await h.restart();
    h.clock.advance(5_000);
    await h.publisher.flush();

    expect(fake.requestsMatching('POST /webhooks/:id/:token')).toHaveLength(1);
    const fromHook = fake.messages(fake.channels.news).filter((m) => m.webhookId === hook.id);
    expect(fromHook).toHaveLength(1);

    await h.publisher.update(update, {});
    expect(fake.requestsMatching(`PATCH /webhooks/${hook.id}/:token/messages/${fromHook[0]!.id}`)).toHaveLength(1);
  });

  it('a forum post whose answer was lost is found among the active threads and adopted', async () => {
    const { fake } = await start();
    await h.subscribe(fake.channels.forum, 'korea', { delivery: { kind: 'forum' } });
    fake.failNext('POST /channels/:id/threads', { afterCreate: 'hang' });

    await h.publisher.publish(makePost(1));
    await h.restart();
    h.clock.advance(5_000);
    await h.publisher.flush();

    expect(fake.requestsMatching(`POST /channels/${fake.channels.forum}/threads`)).toHaveLength(1);
    const threads = [...fake.state.channels.values()].filter((c) => c.parent_id === fake.channels.forum);
    expect(threads).toHaveLength(1);
    await h.publisher.update(update, {});
    expect(fake.requestsMatching(`PATCH /channels/${threads[0]!.id}/messages/${threads[0]!.id}`)).toHaveLength(1);
  });

  it('a webhook send that made nothing is sent again after the lookup finds nothing', async () => {
    const { fake } = await start();
    const hook = fake.createWebhook(fake.channels.news);
    await h.subscribe(fake.channels.news, 'korea', { delivery: { kind: 'webhook', webhookId: hook.id, webhookToken: hook.token } });
    fake.failNext('POST /webhooks/:id/:token', { reset: true }); // dropped before Discord made anything

    await h.publisher.publish(makePost(1));
    h.clock.advance(5_000);
    await h.publisher.flush();

    expect(fake.requestsMatching('POST /webhooks/:id/:token')).toHaveLength(2);
    expect(titlesIn(fake, fake.channels.news)).toEqual(['Story 1: talks resume in Pyongyang']);
  });
});

describe('a crash between the two writes that settle a delivery', () => {
  it('an entry still queued although the ledger records it delivered is settled without sending', async () => {
    const { fake } = await start();
    // A webhook subscription: no nonce to fall back on.
    const webhook = fake.createWebhook(fake.channels.news, 'Wire');
    const subscription = await h.subscribe(fake.channels.news, 'korea', { delivery: { kind: 'webhook', webhookId: webhook.id, webhookToken: webhook.token!, username: 'Newshound' } });
    fake.setOutage(true);
    await h.publisher.publish(makePost(1));
    fake.setOutage(false);
    expect(await h.publisher.status()).toMatchObject({ queued: 1 });
    // The message was made and recorded, then the process stopped before the queue was written.
    await h.store.set(deliveryKeys.delivered(makePost(1).id, subscription.id), { messageId: '1300000000000000001', channelId: fake.channels.news, via: 'webhook', deliveredAt: h.clock.now().toISOString() });
    await h.restart();
    h.clock.advance(10 * 60_000);
    await h.publisher.flush();
    expect(fake.requestsMatching('POST /webhooks/:id/:token').filter((r) => r.status === 200)).toHaveLength(0);
    expect(await h.publisher.status()).toMatchObject({ queued: 0, postsToday: 0 });
  });
});
