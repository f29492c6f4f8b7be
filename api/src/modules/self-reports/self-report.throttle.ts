/**
 * Limits on the public self-report, per client address and per ID number: a sliding window in
 * process memory, like the sign-in throttle (auth/login-throttle.ts). Regional defaults, not from
 * the seeds: 10 reports per address per hour, 3 per ID number per day.
 */
export const ADDRESS_LIMIT = { max: 10, windowMs: 60 * 60_000 };
export const ID_NUMBER_LIMIT = { max: 3, windowMs: 24 * 60 * 60_000 };
/** Bounds memory under a flood of distinct keys; the oldest key is forgotten first. */
const MAX_KEYS = 20_000;

export class SlidingWindowLimit {
  private readonly hits = new Map<string, number[]>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Counts an attempt; false (and not counted) when the key has used up its window. */
  take(key: string, limit: { max: number; windowMs: number }): boolean {
    const since = this.now() - limit.windowMs;
    const times = (this.hits.get(key) ?? []).filter((t) => t > since);
    this.hits.delete(key);
    if (times.length >= limit.max) {
      this.hits.set(key, times);
      return false;
    }
    times.push(this.now());
    this.hits.set(key, times);
    if (this.hits.size > MAX_KEYS) this.hits.delete(this.hits.keys().next().value!);
    return true;
  }

  reset(): void {
    this.hits.clear();
  }
}

/** One per process: every self-report goes through it. */
export const selfReportLimit = new SlidingWindowLimit();
