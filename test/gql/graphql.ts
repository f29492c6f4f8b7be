/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** 监测程序步骤 */
export type CaseAction =
  /** 乡镇审核通过，报县审定 */
  | 'APPROVE_EXIT_TOWNSHIP'
  /** 乡镇审核通过，报县级认定 */
  | 'APPROVE_TOWNSHIP'
  /** 县级认定为监测对象 */
  | 'CONFIRM_COUNTY'
  /** 县审定风险消除 */
  | 'CONFIRM_EXIT_COUNTY'
  /** 排除线索 */
  | 'DISMISS'
  /** 提出风险消除（村评定） */
  | 'PROPOSE_EXIT'
  /** 退回上一步 */
  | 'REJECT'
  /** 开始入户调查 */
  | 'START_SURVEY'
  /** 村评定通过，报乡镇审核 */
  | 'SUBMIT_EXIT_VILLAGE'
  /** 提交调查结果，进入村级评议公示 */
  | 'SUBMIT_SURVEY'
  /** 公示期满，报乡镇审核 */
  | 'SUBMIT_VILLAGE_REVIEW';

/** 监测程序状态 */
export type CaseState =
  /** 县级认定 */
  | 'COUNTY_REVIEW'
  /** 线索排除 */
  | 'DISMISSED'
  /** 风险消除县审定 */
  | 'EXIT_COUNTY_REVIEW'
  /** 风险消除乡镇审核 */
  | 'EXIT_TOWNSHIP_REVIEW'
  /** 风险消除村评定 */
  | 'EXIT_VILLAGE_REVIEW'
  /** 线索 */
  | 'LEAD'
  /** 监测中 */
  | 'MONITORED'
  /** 风险消除 */
  | 'RISK_ELIMINATED'
  /** 入户调查 */
  | 'SURVEY'
  /** 乡镇审核 */
  | 'TOWNSHIP_REVIEW'
  /** 村级评议公示 */
  | 'VILLAGE_REVIEW';

export type CreateHouseholdInput = {
  address: string;
  /** 所在村的 12 位区划代码 */
  divisionCode: string;
  extremePoverty?: boolean | null | undefined;
  /** 户编号；不填由系统按村生成 */
  householdNumber?: string | null | undefined;
  /** 脱贫年度（脱贫户必填） */
  liftedOutYear?: number | null | undefined;
  /** 家庭成员，须有且只有一名户主 */
  members: Array<MemberInput>;
  minimumLivingAllowance?: boolean | null | undefined;
  noLabourCapacity?: boolean | null | undefined;
  phone?: string | null | undefined;
  /** 建档立卡登记状态；脱贫户须由县级登记，默认一般农户 */
  registrationStatus?: RegistrationStatus | null | undefined;
  relocated?: boolean | null | undefined;
};

export type CreateUserInput = {
  department?: Department | null | undefined;
  displayName: string;
  /** 12 位区划代码 */
  divisionCode: string;
  /** 初始密码；用户首次登录须修改 */
  password: string;
  phone?: string | null | undefined;
  roles: Array<Role>;
  username: string;
};

/** 行业部门 */
export type Department =
  /** 民政 */
  | 'CIVIL_AFFAIRS'
  /** 残联 */
  | 'DISABLED_PERSONS'
  /** 教育 */
  | 'EDUCATION'
  /** 应急管理 */
  | 'EMERGENCY_MANAGEMENT'
  /** 卫健 */
  | 'HEALTH'
  /** 住建 */
  | 'HOUSING'
  /** 人社 */
  | 'HUMAN_RESOURCES'
  /** 医保 */
  | 'MEDICAL_INSURANCE'
  /** 水利 */
  | 'WATER_RESOURCES';

/** 行政区划级别 */
export type DivisionLevel =
  /** 市级 */
  | 'CITY'
  /** 县级 */
  | 'COUNTY'
  /** 省级 */
  | 'PROVINCE'
  /** 乡级 */
  | 'TOWNSHIP'
  /** 村级 */
  | 'VILLAGE';

/** 文化程度 */
export type Education =
  /** 本科及以上 */
  | 'COLLEGE'
  /** 初中 */
  | 'JUNIOR_HIGH'
  /** 文盲或半文盲 */
  | 'NONE'
  /** 小学 */
  | 'PRIMARY'
  /** 高中 */
  | 'SENIOR_HIGH'
  /** 中专/大专 */
  | 'VOCATIONAL';

