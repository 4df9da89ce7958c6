import { describe, expect, it } from 'vitest';
import { MemoryStore } from '../../src/adapters/memory-store.ts';
import { FeedSettingsBook } from '../../src/control/feed-settings.ts';
import { SubscriptionBook, subscriptionId, type Subscription } from '../../src/control/subscriptions.ts';
import { TopicSettingsBook } from '../../src/control/topic-settings.ts';

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

describe('topic and feed settings under concurrent slash commands', () => {
  it('loses no change when several commands write topic settings at once, and always moves updatedAt forward', async () => {
    const store = new MemoryStore();
    const at = new Date('2026-11-24T04:00:00.000Z');
    const first = await new TopicSettingsBook(store).update('default', (s) => void (s.tuning.threshold = 2), at);
    await Promise.all([
      new TopicSettingsBook(store).update('default', (s) => void (s.tuning.boost = { ...s.tuning.boost, rudal: 4 }), at),
      new TopicSettingsBook(store).update('default', (s) => void (s.tuning.exclude = [...(s.tuning.exclude ?? []), 'sepak bola']), at),
      new TopicSettingsBook(store).update('other', (s) => void (s.tuning.threshold = 3), at),
    ]);
    const all = await new TopicSettingsBook(store).all();
    expect(all.default?.tuning).toEqual({ threshold: 2, boost: { rudal: 4 }, exclude: ['sepak bola'] });
    expect(all.other?.tuning.threshold).toBe(3);
    // Three writes of one topic in the same millisecond: three distinct, rising stamps.
    expect(Date.parse(all.default!.updatedAt)).toBe(Date.parse(first.updatedAt) + 2);
  });

  it('a change that throws stores nothing', async () => {
    const store = new MemoryStore();
    const book = new TopicSettingsBook(store);
    await expect(book.update('x', () => { throw new Error('taken'); }, new Date())).rejects.toThrow('taken');
    expect(await book.all()).toEqual({});
  });

  it('loses no feed change when two commands write at once', async () => {
    const store = new MemoryStore();
    await Promise.all([
      new FeedSettingsBook(store).change((s) => void s.added.push({ url: 'https://a.example/rss', name: 'a', addedAt: '' })),
      new FeedSettingsBook(store).change((s) => void s.added.push({ url: 'https://b.example/rss', name: 'b', addedAt: '' })),
      new FeedSettingsBook(store).change((s) => void s.removed.push('antara')),
    ]);
    const settings = await new FeedSettingsBook(store).get();
    expect(settings.added.map((f) => f.name).sort()).toEqual(['a', 'b']);
    expect(settings.removed).toEqual(['antara']);
  });
});
