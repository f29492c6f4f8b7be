import DataLoader from 'dataloader';
import type { Context } from '../../context';
import { groupLoaderBy, perRequest, type RowKind } from '../../common/loaders';
import { todayInChina } from '../../common/dates';
import { selfAndAncestorsOf } from '../../jurisdiction/division-code';
import { CaseObjection, CaseReview } from './case-review.entity';
import { CaseEvent, MonitoringCase } from './monitoring-case.entity';
import type { ProcedureTemplate } from './monitoring.enums';
import { MonitoringPolicy } from './policy.entity';
import { resolvePolicy, type PolicyValues } from './policy.rules';
import { RiskFactor } from './risk-factor.entity';

/** A case's nested lists and the procedure in force, one query per field per page. */
export const caseLoaders = perRequest((ctx: Context) => {
  const em = ctx.em;
  return {
    reviewsByCase: groupLoaderBy(
      (ids) => em.find(CaseReview, { caseId: { $in: ids } }, { orderBy: { caseId: 'asc', createdAt: 'asc' } }),
      (r) => r.caseId,
    ),
    objectionsByCase: groupLoaderBy(
      (ids) =>
        em.find(
          CaseObjection,
          { caseId: { $in: ids } },
          { orderBy: { caseId: 'asc', receivedOn: 'asc', createdAt: 'asc' } },
        ),
      (o) => o.caseId,
    ),
    eventsByCase: groupLoaderBy(
      (ids) => em.find(CaseEvent, { caseId: { $in: ids } }, { orderBy: { caseId: 'asc', at: 'asc' } }),
      (e) => e.caseId,
    ),
    /** The procedure template in force this year for each division (policies of all ancestors in one query). */
    procedureTemplate: new DataLoader<string, ProcedureTemplate | null>(async (codes) => {
      const year = Number(todayInChina().slice(0, 4));
      const rows = await em.find(
        MonitoringPolicy,
        { divisionCode: { $in: [...new Set(codes.flatMap(selfAndAncestorsOf))] }, year },
        // Ancestors' policies apply below them, so they are read past the filter (codes are of visible cases).
        { filters: false },
      );
      return codes.map(
        (code) =>
          (resolvePolicy(code, rows as Array<MonitoringPolicy & PolicyValues>).values.procedureTemplate as
            ProcedureTemplate | undefined) ?? null,
      );
    }),
  };
});

/** A household's risk factors as plain rows, newest first. */
export const RISK_ROWS: RowKind<RiskFactor> = {
  name: 'householdRisks',
  entity: RiskFactor,
  table: 'risk_factor',
  alias: 'r',
  key: 'household_id',
  keyType: 'uuid',
  scope: 'division_code',
  orderBy: 'r.household_id, r.occurred_on desc',
};

/** A household's monitoring cases as plain rows, newest first. */
export const CASE_ROWS: RowKind<MonitoringCase> = {
  name: 'householdCases',
  entity: MonitoringCase,
  table: 'monitoring_case',
  alias: 'c',
  key: 'household_id',
  keyType: 'uuid',
  scope: 'division_code',
  orderBy: 'c.household_id, c.opened_on desc, c.created_at desc',
};
