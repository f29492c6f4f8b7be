import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Division } from '../modules/divisions/division.entity';
import { Household } from '../modules/households/household.entity';
import { HouseholdIncome } from '../modules/households/household-income.entity';
import { Member } from '../modules/households/member.entity';
import { MemberStatus } from '../modules/households/household.enums';
import { RiskFactor } from '../modules/monitoring/risk-factor.entity';
import { CaseEvent, MonitoringCase } from '../modules/monitoring/monitoring-case.entity';
import { householdHistoryLoader } from '../modules/households/household-history';
import type { Actor } from '../auth/actor';
import { User } from '../modules/users/user.entity';

/** Batches by key through the request's EntityManager, so the jurisdiction filter still applies. */
export function loaderBy<K extends string, T extends object>(
  em: EntityManager,
  entity: new (...args: never[]) => T,
  key: K & keyof T,
) {
  return new DataLoader<string, T | null>(async (keys) => {
    const rows = await em.find(entity, { [key]: { $in: [...keys] } } as never);
    const byKey = new Map(rows.map((row) => [String(row[key]), row]));
    return keys.map((k) => byKey.get(k) ?? null);
  });
}

/** Groups rows by a key in one query: for to-many nested fields (a household's members). */
export function groupLoaderBy<T extends object>(
  load: (keys: string[]) => Promise<T[]>,
  keyOf: (row: T) => string,
) {
  return new DataLoader<string, T[]>(async (keys) => {
    const groups = new Map<string, T[]>();
    for (const row of await load([...keys])) {
      const key = keyOf(row);
      if (!groups.has(key)) groups.set(key, []);
      groups.get(key)!.push(row);
    }
    return keys.map((k) => groups.get(k) ?? []);
  });
}

/** Per-request DataLoaders; modules add theirs here. */
export function createLoaders(em: EntityManager, actor: () => Actor | null = () => null) {
  return {
    householdHistory: householdHistoryLoader(em, actor),
    division: loaderBy(em, Division, 'code'),
    user: loaderBy(em, User, 'id'),
    household: loaderBy(em, Household, 'id'),
    member: loaderBy(em, Member, 'id'),
    membersByHousehold: groupLoaderBy(
      (ids) => em.find(Member, { householdId: { $in: ids }, status: MemberStatus.ACTIVE }, { orderBy: { householdId: 'asc', relation: 'asc', birthDate: 'asc' } }),
      (m) => m.householdId,
    ),
    incomesByHousehold: groupLoaderBy(
      (ids) => em.find(HouseholdIncome, { householdId: { $in: ids } }, { orderBy: { householdId: 'asc', year: 'desc' } }),
      (i) => i.householdId,
    ),
    riskFactorsByHousehold: groupLoaderBy(
      (ids) => em.find(RiskFactor, { householdId: { $in: ids } }, { orderBy: { householdId: 'asc', occurredOn: 'desc' } }),
      (r) => r.householdId,
    ),
    casesByHousehold: groupLoaderBy(
      (ids) => em.find(MonitoringCase, { householdId: { $in: ids } }, { orderBy: { householdId: 'asc', openedOn: 'desc', createdAt: 'desc' } }),
      (c) => c.householdId,
    ),
    eventsByCase: groupLoaderBy(
      (ids) => em.find(CaseEvent, { caseId: { $in: ids } }, { orderBy: { caseId: 'asc', at: 'asc' } }),
      (e) => e.caseId,
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
