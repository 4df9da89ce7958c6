import { describe, expect, it } from 'vitest';
import { type FeedHealth, recordFetchOutcome } from '../../../src/core/fetch/feed-health.ts';

const fail = (at: string, reason = 'fetcher: GET http://x/: HTTP 500') => ({ ok: false as const, at, reason });
const ok = (at: string) => ({ ok: true as const, at });

describe('recordFetchOutcome', () => {
  it('starts ok on a first success', () => {
    expect(recordFetchOutcome(undefined, ok('t1'))).toEqual({ consecutiveFailures: 0, lastSuccessAt: 't1', status: 'ok' });
  });

  it('counts failures and records the last error while still under the threshold', () => {
    const health = recordFetchOutcome(undefined, fail('t1', 'boom'));
    expect(health).toEqual({ consecutiveFailures: 1, failingSince: 't1', lastFailureAt: 't1', lastError: 'boom', status: 'ok' });
  });

  it('becomes failing exactly at failingAfter consecutive failures', () => {
    let health: FeedHealth | undefined;
    const statuses: string[] = [];
    for (let i = 1; i <= 4; i++) {
      health = recordFetchOutcome(health, fail(`t${i}`), 3);
      statuses.push(health.status);
    }
    expect(statuses).toEqual(['ok', 'ok', 'failing', 'failing']);
    expect(health?.consecutiveFailures).toBe(4);
  });

  it('defaults to failing after 5 failures', () => {
    let health: FeedHealth | undefined;
    for (let i = 1; i <= 4; i++) health = recordFetchOutcome(health, fail(`t${i}`));
    expect(health?.status).toBe('ok');
    expect(recordFetchOutcome(health, fail('t5')).status).toBe('failing');
  });

  it('is ok again on the next success, keeping the last failure for diagnosis', () => {
    let health: FeedHealth | undefined;
    for (let i = 1; i <= 6; i++) health = recordFetchOutcome(health, fail(`t${i}`, `error ${i}`), 2);
    const recovered = recordFetchOutcome(health, ok('t7'), 2);
    expect(recovered).toEqual({
      consecutiveFailures: 0,
      lastSuccessAt: 't7',
      lastFailureAt: 't6',
      lastError: 'error 6',
      status: 'ok',
    });
  });

  it('a failure after a recovery starts counting from one', () => {
    const failing: FeedHealth = { consecutiveFailures: 9, status: 'failing' };
    const health = recordFetchOutcome(recordFetchOutcome(failing, ok('t1')), fail('t2'));
    expect(health.consecutiveFailures).toBe(1);
    expect(health.status).toBe('ok');
  });

  it('remembers the first failure of the run until the feed answers again', () => {
    let health: FeedHealth | undefined;
    for (let i = 1; i <= 3; i++) health = recordFetchOutcome(health, fail(`t${i}`));
    expect(health).toMatchObject({ consecutiveFailures: 3, failingSince: 't1', lastFailureAt: 't3' });
    const recovered = recordFetchOutcome(health, ok('t4'));
    expect(recovered.failingSince).toBeUndefined();
    expect(recordFetchOutcome(recovered, fail('t5')).failingSince).toBe('t5');
  });

  it('health stored before failingSince: the run dates from its last recorded failure', () => {
    const old: FeedHealth = { consecutiveFailures: 2, lastFailureAt: 't2', status: 'ok' };
    expect(recordFetchOutcome(old, fail('t3')).failingSince).toBe('t2');
  });

  it('does not mutate the health it is given', () => {
    const health: FeedHealth = { consecutiveFailures: 1, status: 'ok' };
    recordFetchOutcome(health, fail('t2'));
    expect(health).toEqual({ consecutiveFailures: 1, status: 'ok' });
  });
});
