import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../auth/actor';
import { AuditEntry } from '../../audit/audit-entry.entity';
import { maskLoggedChanges, mayReadPersonalData } from '../../audit/sensitive.middleware';
import { HouseholdIncome } from './household-income.entity';
import { Member } from './member.entity';

/**
 * 变更记录 of households: the audit entries of the household, its members (current and removed)
 * and its income records, newest first, batched for a page of households. Readers without
 * pii.read see personal values in the changes masked by the audit log's one rule (maskLoggedChanges).
 */
export function householdHistoryLoader(em: EntityManager, actor: () => Actor | null) {
  return new DataLoader<string, AuditEntry[]>(async (householdIds) => {
    const ids = [...householdIds];
    // Outside the identity map: partial entities there would be answered to the members/incomes
    // fields of the same request, without their other columns (version null).
    const [members, incomes] = await Promise.all([
      em.find(Member, { householdId: { $in: ids } }, { fields: ['id', 'householdId'], disableIdentityMap: true }),
      em.find(
        HouseholdIncome,
        { householdId: { $in: ids } },
        { fields: ['id', 'householdId'], disableIdentityMap: true },
      ),
    ]);
    const owner = new Map<string, string>(ids.map((id) => [id, id]));
    for (const row of [...members, ...incomes]) owner.set(row.id, row.householdId);
    const entries = await em.find(
      AuditEntry,
      {
        entityName: { $in: ['Household', 'Member', 'HouseholdIncome'] },
        entityId: { $in: [...owner.keys()] },
        action: { $ne: 'PII_READ' as never },
      },
      { orderBy: { id: 'desc' }, limit: 500 * ids.length },
    );
    const unmasked = mayReadPersonalData(actor());
    const grouped = new Map<string, AuditEntry[]>(ids.map((id) => [id, []]));
    for (const entry of entries) {
      // A copy, never the managed entity: the log is append-only and must not look changed.
      const shown = unmasked
        ? entry
        : ({ ...entry, changes: maskLoggedChanges(entry.entityName, entry.changes) } as AuditEntry);
      grouped.get(owner.get(entry.entityId!)!)?.push(shown);
    }
    return ids.map((id) => grouped.get(id)!);
  });
}
