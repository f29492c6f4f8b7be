import type { Context } from '../../context';
import { todayInChina } from '../../common/dates';
import { childLevelOf, prefixOf } from '../../jurisdiction/division-code';
import { Division } from '../divisions/division.entity';
import type { DivisionService } from '../divisions/division.service';
import { RISK_TYPE_LABELS, type RiskType } from '../monitoring/monitoring.enums';
import { GAP_KIND_LABELS, GapKind } from './assistance.enums';
import type { GapArgs } from './assistance.inputs';
import type { CatalogueService } from './measure-kind.service';
import { scopedSql, type ScopedSql } from '../../jurisdiction/scoped-sql';
import { MICRO_CREDIT } from './measure-kind.catalogue';
import * as sql from './gaps.sql';
import { AssistanceGap, AssistanceGapReport, GapDivision, VisitDue } from './gaps.types';

/**
 * Every gap under a prefix (optionally for some households only), in seven statements whatever
 * the number of households. Numbers come from the 帮扶工作标准 in force at `policyDivision`.
 */
async function collect(
  ctx: Context,
  catalogue: CatalogueService,
  scoped: ScopedSql,
  policyDivision: string,
  ids: string[] | null,
): Promise<AssistanceGap[]> {
  const { values } = await catalogue.policy(ctx.em, policyDivision);
  const today = todayInChina();
  const gap = (kind: GapKind, detail: (row: sql.GapRow) => string) => (rows: sql.GapRow[]) =>
    rows.map((row) =>
      Object.assign(new AssistanceGap(), {
        kind,
        householdId: row.household_id,
        divisionCode: row.division_code,
        detail: detail(row),
        measureId: row.measure_id ?? null,
        riskFactorId: row.risk_factor_id ?? null,
      }),
    );
  const groups = await Promise.all([
    sql
      .labourWithoutDevelopment(scoped, ids)
      .then(gap(GapKind.LABOUR_WITHOUT_DEVELOPMENT, () => '有劳动能力，应主要采取开发式帮扶')),
    sql
      .noLabourWithoutProtective(scoped, ids)
      .then(gap(GapKind.NO_LABOUR_WITHOUT_PROTECTIVE, () => '无劳动能力，应采取综合性社会保障措施')),
    sql
      .noStableEmployment(scoped, ids, values.stableWorkMonths)
      .then(
        gap(GapKind.NO_STABLE_EMPLOYMENT, () => `无人年务工满 ${values.stableWorkMonths} 个月，也无在岗的公益性岗位`),
      ),
    sql
      .riskWithoutMeasure(scoped, ids)
      .then(
        gap(GapKind.RISK_WITHOUT_MEASURE, (r) => `风险“${RISK_TYPE_LABELS[r.info as RiskType] ?? r.info}”尚无对应措施`),
      ),
    sql
      .confirmedWithoutPlan(scoped, ids, values.planDueDays, today)
      .then(gap(GapKind.CONFIRMED_WITHOUT_PLAN, (r) => `${r.info} 认定，超过 ${values.planDueDays} 天未制定一户一策`)),
    sql
      .loansPastTerm(scoped, ids, MICRO_CREDIT, today)
      .then(gap(GapKind.LOAN_PAST_TERM, (r) => `${r.info} 到期，尚未结清`)),
    sql.visitSchedule(scoped, ids, values.visitIntervalDays).then((rows) =>
      rows
        .filter((r) => r.due_on < today)
        .map((r) =>
          Object.assign(new AssistanceGap(), {
            kind: GapKind.VISIT_OVERDUE,
            householdId: r.household_id,
            divisionCode: r.division_code,
            detail: `应于 ${r.due_on} 前回访（${r.last_visit_on ? `上次 ${r.last_visit_on}` : '尚未走访'}）`,
            measureId: null,
            riskFactorId: null,
          }),
        ),
    ),
  ]);
  return groups.flat();
}

export class GapService {
  constructor(
    private readonly divisions: DivisionService,
    private readonly catalogue: CatalogueService,
  ) {}

  /** Gaps of some households (a plan's, a page of households'), inside the actor's jurisdiction. */
  forHouseholds(ctx: Context, ids: string[]): Promise<AssistanceGap[]> {
    return collect(ctx, this.catalogue, scopedSql(ctx), ctx.actor!.divisionCode, ids);
  }

  /** 帮扶缺口清单 for a division: totals, per child division, and a page of the gaps themselves. */
  async report(ctx: Context, args: GapArgs): Promise<AssistanceGapReport> {
    const root = await this.divisions.get(ctx, args.divisionCode);
    const prefix = prefixOf(root.code, root.level);
    const scoped = scopedSql(ctx).within(root.code);
    const childLevel = childLevelOf(root.level);
    const children = childLevel
      ? await ctx.em.find(Division, { parentCode: root.code }, { orderBy: { code: 'asc' } })
      : [];
    const groupLength = childLevel && children.length ? prefixOf(children[0].code, childLevel).length : prefix.length;
    const [gaps, monitored] = await Promise.all([
      collect(ctx, this.catalogue, scoped, root.code, null),
      sql.monitoredByGroup(scoped, groupLength),
    ]);
    const summarize = (code: string, name: string, match: (divisionCode: string) => boolean): GapDivision => {
      const own = gaps.filter((g) => match(g.divisionCode));
      return {
        divisionCode: code,
        divisionName: name,
        total: own.length,
        monitoredHouseholds: monitored.filter((m) => match(m.grp)).reduce((sum, m) => sum + Number(m.n), 0),
        counts: Object.values(GapKind).map((kind) => ({ kind, count: own.filter((g) => g.kind === kind).length })),
      };
    };
    const kinds = new Set(args.kinds?.length ? args.kinds : Object.values(GapKind));
    const listed = gaps
      .filter((g) => kinds.has(g.kind))
      .sort(
        (a, b) =>
          a.divisionCode.localeCompare(b.divisionCode) ||
          a.householdId.localeCompare(b.householdId) ||
          a.kind.localeCompare(b.kind),
      );
    return {
      divisionCode: root.code,
      asOf: todayInChina(),
      summary: summarize(root.code, root.name, () => true),
      children: children.map((child) => {
        const childPrefix = prefixOf(child.code, childLevel!);
        return summarize(child.code, child.name, (code) => code.startsWith(childPrefix));
      }),
      total: listed.length,
      items: listed.slice(args.offset, args.offset + args.limit),
    };
  }

  /** 回访安排: monitored households with their next due date, overdue first. */
  async visitsDue(ctx: Context, divisionCode: string | undefined, overdueOnly: boolean): Promise<VisitDue[]> {
    const root = divisionCode ? await this.divisions.get(ctx, divisionCode) : null;
    const scoped = root ? scopedSql(ctx).within(root.code) : scopedSql(ctx);
    const { values } = await this.catalogue.policy(ctx.em, root?.code ?? ctx.actor!.divisionCode);
    const today = todayInChina();
    const rows = await sql.visitSchedule(scoped, null, values.visitIntervalDays);
    return rows
      .map((r) =>
        Object.assign(new VisitDue(), {
          householdId: r.household_id,
          divisionCode: r.division_code,
          lastVisitOn: r.last_visit_on,
          dueOn: r.due_on,
          overdue: r.due_on < today,
        }),
      )
      .filter((r) => !overdueOnly || r.overdue);
  }
}

export const gapLabel = (kind: GapKind) => GAP_KIND_LABELS[kind];
