// The worker's health, as plain JSON (the heartbeat file holds it) and the rule that reads it.
// Liveness is the heartbeat: a fresh one says the process runs. Health says it does its job:
// cycles complete, not every feed fails, posts get delivered, and the disk takes writes. Time
// arrives as arguments.

export interface WorkerHealthRecord {
  pid: number;
  /** When this record was written (the heartbeat). */
  at: string;
  startedAt: string;
  /** The longest gap between two cycles of the schedule. */
  cycleIntervalMs: number;
  /** When the last cycle completed (absent until one has). */
  lastCycleAt?: string;
  /** Cycles in a row that failed outright (e.g. the state store stopped answering). */
  failedCycles: number;
  lastCycleError?: string;
  /** Completed cycles in a row in which every feed polled failed (cycles that polled none leave it as it is). */
  allFeedsFailedCycles: number;
  lastFeedError?: string;
  /** Writes in a row that failed for want of disk (state store or heartbeat): ENOSPC, SQLITE_FULL, a read-only file system. */
  writeFailures: number;
  lastWriteError?: string;
  /** Since when every delivery attempt failed and none succeeded (absent while deliveries go out, or none was tried). */
  deliveryFailingSince?: string;
  lastDeliveryError?: string;
  /**
   * Channels in which every send failed and none succeeded since `since` (a channel that delivers
   * again, or is no longer subscribed, leaves the list); at most MAX_CHANNELS_TRACKED. Absent in
   * an older heartbeat, and while no channel fails.
   */
  channelsFailing?: ChannelFailing[];
}

export interface ChannelFailing {
  channelId: string;
  since: string;
  lastError: string;
}

/** The heartbeat stays small however many channels break: the first to fail are kept. */
export const MAX_CHANNELS_TRACKED = 50;
/** A channel's last error as kept in the heartbeat, at most this long. */
const CHANNEL_ERROR_CHARS = 300;

/** What one round of delivery did: summed over every channel, and (when known) per channel. */
export interface DeliveryRound {
  delivered: number;
  failed: number;
  lastError?: string;
  /** Per channel id, what this round's attempts there did; a channel with nothing due (backing off, paced) is absent. */
  channels?: Readonly<Record<string, { delivered: number; failed: number; lastError?: string }>>;
  /** Every subscribed channel, broken ones included, when the round could read them: a tracked channel not among them is dropped. */
  subscribed?: readonly string[];
}

export interface HealthLimits {
  /** Liveness: the heartbeat is rewritten every 15 s, so one late beat is not an outage. */
  maxHeartbeatAgeMs: number;
  /** Unhealthy when no cycle completed, or no delivery succeeded while they failed, for this many schedule intervals. */
  staleAfterIntervals: number;
  /** Unhealthy after this many cycles in a row failed, or polled only failing feeds. */
  failedCycles: number;
  /** Unhealthy after this many failed writes in a row. */
  writeFailures: number;
}

// Operational limits, not tuned on data: three of anything in a row is a pattern rather than a
// blip (one slow cycle, a feed host's deploy), and at the default 5-minute schedule it is
// noticed within 15 minutes.
export const HEALTH_LIMITS = {
  maxHeartbeatAgeMs: 60_000,
  staleAfterIntervals: 3,
  failedCycles: 3,
  writeFailures: 3,
} as const satisfies HealthLimits;

export function newHealthRecord(pid: number, at: Date, cycleIntervalMs: number): WorkerHealthRecord {
  return { pid, at: at.toISOString(), startedAt: at.toISOString(), cycleIntervalMs, failedCycles: 0, allFeedsFailedCycles: 0, writeFailures: 0 };
}

/** A completed cycle: which feeds it polled and how they did. A completed cycle also wrote its state. */
export function recordCycleDone(record: WorkerHealthRecord, at: Date, feeds: ReadonlyArray<{ outcome: string; error?: string; lastPollOk?: boolean }>): WorkerHealthRecord {
  const polled = feeds.filter((feed) => feed.outcome !== 'not-due');
  // A feed not due because its last poll answered (a long <ttl> or max-age) is not failing: a
  // failing feed backs off less than such a feed waits, so cycles that poll only it would
  // otherwise read "every feed failed" while the others are fine.
  const answeringElsewhere = feeds.some((feed) => feed.outcome === 'not-due' && feed.lastPollOk === true);
  const allFailed = polled.length > 0 && polled.every((feed) => feed.outcome === 'failed') && !answeringElsewhere;
  const { lastCycleError: _cycle, lastWriteError: _write, ...rest } = record;
  return {
    ...rest,
    lastCycleAt: at.toISOString(),
    failedCycles: 0,
    writeFailures: 0,
    allFeedsFailedCycles: polled.length === 0 ? record.allFeedsFailedCycles : allFailed ? record.allFeedsFailedCycles + 1 : 0,
    ...(allFailed ? { lastFeedError: polled.at(-1)?.error ?? 'unknown error' } : polled.length === 0 && record.lastFeedError ? { lastFeedError: record.lastFeedError } : {}),
  };
}

