import type { AuditAction, Department, DivisionLevel, Role } from './gql/graphql';

/** Chinese labels for the API's enum values (the server's own labels for roles come from `roleDefinitions`). */

export const ROLE_LABELS: Record<Role, string> = {
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
};

/** Roles a partner API token may carry. */
export const PARTNER_ROLES: Role[] = ['INSURER', 'DASHBOARD'];

export const LEVEL_LABELS: Record<DivisionLevel, string> = {
  PROVINCE: '省级',
  CITY: '市级',
  COUNTY: '县级',
  TOWNSHIP: '乡级',
  VILLAGE: '村级',
};

export const DEPARTMENT_LABELS: Record<Department, string> = {
  MEDICAL_INSURANCE: '医保',
  HEALTH: '卫健',
  EDUCATION: '教育',
  CIVIL_AFFAIRS: '民政',
  HOUSING: '住建',
  HUMAN_RESOURCES: '人社',
  DISABLED_PERSONS: '残联',
  EMERGENCY_MANAGEMENT: '应急管理',
  WATER_RESOURCES: '水利',
};

export const AUDIT_ACTION_LABELS: Record<AuditAction, string> = {
  CREATE: '新建',
  UPDATE: '修改',
  DELETE: '删除',
  LOGIN: '登录',
  LOGIN_FAILED: '登录失败',
  LOGOUT: '退出登录',
  PII_READ: '查看敏感信息',
};

/** Entity names that appear in the audit log. */
export const AUDIT_ENTITY_LABELS: Record<string, string> = {
  User: '用户',
  AccessToken: '访问令牌',
  Division: '行政区划',
};

/** `{ id, name }` choices for react-admin's SelectInput and friends. */
export const choicesOf = <K extends string>(labels: Record<K, string>) =>
  (Object.entries(labels) as Array<[K, string]>).map(([id, name]) => ({ id, name }));

/** Field names that appear in audit-log changes (entity properties), in Chinese. */
export const AUDIT_FIELD_LABELS: Record<string, string> = {
  id: '编号',
  username: '用户名',
  displayName: '姓名',
  divisionCode: '区划代码',
  roles: '角色',
  role: '角色',
  department: '行业部门',
  phone: '联系电话',
  disabled: '已停用',
  mustChangePassword: '须修改密码',
  passwordHash: '密码',
  failedLogins: '连续登录失败次数',
  lockedUntil: '锁定至',
  lastLoginAt: '最近登录',
  kind: '令牌类型',
  userId: '用户编号',
  tokenHash: '令牌摘要',
  tokenPrefix: '令牌开头',
  name: '名称',
  partnerName: '合作方',
  createdById: '签发人编号',
  expiresAt: '到期时间',
  lastUsedAt: '最近使用',
  revokedAt: '注销时间',
  fields: '读取的字段',
  code: '区划代码',
  level: '级别',
  parentCode: '上级区划代码',
};

export const TOKEN_KIND_LABELS: Record<string, string> = {
  SESSION: '登录会话',
  API: 'API 令牌',
};
