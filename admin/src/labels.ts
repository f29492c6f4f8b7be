import type { BatchStatus, ImportStatus, MemberStatus, RiskStatus, Role, WarningStatus } from './gql/graphql';
import { DIVISION_LEVEL_LABELS } from './gql/enum-labels';

/**
 * The label tables of the API's enums are generated from the schema (admin/src/gql/enum-labels.ts,
 * `pnpm schema:emit`); this file holds the console's own labels (audit fields, flags, policy fields)
 * and the enums the schema does not describe.
 */
export * from './gql/enum-labels';
export const LEVEL_LABELS = DIVISION_LEVEL_LABELS;

/** Roles a partner API token may carry. */
export const PARTNER_ROLES: Role[] = ['INSURER', 'DASHBOARD'];

/** Entity names that appear in the audit log. */
export const AUDIT_ENTITY_LABELS: Record<string, string> = {
  User: '用户',
  AccessToken: '访问令牌',
  Division: '行政区划',
  Household: '农户',
  Member: '家庭成员',
  HouseholdIncome: '年度收支',
  RiskFactor: '风险因素',
  MonitoringCase: '监测案卷',
  MonitoringPolicy: '监测标准',
  ImportJob: '导入任务',
  ExportJob: '导出任务',
  HouseholdExport: '农户导出',
  AuditEntry: '审计日志',
  InsurancePolicy: '防贫保保单',
  InsuranceClaim: '防贫保理赔',
  SelfReport: '农户自主申报',
  CaseReview: '村级评议公示',
  CaseObjection: '公示异议',
  DepartmentRecord: '部门数据记录',
  DepartmentWarning: '部门预警',
  DepartmentBatch: '部门数据批次',
  CaseEvent: '案卷办理记录',
  DistributionPlan: '收益分配方案',
  DistributionLine: '收益分配去向',
  DistributionPayment: '到户发放',
  PlanEvent: '分配方案办理记录',
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
  householdNumber: '户编号',
  address: '家庭住址',
  registrationStatus: '建档立卡登记状态',
  liftedOutYear: '脱贫年度',
  monitoringCategory: '监测对象类别',
  monitoredSince: '纳入监测日期',
  deepPoverty: '深度贫困地区',
  noLabourCapacity: '整户无劳动能力',
  minimumLivingAllowance: '低保户',
  extremePoverty: '特困户',
  relocated: '易地搬迁户',
  status: '状态',
  archiveReason: '归档原因',
  memberCount: '人口',
  perCapitaNetIncome: '人均纯收入',
  incomeYear: '最近收入年度',
  householdId: '农户编号',
  idNumber: '身份证号',
  sex: '性别',
  birthDate: '出生日期',
  relation: '与户主关系',
  ethnicity: '民族',
  education: '文化程度',
  schoolingStage: '在校生状况',
  healthStatus: '健康状况',
  disabilityGrade: '残疾等级',
  labourCapacity: '劳动技能',
  workPlace: '务工地点',
  workMonths: '务工时间（月）',
  medicalInsurance: '基本医疗保险',
  criticalIllnessInsurance: '大病保险',
  pensionInsurance: '养老保险',
  removalReason: '减员原因',
  year: '年度',
  wages: '工资性收入',
  operations: '生产经营性收入',
  property: '财产性收入',
  transfers: '转移性收入',
  subsidies: '补贴性收入',
  productionCosts: '生产经营性支出',
  medicalExpense: '医疗支出（自付）',
  schoolingExpense: '教育支出',
  disasterExpense: '灾害支出',
  accidentExpense: '意外事故支出',
  netIncome: '家庭纯收入',
  rigidExpenditure: '刚性支出',
  operation: '操作',
  state: '状态',
  source: '来源',
  reasons: '理由',
  openedOn: '线索产生日期',
  stateChangedAt: '进入当前状态时间',
  noticeEndsOn: '公示截止日期',
  identifiedOn: '认定日期',
  closedOn: '办结日期',
  type: '类型',
  amount: '金额',
  occurredOn: '发生日期',
  resolvedOn: '消除日期',
  note: '说明',
  version: '版本',
  createdAt: '创建时间',
  updatedAt: '更新时间',
};

