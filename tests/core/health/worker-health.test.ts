import { describe, expect, it } from 'vitest';
import {
  assessHealth,
  newHealthRecord,
  parseHealthRecord,
  recordCycleDone,
  recordCycleFailed,
  recordWriteFailed,
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

describe('parseHealthRecord', () => {
  it('reads an older heartbeat ({pid, at}) without a staleness rule', () => {
    const record = parseHealthRecord({ pid: 7, at: T0.toISOString() })!;
    expect(record).toMatchObject({ pid: 7, startedAt: T0.toISOString(), failedCycles: 0, writeFailures: 0 });
    expect(assessHealth(record, at(0.5)).healthy).toBe(true);
  });

  it.each([null, 'x', {}, { at: 'yesterday' }])('refuses %j', (value) => {
    expect(parseHealthRecord(value)).toBeUndefined();
  });
});
