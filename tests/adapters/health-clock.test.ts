import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HealthTracker } from '../../src/adapters/health-tracker.ts';
import { assessHealth, newHealthRecord, parseHealthRecord } from '../../src/core/health/worker-health.ts';
import type { CycleReport } from '../../src/pipeline/cycle-report.ts';
import type { Logger } from '../../src/ports.ts';
import { tempDir } from '../pipeline/cycle-harness.ts';

// The wall clock going back (an NTP step, a VM resumed) must not make a dead or stalled worker
// look healthy: health reads dates, so the tracker dates its last cycle by how long ago it was.

const quiet: Logger = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };
const T0 = new Date('2026-12-01T12:00:00Z');
const MIN = 60_000;

function report(): CycleReport {
  return {
    startedAt: T0.toISOString(),
    finishedAt: T0.toISOString(),
    feeds: [{ feedId: 'a', name: 'Kabar', outcome: 'updated', items: 1 }],
    decisions: [],
    decisionCounts: { queued: 0, 'same-story': 0, baseline: 0, duplicate: 0, 'too-old': 0, 'off-topic': 0 },
    published: 0,
    publishFailures: 0,
    outboxSize: 0,
  };
}

describe('health when the clock goes back', () => {
  it('a heartbeat dated in the future is not live (written before the step, and not since)', () => {
    const record = newHealthRecord(7, new Date(T0.getTime() + 60 * MIN), 5 * MIN);
    const verdict = assessHealth(record, T0);
    expect(verdict.live).toBe(false);
    expect(verdict.problems).toEqual(['the heartbeat is dated 3600 s in the future (pid 7): the clock went back, or another machine wrote it']);
    // A few seconds ahead (clocks a little apart) is still live.
    expect(assessHealth(newHealthRecord(7, new Date(T0.getTime() + 5_000), 5 * MIN), T0).live).toBe(true);
  });

  it('a worker whose cycles stopped after the clock went back an hour is unhealthy after three intervals, not an hour later', async () => {
    const dir = tempDir();
    const file = join(dir.path, 'heartbeat.json');
    let wall = T0.getTime();
    let mono = 1_000;
    const health = new HealthTracker({ file, schedule: '*/5 * * * *', timezone: 'UTC', logger: quiet, now: () => new Date(wall), monotonic: () => mono, pid: 7 });
    try {
      await health.track(() => Promise.resolve(report()));
      // The clock steps back an hour; then 20 minutes pass with no cycle (it hangs).
      wall -= 60 * MIN;
      wall += 20 * MIN;
      mono += 20 * MIN;
      health.beat();
      const verdict = health.verdict();
      expect(verdict.live).toBe(true);
      expect(verdict.problems).toEqual(['no cycle completed for 20 min (3 schedule intervals are 15 min)']);
      // `newshound health` reads the same from the file.
      const record = parseHealthRecord(JSON.parse(readFileSync(file, 'utf8')))!;
      expect(assessHealth(record, new Date(wall)).problems).toEqual(['no cycle completed for 20 min (3 schedule intervals are 15 min)']);
    } finally {
      health.stop();
      dir.remove();
    }
  });

  it('a channel failing since before the clock went back an hour warns after three intervals, not an hour later', () => {
    const dir = tempDir();
    const file = join(dir.path, 'heartbeat.json');
    let wall = T0.getTime();
    let mono = 1_000;
    const health = new HealthTracker({ file, schedule: '*/5 * * * *', timezone: 'UTC', logger: quiet, now: () => new Date(wall), monotonic: () => mono, pid: 7 });
    try {
      health.recordDeliveries({ delivered: 1, failed: 1, lastError: 'boom', channels: { A: { delivered: 0, failed: 1, lastError: 'boom' }, B: { delivered: 1, failed: 0 } } });
      wall -= 60 * MIN;
      wall += 20 * MIN;
      mono += 20 * MIN;
      health.beat();
      const record = parseHealthRecord(JSON.parse(readFileSync(file, 'utf8')))!;
      expect(assessHealth({ ...record, lastCycleAt: record.at }, new Date(wall)).warnings).toEqual([`channel A: every send failed since ${new Date(wall - 20 * MIN).toISOString()} (4 intervals): boom`]);
    } finally {
      health.stop();
      dir.remove();
    }
  });
});
