import { sqlText, type ScopedSql } from '../../jurisdiction/scoped-sql';
import { monitoredOnSql } from '../monitoring/monitored.sql';
import { matchingCtes, type VillageMatchingPolicy } from '../monitoring/matching.sql';

/**
 * The statistics statements: one function per statement, each grouped in PostgreSQL by a
 * division-code prefix (`left(division_code, n)`, n the child level's prefix length) over the
 * prefix-indexed tables, so no household row reaches Node. Each runs through the scoped-SQL
 * helper on the division's scope (`scopedSql(ctx).within(code)`), which is inside the actor's.
 */

export interface TrendRow {
  month: string;
  identified: string;
  eliminated: string;
  monitored: string;
}
export interface TrendVillageRow extends TrendRow {
  village: string;
}
export interface WhatIfSqlRow {
  grp: string;
  matched: string;
  income_line: string;
  rigid_expenditure: string;
  income_drop: string;
  subsidy_share: string;
}

const groupOf = (column: string, groupLength: number) => sqlText(`left(${column}, ${Number(groupLength)})`);

export interface RollupRow {
  figure: 'REGISTERED' | 'MONITORED' | 'LIFTED_MONITORED' | 'ELIMINATED' | 'RISK';
  grp: string;
  key: string;
  households: string;
  persons: string;
  covered: string;
}

/**
 * regionStatistics' figures in one statement from the per-village rollup (rollup.sql.ts, kept
 * exact by triggers in the writes' transactions), grouped by child division: a city is a few
 * thousand rollup rows. Figures: REGISTERED by registration status (registered households and
 * persons); MONITORED by case category (the supervision definition of monitored.sql.ts: households,
 * persons, and `covered`, those with a measure in effect); ELIMINATED in the year; RISK by risk type (monitored
 * households with an unresolved risk factor of the type; a household may count under several).
 */
export function rollupFigures(scoped: ScopedSql, groupLength: number, year: number) {
  return scoped.query<RollupRow>`
    select r.figure, ${groupOf('r.division_code', groupLength)} as grp, r.key,
      sum(r.households) as households, sum(r.persons) as persons, sum(r.covered) as covered
    from statistics_rollup r
    where ${scoped.inScope('r.division_code')} and (r.figure <> 'ELIMINATED' or r.key = ${String(year)})
    group by 1, 2, 3`;
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

/** The same per village and month (rows with a figure only), for rounding cell by cell (suppression.ts). */
export function trendFiguresByVillage(scoped: ScopedSql, from: string, to: string) {
  return scoped.query<TrendVillageRow>`
    with months as (
      select m::date as first_day, (m + interval '1 month')::date as next_first from generate_series(${from}::date, ${to}::date, interval '1 month') as m
    ), cases as (
      select c.division_code, c.identified_on, c.closed_on, c.state from monitoring_case c join household h on h.id = c.household_id and h.status = 'ACTIVE'
      where ${scoped.inScope('c.division_code')} and c.identified_on is not null and c.identified_on < (${to}::date + interval '1 month')
    )
    select c.division_code as village, to_char(m.first_day, 'YYYY-MM') as month,
      count(*) filter (where c.identified_on >= m.first_day and c.identified_on < m.next_first) as identified,
      count(*) filter (where c.state = 'RISK_ELIMINATED' and c.closed_on >= m.first_day and c.closed_on < m.next_first) as eliminated,
      count(*) filter (where ${sqlText(monitoredOnSql('c', '(m.next_first - 1)'))}) as monitored
    from months m join cases c on c.identified_on < m.next_first
    group by 1, 2`;
}

/** The secret keying the controlled rounding (one row, drawn when the database was created). */
export async function roundingKey(scoped: ScopedSql): Promise<string> {
  const [row] = await scoped.query<{ key: string }>`select key from statistics_rounding_key`;
  return row.key;
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