export const TOKEN_KIND_LABELS: Record<string, string> = {
  SESSION: '登录会话',
  API: '合作方令牌',
};

// ---- 一户一档: the API's labels (api/src/modules/households/household.enums.ts, docs/glossary.md) ----

/** 农户标识（整户无劳动能力 · 低保户 · 特困户 · 易地搬迁户） */
export const HOUSEHOLD_FLAG_LABELS = {
  noLabourCapacity: '整户无劳动能力',
  minimumLivingAllowance: '低保户',
  extremePoverty: '特困户',
  relocated: '易地搬迁户',
} as const;
export type HouseholdFlag = keyof typeof HOUSEHOLD_FLAG_LABELS;

/** 成员状态（减员后记录保留） */
export const MEMBER_STATUS_LABELS: Record<MemberStatus, string> = {
  ACTIVE: '在册',
  REMOVED: '已减员',
};

/** 年度收支各项 (glossary: 年度收支) */
export const INCOME_FIELD_LABELS = {
  wages: '工资性收入',
  operations: '生产经营性收入',
  property: '财产性收入',
  transfers: '转移性收入',
  subsidies: '其中：补贴性收入',
  productionCosts: '生产经营性支出',
  medicalExpense: '医疗支出（自付）',
  schoolingExpense: '教育支出',
  disasterExpense: '灾害支出',
  accidentExpense: '意外事故支出',
  netIncome: '家庭纯收入',
  perCapitaNetIncome: '人均纯收入',
  rigidExpenditure: '刚性支出',
} as const;
export type IncomeField = keyof typeof INCOME_FIELD_LABELS;

// ---- 监测: the API's labels (api/src/modules/monitoring/monitoring.enums.ts) ----

/** 风险状态 */
export const RISK_STATUS_LABELS: Record<RiskStatus, string> = {
  ACTIVE: '未消除',
  RESOLVED: '已消除',
};

/** 导入任务状态 */
export const IMPORT_STATUS_LABELS: Record<ImportStatus, string> = {
  QUEUED: '排队中',
  VALIDATING: '校验中',
  PREVIEW: '待确认',
  IMPORTING: '导入中',
  SUCCEEDED: '已完成',
  FAILED: '失败',
};

/** 监测标准各项 (MonitoringPolicy; the glossary's terms, units added where shown) */
export const POLICY_FIELD_LABELS = {
  incomeLine: '监测收入线',
  rigidExpenditureShare: '刚性支出占上年收入比例',
  incomeDropShare: '收入骤减降幅',
  subsidyShareWarning: '补贴性收入占比',
  exitStabilityMonths: '收入稳定月数',
  publicNoticeDays: '公示天数',
  expectedMonitoredRatio: '监测对象预期比例',
  maxMonitoredRatio: '监测对象比例上限',
  overdueDays: '逾期天数',
  medicalSelfPayThreshold: '部门预警：医疗费用自付',
  disasterLossThreshold: '部门预警：灾害损失',
  warningWindowMonths: '部门预警：汇总月数',
  disabilityWarningGrade: '部门预警：残疾等级（该级及以上）',
  procedureTemplate: '监测程序模板',
  exitPublicNoticeDays: '风险消除公示天数',
  nationalPovertyLine: '国家扶贫标准',
  incomeLineMultiple: '监测收入线（国家扶贫标准的倍数）',
  monitoredRatioWarning: '监测对象占比预警值',
  monitoredCategories: '计入占比的监测对象类别',
} as const;
export type PolicyField = keyof typeof POLICY_FIELD_LABELS;

// ---- 部门预警 (api/src/modules/warnings/warning.entity.ts) ----

/** 部门数据报送批次状态 */
export const BATCH_STATUS_LABELS: Record<BatchStatus, string> = {
  RUNNING: '处理中',
  SUCCEEDED: '已完成',
  FAILED: '失败',
};

/** 预警处理状态 */
export const WARNING_STATUS_LABELS: Record<WarningStatus, string> = {
  PENDING: '待研判',
  CONVERTED: '已转为线索',
  DISMISSED: '已排除',
};
