/**
 * Failed-login counter: after `max` failed logins for one key within `windowMs`, further
 * attempts for that key are refused until the oldest failure leaves the window. Only failures
 * count, so people who type their password right are never slowed down.
 *
 * In memory, per process: behind several API processes each counts its own (the limit then
 * applies per process, still bounding a guesser).
 */
export interface LoginLimiter {
  /** Seconds until `key` may try again, or 0 when it may try now. */
  retryAfter(key: string, now?: number): number;
  /** Record a failed login for `key`. */
  fail(key: string, now?: number): void;
  /** Forget the failures of `key` (after a successful login). */
  reset(key: string): void;
}

/**
 * Create a {@link LoginLimiter}. Defaults: 5 failures per 60 s, so the 6th attempt within a
 * minute of five failures is refused (429 in the login route).
 * @example const l = createLoginLimiter(); for (let i = 0; i < 5; i++) l.fail("ip|a@b"); l.retryAfter("ip|a@b") > 0
 */
export function createLoginLimiter(max = 5, windowMs = 60_000): LoginLimiter {
  const failures = new Map<string, number[]>();
  const recent = (key: string, now: number): number[] => {
    const kept = (failures.get(key) ?? []).filter((at) => now - at < windowMs);
    if (kept.length === 0) failures.delete(key);
    else failures.set(key, kept);
    return kept;
  };
  return {
    retryAfter(key, now = Date.now()) {
      const kept = recent(key, now);
      if (kept.length < max) return 0;
      const oldest = kept[kept.length - max] ?? now;
      return Math.max(1, Math.ceil((oldest + windowMs - now) / 1000));
    },
    fail(key, now = Date.now()) {
      const kept = recent(key, now);
      kept.push(now);
      failures.set(key, kept);
      if (failures.size > 100_000) {
        for (const k of failures.keys()) {
          recent(k, now);
          if (failures.size <= 50_000) break;
        }
      }
    },
    reset(key) {
      failures.delete(key);
    },
  };
}
