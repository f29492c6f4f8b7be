import { parentCodeOf } from '../../jurisdiction/division-code';

/** The fields of a policy that inherit down the division tree. */
export const POLICY_FIELDS = [
  'incomeLine', 'rigidExpenditureShare', 'incomeDropShare', 'subsidyShareWarning', 'exitStabilityMonths',
  'publicNoticeDays', 'expectedMonitoredRatio', 'maxMonitoredRatio', 'overdueDays', 'medicalSelfPayThreshold', 'disasterLossThreshold',
  'warningWindowMonths', 'disabilityWarningGrade', 'procedureTemplate', 'exitPublicNoticeDays',
] as const;

export type PolicyField = (typeof POLICY_FIELDS)[number];
export type PolicyValues = { [K in PolicyField]?: string | number | null };

export interface ResolvedPolicy {
  values: PolicyValues;
  /** For each field, the division whose own value applies (null: nobody set it). */
  sources: Partial<Record<PolicyField, string>>;
}

/** The division and its ancestors, nearest first: 150121100201 → 150121100000 → … → 150000000000. */
export function ancestry(code: string): string[] {
  const chain: string[] = [];
  for (let current: string | null = code; current; current = parentCodeOf(current)) chain.push(current);
  return chain;
}

/** Each field from the nearest division in the chain that set it for the year. */
export function resolvePolicy(code: string, rows: ReadonlyArray<{ divisionCode: string } & PolicyValues>): ResolvedPolicy {
  const byDivision = new Map(rows.map((row) => [row.divisionCode, row]));
  const resolved: ResolvedPolicy = { values: {}, sources: {} };
  for (const field of POLICY_FIELDS) {
    for (const division of ancestry(code)) {
      const value = byDivision.get(division)?.[field];
      if (value !== null && value !== undefined) {
        resolved.values[field] = value;
        resolved.sources[field] = division;
        break;
      }
    }
  }
  return resolved;
}
