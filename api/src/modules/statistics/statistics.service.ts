import type { Context } from '../../context';
import { badInput, notFound } from '../../common/errors';
import { todayInChina } from '../../common/dates';
import { scopedSql, type ScopedSql } from '../../jurisdiction/scoped-sql';
import { childLevelOf, isInside, prefixOf } from '../../jurisdiction/division-code';
import { Division } from '../divisions/division.entity';
import type { DivisionService } from '../divisions/division.service';
import { StatisticsCategory } from './statistics.enums';
import { RegistrationStatus } from '../households/household.enums';
import { RiskType } from '../monitoring/monitoring.enums';
import { assessRatio, ratioRowsFromRollup } from '../monitoring/monitored.sql';
import type { PolicyService } from '../monitoring/policy.service';
import { resolvePolicy } from '../monitoring/policy.rules';
import type { IdentificationService } from '../monitoring/identification.service';
import type { VillageMatchingPolicy } from '../monitoring/matching.sql';
import {
  rollupFigures,
  roundingKey,
  trendFigures,
  trendFiguresByVillage,
  whatIfFigures,
  type WhatIfSqlRow,
} from './statistics.sql';
import { ControlledRounding, readsProtectedFigures, roundRollup, roundTrend } from './suppression';
import type { PolicyWhatIfArgs } from './statistics.inputs';
import {
  PolicyWhatIf,
  RegionStatistics,
  type RegionFigures,
  type TrendMonth,
  type WhatIfFigures,
  type WhatIfRow,
} from './statistics.types';

const MAX_TREND_MONTHS = 60;

/** Regional statistics for dashboards and the console: every figure grouped in SQL (statistics.sql.ts). */
export class StatisticsService {
  constructor(
    private readonly divisions: DivisionService,
    private readonly policies: PolicyService,
    private readonly identification: IdentificationService,
  ) {}

  /**
   * A division the actor may see, with its prefix and its children. Outside the jurisdiction the
   * division is NOT_FOUND (the scoped read finds nothing; the prefix check repeats it for raw SQL).
   */
  private async region(ctx: Context, divisionCode: string) {
    const root = await this.divisions.get(ctx, divisionCode);
    const prefix = prefixOf(root.code, root.level);
    if (!isInside(prefix, ctx.actor!.scopePrefix)) throw notFound('行政区划');
    const childLevel = childLevelOf(root.level);
    const children = childLevel
      ? await ctx.em.find(Division, { parentCode: root.code }, { orderBy: { code: 'asc' } })
      : [];
    const groupLength = childLevel ? prefixOf(root.code, childLevel).length : 12;
    const childPrefix = (code: string) => (childLevel ? prefixOf(code, childLevel) : code);
    // The grouped statements read a replica when one is current enough (database/read-replica.ts).
    return {
      root,
      prefix,
      scoped: scopedSql(ctx, { connectionType: 'read' }).within(root.code),
      children,
      groupLength,
      childPrefix,
    };
  }

  /** Aggregate-only readers get every figure through the controlled rounding of suppression.ts. */
  private async rounding(ctx: Context, scoped: ScopedSql): Promise<ControlledRounding | null> {
    if (!readsProtectedFigures(ctx.actor!)) return null;
    return new ControlledRounding(await roundingKey(scoped), ctx.config.statisticsMinHouseholds);
  }

  private checkYear(year: number) {
    if (!Number.isInteger(year) || year < 2014 || year > Number(todayInChina().slice(0, 4)))
      throw badInput('year', '年度不正确');
  }

