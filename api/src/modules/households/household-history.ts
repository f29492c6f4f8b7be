import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../auth/actor';
import { AuditEntry } from '../../audit/audit-entry.entity';
import { maskIdNumber, maskPhone, mayReadPersonalData } from '../../audit/sensitive.middleware';
import { HouseholdIncome } from './household-income.entity';
import { Member } from './member.entity';

/** Personal fields inside logged changes get the same masking as the live fields. */
const MASK_IN_CHANGES: Record<string, (value: unknown) => unknown> = {
  idNumber: (v) => (typeof v === 'string' ? maskIdNumber(v) : v),
  phone: (v) => (typeof v === 'string' ? maskPhone(v) : v),
  healthStatus: (v) => (v == null ? v : '***'),
  disabilityGrade: (v) => (v == null ? v : '***'),
};

function maskChanges(changes: Record<string, unknown> | null | undefined): Record<string, unknown> | null {
  if (!changes) return null;
  return Object.fromEntries(Object.entries(changes).map(([field, value]) => {
    const mask = MASK_IN_CHANGES[field];
    if (!mask) return [field, value];
    return [field, Array.isArray(value) ? value.map(mask) : mask(value)];
  }));
}

/**
 * 变更记录 of households: the audit entries of the household, its members (current and removed)
 * and its income records, newest first, batched for a page of households. Readers without
 * pii.read see personal values in the changes masked, as everywhere else.
 */
export function householdHistoryLoader(em: EntityManager, actor: () => Actor | null) {
  return new DataLoader<string, AuditEntry[]>(async (householdIds) => {
    const ids = [...householdIds];
    // Outside the identity map: partial entities there would be answered to the members/incomes
    // fields of the same request, without their other columns (version null).
    const [members, incomes] = await Promise.all([
      em.find(Member, { householdId: { $in: ids } }, { fields: ['id', 'householdId'], disableIdentityMap: true }),
      em.find(HouseholdIncome, { householdId: { $in: ids } }, { fields: ['id', 'householdId'], disableIdentityMap: true }),
    ]);
    const owner = new Map<string, string>(ids.map((id) => [id, id]));
    for (const row of [...members, ...incomes]) owner.set(row.id, row.householdId);
    const entries = await em.find(AuditEntry, {
      entityName: { $in: ['Household', 'Member', 'HouseholdIncome'] },
      entityId: { $in: [...owner.keys()] },
      action: { $ne: 'PII_READ' as never },
    }, { orderBy: { id: 'desc' }, limit: 500 * ids.length });
    const unmasked = mayReadPersonalData(actor());
    const grouped = new Map<string, AuditEntry[]>(ids.map((id) => [id, []]));
    for (const entry of entries) {
      // A copy, never the managed entity: the log is append-only and must not look changed.
      const shown = unmasked ? entry : ({ ...entry, changes: maskChanges(entry.changes) } as AuditEntry);
      grouped.get(owner.get(entry.entityId!)!)?.push(shown);
    }
    return ids.map((id) => grouped.get(id)!);
  });
}
