/** What the permission table needs for these pages (mirrors the API's @Allow rules). */
export const INSURANCE_RESOURCE_PERMISSIONS = {
  insuranceClaims: { list: 'INSURANCE_CLAIM_REVIEW', show: 'INSURANCE_CLAIM_REVIEW', review: 'INSURANCE_CLAIM_REVIEW' },
  insurancePolicies: { list: 'INSURANCE_POLICY_READ', edit: 'INSURANCE_POLICY_WRITE' },
  insuranceSummary: { list: 'INSURANCE_POLICY_READ' },
} as const;
