// Small semaphores for the HTTP fetcher: a global cap on requests in flight and a cap per host,
// so polling a hundred feeds never opens a hundred sockets or hammers one publisher.

export interface Limiter {
  /** Runs `task` once a slot is free; a queued task is dropped if `signal` aborts first. */
  run<T>(task: () => Promise<T>, signal?: AbortSignal): Promise<T>;
  readonly active: number;
  readonly pending: number;
}

export interface KeyedLimiter {
  run<T>(key: string, task: () => Promise<T>, signal?: AbortSignal): Promise<T>;
}

/** At most `maxConcurrent` tasks at once; the rest wait in FIFO order. */
export function createLimiter(maxConcurrent: number): Limiter {
  if (!Number.isInteger(maxConcurrent) || maxConcurrent < 1) {
    throw new RangeError(`concurrency: bad limit: ${maxConcurrent} is not a positive integer`);
  }
  let active = 0;
  const waiting: Array<() => void> = [];

  const acquire = (signal?: AbortSignal): Promise<void> => {
    signal?.throwIfAborted();
    if (active < maxConcurrent) {
      active += 1;
      return Promise.resolve();
    }
    return new Promise<void>((resolve, reject) => {
      const onAbort = () => {
        const index = waiting.indexOf(wake);
        if (index >= 0) waiting.splice(index, 1);
        reject(signal?.reason);
      };
      const wake = () => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      };
      waiting.push(wake);
      signal?.addEventListener('abort', onAbort, { once: true });
    });
  };

  const release = () => {
    // Hand the slot straight to the next waiter so a newcomer cannot jump the queue.
    const next = waiting.shift();
    if (next) next();
    else active -= 1;
  };

  return {
    async run(task, signal) {
      await acquire(signal);
      try {
        return await task();
      } finally {
        release();
      }
    },
    get active() {
      return active;
    },
    get pending() {
      return waiting.length;
    },
  };
}

/** One limiter per key (e.g. per host), created on demand and dropped once idle. */
export function createKeyedLimiter(maxPerKey: number): KeyedLimiter {
  const limiters = new Map<string, Limiter>();
  return {
    async run(key, task, signal) {
      let limiter = limiters.get(key);
      if (!limiter) {
        limiter = createLimiter(maxPerKey);
        limiters.set(key, limiter);
      }
      try {
        return await limiter.run(task, signal);
      } finally {
        if (limiter.active === 0 && limiter.pending === 0) limiters.delete(key);
      }
    },
  };
}