/** A cycle that failed outright; `writeFault` when it failed for want of disk. */
export function recordCycleFailed(record: WorkerHealthRecord, error: string, writeFault: boolean): WorkerHealthRecord {
  const next = { ...record, failedCycles: record.failedCycles + 1, lastCycleError: error };
  return writeFault ? recordWriteFailed(next, error) : next;
}

/**
 * What one round of delivery did (a Discord flush): a post delivered clears a failure; attempts
 * that all failed start one (or continue it); a round with nothing due changes nothing (a post
 * backing off between attempts is still failing). The same, channel by channel, for the channels
 * the round names.
 */
export function recordDeliveries(record: WorkerHealthRecord, at: Date, round: DeliveryRound): WorkerHealthRecord {
  return recordChannelDeliveries(recordAllDeliveries(record, at, round), at, round);
}

function recordAllDeliveries(record: WorkerHealthRecord, at: Date, round: DeliveryRound): WorkerHealthRecord {
  if (round.delivered > 0) {
    const { deliveryFailingSince: _since, lastDeliveryError: _error, ...rest } = record;
    return rest;
  }
  if (round.failed === 0) return record;
  return { ...record, deliveryFailingSince: record.deliveryFailingSince ?? at.toISOString(), lastDeliveryError: round.lastError ?? record.lastDeliveryError ?? 'unknown error' };
}

// A channel with a delivery leaves the list; one with failed attempts and none delivered joins it
// (or stays, keeping its `since`); one not in the round (nothing due: a backoff) stays as it is.
function recordChannelDeliveries(record: WorkerHealthRecord, at: Date, round: DeliveryRound): WorkerHealthRecord {
  if (round.channels === undefined && round.subscribed === undefined) return record;
  const failing = new Map((record.channelsFailing ?? []).map((c) => [c.channelId, c]));
  for (const [channelId, outcome] of Object.entries(round.channels ?? {})) {
    if (outcome.delivered > 0) failing.delete(channelId);
    else if (outcome.failed > 0) {
      const earlier = failing.get(channelId);
      if (earlier === undefined && failing.size >= MAX_CHANNELS_TRACKED) continue;
      const lastError = (outcome.lastError ?? earlier?.lastError ?? 'unknown error').slice(0, CHANNEL_ERROR_CHARS);
      failing.set(channelId, { channelId, since: earlier?.since ?? at.toISOString(), lastError });
    }
  }
  if (round.subscribed !== undefined) {
    const subscribed = new Set(round.subscribed);
    for (const channelId of failing.keys()) if (!subscribed.has(channelId)) failing.delete(channelId);
  }
  const { channelsFailing: _channels, ...rest } = record;
  return failing.size > 0 ? { ...rest, channelsFailing: [...failing.values()] } : rest;
}

export function recordWriteFailed(record: WorkerHealthRecord, error: string): WorkerHealthRecord {
  return { ...record, writeFailures: record.writeFailures + 1, lastWriteError: error };
}

export interface HealthVerdict {
  /** The heartbeat is fresh: the process runs. */
  live: boolean;
  healthy: boolean;
  /** Why not healthy, one line each; empty when healthy. */
  problems: string[];
  /**
   * What is wrong without making the worker unhealthy, one line each: a channel in which every
   * send failed for the stale bound while delivery as a whole does not fail (a restart would not
   * mend a channel, and the others get their posts).
   */
  warnings: string[];
  /** One line for a healthy worker. */
  summary: string;
}

const seconds = (ms: number) => `${Math.round(ms / 1000)} s`;
const minutes = (ms: number) => (ms >= 120_000 ? `${Math.round(ms / 60_000)} min` : seconds(ms));

