// The worker's health tells a Discord that takes nothing: while every send fails, cycles still
// complete and feeds answer, so by those rules the worker read healthy for as long as the outage
// lasted. Now deliveries failing with none succeeding for longer than the bound cycles have
// (3 schedule intervals) make it unhealthy, with the last error, and the first post delivered
// makes it healthy again. Real discord.js against the fake Discord; time is simulated.
import { afterEach, describe, expect, it } from 'vitest';
import { HealthTracker } from '../../src/adapters/health-tracker.ts';
import type { CycleReport } from '../../src/pipeline/cycle-report.ts';
import type { Logger } from '../../src/ports.ts';
import { makePost, startDeliveryHarness, type DeliveryHarness } from '../helpers/discord-delivery-harness.ts';
import { tempDir } from '../pipeline/cycle-harness.ts';

const quiet: Logger = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };
const MIN = 60_000;
const dir = tempDir();
let h: DeliveryHarness;
afterEach(async () => {
  await h?.close();
});

function cycle(h: DeliveryHarness): CycleReport {
  const at = h.clock.now().toISOString();
  return {
    startedAt: at,
    finishedAt: at,
    feeds: [{ feedId: 'a', name: 'Kabar', outcome: 'updated', items: 1 }],
    decisions: [],
    decisionCounts: { queued: 1, 'same-story': 0, baseline: 0, duplicate: 0, 'too-old': 0, 'off-topic': 0 },
    published: 1,
    publishFailures: 0,
    outboxSize: 0,
  };
}

describe('health while Discord refuses every send', () => {
  it('healthy at first, unhealthy once sends have failed for 3 schedule intervals, healthy again after a delivery', async () => {
    h = await startDeliveryHarness({ rest: { timeout: 1_000, retries: 0 } });
    const health = new HealthTracker({ file: `${dir.path}/heartbeat.json`, schedule: '*/5 * * * *', timezone: 'UTC', logger: quiet, now: () => h.clock.now(), monotonic: () => h.clock.now().getTime() });
    // As the worker wires it (main.ts): every flush, background ones too, reaches the tracker.
    health.watchDeliveries(h.publisher);
    await h.subscribe(h.fake.channels.news, 'korea');
    h.fake.setOutage(true);

    // A cycle every 5 minutes for 20 minutes; each queues a post and the flushes all fail.
    for (let n = 1; n <= 5; n += 1) {
      await health.track(async () => {
        await h.publisher.publish(makePost(n));
        return cycle(h);
      });
      if (n === 1) expect(health.verdict().healthy).toBe(true);
      h.clock.advance(5 * MIN);
      await h.publisher.flush();
    }
    const verdict = health.verdict();
    expect(verdict.healthy).toBe(false);
    expect(verdict.problems).toEqual([expect.stringMatching(/^no post delivered for 25 min: every send failed since \S+ \(3 schedule intervals are 15 min\); last error: 503 Service Unavailable/)]);

    h.fake.setOutage(false);
    h.clock.advance(5 * MIN);
    await h.publisher.flush();
    expect(health.verdict()).toMatchObject({ healthy: true, problems: [] });
  });
});

// One channel failing every send while another delivers was invisible to health (delivery as a
// whole succeeded). Now it is a warning after the same bound, and the worker stays healthy: the
// other channels get their posts, and a restart would not mend the channel.
describe('health while one channel fails and another delivers', () => {
  async function worker(h: DeliveryHarness): Promise<HealthTracker> {
    const health = new HealthTracker({ file: `${dir.path}/heartbeat-${Math.random()}.json`, schedule: '*/5 * * * *', timezone: 'UTC', logger: quiet, now: () => h.clock.now(), monotonic: () => h.clock.now().getTime() });
    health.watchDeliveries(h.publisher);
    return health;
  }
  async function cycles(h: DeliveryHarness, health: HealthTracker, from: number, to: number): Promise<void> {
    for (let n = from; n <= to; n += 1) {
      await health.track(async () => {
        await h.publisher.publish(makePost(n));
        return cycle(h);
      });
      h.clock.advance(5 * MIN);
      await h.publisher.flush();
    }
  }

  it('Discord answering 503 in one channel: a warning after 3 schedule intervals, healthy throughout; gone after a delivery there', async () => {
    h = await startDeliveryHarness({ rest: { timeout: 1_000, retries: 0 } });
    const health = await worker(h);
    await h.subscribe(h.fake.channels.news, 'korea');
    await h.subscribe(h.fake.channels.alerts, 'korea');
    h.fake.failNext(`POST /channels/${h.fake.channels.alerts}/messages`, { status: 503 }, 100);

    await cycles(h, health, 1, 2);
    expect(health.verdict()).toMatchObject({ healthy: true, warnings: [] });
    await cycles(h, health, 3, 5);
    const verdict = health.verdict();
    expect(verdict).toMatchObject({ healthy: true, problems: [] });
    expect(verdict.warnings).toEqual([expect.stringMatching(new RegExp(`^channel ${h.fake.channels.alerts}: every send failed since \\S+ \\(\\d+ intervals\\): 503 `))]);

    h.fake.clearFaults();
    h.clock.advance(5 * MIN);
    await h.publisher.flush();
    expect(health.verdict()).toMatchObject({ healthy: true, warnings: [] });
  });

  it('a channel that forbids the bot (broken): a warning until it is unsubscribed', async () => {
    h = await startDeliveryHarness({ rest: { timeout: 1_000, retries: 0 } });
    const health = await worker(h);
    await h.subscribe(h.fake.channels.news, 'korea');
    const locked = await h.subscribe(h.fake.channels.locked, 'korea');

    await cycles(h, health, 1, 5);
    const verdict = health.verdict();
    expect(verdict).toMatchObject({ healthy: true, problems: [] });
    expect(verdict.warnings).toEqual([expect.stringMatching(new RegExp(`^channel ${h.fake.channels.locked}: every send failed since \\S+ \\(5 intervals\\): the bot may not post in channel ${h.fake.channels.locked}`))]);

    await h.subscriptions.remove(locked.id);
    await cycles(h, health, 6, 6);
    expect(health.verdict()).toMatchObject({ healthy: true, warnings: [] });
  });
});