/** 导出任务状态 */
export type ExportStatus =
  /** 失败 */
  | 'FAILED'
  /** 排队中 */
  | 'QUEUED'
  /** 生成中 */
  | 'RUNNING'
  /** 已完成 */
  | 'SUCCEEDED';

/** 健康状况 */
export type HealthStatus =
  /** 长期慢性病 */
  | 'CHRONIC_ILLNESS'
  /** 残疾 */
  | 'DISABLED'
  /** 健康 */
  | 'HEALTHY'
  /** 大病 */
  | 'SERIOUS_ILLNESS';

/** 农户筛选条件 */
export type HouseholdFilter = {
  /** 区划代码或前缀（含下级） */
  divisionCode?: string | null | undefined;
  extremePoverty?: boolean | null | undefined;
  /** 只含这些农户（列表中勾选的，最多 1000 户） */
  ids?: Array<string> | null | undefined;
  minimumLivingAllowance?: boolean | null | undefined;
  /** true 只列监测中的户，false 只列未在监测的户 */
  monitored?: boolean | null | undefined;
  /** 当前监测对象类别（任一） */
  monitoringCategories?: Array<MonitoringCategory> | null | undefined;
  noLabourCapacity?: boolean | null | undefined;
  /** 最近年度人均纯收入上限（含） */
  perCapitaIncomeMax?: unknown;
  /** 最近年度人均纯收入下限（含） */
  perCapitaIncomeMin?: unknown;
  /** 脱贫户 / 一般农户 */
  registrationStatuses?: Array<RegistrationStatus> | null | undefined;
  relocated?: boolean | null | undefined;
  /** 户编号、成员姓名（前缀）或身份证号后 4 位 */
  search?: string | null | undefined;
  status?: HouseholdStatus | null | undefined;
};

export type HouseholdSortField =
  | 'CREATED_AT'
  | 'DIVISION_CODE'
  | 'HOUSEHOLD_NUMBER'
  | 'MEMBER_COUNT'
  | 'PER_CAPITA_NET_INCOME';

/** 户状态 */
export type HouseholdStatus =
  /** 在册 */
  | 'ACTIVE'
  /** 已归档 */
  | 'ARCHIVED';

/** 导入方式：CREATE 新增农户，UPDATE 按户编号和身份证号更新已有农户（先预览） */
export type ImportMode =
  | 'CREATE'
  | 'UPDATE';

/** 导入任务状态 */
export type ImportStatus =
  | 'FAILED'
  | 'IMPORTING'
  | 'PREVIEW'
  | 'QUEUED'
  | 'SUCCEEDED'
  | 'VALIDATING';

/** 年度收支：各项收入与支出（元），人均纯收入由系统计算 */
export type IncomeInput = {
  /** 意外事故支出 */
  accidentExpense?: unknown;
  /** 灾害损失支出 */
  disasterExpense?: unknown;
  /** 医疗支出（报销后自付） */
  medicalExpense?: unknown;
  /** 生产经营性收入 */
  operations?: unknown;
  /** 生产经营性支出 */
  productionCosts?: unknown;
  /** 财产性收入 */
  property?: unknown;
  /** 教育支出 */
  schoolingExpense?: unknown;
  /** 其中：补贴性收入 */
  subsidies?: unknown;
  /** 转移性收入 */
  transfers?: unknown;
  /** 工资性收入 */
  wages?: unknown;
};

/** 劳动技能 */
export type LabourCapacity =
  /** 丧失劳动力 */
  | 'LOST'
  /** 无劳动力 */
  | 'NONE'
  /** 普通劳动力 */
  | 'ORDINARY'
  /** 技能劳动力 */
  | 'SKILLED'
  /** 弱劳动力或半劳动力 */
  | 'WEAK';

