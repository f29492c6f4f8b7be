import { selfAndAncestorsOf } from '../../jurisdiction/division-code';
import { formatFen, toFen } from '../../common/money';
import { MonitoringCategory } from '../households/household.enums';

/** The fields of a policy that inherit down the division tree. */
export const POLICY_FIELDS = [
  'incomeLine',
  'incomeLineMultiple',
  'nationalPovertyLine',
  'rigidExpenditureShare',
  'incomeDropShare',
  'subsidyShareWarning',
  'exitStabilityMonths',
  'publicNoticeDays',
  'expectedMonitoredRatio',
  'maxMonitoredRatio',
  'monitoredRatioWarning',
  'monitoredCategories',
  'overdueDays',
  'medicalSelfPayThreshold',
  'disasterLossThreshold',
  'warningWindowMonths',
  'disabilityWarningGrade',
  'procedureTemplate',
  'exitPublicNoticeDays',
] as const;

export type PolicyField = (typeof POLICY_FIELDS)[number];
export type PolicyValues = { [K in PolicyField]?: string | number | string[] | null };

/**
 * Values that apply where no division set one. From the seeds: rigid expenditure "明显超过上年度收入"
 * (seed 000) is a share of 1.0; "两类监测对象规模一般为建档立卡人口的5%左右，深度贫困地区原则上不超过10%"
 * (seed 001) gives the expected ratio, the cap and the two counted categories. The warning threshold
 * for the ratio outside deep-poverty areas is not in the seeds: a regional default (8%), editable.
 */
export const POLICY_DEFAULTS: PolicyValues = {
  rigidExpenditureShare: 1.0,
  expectedMonitoredRatio: 0.05,
  maxMonitoredRatio: 0.1,
  monitoredRatioWarning: 0.08,
  monitoredCategories: [MonitoringCategory.UNSTABLE_LIFTED_OUT, MonitoringCategory.MARGINAL_AT_RISK],
};

/** The line is set either as an amount or as a multiple of the national standard: the nearer setting decides. */
const LINE_FIELDS: ReadonlySet<PolicyField> = new Set(['incomeLine', 'incomeLineMultiple']);

export interface ResolvedPolicy {
  values: PolicyValues;
  /** For each field, the division whose own value applies (null: nobody set it). */
  sources: Partial<Record<PolicyField, string>>;
}

/** Each field from the nearest division in the chain that set it for the year. */
export function resolvePolicy(
  code: string,
  rows: ReadonlyArray<{ divisionCode: string } & PolicyValues>,
): ResolvedPolicy {
  const byDivision = new Map(rows.map((row) => [row.divisionCode, row]));
  const resolved: ResolvedPolicy = { values: {}, sources: {} };
  for (const field of POLICY_FIELDS) {
    if (LINE_FIELDS.has(field)) continue;
    for (const division of selfAndAncestorsOf(code)) {
      const value = byDivision.get(division)?.[field];
      if (value !== null && value !== undefined) {
        resolved.values[field] = value;
        resolved.sources[field] = division;
        break;
      }
    }
    if (!(field in resolved.values) && POLICY_DEFAULTS[field] !== undefined)
      resolved.values[field] = POLICY_DEFAULTS[field];
  }
  // 监测收入线: the nearest division that set the amount or the multiple decides; a multiple is
  // applied to the national standard in force there (seed 001: "国家扶贫标准1.5倍左右").
  for (const division of selfAndAncestorsOf(code)) {
    const row = byDivision.get(division);
    if (row?.incomeLine !== null && row?.incomeLine !== undefined) {
      resolved.values.incomeLine = row.incomeLine;
      resolved.sources.incomeLine = division;
      break;
    }
    if (row?.incomeLineMultiple !== null && row?.incomeLineMultiple !== undefined) {
      const multiple = Number(row.incomeLineMultiple);
      resolved.values.incomeLineMultiple = multiple;
      resolved.sources.incomeLineMultiple = division;
      const national = resolved.values.nationalPovertyLine;
      if (national !== null && national !== undefined) {
        resolved.values.incomeLine = lineFromMultiple(String(national), multiple);
        resolved.sources.incomeLine = division;
      }
      break;
    }
  }
  return resolved;
}

/** multiple × national standard in whole fen (multiples to 1/1000, so no floating-point drift). */
export function lineFromMultiple(national: string, multiple: number): string {
  return formatFen(Math.round((toFen(national) * Math.round(multiple * 1000)) / 1000));
}
