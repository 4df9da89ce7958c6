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

/** A tracker with its heartbeat in a temporary folder, on a wall clock and a monotonic clock the test moves. */
function steppedTracker() {
  const dir = tempDir();
  const file = join(dir.path, 'heartbeat.json');
  const clock = {
    wall: T0.getTime(),
    mono: 1_000,
    /** The wall clock steps back an hour; then `minutes` pass on both clocks. */
    stepBackThenWait(minutes: number): void {
      clock.wall += (minutes - 60) * MIN;
      clock.mono += minutes * MIN;
    },
  };
  const health = new HealthTracker({ file, schedule: '*/5 * * * *', timezone: 'UTC', logger: quiet, now: () => new Date(clock.wall), monotonic: () => clock.mono, pid: 7 });
  const close = (): void => {
    health.stop();
    dir.remove();
  };
  return { file, clock, health, close };
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
    const { file, clock, health, close } = steppedTracker();
    try {
      await health.track(() => Promise.resolve(report()));
      // The clock steps back an hour; then 20 minutes pass with no cycle (it hangs).
      clock.stepBackThenWait(20);
      health.beat();
      const verdict = health.verdict();
      expect(verdict.live).toBe(true);
      expect(verdict.problems).toEqual(['no cycle completed for 20 min (3 schedule intervals are 15 min)']);
      // `newshound health` reads the same from the file.
      const record = parseHealthRecord(JSON.parse(readFileSync(file, 'utf8')))!;
      expect(assessHealth(record, new Date(clock.wall)).problems).toEqual(['no cycle completed for 20 min (3 schedule intervals are 15 min)']);
    } finally {
      close();
    }
  });

  it('a channel failing since before the clock went back an hour warns after three intervals, not an hour later', () => {
    const { file, clock, health, close } = steppedTracker();
    try {
      health.recordDeliveries({ delivered: 1, failed: 1, lastError: 'boom', channels: { A: { delivered: 0, failed: 1, lastError: 'boom' }, B: { delivered: 1, failed: 0 } } });
      clock.stepBackThenWait(20);
      health.beat();
      const record = parseHealthRecord(JSON.parse(readFileSync(file, 'utf8')))!;
      expect(assessHealth({ ...record, lastCycleAt: record.at }, new Date(clock.wall)).warnings).toEqual([`channel A: every send failed since ${new Date(clock.wall - 20 * MIN).toISOString()} (4 intervals): boom`]);
    } finally {
      close();
    }
  });
});
