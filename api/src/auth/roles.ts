import { registerEnum } from '../common/enum-labels';
import { Permission as P } from './permission';
import { DivisionLevel } from '../jurisdiction/division-code';

export enum Role {
  VILLAGE_OFFICER = 'VILLAGE_OFFICER',
  TOWNSHIP_REVIEWER = 'TOWNSHIP_REVIEWER',
  COUNTY_OFFICER = 'COUNTY_OFFICER',
  CITY_OFFICER = 'CITY_OFFICER',
  PROVINCE_OFFICER = 'PROVINCE_OFFICER',
  USER_ADMIN = 'USER_ADMIN',
  SECURITY_ADMIN = 'SECURITY_ADMIN',
  AUDITOR = 'AUDITOR',
  DEPARTMENT_USER = 'DEPARTMENT_USER',
  INSURER = 'INSURER',
  DASHBOARD = 'DASHBOARD',
}

export const ROLE_LABELS = registerEnum(Role, 'Role', '角色（权限集合）', {
  VILLAGE_OFFICER: '村级信息员',
  TOWNSHIP_REVIEWER: '乡镇审核员',
  COUNTY_OFFICER: '县级业务员',
  CITY_OFFICER: '市级业务员',
  PROVINCE_OFFICER: '省级业务员',
  USER_ADMIN: '用户管理员',
  SECURITY_ADMIN: '安全管理员',
  AUDITOR: '审计员',
  DEPARTMENT_USER: '行业部门用户',
  INSURER: '防贫保承保机构',
  DASHBOARD: '数据看板（只读统计）',
});

const OFFICE_READ = [
  P.DIVISION_READ,
  P.HOUSEHOLD_READ,
  P.POLICY_READ,
  P.MONITORING_READ,
  P.ASSISTANCE_READ,
  P.STATISTICS_READ,
];

/** Each role is a set of permissions; an actor holds the union of its roles' sets. */
export const ROLE_PERMISSIONS: Record<Role, readonly P[]> = {
  [Role.VILLAGE_OFFICER]: [
    ...OFFICE_READ,
    P.HOUSEHOLD_WRITE,
    P.PII_READ,
    P.RISK_WRITE,
    P.MONITORING_PROPOSE,
    P.VISIT_WRITE,
    P.ASSET_READ,
    P.COLLECTIVE_INCOME_READ,
    P.COLLECTIVE_INCOME_WRITE,
    P.ASSET_PROJECT_IMPLEMENT,
  ],
  [Role.TOWNSHIP_REVIEWER]: [
    // Seed 004: "各乡镇、街道要加强对边缘易致贫户、突发严重困难户的监测": townships open leads and record risks.
    ...OFFICE_READ,
    P.MONITORING_PROPOSE,
    P.RISK_WRITE,
    P.MONITORING_REVIEW_TOWNSHIP,
    P.MONITORING_EXPORT,
    P.SUPERVISION_READ,
    P.ASSET_READ,
    P.COLLECTIVE_INCOME_READ,
    P.ASSET_WRITE,
    P.ASSET_PROJECT_TOWNSHIP,
    P.ASSET_PROJECT_IMPLEMENT,
    P.COLLECTIVE_INCOME_REVIEW_TOWNSHIP,
  ],
  // The county office also acts for its townships, villages and departments (and so may create
  // their accounts: administrators grant only what they hold).
  [Role.COUNTY_OFFICER]: [
    ...OFFICE_READ,
    P.MONITORING_PROPOSE,
    P.MONITORING_REVIEW_TOWNSHIP,
    P.COLLECTIVE_INCOME_WRITE,
    P.WARNING_SUBMIT,
    P.HOUSEHOLD_WRITE,
    P.HOUSEHOLD_IMPORT,
    P.HOUSEHOLD_EXPORT,
    P.MONITORING_EXPORT,
    P.HOUSEHOLD_REGISTRATION_WRITE,
    P.PII_READ,
    P.RISK_WRITE,
    P.MONITORING_CONFIRM_COUNTY,
    P.MONITORING_IDENTIFY,
    P.WARNING_MANAGE,
    P.SUPERVISION_READ,
    P.ASSISTANCE_WRITE,
    P.VISIT_WRITE,
    P.ASSISTANCE_CATALOGUE_WRITE,
    P.ASSET_READ,
    P.ASSET_WRITE,
    P.COLLECTIVE_INCOME_READ,
    P.POLICY_WRITE,
    P.INSURANCE_CLAIM_READ,
    P.INSURANCE_POLICY_READ,
    P.INSURANCE_POLICY_WRITE,
    P.INSURANCE_CLAIM_REVIEW,
    P.ASSET_DISPOSAL_APPROVE,
    P.ASSET_PROJECT_COUNTY,
    P.ASSET_PROJECT_TOWNSHIP,
    P.ASSET_PROJECT_IMPLEMENT,
    P.COLLECTIVE_INCOME_REVIEW_TOWNSHIP,
  ],
  [Role.CITY_OFFICER]: [
    ...OFFICE_READ,
    P.HOUSEHOLD_EXPORT,
    P.MONITORING_EXPORT,
    P.POLICY_WRITE,
    P.DIVISION_CLASSIFY,
    P.ASSISTANCE_CATALOGUE_WRITE,
    P.SUPERVISION_READ,
    P.ASSET_READ,
    P.COLLECTIVE_INCOME_READ,
    P.INSURANCE_POLICY_READ,
    P.INSURANCE_POLICY_WRITE,
  ],
  [Role.PROVINCE_OFFICER]: [
    ...OFFICE_READ,
    P.HOUSEHOLD_EXPORT,
    P.MONITORING_EXPORT,
    P.POLICY_WRITE,
    P.DIVISION_CLASSIFY,
    P.ASSISTANCE_CATALOGUE_WRITE,
    P.SUPERVISION_READ,
    P.ASSET_READ,
    P.COLLECTIVE_INCOME_READ,
    P.INSURANCE_POLICY_READ,
    P.INSURANCE_POLICY_WRITE,
  ],
  [Role.USER_ADMIN]: [P.DIVISION_READ, P.USER_READ, P.USER_MANAGE, P.API_TOKEN_MANAGE],
  // 三员分立: the auditor reads the log masked; clear values of one entry need the security administrator.
  [Role.SECURITY_ADMIN]: [
    P.DIVISION_READ,
    P.USER_READ,
    P.USER_MANAGE,
    P.USER_GRANT_ANY,
    P.API_TOKEN_MANAGE,
    P.AUDIT_READ_PII,
  ],
  [Role.AUDITOR]: [P.DIVISION_READ, P.USER_READ, P.AUDIT_READ],
  [Role.DEPARTMENT_USER]: [P.DIVISION_READ, P.WARNING_SUBMIT],
  [Role.INSURER]: [P.INSURANCE_ELIGIBILITY_CHECK, P.INSURANCE_CLAIM_FILE, P.INSURANCE_CLAIM_READ],
  [Role.DASHBOARD]: [P.STATISTICS_READ],
};