/** 家庭成员信息 */
export type MemberInput = {
  criticalIllnessInsurance?: boolean | null | undefined;
  disabilityGrade?: number | null | undefined;
  education?: Education | null | undefined;
  ethnicity?: string | null | undefined;
  extremePoverty?: boolean | null | undefined;
  healthStatus?: HealthStatus | null | undefined;
  /** 18 位身份证号；15 位旧号码自动升位 */
  idNumber: string;
  labourCapacity: LabourCapacity;
  medicalInsurance?: boolean | null | undefined;
  minimumLivingAllowance?: boolean | null | undefined;
  name: string;
  pensionInsurance?: boolean | null | undefined;
  relation: Relation;
  schoolingStage?: SchoolingStage | null | undefined;
  workMonths?: number | null | undefined;
  workPlace?: string | null | undefined;
};

/** 监测对象类别 */
export type MonitoringCategory =
  /** 边缘易致贫户 */
  | 'MARGINAL_AT_RISK'
  /** 突发严重困难户 */
  | 'SUDDEN_HARDSHIP'
  /** 脱贫不稳定户 */
  | 'UNSTABLE_LIFTED_OUT';

/** 操作权限 */
export type Permission =
  | 'API_TOKEN_MANAGE'
  | 'ASSET_DISPOSAL_APPROVE'
  | 'ASSET_PROJECT_COUNTY'
  | 'ASSET_PROJECT_IMPLEMENT'
  | 'ASSET_PROJECT_TOWNSHIP'
  | 'ASSET_READ'
  | 'ASSET_WRITE'
  | 'ASSISTANCE_CATALOGUE_WRITE'
  | 'ASSISTANCE_READ'
  | 'ASSISTANCE_WRITE'
  | 'AUDIT_READ'
  | 'AUDIT_READ_PII'
  | 'COLLECTIVE_INCOME_READ'
  | 'COLLECTIVE_INCOME_REVIEW_TOWNSHIP'
  | 'COLLECTIVE_INCOME_WRITE'
  | 'DIVISION_CLASSIFY'
  | 'DIVISION_READ'
  | 'HOUSEHOLD_EXPORT'
  | 'HOUSEHOLD_IMPORT'
  | 'HOUSEHOLD_READ'
  | 'HOUSEHOLD_REGISTRATION_WRITE'
  | 'HOUSEHOLD_WRITE'
  | 'INSURANCE_CLAIM_FILE'
  | 'INSURANCE_CLAIM_READ'
  | 'INSURANCE_CLAIM_REVIEW'
  | 'INSURANCE_ELIGIBILITY_CHECK'
  | 'INSURANCE_POLICY_READ'
  | 'INSURANCE_POLICY_WRITE'
  | 'MONITORING_CONFIRM_COUNTY'
  | 'MONITORING_EXPORT'
  | 'MONITORING_IDENTIFY'
  | 'MONITORING_PROPOSE'
  | 'MONITORING_READ'
  | 'MONITORING_REVIEW_TOWNSHIP'
  | 'PII_READ'
  | 'POLICY_READ'
  | 'POLICY_WRITE'
  | 'RISK_WRITE'
  | 'STATISTICS_READ'
  | 'SUPERVISION_READ'
  | 'USER_GRANT_ANY'
  | 'USER_MANAGE'
  | 'USER_READ'
  | 'VISIT_WRITE'
  | 'WARNING_MANAGE'
  | 'WARNING_SUBMIT';

/** 建档立卡登记状态（脱贫户 / 一般农户） */
export type RegistrationStatus =
  /** 脱贫户 */
  | 'LIFTED_OUT'
  /** 一般农户 */
  | 'ORDINARY';

/** 与户主关系 */
export type Relation =
  /** 子女 */
  | 'CHILD'
  /** 儿媳/女婿 */
  | 'CHILD_IN_LAW'
  /** 孙子女/外孙子女 */
  | 'GRANDCHILD'
  /** 祖父母/外祖父母 */
  | 'GRANDPARENT'
  /** 户主 */
  | 'HEAD'
  /** 其他 */
  | 'OTHER'
  /** 父母 */
  | 'PARENT'
  /** 兄弟姐妹 */
  | 'SIBLING'
  /** 配偶 */
  | 'SPOUSE';

