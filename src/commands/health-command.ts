import { statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { describeFileFaultOf } from '../adapters/file-fault.ts';
import { heartbeatFileFor } from '../adapters/heartbeat-file.ts';
import { describeJsonError } from '../adapters/read-json-file.ts';
import { readTextFile } from '../adapters/read-text-file.ts';
import { loadConfig } from '../config/load-config.ts';
import { UsageError } from '../core/errors.ts';
import { assessHealth, HEALTH_LIMITS, parseHealthRecord, type HealthLimits, type WorkerHealthRecord } from '../core/health/worker-health.ts';
import { EXIT } from './exit-codes.ts';
import type { CommandIo } from './io.ts';

export const healthUsage =
  'newshound health [--config FILE | --file HEARTBEAT] [--liveness] [--max-age-seconds 60] [--intervals 3] [--failed-cycles 3] [--write-failures 3]';

function count(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new UsageError(`--${name} "${value}" is not a positive number`);
  return n;
}

/**
 * The container HEALTHCHECK: exit 0 while the worker is healthy. Read from the heartbeat file
 * the worker rewrites every 15 s: unhealthy when it is stale (liveness; `--liveness` checks
 * only that), when no cycle completed (or every Discord send failed) for N schedule intervals, when every feed failed (or the
 * cycle itself failed) N cycles in a row, or when N writes in a row failed for want of disk.
 * One channel in which every send failed for N schedule intervals, while delivery as a whole
 * does not fail, is a `warning:` line on stdout and leaves the exit code as it is.
 * The heartbeat is the one of the configured state (`--config`, the environment), unless `--file`.
 */
export async function healthCommand(args: string[], io: CommandIo, env: NodeJS.ProcessEnv): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      file: { type: 'string' },
      config: { type: 'string' },
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
  const read = readHeartbeat(values.file ?? configuredHeartbeat(values.config, env));
  if ('problem' in read) {
    io.stderr(`unhealthy: ${read.problem}`);
    return EXIT.failed;
  }
  const record = read.record;
  const verdict = assessHealth(record, new Date(), limits);
  const problems = values.liveness ? verdict.problems.filter(() => !verdict.live) : verdict.problems;
  // A channel failing alone is a warning, on stdout, whatever the verdict: it changes no exit code.
  const warnings = values.liveness ? [] : verdict.warnings.map((warning) => `warning: ${warning}`);
  if (values.liveness ? !verdict.live : !verdict.healthy) {
    io.stderr(problems.map((problem) => `unhealthy: ${problem}`).join('\n'));
    if (warnings.length > 0) io.stdout(warnings.join('\n'));
    return EXIT.failed;
  }
  io.stdout([`${values.liveness ? 'live' : 'healthy'}: ${verdict.summary}`, ...warnings].join('\n'));
  return EXIT.ok;
}

/** The heartbeat of the worker owning the configured state (see adapters/heartbeat-file.ts). */
function configuredHeartbeat(file: string | undefined, env: NodeJS.ProcessEnv): string {
  const { state } = loadConfig({ file, env });
  return heartbeatFileFor(state.url, state.namespace);
}

/** The worker's health record from its heartbeat file, or what is wrong with the file. */
export function readHeartbeat(file: string): { record: WorkerHealthRecord } | { problem: string } {
  let text: string;
  try {
    // Only a path that is not there is "no heartbeat": one through a regular file (ENOTDIR) is a
    // mistake to name, not a worker that is not running.
    statSync(file);
    text = readTextFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { problem: `no heartbeat at ${file}` };
    return { problem: `heartbeat ${file} is not readable: ${describeFileFaultOf(file, error)}` };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    // V8's message quotes the file, line breaks and all: the problem must stay one line.
    return { problem: `heartbeat ${file} is not readable: not valid JSON: ${describeJsonError(text, error as Error)}` };
  }
  const record = parseHealthRecord(parsed);
  return record === undefined ? { problem: `heartbeat ${file} holds no time` } : { record };
}
