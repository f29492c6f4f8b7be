import { chineseValues } from '../common/enum-labels';
import { registerEnumType } from 'type-graphql';
import { Permission as P } from './permission';

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


export const ROLE_LABELS: Record<Role, string> = {
  [Role.VILLAGE_OFFICER]: '村级信息员',
  [Role.TOWNSHIP_REVIEWER]: '乡镇审核员',
  [Role.COUNTY_OFFICER]: '县级业务员',
  [Role.CITY_OFFICER]: '市级业务员',
  [Role.PROVINCE_OFFICER]: '省级业务员',
  [Role.USER_ADMIN]: '用户管理员',
  [Role.SECURITY_ADMIN]: '安全管理员',
  [Role.AUDITOR]: '审计员',
  [Role.DEPARTMENT_USER]: '行业部门用户',
  [Role.INSURER]: '防贫保承保机构',
  [Role.DASHBOARD]: '数据看板（只读统计）',
};

const OFFICE_READ = [P.DIVISION_READ, P.HOUSEHOLD_READ, P.POLICY_READ, P.MONITORING_READ, P.ASSISTANCE_READ, P.STATISTICS_READ];

/** Each role is a set of permissions; an actor holds the union of its roles' sets. */
export const ROLE_PERMISSIONS: Record<Role, readonly P[]> = {
  [Role.VILLAGE_OFFICER]: [
    ...OFFICE_READ, P.HOUSEHOLD_WRITE, P.PII_READ, P.RISK_WRITE, P.MONITORING_PROPOSE, P.VISIT_WRITE,
    P.ASSET_READ, P.COLLECTIVE_INCOME_READ, P.COLLECTIVE_INCOME_WRITE,
  ],
  [Role.TOWNSHIP_REVIEWER]: [
    ...OFFICE_READ, P.MONITORING_REVIEW_TOWNSHIP, P.SUPERVISION_READ, P.ASSET_READ, P.COLLECTIVE_INCOME_READ,
  ],
  // The county office also acts for its townships, villages and departments (and so may create
  // their accounts: administrators grant only what they hold).
  [Role.COUNTY_OFFICER]: [
    ...OFFICE_READ, P.MONITORING_PROPOSE, P.MONITORING_REVIEW_TOWNSHIP, P.COLLECTIVE_INCOME_WRITE, P.WARNING_SUBMIT,
    P.HOUSEHOLD_WRITE, P.HOUSEHOLD_IMPORT, P.HOUSEHOLD_EXPORT, P.PII_READ, P.RISK_WRITE,
    P.MONITORING_CONFIRM_COUNTY, P.MONITORING_IDENTIFY, P.WARNING_MANAGE, P.SUPERVISION_READ, P.ASSISTANCE_WRITE, P.VISIT_WRITE,
    P.ASSET_READ, P.ASSET_WRITE, P.COLLECTIVE_INCOME_READ, P.POLICY_WRITE, P.INSURANCE_CLAIM_READ,
    P.INSURANCE_POLICY_READ, P.INSURANCE_POLICY_WRITE, P.INSURANCE_CLAIM_REVIEW,
  ],
  [Role.CITY_OFFICER]: [
    ...OFFICE_READ, P.HOUSEHOLD_EXPORT, P.POLICY_WRITE, P.SUPERVISION_READ, P.ASSET_READ, P.COLLECTIVE_INCOME_READ,
    P.INSURANCE_POLICY_READ, P.INSURANCE_POLICY_WRITE,
  ],
  [Role.PROVINCE_OFFICER]: [
    ...OFFICE_READ, P.HOUSEHOLD_EXPORT, P.POLICY_WRITE, P.SUPERVISION_READ, P.ASSET_READ, P.COLLECTIVE_INCOME_READ,
    P.INSURANCE_POLICY_READ, P.INSURANCE_POLICY_WRITE,
  ],
  [Role.USER_ADMIN]: [P.DIVISION_READ, P.USER_READ, P.USER_MANAGE, P.API_TOKEN_MANAGE],
  // 三员分立: the auditor reads the log masked; clear values of one entry need the security administrator.
  [Role.SECURITY_ADMIN]: [P.DIVISION_READ, P.USER_READ, P.USER_MANAGE, P.USER_GRANT_ANY, P.API_TOKEN_MANAGE, P.AUDIT_READ_PII],
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

registerEnumType(Role, { name: 'Role', description: '角色（权限集合）', valuesConfig: chineseValues(ROLE_LABELS) });
