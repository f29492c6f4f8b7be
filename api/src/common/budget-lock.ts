import { LockMode, type EntityName, type FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Locks the row that owns a cap or budget (`SELECT … FOR UPDATE`) and returns it fresh. Called inside
 * the writing transaction before the used amount is read: checks of one budget then run one after
 * another, each seeing what the one before committed, so requests sent at the same moment end exactly
 * as if sent one after the other. The lock is held until the transaction ends.
 */
export async function lockBudgetOwner<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  where: FilterQuery<T>,
): Promise<T | null> {
  return em.findOne(entity, where, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
}
