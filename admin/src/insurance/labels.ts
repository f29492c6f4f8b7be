import type { ClaimStatus } from '../gql/graphql';

/** The 防贫保 enums' Chinese labels are generated from the schema (gql/enum-labels.ts); colours are the console's own. */
export { CLAIM_STATUS_LABELS, INELIGIBILITY_REASON_LABELS, INSURED_CAUSE_LABELS } from '../gql/enum-labels';
export type IneligibilityReason = keyof typeof import('../gql/enum-labels').INELIGIBILITY_REASON_LABELS;

export const CLAIM_STATUS_COLORS: Record<ClaimStatus, 'warning' | 'info' | 'default' | 'success'> = {
  SUBMITTED: 'warning',
  APPROVED: 'info',
  REJECTED: 'default',
  PAID: 'success',
};
