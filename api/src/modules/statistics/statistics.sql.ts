import { sqlText, type ScopedSql } from '../../jurisdiction/scoped-sql';
import { monitoredCaseSql, monitoredOnSql } from '../monitoring/monitored.sql';
import { matchingCtes, type VillageMatchingPolicy } from '../monitoring/matching.sql';

/**
 * The statistics statements: one function per statement, each grouped in PostgreSQL by a
 * division-code prefix (`left(division_code, n)`, n the child level's prefix length) over the
 * prefix-indexed tables, so no household row reaches Node. Each runs through the scoped-SQL
 * helper on the division's scope (`scopedSql(ctx).within(code)`), which is inside the actor's.
 */

export interface HouseholdRow { grp: string; registration_status: string; households: string; persons: string }
export interface MonitoredRow { grp: string; category: string; households: string; persons: string; covered: string }
export interface CountRow { grp: string; households: string }
export interface RiskTypeRow { risk_type: string; households: string }
export interface TrendRow { month: string; identified: string; eliminated: string; monitored: string }
export interface WhatIfSqlRow { grp: string; matched: string; income_line: string; rigid_expenditure: string; income_drop: string; subsidy_share: string }

const groupOf = (column: string, groupLength: number) => sqlText(`left(${column}, ${Number(groupLength)})`);
const monitored = (alias: string) => sqlText(monitoredCaseSql(alias));

/** Registered (ACTIVE) households and persons by child division and registration status (脱贫户 / 一般农户). */
export function householdFigures(scoped: ScopedSql, groupLength: number) {
  return scoped.query<HouseholdRow>`
    select ${groupOf('h.division_code', groupLength)} as grp, h.registration_status, count(*) as households, coalesce(sum(h.member_count), 0) as persons
    from household h
    where ${scoped.inScope('h.division_code')} and h.status = 'ACTIVE'
    group by 1, 2`;
}

/**
 * Monitored households and persons (the supervision definition) by child division and case category, and how many of
 * them have at least one assistance measure in effect (帮扶覆盖). The household
 * side is limited to the same prefix so it is read from the covering index, not the whole table.
 */
export function monitoredFigures(scoped: ScopedSql, groupLength: number) {
  return scoped.query<MonitoredRow>`
    select ${groupOf('c.division_code', groupLength)} as grp, c.category, count(*) as households, coalesce(sum(h.member_count), 0) as persons,
      count(*) filter (where exists (select 1 from assistance_measure am
        where am.household_id = h.id and am.status = 'IN_EFFECT' and ${scoped.inScope('am.division_code')})) as covered
    from monitoring_case c join household h on h.id = c.household_id and h.status = 'ACTIVE' and ${scoped.inScope('h.division_code')}
    where ${scoped.inScope('c.division_code')} and ${monitored('c')}
    group by 1, 2`;
}

/** Households whose risk the county confirmed eliminated (风险消除) during the year, by child division. */
export function eliminatedFigures(scoped: ScopedSql, groupLength: number, year: number) {
  return scoped.query<CountRow>`
    select ${groupOf('c.division_code', groupLength)} as grp, count(distinct c.household_id) as households
    from monitoring_case c
    where ${scoped.inScope('c.division_code')} and c.state = 'RISK_ELIMINATED'
      and c.closed_on >= make_date(${year}::int, 1, 1) and c.closed_on < make_date(${year}::int + 1, 1, 1)
    group by 1`;
}

/** Monitored households with an unresolved risk factor of each type (a household may count under several). */
export function riskTypeFigures(scoped: ScopedSql) {
  return scoped.query<RiskTypeRow>`
    select r.type as risk_type, count(distinct r.household_id) as households
    from risk_factor r join monitoring_case c on c.household_id = r.household_id and ${monitored('c')}
    where ${scoped.inScope('r.division_code')} and r.status = 'ACTIVE'
    group by 1`;
}

/**
 * Per month from `from` to `to` (first days of months): cases the county confirmed (identified_on),
 * risks eliminated (closed_on of RISK_ELIMINATED cases), and households monitored at month end,
 * among registered households (as the current figures), so the last month ends at today's figure.
 */
export function trendFigures(scoped: ScopedSql, from: string, to: string) {
  return scoped.query<TrendRow>`
    with months as (
      select m::date as first_day, (m + interval '1 month')::date as next_first from generate_series(${from}::date, ${to}::date, interval '1 month') as m
    ), cases as (
      select c.identified_on, c.closed_on, c.state from monitoring_case c join household h on h.id = c.household_id and h.status = 'ACTIVE'
      where ${scoped.inScope('c.division_code')} and c.identified_on is not null and c.identified_on < (${to}::date + interval '1 month')
    )
    select to_char(m.first_day, 'YYYY-MM') as month,
      count(c.*) filter (where c.identified_on >= m.first_day and c.identified_on < m.next_first) as identified,
      count(c.*) filter (where c.state = 'RISK_ELIMINATED' and c.closed_on >= m.first_day and c.closed_on < m.next_first) as eliminated,
      count(c.*) filter (where ${sqlText(monitoredOnSql('c', '(m.next_first - 1)'))}) as monitored
    from months m left join cases c on c.identified_on < m.next_first
    group by m.first_day order by m.first_day`;
}

/**
 * 政策测算: the identification statement's matching part, counted (nothing written) by child
 * division: households meeting any rule, and each rule on its own.
 */
export function whatIfFigures(scoped: ScopedSql, groupLength: number, policy: VillageMatchingPolicy[], year: number) {
  return scoped.query<WhatIfSqlRow>`
    with ${matchingCtes(scoped, policy, year)}
    select ${groupOf('m.division_code', groupLength)} as grp,
      count(*) filter (where cardinality(m.reasons) > 0) as matched,
      count(*) filter (where m.rule_income_line) as income_line,
      count(*) filter (where m.rule_rigid_expenditure) as rigid_expenditure,
      count(*) filter (where m.rule_income_drop) as income_drop,
      count(*) filter (where m.rule_subsidy_share) as subsidy_share
    from matched m group by 1`;
}
