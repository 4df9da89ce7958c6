// A channel subscribed to two topics that both take an item gets it once: the first subscription
// to queue it claims the item there. When that subscription goes before its post does (removed by
// /unsubscribe, or broken), the other topic's subscription posts the item instead: once, never
// zero times, and never twice across restarts and replays of the outbox. Before, the claim held
// for 30 days and the channel never got the item.
import { afterEach, describe, expect, it } from 'vitest';
import { subscriptionId } from '../../src/control/subscriptions.ts';
import { DeliveryQueues } from '../../src/discord/delivery/delivery-queue.ts';
import { makePost, startDeliveryHarness, titlesIn, type DeliveryHarness } from '../helpers/discord-delivery-harness.ts';

let h: DeliveryHarness;
afterEach(async () => {
  await h?.close();
});

const korea = makePost(1);
const asia = makePost(1, { topic: 'asia', id: 'asia:story:story:item-1', storyId: 'story:item-1', title: 'Asia desk: talks resume' });

/** What /unsubscribe does: the subscription and the posts still queued for it go. */
async function unsubscribe(id: string): Promise<void> {
  await h.subscriptions.remove(id);
  await new DeliveryQueues(h.store).clear(id);
}

describe("a channel's claim on an item whose subscription is gone", () => {
  it('unsubscribed before its post went out: the other topic posts the item, once, across a restart and replays', async () => {
    h = await startDeliveryHarness({ rest: { timeout: 300, retries: 0 } });
    const { fake } = h;
    await h.subscribe(fake.channels.news, 'korea');
    await h.subscribe(fake.channels.news, 'asia');
    // korea's send fails and waits for its backoff: its claim is still waiting to be used.
    fake.failNext('POST /channels/:id/messages', { status: 500 });
    await h.publisher.publish(korea);
    await h.publisher.publish(asia);
    expect(titlesIn(fake, fake.channels.news)).toEqual([]);

    await unsubscribe(subscriptionId(fake.channels.news, 'korea'));
    await h.publisher.flush();
    expect(titlesIn(fake, fake.channels.news)).toEqual([asia.title]);

    await h.restart();
    h.clock.advance(10 * 60_000);
    await h.publisher.publish(asia);
    await h.publisher.publish(korea);
    await h.publisher.flush();
    expect(titlesIn(fake, fake.channels.news)).toEqual([asia.title]);
  });

  it('unsubscribed after a send whose answer was lost: the other topic finds that message and adopts it, sending nothing', async () => {
    h = await startDeliveryHarness({ rest: { timeout: 300, retries: 0 } });
    const { fake } = h;
    await h.subscribe(fake.channels.news, 'korea');
    await h.subscribe(fake.channels.news, 'asia');
    fake.failNext('POST /channels/:id/messages', { afterCreate: 500 });
    await h.publisher.publish(korea);
    await h.publisher.publish(asia);
    await unsubscribe(subscriptionId(fake.channels.news, 'korea'));
    await h.publisher.flush();
    expect(titlesIn(fake, fake.channels.news)).toEqual([korea.title]);
    expect(fake.requestsMatching('POST /channels/:id/messages')).toHaveLength(1);
  });

  it('broken before its post went out (its webhook deleted): the other topic posts the item, once', async () => {
    h = await startDeliveryHarness({ rest: { timeout: 300, retries: 0 } });
    const { fake } = h;
    const hook = fake.createWebhook(fake.channels.news);
    await h.subscribe(fake.channels.news, 'korea', { delivery: { kind: 'webhook', webhookId: hook.id, webhookToken: hook.token } });
    await h.subscribe(fake.channels.news, 'asia');
    fake.failNext('POST /webhooks/*', { status: 404, code: 10015 });
    await h.publisher.publish(korea);
    expect((await h.subscriptions.get(subscriptionId(fake.channels.news, 'korea')))?.broken).toBeDefined();
    await h.publisher.publish(asia);
    await h.restart();
    await h.publisher.publish(asia);
    await h.publisher.flush();
    expect(titlesIn(fake, fake.channels.news)).toEqual([asia.title]);
  });

  it('still live: the other topic waits for it, then leaves the item to it, without holding up its own next post', async () => {
    h = await startDeliveryHarness({ rest: { timeout: 300, retries: 0 } });
    const { fake } = h;
    await h.subscribe(fake.channels.news, 'korea');
    await h.subscribe(fake.channels.news, 'asia');
    fake.failNext('POST /channels/:id/messages', { status: 500 });
    await h.publisher.publish(korea);
    await h.publisher.publish(asia);
    const next = makePost(2, { topic: 'asia', id: 'asia:story:item-2' });
    await h.publisher.publish(next);
    expect(titlesIn(fake, fake.channels.news)).toEqual([next.title]);

    await h.restart();
    h.clock.advance(10 * 60_000);
    await h.publisher.flush();
    expect(titlesIn(fake, fake.channels.news)).toEqual([next.title, korea.title]);
    // The queues drain side by side: asia's stand-in sees korea's post delivered by the next round at the latest.
    await h.publisher.flush();
    expect((await h.publisher.status()).queued).toBe(0);
    expect(h.logs.filter((l) => l.message === 'discord: the channel gets this item through another topic')).toHaveLength(1);
  });
});
