/**
 * Per client address: failed sign-ins in a sliding window, kept in this process's memory (a
 * restart forgets them; several API processes each count their own). The per-account lockout in
 * the database is the durable limit; this one stops one address from guessing across many
 * accounts. An attempt counts from the moment it starts (so a burst of parallel guesses is counted
 * as it arrives, not after the slow password check) and is forgiven if it succeeds.
 *
 * Regional policy defaults, not from the seeds: 20 attempts per address per 15 minutes; from the
 * 6th failure on, each answer is delayed by 0.5 s more (at most 5 s).
 */
export const ADDRESS_WINDOW_MS = 15 * 60_000;
export const ADDRESS_MAX_ATTEMPTS = 20;
const FREE_FAILURES = 5;
const DELAY_STEP_MS = 500;
const MAX_DELAY_MS = 5_000;
/** Bounds memory under a flood of distinct addresses; the oldest address is forgotten first. */
const MAX_ADDRESSES = 10_000;

export class LoginThrottle {
  private readonly attempts = new Map<string, number[]>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Records an attempt; false when the address has used up its window. */
  begin(address: string): boolean {
    const times = this.recent(address);
    if (times.length >= ADDRESS_MAX_ATTEMPTS) return false;
    times.push(this.now());
    this.attempts.delete(address);
    this.attempts.set(address, times);
    if (this.attempts.size > MAX_ADDRESSES) this.attempts.delete(this.attempts.keys().next().value!);
    return true;
  }

  /** A successful sign-in forgives the attempt it made. */
  succeeded(address: string): void {
    this.recent(address).pop();
  }

  /** How long to hold back a failure's answer, growing with the address's recent failures. */
  delayMs(address: string): number {
    const excess = this.recent(address).length - FREE_FAILURES;
    return excess > 0 ? Math.min(excess * DELAY_STEP_MS, MAX_DELAY_MS) : 0;
  }

  private recent(address: string): number[] {
    const since = this.now() - ADDRESS_WINDOW_MS;
    const times = (this.attempts.get(address) ?? []).filter((t) => t > since);
    this.attempts.set(address, times);
    return times;
  }
}

/** One per process: every request's login goes through it. */
export const loginThrottle = new LoginThrottle();