/** 风险因素类型 */
export type RiskType =
  /** 因意外事故 */
  | 'ACCIDENT'
  /** 基本医疗 */
  | 'BASIC_MEDICAL'
  /** 义务教育 */
  | 'COMPULSORY_EDUCATION'
  /** 因残 */
  | 'DISABILITY'
  /** 因灾 */
  | 'DISASTER'
  /** 饮水安全 */
  | 'DRINKING_WATER'
  /** 因务工就业不稳 */
  | 'EMPLOYMENT_INSTABILITY'
  /** 因疫情 */
  | 'EPIDEMIC'
  /** 支出骤增 */
  | 'EXPENDITURE_SURGE'
  /** 住房安全 */
  | 'HOUSING_SAFETY'
  /** 因病 */
  | 'ILLNESS'
  /** 收入骤减 */
  | 'INCOME_DROP'
  /** 因产业失败 */
  | 'INDUSTRY_FAILURE'
  /** 因学 */
  | 'SCHOOLING';

/** 角色（权限集合） */
export type Role =
  /** 审计员 */
  | 'AUDITOR'
  /** 市级业务员 */
  | 'CITY_OFFICER'
  /** 县级业务员 */
  | 'COUNTY_OFFICER'
  /** 数据看板（只读统计） */
  | 'DASHBOARD'
  /** 行业部门用户 */
  | 'DEPARTMENT_USER'
  /** 防贫保承保机构 */
  | 'INSURER'
  /** 省级业务员 */
  | 'PROVINCE_OFFICER'
  /** 安全管理员 */
  | 'SECURITY_ADMIN'
  /** 乡镇审核员 */
  | 'TOWNSHIP_REVIEWER'
  /** 用户管理员 */
  | 'USER_ADMIN'
  /** 村级信息员 */
  | 'VILLAGE_OFFICER';

/** 在校生状况 */
export type SchoolingStage =
  /** 高职/高专 */
  | 'HIGHER_VOCATIONAL'
  /** 初中 */
  | 'JUNIOR_HIGH'
  /** 非在校生 */
  | 'NOT_IN_SCHOOL'
  /** 学前教育 */
  | 'PRESCHOOL'
  /** 小学 */
  | 'PRIMARY'
  /** 中职 */
  | 'SECONDARY_VOCATIONAL'
  /** 普通高中 */
  | 'SENIOR_HIGH'
  /** 本科及以上 */
  | 'UNDERGRADUATE';

export type SortOrder =
  | 'ASC'
  | 'DESC';

/** 统计类别：建档立卡登记状态（脱贫户、一般农户）及监测对象类别 */
export type StatisticsCategory =
  /** 脱贫户 */
  | 'LIFTED_OUT'
  /** 边缘易致贫户 */
  | 'MARGINAL_AT_RISK'
  /** 一般农户 */
  | 'ORDINARY'
  /** 突发严重困难户 */
  | 'SUDDEN_HARDSHIP'
  /** 脱贫不稳定户 */
  | 'UNSTABLE_LIFTED_OUT';

export type UpdateUserInput = {
  department?: Department | null | undefined;
  displayName?: string | null | undefined;
  divisionCode?: string | null | undefined;
  phone?: string | null | undefined;
  roles?: Array<Role> | null | undefined;
};

export type TestLoginMutationVariables = Exact<{
  username: string;
  password: string;
}>;


export type TestLoginMutation = { login: { token: string, expiresAt: string, user: { id: string, username: string, roles: Array<Role>, division: { code: string, name: string, level: DivisionLevel } | null } } };

export type TestMeQueryVariables = Exact<{ [key: string]: never; }>;


export type TestMeQuery = { me: { id: string, username: string, roles: Array<Role>, permissions: Array<Permission>, division: { code: string, name: string, level: DivisionLevel } | null } };

export type TestImportHouseholdsMutationVariables = Exact<{
  file: string;
  validOnly?: boolean | null | undefined;
  filename?: string | null | undefined;
  mode?: ImportMode | null | undefined;
}>;


export type TestImportHouseholdsMutation = { importHouseholds: { id: string, status: ImportStatus, filename: string, divisionCode: string, createdBy: string, mode: ImportMode } };

export type TestImportJobQueryVariables = Exact<{
  id: string;
}>;


export type TestImportJobQuery = { importJob: { id: string, status: ImportStatus, mode: ImportMode, totalRows: number, processedRows: number, importedHouseholds: number, importedMembers: number, skippedHouseholds: number, errorCount: number, message: string | null, changeCount: number, updatedHouseholds: number, conflictCount: number, errors: Array<{ row: number, column: string, message: string }>, changes: Array<{ row: number, householdNumber: string, memberName: string | null, column: string, before: string, after: string }> } };

