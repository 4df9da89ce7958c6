import { renameSync, rmSync, writeFileSync } from 'node:fs';
import cron from 'node-cron';
import {
  assessHealth,
  HEALTH_LIMITS,
  newHealthRecord,
  recordCycleDone,
  recordCycleFailed,
  recordDeliveries,
  recordWriteFailed,
  type ChannelFailing,
  type DeliveryRound,
  type HealthLimits,
  type HealthVerdict,
  type WorkerHealthRecord,
} from '../core/health/worker-health.ts';
import type { CycleReport } from '../pipeline/cycle-report.ts';
import type { Logger } from '../ports.ts';
import { HeartbeatError, makeHeartbeatDirectory } from './heartbeat-file.ts';

// The long-running worker's health: each cycle's outcome folded into a record that is written,
// with the heartbeat, to a file `newshound health` (the container HEALTHCHECK) reads, and kept in
// memory for /healthz and the metrics.

/** Every 15 s; `health` allows 60 s, so one late beat is not an outage. */
const BEAT_EVERY_MS = 15_000;
/** Runs of the schedule looked at for its longest gap (a weekday-only schedule has a weekend gap). */
const RUNS_SAMPLED = 64;

/** What the tracker reads of a flush (the Discord publisher's DeliveryReport). */
export interface FlushRound {
  sent: number;
  updated: number;
  failed: number;
  lastError?: string;
  channels?: DeliveryRound['channels'];
  subscribed?: readonly string[];
}

export interface CycleEvent {
  report?: CycleReport;
  error?: unknown;
  durationMs: number;
}

export interface HealthTrackerOptions {
  file: string;
  schedule: string;
  timezone: string;
  logger: Logger;
  now?: () => Date;
  /** A clock that never goes back (ms), for how long ago things happened. */
  monotonic?: () => number;
  pid?: number;
}

/** The longest gap between two consecutive runs of a cron schedule, over its next runs. */
export function cycleIntervalMs(schedule: string, timezone: string): number {
  const task = cron.createTask(schedule, () => undefined, { timezone });
  try {
    const runs = task.getNextRuns(RUNS_SAMPLED).map((date) => date.getTime());
    let longest = 0;
    for (let i = 1; i < runs.length; i++) longest = Math.max(longest, runs[i]! - runs[i - 1]!);
    return longest > 0 ? longest : 300_000;
  } finally {
    void task.destroy();
  }
}

const WRITE_FAULT_CODES = /^(ENOSPC|EDQUOT|EROFS|EIO|SQLITE_FULL|SQLITE_IOERR\w*|SQLITE_READONLY\w*)$/;
const WRITE_FAULT_TEXT = /SQLITE_FULL|SQLITE_IOERR|SQLITE_READONLY|ENOSPC|EDQUOT|EROFS|disk is full|no space left|read-only file system|OOM command not allowed/i;

/** The error (or one of its causes) says the disk (or Redis's memory) refused a write. */
export function isWriteFault(error: unknown): boolean {
  for (let e = error, depth = 0; e !== undefined && e !== null && depth < 8; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && WRITE_FAULT_CODES.test(code)) return true;
    if (WRITE_FAULT_TEXT.test(String((e as Error).message ?? e))) return true;
  }
  return false;
}

export class HealthTracker {
  readonly file: string;
  private record: WorkerHealthRecord;
  private readonly logger: Logger;
  private readonly now: () => Date;
  private readonly monotonic: () => number;
  /** On the monotonic clock: when the worker started and when its last cycle completed. */
  private readonly startedMono: number;
  private lastCycleMono: number | undefined;
  /** On the monotonic clock: since when every delivery failed (as deliveryFailingSince). */
  private deliveryFailingMono: number | undefined;
  /** On the monotonic clock: since when each failing channel failed (as channelsFailing). */
  private readonly channelFailingMono = new Map<string, number>();
  private readonly listeners: Array<(event: CycleEvent) => void> = [];
  private timer: NodeJS.Timeout | undefined;

  /** Writes the first heartbeat at once: an unwritable state directory stops start-up here. */
  constructor(options: HealthTrackerOptions) {
    this.file = options.file;
    this.logger = options.logger;
    this.now = options.now ?? (() => new Date());
    this.monotonic = options.monotonic ?? (() => performance.now());
    this.startedMono = this.monotonic();
    this.record = newHealthRecord(options.pid ?? process.pid, this.now(), cycleIntervalMs(options.schedule, options.timezone));
    makeHeartbeatDirectory(this.file);
    try {
      this.write();
    } catch (error) {
      throw new HeartbeatError(this.file, error);
    }
  }

