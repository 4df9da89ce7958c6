// What a lost connection (the Redis state store) says in the log: one line when it is lost, at
// most one reminder per interval while it stays lost, counting the failures left unsaid, and one
// line when it is back. A client reconnecting with backoff fails about 28 times in its first 10 s
// (each attempt, each operation refused while offline); logged one by one they buried the log.
// Pure: the caller says when each event happened.

/** At most one "still unreachable" line a minute: an operating limit, not tuned on data. */
export const OUTAGE_REMINDER_MS = 60_000;

export type OutageNotice =
  | { kind: 'lost'; error: string }
  /** `suppressed`: failures since the last line that were not logged. */
  | { kind: 'still-lost'; downForMs: number; suppressed: number; error: string }
  | { kind: 'back'; downForMs: number; suppressed: number };

export class OutageLog {
  #downSince: number | undefined;

  #lastLineAt = 0;

  #suppressed = 0;

  constructor(private readonly reminderMs: number = OUTAGE_REMINDER_MS) {}

  get down(): boolean {
    return this.#downSince !== undefined;
  }

  /** A failure at `nowMs` (a reconnect attempt, an operation refused): the line to log, if any. */
  failure(nowMs: number, error: string): OutageNotice | undefined {
    if (this.#downSince === undefined) {
      this.#downSince = nowMs;
      this.#lastLineAt = nowMs;
      this.#suppressed = 0;
      return { kind: 'lost', error };
    }
    // A clock stepped back counts from the step, rather than never reminding again.
    if (nowMs - this.#lastLineAt >= this.reminderMs || nowMs < this.#lastLineAt) {
      const notice: OutageNotice = { kind: 'still-lost', downForMs: Math.max(0, nowMs - this.#downSince), suppressed: this.#suppressed, error };
      this.#lastLineAt = nowMs;
      this.#suppressed = 0;
      return notice;
    }
    this.#suppressed += 1;
    return undefined;
  }

  /** The connection answers again at `nowMs`: the line to log, if it had been lost. */
  recovered(nowMs: number): OutageNotice | undefined {
    if (this.#downSince === undefined) return undefined;
    const notice: OutageNotice = { kind: 'back', downForMs: Math.max(0, nowMs - this.#downSince), suppressed: this.#suppressed };
    this.#downSince = undefined;
    this.#suppressed = 0;
    return notice;
  }
}

/** One line for a notice about `what` (e.g. "Redis at redis://cache:6379"). */
export function describeOutageNotice(notice: OutageNotice, what: string, reminderMs: number = OUTAGE_REMINDER_MS): string {
  switch (notice.kind) {
    case 'lost':
      return `${what} is unreachable (${notice.error}): reconnecting; while it stays so, one line every ${describeDuration(reminderMs)} at most`;
    case 'still-lost':
      return `${what} still unreachable after ${describeDuration(notice.downForMs)} (${notice.error}); ${failures(notice.suppressed)} since the last line not logged`;
    case 'back':
      return `${what} is back after ${describeDuration(notice.downForMs)}; ${failures(notice.suppressed)} since the last line not logged`;
  }
}

function failures(count: number): string {
  return count === 1 ? '1 failure' : `${count} failures`;
}

function describeDuration(ms: number): string {
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  if (minutes < 60) return rest === 0 ? `${minutes} min` : `${minutes} min ${rest} s`;
  const hours = Math.floor(minutes / 60);
  return minutes % 60 === 0 ? `${hours} h` : `${hours} h ${minutes % 60} min`;
}
