// A Redis that went away logged one warning per reconnect attempt and per refused operation,
// about 28 lines in 10 s. OutageLog says it once, reminds at most once a minute with the count
// left unsaid, and says when it is back. Time is given, never read.
import { describe, expect, it } from 'vitest';
import { describeOutageNotice, OUTAGE_REMINDER_MS, OutageLog } from '../../../src/core/health/outage-log.ts';

const T0 = 1_000_000;

describe('OutageLog', () => {
  it('says nothing while the connection works', () => {
    const log = new OutageLog();
    expect(log.recovered(T0)).toBeUndefined();
    expect(log.down).toBe(false);
  });

  it('one line for the first failure, none for the next 27 within the minute', () => {
    const log = new OutageLog();
    const lines = Array.from({ length: 28 }, (_, i) => log.failure(T0 + i * 350, 'connect ECONNREFUSED')).filter((notice) => notice !== undefined);
    expect(lines).toEqual([{ kind: 'lost', error: 'connect ECONNREFUSED' }]);
    expect(log.down).toBe(true);
  });

  it('a reminder once the interval has passed, counting the failures not logged, then silence again', () => {
    const log = new OutageLog();
    log.failure(T0, 'Socket closed unexpectedly');
    for (let i = 1; i <= 11; i++) expect(log.failure(T0 + i * 5_000, 'connect ECONNREFUSED')).toBeUndefined();
    expect(log.failure(T0 + OUTAGE_REMINDER_MS, 'connect ECONNREFUSED')).toEqual({ kind: 'still-lost', downForMs: OUTAGE_REMINDER_MS, suppressed: 11, error: 'connect ECONNREFUSED' });
    expect(log.failure(T0 + OUTAGE_REMINDER_MS + 5_000, 'connect ECONNREFUSED')).toBeUndefined();
    expect(log.failure(T0 + 2 * OUTAGE_REMINDER_MS, 'connect ECONNREFUSED')).toMatchObject({ kind: 'still-lost', suppressed: 1 });
  });

  it('one line when back, with how long it was down and what went unsaid; a new loss is said again', () => {
    const log = new OutageLog();
    log.failure(T0, 'Socket closed unexpectedly');
    log.failure(T0 + 100, 'connect ECONNREFUSED');
    log.failure(T0 + 300, 'The client is offline');
    expect(log.recovered(T0 + 4_000)).toEqual({ kind: 'back', downForMs: 4_000, suppressed: 2 });
    expect(log.recovered(T0 + 4_001)).toBeUndefined();
    expect(log.down).toBe(false);
    expect(log.failure(T0 + 5_000, 'Socket closed unexpectedly')).toEqual({ kind: 'lost', error: 'Socket closed unexpectedly' });
  });

  it('the interval is the caller’s', () => {
    const log = new OutageLog(10_000);
    log.failure(T0, 'x');
    expect(log.failure(T0 + 9_999, 'x')).toBeUndefined();
    expect(log.failure(T0 + 10_000, 'x')).toMatchObject({ kind: 'still-lost', suppressed: 1 });
  });

  it('a clock stepped back does not silence it for ever', () => {
    const log = new OutageLog();
    log.failure(T0, 'x');
    expect(log.failure(T0 - 3_600_000, 'x')).toMatchObject({ kind: 'still-lost', downForMs: 0, suppressed: 0 });
    expect(log.failure(T0 - 3_600_000 + 1_000, 'x')).toBeUndefined();
  });
});

describe('describeOutageNotice', () => {
  const what = 'Redis at redis://127.0.0.1:6379';
  it('words each notice in one line', () => {
    expect(describeOutageNotice({ kind: 'lost', error: 'connect ECONNREFUSED 127.0.0.1:6379' }, what)).toBe(
      'Redis at redis://127.0.0.1:6379 is unreachable (connect ECONNREFUSED 127.0.0.1:6379): reconnecting; while it stays so, one line every 1 min at most',
    );
    expect(describeOutageNotice({ kind: 'still-lost', downForMs: 125_000, suppressed: 14, error: 'connect ECONNREFUSED' }, what)).toBe(
      'Redis at redis://127.0.0.1:6379 still unreachable after 2 min 5 s (connect ECONNREFUSED); 14 failures since the last line not logged',
    );
    expect(describeOutageNotice({ kind: 'back', downForMs: 3_900_000, suppressed: 1 }, what)).toBe('Redis at redis://127.0.0.1:6379 is back after 1 h 5 min; 1 failure since the last line not logged');
  });
});
