import type { Logger } from './ports.ts';

// How the worker stops. Docker sends SIGTERM and, 10 s later, SIGKILL: everything below fits
// in that grace. A stop never damages the state (a feed's writes are committed together, a
// Discord send is recorded before it goes out), so when waiting would overrun, it is cut short.

export const STOP_TIMINGS = {
  /** The cycle in flight may finish within this; then its fetches are aborted. */
  cycleGraceMs: 4_000,
  /** After the abort, how long the cycle may take to notice. */
  abortWaitMs: 1_500,
  /** A stop during start-up waits this long for start-up to finish, to close it cleanly. */
  startUpWaitMs: 4_000,
  /** From the first signal, the process exits by then whatever is still running. */
  hardDeadlineMs: 9_000,
} as const;

/** Exit code when the hard deadline had to end the process (state is still safe). */
export const EXIT_STOP_OVERRAN = 1;

export interface StopSignals {
  /** Aborted at the first SIGTERM/SIGINT, with the signal's name as the reason. */
  signal: AbortSignal;
  dispose(): void;
}

/**
 * Listens for the stop signals from now on (start-up included): the first one aborts `signal`
 * and starts the hard deadline; a second one exits at once.
 */
export function watchStopSignals(logger: Logger, signals: readonly NodeJS.Signals[] = ['SIGTERM', 'SIGINT']): StopSignals {
  const controller = new AbortController();
  let deadline: NodeJS.Timeout | undefined;
  const onSignal = (name: NodeJS.Signals) => {
    if (controller.signal.aborted) {
      logger.warn({ signal: name }, 'second stop signal: exiting now');
      process.exit(EXIT_STOP_OVERRAN);
    }
    controller.abort(name);
    deadline = setTimeout(() => {
      logger.error({ afterMs: STOP_TIMINGS.hardDeadlineMs }, 'the stop overran its deadline: exiting now (the state is safe; the next start resumes)');
      process.exit(EXIT_STOP_OVERRAN);
    }, STOP_TIMINGS.hardDeadlineMs);
    // Only a reminder: it must not keep a finished process alive.
    deadline.unref();
  };
  for (const name of signals) process.on(name, onSignal);
  return {
    signal: controller.signal,
    dispose() {
      for (const name of signals) process.off(name, onSignal);
      clearTimeout(deadline);
    },
  };
}

/** Resolves when `signal` is aborted (never, if it is not). */
export function whenAborted(signal: AbortSignal): Promise<void> {
  if (signal.aborted) return Promise.resolve();
  return new Promise((resolve) => signal.addEventListener('abort', () => resolve(), { once: true }));
}

/** Whether `promise` settles within `ms` (its outcome is not looked at). */
export async function settlesWithin(promise: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const settled = promise.then(
    () => true,
    () => true,
  );
  const late = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  try {
    return await Promise.race([settled, late]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Stops the scheduler: the cycle in flight gets `cycleGraceMs` to finish, then `abortCycle()`
 * cuts its fetches off (feeds not yet decided wait for the next start) and it gets
 * `abortWaitMs` more. Returns whether the cycle ended.
 */
export async function stopCycles(stopScheduler: () => Promise<void>, abortCycle: () => void, logger: Logger, timings = STOP_TIMINGS): Promise<boolean> {
  const stopped = stopScheduler();
  if (await settlesWithin(stopped, timings.cycleGraceMs)) return true;
  logger.warn({ graceMs: timings.cycleGraceMs }, 'the cycle in flight is cut short: feeds not yet decided are polled at the next start');
  abortCycle();
  if (await settlesWithin(stopped, timings.abortWaitMs)) return true;
  logger.warn({}, 'the cycle did not end after the abort: closing anyway (its feed writes are all-or-nothing)');
  return false;
}