/** Reads a health record at `now`. */
export function assessHealth(record: WorkerHealthRecord, now: Date, limits: HealthLimits = HEALTH_LIMITS): HealthVerdict {
  const problems: string[] = [];
  const beatAgeMs = now.getTime() - Date.parse(record.at);
  // A beat dated in the future vouches for nothing: a running worker rewrites it on the reader's
  // clock every 15 s, so one still ahead was written before the clock went back (and not since),
  // or on another machine's clock. Read as fresh, a dead worker stayed "live" until the clock
  // caught up with it.
  const live = Math.abs(beatAgeMs) <= limits.maxHeartbeatAgeMs;
  if (beatAgeMs > limits.maxHeartbeatAgeMs) problems.push(`last heartbeat ${seconds(beatAgeMs)} ago (pid ${record.pid})`);
  else if (!live) problems.push(`the heartbeat is dated ${seconds(-beatAgeMs)} in the future (pid ${record.pid}): the clock went back, or another machine wrote it`);
  const since = record.lastCycleAt ?? record.startedAt;
  const quietMs = now.getTime() - Date.parse(since);
  const staleMs = limits.staleAfterIntervals * record.cycleIntervalMs;
  if (quietMs > staleMs) {
    problems.push(`${record.lastCycleAt ? 'no cycle completed' : 'no cycle completed since start-up'} for ${minutes(quietMs)} (${limits.staleAfterIntervals} schedule intervals are ${minutes(staleMs)})${record.lastCycleError ? `; last error: ${record.lastCycleError}` : ''}`);
  }
  // Deliveries fail while cycles complete (a Discord outage, a revoked token): judged by the same
  // bound as cycles that stop, since the posts of those intervals reach no one either way.
  let allDeliveriesFailing = false;
  if (record.deliveryFailingSince !== undefined) {
    const failingMs = now.getTime() - Date.parse(record.deliveryFailingSince);
    if (failingMs > staleMs) {
      allDeliveriesFailing = true;
      problems.push(`no post delivered for ${minutes(failingMs)}: every send failed since ${record.deliveryFailingSince} (${limits.staleAfterIntervals} schedule intervals are ${minutes(staleMs)}); last error: ${record.lastDeliveryError ?? 'unknown'}`);
    }
  }
  if (record.failedCycles >= limits.failedCycles) problems.push(`the last ${record.failedCycles} cycles failed: ${record.lastCycleError ?? 'unknown error'}`);
  if (record.allFeedsFailedCycles >= limits.failedCycles) problems.push(`every feed failed in the last ${record.allFeedsFailedCycles} cycles; the last error: ${record.lastFeedError ?? 'unknown'}`);
  if (record.writeFailures >= limits.writeFailures) problems.push(`${record.writeFailures} writes failed in a row (disk full or read-only?): ${record.lastWriteError ?? 'unknown error'}`);
  // One channel failing alone, by the same bound; said only while delivery as a whole is not
  // failing (that is the problem above, and covers every channel).
  const warnings: string[] = [];
  if (!allDeliveriesFailing) {
    for (const channel of record.channelsFailing ?? []) {
      const failingMs = now.getTime() - Date.parse(channel.since);
      if (failingMs > staleMs) warnings.push(`channel ${channel.channelId}: every send failed since ${channel.since} (${Math.floor(failingMs / record.cycleIntervalMs)} intervals): ${channel.lastError}`);
    }
  }
  const summary = `heartbeat ${seconds(Math.max(0, beatAgeMs))} ago; ${record.lastCycleAt ? `last cycle completed ${minutes(Math.max(0, quietMs))} ago` : 'no cycle completed yet'}`;
  return { live, healthy: problems.length === 0, problems, warnings, summary };
}

/** A heartbeat file's JSON: a full record, or the older `{pid, at}` (read as "no cycle information"). */
export function parseHealthRecord(value: unknown): WorkerHealthRecord | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as Partial<WorkerHealthRecord>;
  if (typeof v.at !== 'string' || Number.isNaN(Date.parse(v.at))) return undefined;
  const count = (n: unknown) => (typeof n === 'number' && Number.isFinite(n) && n >= 0 ? n : 0);
  const { channelsFailing: _channels, ...fields } = v as WorkerHealthRecord;
  const channelsFailing = parseChannelsFailing(v.channelsFailing);
  return {
    ...fields,
    ...(channelsFailing.length > 0 ? { channelsFailing } : {}),
    pid: typeof v.pid === 'number' ? v.pid : 0,
    startedAt: typeof v.startedAt === 'string' && !Number.isNaN(Date.parse(v.startedAt)) ? v.startedAt : v.at,
    // Without an interval (an older worker) the staleness rule cannot apply.
    cycleIntervalMs: typeof v.cycleIntervalMs === 'number' && v.cycleIntervalMs > 0 ? v.cycleIntervalMs : Number.POSITIVE_INFINITY,
    failedCycles: count(v.failedCycles),
    allFeedsFailedCycles: count(v.allFeedsFailedCycles),
    writeFailures: count(v.writeFailures),
  };
}

/** The failing channels of a heartbeat: absent (an older worker) or malformed entries are none. */
function parseChannelsFailing(value: unknown): ChannelFailing[] {
  if (!Array.isArray(value)) return [];
  const channels: ChannelFailing[] = [];
  for (const entry of value as unknown[]) {
    if (typeof entry !== 'object' || entry === null) continue;
    const { channelId, since, lastError } = entry as Partial<Record<keyof ChannelFailing, unknown>>;
    if (typeof channelId !== 'string' || channelId === '' || typeof since !== 'string' || Number.isNaN(Date.parse(since))) continue;
    channels.push({ channelId, since, lastError: typeof lastError === 'string' ? lastError : 'unknown error' });
    if (channels.length === MAX_CHANNELS_TRACKED) break;
  }
  return channels;
}
