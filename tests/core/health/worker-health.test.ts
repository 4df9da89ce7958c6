import { describe, expect, it } from 'vitest';
import {
  assessHealth,
  newHealthRecord,
  parseHealthRecord,
  recordCycleDone,
  recordCycleFailed,
  recordDeliveries,
  recordWriteFailed,
  MAX_CHANNELS_TRACKED,
  type WorkerHealthRecord,
} from '../../../src/core/health/worker-health.ts';

const T0 = new Date('2026-12-01T00:00:00Z');
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);
const FIVE_MIN = 300_000;
const failed = { outcome: 'failed', error: 'fetcher: GET http://x/: HTTP 503' };
const updated = { outcome: 'updated' };
const notDue = { outcome: 'not-due' };

function cycles(record: WorkerHealthRecord, feeds: Array<Array<{ outcome: string; error?: string }>>, startMinute = 0): WorkerHealthRecord {
  return feeds.reduce((r, f, i) => recordCycleDone({ ...r, at: at(startMinute + 5 * i).toISOString() }, at(startMinute + 5 * i), f), record);
}

describe('assessHealth', () => {
  const start = newHealthRecord(42, T0, FIVE_MIN);

  it('a worker just started is healthy', () => {
    expect(assessHealth(start, at(0.5))).toMatchObject({ live: true, healthy: true, problems: [] });
  });

  it('a stale heartbeat is neither live nor healthy', () => {
    const verdict = assessHealth(start, at(2));
    expect(verdict.live).toBe(false);
    expect(verdict.problems[0]).toBe('last heartbeat 120 s ago (pid 42)');
  });

  it('no cycle completed for three schedule intervals: unhealthy, though the heartbeat is fresh', () => {
    const record = { ...cycles(start, [[updated]]), at: at(16).toISOString() };
    expect(assessHealth(record, at(15)).healthy).toBe(true);
    const verdict = assessHealth(record, at(16));
    expect(verdict.live).toBe(true);
    expect(verdict.problems).toEqual(['no cycle completed for 16 min (3 schedule intervals are 15 min)']);
  });

  it.each([
    [2, true],
    [3, false],
  ])('every feed failed in %i cycles in a row: healthy %s', (n, healthy) => {
    const record = cycles(start, Array.from({ length: n }, () => [failed, failed]));
    expect(assessHealth(record, at(5 * (n - 1))).healthy).toBe(healthy);
    if (!healthy) expect(assessHealth(record, at(10)).problems).toEqual(['every feed failed in the last 3 cycles; the last error: fetcher: GET http://x/: HTTP 503']);
  });

  it('one feed answering resets the count; cycles that polled nothing leave it as it is', () => {
    expect(cycles(start, [[failed], [failed], [failed, updated]]).allFeedsFailedCycles).toBe(0);
    expect(cycles(start, [[failed], [notDue], [failed], [notDue], [failed]]).allFeedsFailedCycles).toBe(3);
  });

  it('cycles failing outright (the store down), then a write fault, each count', () => {
    let record = start;
    for (let i = 0; i < 3; i++) record = recordCycleFailed(record, 'state: Redis refused', false);
    expect(assessHealth({ ...record, at: at(1).toISOString() }, at(1)).problems).toEqual(['the last 3 cycles failed: state: Redis refused']);
    expect(record.writeFailures).toBe(0);
  });

  it('three failed writes in a row: unhealthy; a completed cycle clears them', () => {
    let record = recordCycleFailed(start, 'state: SQLITE_FULL: database or disk is full', true);
    record = recordWriteFailed(recordWriteFailed(record, 'heartbeat: ENOSPC'), 'heartbeat: ENOSPC');
    expect(assessHealth(record, at(0)).problems).toContain('3 writes failed in a row (disk full or read-only?): heartbeat: ENOSPC');
    expect(recordCycleDone(record, at(1), [updated])).toMatchObject({ writeFailures: 0, failedCycles: 0 });
  });
});

