import { CaseState } from './monitoring.enums';

/**
 * 监测对象: one definition for supervision, statistics and the dashboards. A household is a
 * monitored household while its case is 监测中 or in a risk-elimination review (it stays monitored
 * until the county confirms the elimination). Persons are the household's registered members.
 */
export const MONITORED_STATES: readonly CaseState[] = [
  CaseState.MONITORED, CaseState.EXIT_VILLAGE_REVIEW, CaseState.EXIT_TOWNSHIP_REVIEW, CaseState.EXIT_COUNTY_REVIEW,
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

/** 监测对象占比: monitored persons over registered persons, four decimals (0 without persons). */
export const monitoredRatio = (monitoredPersons: number, persons: number) =>
  persons ? Math.round((monitoredPersons / persons) * 10_000) / 10_000 : 0;
