// A channel subscribed to two topics that both take an item gets one message of it, not two:
// "a story is posted once per channel". Before, each topic's subscription queued its own post of
// the item (different post ids, different nonces), so the channel showed the article twice; and a
// second topic's send whose first attempt made nothing, looked up after a restart by the article's
// link, adopted the first topic's message and later edited it with the other story's text.
import { afterEach, describe, expect, it } from 'vitest';
import { makePost, startDeliveryHarness, titlesIn, type DeliveryHarness } from '../helpers/discord-delivery-harness.ts';

let h: DeliveryHarness;
afterEach(async () => {
  await h?.close();
  expect(h.fake.warnings).toEqual([]);
});

const korea = makePost(1);
const asia = makePost(1, { topic: 'asia', id: 'asia:story:story:item-1', storyId: 'story:item-1' });

describe('one item, two topics, one channel', () => {
  it('is posted once in the shared channel and once in a channel of its own', async () => {
    h = await startDeliveryHarness({ rest: { timeout: 300, retries: 0 } });
    const { fake } = h;
    await h.subscribe(fake.channels.news, 'korea');
    await h.subscribe(fake.channels.news, 'asia');
    await h.subscribe(fake.channels.alerts, 'asia');
    await h.publisher.publish(korea);
    await h.publisher.publish(asia);
    // The outbox replays both after a crash: still once.
    await h.restart();
    await h.publisher.publish(asia);
    await h.publisher.publish(korea);
    expect(titlesIn(fake, fake.channels.news)).toEqual([korea.title]);
    expect(titlesIn(fake, fake.channels.alerts)).toEqual([asia.title]);
  });

  it("a later update of the other topic's story does not edit the channel's message", async () => {
    h = await startDeliveryHarness({ rest: { timeout: 300, retries: 0 } });
    const { fake } = h;
    await h.subscribe(fake.channels.news, 'korea');
    await h.subscribe(fake.channels.news, 'asia');
    await h.publisher.publish(korea);
    // The second topic's first attempt would have made nothing; after the nonce window a lookup by link ran.
    fake.failNext('POST /channels/:id/messages', { hang: true });
    await h.publisher.publish(asia);
    await h.restart();
    h.clock.advance(10 * 60_000);
    await h.publisher.flush();
    await h.publisher.update({ ...asia, title: 'Asia desk: talks resume', alsoReportedBy: [{ source: 'Reuters', title: 'Talks', url: 'https://reuters.example/talks' }] }, {});
    expect(titlesIn(fake, fake.channels.news)).toEqual([korea.title]);
    expect(fake.requestsMatching('PATCH /channels/:id/messages/:id')).toHaveLength(0);
  });
});
