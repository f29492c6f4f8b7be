import type { EntityManager } from '@mikro-orm/postgresql';
import { countHits, resetRateCounters } from '../../database/rate-counter';

/**
 * Limits on the public self-report, per client address and per ID number, counted in PostgreSQL
 * (`common/rate-counter.ts`) so they hold across every API instance. Regional defaults, not from
 * the seeds: 10 reports per address per hour, 3 per ID number per day.
 */
export const ADDRESS_LIMIT = { max: 10, windowMs: 60 * 60_000 };
export const ID_NUMBER_LIMIT = { max: 3, windowMs: 24 * 60 * 60_000 };
const PREFIX = 'self-report:';

export const selfReportLimit = {
  /** Counts a report against the key; false when the key has used up its window. */
  async take(em: EntityManager, key: string, limit: { max: number; windowMs: number }): Promise<boolean> {
    const [hit] = await countHits(em, [{ key: PREFIX + key, windowMs: limit.windowMs }]);
    return hit.count <= limit.max;
  },

  /** Forgets every self-report count (tests). */
  async reset(em: EntityManager): Promise<void> {
    await resetRateCounters(em, PREFIX);
  },
};
