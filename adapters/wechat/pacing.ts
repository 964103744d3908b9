import type { Clock } from '../../src/clock.js';

/**
 * A sliding-window budget per key (a room, an account, a webhook URL): at most `limit` sends
 * in any `windowMs`. Used inside `send` so a full budget becomes a `rate_limited` error with
 * the exact wait, and the outbox retries then instead of the adapter sleeping.
 */
export interface WindowLimiter {
  /**
   * Wait in ms before `count` more sends fit for `key`; 0 when they fit now. A request larger
   * than the whole budget fits once the window is empty, so it never waits forever.
   */
  waitFor(key: string, count: number): number;
  /** Records `count` sends for `key` now. */
  take(key: string, count: number): void;
}

export interface WindowLimiterOptions {
  limit: number;
  windowMs: number;
  clock: Clock;
}

export function createWindowLimiter(options: WindowLimiterOptions): WindowLimiter {
  const { limit, windowMs, clock } = options;
  const sends = new Map<string, number[]>();

  function recent(key: string, now: number): number[] {
    const kept = (sends.get(key) ?? []).filter((at) => at > now - windowMs);
    if (kept.length === 0) sends.delete(key);
    else sends.set(key, kept);
    return kept;
  }

  return {
    waitFor(key, count) {
      const now = clock().getTime();
      const times = recent(key, now);
      const excess = times.length + Math.min(count, limit) - limit;
      if (excess <= 0) return 0;
      // The `excess`-th oldest send must leave the window first.
      const until = (times[excess - 1] as number) + windowMs;
      return Math.max(1, until - now);
    },
    take(key, count) {
      const now = clock().getTime();
      const times = recent(key, now);
      for (let i = 0; i < count; i++) times.push(now);
      sends.set(key, times);
    },
  };
}
