// A channel subscribed to two topics that both take an item gets it once: the first subscription
// to queue it claims the item there. When that subscription goes before its post does (removed by
// /unsubscribe, or broken), the other topic's subscription posts the item instead: once, never
// zero times, and never twice across restarts and replays of the outbox. Before, the claim held
// for 30 days and the channel never got the item.
import { makeURLSearchParams, Routes } from 'discord.js';
import { afterEach, describe, expect, it } from 'vitest';
import { subscriptionId, type SubscriptionDelivery } from '../../src/control/subscriptions.ts';
import { deliveryKeys } from '../../src/discord/delivery/delivery-keys.ts';
import type { DeliveredMessage } from '../../src/discord/delivery/delivery-ledger.ts';
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

/** A harness whose news channel is subscribed to korea, then asia, both posting as the bot. */
async function koreaAndAsiaInNews(): Promise<DeliveryHarness['fake']> {
  h = await startDeliveryHarness({ rest: { timeout: 300, retries: 0 } });
  await h.subscribe(h.fake.channels.news, 'korea');
  await h.subscribe(h.fake.channels.news, 'asia');
  return h.fake;
}

/** What an earlier version wrote when `holder` claimed the item in `channelId`: the holder's id alone. */
async function storeOldClaim(channelId: string, holder: string, itemKey: string): Promise<void> {
  await h.store.set(deliveryKeys.channelItem(channelId, itemKey), holder);
}

describe("a channel's claim on an item whose subscription is gone", () => {
  it('unsubscribed before its post went out: the other topic posts the item, once, across a restart and replays', async () => {
    const fake = await koreaAndAsiaInNews();
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
    const fake = await koreaAndAsiaInNews();
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
    const fake = await koreaAndAsiaInNews();
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

describe('a claim stored by an earlier version (the holder\'s id alone, no post id)', () => {
  // The claim does not say how its holder posted: as the bot, or through the bot's webhook.
  it.each(['bot', 'webhook'] as const)("its holder's copy (posted as %s) is in the channel: the other topic records that copy as delivered and sends nothing", async (via) => {
    h = await startDeliveryHarness({ rest: { timeout: 300, retries: 0 } });
    const { fake } = h;
    const hook = fake.createWebhook(fake.channels.news);
    await h.subscribe(fake.channels.news, 'korea', via === 'webhook' ? { delivery: { kind: 'webhook', webhookId: hook.id, webhookToken: hook.token } } : {});
    await h.publisher.publish(korea);
    const [copy] = fake.messages(fake.channels.news);
    // As the earlier version left it: its claim names no post, and nothing of korea's is queued.
    await storeOldClaim(fake.channels.news, subscriptionId(fake.channels.news, 'korea'), korea.itemKey);
    await h.subscribe(fake.channels.news, 'asia');
    await h.restart();

    await h.publisher.publish(asia);
    expect(titlesIn(fake, fake.channels.news)).toEqual([korea.title]);
    expect(fake.requestsMatching('POST /channels/:id/messages')).toHaveLength(via === 'bot' ? 1 : 0);
    const recorded = await h.store.get<DeliveredMessage>(deliveryKeys.delivered(asia.id, subscriptionId(fake.channels.news, 'asia')));
    expect(recorded).toMatchObject({ messageId: copy!.id, via });
    expect((await h.publisher.status()).queued).toBe(0);
  });

  it('no copy in the channel (the earlier version crashed, or its post was refused): the other topic posts the item, once', async () => {
    const fake = await koreaAndAsiaInNews();
    await storeOldClaim(fake.channels.news, subscriptionId(fake.channels.news, 'korea'), korea.itemKey);

    await h.publisher.publish(asia);
    expect(titlesIn(fake, fake.channels.news)).toEqual([asia.title]);

    // A replay of the outbox: korea's post now finds the item posted by asia.
    await h.restart();
    await h.publisher.publish(korea);
    await h.publisher.publish(asia);
    await h.publisher.flush();
    expect(titlesIn(fake, fake.channels.news)).toEqual([asia.title]);
    expect((await h.publisher.status()).queued).toBe(0);
  });
});

describe('a take-over between subscriptions that post differently', () => {
  type Kind = 'bot' | 'webhook';
  function delivery(kind: Kind, hook: { id: string; token: string }): SubscriptionDelivery {
    return kind === 'bot' ? { kind: 'bot' } : { kind: 'webhook', webhookId: hook.id, webhookToken: hook.token };
  }
  const sendRoute = (kind: Kind) => (kind === 'bot' ? 'POST /channels/:id/messages' : 'POST /webhooks/:id/:token');

  it.each<[Kind, Kind]>([
    ['webhook', 'bot'],
    ['bot', 'webhook'],
  ])("the first (%s) made its message but lost the answer, then was unsubscribed: the second (%s) finds that message and sends nothing", async (first, second) => {
    h = await startDeliveryHarness({ rest: { timeout: 300, retries: 0 } });
    const { fake } = h;
    // One webhook per channel, made by the bot and shared by its webhook subscriptions.
    const hook = fake.createWebhook(fake.channels.news);
    await h.subscribe(fake.channels.news, 'korea', { delivery: delivery(first, hook) });
    await h.subscribe(fake.channels.news, 'asia', { delivery: delivery(second, hook) });
    fake.failNext(sendRoute(first), { afterCreate: 500 });
    await h.publisher.publish(korea);
    await h.publisher.publish(asia);
    expect(titlesIn(fake, fake.channels.news)).toEqual([korea.title]);

    await unsubscribe(subscriptionId(fake.channels.news, 'korea'));
    await h.restart();
    await h.publisher.flush();
    expect(titlesIn(fake, fake.channels.news)).toEqual([korea.title]);
    expect(fake.requestsMatching(sendRoute(second))).toHaveLength(0);
    expect((await h.publisher.status()).queued).toBe(0);
  });

  it("a copy posted through a webhook the bot does not own is not taken for the earlier holder's: the item is posted", async () => {
    const fake = await koreaAndAsiaInNews();
    // A member's own webhook (say, another feed reader) posted the same article.
    const theirs = fake.createWebhook(fake.channels.news, 'Feed Reader', { byUser: true });
    await h.client.rest.post(Routes.webhook(theirs.id, theirs.token), {
      query: makeURLSearchParams({ wait: true }),
      auth: false,
      body: { embeds: [{ title: korea.title, url: korea.url }] },
    });
    await storeOldClaim(fake.channels.news, subscriptionId(fake.channels.news, 'korea'), korea.itemKey);

    await h.publisher.publish(asia);
    expect(titlesIn(fake, fake.channels.news)).toEqual([korea.title, asia.title]);
  });
});
