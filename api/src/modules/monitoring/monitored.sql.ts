import { registerEnum } from '../../common/enum-labels';
import { sqlText, type ScopedSql } from '../../jurisdiction/scoped-sql';
import { CaseState } from './monitoring.enums';
import { MonitoringCategory } from '../households/household.enums';
import { RegistrationStatus } from '../households/household.enums';
import { POLICY_DEFAULTS, type PolicyValues } from './policy.rules';

/**
 * 监测对象: one definition for supervision, statistics and the dashboards. A household is a
 * monitored household while its case is 监测中 or in a risk-elimination review (it stays monitored
 * until the county confirms the elimination). Persons are the household's registered members.
 */
export const MONITORED_STATES: readonly CaseState[] = [
  CaseState.MONITORED,
  CaseState.EXIT_VILLAGE_REVIEW,
  CaseState.EXIT_TOWNSHIP_REVIEW,
  CaseState.EXIT_COUNTY_REVIEW,
];

/** SQL condition "this case makes its household monitored now", for a monitoring_case alias. */
export const monitoredCaseSql = (alias: string) =>
  `${alias}.state in (${MONITORED_STATES.map((s) => `'${s}'`).join(', ')})`;

/**
 * The same definition on a past date, from the case's dates: confirmed by the county on or before
 * the date (identified_on) and not yet eliminated (closed_on) by then. `date` is an SQL expression.
 */
export const monitoredOnSql = (alias: string, date: string) =>
  `(${alias}.identified_on <= ${date} and (${alias}.closed_on is null or ${alias}.closed_on > ${date}))`;

/** 监测对象占比: counted monitored persons over the registered (脱贫) population, four decimals (0 without it). */
export const monitoredRatio = (monitoredPersons: number, persons: number) =>
  persons ? Math.round((monitoredPersons / persons) * 10_000) / 10_000 : 0;

// ---------------------------------------------------------------------------------------------
// 监测对象占比 (seed 001: "两类监测对象规模一般为建档立卡人口的5%左右，深度贫困地区原则上不超过10%").
// Numerator: persons of monitored households (the definition above) whose case category the policy
// counts (`monitoredCategories`: the seed counts two; later national practice three). Denominator:
// the registered (建档立卡, 脱贫户) population of the division — not everyone. A 深度贫困 division is
// held to the cap (`maxMonitoredRatio`); elsewhere the ratio is shown against the expected share
// with the policy's warning threshold (`monitoredRatioWarning`). Supervision and statistics both
// run `ratioFigures` and `assessRatio`, so they cannot disagree.
// ---------------------------------------------------------------------------------------------

/** One row per child group: registered persons (category null), or monitored persons of one category. */
export interface RatioRow {
  grp: string;
  category: MonitoringCategory | null;
  households: string;
  persons: string;
}

/** Rows of the per-village statistics rollup (statistics/rollup.sql.ts), grouped by child division. */
export interface RollupSourceRow {
  figure: string;
  grp: string;
  key: string;
  households: string;
  persons: string;
}

/**
 * The ratio's rows out of the rollup, which keeps this file's definition per village (exact, by
 * triggers in the writes' transactions): REGISTERED 脱贫户 are the denominator, MONITORED rows by case
 * category the numerator's candidates.
 */
export function ratioRowsFromRollup(rows: readonly RollupSourceRow[]): RatioRow[] {
  return rows.flatMap((r): RatioRow[] => {
    if (r.figure === 'REGISTERED' && r.key === RegistrationStatus.LIFTED_OUT)
      return [{ grp: r.grp, category: null, households: r.households, persons: r.persons }];
    if (r.figure === 'MONITORED')
      return [{ grp: r.grp, category: r.key as MonitoringCategory, households: r.households, persons: r.persons }];
    return [];
  });
}

/** Registered population and monitored persons by case category, grouped by `left(division_code, groupLength)`. */
export async function ratioFigures(scoped: ScopedSql, groupLength: number): Promise<RatioRow[]> {
  const rows = await scoped.query<RollupSourceRow>`
    select r.figure, ${sqlText(`left(r.division_code, ${Number(groupLength)})`)} as grp, r.key, sum(r.households) as households, sum(r.persons) as persons
    from statistics_rollup r
    where ${scoped.inScope('r.division_code')} and r.figure in ('REGISTERED', 'MONITORED')
    group by 1, 2, 3`;
  return ratioRowsFromRollup(rows);
}

/** 占比异常: over the deep-poverty cap, over the warning threshold elsewhere, or under half the expected share. */
export enum RatioFlag {
  ABOVE_MAX = 'ABOVE_MAX',
  ABOVE_WARNING = 'ABOVE_WARNING',
  FAR_BELOW_EXPECTED = 'FAR_BELOW_EXPECTED',
}

export interface RatioAssessment {
  registeredHouseholds: number;
  registeredPersons: number;
  /** Monitored persons of the counted categories (the numerator). */
  countedPersons: number;
  monitoredRatio: number;
  countedCategories: MonitoringCategory[];
  deepPoverty: boolean;
  expectedRatio: number | null;
  /** The cap (deep-poverty divisions) or the warning threshold (elsewhere) the ratio is held to. */
  maxRatio: number | null;
  warningRatio: number | null;
  ratioFlag: RatioFlag | null;
}

/** The ratio of the rows `match` selects, against the division's resolved policy and its 深度贫困 flag. */
export function assessRatio(
  rows: readonly RatioRow[],
  match: (grp: string) => boolean,
  policy: PolicyValues,
  deepPoverty: boolean,
): RatioAssessment {
  const counted = ((policy.monitoredCategories as MonitoringCategory[] | null | undefined) ??
    POLICY_DEFAULTS.monitoredCategories) as MonitoringCategory[];
  const own = rows.filter((r) => match(r.grp));
  const registered = own.filter((r) => r.category === null);
  const registeredPersons = registered.reduce((n, r) => n + Number(r.persons), 0);
  const countedPersons = own
    .filter((r) => r.category !== null && counted.includes(r.category))
    .reduce((n, r) => n + Number(r.persons), 0);
  const ratio = monitoredRatio(countedPersons, registeredPersons);
  const expected = (policy.expectedMonitoredRatio as number | null | undefined) ?? null;
  const max = (policy.maxMonitoredRatio as number | null | undefined) ?? null;
  const warning = (policy.monitoredRatioWarning as number | null | undefined) ?? null;
  let flag: RatioFlag | null = null;
  if (deepPoverty && max !== null && ratio > max) flag = RatioFlag.ABOVE_MAX;
  else if (!deepPoverty && warning !== null && ratio > warning) flag = RatioFlag.ABOVE_WARNING;
  else if (expected !== null && registeredPersons > 0 && ratio < expected / 2) flag = RatioFlag.FAR_BELOW_EXPECTED;
  return {
    registeredHouseholds: registered.reduce((n, r) => n + Number(r.households), 0),
    registeredPersons,
    countedPersons,
    monitoredRatio: ratio,
    countedCategories: counted,
    deepPoverty,
    expectedRatio: expected,
    maxRatio: deepPoverty ? max : null,
    warningRatio: deepPoverty ? null : warning,
    ratioFlag: flag,
  };
}

export const RATIO_FLAG_LABELS = registerEnum(RatioFlag, 'RatioFlag', '监测对象占比异常', {
  ABOVE_MAX: '超过深度贫困地区上限',
  ABOVE_WARNING: '超过预警值',
  FAR_BELOW_EXPECTED: '不足预期比例一半',
});
