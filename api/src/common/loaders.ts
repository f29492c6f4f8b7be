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
import { CaseObjection, CaseReview } from '../modules/monitoring/case-review.entity';
import { MonitoringPolicy } from '../modules/monitoring/policy.entity';
import { ancestry, resolvePolicy, type PolicyValues } from '../modules/monitoring/policy.rules';
import type { ProcedureTemplate } from '../modules/monitoring/monitoring.enums';
import { todayInChina } from './dates';
import type { Actor } from '../auth/actor';
import { scopedSql, SqlFragment, sqlText, type SqlScope } from '../jurisdiction/scoped-sql';
import { jsonRow, plainRow } from './plain-rows';
import { User } from '../modules/users/user.entity';
import { referenceLabelLoader } from '../audit/references';

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
    /**
     * The display name of whoever acted on a record the reader may see (办理记录): officers' names are
     * read across jurisdictions, since the township or county that acted on a village's case is
     * outside the village's own. Only the name leaves this loader.
     */
    actorName: new DataLoader<string, string | null>(async (ids) => {
      const rows = await em.find(User, { id: { $in: [...ids] } }, { filters: false, fields: ['id', 'displayName'] });
      const byId = new Map(rows.map((row) => [row.id, row.displayName]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    /** The same by account name, for records that keep only the acting account's name (报送人, 处理人). */
    accountName: new DataLoader<string, string | null>(async (usernames) => {
      const rows = await em.find(User, { username: { $in: [...usernames] } }, { filters: false, fields: ['username', 'displayName'] });
      const byUsername = new Map(rows.map((row) => [row.username, row.displayName]));
      return usernames.map((username) => byUsername.get(username) ?? null);
    }),
    household: loaderBy(em, Household, 'id'),
    member: loaderBy(em, Member, 'id'),
    membersByHousehold: groupLoaderBy(
      (ids) => em.find(Member, { householdId: { $in: ids }, status: MemberStatus.ACTIVE }, { orderBy: { householdId: 'asc', relation: 'asc', birthDate: 'asc' } }),
      (m) => m.householdId,
    ),
    riskFactorsByHousehold: groupLoaderBy(
      (ids) => em.find(RiskFactor, { householdId: { $in: ids } }, { orderBy: { householdId: 'asc', occurredOn: 'desc' } }),
      (r) => r.householdId,
    ),
    reviewsByCase: groupLoaderBy(
      (ids) => em.find(CaseReview, { caseId: { $in: ids } }, { orderBy: { caseId: 'asc', createdAt: 'asc' } }),
      (r) => r.caseId,
    ),
    objectionsByCase: groupLoaderBy(
      (ids) => em.find(CaseObjection, { caseId: { $in: ids } }, { orderBy: { caseId: 'asc', receivedOn: 'asc', createdAt: 'asc' } }),
      (o) => o.caseId,
    ),
    /** The procedure template in force this year for each division (policies of all ancestors in one query). */
    procedureTemplate: new DataLoader<string, ProcedureTemplate | null>(async (codes) => {
      const year = Number(todayInChina().slice(0, 4));
      // Ancestors' policies apply below them, so they are read past the filter (codes are of visible cases).
      const rows = await em.find(MonitoringPolicy, { divisionCode: { $in: [...new Set(codes.flatMap(ancestry))] }, year }, { filters: false });
      return codes.map((code) => (resolvePolicy(code, rows as Array<MonitoringPolicy & PolicyValues>).values.procedureTemplate as ProcedureTemplate | undefined) ?? null);
    }),
    eventsByCase: groupLoaderBy(
      (ids) => em.find(CaseEvent, { caseId: { $in: ids } }, { orderBy: { caseId: 'asc', at: 'asc' } }),
      (e) => e.caseId,
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

/**
 * Nested lists read as plain rows (read-only field resolvers): one kind per nested field, keyed by
 * the parent's id (or code). Every kind asked for in the same tick is answered by ONE statement
 * (`union all` of one branch per kind), so a page with members, incomes, risks, cases and the
 * village costs one statement per level, whatever the page size. Each branch carries the scope
 * predicate on its own table.
 */
interface RowKind {
  entity: { name: string };
  table: string;
  alias: string;
  /** The column the parent's key matches, and its SQL type. */
  key: string;
  keyType: 'uuid' | 'text';
  /** The column the scope predicate applies to. */
  scope: string;
  where?: string;
  orderBy: string;
}

export const ROW_KINDS = {
  householdMembers: { entity: Member, table: 'household_member', alias: 'm', key: 'household_id', keyType: 'uuid', scope: 'division_code', where: `m.status = 'ACTIVE'`, orderBy: 'm.household_id, m.relation, m.birth_date' },
  householdIncomes: { entity: HouseholdIncome, table: 'household_income', alias: 'i', key: 'household_id', keyType: 'uuid', scope: 'division_code', orderBy: 'i.household_id, i.year desc' },
  householdRisks: { entity: RiskFactor, table: 'risk_factor', alias: 'r', key: 'household_id', keyType: 'uuid', scope: 'division_code', orderBy: 'r.household_id, r.occurred_on desc' },
  householdCases: { entity: MonitoringCase, table: 'monitoring_case', alias: 'c', key: 'household_id', keyType: 'uuid', scope: 'division_code', orderBy: 'c.household_id, c.opened_on desc, c.created_at desc' },
  division: { entity: Division, table: 'division', alias: 'd', key: 'code', keyType: 'text', scope: 'code', orderBy: 'd.code' },
} satisfies Record<string, RowKind>;

export type RowKindName = keyof typeof ROW_KINDS;

export function createRowLoaders(scope: () => SqlScope) {
  const loader = new DataLoader<string, object[]>(async (keys) => {
    const byKind = new Map<RowKindName, string[]>();
    for (const key of keys) {
      const [kind, id] = key.split('\u0000') as [RowKindName, string];
      if (!byKind.has(kind)) byKind.set(kind, []);
      byKind.get(kind)!.push(id);
    }
    const scoped = scopedSql(scope());
    const em = scope().em;
    const branches: SqlFragment[] = [];
    for (const [kind, ids] of byKind) {
      const k: RowKind = ROW_KINDS[kind];
      // Passed as one array literal (the driver would spread a JS array into a list); keys are checked to be uuids or codes.
      const values = `{${ids.filter((id) => (k.keyType === 'uuid' ? /^[0-9a-f-]{36}$/i : /^\d{1,12}$/).test(id)).join(',')}}`;
      const inScope = scoped.inScope(`${k.alias}.${k.scope}`);
      const row = jsonRow(em, k.entity, k.alias);
      branches.push(new SqlFragment(
        `select '${kind}' as kind, ${k.alias}.${k.key}::text as key, ${row.text} as row, row_number() over (order by ${k.orderBy}) as n
          from ${k.table} ${k.alias} where ${inScope.text} and ${k.alias}.${k.key} = any(?::${k.keyType}[])${k.where ? ` and ${k.where}` : ''}`,
        [...inScope.params, values], true,
      ));
    }
    const union = new SqlFragment(branches.map((b) => `(${b.text})`).join(' union all '), branches.flatMap((b) => b.params), true);
    const rows = await scoped.query<{ kind: RowKindName; key: string; row: Record<string, unknown> }>`${union} ${sqlText('order by kind, n')}`;
    const groups = new Map<string, object[]>();
    for (const r of rows) {
      const key = `${r.kind}\u0000${r.key}`;
      if (!groups.has(key)) groups.set(key, []);
      groups.get(key)!.push(plainRow(em, ROW_KINDS[r.kind].entity, r.row));
    }
    return keys.map((key) => groups.get(key) ?? []);
  });
  return {
    /** What people call the record with this id (audit entries name records by id), or null. */
    referenceLabel: referenceLabelLoader(scope),
    /** The plain rows of `kind` under one parent key. */
    load<T = object>(kind: RowKindName, key: string): Promise<T[]> {
      return loader.load(`${kind}\u0000${key}`) as Promise<T[]>;
    },
  };
}

export type RowLoaders = ReturnType<typeof createRowLoaders>;
