import cron from 'node-cron';
import type { Logger } from '../ports.ts';

export interface Scheduler {
  /** Resolves once the cycle in flight (if any) has finished and no new one will start. */
  stop(): Promise<void>;
}

/**
 * Runs `cycle` on a cron schedule, never two at once: a tick that comes while a cycle is still
 * running is skipped (logged), not queued, so a slow network cannot pile cycles up.
 */
export function startScheduler(expression: string, timezone: string, cycle: () => Promise<unknown>, logger: Logger): Scheduler {
  let inFlight: Promise<unknown> | undefined;
  let stopping = false;
  const run = () => {
    if (stopping) return;
    if (inFlight !== undefined) {
      logger.warn({}, 'previous cycle still running: this tick is skipped');
      return;
    }
    inFlight = cycle()
      .catch((error: unknown) => logger.error({ error: error instanceof Error ? error.message : String(error) }, 'cycle failed'))
      .finally(() => {
        inFlight = undefined;
      });
  };
  const task = cron.schedule(expression, run, { timezone, noOverlap: true });
  run(); // first cycle at start-up, not five minutes later
  return {
    async stop() {
      stopping = true;
      await task.stop();
      await task.destroy();
      await inFlight;
    },
  };
}
