import type {
  AuditAction,
  BatchStatus,
  CaseAction,
  CaseState,
  DepartmentRecordKind,
  Department,
  DivisionLevel,
  Education,
  HealthStatus,
  HouseholdCategory,
  HouseholdStatus,
  ImportStatus,
  LabourCapacity,
  MemberStatus,
  MonitoringCategory,
  Relation,
  RiskSource,
  RiskStatus,
  RiskType,
  Role,
  SchoolingStage,
  Sex,
  WarningStatus,
} from './gql/graphql';

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
  INSURANCE_CHECK: '防贫保条件核查',
};

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
  InsurancePolicy: '防贫保保单',
  InsuranceClaim: '防贫保理赔',
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
  category: '户类别',
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
  API: 'API 令牌',
};

// ---- 一户一档: the API's labels (api/src/modules/households/household.enums.ts, docs/glossary.md) ----

/** 户类别 */
export const HOUSEHOLD_CATEGORY_LABELS: Record<HouseholdCategory, string> = {
  LIFTED_OUT: '脱贫户',
  UNSTABLE_LIFTED_OUT: '脱贫不稳定户',
  MARGINAL_AT_RISK: '边缘易致贫户',
  SUDDEN_HARDSHIP: '突发严重困难户',
  ORDINARY: '一般农户',
};

/** 户状态 */
export const HOUSEHOLD_STATUS_LABELS: Record<HouseholdStatus, string> = {
  ACTIVE: '在册',
  ARCHIVED: '已归档',
};

/** 农户标识（整户无劳动能力 · 低保户 · 特困户 · 易地搬迁户） */
export const HOUSEHOLD_FLAG_LABELS = {
  noLabourCapacity: '整户无劳动能力',
  minimumLivingAllowance: '低保户',
  extremePoverty: '特困户',
  relocated: '易地搬迁户',
} as const;
export type HouseholdFlag = keyof typeof HOUSEHOLD_FLAG_LABELS;

/** 与户主关系 */
export const RELATION_LABELS: Record<Relation, string> = {
  HEAD: '户主',
  SPOUSE: '配偶',
  CHILD: '子女',
  CHILD_IN_LAW: '儿媳/女婿',
  GRANDCHILD: '孙子女/外孙子女',
  PARENT: '父母',
  GRANDPARENT: '祖父母/外祖父母',
  SIBLING: '兄弟姐妹',
  OTHER: '其他',
};

export const SEX_LABELS: Record<Sex, string> = { MALE: '男', FEMALE: '女' };

/** 文化程度 */
export const EDUCATION_LABELS: Record<Education, string> = {
  NONE: '文盲或半文盲',
  PRIMARY: '小学',
  JUNIOR_HIGH: '初中',
  SENIOR_HIGH: '高中',
  VOCATIONAL: '中专/大专',
  COLLEGE: '本科及以上',
};

/** 在校生状况 */
export const SCHOOLING_STAGE_LABELS: Record<SchoolingStage, string> = {
  NOT_IN_SCHOOL: '非在校生',
  PRESCHOOL: '学前教育',
  PRIMARY: '小学',
  JUNIOR_HIGH: '初中',
  SENIOR_HIGH: '普通高中',
  SECONDARY_VOCATIONAL: '中职',
  HIGHER_VOCATIONAL: '高职/高专',
  UNDERGRADUATE: '本科及以上',
};

/** 健康状况 */
export const HEALTH_STATUS_LABELS: Record<HealthStatus, string> = {
  HEALTHY: '健康',
  CHRONIC_ILLNESS: '长期慢性病',
  SERIOUS_ILLNESS: '大病',
  DISABLED: '残疾',
};

/** 劳动技能 */
export const LABOUR_CAPACITY_LABELS: Record<LabourCapacity, string> = {
  SKILLED: '技能劳动力',
  ORDINARY: '普通劳动力',
  WEAK: '弱劳动力或半劳动力',
  LOST: '丧失劳动力',
  NONE: '无劳动力',
};

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