  /** Rewrites the heartbeat every 15 s until stop(). */
  start(everyMs = BEAT_EVERY_MS): void {
    this.timer ??= setInterval(() => this.beat(), everyMs);
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  onCycle(listener: (event: CycleEvent) => void): void {
    this.listeners.push(listener);
  }

  /** Runs a cycle, recording how it went; its result or error passes through. */
  async track(cycle: () => Promise<CycleReport>): Promise<CycleReport> {
    const started = performance.now();
    try {
      const report = await cycle();
      this.record = recordCycleDone(this.record, this.now(), report.feeds);
      this.lastCycleMono = this.monotonic();
      this.emit({ report, durationMs: performance.now() - started });
      return report;
    } catch (error) {
      this.record = recordCycleFailed(this.record, error instanceof Error ? error.message : String(error), isWriteFault(error));
      this.emit({ error, durationMs: performance.now() - started });
      throw error;
    } finally {
      this.beat();
    }
  }

  /**
   * Follows delivery (the Discord publisher's flushes, background ones included): sends failing
   * with none succeeding for longer than the stale bound make the worker unhealthy; in one
   * channel alone, they make a warning.
   */
  watchDeliveries(publisher: { onFlush(listener: (round: FlushRound) => void): void }): void {
    // Made and edited messages both count as delivered; the rest of the round is read as it is.
    publisher.onFlush(({ sent, updated, ...round }) => this.recordDeliveries({ delivered: sent + updated, ...round }));
  }

  recordDeliveries(round: DeliveryRound): void {
    const wasFailing = this.record.deliveryFailingSince !== undefined;
    this.record = recordDeliveries(this.record, this.now(), round);
    if (this.record.deliveryFailingSince === undefined) this.deliveryFailingMono = undefined;
    else if (!wasFailing) this.deliveryFailingMono = this.monotonic();
    const failing = new Set((this.record.channelsFailing ?? []).map((c) => c.channelId));
    for (const channelId of this.channelFailingMono.keys()) if (!failing.has(channelId)) this.channelFailingMono.delete(channelId);
    for (const channelId of failing) if (!this.channelFailingMono.has(channelId)) this.channelFailingMono.set(channelId, this.monotonic());
  }

  /** Writes the heartbeat; a failed write is counted (a full disk shows in health), never thrown. */
  beat(): void {
    try {
      this.write();
    } catch (error) {
      const { message } = new HeartbeatError(this.file, error);
      this.record = recordWriteFailed(this.record, message);
      this.logger.warn({ error: message, writeFailures: this.record.writeFailures }, 'cannot write the heartbeat');
    }
  }

  /** The record as of now (the process answering is its own heartbeat). */
  snapshot(): WorkerHealthRecord {
    return this.onClockNow();
  }

  verdict(limits: HealthLimits = HEALTH_LIMITS): HealthVerdict {
    return assessHealth(this.snapshot(), this.now(), limits);
  }

  // Written aside and renamed over: a full disk leaves the last whole heartbeat (which then ages)
  // instead of an empty file.
  private write(): void {
    this.record = this.onClockNow();
    const temporary = `${this.file}.${this.record.pid}.tmp`;
    writeFileSync(temporary, `${JSON.stringify(this.record)}\n`);
    try {
      renameSync(temporary, this.file);
    } catch (error) {
      // Written but not renamed over (the heartbeat path is a directory, say): leave no stray
      // file beside it; the rename's error is the one to report.
      try {
        rmSync(temporary, { force: true });
      } catch {
        // best effort
      }
      throw error;
    }
  }

  // The record stamped now, its start and last cycle placed by how long ago they were (the
  // monotonic clock): when the wall clock goes back, a last cycle dated ahead of it read as "just
  // now" for as long as the step, so a worker whose cycles had stopped stayed healthy that long.
  private onClockNow(): WorkerHealthRecord {
    const now = this.now().getTime();
    const ago = (mono: number) => new Date(now - (this.monotonic() - mono)).toISOString();
    return {
      ...this.record,
      at: new Date(now).toISOString(),
      startedAt: ago(this.startedMono),
      ...(this.lastCycleMono !== undefined && this.record.lastCycleAt !== undefined ? { lastCycleAt: ago(this.lastCycleMono) } : {}),
      ...(this.deliveryFailingMono !== undefined && this.record.deliveryFailingSince !== undefined ? { deliveryFailingSince: ago(this.deliveryFailingMono) } : {}),
      ...(this.record.channelsFailing !== undefined ? { channelsFailing: this.record.channelsFailing.map((c) => this.channelOnClock(c, ago)) } : {}),
    };
  }

  private channelOnClock(channel: ChannelFailing, ago: (mono: number) => string): ChannelFailing {
    const mono = this.channelFailingMono.get(channel.channelId);
    return mono === undefined ? channel : { ...channel, since: ago(mono) };
  }

  private emit(event: CycleEvent): void {
    for (const listener of this.listeners) {
      try {
        listener(event);
      } catch (error) {
        this.logger.warn({ error: (error as Error).message }, 'cycle listener failed');
      }
    }
  }
}
