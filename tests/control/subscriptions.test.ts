import { describe, expect, it } from 'vitest';
import { MemoryStore } from '../../src/adapters/memory-store.ts';
import { SubscriptionBook, subscriptionId, type Subscription } from '../../src/control/subscriptions.ts';

const sub = (channelId: string, topic = 'default'): Subscription => ({
  id: subscriptionId(channelId, topic),
  guildId: '100000000000000001',
  channelId,
  topic,
  delivery: { kind: 'bot' },
  createdAt: '2026-11-24T03:00:00.000Z',
});

describe('SubscriptionBook', () => {
  it('keeps one subscription per channel and topic, and drops broken ones from a topic\'s list', async () => {
    const book = new SubscriptionBook(new MemoryStore());
    await book.put(sub('1'));
    await book.put({ ...sub('1'), mentionRoleId: '9' });
    await book.put(sub('2'));
    await book.put(sub('3', 'other'));
    expect((await book.list()).map((s) => s.id)).toEqual(['1:default', '2:default', '3:other']);
    await book.markBroken('2:default', 'Missing Permissions', new Date('2026-11-24T04:00:00Z'));
    expect((await book.forTopic('default')).map((s) => s.channelId)).toEqual(['1']);
    expect((await book.get('2:default'))?.broken).toEqual({ reason: 'Missing Permissions', at: '2026-11-24T04:00:00.000Z' });
    expect((await book.remove('1:default'))?.mentionRoleId).toBe('9');
    expect(await book.remove('1:default')).toBeUndefined();
  });

  it('loses no change when two books on one store write at once', async () => {
    const store = new MemoryStore();
    const setup = new SubscriptionBook(store);
    for (const id of ['1', '2', '3']) await setup.put(sub(id));
    const at = new Date();
    await Promise.all([
      new SubscriptionBook(store).markBroken('1:default', 'gone', at),
      new SubscriptionBook(store).markBroken('2:default', 'forbidden', at),
      new SubscriptionBook(store).put(sub('4')),
      new SubscriptionBook(store).remove('3:default'),
    ]);
    const all = await setup.list();
    expect(all.map((s) => [s.id, s.broken?.reason])).toEqual([
      ['1:default', 'gone'],
      ['2:default', 'forbidden'],
      ['4:default', undefined],
    ]);
  });
});