/** 风险因素类型 */
export const RISK_TYPE_LABELS: Record<RiskType, string> = {
  ILLNESS: '因病',
  DISABILITY: '因残',
  SCHOOLING: '因学',
  DISASTER: '因灾',
  ACCIDENT: '因意外事故',
  INDUSTRY_FAILURE: '因产业失败',
  EMPLOYMENT_INSTABILITY: '因务工就业不稳',
  EPIDEMIC: '因疫情',
  INCOME_DROP: '收入骤减',
  EXPENDITURE_SURGE: '支出骤增',
  HOUSING_SAFETY: '住房安全',
  DRINKING_WATER: '饮水安全',
  COMPULSORY_EDUCATION: '义务教育',
  BASIC_MEDICAL: '基本医疗',
};

/** 线索来源 / 风险来源 */
export const RISK_SOURCE_LABELS: Record<RiskSource, string> = {
  SELF_REPORT: '农户申报',
  CADRE_VISIT: '干部排查',
  DEPARTMENT_WARNING: '部门预警',
  DATA_COMPARISON: '系统比对',
};

/** 风险状态 */
export const RISK_STATUS_LABELS: Record<RiskStatus, string> = {
  ACTIVE: '未消除',
  RESOLVED: '已消除',
};

/** 监测对象类别: the same terms as the household categories they become. */
export const MONITORING_CATEGORY_LABELS: Record<MonitoringCategory, string> = {
  UNSTABLE_LIFTED_OUT: HOUSEHOLD_CATEGORY_LABELS.UNSTABLE_LIFTED_OUT,
  MARGINAL_AT_RISK: HOUSEHOLD_CATEGORY_LABELS.MARGINAL_AT_RISK,
  SUDDEN_HARDSHIP: HOUSEHOLD_CATEGORY_LABELS.SUDDEN_HARDSHIP,
};

/** 监测程序状态 */
export const CASE_STATE_LABELS: Record<CaseState, string> = {
  LEAD: '线索',
  SURVEY: '入户调查',
  VILLAGE_REVIEW: '村级评议公示',
  TOWNSHIP_REVIEW: '乡镇审核',
  COUNTY_REVIEW: '县级认定',
  MONITORED: '监测中',
  EXIT_VILLAGE_REVIEW: '风险消除村评定',
  EXIT_TOWNSHIP_REVIEW: '风险消除乡镇审核',
  EXIT_COUNTY_REVIEW: '风险消除县审定',
  RISK_ELIMINATED: '风险消除',
  DISMISSED: '线索排除',
};

/** 监测程序步骤 */
export const CASE_ACTION_LABELS: Record<CaseAction, string> = {
  START_SURVEY: '开始入户调查',
  SUBMIT_SURVEY: '提交调查结果，进入村级评议公示',
  SUBMIT_VILLAGE_REVIEW: '公示期满，报乡镇审核',
  APPROVE_TOWNSHIP: '乡镇审核通过，报县级认定',
  CONFIRM_COUNTY: '县级认定为监测对象',
  PROPOSE_EXIT: '提出风险消除（村评定）',
  SUBMIT_EXIT_VILLAGE: '村评定通过，报乡镇审核',
  APPROVE_EXIT_TOWNSHIP: '乡镇审核通过，报县审定',
  CONFIRM_EXIT_COUNTY: '县审定风险消除',
  REJECT: '退回上一步',
  DISMISS: '排除线索',
};

/** 导入任务状态 */
export const IMPORT_STATUS_LABELS: Record<ImportStatus, string> = {
  QUEUED: '排队中',
  VALIDATING: '校验中',
  IMPORTING: '导入中',
  SUCCEEDED: '已完成',
  FAILED: '失败',
};

/** 监测对象占比异常 (SupervisionRow.ratioFlag) */
export const RATIO_FLAG_LABELS: Record<string, string> = {
  ABOVE_MAX: '超过上限',
  FAR_BELOW_EXPECTED: '明显低于预期',
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
} as const;
export type PolicyField = keyof typeof POLICY_FIELD_LABELS;

// ---- 部门预警 (api/src/modules/warnings/warning.entity.ts) ----

/** 部门数据类别 */
export const DEPARTMENT_RECORD_KIND_LABELS: Record<DepartmentRecordKind, string> = {
  MEDICAL_SELF_PAY: '医疗费用自付',
  DISASTER_LOSS: '灾害损失',
  DISABILITY_CERTIFIED: '残疾等级认定',
  UNSAFE_HOUSING: '危房鉴定',
};

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
