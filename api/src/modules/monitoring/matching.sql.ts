import { SqlFragment, type ScopedSql } from '../../jurisdiction/scoped-sql';
import { OPEN_STATES } from './procedure.rules';

/** One village's effective identification policy, as the matching statement reads it. */
export interface VillageMatchingPolicy {
  village: string;
  income_line: string | number | null;
  rigid_share: string | number | null;
  drop_share: string | number | null;
  subsidy_share: string | number | null;
}

/** The identification rules, in the order their reasons are listed. */
export const MATCHING_RULES = ['BELOW_INCOME_LINE', 'RIGID_EXPENDITURE', 'INCOME_DROP', 'SUBSIDY_SHARE'] as const;
export type MatchingRule = (typeof MATCHING_RULES)[number];

/**
 * The rules as the seeds write them:
 * - income: per-capita net income at or under the line ("以下" includes the line). For a 脱贫户 that
 *   is enough; for a 一般农户 it needs a risk as well (seed 000: "人均纯收入5000元以下、且有致贫风险的
 *   一般农牧户"): an active risk factor, or the expenditure or income-drop rule matching.
 * - rigid expenditure over the policy share (default 1.0: "明显超过上年度收入") of last year's net income.
 * - income drop and subsidy share against the policy's shares.
 *
 * The matching part of 系统数据比对, shared by identification (which then opens leads) and the
 * policy what-if (which only counts): CTEs `pol` (per-village policy), `rules` and `matched` (every active
 * household of the subtree with its year's income, one boolean per rule (`rule_*`), the reasons, and whether
 * it already has an open case). `scoped` is the division's scope (`scopedSql(ctx).within(code)`), so the
 * fragment carries the jurisdiction predicate; interpolate it after `with`.
 */
export function matchingCtes(scoped: ScopedSql, policy: VillageMatchingPolicy[], year: number): SqlFragment {
  const inScope = scoped.inScope('h.division_code');
  const riskScope = scoped.inScope('rf.division_code');
  const text = `
      pol as (
        select * from jsonb_to_recordset(?::jsonb) as p(village varchar, income_line numeric, rigid_share float8, drop_share float8, subsidy_share float8)
      ), rules as (
        select h.id as household_id, h.division_code, h.registration_status, i.per_capita_net_income, i.rigid_expenditure as rigid_expenditure_amount, i.subsidies,
          (i.wages + i.operations + i.property + i.transfers) as other_income,
          prev.net_income as prev_net_income, prev.per_capita_net_income as prev_per_capita, p.income_line, p.rigid_share, p.drop_share, p.subsidy_share,
          coalesce(i.per_capita_net_income <= p.income_line, false) as below_line,
          coalesce(prev.net_income > 0 and i.rigid_expenditure > prev.net_income * coalesce(p.rigid_share, 1.0), false) as rule_rigid_expenditure,
          exists (select 1 from risk_factor rf where rf.household_id = h.id and rf.status = 'ACTIVE' and ${riskScope.text}) as has_risk,
          coalesce(prev.per_capita_net_income > 0 and i.per_capita_net_income < prev.per_capita_net_income * (1 - p.drop_share), false) as rule_income_drop,
          coalesce((i.wages + i.operations + i.property + i.transfers) > 0
            and i.subsidies > (i.wages + i.operations + i.property + i.transfers) * p.subsidy_share, false) as rule_subsidy_share,
          exists (select 1 from monitoring_case mc where mc.household_id = h.id and mc.state::text in (select jsonb_array_elements_text(?::jsonb))) as already_open
        from household h
        join pol p on p.village = h.division_code
        join household_income i on i.household_id = h.id and i.year = ?
        left join household_income prev on prev.household_id = h.id and prev.year = ? - 1
        where ${inScope.text} and h.status = 'ACTIVE'
      ), ruled as (
        select r0.*, r0.below_line and (r0.registration_status = 'LIFTED_OUT' or r0.has_risk or r0.rule_rigid_expenditure or r0.rule_income_drop) as rule_income_line
        from rules r0
      ), matched as (
        select r.*,
          array_remove(array[
            case when r.rule_income_line
              then format('人均纯收入 %s 元不高于监测收入线 %s 元%s', r.per_capita_net_income, r.income_line,
                case when r.registration_status = 'LIFTED_OUT' then '（脱贫户）' else '（一般农户，且有致贫风险）' end) end,
            case when r.rule_rigid_expenditure
              then format('刚性支出 %s 元超过上年家庭纯收入 %s 元的 %s%%', r.rigid_expenditure_amount, r.prev_net_income, round((r.rigid_share * 100)::numeric)) end,
            case when r.rule_income_drop
              then format('人均纯收入由 %s 元降至 %s 元，降幅超过 %s%%（收入骤减）', r.prev_per_capita, r.per_capita_net_income, round((r.drop_share * 100)::numeric)) end,
            case when r.rule_subsidy_share
              then format('补贴性收入占总收入 %s%%，超过 %s%%', round(r.subsidies * 100 / r.other_income), round((r.subsidy_share * 100)::numeric)) end
          ], null) as reasons,
          r.rule_rigid_expenditure or r.rule_income_drop as sudden
        from ruled r
      )`;
  return new SqlFragment(
    text,
    [JSON.stringify(policy), ...riskScope.params, JSON.stringify(OPEN_STATES), year, year, ...inScope.params],
    true,
  );
}