  async regionStatistics(ctx: Context, divisionCode: string, year: number): Promise<RegionStatistics> {
    this.checkYear(year);
    const { root, prefix, scoped, children, groupLength, childPrefix } = await this.region(ctx, divisionCode);
    const rounding = await this.rounding(ctx, scoped);
    // Protected readers: the village rows, rounded cell by cell, then grouped by child as the others.
    const [rollup, policyRows] = await Promise.all([
      rollupFigures(scoped, rounding ? 12 : groupLength, year),
      this.policies.rowsFor(ctx.em, root.code, prefix, year),
    ]);
    const rows = rounding
      ? roundRollup(rollup, rounding).map((r) => ({ ...r, grp: r.grp.slice(0, groupLength) }))
      : rollup;
    // One read of the per-village rollup (rollup.sql.ts) gives every figure, the ratio's included.
    const households = rows.filter((r) => r.figure === 'REGISTERED').map((r) => ({ ...r, registration_status: r.key }));
    const monitored = rows.filter((r) => r.figure === 'MONITORED').map((r) => ({ ...r, category: r.key }));
    const eliminated = rows.filter((r) => r.figure === 'ELIMINATED');
    const riskTypes = new Map<string, number>();
    for (const r of rows)
      if (r.figure === 'RISK') riskTypes.set(r.key, (riskTypes.get(r.key) ?? 0) + Number(r.households));
    const ratioRows = ratioRowsFromRollup(rows);
    const deepPoverty = await this.divisions.deepPovertyOf(ctx, [root.code, ...children.map((c) => c.code)]);
    // The ratio as supervision computes it (monitoring/monitored.sql.ts), with each division's own policy.
    const ratioOf = (code: string, match: (grp: string) => boolean) =>
      assessRatio(ratioRows, match, resolvePolicy(code, policyRows).values, deepPoverty.has(code));
    const figures = (
      code: string,
      match: (grp: string) => boolean,
    ): Omit<RegionFigures, 'divisionCode' | 'divisionName' | 'level' | 'suppressed'> => {
      const sum = <R extends { grp: string }>(rows: R[], key: keyof R) =>
        rows.filter((r) => match(r.grp)).reduce((n, r) => n + Number(r[key]), 0);
      const ratio = ratioOf(code, match);
      return {
        households: sum(households, 'households'),
        persons: sum(households, 'persons'),
        registeredHouseholds: ratio.registeredHouseholds,
        registeredPersons: ratio.registeredPersons,
        monitoredHouseholds: sum(monitored, 'households'),
        monitoredPersons: sum(monitored, 'persons'),
        monitoredRatio: ratio.monitoredRatio,
        riskEliminatedHouseholds: sum(eliminated, 'households'),
      };
    };
    const protectedFigures = rounding !== null;
    const childRows: RegionFigures[] = children.map((child) => ({
      divisionCode: child.code,
      divisionName: child.name,
      level: child.level,
      suppressed: protectedFigures,
      ...figures(child.code, (grp) => grp === childPrefix(child.code)),
    }));
    const total: RegionFigures = {
      divisionCode: root.code,
      divisionName: root.name,
      level: root.level,
      suppressed: protectedFigures,
      ...figures(root.code, () => true),
    };

    // The categories partition the registered households: 脱贫户 and 一般农户 outside monitoring, and the
    // monitored households by their case's category.
    const groups = new Map<string, { households: number; persons: number }>();
    const add = (key: string, row: { households: string; persons: string }, sign = 1) => {
      const c = groups.get(key) ?? { households: 0, persons: 0 };
      c.households += sign * Number(row.households);
      c.persons += sign * Number(row.persons);
      groups.set(key, c);
    };
    for (const row of households) add(row.registration_status, row);
    for (const row of monitored) {
      add(row.category, row);
      add(RegistrationStatus.ORDINARY, row, -1);
    }
    for (const row of rows.filter((r) => r.figure === 'LIFTED_MONITORED')) {
      add(RegistrationStatus.LIFTED_OUT, row, -1);
      add(RegistrationStatus.ORDINARY, row);
    }
    const rootRatio = ratioOf(root.code, () => true);
    return Object.assign(new RegionStatistics(), total, {
      year,
      byCategory: Object.values(StatisticsCategory).map((category) => ({
        category,
        ...(groups.get(category) ?? { households: 0, persons: 0 }),
      })),
      byRiskType: Object.values(RiskType).map((riskType) => ({ riskType, households: riskTypes.get(riskType) ?? 0 })),
      // 帮扶覆盖率: monitored households with a measure in effect, over monitored households (none monitored: null).
      assistanceCoverageRate: !total.monitoredHouseholds
        ? null
        : Math.round(
            Math.min(1, monitored.reduce((n, r) => n + Number(r.covered), 0) / total.monitoredHouseholds) * 10_000,
          ) / 10_000,
      expectedRatio: rootRatio.expectedRatio,
      maxRatio: rootRatio.maxRatio,
      warningRatio: rootRatio.warningRatio,
      deepPoverty: rootRatio.deepPoverty,
      countedCategories: rootRatio.countedCategories,
      ratioFlag: total.monitoredRatio === null ? null : rootRatio.ratioFlag,
      suppressionThreshold: ctx.config.statisticsMinHouseholds,
      asOf: await scoped.asOf(),
      children: childRows,
    });
  }

