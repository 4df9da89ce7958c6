// "Every feed failed N cycles in a row" must mean every feed. A good feed with <ttl>60</ttl>
// is polled once an hour; a broken one backs off from one minute, so at a 5-minute schedule it
// is due in cycles that poll nothing else. Those cycles counted as "every feed failed": one
// dead feed of many turned the worker (and /healthz, Docker's HEALTHCHECK) unhealthy for most
// of each hour while the other feeds were fine.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { assessHealth, newHealthRecord, recordCycleDone, type WorkerHealthRecord } from '../../src/core/health/worker-health.ts';
import { serveFeed, status } from '../helpers/feed-server.ts';
import { entry, MINUTE_MS, ON_TOPIC, rss } from './cycle-feeds.ts';
import { createHarness, type Harness, T0 } from './cycle-harness.ts';

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});
afterEach(async () => {
  await h.close();
});

describe('worker health with one broken feed among answering ones', () => {
  it('cycles that poll only the broken feed, while a good feed waits out its <ttl>, do not read "every feed failed"', async () => {
    h.server.route('/good.xml', serveFeed(rss([entry(ON_TOPIC.troopsId, 1)], { now: T0, ttlMinutes: 60 })));
    h.server.route('/broken.xml', status(503));
    const feeds = [h.feed('/good.xml'), h.feed('/broken.xml')];
    let record: WorkerHealthRecord = newHealthRecord(1, h.clock.now(), 5 * MINUTE_MS);
    const outcomes: string[][] = [];
    for (let cycle = 0; cycle < 6; cycle++) {
      const report = await h.run(feeds);
      outcomes.push(report.feeds.map((f) => `${f.name}:${f.outcome}`).sort());
      record = recordCycleDone({ ...record, at: h.clock.now().toISOString() }, h.clock.now(), report.feeds);
      h.clock.advance(5 * MINUTE_MS);
    }
    // The scenario: the good feed is polled once, then only the broken one is due.
    expect(outcomes.slice(1).some((o) => o.some((x) => x.endsWith(':not-due')) && o.some((x) => x.endsWith(':failed')))).toBe(true);
    expect(record.allFeedsFailedCycles).toBe(0);
    expect(assessHealth(record, new Date(Date.parse(record.at))).problems).toEqual([]);
  });

  it('still unhealthy when the feeds not due are failing too (every feed is down)', () => {
    let record = newHealthRecord(1, T0, 5 * MINUTE_MS);
    const failed = { outcome: 'failed', error: 'fetcher: HTTP 503' };
    const waitingAfterFailure = { outcome: 'not-due', lastPollOk: false };
    for (let i = 0; i < 3; i++) record = recordCycleDone({ ...record, at: T0.toISOString() }, T0, [failed, waitingAfterFailure]);
    expect(record.allFeedsFailedCycles).toBe(3);
    expect(assessHealth(record, T0).problems).toEqual(['every feed failed in the last 3 cycles; the last error: fetcher: HTTP 503']);
  });
});