export type TestApplyImportMutationVariables = Exact<{
  id: string;
}>;


export type TestApplyImportMutation = { applyImportJob: { id: string, status: ImportStatus } };

export type TestImportErrorsLinkMutationVariables = Exact<{
  id: string;
}>;


export type TestImportErrorsLinkMutation = { createImportErrorsDownloadLink: { url: string, expiresAt: string } };

export type TestImportJobsQueryVariables = Exact<{ [key: string]: never; }>;


export type TestImportJobsQuery = { importJobs: { total: number, items: Array<{ id: string, status: ImportStatus, createdBy: string }> } };

export type TestImportTemplateQueryVariables = Exact<{ [key: string]: never; }>;


export type TestImportTemplateQuery = { householdImportTemplate: { filename: string, contentBase64: string } };

export type TestStartExportMutationVariables = Exact<{
  filter?: HouseholdFilter | null | undefined;
}>;


export type TestStartExportMutation = { startHouseholdExport: { id: string, status: ExportStatus, filename: string, totalRows: number, masked: boolean } };

export type TestExportJobQueryVariables = Exact<{
  id: string;
}>;


export type TestExportJobQuery = { exportJob: { id: string, status: ExportStatus, filename: string, totalRows: number, processedRows: number, byteSize: number, message: string | null, expiresAt: string | null } };

export type TestExportLinkMutationVariables = Exact<{
  id: string;
}>;


export type TestExportLinkMutation = { createExportDownloadLink: { url: string, expiresAt: string } };

export type TestHouseholdsQueryVariables = Exact<{
  filter?: HouseholdFilter | null | undefined;
  limit?: number | null | undefined;
  offset?: number | null | undefined;
  sortBy?: HouseholdSortField | null | undefined;
  sortOrder?: SortOrder | null | undefined;
}>;


export type TestHouseholdsQuery = { households: { total: number, items: Array<{ id: string, householdNumber: string, divisionCode: string, registrationStatus: RegistrationStatus, liftedOutYear: number | null, monitoringCategory: MonitoringCategory | null, memberCount: number, perCapitaNetIncome: unknown, phone: string | null, version: number, division: { name: string } | null, head: { name: string, idNumber: string } | null, members: Array<{ id: string, name: string, idNumber: string, relation: Relation, healthStatus: HealthStatus | null, disabilityGrade: number | null, age: number }>, incomes: Array<{ year: number, perCapitaNetIncome: unknown }> }> } };

export type TestCreateHouseholdMutationVariables = Exact<{
  input: CreateHouseholdInput;
}>;


export type TestCreateHouseholdMutation = { createHousehold: { id: string, householdNumber: string, memberCount: number, version: number, head: { name: string } | null, members: Array<{ id: string, name: string, relation: Relation, idNumber: string }> } };

export type TestSetIncomeMutationVariables = Exact<{
  householdId: string;
  year: number;
  input: IncomeInput;
  version?: number | null | undefined;
}>;


export type TestSetIncomeMutation = { setHouseholdIncome: { id: string, version: number, netIncome: unknown, perCapitaNetIncome: unknown, rigidExpenditure: unknown, memberCount: number } };

export type TestDivisionsQueryVariables = Exact<{
  within?: string | null | undefined;
  parentCode?: string | null | undefined;
  search?: string | null | undefined;
  limit?: number | null | undefined;
}>;


export type TestDivisionsQuery = { divisions: { total: number, items: Array<{ code: string, name: string, level: DivisionLevel }> } };

export type TestUsersQueryVariables = Exact<{
  limit?: number | null | undefined;
  divisionCode?: string | null | undefined;
}>;


export type TestUsersQuery = { users: { total: number, items: Array<{ id: string, username: string, divisionCode: string, version: number, division: { code: string, name: string } | null }> } };

export type TestCreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type TestCreateUserMutation = { createUser: { id: string, username: string, divisionCode: string, roles: Array<Role>, mustChangePassword: boolean } };

export type TestUpdateUserMutationVariables = Exact<{
  id: string;
  version: number;
  input: UpdateUserInput;
}>;


export type TestUpdateUserMutation = { updateUser: { id: string, displayName: string, roles: Array<Role>, version: number } };