export function permissionsOf(roles: readonly Role[]): Set<P> {
  return new Set(roles.flatMap((role) => ROLE_PERMISSIONS[role] ?? []));
}

/** Roles that partner API tokens may carry: partners never act as officers. */
export const PARTNER_ROLES: readonly Role[] = [Role.INSURER, Role.DASHBOARD];

/**
 * Permissions that decide on a request someone else made (审核、认定、审批、验收). 三员分立 (等保三级):
 * an account holding any of them never also administers accounts, so nobody can create or change
 * the account that approves their own request.
 */
export const APPROVAL_PERMISSIONS: ReadonlySet<P> = new Set([
  P.MONITORING_REVIEW_TOWNSHIP,
  P.MONITORING_CONFIRM_COUNTY,
  P.ASSET_DISPOSAL_APPROVE,
  P.ASSET_PROJECT_TOWNSHIP,
  P.ASSET_PROJECT_COUNTY,
  P.COLLECTIVE_INCOME_REVIEW_TOWNSHIP,
  P.INSURANCE_CLAIM_REVIEW,
]);

/** Permissions of account administration (user administrator, security administrator). */
export const ADMINISTRATION_PERMISSIONS: ReadonlySet<P> = new Set([
  P.USER_MANAGE,
  P.USER_GRANT_ANY,
  P.API_TOKEN_MANAGE,
]);

/** A role set that would let one account both administer accounts and approve: the clashing permissions, or none. */
export function dutyClash(roles: readonly Role[]): { administration: P[]; approval: P[] } | null {
  const held = permissionsOf(roles);
  const administration = [...held].filter((p) => ADMINISTRATION_PERMISSIONS.has(p));
  const approval = [...held].filter((p) => APPROVAL_PERMISSIONS.has(p));
  return administration.length && approval.length ? { administration, approval } : null;
}

/**
 * The level each business role works at. A user administrator, who holds no business permission,
 * grants these roles at or below its own division's level (a county's administrator creates the
 * county's, townships' and villages' officers), never administrative or partner roles.
 */
export const BUSINESS_ROLE_LEVELS: Partial<Record<Role, DivisionLevel>> = {
  [Role.VILLAGE_OFFICER]: DivisionLevel.VILLAGE,
  [Role.TOWNSHIP_REVIEWER]: DivisionLevel.TOWNSHIP,
  [Role.COUNTY_OFFICER]: DivisionLevel.COUNTY,
  [Role.DEPARTMENT_USER]: DivisionLevel.COUNTY,
  [Role.CITY_OFFICER]: DivisionLevel.CITY,
  [Role.PROVINCE_OFFICER]: DivisionLevel.PROVINCE,
};
