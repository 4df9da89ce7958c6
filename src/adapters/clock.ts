import type { Clock } from '../ports.ts';

export const systemClock: Clock = { now: () => new Date() };

/** A clock that only moves when told to: for tests and simulated time. */
export function fixedClock(start: Date | string): Clock & { advance(ms: number): void; set(at: Date | string): void } {
  let current = new Date(start);
  return {
    now: () => new Date(current),
    advance(ms) {
      current = new Date(current.getTime() + ms);
    },
    set(at) {
      current = new Date(at);
    },
  };
}
