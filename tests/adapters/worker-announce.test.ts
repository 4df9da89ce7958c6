import { describe, expect, it } from 'vitest';
import { MemoryStore } from '../../src/adapters/memory-store.ts';
import { announceWorker, redactStateUrl, warnUnsubscribedStories } from '../../src/adapters/worker-announce.ts';
import { SubscriptionBook, subscriptionId } from '../../src/control/subscriptions.ts';
import type { ItemDecision } from '../../src/core/model.ts';
import type { Logger } from '../../src/ports.ts';

// The start-up line (where state lives, where posts go) and the warning for stories that no
// channel will receive: with a Discord token and no subscription they are recorded and go nowhere.

function capture(): Logger & { lines: Array<{ level: string; msg: string }> } {
  const lines: Array<{ level: string; msg: string }> = [];
  const at = (level: string) => (_fields: object, msg: string) => void lines.push({ level, msg });
  return { lines, debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

function worker(options: { discord: boolean; url?: string }) {
  const logger = capture();
  const store = new MemoryStore();
  return {
    logger,
    store,
    config: { state: { url: options.url ?? 'sqlite:///srv/newshound/state/newshound.sqlite', namespace: 'newshound' } },
    sources: { configuredTopics: ['default', 'economy'] },
    ...(options.discord ? { discord: {} } : {}),
  };
}

const subscribe = (store: MemoryStore, channelId: string, topic: string) =>
  new SubscriptionBook(store).put({ id: subscriptionId(channelId, topic), guildId: '100000000000000001', channelId, topic, delivery: { kind: 'bot' }, createdAt: '2026-12-01T00:00:00Z' });

const queued = (topic: string): ItemDecision => ({ itemKey: `k-${topic}`, feedId: 'f', title: 't', kind: 'queued', topic, reason: 'matched' });

describe('announceWorker', () => {
  it('without a token: state and "printed on stdout", no warning', async () => {
    const w = worker({ discord: false });
    const line = await announceWorker(w, { heartbeatFile: '/srv/newshound/state/heartbeat.json' });
    expect(line).toMatch(/^newshound \d+\.\d+\.\d+: state in sqlite:\/\/\/srv\/newshound\/state\/newshound\.sqlite \(namespace newshound\); posts printed on stdout \(no Discord token\); heartbeat \/srv\/newshound\/state\/heartbeat\.json$/);
    expect(w.logger.lines).toEqual([{ level: 'info', msg: line }]);
  });

  it('with a token and no subscription: posts go to 0 channels, and each topic is warned about', async () => {
    const w = worker({ discord: true });
    expect(await announceWorker(w)).toMatch(/; posts to Discord: 0 subscribed channels$/);
    expect(w.logger.lines.filter((l) => l.level === 'warn').map((l) => l.msg)).toEqual([
      'no Discord channel is subscribed to topic "default": its stories will be recorded and posted nowhere (subscribe a channel with /subscribe)',
      'no Discord channel is subscribed to topic "economy": its stories will be recorded and posted nowhere (subscribe a channel with /subscribe)',
    ]);
  });

  it('with a subscription for one topic: only the other is warned about', async () => {
    const w = worker({ discord: true });
    await subscribe(w.store, '200000000000000001', 'default');
    expect(await announceWorker(w)).toMatch(/; posts to Discord: 1 subscribed channel$/);
    expect(w.logger.lines.filter((l) => l.level === 'warn').map((l) => l.msg)).toEqual([expect.stringContaining('topic "economy"')]);
  });

  it('a Redis password is never shown', () => {
    expect(redactStateUrl('redis://user:s3cret@redis.internal:6379/0')).toBe('redis://user:***@redis.internal:6379/0');
    expect(redactStateUrl('rediss://:s3cret@redis.internal:6380')).toBe('rediss://:***@redis.internal:6380');
    expect(redactStateUrl('redis://redis.internal:6379')).toBe('redis://redis.internal:6379');
    // An '@' in the password (a URL parser and the Redis client split at the last one): the tail after the first '@' showed.
    expect(redactStateUrl('redis://user:se@cr@et@redis.internal:6379/0')).toBe('redis://user:***@redis.internal:6379/0');
    expect(redactStateUrl('redis://:se@cret@redis.internal:6379')).toBe('redis://:***@redis.internal:6379');
  });
});

describe('warnUnsubscribedStories', () => {
  it('with a token: warns about the stories queued this cycle for a topic no channel takes', async () => {
    const w = worker({ discord: true });
    await subscribe(w.store, '200000000000000001', 'default');
    await warnUnsubscribedStories(w, { decisions: [queued('default'), queued('economy'), queued('economy'), { ...queued('economy'), kind: 'off-topic' }] });
    expect(w.logger.lines).toEqual([{ level: 'warn', msg: '2 new stories of topic "economy" went to no channel: none is subscribed to it (subscribe one with /subscribe)' }]);
  });

  it('without a token (posts printed) says nothing', async () => {
    const w = worker({ discord: false });
    await warnUnsubscribedStories(w, { decisions: [queued('default')] });
    expect(w.logger.lines).toEqual([]);
  });
});
