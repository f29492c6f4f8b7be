import type { EntityManager } from '@mikro-orm/postgresql';
import { countHits, forgiveHits, type Count } from '../database/rate-counter';

/**
 * Sign-in slowing by client address, counted in PostgreSQL (`common/rate-counter.ts`), so every
 * API instance sees the same numbers. The per-account lockout (`app_user.failed_logins`) is the
 * durable limit; this one stops guessing from one address:
 * - per address AND account name: at most 20 failed attempts per 15 minutes, then that pair is
 *   refused until the window ends. Other people behind the same address (a township office behind
 *   one NAT) keep signing in: their failures are counted against their own names.
 * - per address: from the 6th failure in the window on, each failure's answer is delayed by 0.5 s
 *   more (at most 5 s), whatever the account.
 * An attempt counts from the moment it starts (a burst of parallel guesses is counted as it
 * arrives, not after the slow password check); one that succeeds is taken back, so successes are
 * never counted.
 *
 * Regional policy defaults, not from the seeds.
 */
export const ADDRESS_WINDOW_MS = 15 * 60_000;
export const PAIR_MAX_FAILURES = 20;
const FREE_FAILURES = 5;
const DELAY_STEP_MS = 500;
const MAX_DELAY_MS = 5_000;

export interface LoginAttempt {
  /** False when this address has used up its failures for this account name. */
  allowed: boolean;
  counts: Count[];
}

const pairKey = (address: string, username: string) => `login:${address}|${username.trim().slice(0, 64)}`;
const addressKey = (address: string) => `login:${address}`;

/** Counts an attempt for the address and the address-and-name pair (one statement). */
export async function beginLogin(em: EntityManager, address: string, username: string): Promise<LoginAttempt> {
  const counts = await countHits(em, [
    { key: pairKey(address, username), windowMs: ADDRESS_WINDOW_MS },
    { key: addressKey(address), windowMs: ADDRESS_WINDOW_MS },
  ]);
  return { allowed: counts[0].count <= PAIR_MAX_FAILURES, counts };
}

/** A successful sign-in takes its attempt back. */
export async function loginSucceeded(em: EntityManager, attempt: LoginAttempt): Promise<void> {
  await forgiveHits(em, attempt.counts);
}

/** How long to hold back a failure's answer, growing with the address's failures in the window. */
export function failureDelayMs(attempt: LoginAttempt): number {
  const excess = attempt.counts[1].count - FREE_FAILURES;
  return excess > 0 ? Math.min(excess * DELAY_STEP_MS, MAX_DELAY_MS) : 0;
}