  async monitoringTrend(ctx: Context, divisionCode: string, from: string, to: string): Promise<TrendMonth[]> {
    const month = /^(\d{4})-(0[1-9]|1[0-2])$/;
    if (!month.test(from)) throw badInput('from', '起始月份应为 YYYY-MM');
    if (!month.test(to)) throw badInput('to', '截止月份应为 YYYY-MM');
    const months =
      (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + Number(to.slice(5)) - Number(from.slice(5)) + 1;
    if (months < 1) throw badInput('to', '截止月份不能早于起始月份');
    if (months > MAX_TREND_MONTHS) throw badInput('to', `一次最多查询 ${MAX_TREND_MONTHS} 个月`);
    const { scoped } = await this.region(ctx, divisionCode);
    const rounding = await this.rounding(ctx, scoped);
    if (rounding) {
      const monthList = Array.from({ length: months }, (_, i) => {
        const index = Number(from.slice(0, 4)) * 12 + Number(from.slice(5)) - 1 + i;
        return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
      });
      const rows = await trendFiguresByVillage(scoped, `${from}-01`, `${to}-01`);
      return roundTrend(rows, monthList, rounding).map((r) => ({
        month: r.month,
        identified: r.identified,
        eliminated: r.eliminated,
        monitoredAtMonthEnd: r.monitored,
      }));
    }
    const rows = await trendFigures(scoped, `${from}-01`, `${to}-01`);
    return rows.map((r) => ({
      month: r.month,
      identified: Number(r.identified),
      eliminated: Number(r.eliminated),
      monitoredAtMonthEnd: Number(r.monitored),
    }));
  }

  /**
   * 政策测算: the households that identification would match under the current policy and under
   * the proposed line/shares (given values replace every village's), by child division and rule.
   */
  async policyWhatIf(ctx: Context, args: PolicyWhatIfArgs): Promise<PolicyWhatIf> {
    this.checkYear(args.year);
    for (const field of ['rigidExpenditureShare', 'incomeDropShare', 'subsidyShareWarning'] as const) {
      const share = args[field];
      if (share !== null && share !== undefined && !(share > 0 && share <= 1))
        throw badInput(field, '比例应在 0 到 1 之间');
    }
    if (args.incomeLine !== null && args.incomeLine !== undefined && !(Number(args.incomeLine) > 0))
      throw badInput('incomeLine', '监测收入线应大于 0');
    const { root, prefix, scoped, children, groupLength, childPrefix } = await this.region(ctx, args.divisionCode);
    const { policy } = await this.identification.matchingPolicy(ctx, root, prefix, args.year);
    const proposed: VillageMatchingPolicy[] = policy.map((v) => ({
      village: v.village,
      income_line: args.incomeLine ?? v.income_line,
      rigid_share: args.rigidExpenditureShare ?? v.rigid_share,
      drop_share: args.incomeDropShare ?? v.drop_share,
      subsidy_share: args.subsidyShareWarning ?? v.subsidy_share,
    }));
    // One after the other: a what-if over a city is two full matching scans; do not take two connections.
    const current = await whatIfFigures(scoped, groupLength, policy, args.year);
    const next = await whatIfFigures(scoped, groupLength, proposed, args.year);
    const sum = (rows: WhatIfSqlRow[], match: (grp: string) => boolean): WhatIfFigures => {
      const own = rows.filter((r) => match(r.grp));
      const total = (key: keyof WhatIfSqlRow) => own.reduce((n, r) => n + Number(r[key]), 0);
      return {
        matched: total('matched'),
        belowIncomeLine: total('income_line'),
        rigidExpenditure: total('rigid_expenditure'),
        incomeDrop: total('income_drop'),
        subsidyShare: total('subsidy_share'),
      };
    };
    const row = (code: string, name: string, match: (grp: string) => boolean): WhatIfRow => ({
      divisionCode: code,
      divisionName: name,
      current: sum(current, match),
      proposed: sum(next, match),
    });
    return Object.assign(new PolicyWhatIf(), {
      divisionCode: root.code,
      year: args.year,
      incomeLine: args.incomeLine ?? null,
      rigidExpenditureShare: args.rigidExpenditureShare ?? null,
      incomeDropShare: args.incomeDropShare ?? null,
      subsidyShareWarning: args.subsidyShareWarning ?? null,
      total: row(root.code, root.name, () => true),
      children: children.map((child) => row(child.code, child.name, (grp) => grp === childPrefix(child.code))),
    });
  }
}
