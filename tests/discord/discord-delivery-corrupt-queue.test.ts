// One channel's queue that is not a queue (damaged by hand, a bad migration) costs that channel
// alone, with one line naming it. Before, publish() threw on it: the pipeline's outbox kept the
// post at its head and stopped there, so no channel got anything more.
import { afterEach, describe, expect, it } from 'vitest';
import { deliveryKeys } from '../../src/discord/delivery/delivery-keys.ts';
import { makePost, startDeliveryHarness, titlesIn, type DeliveryHarness } from '../helpers/discord-delivery-harness.ts';

let h: DeliveryHarness;
afterEach(async () => {
  await h?.close();
});

describe('a corrupt queue of one channel', () => {
  it.each([['not an object', 'garbage'], ['entries not a list', { entries: 'garbage' }], ['an entry without its post', { entries: [{ kind: 'publish', version: 1 }], recentSendsAt: [] }]])(
    '%s: the other channels get the post and update, and the corrupt one is named once per attempt',
    async (_name, corrupt) => {
      h = await startDeliveryHarness({ rest: { timeout: 300, retries: 0 } });
      const { fake } = h;
      const bad = await h.subscribe(fake.channels.news, 'korea');
      await h.subscribe(fake.channels.alerts, 'korea');
      await h.store.set(deliveryKeys.queue(bad.id), corrupt);

      await h.publisher.publish(makePost(1));
      await h.publisher.update(makePost(1, { alsoReportedBy: [{ source: 'Reuters', title: 'Talks', url: 'https://reuters.example/talks' }] }), {});

      expect(titlesIn(fake, fake.channels.alerts)).toEqual(['Story 1: talks resume in Pyongyang']);
      expect(fake.requestsMatching('PATCH /channels/:id/messages/:id')).toHaveLength(1);
      const errors = h.logs.filter((l) => l.level === 'error');
      expect(errors.filter((l) => /queue is corrupt/.test(l.message)).map((l) => l.fields.subscriptionId)).toEqual([bad.id, bad.id]);
      // The corrupt value is left as it was, for whoever looks into it.
      expect(await h.store.get(deliveryKeys.queue(bad.id))).toEqual(corrupt);
    },
  );
});

describe('status with a corrupt queue', () => {
  it('shows the corrupt queue as an error and the others as they are', async () => {
    h = await startDeliveryHarness({ rest: { timeout: 300, retries: 0 } });
    const { fake } = h;
    const bad = await h.subscribe(fake.channels.news, 'korea');
    const good = await h.subscribe(fake.channels.alerts, 'korea');
    await h.store.set(deliveryKeys.queue(bad.id), { entries: 'garbage' });
    fake.setOutage(true);
    await h.publisher.publish(makePost(1));
    const status = await h.publisher.status();
    expect(status.queues.find((q) => q.subscriptionId === bad.id)).toMatchObject({ size: 0, lastError: expect.stringMatching(/is corrupt/) });
    expect(status.queues.find((q) => q.subscriptionId === good.id)).toMatchObject({ size: 1 });
  });
});