export type TestEffectivePolicyQueryVariables = Exact<{
  code: string;
  year: number;
}>;


export type TestEffectivePolicyQuery = { effectivePolicy: { incomeLine: unknown, publicNoticeDays: number | null, exitStabilityMonths: number | null, sources: Array<{ field: string, divisionCode: string }> } };

export type TestIdentifyMutationVariables = Exact<{
  code: string;
  year: number;
}>;


export type TestIdentifyMutation = { identifyHouseholds: { matched: number, leadsOpened: number, alreadyOpen: number, villagesWithoutLine: number } };

export type TestActMutationVariables = Exact<{
  caseId: string;
  action: CaseAction;
  version: number;
  note?: string | null | undefined;
}>;


export type TestActMutation = { actOnCase: { id: string, state: CaseState, version: number, noticeEndsOn: string | null, identifiedOn: string | null } };

export type TestRegionQueryVariables = Exact<{
  code: string;
  year: number;
}>;


export type TestRegionQuery = { regionStatistics: { divisionCode: string, level: DivisionLevel, households: number | null, persons: number | null, registeredHouseholds: number | null, registeredPersons: number | null, monitoredHouseholds: number | null, monitoredPersons: number | null, monitoredRatio: number | null, riskEliminatedHouseholds: number | null, suppressed: boolean, assistanceCoverageRate: number | null, expectedRatio: number | null, maxRatio: number | null, suppressionThreshold: number, byCategory: Array<{ category: StatisticsCategory, households: number | null, persons: number | null }>, byRiskType: Array<{ riskType: RiskType, households: number | null }>, children: Array<{ divisionCode: string, households: number | null, persons: number | null, monitoredHouseholds: number | null, monitoredPersons: number | null, monitoredRatio: number | null, riskEliminatedHouseholds: number | null, suppressed: boolean }> } };

export type TestTrendQueryVariables = Exact<{
  code: string;
  from: string;
  to: string;
}>;


export type TestTrendQuery = { monitoringTrend: Array<{ month: string, identified: number | null, eliminated: number | null, monitoredAtMonthEnd: number | null }> };

export type TestWhatIfQueryVariables = Exact<{
  code: string;
  year: number;
  line?: unknown;
}>;


export type TestWhatIfQuery = { policyWhatIf: { total: { current: { matched: number, belowIncomeLine: number, rigidExpenditure: number, incomeDrop: number, subsidyShare: number }, proposed: { matched: number, belowIncomeLine: number } }, children: Array<{ divisionCode: string, current: { matched: number }, proposed: { matched: number, belowIncomeLine: number } }> } };

export type TestStatIdentifyMutationVariables = Exact<{
  code: string;
  year: number;
}>;


export type TestStatIdentifyMutation = { identifyHouseholds: { matched: number, leadsOpened: number } };


