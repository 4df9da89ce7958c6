import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { HEARTBEAT_FILE } from '../main.ts';
import { UsageError } from '../core/errors.ts';
import { assessHealth, HEALTH_LIMITS, parseHealthRecord, type HealthLimits } from '../core/health/worker-health.ts';
import { EXIT } from './exit-codes.ts';
import type { CommandIo } from './io.ts';

export const healthUsage =
  'newshound health [--file HEARTBEAT] [--liveness] [--max-age-seconds 60] [--intervals 3] [--failed-cycles 3] [--write-failures 3]';

function count(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new UsageError(`--${name} "${value}" is not a positive number`);
  return n;
}

/**
 * The container HEALTHCHECK: exit 0 while the worker is healthy. Read from the heartbeat file
 * the worker rewrites every 15 s: unhealthy when it is stale (liveness; `--liveness` checks
 * only that), when no cycle completed for N schedule intervals, when every feed failed (or the
 * cycle itself failed) N cycles in a row, or when N writes in a row failed for want of disk.
 */
export async function healthCommand(args: string[], io: CommandIo): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      file: { type: 'string' },
      liveness: { type: 'boolean' },
      'max-age-seconds': { type: 'string' },
      intervals: { type: 'string' },
      'failed-cycles': { type: 'string' },
      'write-failures': { type: 'string' },
    },
  });
  const limits: HealthLimits = {
    maxHeartbeatAgeMs: count(values['max-age-seconds'], 'max-age-seconds', HEALTH_LIMITS.maxHeartbeatAgeMs / 1000) * 1000,
    staleAfterIntervals: count(values.intervals, 'intervals', HEALTH_LIMITS.staleAfterIntervals),
    failedCycles: count(values['failed-cycles'], 'failed-cycles', HEALTH_LIMITS.failedCycles),
    writeFailures: count(values['write-failures'], 'write-failures', HEALTH_LIMITS.writeFailures),
  };
  const file = values.file ?? HEARTBEAT_FILE;
  if (!existsSync(file)) {
    io.stderr(`unhealthy: no heartbeat at ${file}`);
    return EXIT.failed;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    io.stderr(`unhealthy: heartbeat ${file} is not readable: ${(error as Error).message}`);
    return EXIT.failed;
  }
  const record = parseHealthRecord(parsed);
  if (record === undefined) {
    io.stderr(`unhealthy: heartbeat ${file} holds no time`);
    return EXIT.failed;
  }
  const verdict = assessHealth(record, new Date(), limits);
  const problems = values.liveness ? verdict.problems.filter(() => !verdict.live) : verdict.problems;
  if (values.liveness ? !verdict.live : !verdict.healthy) {
    io.stderr(problems.map((problem) => `unhealthy: ${problem}`).join('\n'));
    return EXIT.failed;
  }
  io.stdout(`${values.liveness ? 'live' : 'healthy'}: ${verdict.summary}`);
  return EXIT.ok;
}