// One channel failing every send while the others deliver was invisible: delivery as a whole
// succeeded, so health said healthy. It is a warning (the worker does its job for the other
// channels; a restart mends no channel), by the same bound as the all-channels rule.
describe('a channel failing alone', () => {
  const start = newHealthRecord(42, T0, FIVE_MIN);
  const refused = '503 Service Unavailable, code 0';
  const ok = { delivered: 1, failed: 0 };
  const bad = { delivered: 0, failed: 1, lastError: refused };
  type Channels = Record<string, { delivered: number; failed: number; lastError?: string }>;
  // A flush every 5 minutes from minute 0: channel A fails each time, B delivers each time.
  function rounds(record: WorkerHealthRecord, n: number, channels: (i: number) => Channels, startMinute = 0): WorkerHealthRecord {
    let r = record;
    for (let i = 0; i < n; i++) {
      const round = channels(i);
      const delivered = Object.values(round).reduce((sum, c) => sum + c.delivered, 0);
      const failed = Object.values(round).reduce((sum, c) => sum + c.failed, 0);
      r = recordDeliveries(r, at(startMinute + 5 * i), { delivered, failed, lastError: refused, channels: round, subscribed: ['A', 'B'] });
    }
    return { ...r, at: at(startMinute + 5 * (n - 1)).toISOString(), lastCycleAt: at(startMinute + 5 * (n - 1)).toISOString() };
  }

  it('failing for 3 schedule intervals while another channel delivers: a warning, still healthy', () => {
    const record = rounds(start, 5, () => ({ A: bad, B: ok }));
    expect(assessHealth({ ...record, at: at(15).toISOString(), lastCycleAt: at(15).toISOString() }, at(15)).warnings).toEqual([]);
    const verdict = assessHealth({ ...record, at: at(16).toISOString(), lastCycleAt: at(16).toISOString() }, at(16));
    expect(verdict).toMatchObject({ healthy: true, problems: [] });
    expect(verdict.warnings).toEqual([`channel A: every send failed since ${T0.toISOString()} (3 intervals): ${refused}`]);
  });

  it('rounds with nothing due in the channel (its backoff) leave it failing; one delivery ends it', () => {
    let record = rounds(start, 5, (i): Channels => (i === 0 ? { A: bad, B: ok } : { B: ok }));
    expect(record.channelsFailing).toEqual([{ channelId: 'A', since: T0.toISOString(), lastError: refused }]);
    expect(assessHealth(record, at(20)).warnings).toHaveLength(1);
    record = rounds(record, 1, () => ({ A: ok }), 25);
    expect(record.channelsFailing).toBeUndefined();
    expect(assessHealth(record, at(25)).warnings).toEqual([]);
  });

  it('every channel failing: the all-channels unhealthy reason, not only warnings', () => {
    const record = rounds(start, 5, () => ({ A: bad, B: bad }));
    const verdict = assessHealth(record, at(20));
    expect(verdict.healthy).toBe(false);
    expect(verdict.problems).toEqual([`no post delivered for 20 min: every send failed since ${T0.toISOString()} (3 schedule intervals are 15 min); last error: ${refused}`]);
    expect(verdict.warnings).toEqual([]);
  });

  it('a channel no longer subscribed is dropped; at most MAX_CHANNELS_TRACKED are kept', () => {
    const record = rounds(start, 1, () => ({ A: bad, B: ok }));
    expect(recordDeliveries(record, at(5), { delivered: 1, failed: 0, channels: { B: ok }, subscribed: ['B'] }).channelsFailing).toBeUndefined();
    const many = Object.fromEntries(Array.from({ length: MAX_CHANNELS_TRACKED + 10 }, (_, i) => [`c${i}`, bad]));
    const tracked = recordDeliveries(start, at(0), { delivered: 0, failed: MAX_CHANNELS_TRACKED + 10, channels: many });
    expect(tracked.channelsFailing).toHaveLength(MAX_CHANNELS_TRACKED);
  });
});

describe('parseHealthRecord', () => {
  it('reads a heartbeat written before channels were tracked: no channel warnings, the rules as before', () => {
    const old = { pid: 7, at: at(20).toISOString(), startedAt: T0.toISOString(), cycleIntervalMs: FIVE_MIN, lastCycleAt: at(20).toISOString(), failedCycles: 0, allFeedsFailedCycles: 0, writeFailures: 0, deliveryFailingSince: T0.toISOString(), lastDeliveryError: 'x' };
    const record = parseHealthRecord(JSON.parse(JSON.stringify(old)))!;
    expect(record.channelsFailing).toBeUndefined();
    const verdict = assessHealth(record, at(20));
    expect(verdict).toMatchObject({ healthy: false, warnings: [] });
    expect(verdict.problems).toEqual([expect.stringMatching(/^no post delivered for 20 min/)]);
  });

  it('reads the failing channels back, skipping malformed ones', () => {
    const channelsFailing = [{ channelId: 'A', since: T0.toISOString(), lastError: 'boom' }, { channelId: 3 }, 'x', { channelId: 'B', since: 'never' }];
    const record = parseHealthRecord({ pid: 7, at: at(20).toISOString(), cycleIntervalMs: FIVE_MIN, lastCycleAt: at(20).toISOString(), channelsFailing })!;
    expect(record.channelsFailing).toEqual([{ channelId: 'A', since: T0.toISOString(), lastError: 'boom' }]);
    expect(assessHealth(record, at(20)).warnings).toEqual([`channel A: every send failed since ${T0.toISOString()} (4 intervals): boom`]);
    expect(parseHealthRecord({ pid: 7, at: T0.toISOString(), channelsFailing: 'nonsense' })!.channelsFailing).toBeUndefined();
  });

  it('reads an older heartbeat ({pid, at}) without a staleness rule', () => {
    const record = parseHealthRecord({ pid: 7, at: T0.toISOString() })!;
    expect(record).toMatchObject({ pid: 7, startedAt: T0.toISOString(), failedCycles: 0, writeFailures: 0 });
    expect(assessHealth(record, at(0.5)).healthy).toBe(true);
  });

  it.each([null, 'x', {}, { at: 'yesterday' }])('refuses %j', (value) => {
    expect(parseHealthRecord(value)).toBeUndefined();
  });
});
