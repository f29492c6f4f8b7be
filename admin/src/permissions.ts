import type { Permission } from './gql/graphql';

/**
 * Which server permission each console action needs, mirroring the API's `@Allow(...)` rules.
 * A list means any one of them will do.
 * An action not listed here is not offered (the audit log is read-only; divisions only take the 深度贫困 flag; users have no delete).
 * `authProvider.canAccess` reads only this table.
 */
export const RESOURCE_PERMISSIONS: Record<string, Record<string, Permission | readonly Permission[]>> = {
  users: {
    list: 'USER_READ',
    show: 'USER_READ',
    create: 'USER_MANAGE',
    edit: 'USER_MANAGE',
    delete: 'USER_MANAGE',
    disable: 'USER_MANAGE',
    resetPassword: 'USER_MANAGE',
  },
  statistics: {
    list: 'STATISTICS_READ',
  },
  divisions: {
    list: 'DIVISION_READ',
    show: 'DIVISION_READ',
    classify: 'DIVISION_CLASSIFY',
  },
  apiTokens: {
    list: 'API_TOKEN_MANAGE',
    show: 'API_TOKEN_MANAGE',
    create: 'API_TOKEN_MANAGE',
    revoke: 'API_TOKEN_MANAGE',
  },
  auditEntries: {
    list: 'AUDIT_READ',
    show: 'AUDIT_READ',
  },
  roleDefinitions: {
    list: 'USER_READ',
  },
  households: {
    list: 'HOUSEHOLD_READ',
    show: 'HOUSEHOLD_READ',
    create: 'HOUSEHOLD_WRITE',
    edit: 'HOUSEHOLD_WRITE',
    archive: 'HOUSEHOLD_WRITE',
    members: 'HOUSEHOLD_WRITE',
    income: 'HOUSEHOLD_WRITE',
    import: 'HOUSEHOLD_IMPORT',
    export: 'HOUSEHOLD_EXPORT',
    history: 'HOUSEHOLD_READ',
    registration: 'HOUSEHOLD_REGISTRATION_WRITE',
  },
  importJobs: {
    list: 'HOUSEHOLD_READ',
    show: 'HOUSEHOLD_READ',
    create: 'HOUSEHOLD_IMPORT',
  },
  riskFactors: {
    list: 'HOUSEHOLD_READ',
    create: 'RISK_WRITE',
    resolve: 'RISK_WRITE',
  },
  monitoringCases: {
    list: 'MONITORING_READ',
    show: 'MONITORING_READ',
    openLead: 'MONITORING_PROPOSE',
    villageReview: 'MONITORING_PROPOSE',
    export: 'MONITORING_EXPORT',
  },
  identification: {
    run: 'MONITORING_IDENTIFY',
  },
  policies: {
    list: 'POLICY_READ',
    show: 'POLICY_READ',
    edit: 'POLICY_WRITE',
  },
  supervision: {
    list: 'SUPERVISION_READ',
  },
  assets: {
    list: 'ASSET_READ',
    show: 'ASSET_READ',
    edit: 'ASSET_WRITE',
    dispose: 'ASSET_DISPOSAL_APPROVE',
    apply: 'ASSET_PROJECT_TOWNSHIP',
  },
  collectiveIncome: {
    list: 'COLLECTIVE_INCOME_READ',
    edit: 'COLLECTIVE_INCOME_WRITE',
    review: 'COLLECTIVE_INCOME_REVIEW_TOWNSHIP',
  },
  // 农户自主申报: the village verifies; offices above read the queue.
  selfReports: {
    list: 'MONITORING_READ',
    handle: 'MONITORING_PROPOSE',
  },
  departmentWarnings: {
    list: 'WARNING_MANAGE',
    show: 'WARNING_MANAGE',
    handle: 'WARNING_MANAGE',
  },
  // 部门数据报送: the departments submit; the county (WARNING_MANAGE) may look at the batches too.
  departmentBatches: {
    list: ['WARNING_SUBMIT', 'WARNING_MANAGE'],
    show: ['WARNING_SUBMIT', 'WARNING_MANAGE'],
    create: 'WARNING_SUBMIT',
  },
  // 防贫保
  insuranceClaims: { list: 'INSURANCE_CLAIM_REVIEW', show: 'INSURANCE_CLAIM_REVIEW', review: 'INSURANCE_CLAIM_REVIEW' },
  insurancePolicies: { list: 'INSURANCE_POLICY_READ', edit: 'INSURANCE_POLICY_WRITE' },
  insuranceSummary: { list: 'INSURANCE_POLICY_READ' },
  // 帮扶
  visits: { list: 'VISIT_WRITE', create: 'VISIT_WRITE' },
  myHouseholds: { list: 'ASSISTANCE_READ' },
  assistanceGaps: { list: 'ASSISTANCE_READ' },
  contactPeople: { list: 'ASSISTANCE_READ' },
  measureKinds: { list: 'ASSISTANCE_READ', edit: 'ASSISTANCE_CATALOGUE_WRITE' },
  assistance: { read: 'ASSISTANCE_READ', write: 'ASSISTANCE_WRITE' },
  // 合作方（承保机构）
  insurerClaims: { list: 'INSURANCE_CLAIM_FILE' },
};

/** The permissions the action accepts (any one of them), or null when the console never offers it. */
export function requiredPermission(resource: string, action: string): readonly Permission[] | null {
  const needed = RESOURCE_PERMISSIONS[resource]?.[action];
  if (needed === undefined) return null;
  return typeof needed === 'string' ? [needed] : needed;
}

export function isAllowed(permissions: readonly string[], resource: string, action: string): boolean {
  const needed = requiredPermission(resource, action);
  return needed !== null && needed.some((permission) => permissions.includes(permission));
}