export const TestLoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestLogin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"username"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"username"},"value":{"kind":"Variable","name":{"kind":"Name","value":"username"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TestLoginMutation, TestLoginMutationVariables>;
export const TestMeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TestMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}}]}}]} as unknown as DocumentNode<TestMeQuery, TestMeQueryVariables>;
export const TestImportHouseholdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestImportHouseholds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"file"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"validOnly"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filename"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportMode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importHouseholds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fileBase64"},"value":{"kind":"Variable","name":{"kind":"Name","value":"file"}}},{"kind":"Argument","name":{"kind":"Name","value":"validOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"validOnly"}}},{"kind":"Argument","name":{"kind":"Name","value":"filename"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filename"}}},{"kind":"Argument","name":{"kind":"Name","value":"mode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}}]}}]}}]} as unknown as DocumentNode<TestImportHouseholdsMutation, TestImportHouseholdsMutationVariables>;
export const TestImportJobDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TestImportJob"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"totalRows"}},{"kind":"Field","name":{"kind":"Name","value":"processedRows"}},{"kind":"Field","name":{"kind":"Name","value":"importedHouseholds"}},{"kind":"Field","name":{"kind":"Name","value":"importedMembers"}},{"kind":"Field","name":{"kind":"Name","value":"skippedHouseholds"}},{"kind":"Field","name":{"kind":"Name","value":"errorCount"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"changeCount"}},{"kind":"Field","name":{"kind":"Name","value":"updatedHouseholds"}},{"kind":"Field","name":{"kind":"Name","value":"conflictCount"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"householdNumber"}},{"kind":"Field","name":{"kind":"Name","value":"memberName"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]}}]} as unknown as DocumentNode<TestImportJobQuery, TestImportJobQueryVariables>;
export const TestApplyImportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestApplyImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applyImportJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<TestApplyImportMutation, TestApplyImportMutationVariables>;
export const TestImportErrorsLinkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestImportErrorsLink"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createImportErrorsDownloadLink"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<TestImportErrorsLinkMutation, TestImportErrorsLinkMutationVariables>;
export const TestImportJobsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TestImportJobs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importJobs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}}]}}]}}]}}]} as unknown as DocumentNode<TestImportJobsQuery, TestImportJobsQueryVariables>;
export const TestImportTemplateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TestImportTemplate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"householdImportTemplate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentBase64"}}]}}]}}]} as unknown as DocumentNode<TestImportTemplateQuery, TestImportTemplateQueryVariables>;
export const TestStartExportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestStartExport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"HouseholdFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startHouseholdExport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"totalRows"}},{"kind":"Field","name":{"kind":"Name","value":"masked"}}]}}]}}]} as unknown as DocumentNode<TestStartExportMutation, TestStartExportMutationVariables>;
export const TestExportJobDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TestExportJob"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"totalRows"}},{"kind":"Field","name":{"kind":"Name","value":"processedRows"}},{"kind":"Field","name":{"kind":"Name","value":"byteSize"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<TestExportJobQuery, TestExportJobQueryVariables>;
export const TestExportLinkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestExportLink"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createExportDownloadLink"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<TestExportLinkMutation, TestExportLinkMutationVariables>;
export const TestHouseholdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TestHouseholds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"HouseholdFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sortBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"HouseholdSortField"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sortOrder"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SortOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"households"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}},{"kind":"Argument","name":{"kind":"Name","value":"sortBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sortBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"sortOrder"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sortOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"householdNumber"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"registrationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"liftedOutYear"}},{"kind":"Field","name":{"kind":"Name","value":"monitoringCategory"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"perCapitaNetIncome"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"head"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"healthStatus"}},{"kind":"Field","name":{"kind":"Name","value":"disabilityGrade"}},{"kind":"Field","name":{"kind":"Name","value":"age"}}]}},{"kind":"Field","name":{"kind":"Name","value":"incomes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"perCapitaNetIncome"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TestHouseholdsQuery, TestHouseholdsQueryVariables>;
export const TestCreateHouseholdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestCreateHousehold"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateHouseholdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createHousehold"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"householdNumber"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"head"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}}]}}]}}]}}]} as unknown as DocumentNode<TestCreateHouseholdMutation, TestCreateHouseholdMutationVariables>;
export const TestSetIncomeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestSetIncome"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"householdId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IncomeInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setHouseholdIncome"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"householdId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"householdId"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"netIncome"}},{"kind":"Field","name":{"kind":"Name","value":"perCapitaNetIncome"}},{"kind":"Field","name":{"kind":"Name","value":"rigidExpenditure"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}}]}}]}}]} as unknown as DocumentNode<TestSetIncomeMutation, TestSetIncomeMutationVariables>;
export const TestDivisionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TestDivisions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"within"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"parentCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"divisions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"within"},"value":{"kind":"Variable","name":{"kind":"Name","value":"within"}}},{"kind":"Argument","name":{"kind":"Name","value":"parentCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"parentCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}}]}}]} as unknown as DocumentNode<TestDivisionsQuery, TestDivisionsQueryVariables>;
export const TestUsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TestUsers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"divisionCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"divisionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"divisionCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TestUsersQuery, TestUsersQueryVariables>;
export const TestCreateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestCreateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}}]}}]}}]} as unknown as DocumentNode<TestCreateUserMutation, TestCreateUserMutationVariables>;
export const TestUpdateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestUpdateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<TestUpdateUserMutation, TestUpdateUserMutationVariables>;
export const TestEffectivePolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TestEffectivePolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"effectivePolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"divisionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incomeLine"}},{"kind":"Field","name":{"kind":"Name","value":"publicNoticeDays"}},{"kind":"Field","name":{"kind":"Name","value":"exitStabilityMonths"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}}]}}]}}]}}]} as unknown as DocumentNode<TestEffectivePolicyQuery, TestEffectivePolicyQueryVariables>;
export const TestIdentifyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestIdentify"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identifyHouseholds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"divisionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matched"}},{"kind":"Field","name":{"kind":"Name","value":"leadsOpened"}},{"kind":"Field","name":{"kind":"Name","value":"alreadyOpen"}},{"kind":"Field","name":{"kind":"Name","value":"villagesWithoutLine"}}]}}]}}]} as unknown as DocumentNode<TestIdentifyMutation, TestIdentifyMutationVariables>;
export const TestActDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestAct"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"action"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseAction"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actOnCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"action"},"value":{"kind":"Variable","name":{"kind":"Name","value":"action"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"noticeEndsOn"}},{"kind":"Field","name":{"kind":"Name","value":"identifiedOn"}}]}}]}}]} as unknown as DocumentNode<TestActMutation, TestActMutationVariables>;
export const TestRegionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TestRegion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regionStatistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"divisionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"households"}},{"kind":"Field","name":{"kind":"Name","value":"persons"}},{"kind":"Field","name":{"kind":"Name","value":"registeredHouseholds"}},{"kind":"Field","name":{"kind":"Name","value":"registeredPersons"}},{"kind":"Field","name":{"kind":"Name","value":"monitoredHouseholds"}},{"kind":"Field","name":{"kind":"Name","value":"monitoredPersons"}},{"kind":"Field","name":{"kind":"Name","value":"monitoredRatio"}},{"kind":"Field","name":{"kind":"Name","value":"riskEliminatedHouseholds"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"byCategory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"households"}},{"kind":"Field","name":{"kind":"Name","value":"persons"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byRiskType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"riskType"}},{"kind":"Field","name":{"kind":"Name","value":"households"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assistanceCoverageRate"}},{"kind":"Field","name":{"kind":"Name","value":"expectedRatio"}},{"kind":"Field","name":{"kind":"Name","value":"maxRatio"}},{"kind":"Field","name":{"kind":"Name","value":"suppressionThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"households"}},{"kind":"Field","name":{"kind":"Name","value":"persons"}},{"kind":"Field","name":{"kind":"Name","value":"monitoredHouseholds"}},{"kind":"Field","name":{"kind":"Name","value":"monitoredPersons"}},{"kind":"Field","name":{"kind":"Name","value":"monitoredRatio"}},{"kind":"Field","name":{"kind":"Name","value":"riskEliminatedHouseholds"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}}]}}]} as unknown as DocumentNode<TestRegionQuery, TestRegionQueryVariables>;
export const TestTrendDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TestTrend"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"monitoringTrend"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"divisionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"identified"}},{"kind":"Field","name":{"kind":"Name","value":"eliminated"}},{"kind":"Field","name":{"kind":"Name","value":"monitoredAtMonthEnd"}}]}}]}}]} as unknown as DocumentNode<TestTrendQuery, TestTrendQueryVariables>;
export const TestWhatIfDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TestWhatIf"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"line"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policyWhatIf"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"divisionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"incomeLine"},"value":{"kind":"Variable","name":{"kind":"Name","value":"line"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matched"}},{"kind":"Field","name":{"kind":"Name","value":"belowIncomeLine"}},{"kind":"Field","name":{"kind":"Name","value":"rigidExpenditure"}},{"kind":"Field","name":{"kind":"Name","value":"incomeDrop"}},{"kind":"Field","name":{"kind":"Name","value":"subsidyShare"}}]}},{"kind":"Field","name":{"kind":"Name","value":"proposed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matched"}},{"kind":"Field","name":{"kind":"Name","value":"belowIncomeLine"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matched"}}]}},{"kind":"Field","name":{"kind":"Name","value":"proposed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matched"}},{"kind":"Field","name":{"kind":"Name","value":"belowIncomeLine"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TestWhatIfQuery, TestWhatIfQueryVariables>;
export const TestStatIdentifyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestStatIdentify"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identifyHouseholds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"divisionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matched"}},{"kind":"Field","name":{"kind":"Name","value":"leadsOpened"}}]}}]}}]} as unknown as DocumentNode<TestStatIdentifyMutation, TestStatIdentifyMutationVariables>;