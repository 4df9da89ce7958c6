// /status and /preview read what the worker wrote to the store: the last cycle report, the
// outbox, feed states, recent decisions and subscriptions' broken marks.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { feedId } from '../../src/config/load-config.ts';
import { subscriptionId } from '../../src/control/subscriptions.ts';
import type { ItemDecision } from '../../src/core/model.ts';
import type { CycleReport } from '../../src/pipeline/cycle-report.ts';
import type { OutboxEntry } from '../../src/pipeline/outbox.ts';
import { stateKeys, type FeedState } from '../../src/pipeline/state-keys.ts';
import { CHANNEL_ID, ORDINARY_MEMBER, startCommandsHarness, type CommandsHarness } from '../helpers/discord-commands-harness.ts';

const WIRE_WORLD = feedId('Wire World', 'https://wire.example/world.xml');
const DAILY_PLANET = feedId('Daily Planet', 'https://planet.example/rss');
const member = { memberPermissions: ORDINARY_MEMBER };

let h: CommandsHarness;
let delivery: { queued: number; postsToday: number } | undefined;
beforeEach(async () => {
  delivery = undefined;
  h = await startCommandsHarness({ deliveryStatus: () => delivery ?? { queued: 0, postsToday: 0 } });
});
afterEach(async () => {
  await h.close();
});

const fields = (reply: Awaited<ReturnType<CommandsHarness['run']>>) => Object.fromEntries((reply.embeds?.[0]?.fields ?? []).map((f) => [f.name, f.value]));

describe('/status', () => {
  it('says no cycle has run on a fresh store', async () => {
    const reply = await h.run('status', {}, member);
    expect(reply.content).toBe('No cycle has run yet.');
    expect(fields(reply)).toMatchObject({ 'Last cycle': 'none yet', 'Failing feeds (0 of 2)': 'none', 'Broken subscriptions (0)': 'none' });
  });

  it('reports the last cycle, items seen, posts today, the outbox, failing feeds and broken subscriptions', async () => {
    const report: CycleReport = {
      startedAt: '2025-03-10T05:55:00Z',
      finishedAt: '2025-03-10T05:55:20Z',
      feeds: [
        { feedId: WIRE_WORLD, name: 'Wire World', outcome: 'updated', items: 30 },
        { feedId: DAILY_PLANET, name: 'Daily Planet', outcome: 'failed', items: 0, error: 'HTTP 503' },
      ],
      decisions: [],
      decisionCounts: { queued: 2, 'same-story': 1, baseline: 0, duplicate: 25, 'too-old': 0, 'off-topic': 2 },
      published: 2,
      publishFailures: 0,
      outboxSize: 1,
    };
    await h.store.set(stateKeys.lastCycle, report);
    const waiting = { post: { id: 'default:x', topic: 'default' }, enqueuedAt: '2025-03-10T05:55:10Z', attempts: 2, lastError: 'publisher: 503' } as unknown as OutboxEntry;
    await h.store.set(stateKeys.outbox, [waiting]);
    const failing: FeedState = { initialized: true, presentKeys: [], health: { status: 'failing', consecutiveFailures: 6, lastError: 'fetcher: GET https://planet.example/rss: HTTP 503' } };
    await h.store.set(stateKeys.feed(DAILY_PLANET), failing);
    await h.run('subscribe', { topic: 'default' });
    await h.context.subscriptions.markBroken(subscriptionId(CHANNEL_ID, 'default'), 'Missing Access', new Date('2025-03-10T05:00:00Z'));
    delivery = { queued: 3, postsToday: 17 };

    const reply = await h.run('status', {}, member);

    expect(reply.content).toBe('Last cycle finished <t:1741586120:R>.');
    expect(fields(reply)).toEqual({
      'Last cycle': '<t:1741586100:f> → <t:1741586120:R> · 2 feeds polled, 1 failed · 2 published',
      'Items seen': '30 in the last cycle: 2 queued, 1 same-story, 25 duplicate, 2 off-topic',
      'Posts sent today': '17',
      'Waiting to be posted': '1 post in the outbox, 3 in channel queues (last error: publisher: 503)',
      'Failing feeds (1 of 2)': '• **Daily Planet**: 6 failures, last: fetcher: GET https://planet.example/rss: HTTP 503',
      'Broken subscriptions (1)': `• <#${CHANNEL_ID}> \`default\`: Missing Access (<t:1741582800:R>)`,
    });
  });

  it('says when Discord delivery is not running', async () => {
    const bare = await startCommandsHarness();
    try {
      expect(fields(await bare.run('status'))['Posts sent today']).toBe('unknown: Discord delivery is not running');
    } finally {
      await bare.close();
    }
  });
});

