/**
 * A concurrency limit with a bounded queue for expensive work (PNG rendering): at most
 * `concurrency` tasks run at once, at most `maxQueued` wait, and anything beyond is refused at
 * once with `BusyError` (the route answers 503), so a burst can neither starve the event loop
 * nor pile up unbounded work and memory.
 */
export class BusyError extends Error {
  constructor() {
    super("too many renders waiting");
    this.name = "BusyError";
  }
}

export type Limiter = {
  run<T>(task: () => Promise<T>): Promise<T>;
  readonly active: number;
  readonly queued: number;
};

export function createLimiter({ concurrency, maxQueued }: { concurrency: number; maxQueued: number }): Limiter {
  let active = 0;
  const waiting: (() => void)[] = [];

  const release = () => {
    active--;
    const next = waiting.shift();
    if (next) {
      active++;
      next();
    }
  };

  return {
    get active() {
      return active;
    },
    get queued() {
      return waiting.length;
    },
    async run<T>(task: () => Promise<T>): Promise<T> {
      if (active >= concurrency) {
        if (waiting.length >= maxQueued) throw new BusyError();
        await new Promise<void>((resolve) => waiting.push(resolve));
      } else {
        active++;
      }
      try {
        return await task();
      } finally {
        release();
      }
    },
  };
}