describe('/preview', () => {
  const decision = (n: number, kind: ItemDecision['kind'], extra: Partial<ItemDecision> = {}, at = '2025-03-10T05:00:00Z') => ({
    itemKey: `https://wire.example/${n}`,
    feedId: WIRE_WORLD,
    title: `Story ${n}`,
    kind,
    reason: `reason ${n}`,
    at,
    ...extra,
  });

  beforeEach(async () => {
    await h.context.topics.update('starship', (s) => void (s.seeds = [{ name: 'a', seed: { title: 'a', body: 'b', removed: [] } }]), new Date());
    await h.store.set(stateKeys.recentDecisions, [
      decision(1, 'baseline', { reason: 'first poll of this feed: recorded, not posted' }, '2025-03-10T04:00:00Z'),
      decision(2, 'duplicate', { reason: 'already seen' }),
      decision(3, 'too-old', { reason: 'published 2025-03-07T00:00:00Z, older than 48 h' }),
      decision(4, 'off-topic', { topic: 'default', score: 0.3, reason: 'score 0.3 below threshold 0.8' }),
      decision(5, 'queued', { topic: 'default', score: 2.1 }),
      decision(6, 'same-story', { topic: 'default', reason: 'near-duplicate of story s1' }),
      decision(7, 'queued', { topic: 'starship', score: 4, feedId: 'elsewhere' }),
      decision(8, 'off-topic', { topic: 'starship', score: 0.1, reason: 'missing concept: core' }),
    ]);
  });

  it('lists the latest items of the topic, newest first, with why each was or was not posted', async () => {
    const reply = await h.run('preview', { topic: 'default' }, member);

    expect(reply.content).toBe('The last 7 items for `default`, newest first, and why each was or was not posted.');
    const lines = reply.embeds?.[0]?.description?.split('\n') ?? [];
    expect(lines.filter((_, i) => i % 2 === 1).map((l) => l.trim())).toEqual([
      'off-topic (closest topic `starship`, score 0.1)',
      'same story as an earlier post: added to it as another report (near-duplicate of story s1)',
      'queued for posting (score 2.1)',
      'off-topic, score 0.3: score 0.3 below threshold 0.8',
      'too old: published 2025-03-07T00:00:00Z, older than 48 h',
      'duplicate: already seen',
      'first-run baseline: recorded when its feed was first polled, not posted',
    ]);
    expect(lines[0]).toBe('🚫 **Story 8** · Wire World · <t:1741582800:R>');
  });

  it('takes a count, and checks it', async () => {
    const reply = await h.run('preview', { topic: 'starship', count: 2 });
    expect(reply.embeds?.[0]?.description).toContain('**Story 7** · elsewhere');
    expect(reply.embeds?.[0]?.description?.match(/\*\*Story/g)).toHaveLength(2);

    expect((await h.run('preview', { topic: 'default', count: 0 })).content).toBe('`count` must be between 1 and 20; got 0.');
    expect((await h.run('preview', { topic: 'default', count: 2.5 })).content).toBe('`count` must be a whole number.');
    expect((await h.run('preview', { topic: 'nope' })).content).toContain('There is no topic `nope`');
  });

  it('says so when nothing was decided yet', async () => {
    await h.store.delete(stateKeys.recentDecisions);
    expect((await h.run('preview', { topic: 'default' })).content).toBe('No items decided for `default` yet: decisions are recorded as its feeds are polled.');
  });
});
