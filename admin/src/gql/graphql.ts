/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type AccessTokenKind =
  | 'API'
  | 'SESSION';

/** 乡镇申报专项资金项目 */
export type ApplyProjectInput = {
  /** 扶持对象（农户 id），申报即公示 */
  beneficiaryIds: Array<string>;
  /** 实施区划：本乡镇或其下的村（12 位代码） */
  divisionCode: string;
  fundingSources: Array<FundingAmountInput>;
  name: string;
  plannedAssets: Array<PlannedAssetInput>;
};

/** 资产类别 */
export type AssetClass =
  /** 到户类资产 */
  | 'HOUSEHOLD'
  /** 经营性资产 */
  | 'OPERATING'
  /** 公益性资产 */
  | 'PUBLIC_WELFARE';

/** 资产台账变动类别 */
export type AssetEventKind =
  /** 批准处置 */
  | 'DISPOSAL_APPROVED'
  /** 不予处置 */
  | 'DISPOSAL_REJECTED'
  /** 申请处置 */
  | 'DISPOSAL_REQUESTED'
  /** 登记年度收益 */
  | 'INCOME_RECORDED'
  /** 登记入账 */
  | 'REGISTERED'
  /** 折股量化 */
  | 'SHARES_SET'
  /** 状态变更 */
  | 'STATUS_CHANGED'
  /** 账面价值变更 */
  | 'VALUE_CHANGED';

/** 资产状态 */
export type AssetStatus =
  /** 损毁 */
  | 'DAMAGED'
  /** 处置 */
  | 'DISPOSED'
  /** 闲置 */
  | 'IDLE'
  /** 运营 */
  | 'OPERATING'
  /** 在建 */
  | 'UNDER_CONSTRUCTION';

/** 资产类型 */
export type AssetType =
  /** 养殖场 */
  | 'BREEDING_FARM'
  /** 种植大棚 */
  | 'GREENHOUSE'
  /** 牲畜 */
  | 'LIVESTOCK'
  /** 其他 */
  | 'OTHER'
  /** 光伏电站 */
  | 'PHOTOVOLTAIC'
  /** 道路 */
  | 'ROAD'
  /** 水利设施 */
  | 'WATER_FACILITY'
  /** 扶贫车间 */
  | 'WORKSHOP';

/** 审计动作 */
export type AuditAction =
  /** 新建 */
  | 'CREATE'
  /** 删除 */
  | 'DELETE'
  /** 辖区外重复登记（已拒绝） */
  | 'DUPLICATE_ATTEMPT'
  /** 下载文件 */
  | 'FILE_DOWNLOAD'
  /** 防贫保条件核查 */
  | 'INSURANCE_CHECK'
  /** 登录 */
  | 'LOGIN'
  /** 登录失败 */
  | 'LOGIN_FAILED'
  /** 退出登录 */
  | 'LOGOUT'
  /** 查看敏感信息 */
  | 'PII_READ'
  /** 修改 */
  | 'UPDATE';

/** 部门数据批次状态 */
export type BatchStatus =
  | 'FAILED'
  | 'RUNNING'
  | 'SUCCEEDED';

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

export type CauseCapInput = {
  cap: unknown;
  cause: InsuredCause;
};

/** 防贫保理赔状态 */
export type ClaimStatus =
  /** 县级已核准 */
  | 'APPROVED'
  /** 已赔付 */
  | 'PAID'
  /** 县级不予核准 */
  | 'REJECTED'
  /** 已报案待审核 */
  | 'SUBMITTED';

/** 村集体年度收益（资产收益由台账汇总，不在此填写） */
export type CollectiveIncomeInput = {
  costs?: unknown;
  leasingIncome?: unknown;
  operatingIncome?: unknown;
  otherIncome?: unknown;
  serviceIncome?: unknown;
};

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

/** 部门数据类别 */
export type DepartmentRecordKind =
  /** 个人救助申请 */
  | 'ASSISTANCE_APPLICATION'
  /** 残疾等级认定 */
  | 'DISABILITY_CERTIFIED'
  /** 灾害损失 */
  | 'DISASTER_LOSS'
  /** 失业或收入骤减 */
  | 'INCOME_LOSS'
  /** 医疗费用自付 */
  | 'MEDICAL_SELF_PAY'
  /** 教育支出 */
  | 'SCHOOLING_COST'
  /** 危房鉴定 */
  | 'UNSAFE_HOUSING';

/** 分配方案的一行 */
export type DistributionLineInput = {
  amount: unknown;
  /** 条件（如在公益岗位上完成的工作） */
  condition?: string | null | undefined;
  /** 到户分配的农户 id */
  householdId?: string | null | undefined;
  kind: DistributionLineKind;
  /** 用途或分配理由 */
  reason?: string | null | undefined;
};

/** 收益分配去向 */
export type DistributionLineKind =
  /** 差异化二次分配到户 */
  | 'HOUSEHOLD'
  /** 产业扶贫 */
  | 'INDUSTRY'
  /** 防止返贫致贫救助基金 */
  | 'RELIEF_FUND'
  /** 公积金 */
  | 'RESERVE_FUND'
  /** 奖励补助扶贫 */
  | 'REWARDS'
  /** 小型公益事业扶贫 */
  | 'SMALL_PUBLIC_WORKS'
  /** 公益金 */
  | 'WELFARE_FUND'
  /** 公益岗位扶贫 */
  | 'WELFARE_POSTS';

/** 村级拟定的收益分配方案 */
export type DistributionPlanInput = {
  /** 对提示事项的书面说明 */
  justification?: string | null | undefined;
  lines: Array<DistributionLineInput>;
};

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

/** 导出类型 */
export type ExportKind =
  /** 农户信息 */
  | 'HOUSEHOLDS'
  /** 监测案卷 */
  | 'MONITORING_CASES'
  /** 监测督导 */
  | 'SUPERVISION';

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

/** 资金来源及金额 */
export type FundingAmountInput = {
  amount: unknown;
  source: FundingSource;
};

/** 资金来源 */
export type FundingSource =
  /** 东西部协作资金 */
  | 'EAST_WEST_COOPERATION'
  /** 涉农整合资金 */
  | 'INTEGRATED_AGRICULTURE_FUND'
  /** 自筹资金 */
  | 'SELF_RAISED'
  /** 社会帮扶资金 */
  | 'SOCIAL_ASSISTANCE'
  /** 财政专项扶贫资金 */
  | 'SPECIAL_POVERTY_FUND';

/** 帮扶缺口类型 */
export type GapKind =
  /** 认定后逾期未制定帮扶计划 */
  | 'CONFIRMED_WITHOUT_PLAN'
  /** 有劳动力但无开发式帮扶措施 */
  | 'LABOUR_WITHOUT_DEVELOPMENT'
  /** 小额信贷超期未结清 */
  | 'LOAN_PAST_TERM'
  /** 无劳动力但无保障性帮扶措施 */
  | 'NO_LABOUR_WITHOUT_PROTECTIVE'
  /** 有劳动力但无人稳定就业 */
  | 'NO_STABLE_EMPLOYMENT'
  /** 风险因素无对应帮扶措施 */
  | 'RISK_WITHOUT_MEASURE'
  /** 逾期未回访 */
  | 'VISIT_OVERDUE';

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

/** 导入类型 */
export type ImportKind =
  | 'HOUSEHOLDS';

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

/** 走访收入核实 */
export type IncomeCheck =
  /** 收入下降 */
  | 'DECREASED'
  /** 收入增加 */
  | 'INCREASED'
  /** 未核实 */
  | 'NOT_CHECKED'
  /** 收入稳定 */
  | 'STABLE';

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

/** 计入哪类收入 */
export type IncomeSource =
  /** 不计入收入 */
  | 'NONE'
  /** 生产经营性收入 */
  | 'OPERATIONS'
  /** 财产性收入 */
  | 'PROPERTY'
  /** 转移性收入 */
  | 'TRANSFERS'
  /** 工资性收入 */
  | 'WAGES';

/** 防贫保保单 */
export type InsurancePolicyInput = {
  bands: Array<PayoutBandInput>;
  /** 投保基数比例（0.10—0.20） */
  baseShare: string;
  /** 按原因的每人每年限额 */
  causeCaps?: Array<CauseCapInput> | null | undefined;
  /** 覆盖的区划（12 位代码） */
  coveredDivisionCodes: Array<string>;
  deductible: unknown;
  insuredCauses: Array<InsuredCause>;
  /** 承保机构（须与其 合作方令牌的合作方名称一致） */
  insurerName: string;
  personYearCap?: unknown;
  povertyLine?: unknown;
  premiumPerPerson: unknown;
  /** 防贫线金额；与倍数二选一 */
  preventionLineAmount?: unknown;
  /** 防贫线为贫困线的倍数，如 "1.5" */
  preventionLineMultiple?: string | null | undefined;
};

/** 防贫保致贫原因（承保责任） */
export type InsuredCause =
  /** 因意外事故 */
  | 'ACCIDENT'
  /** 因灾 */
  | 'DISASTER'
  /** 因务工就业不稳 */
  | 'EMPLOYMENT'
  /** 因病 */
  | 'ILLNESS'
  /** 因产业失败 */
  | 'INDUSTRY_FAILURE'
  /** 因学 */
  | 'SCHOOLING';

export type IssueApiTokenInput = {
  /** 令牌可访问的区划（12 位代码） */
  divisionCode: string;
  /** 到期时间；不填则长期有效直至注销 */
  expiresAt?: string | null | undefined;
  /** 令牌名称，如“市级大屏” */
  name: string;
  /** 合作方名称，如承保公司 */
  partnerName: string;
  /** INSURER 或 DASHBOARD */
  role: Role;
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

/** 走访时核实一项措施 */
export type MeasureCheckInput = {
  measureId: string;
  note?: string | null | undefined;
  working: boolean;
};

/** 帮扶措施的填报项 */
export type MeasureField =
  /** 金额 */
  | 'AMOUNT'
  /** 结束日期 */
  | 'ENDS_ON'
  /** 受益成员 */
  | 'MEMBER'
  /** 月工资 */
  | 'MONTHLY_PAY'
  /** 岗位 */
  | 'POST'
  /** 帮扶责任人 */
  | 'RESPONSIBLE_PERSON'
  /** 开始日期 */
  | 'STARTS_ON';

/** 帮扶措施 */
export type MeasureInput = {
  amount?: unknown;
  /** 结束日期 YYYY-MM-DD */
  endsOn?: string | null | undefined;
  /** 措施类别代码（见 measureKinds） */
  kindCode: string;
  /** 受益成员 */
  memberId?: string | null | undefined;
  /** 岗位月工资（元） */
  monthlyPay?: unknown;
  note?: string | null | undefined;
  /** 岗位 */
  post?: string | null | undefined;
  responsiblePerson?: string | null | undefined;
  /** 责任单位 */
  responsibleUnit: string;
  /** 针对的风险因素 */
  riskFactorIds?: Array<string> | null | undefined;
  /** 开始日期 YYYY-MM-DD */
  startsOn?: string | null | undefined;
};

/** 设定本区划的一类帮扶措施；不填（null）的项沿用上级或全国目录 */
export type MeasureKindInput = {
  active?: boolean | null | undefined;
  answersRisks?: Array<RiskType> | null | undefined;
  /** 类别代码（大写字母、数字、下划线） */
  code: string;
  description?: string | null | undefined;
  incomeSource?: IncomeSource | null | undefined;
  maxAmount?: unknown;
  maxTermMonths?: number | null | undefined;
  name?: string | null | undefined;
  nature?: MeasureNature | null | undefined;
  requiredFields?: Array<MeasureField> | null | undefined;
};

/** 帮扶性质 */
export type MeasureNature =
  /** 开发式帮扶 */
  | 'DEVELOPMENT'
  /** 保障性帮扶 */
  | 'PROTECTIVE';

/** 帮扶措施状态 */
export type MeasureStatus =
  /** 已结束 */
  | 'ENDED'
  /** 落实中 */
  | 'IN_EFFECT'
  /** 计划中 */
  | 'PLANNED';

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

/** 成员状态 */
export type MemberStatus =
  | 'ACTIVE'
  | 'REMOVED';

/** 监测对象类别 */
export type MonitoringCategory =
  /** 边缘易致贫户 */
  | 'MARGINAL_AT_RISK'
  /** 突发严重困难户 */
  | 'SUDDEN_HARDSHIP'
  /** 脱贫不稳定户 */
  | 'UNSTABLE_LIFTED_OUT';

/** 公示期间收到的异议 */
export type ObjectionInput = {
  /** 异议内容 */
  content: string;
  /** 收到日期 YYYY-MM-DD */
  receivedOn: string;
};

/** 开立线索（农户申报、干部排查等） */
export type OpenLeadInput = {
  category: MonitoringCategory;
  householdId: string;
  /** 线索理由 */
  reasons: Array<string>;
  source: RiskSource;
};

/** 登记一笔到户发放 */
export type PaymentInput = {
  amount: unknown;
  /** 方案中的到户分配行 */
  lineId: string;
  method: PaymentMethod;
  note?: string | null | undefined;
  /** 发放日期 YYYY-MM-DD */
  paidOn: string;
  planId: string;
};

/** 发放方式 */
export type PaymentMethod =
  /** 银行转账 */
  | 'BANK_TRANSFER'
  /** 现金 */
  | 'CASH'
  /** 惠农“一卡通” */
  | 'SUBSIDY_CARD';

export type PayoutBandInput = {
  lowerBound: unknown;
  /** 赔付比例，如 "0.30" */
  rate: string;
  upperBound?: unknown;
};

/** 赔付试算：按一份（未保存的）保单计算某自付金额的赔付 */
export type PayoutPreviewInput = {
  bands: Array<PayoutBandInput>;
  deductible: unknown;
  selfPaidAmount: unknown;
};

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

/** 收益分配方案办理步骤 */
export type PlanAction =
  /** 乡镇审核通过，进入公示 */
  | 'APPROVE_TOWNSHIP'
  /** 公示期满无异议，批准方案 */
  | 'CONFIRM'
  /** 退回村级修改 */
  | 'REJECT'
  /** 村级提交乡镇审核 */
  | 'SUBMIT';

/** 收益分配方案的提示与限制 */
export type PlanGuard =
  /** 到户金额完全相同（泛福利化） */
  | 'EQUAL_SPLIT'
  /** 到户分配未写明条件 */
  | 'NO_CONDITION'
  /** 分配总额超过可分配收益 */
  | 'OVER_DISTRIBUTION'
  /** 遗漏优先户（特殊困难户） */
  | 'PRIORITY_LEFT_OUT';

/** 修改一户一策 */
export type PlanInput = {
  goal?: string | null | undefined;
  status?: PlanStatus | null | undefined;
  /** 目标日期 YYYY-MM-DD */
  targetOn?: string | null | undefined;
};

/** 收益分配方案状态 */
export type PlanState =
  /** 已批准（可发放） */
  | 'APPROVED'
  /** 村级拟定 */
  | 'DRAFT'
  /** 公示中 */
  | 'PUBLIC_NOTICE'
  /** 乡镇审核 */
  | 'TOWNSHIP_REVIEW';

/** 一户一策状态 */
export type PlanStatus =
  /** 已完成 */
  | 'COMPLETED'
  /** 制定中 */
  | 'DRAFT'
  /** 实施中 */
  | 'IN_PROGRESS';

/** 项目计划形成的资产 */
export type PlannedAssetInput = {
  assetClass: AssetClass;
  bookValue: unknown;
  divisionCode: string;
  manager: string;
  name: string;
  owner: string;
  supervisor: string;
  type: AssetType;
  usedBy: string;
};

/** 设定本区划某年度的监测标准；不填（null）的项沿用上级 */
export type PolicyInput = {
  /** 残疾等级预警界限（1-4） */
  disabilityWarningGrade?: number | null | undefined;
  disasterLossThreshold?: unknown;
  /** 风险消除公示天数 */
  exitPublicNoticeDays?: number | null | undefined;
  exitStabilityMonths?: number | null | undefined;
  expectedMonitoredRatio?: number | null | undefined;
  incomeDropShare?: number | null | undefined;
  incomeLine?: unknown;
  /** 按国家扶贫标准的倍数设定收入线（与 incomeLine 二选一） */
  incomeLineMultiple?: number | null | undefined;
  maxMonitoredRatio?: number | null | undefined;
  medicalSelfPayThreshold?: unknown;
  monitoredCategories?: Array<MonitoringCategory> | null | undefined;
  monitoredRatioWarning?: number | null | undefined;
  nationalPovertyLine?: unknown;
  overdueDays?: number | null | undefined;
  /** 监测程序模板 */
  procedureTemplate?: ProcedureTemplate | null | undefined;
  publicNoticeDays?: number | null | undefined;
  rigidExpenditureShare?: number | null | undefined;
  subsidyShareWarning?: number | null | undefined;
  /** 部门预警汇总月数 */
  warningWindowMonths?: number | null | undefined;
};

/** 优先户（特殊困难户）依据 */
export type PriorityReason =
  /** 残疾人家庭 */
  | 'DISABILITY'
  /** 无劳动能力的低保兜底户 */
  | 'NO_LABOUR_SUBSISTENCE'
  /** 有重大疾病患者家庭 */
  | 'SERIOUS_ILLNESS';

/** 监测程序模板 */
export type ProcedureTemplate =
  /** 入户核实后由县级扶贫部门确定 */
  | 'COUNTY_DECIDES'
  /** 村级评议公示、乡镇审核、县级认定 */
  | 'INNER_MONGOLIA';

/** 扶贫项目办理步骤 */
export type ProjectAction =
  /** 县级验收（形成资产入账） */
  | 'ACCEPT'
  /** 县级审批 */
  | 'APPROVE'
  /** 乡镇初检 */
  | 'PRE_CHECK'
  /** 退回 */
  | 'REJECT'
  /** 乡镇报账 */
  | 'REPORT_EXPENSE'
  /** 乡镇或村组织实施 */
  | 'START_IMPLEMENTATION';

/** 扶贫项目状态 */
export type ProjectState =
  /** 已验收 */
  | 'ACCEPTED'
  /** 已申报（公示中/待审批） */
  | 'APPLIED'
  /** 已审批 */
  | 'APPROVED'
  /** 已报账 */
  | 'EXPENSED'
  /** 实施中 */
  | 'IMPLEMENTING'
  /** 已初检 */
  | 'PRE_CHECKED'
  /** 不予审批 */
  | 'REJECTED';

/** 监测对象占比异常 */
export type RatioFlag =
  /** 超过深度贫困地区上限 */
  | 'ABOVE_MAX'
  /** 超过预警值 */
  | 'ABOVE_WARNING'
  /** 不足预期比例一半 */
  | 'FAR_BELOW_EXPECTED';

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

/** 村级评议阶段 */
export type ReviewStage =
  /** 风险消除评定 */
  | 'EXIT'
  /** 识别评议 */
  | 'IDENTIFICATION';

/** 登记风险因素 */
export type RiskFactorInput = {
  amount?: unknown;
  /** 涉及的家庭成员（可不填） */
  memberId?: string | null | undefined;
  note?: string | null | undefined;
  /** 发生日期 YYYY-MM-DD */
  occurredOn: string;
  source: RiskSource;
  type: RiskType;
};

/** 风险来源 */
export type RiskSource =
  /** 干部排查 */
  | 'CADRE_VISIT'
  /** 系统比对 */
  | 'DATA_COMPARISON'
  /** 部门预警 */
  | 'DEPARTMENT_WARNING'
  /** 农户申报 */
  | 'SELF_REPORT';

/** 风险状态 */
export type RiskStatus =
  | 'ACTIVE'
  | 'RESOLVED';

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

/** 核实自主申报的结果 */
export type SelfReportDecision =
  /** 排除（须填写理由） */
  | 'DISMISS'
  /** 转为监测线索（该户已有未办结案卷则并入） */
  | 'OPEN_LEAD';

/** 农户自主申报（无需登录） */
export type SelfReportInput = {
  /** 情况说明（5–500 字） */
  description: string;
  /** 困难类型 */
  difficulty: RiskType;
  /** 申报人身份证号 */
  idNumber: string;
  /** 申报人姓名 */
  name: string;
  /** 手机号码 */
  phone: string;
  /** 所在村（社区）的 12 位区划代码 */
  villageCode: string;
};

/** 自主申报处理状态 */
export type SelfReportStatus =
  /** 已并入监测案卷 */
  | 'ATTACHED'
  /** 已转为线索 */
  | 'CONVERTED'
  /** 已排除 */
  | 'DISMISSED'
  /** 待核实 */
  | 'PENDING';

/** 性别 */
export type Sex =
  /** 女 */
  | 'FEMALE'
  /** 男 */
  | 'MALE';

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

/** 专班成员 */
export type TeamMemberInput = {
  /** 设为一对一联系人 */
  isPrimary?: boolean | null | undefined;
  name: string;
  phone?: string | null | undefined;
  role: TeamRole;
  /** 工作单位 */
  unit: string;
  /** 对应系统账号的用户名（其“我的帮扶户”中可见） */
  username?: string | null | undefined;
};

/** 专班成员身份 */
export type TeamRole =
  /** 结对帮扶干部 */
  | 'PAIRED_CADRE'
  /** 驻村工作队 */
  | 'RESIDENT_TEAM'
  /** 村两委 */
  | 'VILLAGE_COMMITTEE';

export type UpdateHouseholdInput = {
  address?: string | null | undefined;
  /** 迁往的村（须在辖区内） */
  divisionCode?: string | null | undefined;
  extremePoverty?: boolean | null | undefined;
  minimumLivingAllowance?: boolean | null | undefined;
  noLabourCapacity?: boolean | null | undefined;
  phone?: string | null | undefined;
  relocated?: boolean | null | undefined;
};

/** 修改家庭成员（不填的字段不变；与户主关系请用 setHouseholdHead 变更户主） */
export type UpdateMemberInput = {
  criticalIllnessInsurance?: boolean | null | undefined;
  disabilityGrade?: number | null | undefined;
  education?: Education | null | undefined;
  ethnicity?: string | null | undefined;
  extremePoverty?: boolean | null | undefined;
  healthStatus?: HealthStatus | null | undefined;
  idNumber?: string | null | undefined;
  labourCapacity?: LabourCapacity | null | undefined;
  medicalInsurance?: boolean | null | undefined;
  minimumLivingAllowance?: boolean | null | undefined;
  name?: string | null | undefined;
  pensionInsurance?: boolean | null | undefined;
  relation?: Relation | null | undefined;
  schoolingStage?: SchoolingStage | null | undefined;
  workMonths?: number | null | undefined;
  workPlace?: string | null | undefined;
};

export type UpdateUserInput = {
  department?: Department | null | undefined;
  displayName?: string | null | undefined;
  divisionCode?: string | null | undefined;
  phone?: string | null | undefined;
  roles?: Array<Role> | null | undefined;
};

/** 村级民主评议及公示 */
export type VillageReviewInput = {
  /** 评议是否同意 */
  agreed: boolean;
  /** 参会人数 */
  attendeeCount: number;
  /** 参会人员 */
  attendees: string;
  /** 评议日期 YYYY-MM-DD */
  deliberatedOn: string;
  /** 公示结束日期 */
  noticeEndsOn?: string | null | undefined;
  /** 公示开始日期 */
  noticeStartsOn?: string | null | undefined;
  /** 评议结果（表决情况） */
  result: string;
};

/** 走访记录；clientKey 由手机端生成，重复提交只记一次 */
export type VisitInput = {
  clientKey: string;
  findings: string;
  householdId: string;
  incomeCheck: IncomeCheck;
  incomeNote?: string | null | undefined;
  /** 走访发现的线索 */
  lead?: VisitLeadInput | null | undefined;
  measureChecks?: Array<MeasureCheckInput> | null | undefined;
  /** 走访发现的新风险因素 */
  newRisk?: RiskFactorInput | null | undefined;
  photoRef?: string | null | undefined;
  /** 走访日期 YYYY-MM-DD */
  visitedOn: string;
};

/** 走访发现的线索（开立监测线索） */
export type VisitLeadInput = {
  category: MonitoringCategory;
  reasons: Array<string>;
};

/** 预警处理状态 */
export type WarningStatus =
  | 'CONVERTED'
  | 'DISMISSED'
  | 'PENDING';

export type ApiTokenFieldsFragment = { id: string, kind: AccessTokenKind, name: string | null, partnerName: string | null, role: Role | null, divisionCode: string, tokenPrefix: string, createdAt: string, createdById: string | null, expiresAt: string | null, lastUsedAt: string | null, revokedAt: string | null, version: number };

export type ConsoleApiTokensQueryVariables = Exact<{
  offset: number;
  limit: number;
}>;


export type ConsoleApiTokensQuery = { apiTokens: { total: number, items: Array<{ id: string, kind: AccessTokenKind, name: string | null, partnerName: string | null, role: Role | null, divisionCode: string, tokenPrefix: string, createdAt: string, createdById: string | null, expiresAt: string | null, lastUsedAt: string | null, revokedAt: string | null, version: number }> } };

export type ConsoleIssueApiTokenMutationVariables = Exact<{
  input: IssueApiTokenInput;
}>;


export type ConsoleIssueApiTokenMutation = { issueApiToken: { token: string, apiToken: { id: string, kind: AccessTokenKind, name: string | null, partnerName: string | null, role: Role | null, divisionCode: string, tokenPrefix: string, createdAt: string, createdById: string | null, expiresAt: string | null, lastUsedAt: string | null, revokedAt: string | null, version: number } } };

export type ConsoleRevokeApiTokenMutationVariables = Exact<{
  id: string;
}>;


export type ConsoleRevokeApiTokenMutation = { revokeApiToken: { id: string, kind: AccessTokenKind, name: string | null, partnerName: string | null, role: Role | null, divisionCode: string, tokenPrefix: string, createdAt: string, createdById: string | null, expiresAt: string | null, lastUsedAt: string | null, revokedAt: string | null, version: number } };

export type ConsoleAssetsQueryVariables = Exact<{
  divisionCode?: string | null | undefined;
  assetClass?: AssetClass | null | undefined;
  type?: AssetType | null | undefined;
  status?: AssetStatus | null | undefined;
  search?: string | null | undefined;
  offset?: number | null | undefined;
  limit?: number | null | undefined;
}>;


export type ConsoleAssetsQuery = { assets: { total: number, items: Array<{ id: string, name: string, assetClass: AssetClass, type: AssetType, status: AssetStatus, bookValue: unknown, acceptedOn: string | null, disposalPending: boolean, divisionCode: string, division: { name: string } | null }> } };

export type ConsoleAssetQueryVariables = Exact<{
  id: string;
}>;


export type ConsoleAssetQuery = { asset: { id: string, version: number, name: string, assetClass: AssetClass, type: AssetType, status: AssetStatus, bookValue: unknown, acceptedOn: string | null, divisionCode: string, owner: string, usedBy: string, manager: string, supervisor: string, disposalPending: boolean, disposalReason: string | null, shareJustification: string | null, division: { name: string } | null, project: { id: string, name: string } | null, fundingSources: Array<{ source: FundingSource, amount: unknown }>, history: Array<{ id: string, kind: AssetEventKind, fromStatus: AssetStatus | null, toStatus: AssetStatus | null, fromValue: unknown, toValue: unknown, note: string | null, actorName: string, at: string }>, incomes: Array<{ year: number, amount: unknown }>, shares: Array<{ householdId: string, shares: number, household: { householdNumber: string, head: { name: string } | null } | null }>, shareCheck: { flagged: boolean, leftOut: Array<{ householdId: string, householdNumber: string, headName: string, reasons: Array<PriorityReason> }>, priorityHouseholds: Array<{ householdId: string }> } } };

export type ConsoleRevalueAssetMutationVariables = Exact<{
  id: string;
  version: number;
  bookValue: unknown;
  note: string;
}>;


export type ConsoleRevalueAssetMutation = { revalueAsset: { id: string, version: number } };

export type ConsoleChangeAssetStatusMutationVariables = Exact<{
  id: string;
  version: number;
  status: AssetStatus;
  note: string;
}>;


export type ConsoleChangeAssetStatusMutation = { changeAssetStatus: { id: string, version: number } };

export type ConsoleRequestDisposalMutationVariables = Exact<{
  id: string;
  version: number;
  reason: string;
}>;


export type ConsoleRequestDisposalMutation = { requestAssetDisposal: { id: string, version: number } };

export type ConsoleDecideDisposalMutationVariables = Exact<{
  id: string;
  version: number;
  approve: boolean;
  note?: string | null | undefined;
}>;


export type ConsoleDecideDisposalMutation = { decideAssetDisposal: { id: string, version: number } };

export type ConsoleRecordAssetIncomeMutationVariables = Exact<{
  assetId: string;
  year: number;
  amount: unknown;
}>;


export type ConsoleRecordAssetIncomeMutation = { recordAssetIncome: { id: string } };

export type ConsoleAssetProjectsQueryVariables = Exact<{
  pendingForMe?: boolean | null | undefined;
  offset?: number | null | undefined;
  limit?: number | null | undefined;
}>;


export type ConsoleAssetProjectsQuery = { assetProjects: { total: number, items: Array<{ id: string, version: number, name: string, state: ProjectState, appliedOn: string, noticeEndsOn: string, divisionCode: string, availableActions: Array<ProjectAction>, division: { name: string } | null, fundingSources: Array<{ source: FundingSource, amount: unknown }>, plannedAssets: Array<{ name: string, type: AssetType, bookValue: unknown }>, beneficiaries: Array<{ id: string, householdNumber: string }>, events: Array<{ action: ProjectAction | null, toState: ProjectState, actorName: string, note: string | null, at: string }>, assets: Array<{ id: string, name: string }> }> } };

export type ConsoleActOnProjectMutationVariables = Exact<{
  projectId: string;
  action: ProjectAction;
  version: number;
  note?: string | null | undefined;
}>;


export type ConsoleActOnProjectMutation = { actOnAssetProject: { id: string, version: number, state: ProjectState } };

export type ConsoleVillageHouseholdsQueryVariables = Exact<{
  divisionCode: string;
}>;


export type ConsoleVillageHouseholdsQuery = { households: { items: Array<{ id: string, householdNumber: string, head: { name: string } | null }> }, priorityHouseholds: Array<{ householdId: string }> };

export type ConsoleApplyProjectMutationVariables = Exact<{
  input: ApplyProjectInput;
}>;


export type ConsoleApplyProjectMutation = { applyAssetProject: { id: string, state: ProjectState, noticeEndsOn: string } };

export type AssistanceMeasureKindsQueryVariables = Exact<{
  divisionCode: string;
}>;


export type AssistanceMeasureKindsQuery = { measureKinds: Array<{ code: string, name: string, nature: MeasureNature, requiredFields: Array<MeasureField>, maxAmount: unknown, maxTermMonths: number | null, incomeSource: IncomeSource, answersRisks: Array<RiskType>, active: boolean, description: string | null, definedBy: string | null, national: boolean }> };

export type AssistanceSetMeasureKindMutationVariables = Exact<{
  divisionCode: string;
  input: MeasureKindInput;
}>;


export type AssistanceSetMeasureKindMutation = { setMeasureKind: { id: string, code: string } };

export type AssistanceHouseholdQueryVariables = Exact<{
  id: string;
}>;


export type AssistanceHouseholdQuery = { household: { id: string, householdNumber: string, divisionCode: string, status: HouseholdStatus, head: { name: string } | null, members: Array<{ id: string, name: string, labourCapacity: LabourCapacity, workMonths: number }>, riskFactors: Array<{ id: string, type: RiskType, status: RiskStatus, occurredOn: string }>, openCase: { id: string, state: CaseState, identifiedOn: string | null } | null, incomes: Array<{ year: number, assistanceContributions: Array<{ measureId: string, kindName: string, incomeSource: IncomeSource, amount: unknown }> }>, measures: Array<{ id: string, version: number, kindCode: string, kindName: string, nature: MeasureNature, incomeSource: IncomeSource, amount: unknown, startsOn: string | null, endsOn: string | null, responsibleUnit: string, responsiblePerson: string | null, status: MeasureStatus, post: string | null, monthlyPay: unknown, riskFactorIds: Array<string>, note: string | null, member: { name: string } | null }>, assistancePlan: { id: string, version: number, status: PlanStatus, targetOn: string, goal: string | null, caseId: string | null, risks: Array<{ risk: { id: string, type: RiskType, occurredOn: string }, measures: Array<{ id: string, kindName: string, status: MeasureStatus }> }>, gaps: Array<{ kind: GapKind, detail: string }> } | null, assistanceGaps: Array<{ kind: GapKind, detail: string }>, team: Array<{ id: string, version: number, name: string, role: TeamRole, unit: string, phone: string | null, isPrimary: boolean, userId: string | null }>, visits: Array<{ id: string, visitedOn: string, visitorName: string, findings: string, incomeCheck: IncomeCheck, incomeNote: string | null, photoRef: string | null, measureChecks: Array<{ measureId: string, working: boolean }> }> } };

export type AssistanceAddMeasureMutationVariables = Exact<{
  householdId: string;
  input: MeasureInput;
}>;


export type AssistanceAddMeasureMutation = { addMeasure: { id: string } };

export type AssistanceSetMeasureStatusMutationVariables = Exact<{
  id: string;
  version: number;
  status: MeasureStatus;
}>;


export type AssistanceSetMeasureStatusMutation = { setMeasureStatus: { id: string, status: MeasureStatus } };

export type AssistanceCreatePlanMutationVariables = Exact<{
  householdId: string;
}>;


export type AssistanceCreatePlanMutation = { createAssistancePlan: { id: string } };

export type AssistanceUpdatePlanMutationVariables = Exact<{
  id: string;
  version: number;
  input: PlanInput;
}>;


export type AssistanceUpdatePlanMutation = { updateAssistancePlan: { id: string, status: PlanStatus } };

export type AssistanceAddTeamMemberMutationVariables = Exact<{
  householdId: string;
  input: TeamMemberInput;
}>;


export type AssistanceAddTeamMemberMutation = { addTeamMember: { id: string } };

export type AssistanceGapReportQueryVariables = Exact<{
  divisionCode: string;
  kinds?: Array<GapKind> | GapKind | null | undefined;
  offset?: number | null | undefined;
  limit?: number | null | undefined;
}>;


export type AssistanceGapReportQuery = { assistanceGaps: { divisionCode: string, asOf: string, total: number, summary: { divisionCode: string, divisionName: string, monitoredHouseholds: number, total: number, counts: Array<{ kind: GapKind, count: number }> }, children: Array<{ divisionCode: string, divisionName: string, monitoredHouseholds: number, total: number, counts: Array<{ kind: GapKind, count: number }> }>, items: Array<{ kind: GapKind, householdId: string, divisionCode: string, detail: string, household: { id: string, householdNumber: string, head: { name: string } | null, division: { name: string } | null } | null }> } };

export type AssistanceContactPeopleQueryVariables = Exact<{
  divisionCode: string;
}>;


export type AssistanceContactPeopleQuery = { contactPeople: Array<{ member: { id: string, name: string, role: TeamRole, unit: string, phone: string | null }, households: Array<{ id: string, householdNumber: string, head: { name: string } | null, division: { name: string } | null }> }> };

export type AssistanceMyHouseholdsQueryVariables = Exact<{ [key: string]: never; }>;


export type AssistanceMyHouseholdsQuery = { myHouseholds: Array<{ id: string, householdNumber: string, head: { name: string } | null, division: { name: string } | null, assistancePlan: { status: PlanStatus } | null, assistanceGaps: Array<{ kind: GapKind }> }> };

export type AssistanceVisitsDueQueryVariables = Exact<{ [key: string]: never; }>;


export type AssistanceVisitsDueQuery = { visitsDue: Array<{ householdId: string, lastVisitOn: string | null, dueOn: string, overdue: boolean, household: { id: string, householdNumber: string, address: string, head: { name: string } | null, division: { name: string } | null, measures: Array<{ id: string, kindName: string, status: MeasureStatus }> } | null }> };

export type AssistanceRecordVisitMutationVariables = Exact<{
  input: VisitInput;
}>;


export type AssistanceRecordVisitMutation = { recordVisit: { id: string, clientKey: string, visitedOn: string } };

export type ConsoleAuditEntriesQueryVariables = Exact<{
  offset: number;
  limit: number;
  action?: AuditAction | null | undefined;
  entityName?: string | null | undefined;
  entityId?: string | null | undefined;
  idNumber?: string | null | undefined;
  actorName?: string | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type ConsoleAuditEntriesQuery = { auditEntries: { total: number, items: Array<{ id: string, at: string, action: AuditAction, actorId: string | null, actorKind: string, actorName: string, entityName: string, entityId: string | null, entityIds: Array<string> | null, divisionCode: string, changes: Record<string, unknown> | null, requestId: string | null, actor: { displayName: string, divisionName: string | null } | null, references: Array<{ id: string, label: string }> }> } };

export type ConsoleVillageYearQueryVariables = Exact<{
  divisionCode: string;
  year: number;
}>;


export type ConsoleVillageYearQuery = { collectiveIncome: { id: string, version: number, assetIncome: unknown, leasingIncome: unknown, serviceIncome: unknown, operatingIncome: unknown, otherIncome: unknown, costs: unknown, distributable: unknown } | null, distributionPlans: { items: Array<{ id: string, version: number, state: PlanState, total: unknown, justification: string | null, noticeEndsOn: string | null, availableActions: Array<PlanAction>, paidTotal: unknown, flags: Array<{ guard: PlanGuard, message: string }>, lines: Array<{ id: string, kind: DistributionLineKind, amount: unknown, householdId: string | null, reason: string | null, condition: string | null, paid: unknown, household: { householdNumber: string } | null }>, payments: Array<{ id: string, amount: unknown, paidOn: string, method: PaymentMethod, household: { householdNumber: string } | null }>, events: Array<{ action: PlanAction | null, toState: PlanState, actorName: string, note: string | null, at: string }> }> }, priorityHouseholds: Array<{ householdId: string, householdNumber: string, headName: string, reasons: Array<PriorityReason> }>, households: { items: Array<{ id: string, householdNumber: string, head: { name: string } | null }> } };

export type ConsoleSetCollectiveIncomeMutationVariables = Exact<{
  divisionCode: string;
  year: number;
  input: CollectiveIncomeInput;
}>;


export type ConsoleSetCollectiveIncomeMutation = { setCollectiveIncome: { id: string, distributable: unknown } };

export type ConsoleCheckPlanQueryVariables = Exact<{
  divisionCode: string;
  year: number;
  lines: Array<DistributionLineInput> | DistributionLineInput;
}>;


export type ConsoleCheckPlanQuery = { checkDistributionPlan: { total: unknown, distributable: unknown, remaining: unknown, flags: Array<{ guard: PlanGuard, message: string, householdIds: Array<string> }> } };

export type ConsoleSavePlanMutationVariables = Exact<{
  divisionCode: string;
  year: number;
  input: DistributionPlanInput;
}>;


export type ConsoleSavePlanMutation = { saveDistributionPlan: { id: string, version: number, state: PlanState } };

export type ConsoleActOnPlanMutationVariables = Exact<{
  planId: string;
  action: PlanAction;
  version: number;
  note?: string | null | undefined;
}>;


export type ConsoleActOnPlanMutation = { actOnDistributionPlan: { id: string, version: number, state: PlanState } };

export type ConsoleRecordPaymentMutationVariables = Exact<{
  input: PaymentInput;
}>;


export type ConsoleRecordPaymentMutation = { recordDistributionPayment: { id: string, amount: unknown } };

export type ConsoleCollectiveIncomesQueryVariables = Exact<{
  year?: number | null | undefined;
  limit?: number | null | undefined;
}>;


export type ConsoleCollectiveIncomesQuery = { collectiveIncomes: { total: number, items: Array<{ id: string, divisionCode: string, year: number, assetIncome: unknown, distributable: unknown, division: { name: string } | null }> } };

export type ConsoleRegionStatisticsQueryVariables = Exact<{
  divisionCode: string;
  year: number;
}>;


export type ConsoleRegionStatisticsQuery = { regionStatistics: { divisionCode: string, divisionName: string, level: DivisionLevel, year: number, households: number | null, persons: number | null, monitoredHouseholds: number | null, monitoredPersons: number | null, monitoredRatio: number | null, riskEliminatedHouseholds: number | null, assistanceCoverageRate: number | null, expectedRatio: number | null, maxRatio: number | null, warningRatio: number | null, deepPoverty: boolean, suppressed: boolean, suppressionThreshold: number, registeredPersons: number | null, countedCategories: Array<MonitoringCategory>, byCategory: Array<{ category: StatisticsCategory, households: number | null, persons: number | null }>, byRiskType: Array<{ riskType: RiskType, households: number | null }>, children: Array<{ divisionCode: string, divisionName: string, level: DivisionLevel, households: number | null, persons: number | null, monitoredHouseholds: number | null, monitoredPersons: number | null, monitoredRatio: number | null, riskEliminatedHouseholds: number | null, suppressed: boolean }> } };

export type ConsoleMonitoringTrendQueryVariables = Exact<{
  divisionCode: string;
  from: string;
  to: string;
}>;


export type ConsoleMonitoringTrendQuery = { monitoringTrend: Array<{ month: string, identified: number | null, eliminated: number | null, monitoredAtMonthEnd: number | null }> };

export type DivisionFieldsFragment = { code: string, name: string, level: DivisionLevel, parentCode: string | null, deepPoverty: boolean };

export type UserFieldsFragment = { id: string, username: string, displayName: string, divisionCode: string, roles: Array<Role>, permissions: Array<Permission>, department: Department | null, phone: string | null, disabled: boolean, mustChangePassword: boolean, lastLoginAt: string | null, createdAt: string, updatedAt: string, version: number, division: { code: string, name: string, level: DivisionLevel } | null };

export type ConsoleLoginMutationVariables = Exact<{
  username: string;
  password: string;
}>;


export type ConsoleLoginMutation = { login: { token: string, expiresAt: string, user: { id: string, username: string, displayName: string, divisionCode: string, roles: Array<Role>, permissions: Array<Permission>, department: Department | null, phone: string | null, disabled: boolean, mustChangePassword: boolean, lastLoginAt: string | null, createdAt: string, updatedAt: string, version: number, division: { code: string, name: string, level: DivisionLevel } | null } } };

export type ConsoleLogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type ConsoleLogoutMutation = { logout: boolean };

export type ConsoleChangePasswordMutationVariables = Exact<{
  oldPassword: string;
  newPassword: string;
}>;


export type ConsoleChangePasswordMutation = { changePassword: boolean };

export type ConsoleRoleDefinitionsQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleRoleDefinitionsQuery = { roleDefinitions: Array<{ role: Role, label: string, permissions: Array<Permission> }> };

export type DepartmentBatchFieldsFragment = { id: string, department: Department, divisionCode: string, submittedBy: string, submittedByName: string, status: BatchStatus, total: number, processed: number, matched: number, warnings: number, unmatchedCount: number, message: string | null, createdAt: string, updatedAt: string, version: number };

export type ConsoleDepartmentBatchesQueryVariables = Exact<{
  offset: number;
  limit: number;
}>;


export type ConsoleDepartmentBatchesQuery = { departmentBatches: { total: number, items: Array<{ id: string, department: Department, divisionCode: string, submittedBy: string, submittedByName: string, status: BatchStatus, total: number, processed: number, matched: number, warnings: number, unmatchedCount: number, message: string | null, createdAt: string, updatedAt: string, version: number }> } };

export type ConsoleDepartmentBatchQueryVariables = Exact<{
  id: string;
}>;


export type ConsoleDepartmentBatchQuery = { departmentBatch: { invalid: Array<string>, unmatched: Array<string>, id: string, department: Department, divisionCode: string, submittedBy: string, submittedByName: string, status: BatchStatus, total: number, processed: number, matched: number, warnings: number, unmatchedCount: number, message: string | null, createdAt: string, updatedAt: string, version: number } };

export type ConsoleSubmitDepartmentRecordsMutationVariables = Exact<{
  fileBase64: string;
}>;


export type ConsoleSubmitDepartmentRecordsMutation = { submitDepartmentRecords: { invalid: Array<string>, unmatched: Array<string>, id: string, department: Department, divisionCode: string, submittedBy: string, submittedByName: string, status: BatchStatus, total: number, processed: number, matched: number, warnings: number, unmatchedCount: number, message: string | null, createdAt: string, updatedAt: string, version: number } };

export type DepartmentWarningFieldsFragment = { id: string, householdId: string, memberId: string | null, divisionCode: string, department: Department, kind: DepartmentRecordKind, amount: unknown, grade: number | null, occurredOn: string, reason: string, status: WarningStatus, handledBy: string | null, handledByName: string | null, handleNote: string | null, caseId: string | null, createdAt: string, version: number, household: { id: string, householdNumber: string, registrationStatus: RegistrationStatus, monitoringCategory: MonitoringCategory | null, head: { id: string, name: string } | null, division: { code: string, name: string, level: DivisionLevel, ancestors: Array<{ code: string, name: string, level: DivisionLevel }> } | null } | null };

export type ConsoleDepartmentWarningsQueryVariables = Exact<{
  offset: number;
  limit: number;
  status?: WarningStatus | null | undefined;
  divisionCode?: string | null | undefined;
}>;


export type ConsoleDepartmentWarningsQuery = { departmentWarnings: { total: number, items: Array<{ id: string, householdId: string, memberId: string | null, divisionCode: string, department: Department, kind: DepartmentRecordKind, amount: unknown, grade: number | null, occurredOn: string, reason: string, status: WarningStatus, handledBy: string | null, handledByName: string | null, handleNote: string | null, caseId: string | null, createdAt: string, version: number, household: { id: string, householdNumber: string, registrationStatus: RegistrationStatus, monitoringCategory: MonitoringCategory | null, head: { id: string, name: string } | null, division: { code: string, name: string, level: DivisionLevel, ancestors: Array<{ code: string, name: string, level: DivisionLevel }> } | null } | null }> } };

export type ConsoleConvertWarningToLeadMutationVariables = Exact<{
  id: string;
  version: number;
  category: MonitoringCategory;
}>;


export type ConsoleConvertWarningToLeadMutation = { convertWarningToLead: { id: string, householdId: string, memberId: string | null, divisionCode: string, department: Department, kind: DepartmentRecordKind, amount: unknown, grade: number | null, occurredOn: string, reason: string, status: WarningStatus, handledBy: string | null, handledByName: string | null, handleNote: string | null, caseId: string | null, createdAt: string, version: number, household: { id: string, householdNumber: string, registrationStatus: RegistrationStatus, monitoringCategory: MonitoringCategory | null, head: { id: string, name: string } | null, division: { code: string, name: string, level: DivisionLevel, ancestors: Array<{ code: string, name: string, level: DivisionLevel }> } | null } | null } };

export type ConsoleDismissWarningMutationVariables = Exact<{
  id: string;
  version: number;
  reason: string;
}>;


export type ConsoleDismissWarningMutation = { dismissWarning: { id: string, householdId: string, memberId: string | null, divisionCode: string, department: Department, kind: DepartmentRecordKind, amount: unknown, grade: number | null, occurredOn: string, reason: string, status: WarningStatus, handledBy: string | null, handledByName: string | null, handleNote: string | null, caseId: string | null, createdAt: string, version: number, household: { id: string, householdNumber: string, registrationStatus: RegistrationStatus, monitoringCategory: MonitoringCategory | null, head: { id: string, name: string } | null, division: { code: string, name: string, level: DivisionLevel, ancestors: Array<{ code: string, name: string, level: DivisionLevel }> } | null } | null } };

export type ConsoleDivisionsQueryVariables = Exact<{
  offset: number;
  limit: number;
  search?: string | null | undefined;
  level?: DivisionLevel | null | undefined;
  parentCode?: string | null | undefined;
  within?: string | null | undefined;
}>;


export type ConsoleDivisionsQuery = { divisions: { total: number, items: Array<{ code: string, name: string, level: DivisionLevel, parentCode: string | null, deepPoverty: boolean }> } };

export type ConsoleDivisionQueryVariables = Exact<{
  code: string;
}>;


export type ConsoleDivisionQuery = { division: { code: string, name: string, level: DivisionLevel, parentCode: string | null, deepPoverty: boolean, parent: { code: string, name: string, level: DivisionLevel, parentCode: string | null, deepPoverty: boolean } | null } };

export type ConsoleSearchDivisionsQueryVariables = Exact<{
  name: string;
  limit: number;
}>;


export type ConsoleSearchDivisionsQuery = { searchDivisions: Array<{ code: string, name: string, level: DivisionLevel, parentCode: string | null, deepPoverty: boolean }> };

export type ConsoleSetDivisionDeepPovertyMutationVariables = Exact<{
  code: string;
  deepPoverty: boolean;
  reason: string;
}>;


export type ConsoleSetDivisionDeepPovertyMutation = { setDivisionDeepPoverty: { code: string, name: string, level: DivisionLevel, parentCode: string | null, deepPoverty: boolean } };

export type HouseholdHistoryQueryVariables = Exact<{
  id: string;
}>;


export type HouseholdHistoryQuery = { household: { id: string, history: Array<{ id: string, at: string, action: AuditAction, actorKind: string, actorName: string, entityName: string, entityId: string | null, changes: Record<string, unknown> | null, actor: { displayName: string, divisionName: string | null } | null, references: Array<{ id: string, label: string }> }> } };

export type HouseholdListFieldsFragment = { id: string, householdNumber: string, divisionCode: string, registrationStatus: RegistrationStatus, liftedOutYear: number | null, monitoringCategory: MonitoringCategory | null, monitoredSince: string | null, memberCount: number, perCapitaNetIncome: unknown, incomeYear: number | null, status: HouseholdStatus, noLabourCapacity: boolean, minimumLivingAllowance: boolean, extremePoverty: boolean, relocated: boolean, version: number, division: { code: string, name: string, level: DivisionLevel, ancestors: Array<{ code: string, name: string, level: DivisionLevel }> } | null, head: { id: string, name: string } | null };

export type MemberFieldsFragment = { id: string, householdId: string, name: string, idNumber: string, sex: Sex, birthDate: string, age: number, relation: Relation, ethnicity: string | null, education: Education | null, schoolingStage: SchoolingStage, healthStatus: HealthStatus | null, disabilityGrade: number | null, labourCapacity: LabourCapacity, workPlace: string | null, workMonths: number, medicalInsurance: boolean, criticalIllnessInsurance: boolean, pensionInsurance: boolean, minimumLivingAllowance: boolean, extremePoverty: boolean, status: MemberStatus, removalReason: string | null, version: number };

export type IncomeFieldsFragment = { id: string, year: number, memberCount: number, wages: unknown, operations: unknown, property: unknown, transfers: unknown, subsidies: unknown, productionCosts: unknown, medicalExpense: unknown, schoolingExpense: unknown, disasterExpense: unknown, accidentExpense: unknown, netIncome: unknown, perCapitaNetIncome: unknown, rigidExpenditure: unknown, updatedAt: string, version: number };

export type RiskFactorFieldsFragment = { id: string, householdId: string, memberId: string | null, type: RiskType, source: RiskSource, status: RiskStatus, amount: unknown, occurredOn: string, resolvedOn: string | null, note: string | null, warnings: Array<string>, createdAt: string, version: number };

export type CaseSummaryFieldsFragment = { id: string, householdId: string, divisionCode: string, state: CaseState, category: MonitoringCategory, source: RiskSource, reasons: Array<string>, openedOn: string, identifiedOn: string | null, noticeEndsOn: string | null, closedOn: string | null, stateChangedAt: string, createdAt: string, version: number };

export type HouseholdDetailFieldsFragment = { address: string, phone: string | null, archiveReason: string | null, createdAt: string, updatedAt: string, id: string, householdNumber: string, divisionCode: string, registrationStatus: RegistrationStatus, liftedOutYear: number | null, monitoringCategory: MonitoringCategory | null, monitoredSince: string | null, memberCount: number, perCapitaNetIncome: unknown, incomeYear: number | null, status: HouseholdStatus, noLabourCapacity: boolean, minimumLivingAllowance: boolean, extremePoverty: boolean, relocated: boolean, version: number, members: Array<{ id: string, householdId: string, name: string, idNumber: string, sex: Sex, birthDate: string, age: number, relation: Relation, ethnicity: string | null, education: Education | null, schoolingStage: SchoolingStage, healthStatus: HealthStatus | null, disabilityGrade: number | null, labourCapacity: LabourCapacity, workPlace: string | null, workMonths: number, medicalInsurance: boolean, criticalIllnessInsurance: boolean, pensionInsurance: boolean, minimumLivingAllowance: boolean, extremePoverty: boolean, status: MemberStatus, removalReason: string | null, version: number }>, incomes: Array<{ id: string, year: number, memberCount: number, wages: unknown, operations: unknown, property: unknown, transfers: unknown, subsidies: unknown, productionCosts: unknown, medicalExpense: unknown, schoolingExpense: unknown, disasterExpense: unknown, accidentExpense: unknown, netIncome: unknown, perCapitaNetIncome: unknown, rigidExpenditure: unknown, updatedAt: string, version: number }>, riskFactors: Array<{ id: string, householdId: string, memberId: string | null, type: RiskType, source: RiskSource, status: RiskStatus, amount: unknown, occurredOn: string, resolvedOn: string | null, note: string | null, warnings: Array<string>, createdAt: string, version: number }>, division: { code: string, name: string, level: DivisionLevel, ancestors: Array<{ code: string, name: string, level: DivisionLevel }> } | null, head: { id: string, name: string } | null };

export type ConsoleHouseholdsQueryVariables = Exact<{
  offset: number;
  limit: number;
  filter?: HouseholdFilter | null | undefined;
  sortBy: HouseholdSortField;
  sortOrder: SortOrder;
}>;


export type ConsoleHouseholdsQuery = { households: { total: number, items: Array<{ id: string, householdNumber: string, divisionCode: string, registrationStatus: RegistrationStatus, liftedOutYear: number | null, monitoringCategory: MonitoringCategory | null, monitoredSince: string | null, memberCount: number, perCapitaNetIncome: unknown, incomeYear: number | null, status: HouseholdStatus, noLabourCapacity: boolean, minimumLivingAllowance: boolean, extremePoverty: boolean, relocated: boolean, version: number, division: { code: string, name: string, level: DivisionLevel, ancestors: Array<{ code: string, name: string, level: DivisionLevel }> } | null, head: { id: string, name: string } | null }> } };

export type ConsoleHouseholdQueryVariables = Exact<{
  id: string;
  withCases: boolean;
}>;


export type ConsoleHouseholdQuery = { household: { address: string, phone: string | null, archiveReason: string | null, createdAt: string, updatedAt: string, id: string, householdNumber: string, divisionCode: string, registrationStatus: RegistrationStatus, liftedOutYear: number | null, monitoringCategory: MonitoringCategory | null, monitoredSince: string | null, memberCount: number, perCapitaNetIncome: unknown, incomeYear: number | null, status: HouseholdStatus, noLabourCapacity: boolean, minimumLivingAllowance: boolean, extremePoverty: boolean, relocated: boolean, version: number, monitoringCases?: Array<{ id: string, householdId: string, divisionCode: string, state: CaseState, category: MonitoringCategory, source: RiskSource, reasons: Array<string>, openedOn: string, identifiedOn: string | null, noticeEndsOn: string | null, closedOn: string | null, stateChangedAt: string, createdAt: string, version: number }>, openCase?: { id: string, state: CaseState } | null, monitoringHistory?: Array<{ caseId: string, category: MonitoringCategory, identifiedOn: string, eliminatedOn: string | null }>, members: Array<{ id: string, householdId: string, name: string, idNumber: string, sex: Sex, birthDate: string, age: number, relation: Relation, ethnicity: string | null, education: Education | null, schoolingStage: SchoolingStage, healthStatus: HealthStatus | null, disabilityGrade: number | null, labourCapacity: LabourCapacity, workPlace: string | null, workMonths: number, medicalInsurance: boolean, criticalIllnessInsurance: boolean, pensionInsurance: boolean, minimumLivingAllowance: boolean, extremePoverty: boolean, status: MemberStatus, removalReason: string | null, version: number }>, incomes: Array<{ id: string, year: number, memberCount: number, wages: unknown, operations: unknown, property: unknown, transfers: unknown, subsidies: unknown, productionCosts: unknown, medicalExpense: unknown, schoolingExpense: unknown, disasterExpense: unknown, accidentExpense: unknown, netIncome: unknown, perCapitaNetIncome: unknown, rigidExpenditure: unknown, updatedAt: string, version: number }>, riskFactors: Array<{ id: string, householdId: string, memberId: string | null, type: RiskType, source: RiskSource, status: RiskStatus, amount: unknown, occurredOn: string, resolvedOn: string | null, note: string | null, warnings: Array<string>, createdAt: string, version: number }>, division: { code: string, name: string, level: DivisionLevel, ancestors: Array<{ code: string, name: string, level: DivisionLevel }> } | null, head: { id: string, name: string } | null } };

export type ConsoleCreateHouseholdMutationVariables = Exact<{
  input: CreateHouseholdInput;
}>;


export type ConsoleCreateHouseholdMutation = { createHousehold: { address: string, phone: string | null, archiveReason: string | null, createdAt: string, updatedAt: string, id: string, householdNumber: string, divisionCode: string, registrationStatus: RegistrationStatus, liftedOutYear: number | null, monitoringCategory: MonitoringCategory | null, monitoredSince: string | null, memberCount: number, perCapitaNetIncome: unknown, incomeYear: number | null, status: HouseholdStatus, noLabourCapacity: boolean, minimumLivingAllowance: boolean, extremePoverty: boolean, relocated: boolean, version: number, members: Array<{ id: string, householdId: string, name: string, idNumber: string, sex: Sex, birthDate: string, age: number, relation: Relation, ethnicity: string | null, education: Education | null, schoolingStage: SchoolingStage, healthStatus: HealthStatus | null, disabilityGrade: number | null, labourCapacity: LabourCapacity, workPlace: string | null, workMonths: number, medicalInsurance: boolean, criticalIllnessInsurance: boolean, pensionInsurance: boolean, minimumLivingAllowance: boolean, extremePoverty: boolean, status: MemberStatus, removalReason: string | null, version: number }>, incomes: Array<{ id: string, year: number, memberCount: number, wages: unknown, operations: unknown, property: unknown, transfers: unknown, subsidies: unknown, productionCosts: unknown, medicalExpense: unknown, schoolingExpense: unknown, disasterExpense: unknown, accidentExpense: unknown, netIncome: unknown, perCapitaNetIncome: unknown, rigidExpenditure: unknown, updatedAt: string, version: number }>, riskFactors: Array<{ id: string, householdId: string, memberId: string | null, type: RiskType, source: RiskSource, status: RiskStatus, amount: unknown, occurredOn: string, resolvedOn: string | null, note: string | null, warnings: Array<string>, createdAt: string, version: number }>, division: { code: string, name: string, level: DivisionLevel, ancestors: Array<{ code: string, name: string, level: DivisionLevel }> } | null, head: { id: string, name: string } | null } };

export type ConsoleUpdateHouseholdMutationVariables = Exact<{
  id: string;
  version: number;
  input: UpdateHouseholdInput;
}>;


export type ConsoleUpdateHouseholdMutation = { updateHousehold: { address: string, phone: string | null, archiveReason: string | null, createdAt: string, updatedAt: string, id: string, householdNumber: string, divisionCode: string, registrationStatus: RegistrationStatus, liftedOutYear: number | null, monitoringCategory: MonitoringCategory | null, monitoredSince: string | null, memberCount: number, perCapitaNetIncome: unknown, incomeYear: number | null, status: HouseholdStatus, noLabourCapacity: boolean, minimumLivingAllowance: boolean, extremePoverty: boolean, relocated: boolean, version: number, members: Array<{ id: string, householdId: string, name: string, idNumber: string, sex: Sex, birthDate: string, age: number, relation: Relation, ethnicity: string | null, education: Education | null, schoolingStage: SchoolingStage, healthStatus: HealthStatus | null, disabilityGrade: number | null, labourCapacity: LabourCapacity, workPlace: string | null, workMonths: number, medicalInsurance: boolean, criticalIllnessInsurance: boolean, pensionInsurance: boolean, minimumLivingAllowance: boolean, extremePoverty: boolean, status: MemberStatus, removalReason: string | null, version: number }>, incomes: Array<{ id: string, year: number, memberCount: number, wages: unknown, operations: unknown, property: unknown, transfers: unknown, subsidies: unknown, productionCosts: unknown, medicalExpense: unknown, schoolingExpense: unknown, disasterExpense: unknown, accidentExpense: unknown, netIncome: unknown, perCapitaNetIncome: unknown, rigidExpenditure: unknown, updatedAt: string, version: number }>, riskFactors: Array<{ id: string, householdId: string, memberId: string | null, type: RiskType, source: RiskSource, status: RiskStatus, amount: unknown, occurredOn: string, resolvedOn: string | null, note: string | null, warnings: Array<string>, createdAt: string, version: number }>, division: { code: string, name: string, level: DivisionLevel, ancestors: Array<{ code: string, name: string, level: DivisionLevel }> } | null, head: { id: string, name: string } | null } };

export type ConsoleSetHouseholdRegistrationMutationVariables = Exact<{
  householdId: string;
  version: number;
  registrationStatus: RegistrationStatus;
  liftedOutYear?: number | null | undefined;
  reason: string;
}>;


export type ConsoleSetHouseholdRegistrationMutation = { setHouseholdRegistration: { address: string, phone: string | null, archiveReason: string | null, createdAt: string, updatedAt: string, id: string, householdNumber: string, divisionCode: string, registrationStatus: RegistrationStatus, liftedOutYear: number | null, monitoringCategory: MonitoringCategory | null, monitoredSince: string | null, memberCount: number, perCapitaNetIncome: unknown, incomeYear: number | null, status: HouseholdStatus, noLabourCapacity: boolean, minimumLivingAllowance: boolean, extremePoverty: boolean, relocated: boolean, version: number, members: Array<{ id: string, householdId: string, name: string, idNumber: string, sex: Sex, birthDate: string, age: number, relation: Relation, ethnicity: string | null, education: Education | null, schoolingStage: SchoolingStage, healthStatus: HealthStatus | null, disabilityGrade: number | null, labourCapacity: LabourCapacity, workPlace: string | null, workMonths: number, medicalInsurance: boolean, criticalIllnessInsurance: boolean, pensionInsurance: boolean, minimumLivingAllowance: boolean, extremePoverty: boolean, status: MemberStatus, removalReason: string | null, version: number }>, incomes: Array<{ id: string, year: number, memberCount: number, wages: unknown, operations: unknown, property: unknown, transfers: unknown, subsidies: unknown, productionCosts: unknown, medicalExpense: unknown, schoolingExpense: unknown, disasterExpense: unknown, accidentExpense: unknown, netIncome: unknown, perCapitaNetIncome: unknown, rigidExpenditure: unknown, updatedAt: string, version: number }>, riskFactors: Array<{ id: string, householdId: string, memberId: string | null, type: RiskType, source: RiskSource, status: RiskStatus, amount: unknown, occurredOn: string, resolvedOn: string | null, note: string | null, warnings: Array<string>, createdAt: string, version: number }>, division: { code: string, name: string, level: DivisionLevel, ancestors: Array<{ code: string, name: string, level: DivisionLevel }> } | null, head: { id: string, name: string } | null } };

export type ConsoleArchiveHouseholdMutationVariables = Exact<{
  id: string;
  version: number;
  reason: string;
}>;


export type ConsoleArchiveHouseholdMutation = { archiveHousehold: { id: string, status: HouseholdStatus, version: number } };

export type ConsoleSetHouseholdIncomeMutationVariables = Exact<{
  householdId: string;
  year: number;
  version?: number | null | undefined;
  input: IncomeInput;
}>;


export type ConsoleSetHouseholdIncomeMutation = { setHouseholdIncome: { id: string, year: number, memberCount: number, wages: unknown, operations: unknown, property: unknown, transfers: unknown, subsidies: unknown, productionCosts: unknown, medicalExpense: unknown, schoolingExpense: unknown, disasterExpense: unknown, accidentExpense: unknown, netIncome: unknown, perCapitaNetIncome: unknown, rigidExpenditure: unknown, updatedAt: string, version: number } };

export type ConsoleAddMemberMutationVariables = Exact<{
  householdId: string;
  input: MemberInput;
}>;


export type ConsoleAddMemberMutation = { addMember: { id: string, householdId: string, name: string, idNumber: string, sex: Sex, birthDate: string, age: number, relation: Relation, ethnicity: string | null, education: Education | null, schoolingStage: SchoolingStage, healthStatus: HealthStatus | null, disabilityGrade: number | null, labourCapacity: LabourCapacity, workPlace: string | null, workMonths: number, medicalInsurance: boolean, criticalIllnessInsurance: boolean, pensionInsurance: boolean, minimumLivingAllowance: boolean, extremePoverty: boolean, status: MemberStatus, removalReason: string | null, version: number } };

export type ConsoleUpdateMemberMutationVariables = Exact<{
  id: string;
  version: number;
  input: UpdateMemberInput;
}>;


export type ConsoleUpdateMemberMutation = { updateMember: { id: string, householdId: string, name: string, idNumber: string, sex: Sex, birthDate: string, age: number, relation: Relation, ethnicity: string | null, education: Education | null, schoolingStage: SchoolingStage, healthStatus: HealthStatus | null, disabilityGrade: number | null, labourCapacity: LabourCapacity, workPlace: string | null, workMonths: number, medicalInsurance: boolean, criticalIllnessInsurance: boolean, pensionInsurance: boolean, minimumLivingAllowance: boolean, extremePoverty: boolean, status: MemberStatus, removalReason: string | null, version: number } };

export type ConsoleRemoveMemberMutationVariables = Exact<{
  id: string;
  version: number;
  reason: string;
}>;


export type ConsoleRemoveMemberMutation = { removeMember: { id: string, householdId: string, name: string, idNumber: string, sex: Sex, birthDate: string, age: number, relation: Relation, ethnicity: string | null, education: Education | null, schoolingStage: SchoolingStage, healthStatus: HealthStatus | null, disabilityGrade: number | null, labourCapacity: LabourCapacity, workPlace: string | null, workMonths: number, medicalInsurance: boolean, criticalIllnessInsurance: boolean, pensionInsurance: boolean, minimumLivingAllowance: boolean, extremePoverty: boolean, status: MemberStatus, removalReason: string | null, version: number } };

export type ConsoleSetHouseholdHeadMutationVariables = Exact<{
  memberId: string;
  formerHeadRelation: Relation;
}>;


export type ConsoleSetHouseholdHeadMutation = { setHouseholdHead: { id: string, version: number } };

export type ConsoleHouseholdImportTemplateQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleHouseholdImportTemplateQuery = { householdImportTemplate: { filename: string, contentBase64: string } };

export type ExportJobFieldsFragment = { id: string, kind: ExportKind, status: ExportStatus, filename: string, totalRows: number, processedRows: number, byteSize: number, masked: boolean, message: string | null, expiresAt: string | null };

export type ConsoleStartHouseholdExportMutationVariables = Exact<{
  filter?: HouseholdFilter | null | undefined;
}>;


export type ConsoleStartHouseholdExportMutation = { startHouseholdExport: { id: string, kind: ExportKind, status: ExportStatus, filename: string, totalRows: number, processedRows: number, byteSize: number, masked: boolean, message: string | null, expiresAt: string | null } };

export type ConsoleExportJobQueryVariables = Exact<{
  id: string;
}>;


export type ConsoleExportJobQuery = { exportJob: { id: string, kind: ExportKind, status: ExportStatus, filename: string, totalRows: number, processedRows: number, byteSize: number, masked: boolean, message: string | null, expiresAt: string | null } };

export type ConsoleExportDownloadLinkMutationVariables = Exact<{
  id: string;
}>;


export type ConsoleExportDownloadLinkMutation = { createExportDownloadLink: { url: string } };

export type ConsoleImportErrorsDownloadLinkMutationVariables = Exact<{
  id: string;
}>;


export type ConsoleImportErrorsDownloadLinkMutation = { createImportErrorsDownloadLink: { url: string } };

export type ConsoleApplyImportJobMutationVariables = Exact<{
  id: string;
}>;


export type ConsoleApplyImportJobMutation = { applyImportJob: { id: string, kind: ImportKind, filename: string, status: ImportStatus, validOnly: boolean, totalRows: number, processedRows: number, importedHouseholds: number, importedMembers: number, skippedHouseholds: number, errorCount: number, mode: ImportMode, changeCount: number, updatedHouseholds: number, conflictCount: number, message: string | null, createdBy: string, createdAt: string, finishedAt: string | null, version: number, errors: Array<{ row: number, column: string, message: string }>, changes: Array<{ row: number, householdNumber: string, memberName: string | null, column: string, before: string, after: string }> } };

export type ImportJobFieldsFragment = { id: string, kind: ImportKind, filename: string, status: ImportStatus, validOnly: boolean, totalRows: number, processedRows: number, importedHouseholds: number, importedMembers: number, skippedHouseholds: number, errorCount: number, mode: ImportMode, changeCount: number, updatedHouseholds: number, conflictCount: number, message: string | null, createdBy: string, createdAt: string, finishedAt: string | null, version: number, errors: Array<{ row: number, column: string, message: string }>, changes: Array<{ row: number, householdNumber: string, memberName: string | null, column: string, before: string, after: string }> };

export type ConsoleImportHouseholdsMutationVariables = Exact<{
  fileBase64: string;
  filename?: string | null | undefined;
  validOnly: boolean;
  mode: ImportMode;
}>;


export type ConsoleImportHouseholdsMutation = { importHouseholds: { id: string, kind: ImportKind, filename: string, status: ImportStatus, validOnly: boolean, totalRows: number, processedRows: number, importedHouseholds: number, importedMembers: number, skippedHouseholds: number, errorCount: number, mode: ImportMode, changeCount: number, updatedHouseholds: number, conflictCount: number, message: string | null, createdBy: string, createdAt: string, finishedAt: string | null, version: number, errors: Array<{ row: number, column: string, message: string }>, changes: Array<{ row: number, householdNumber: string, memberName: string | null, column: string, before: string, after: string }> } };

export type ConsoleImportJobQueryVariables = Exact<{
  id: string;
}>;


export type ConsoleImportJobQuery = { importJob: { id: string, kind: ImportKind, filename: string, status: ImportStatus, validOnly: boolean, totalRows: number, processedRows: number, importedHouseholds: number, importedMembers: number, skippedHouseholds: number, errorCount: number, mode: ImportMode, changeCount: number, updatedHouseholds: number, conflictCount: number, message: string | null, createdBy: string, createdAt: string, finishedAt: string | null, version: number, errors: Array<{ row: number, column: string, message: string }>, changes: Array<{ row: number, householdNumber: string, memberName: string | null, column: string, before: string, after: string }> } };

export type ConsoleAddRiskFactorMutationVariables = Exact<{
  householdId: string;
  input: RiskFactorInput;
}>;


export type ConsoleAddRiskFactorMutation = { addRiskFactor: { id: string, householdId: string, memberId: string | null, type: RiskType, source: RiskSource, status: RiskStatus, amount: unknown, occurredOn: string, resolvedOn: string | null, note: string | null, warnings: Array<string>, createdAt: string, version: number } };

export type ConsoleResolveRiskFactorMutationVariables = Exact<{
  id: string;
  version: number;
  resolvedOn: string;
  note?: string | null | undefined;
}>;


export type ConsoleResolveRiskFactorMutation = { resolveRiskFactor: { id: string, householdId: string, memberId: string | null, type: RiskType, source: RiskSource, status: RiskStatus, amount: unknown, occurredOn: string, resolvedOn: string | null, note: string | null, warnings: Array<string>, createdAt: string, version: number } };

export type InsurancePolicyFieldsFragment = { id: string, version: number, divisionCode: string, year: number, insurerName: string, coveredDivisionCodes: Array<string>, ruralPopulation: number, baseShare: string, premiumPerPerson: unknown, insuredBase: number, premium: unknown, preventionLineAmount: unknown, preventionLineMultiple: string | null, povertyLine: unknown, insuredCauses: Array<InsuredCause>, deductible: unknown, personYearCap: unknown, bands: Array<{ lowerBound: unknown, upperBound: unknown, rate: string }>, causeCaps: Array<{ cause: InsuredCause, cap: unknown }> };

export type ConsoleInsurancePoliciesQueryVariables = Exact<{
  year?: number | null | undefined;
}>;


export type ConsoleInsurancePoliciesQuery = { insurancePolicies: Array<{ id: string, version: number, divisionCode: string, year: number, insurerName: string, coveredDivisionCodes: Array<string>, ruralPopulation: number, baseShare: string, premiumPerPerson: unknown, insuredBase: number, premium: unknown, preventionLineAmount: unknown, preventionLineMultiple: string | null, povertyLine: unknown, insuredCauses: Array<InsuredCause>, deductible: unknown, personYearCap: unknown, bands: Array<{ lowerBound: unknown, upperBound: unknown, rate: string }>, causeCaps: Array<{ cause: InsuredCause, cap: unknown }> }> };

export type ConsoleSaveInsurancePolicyMutationVariables = Exact<{
  divisionCode: string;
  year: number;
  input: InsurancePolicyInput;
  version?: number | null | undefined;
}>;


export type ConsoleSaveInsurancePolicyMutation = { saveInsurancePolicy: { id: string, version: number, divisionCode: string, year: number, insurerName: string, coveredDivisionCodes: Array<string>, ruralPopulation: number, baseShare: string, premiumPerPerson: unknown, insuredBase: number, premium: unknown, preventionLineAmount: unknown, preventionLineMultiple: string | null, povertyLine: unknown, insuredCauses: Array<InsuredCause>, deductible: unknown, personYearCap: unknown, bands: Array<{ lowerBound: unknown, upperBound: unknown, rate: string }>, causeCaps: Array<{ cause: InsuredCause, cap: unknown }> } };

export type ConsoleInsurancePayoutPreviewQueryVariables = Exact<{
  input: PayoutPreviewInput;
}>;


export type ConsoleInsurancePayoutPreviewQuery = { insurancePayoutPreview: { aboveDeductible: boolean, payoutAmount: unknown, bands: Array<{ lowerBound: unknown, upperBound: unknown, rate: string, amount: unknown }> } };

export type InsuranceClaimFieldsFragment = { id: string, version: number, status: ClaimStatus, insurerName: string, externalReference: string, divisionCode: string, policyYear: number, cause: InsuredCause, incidentDate: string, totalCost: unknown, reimbursedAmount: unknown, selfPaidAmount: unknown, perCapitaIncomeAfterLoss: unknown, preventionLine: unknown, payoutAmount: unknown, reviewNote: string | null, reviewedBy: string | null, reviewedAt: string | null, paidOn: string | null, paymentReference: string | null, createdAt: string };

export type ConsoleInsuranceClaimQueueQueryVariables = Exact<{
  status?: ClaimStatus | null | undefined;
  offset?: number | null | undefined;
  limit?: number | null | undefined;
}>;


export type ConsoleInsuranceClaimQueueQuery = { insuranceClaimQueue: { total: number, items: Array<{ id: string, version: number, status: ClaimStatus, insurerName: string, externalReference: string, divisionCode: string, policyYear: number, cause: InsuredCause, incidentDate: string, totalCost: unknown, reimbursedAmount: unknown, selfPaidAmount: unknown, perCapitaIncomeAfterLoss: unknown, preventionLine: unknown, payoutAmount: unknown, reviewNote: string | null, reviewedBy: string | null, reviewedAt: string | null, paidOn: string | null, paymentReference: string | null, createdAt: string, member: { id: string, name: string } | null }> } };

export type ConsoleInsuranceClaimQueryVariables = Exact<{
  id: string;
}>;


export type ConsoleInsuranceClaimQuery = { insuranceClaim: { id: string, version: number, status: ClaimStatus, insurerName: string, externalReference: string, divisionCode: string, policyYear: number, cause: InsuredCause, incidentDate: string, totalCost: unknown, reimbursedAmount: unknown, selfPaidAmount: unknown, perCapitaIncomeAfterLoss: unknown, preventionLine: unknown, payoutAmount: unknown, reviewNote: string | null, reviewedBy: string | null, reviewedAt: string | null, paidOn: string | null, paymentReference: string | null, createdAt: string, member: { id: string, name: string, idNumber: string, relation: Relation } | null, household: { id: string, householdNumber: string, memberCount: number, perCapitaNetIncome: unknown, incomeYear: number | null } | null } };

export type ConsoleReviewInsuranceClaimMutationVariables = Exact<{
  id: string;
  version: number;
  approve: boolean;
  note?: string | null | undefined;
}>;


export type ConsoleReviewInsuranceClaimMutation = { reviewInsuranceClaim: { id: string, version: number, status: ClaimStatus, insurerName: string, externalReference: string, divisionCode: string, policyYear: number, cause: InsuredCause, incidentDate: string, totalCost: unknown, reimbursedAmount: unknown, selfPaidAmount: unknown, perCapitaIncomeAfterLoss: unknown, preventionLine: unknown, payoutAmount: unknown, reviewNote: string | null, reviewedBy: string | null, reviewedAt: string | null, paidOn: string | null, paymentReference: string | null, createdAt: string } };

export type ConsoleRecordInsurancePaymentMutationVariables = Exact<{
  id: string;
  version: number;
  paidOn: string;
  paymentReference: string;
}>;


export type ConsoleRecordInsurancePaymentMutation = { recordInsuranceClaimPayment: { id: string, version: number, status: ClaimStatus, insurerName: string, externalReference: string, divisionCode: string, policyYear: number, cause: InsuredCause, incidentDate: string, totalCost: unknown, reimbursedAmount: unknown, selfPaidAmount: unknown, perCapitaIncomeAfterLoss: unknown, preventionLine: unknown, payoutAmount: unknown, reviewNote: string | null, reviewedBy: string | null, reviewedAt: string | null, paidOn: string | null, paymentReference: string | null, createdAt: string } };

export type ConsoleInsuranceSummaryQueryVariables = Exact<{
  year: number;
}>;


export type ConsoleInsuranceSummaryQuery = { insuranceSummary: Array<{ insurerName: string, year: number, policies: number, insuredBase: number, premium: unknown, claims: number, submitted: number, approved: number, rejected: number, paid: number, payouts: unknown, approvedUnpaid: unknown, lossRatio: string | null }> };

export type CaseListFieldsFragment = { id: string, householdId: string, divisionCode: string, state: CaseState, category: MonitoringCategory, source: RiskSource, reasons: Array<string>, openedOn: string, identifiedOn: string | null, noticeEndsOn: string | null, closedOn: string | null, stateChangedAt: string, createdAt: string, version: number, household: { id: string, householdNumber: string, head: { id: string, name: string } | null, division: { code: string, name: string, level: DivisionLevel, ancestors: Array<{ code: string, name: string, level: DivisionLevel }> } | null } | null };

export type ConsoleMonitoringCasesQueryVariables = Exact<{
  offset: number;
  limit: number;
  pendingForMe?: boolean | null | undefined;
  overdue?: boolean | null | undefined;
  states?: Array<CaseState> | CaseState | null | undefined;
  category?: MonitoringCategory | null | undefined;
  divisionCode?: string | null | undefined;
  ids?: Array<string> | string | null | undefined;
}>;


export type ConsoleMonitoringCasesQuery = { monitoringCases: { total: number, items: Array<{ id: string, householdId: string, divisionCode: string, state: CaseState, category: MonitoringCategory, source: RiskSource, reasons: Array<string>, openedOn: string, identifiedOn: string | null, noticeEndsOn: string | null, closedOn: string | null, stateChangedAt: string, createdAt: string, version: number, household: { id: string, householdNumber: string, head: { id: string, name: string } | null, division: { code: string, name: string, level: DivisionLevel, ancestors: Array<{ code: string, name: string, level: DivisionLevel }> } | null } | null }> } };

export type ConsoleMonitoringCaseCountsQueryVariables = Exact<{
  pendingForMe?: boolean | null | undefined;
  overdue?: boolean | null | undefined;
  states?: Array<CaseState> | CaseState | null | undefined;
  category?: MonitoringCategory | null | undefined;
  divisionCode?: string | null | undefined;
  ids?: Array<string> | string | null | undefined;
}>;


export type ConsoleMonitoringCaseCountsQuery = { monitoringCaseCounts: Array<{ state: CaseState, cases: number }> };

export type ConsoleStartMonitoringCaseExportMutationVariables = Exact<{
  pendingForMe?: boolean | null | undefined;
  overdue?: boolean | null | undefined;
  states?: Array<CaseState> | CaseState | null | undefined;
  category?: MonitoringCategory | null | undefined;
  divisionCode?: string | null | undefined;
  ids?: Array<string> | string | null | undefined;
}>;


export type ConsoleStartMonitoringCaseExportMutation = { startMonitoringCaseExport: { id: string, kind: ExportKind, status: ExportStatus, filename: string, totalRows: number, processedRows: number, byteSize: number, masked: boolean, message: string | null, expiresAt: string | null } };

export type CaseEventFieldsFragment = { id: string, at: string, action: CaseAction | null, actorName: string, actorDisplayName: string, fromState: CaseState | null, toState: CaseState, note: string | null };

export type ConsoleMonitoringCaseQueryVariables = Exact<{
  id: string;
}>;


export type ConsoleMonitoringCaseQuery = { monitoringCase: { updatedAt: string, availableActions: Array<CaseAction>, id: string, householdId: string, divisionCode: string, state: CaseState, category: MonitoringCategory, source: RiskSource, reasons: Array<string>, openedOn: string, identifiedOn: string | null, noticeEndsOn: string | null, closedOn: string | null, stateChangedAt: string, createdAt: string, version: number, events: Array<{ id: string, at: string, action: CaseAction | null, actorName: string, actorDisplayName: string, fromState: CaseState | null, toState: CaseState, note: string | null }>, reviews: Array<{ id: string, stage: ReviewStage, deliberatedOn: string, attendees: string, attendeeCount: number, result: string, agreed: boolean, noticeStartsOn: string | null, noticeEndsOn: string | null, recordedBy: string, createdAt: string }>, objections: Array<{ id: string, stage: ReviewStage, receivedOn: string, content: string, recordedBy: string, answer: string | null, answeredBy: string | null, answeredOn: string | null, version: number }>, household: { address: string, id: string, householdNumber: string, divisionCode: string, registrationStatus: RegistrationStatus, liftedOutYear: number | null, monitoringCategory: MonitoringCategory | null, monitoredSince: string | null, memberCount: number, perCapitaNetIncome: unknown, incomeYear: number | null, status: HouseholdStatus, noLabourCapacity: boolean, minimumLivingAllowance: boolean, extremePoverty: boolean, relocated: boolean, version: number, riskFactors: Array<{ id: string, householdId: string, memberId: string | null, type: RiskType, source: RiskSource, status: RiskStatus, amount: unknown, occurredOn: string, resolvedOn: string | null, note: string | null, warnings: Array<string>, createdAt: string, version: number }>, division: { code: string, name: string, level: DivisionLevel, ancestors: Array<{ code: string, name: string, level: DivisionLevel }> } | null, head: { id: string, name: string } | null } | null } };

export type ConsoleActOnCaseMutationVariables = Exact<{
  caseId: string;
  version: number;
  action: CaseAction;
  note?: string | null | undefined;
  category?: MonitoringCategory | null | undefined;
}>;


export type ConsoleActOnCaseMutation = { actOnCase: { availableActions: Array<CaseAction>, id: string, householdId: string, divisionCode: string, state: CaseState, category: MonitoringCategory, source: RiskSource, reasons: Array<string>, openedOn: string, identifiedOn: string | null, noticeEndsOn: string | null, closedOn: string | null, stateChangedAt: string, createdAt: string, version: number } };

export type ConsoleOpenLeadMutationVariables = Exact<{
  input: OpenLeadInput;
}>;


export type ConsoleOpenLeadMutation = { openLead: { id: string, householdId: string, divisionCode: string, state: CaseState, category: MonitoringCategory, source: RiskSource, reasons: Array<string>, openedOn: string, identifiedOn: string | null, noticeEndsOn: string | null, closedOn: string | null, stateChangedAt: string, createdAt: string, version: number } };

export type ConsoleIdentifyHouseholdsMutationVariables = Exact<{
  divisionCode: string;
  year: number;
}>;


export type ConsoleIdentifyHouseholdsMutation = { identifyHouseholds: { divisionCode: string, year: number, matched: number, leadsOpened: number, alreadyOpen: number, villagesWithoutLine: number } };

export type CaseReviewFieldsFragment = { id: string, stage: ReviewStage, deliberatedOn: string, attendees: string, attendeeCount: number, result: string, agreed: boolean, noticeStartsOn: string | null, noticeEndsOn: string | null, recordedBy: string, createdAt: string };

export type CaseObjectionFieldsFragment = { id: string, stage: ReviewStage, receivedOn: string, content: string, recordedBy: string, answer: string | null, answeredBy: string | null, answeredOn: string | null, version: number };

export type ConsoleRecordVillageReviewMutationVariables = Exact<{
  caseId: string;
  input: VillageReviewInput;
}>;


export type ConsoleRecordVillageReviewMutation = { recordVillageReview: { id: string, stage: ReviewStage, deliberatedOn: string, attendees: string, attendeeCount: number, result: string, agreed: boolean, noticeStartsOn: string | null, noticeEndsOn: string | null, recordedBy: string, createdAt: string } };

export type ConsoleRecordObjectionMutationVariables = Exact<{
  caseId: string;
  input: ObjectionInput;
}>;


export type ConsoleRecordObjectionMutation = { recordObjection: { id: string, stage: ReviewStage, receivedOn: string, content: string, recordedBy: string, answer: string | null, answeredBy: string | null, answeredOn: string | null, version: number } };

export type ConsoleAnswerObjectionMutationVariables = Exact<{
  id: string;
  version: number;
  answer: string;
}>;


export type ConsoleAnswerObjectionMutation = { answerObjection: { id: string, stage: ReviewStage, receivedOn: string, content: string, recordedBy: string, answer: string | null, answeredBy: string | null, answeredOn: string | null, version: number } };

export type ConsolePolicyWhatIfQueryVariables = Exact<{
  divisionCode: string;
  year: number;
  incomeLine?: unknown;
  rigidExpenditureShare?: number | null | undefined;
  incomeDropShare?: number | null | undefined;
  subsidyShareWarning?: number | null | undefined;
}>;


export type ConsolePolicyWhatIfQuery = { policyWhatIf: { divisionCode: string, year: number, total: { divisionCode: string, divisionName: string, current: { matched: number, belowIncomeLine: number, rigidExpenditure: number, incomeDrop: number, subsidyShare: number }, proposed: { matched: number, belowIncomeLine: number, rigidExpenditure: number, incomeDrop: number, subsidyShare: number } }, children: Array<{ divisionCode: string, divisionName: string, current: { matched: number, belowIncomeLine: number, rigidExpenditure: number, incomeDrop: number, subsidyShare: number }, proposed: { matched: number, belowIncomeLine: number, rigidExpenditure: number, incomeDrop: number, subsidyShare: number } }> } };

export type WhatIfFieldsFragment = { matched: number, belowIncomeLine: number, rigidExpenditure: number, incomeDrop: number, subsidyShare: number };

export type PolicyValuesFragment = { incomeLine: unknown, rigidExpenditureShare: number | null, incomeDropShare: number | null, subsidyShareWarning: number | null, exitStabilityMonths: number | null, publicNoticeDays: number | null, expectedMonitoredRatio: number | null, maxMonitoredRatio: number | null, overdueDays: number | null, medicalSelfPayThreshold: unknown, disasterLossThreshold: unknown, warningWindowMonths: number | null, disabilityWarningGrade: number | null, procedureTemplate: ProcedureTemplate | null, exitPublicNoticeDays: number | null, incomeLineMultiple: number | null, nationalPovertyLine: unknown, monitoredRatioWarning: number | null, monitoredCategories: Array<MonitoringCategory> | null };

export type ConsoleEffectivePolicyQueryVariables = Exact<{
  divisionCode: string;
  year: number;
}>;


export type ConsoleEffectivePolicyQuery = { effectivePolicy: { divisionCode: string, year: number, incomeLine: unknown, rigidExpenditureShare: number | null, incomeDropShare: number | null, subsidyShareWarning: number | null, exitStabilityMonths: number | null, publicNoticeDays: number | null, expectedMonitoredRatio: number | null, maxMonitoredRatio: number | null, overdueDays: number | null, medicalSelfPayThreshold: unknown, disasterLossThreshold: unknown, warningWindowMonths: number | null, disabilityWarningGrade: number | null, procedureTemplate: ProcedureTemplate | null, exitPublicNoticeDays: number | null, incomeLineMultiple: number | null, nationalPovertyLine: unknown, monitoredRatioWarning: number | null, monitoredCategories: Array<MonitoringCategory> | null, sources: Array<{ field: string, divisionCode: string, divisionName: string | null }> }, policies: Array<{ id: string, divisionCode: string, year: number, updatedAt: string, version: number, incomeLine: unknown, rigidExpenditureShare: number | null, incomeDropShare: number | null, subsidyShareWarning: number | null, exitStabilityMonths: number | null, publicNoticeDays: number | null, expectedMonitoredRatio: number | null, maxMonitoredRatio: number | null, overdueDays: number | null, medicalSelfPayThreshold: unknown, disasterLossThreshold: unknown, warningWindowMonths: number | null, disabilityWarningGrade: number | null, procedureTemplate: ProcedureTemplate | null, exitPublicNoticeDays: number | null, incomeLineMultiple: number | null, nationalPovertyLine: unknown, monitoredRatioWarning: number | null, monitoredCategories: Array<MonitoringCategory> | null }> };

export type ConsoleSetPolicyMutationVariables = Exact<{
  divisionCode: string;
  year: number;
  input: PolicyInput;
}>;


export type ConsoleSetPolicyMutation = { setPolicy: { id: string, divisionCode: string, year: number, version: number, incomeLine: unknown, rigidExpenditureShare: number | null, incomeDropShare: number | null, subsidyShareWarning: number | null, exitStabilityMonths: number | null, publicNoticeDays: number | null, expectedMonitoredRatio: number | null, maxMonitoredRatio: number | null, overdueDays: number | null, medicalSelfPayThreshold: unknown, disasterLossThreshold: unknown, warningWindowMonths: number | null, disabilityWarningGrade: number | null, procedureTemplate: ProcedureTemplate | null, exitPublicNoticeDays: number | null, incomeLineMultiple: number | null, nationalPovertyLine: unknown, monitoredRatioWarning: number | null, monitoredCategories: Array<MonitoringCategory> | null } };

export type PublicDivisionsQueryVariables = Exact<{
  parentCode?: string | null | undefined;
}>;


export type PublicDivisionsQuery = { publicDivisions: Array<{ code: string, name: string, level: DivisionLevel }> };

export type SubmitSelfReportMutationVariables = Exact<{
  input: SelfReportInput;
}>;


export type SubmitSelfReportMutation = { submitSelfReport: { received: boolean, message: string } };

export type SelfReportFieldsFragment = { id: string, version: number, divisionCode: string, householdId: string | null, name: string, idNumber: string, phone: string, difficulty: RiskType, description: string, status: SelfReportStatus, caseId: string | null, handledBy: string | null, handleNote: string | null, createdAt: string, household: { id: string, householdNumber: string, head: { id: string, name: string } | null } | null };

export type ConsoleSelfReportsQueryVariables = Exact<{
  offset: number;
  limit: number;
  status?: SelfReportStatus | null | undefined;
  divisionCode?: string | null | undefined;
  caseId?: string | null | undefined;
}>;


export type ConsoleSelfReportsQuery = { selfReports: { total: number, items: Array<{ id: string, version: number, divisionCode: string, householdId: string | null, name: string, idNumber: string, phone: string, difficulty: RiskType, description: string, status: SelfReportStatus, caseId: string | null, handledBy: string | null, handleNote: string | null, createdAt: string, household: { id: string, householdNumber: string, head: { id: string, name: string } | null } | null }> } };

export type ConsoleHandleSelfReportMutationVariables = Exact<{
  id: string;
  version: number;
  decision: SelfReportDecision;
  householdId?: string | null | undefined;
  category?: MonitoringCategory | null | undefined;
  note?: string | null | undefined;
}>;


export type ConsoleHandleSelfReportMutation = { handleSelfReport: { id: string, version: number, divisionCode: string, householdId: string | null, name: string, idNumber: string, phone: string, difficulty: RiskType, description: string, status: SelfReportStatus, caseId: string | null, handledBy: string | null, handleNote: string | null, createdAt: string, household: { id: string, householdNumber: string, head: { id: string, name: string } | null } | null } };

export type SupervisionRowFieldsFragment = { divisionCode: string, divisionName: string, persons: number, monitoredPersons: number, registeredPersons: number, countedMonitoredPersons: number, monitoredRatio: number, deepPoverty: boolean, expectedRatio: number | null, maxRatio: number | null, warningRatio: number | null, ratioFlag: RatioFlag | null, overdueCases: number, byState: Array<{ state: CaseState, cases: number }> };

export type ConsoleSupervisionQueryVariables = Exact<{
  divisionCode: string;
}>;


export type ConsoleSupervisionQuery = { supervision: { overdueDays: number, total: { divisionCode: string, divisionName: string, persons: number, monitoredPersons: number, registeredPersons: number, countedMonitoredPersons: number, monitoredRatio: number, deepPoverty: boolean, expectedRatio: number | null, maxRatio: number | null, warningRatio: number | null, ratioFlag: RatioFlag | null, overdueCases: number, byState: Array<{ state: CaseState, cases: number }> }, children: Array<{ divisionCode: string, divisionName: string, persons: number, monitoredPersons: number, registeredPersons: number, countedMonitoredPersons: number, monitoredRatio: number, deepPoverty: boolean, expectedRatio: number | null, maxRatio: number | null, warningRatio: number | null, ratioFlag: RatioFlag | null, overdueCases: number, byState: Array<{ state: CaseState, cases: number }> }> } };

export type ConsoleStartSupervisionExportMutationVariables = Exact<{
  divisionCode: string;
}>;


export type ConsoleStartSupervisionExportMutation = { startSupervisionExport: { id: string, kind: ExportKind, status: ExportStatus, filename: string, totalRows: number, processedRows: number, byteSize: number, masked: boolean, message: string | null, expiresAt: string | null } };

export type ConsoleUsersQueryVariables = Exact<{
  offset: number;
  limit: number;
  search?: string | null | undefined;
  role?: Role | null | undefined;
  disabled?: boolean | null | undefined;
  divisionCode?: string | null | undefined;
}>;


export type ConsoleUsersQuery = { users: { total: number, items: Array<{ id: string, username: string, displayName: string, divisionCode: string, roles: Array<Role>, permissions: Array<Permission>, department: Department | null, phone: string | null, disabled: boolean, mustChangePassword: boolean, lastLoginAt: string | null, createdAt: string, updatedAt: string, version: number, division: { code: string, name: string, level: DivisionLevel } | null }> } };

export type ConsoleUserQueryVariables = Exact<{
  id: string;
}>;


export type ConsoleUserQuery = { user: { id: string, username: string, displayName: string, divisionCode: string, roles: Array<Role>, permissions: Array<Permission>, department: Department | null, phone: string | null, disabled: boolean, mustChangePassword: boolean, lastLoginAt: string | null, createdAt: string, updatedAt: string, version: number, division: { code: string, name: string, level: DivisionLevel } | null } };

export type ConsoleCreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type ConsoleCreateUserMutation = { createUser: { id: string, username: string, displayName: string, divisionCode: string, roles: Array<Role>, permissions: Array<Permission>, department: Department | null, phone: string | null, disabled: boolean, mustChangePassword: boolean, lastLoginAt: string | null, createdAt: string, updatedAt: string, version: number, division: { code: string, name: string, level: DivisionLevel } | null } };

export type ConsoleUpdateUserMutationVariables = Exact<{
  id: string;
  version: number;
  input: UpdateUserInput;
}>;


export type ConsoleUpdateUserMutation = { updateUser: { id: string, username: string, displayName: string, divisionCode: string, roles: Array<Role>, permissions: Array<Permission>, department: Department | null, phone: string | null, disabled: boolean, mustChangePassword: boolean, lastLoginAt: string | null, createdAt: string, updatedAt: string, version: number, division: { code: string, name: string, level: DivisionLevel } | null } };

export type ConsoleSetUserDisabledMutationVariables = Exact<{
  id: string;
  version: number;
  disabled: boolean;
}>;


export type ConsoleSetUserDisabledMutation = { setUserDisabled: { id: string, username: string, displayName: string, divisionCode: string, roles: Array<Role>, permissions: Array<Permission>, department: Department | null, phone: string | null, disabled: boolean, mustChangePassword: boolean, lastLoginAt: string | null, createdAt: string, updatedAt: string, version: number, division: { code: string, name: string, level: DivisionLevel } | null } };

export type ConsoleResetUserPasswordMutationVariables = Exact<{
  id: string;
  version: number;
  newPassword: string;
}>;


export type ConsoleResetUserPasswordMutation = { resetUserPassword: { id: string, username: string, displayName: string, divisionCode: string, roles: Array<Role>, permissions: Array<Permission>, department: Department | null, phone: string | null, disabled: boolean, mustChangePassword: boolean, lastLoginAt: string | null, createdAt: string, updatedAt: string, version: number, division: { code: string, name: string, level: DivisionLevel } | null } };

export const ApiTokenFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiTokenFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessToken"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"partnerName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"tokenPrefix"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdById"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<ApiTokenFieldsFragment, unknown>;
export const DivisionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DivisionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Division"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"parentCode"}},{"kind":"Field","name":{"kind":"Name","value":"deepPoverty"}}]}}]} as unknown as DocumentNode<DivisionFieldsFragment, unknown>;
export const UserFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<UserFieldsFragment, unknown>;
export const DepartmentBatchFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DepartmentBatchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DepartmentBatch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"submittedBy"}},{"kind":"Field","name":{"kind":"Name","value":"submittedByName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"processed"}},{"kind":"Field","name":{"kind":"Name","value":"matched"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}},{"kind":"Field","name":{"kind":"Name","value":"unmatchedCount"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<DepartmentBatchFieldsFragment, unknown>;
export const DepartmentWarningFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DepartmentWarningFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DepartmentWarning"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"householdId"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"handledBy"}},{"kind":"Field","name":{"kind":"Name","value":"handledByName"}},{"kind":"Field","name":{"kind":"Name","value":"handleNote"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"householdNumber"}},{"kind":"Field","name":{"kind":"Name","value":"registrationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"monitoringCategory"}},{"kind":"Field","name":{"kind":"Name","value":"head"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"ancestors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DepartmentWarningFieldsFragment, unknown>;
export const HouseholdListFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HouseholdListFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Household"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"householdNumber"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"ancestors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"head"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"registrationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"liftedOutYear"}},{"kind":"Field","name":{"kind":"Name","value":"monitoringCategory"}},{"kind":"Field","name":{"kind":"Name","value":"monitoredSince"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"perCapitaNetIncome"}},{"kind":"Field","name":{"kind":"Name","value":"incomeYear"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"noLabourCapacity"}},{"kind":"Field","name":{"kind":"Name","value":"minimumLivingAllowance"}},{"kind":"Field","name":{"kind":"Name","value":"extremePoverty"}},{"kind":"Field","name":{"kind":"Name","value":"relocated"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<HouseholdListFieldsFragment, unknown>;
export const MemberFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Member"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"householdId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"age"}},{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"ethnicity"}},{"kind":"Field","name":{"kind":"Name","value":"education"}},{"kind":"Field","name":{"kind":"Name","value":"schoolingStage"}},{"kind":"Field","name":{"kind":"Name","value":"healthStatus"}},{"kind":"Field","name":{"kind":"Name","value":"disabilityGrade"}},{"kind":"Field","name":{"kind":"Name","value":"labourCapacity"}},{"kind":"Field","name":{"kind":"Name","value":"workPlace"}},{"kind":"Field","name":{"kind":"Name","value":"workMonths"}},{"kind":"Field","name":{"kind":"Name","value":"medicalInsurance"}},{"kind":"Field","name":{"kind":"Name","value":"criticalIllnessInsurance"}},{"kind":"Field","name":{"kind":"Name","value":"pensionInsurance"}},{"kind":"Field","name":{"kind":"Name","value":"minimumLivingAllowance"}},{"kind":"Field","name":{"kind":"Name","value":"extremePoverty"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"removalReason"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<MemberFieldsFragment, unknown>;
export const IncomeFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IncomeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HouseholdIncome"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"wages"}},{"kind":"Field","name":{"kind":"Name","value":"operations"}},{"kind":"Field","name":{"kind":"Name","value":"property"}},{"kind":"Field","name":{"kind":"Name","value":"transfers"}},{"kind":"Field","name":{"kind":"Name","value":"subsidies"}},{"kind":"Field","name":{"kind":"Name","value":"productionCosts"}},{"kind":"Field","name":{"kind":"Name","value":"medicalExpense"}},{"kind":"Field","name":{"kind":"Name","value":"schoolingExpense"}},{"kind":"Field","name":{"kind":"Name","value":"disasterExpense"}},{"kind":"Field","name":{"kind":"Name","value":"accidentExpense"}},{"kind":"Field","name":{"kind":"Name","value":"netIncome"}},{"kind":"Field","name":{"kind":"Name","value":"perCapitaNetIncome"}},{"kind":"Field","name":{"kind":"Name","value":"rigidExpenditure"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<IncomeFieldsFragment, unknown>;
export const RiskFactorFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RiskFactorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RiskFactor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"householdId"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedOn"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<RiskFactorFieldsFragment, unknown>;
export const HouseholdDetailFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HouseholdDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Household"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HouseholdListFields"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"archiveReason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MemberFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"incomes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IncomeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"riskFactors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RiskFactorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HouseholdListFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Household"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"householdNumber"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"ancestors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"head"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"registrationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"liftedOutYear"}},{"kind":"Field","name":{"kind":"Name","value":"monitoringCategory"}},{"kind":"Field","name":{"kind":"Name","value":"monitoredSince"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"perCapitaNetIncome"}},{"kind":"Field","name":{"kind":"Name","value":"incomeYear"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"noLabourCapacity"}},{"kind":"Field","name":{"kind":"Name","value":"minimumLivingAllowance"}},{"kind":"Field","name":{"kind":"Name","value":"extremePoverty"}},{"kind":"Field","name":{"kind":"Name","value":"relocated"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Member"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"householdId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"age"}},{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"ethnicity"}},{"kind":"Field","name":{"kind":"Name","value":"education"}},{"kind":"Field","name":{"kind":"Name","value":"schoolingStage"}},{"kind":"Field","name":{"kind":"Name","value":"healthStatus"}},{"kind":"Field","name":{"kind":"Name","value":"disabilityGrade"}},{"kind":"Field","name":{"kind":"Name","value":"labourCapacity"}},{"kind":"Field","name":{"kind":"Name","value":"workPlace"}},{"kind":"Field","name":{"kind":"Name","value":"workMonths"}},{"kind":"Field","name":{"kind":"Name","value":"medicalInsurance"}},{"kind":"Field","name":{"kind":"Name","value":"criticalIllnessInsurance"}},{"kind":"Field","name":{"kind":"Name","value":"pensionInsurance"}},{"kind":"Field","name":{"kind":"Name","value":"minimumLivingAllowance"}},{"kind":"Field","name":{"kind":"Name","value":"extremePoverty"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"removalReason"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IncomeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HouseholdIncome"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"wages"}},{"kind":"Field","name":{"kind":"Name","value":"operations"}},{"kind":"Field","name":{"kind":"Name","value":"property"}},{"kind":"Field","name":{"kind":"Name","value":"transfers"}},{"kind":"Field","name":{"kind":"Name","value":"subsidies"}},{"kind":"Field","name":{"kind":"Name","value":"productionCosts"}},{"kind":"Field","name":{"kind":"Name","value":"medicalExpense"}},{"kind":"Field","name":{"kind":"Name","value":"schoolingExpense"}},{"kind":"Field","name":{"kind":"Name","value":"disasterExpense"}},{"kind":"Field","name":{"kind":"Name","value":"accidentExpense"}},{"kind":"Field","name":{"kind":"Name","value":"netIncome"}},{"kind":"Field","name":{"kind":"Name","value":"perCapitaNetIncome"}},{"kind":"Field","name":{"kind":"Name","value":"rigidExpenditure"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RiskFactorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RiskFactor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"householdId"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedOn"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<HouseholdDetailFieldsFragment, unknown>;
export const ExportJobFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExportJobFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExportJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"totalRows"}},{"kind":"Field","name":{"kind":"Name","value":"processedRows"}},{"kind":"Field","name":{"kind":"Name","value":"byteSize"}},{"kind":"Field","name":{"kind":"Name","value":"masked"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]} as unknown as DocumentNode<ExportJobFieldsFragment, unknown>;
export const ImportJobFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImportJobFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"validOnly"}},{"kind":"Field","name":{"kind":"Name","value":"totalRows"}},{"kind":"Field","name":{"kind":"Name","value":"processedRows"}},{"kind":"Field","name":{"kind":"Name","value":"importedHouseholds"}},{"kind":"Field","name":{"kind":"Name","value":"importedMembers"}},{"kind":"Field","name":{"kind":"Name","value":"skippedHouseholds"}},{"kind":"Field","name":{"kind":"Name","value":"errorCount"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"changeCount"}},{"kind":"Field","name":{"kind":"Name","value":"updatedHouseholds"}},{"kind":"Field","name":{"kind":"Name","value":"conflictCount"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"householdNumber"}},{"kind":"Field","name":{"kind":"Name","value":"memberName"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<ImportJobFieldsFragment, unknown>;
export const InsurancePolicyFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InsurancePolicyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InsurancePolicy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"insurerName"}},{"kind":"Field","name":{"kind":"Name","value":"coveredDivisionCodes"}},{"kind":"Field","name":{"kind":"Name","value":"ruralPopulation"}},{"kind":"Field","name":{"kind":"Name","value":"baseShare"}},{"kind":"Field","name":{"kind":"Name","value":"premiumPerPerson"}},{"kind":"Field","name":{"kind":"Name","value":"insuredBase"}},{"kind":"Field","name":{"kind":"Name","value":"premium"}},{"kind":"Field","name":{"kind":"Name","value":"preventionLineAmount"}},{"kind":"Field","name":{"kind":"Name","value":"preventionLineMultiple"}},{"kind":"Field","name":{"kind":"Name","value":"povertyLine"}},{"kind":"Field","name":{"kind":"Name","value":"insuredCauses"}},{"kind":"Field","name":{"kind":"Name","value":"deductible"}},{"kind":"Field","name":{"kind":"Name","value":"personYearCap"}},{"kind":"Field","name":{"kind":"Name","value":"bands"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lowerBound"}},{"kind":"Field","name":{"kind":"Name","value":"upperBound"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"causeCaps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cause"}},{"kind":"Field","name":{"kind":"Name","value":"cap"}}]}}]}}]} as unknown as DocumentNode<InsurancePolicyFieldsFragment, unknown>;
export const InsuranceClaimFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InsuranceClaimFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InsuranceClaim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"insurerName"}},{"kind":"Field","name":{"kind":"Name","value":"externalReference"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"policyYear"}},{"kind":"Field","name":{"kind":"Name","value":"cause"}},{"kind":"Field","name":{"kind":"Name","value":"incidentDate"}},{"kind":"Field","name":{"kind":"Name","value":"totalCost"}},{"kind":"Field","name":{"kind":"Name","value":"reimbursedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"selfPaidAmount"}},{"kind":"Field","name":{"kind":"Name","value":"perCapitaIncomeAfterLoss"}},{"kind":"Field","name":{"kind":"Name","value":"preventionLine"}},{"kind":"Field","name":{"kind":"Name","value":"payoutAmount"}},{"kind":"Field","name":{"kind":"Name","value":"reviewNote"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"paidOn"}},{"kind":"Field","name":{"kind":"Name","value":"paymentReference"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<InsuranceClaimFieldsFragment, unknown>;
export const CaseSummaryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MonitoringCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"householdId"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"openedOn"}},{"kind":"Field","name":{"kind":"Name","value":"identifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"noticeEndsOn"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"stateChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<CaseSummaryFieldsFragment, unknown>;
export const CaseListFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseListFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MonitoringCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseSummaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"householdNumber"}},{"kind":"Field","name":{"kind":"Name","value":"head"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"ancestors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MonitoringCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"householdId"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"openedOn"}},{"kind":"Field","name":{"kind":"Name","value":"identifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"noticeEndsOn"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"stateChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<CaseListFieldsFragment, unknown>;
export const CaseEventFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"actorDisplayName"}},{"kind":"Field","name":{"kind":"Name","value":"fromState"}},{"kind":"Field","name":{"kind":"Name","value":"toState"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]} as unknown as DocumentNode<CaseEventFieldsFragment, unknown>;
export const CaseReviewFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseReviewFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseReview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"deliberatedOn"}},{"kind":"Field","name":{"kind":"Name","value":"attendees"}},{"kind":"Field","name":{"kind":"Name","value":"attendeeCount"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"agreed"}},{"kind":"Field","name":{"kind":"Name","value":"noticeStartsOn"}},{"kind":"Field","name":{"kind":"Name","value":"noticeEndsOn"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<CaseReviewFieldsFragment, unknown>;
export const CaseObjectionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseObjectionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseObjection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"answeredBy"}},{"kind":"Field","name":{"kind":"Name","value":"answeredOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<CaseObjectionFieldsFragment, unknown>;
export const WhatIfFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WhatIfFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WhatIfFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matched"}},{"kind":"Field","name":{"kind":"Name","value":"belowIncomeLine"}},{"kind":"Field","name":{"kind":"Name","value":"rigidExpenditure"}},{"kind":"Field","name":{"kind":"Name","value":"incomeDrop"}},{"kind":"Field","name":{"kind":"Name","value":"subsidyShare"}}]}}]} as unknown as DocumentNode<WhatIfFieldsFragment, unknown>;
export const PolicyValuesFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PolicyValues"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MonitoringPolicy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incomeLine"}},{"kind":"Field","name":{"kind":"Name","value":"rigidExpenditureShare"}},{"kind":"Field","name":{"kind":"Name","value":"incomeDropShare"}},{"kind":"Field","name":{"kind":"Name","value":"subsidyShareWarning"}},{"kind":"Field","name":{"kind":"Name","value":"exitStabilityMonths"}},{"kind":"Field","name":{"kind":"Name","value":"publicNoticeDays"}},{"kind":"Field","name":{"kind":"Name","value":"expectedMonitoredRatio"}},{"kind":"Field","name":{"kind":"Name","value":"maxMonitoredRatio"}},{"kind":"Field","name":{"kind":"Name","value":"overdueDays"}},{"kind":"Field","name":{"kind":"Name","value":"medicalSelfPayThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"disasterLossThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"warningWindowMonths"}},{"kind":"Field","name":{"kind":"Name","value":"disabilityWarningGrade"}},{"kind":"Field","name":{"kind":"Name","value":"procedureTemplate"}},{"kind":"Field","name":{"kind":"Name","value":"exitPublicNoticeDays"}},{"kind":"Field","name":{"kind":"Name","value":"incomeLineMultiple"}},{"kind":"Field","name":{"kind":"Name","value":"nationalPovertyLine"}},{"kind":"Field","name":{"kind":"Name","value":"monitoredRatioWarning"}},{"kind":"Field","name":{"kind":"Name","value":"monitoredCategories"}}]}}]} as unknown as DocumentNode<PolicyValuesFragment, unknown>;
export const SelfReportFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SelfReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SelfReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"householdId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"difficulty"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"handledBy"}},{"kind":"Field","name":{"kind":"Name","value":"handleNote"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"householdNumber"}},{"kind":"Field","name":{"kind":"Name","value":"head"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<SelfReportFieldsFragment, unknown>;
export const SupervisionRowFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupervisionRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupervisionRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"divisionName"}},{"kind":"Field","name":{"kind":"Name","value":"persons"}},{"kind":"Field","name":{"kind":"Name","value":"monitoredPersons"}},{"kind":"Field","name":{"kind":"Name","value":"registeredPersons"}},{"kind":"Field","name":{"kind":"Name","value":"countedMonitoredPersons"}},{"kind":"Field","name":{"kind":"Name","value":"monitoredRatio"}},{"kind":"Field","name":{"kind":"Name","value":"deepPoverty"}},{"kind":"Field","name":{"kind":"Name","value":"expectedRatio"}},{"kind":"Field","name":{"kind":"Name","value":"maxRatio"}},{"kind":"Field","name":{"kind":"Name","value":"warningRatio"}},{"kind":"Field","name":{"kind":"Name","value":"ratioFlag"}},{"kind":"Field","name":{"kind":"Name","value":"overdueCases"}},{"kind":"Field","name":{"kind":"Name","value":"byState"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"cases"}}]}}]}}]} as unknown as DocumentNode<SupervisionRowFieldsFragment, unknown>;
export const ConsoleApiTokensDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleApiTokens"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiTokens"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiTokenFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiTokenFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessToken"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"partnerName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"tokenPrefix"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdById"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<ConsoleApiTokensQuery, ConsoleApiTokensQueryVariables>;
export const ConsoleIssueApiTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleIssueApiToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IssueApiTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueApiToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"apiToken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiTokenFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiTokenFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessToken"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"partnerName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"tokenPrefix"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdById"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<ConsoleIssueApiTokenMutation, ConsoleIssueApiTokenMutationVariables>;
export const ConsoleRevokeApiTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleRevokeApiToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApiToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiTokenFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiTokenFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessToken"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"partnerName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"tokenPrefix"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdById"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<ConsoleRevokeApiTokenMutation, ConsoleRevokeApiTokenMutationVariables>;
export const ConsoleAssetsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleAssets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"divisionCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"assetClass"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AssetClass"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"type"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AssetType"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AssetStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"divisionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"divisionCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"assetClass"},"value":{"kind":"Variable","name":{"kind":"Name","value":"assetClass"}}},{"kind":"Argument","name":{"kind":"Name","value":"type"},"value":{"kind":"Variable","name":{"kind":"Name","value":"type"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"assetClass"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"bookValue"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedOn"}},{"kind":"Field","name":{"kind":"Name","value":"disposalPending"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleAssetsQuery, ConsoleAssetsQueryVariables>;
export const ConsoleAssetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleAsset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"assetClass"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"bookValue"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedOn"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"usedBy"}},{"kind":"Field","name":{"kind":"Name","value":"manager"}},{"kind":"Field","name":{"kind":"Name","value":"supervisor"}},{"kind":"Field","name":{"kind":"Name","value":"disposalPending"}},{"kind":"Field","name":{"kind":"Name","value":"disposalReason"}},{"kind":"Field","name":{"kind":"Name","value":"shareJustification"}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fundingSources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"fromValue"}},{"kind":"Field","name":{"kind":"Name","value":"toValue"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"incomes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shares"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"householdId"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}},{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"householdNumber"}},{"kind":"Field","name":{"kind":"Name","value":"head"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"shareCheck"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"flagged"}},{"kind":"Field","name":{"kind":"Name","value":"leftOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"householdId"}},{"kind":"Field","name":{"kind":"Name","value":"householdNumber"}},{"kind":"Field","name":{"kind":"Name","value":"headName"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}}]}},{"kind":"Field","name":{"kind":"Name","value":"priorityHouseholds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"householdId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleAssetQuery, ConsoleAssetQueryVariables>;
export const ConsoleRevalueAssetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleRevalueAsset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"bookValue"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revalueAsset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"bookValue"},"value":{"kind":"Variable","name":{"kind":"Name","value":"bookValue"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ConsoleRevalueAssetMutation, ConsoleRevalueAssetMutationVariables>;
export const ConsoleChangeAssetStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleChangeAssetStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssetStatus"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeAssetStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ConsoleChangeAssetStatusMutation, ConsoleChangeAssetStatusMutationVariables>;
export const ConsoleRequestDisposalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleRequestDisposal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestAssetDisposal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ConsoleRequestDisposalMutation, ConsoleRequestDisposalMutationVariables>;
export const ConsoleDecideDisposalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleDecideDisposal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"approve"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideAssetDisposal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"approve"},"value":{"kind":"Variable","name":{"kind":"Name","value":"approve"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ConsoleDecideDisposalMutation, ConsoleDecideDisposalMutationVariables>;
export const ConsoleRecordAssetIncomeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleRecordAssetIncome"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"assetId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"amount"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordAssetIncome"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"assetId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"assetId"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"amount"},"value":{"kind":"Variable","name":{"kind":"Name","value":"amount"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ConsoleRecordAssetIncomeMutation, ConsoleRecordAssetIncomeMutationVariables>;
export const ConsoleAssetProjectsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleAssetProjects"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pendingForMe"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assetProjects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"pendingForMe"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pendingForMe"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"appliedOn"}},{"kind":"Field","name":{"kind":"Name","value":"noticeEndsOn"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fundingSources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plannedAssets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"bookValue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"beneficiaries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"householdNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"toState"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleAssetProjectsQuery, ConsoleAssetProjectsQueryVariables>;
export const ConsoleActOnProjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleActOnProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"action"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectAction"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actOnAssetProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}},{"kind":"Argument","name":{"kind":"Name","value":"action"},"value":{"kind":"Variable","name":{"kind":"Name","value":"action"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<ConsoleActOnProjectMutation, ConsoleActOnProjectMutationVariables>;
export const ConsoleVillageHouseholdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleVillageHouseholds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"divisionCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"households"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"divisionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"divisionCode"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"householdNumber"}},{"kind":"Field","name":{"kind":"Name","value":"head"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"priorityHouseholds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"divisionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"divisionCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"householdId"}}]}}]}}]} as unknown as DocumentNode<ConsoleVillageHouseholdsQuery, ConsoleVillageHouseholdsQueryVariables>;
export const ConsoleApplyProjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleApplyProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApplyProjectInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applyAssetProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"noticeEndsOn"}}]}}]}}]} as unknown as DocumentNode<ConsoleApplyProjectMutation, ConsoleApplyProjectMutationVariables>;
export const AssistanceMeasureKindsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssistanceMeasureKinds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"divisionCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measureKinds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"divisionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"divisionCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nature"}},{"kind":"Field","name":{"kind":"Name","value":"requiredFields"}},{"kind":"Field","name":{"kind":"Name","value":"maxAmount"}},{"kind":"Field","name":{"kind":"Name","value":"maxTermMonths"}},{"kind":"Field","name":{"kind":"Name","value":"incomeSource"}},{"kind":"Field","name":{"kind":"Name","value":"answersRisks"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"definedBy"}},{"kind":"Field","name":{"kind":"Name","value":"national"}}]}}]}}]} as unknown as DocumentNode<AssistanceMeasureKindsQuery, AssistanceMeasureKindsQueryVariables>;
export const AssistanceSetMeasureKindDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssistanceSetMeasureKind"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"divisionCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MeasureKindInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setMeasureKind"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"divisionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"divisionCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<AssistanceSetMeasureKindMutation, AssistanceSetMeasureKindMutationVariables>;
export const AssistanceHouseholdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssistanceHousehold"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"household"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"householdNumber"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"head"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"labourCapacity"}},{"kind":"Field","name":{"kind":"Name","value":"workMonths"}}]}},{"kind":"Field","name":{"kind":"Name","value":"riskFactors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openCase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"identifiedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"incomes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"assistanceContributions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measureId"}},{"kind":"Field","name":{"kind":"Name","value":"kindName"}},{"kind":"Field","name":{"kind":"Name","value":"incomeSource"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"measures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"kindCode"}},{"kind":"Field","name":{"kind":"Name","value":"kindName"}},{"kind":"Field","name":{"kind":"Name","value":"nature"}},{"kind":"Field","name":{"kind":"Name","value":"incomeSource"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleUnit"}},{"kind":"Field","name":{"kind":"Name","value":"responsiblePerson"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"post"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyPay"}},{"kind":"Field","name":{"kind":"Name","value":"riskFactorIds"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"assistancePlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"targetOn"}},{"kind":"Field","name":{"kind":"Name","value":"goal"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"risks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"risk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"measures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kindName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"gaps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"assistanceGaps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"isPrimary"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"visits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"visitedOn"}},{"kind":"Field","name":{"kind":"Name","value":"visitorName"}},{"kind":"Field","name":{"kind":"Name","value":"findings"}},{"kind":"Field","name":{"kind":"Name","value":"incomeCheck"}},{"kind":"Field","name":{"kind":"Name","value":"incomeNote"}},{"kind":"Field","name":{"kind":"Name","value":"photoRef"}},{"kind":"Field","name":{"kind":"Name","value":"measureChecks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measureId"}},{"kind":"Field","name":{"kind":"Name","value":"working"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AssistanceHouseholdQuery, AssistanceHouseholdQueryVariables>;
export const AssistanceAddMeasureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssistanceAddMeasure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"householdId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MeasureInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addMeasure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"householdId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"householdId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AssistanceAddMeasureMutation, AssistanceAddMeasureMutationVariables>;
export const AssistanceSetMeasureStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssistanceSetMeasureStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MeasureStatus"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setMeasureStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<AssistanceSetMeasureStatusMutation, AssistanceSetMeasureStatusMutationVariables>;
export const AssistanceCreatePlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssistanceCreatePlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"householdId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAssistancePlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"householdId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"householdId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AssistanceCreatePlanMutation, AssistanceCreatePlanMutationVariables>;
export const AssistanceUpdatePlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssistanceUpdatePlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAssistancePlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<AssistanceUpdatePlanMutation, AssistanceUpdatePlanMutationVariables>;
export const AssistanceAddTeamMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssistanceAddTeamMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"householdId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TeamMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addTeamMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"householdId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"householdId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AssistanceAddTeamMemberMutation, AssistanceAddTeamMemberMutationVariables>;
export const AssistanceGapReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssistanceGapReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"divisionCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GapKind"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assistanceGaps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"divisionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"divisionCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"kinds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"divisionName"}},{"kind":"Field","name":{"kind":"Name","value":"monitoredHouseholds"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"divisionName"}},{"kind":"Field","name":{"kind":"Name","value":"monitoredHouseholds"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"householdId"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"householdNumber"}},{"kind":"Field","name":{"kind":"Name","value":"head"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AssistanceGapReportQuery, AssistanceGapReportQueryVariables>;
export const AssistanceContactPeopleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssistanceContactPeople"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"divisionCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contactPeople"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"divisionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"divisionCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"households"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"householdNumber"}},{"kind":"Field","name":{"kind":"Name","value":"head"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AssistanceContactPeopleQuery, AssistanceContactPeopleQueryVariables>;
export const AssistanceMyHouseholdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssistanceMyHouseholds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myHouseholds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"householdNumber"}},{"kind":"Field","name":{"kind":"Name","value":"head"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assistancePlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assistanceGaps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]} as unknown as DocumentNode<AssistanceMyHouseholdsQuery, AssistanceMyHouseholdsQueryVariables>;
export const AssistanceVisitsDueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssistanceVisitsDue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"visitsDue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"householdId"}},{"kind":"Field","name":{"kind":"Name","value":"lastVisitOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"householdNumber"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"head"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"measures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kindName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AssistanceVisitsDueQuery, AssistanceVisitsDueQueryVariables>;
export const AssistanceRecordVisitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssistanceRecordVisit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VisitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordVisit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clientKey"}},{"kind":"Field","name":{"kind":"Name","value":"visitedOn"}}]}}]}}]} as unknown as DocumentNode<AssistanceRecordVisitMutation, AssistanceRecordVisitMutationVariables>;
export const ConsoleAuditEntriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleAuditEntries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"action"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditAction"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entityName"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entityId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idNumber"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"actorName"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditEntries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"action"},"value":{"kind":"Variable","name":{"kind":"Name","value":"action"}}},{"kind":"Argument","name":{"kind":"Name","value":"entityName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entityName"}}},{"kind":"Argument","name":{"kind":"Name","value":"entityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entityId"}}},{"kind":"Argument","name":{"kind":"Name","value":"idNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idNumber"}}},{"kind":"Argument","name":{"kind":"Name","value":"actorName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"actorName"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"actorKind"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"divisionName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entityName"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"entityIds"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"changes"}},{"kind":"Field","name":{"kind":"Name","value":"references"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleAuditEntriesQuery, ConsoleAuditEntriesQueryVariables>;
export const ConsoleVillageYearDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleVillageYear"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"divisionCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"collectiveIncome"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"divisionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"divisionCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"assetIncome"}},{"kind":"Field","name":{"kind":"Name","value":"leasingIncome"}},{"kind":"Field","name":{"kind":"Name","value":"serviceIncome"}},{"kind":"Field","name":{"kind":"Name","value":"operatingIncome"}},{"kind":"Field","name":{"kind":"Name","value":"otherIncome"}},{"kind":"Field","name":{"kind":"Name","value":"costs"}},{"kind":"Field","name":{"kind":"Name","value":"distributable"}}]}},{"kind":"Field","name":{"kind":"Name","value":"distributionPlans"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"divisionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"divisionCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"justification"}},{"kind":"Field","name":{"kind":"Name","value":"noticeEndsOn"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"paidTotal"}},{"kind":"Field","name":{"kind":"Name","value":"flags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"guard"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"householdId"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"condition"}},{"kind":"Field","name":{"kind":"Name","value":"paid"}},{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"householdNumber"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"payments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"paidOn"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"householdNumber"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"toState"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"priorityHouseholds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"divisionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"divisionCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"householdId"}},{"kind":"Field","name":{"kind":"Name","value":"householdNumber"}},{"kind":"Field","name":{"kind":"Name","value":"headName"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}}]}},{"kind":"Field","name":{"kind":"Name","value":"households"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"divisionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"divisionCode"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"householdNumber"}},{"kind":"Field","name":{"kind":"Name","value":"head"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleVillageYearQuery, ConsoleVillageYearQueryVariables>;
export const ConsoleSetCollectiveIncomeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleSetCollectiveIncome"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"divisionCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CollectiveIncomeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setCollectiveIncome"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"divisionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"divisionCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"distributable"}}]}}]}}]} as unknown as DocumentNode<ConsoleSetCollectiveIncomeMutation, ConsoleSetCollectiveIncomeMutationVariables>;
export const ConsoleCheckPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleCheckPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"divisionCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lines"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DistributionLineInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkDistributionPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"divisionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"divisionCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"lines"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lines"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"distributable"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}},{"kind":"Field","name":{"kind":"Name","value":"flags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"guard"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"householdIds"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleCheckPlanQuery, ConsoleCheckPlanQueryVariables>;
export const ConsoleSavePlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleSavePlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"divisionCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DistributionPlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveDistributionPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"divisionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"divisionCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<ConsoleSavePlanMutation, ConsoleSavePlanMutationVariables>;
export const ConsoleActOnPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleActOnPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"planId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"action"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlanAction"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actOnDistributionPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"planId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planId"}}},{"kind":"Argument","name":{"kind":"Name","value":"action"},"value":{"kind":"Variable","name":{"kind":"Name","value":"action"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<ConsoleActOnPlanMutation, ConsoleActOnPlanMutationVariables>;
export const ConsoleRecordPaymentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleRecordPayment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordDistributionPayment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]} as unknown as DocumentNode<ConsoleRecordPaymentMutation, ConsoleRecordPaymentMutationVariables>;
export const ConsoleCollectiveIncomesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleCollectiveIncomes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"collectiveIncomes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"assetIncome"}},{"kind":"Field","name":{"kind":"Name","value":"distributable"}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleCollectiveIncomesQuery, ConsoleCollectiveIncomesQueryVariables>;
export const ConsoleRegionStatisticsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleRegionStatistics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"divisionCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regionStatistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"divisionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"divisionCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"divisionName"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"households"}},{"kind":"Field","name":{"kind":"Name","value":"persons"}},{"kind":"Field","name":{"kind":"Name","value":"monitoredHouseholds"}},{"kind":"Field","name":{"kind":"Name","value":"monitoredPersons"}},{"kind":"Field","name":{"kind":"Name","value":"monitoredRatio"}},{"kind":"Field","name":{"kind":"Name","value":"riskEliminatedHouseholds"}},{"kind":"Field","name":{"kind":"Name","value":"assistanceCoverageRate"}},{"kind":"Field","name":{"kind":"Name","value":"expectedRatio"}},{"kind":"Field","name":{"kind":"Name","value":"maxRatio"}},{"kind":"Field","name":{"kind":"Name","value":"warningRatio"}},{"kind":"Field","name":{"kind":"Name","value":"deepPoverty"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"suppressionThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"registeredPersons"}},{"kind":"Field","name":{"kind":"Name","value":"countedCategories"}},{"kind":"Field","name":{"kind":"Name","value":"byCategory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"households"}},{"kind":"Field","name":{"kind":"Name","value":"persons"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byRiskType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"riskType"}},{"kind":"Field","name":{"kind":"Name","value":"households"}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"divisionName"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"households"}},{"kind":"Field","name":{"kind":"Name","value":"persons"}},{"kind":"Field","name":{"kind":"Name","value":"monitoredHouseholds"}},{"kind":"Field","name":{"kind":"Name","value":"monitoredPersons"}},{"kind":"Field","name":{"kind":"Name","value":"monitoredRatio"}},{"kind":"Field","name":{"kind":"Name","value":"riskEliminatedHouseholds"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleRegionStatisticsQuery, ConsoleRegionStatisticsQueryVariables>;
export const ConsoleMonitoringTrendDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleMonitoringTrend"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"divisionCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"monitoringTrend"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"divisionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"divisionCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"identified"}},{"kind":"Field","name":{"kind":"Name","value":"eliminated"}},{"kind":"Field","name":{"kind":"Name","value":"monitoredAtMonthEnd"}}]}}]}}]} as unknown as DocumentNode<ConsoleMonitoringTrendQuery, ConsoleMonitoringTrendQueryVariables>;
export const ConsoleLoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleLogin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"username"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"username"},"value":{"kind":"Variable","name":{"kind":"Name","value":"username"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<ConsoleLoginMutation, ConsoleLoginMutationVariables>;
export const ConsoleLogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleLogout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"}}]}}]} as unknown as DocumentNode<ConsoleLogoutMutation, ConsoleLogoutMutationVariables>;
export const ConsoleChangePasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleChangePassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"oldPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changePassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"oldPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"oldPassword"}}},{"kind":"Argument","name":{"kind":"Name","value":"newPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}}}]}]}}]} as unknown as DocumentNode<ConsoleChangePasswordMutation, ConsoleChangePasswordMutationVariables>;
export const ConsoleRoleDefinitionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleRoleDefinitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roleDefinitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}}]}}]}}]} as unknown as DocumentNode<ConsoleRoleDefinitionsQuery, ConsoleRoleDefinitionsQueryVariables>;
export const ConsoleDepartmentBatchesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleDepartmentBatches"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"departmentBatches"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DepartmentBatchFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DepartmentBatchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DepartmentBatch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"submittedBy"}},{"kind":"Field","name":{"kind":"Name","value":"submittedByName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"processed"}},{"kind":"Field","name":{"kind":"Name","value":"matched"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}},{"kind":"Field","name":{"kind":"Name","value":"unmatchedCount"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<ConsoleDepartmentBatchesQuery, ConsoleDepartmentBatchesQueryVariables>;
export const ConsoleDepartmentBatchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleDepartmentBatch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"departmentBatch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DepartmentBatchFields"}},{"kind":"Field","name":{"kind":"Name","value":"invalid"}},{"kind":"Field","name":{"kind":"Name","value":"unmatched"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DepartmentBatchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DepartmentBatch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"submittedBy"}},{"kind":"Field","name":{"kind":"Name","value":"submittedByName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"processed"}},{"kind":"Field","name":{"kind":"Name","value":"matched"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}},{"kind":"Field","name":{"kind":"Name","value":"unmatchedCount"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<ConsoleDepartmentBatchQuery, ConsoleDepartmentBatchQueryVariables>;
export const ConsoleSubmitDepartmentRecordsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleSubmitDepartmentRecords"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fileBase64"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitDepartmentRecords"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fileBase64"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fileBase64"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DepartmentBatchFields"}},{"kind":"Field","name":{"kind":"Name","value":"invalid"}},{"kind":"Field","name":{"kind":"Name","value":"unmatched"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DepartmentBatchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DepartmentBatch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"submittedBy"}},{"kind":"Field","name":{"kind":"Name","value":"submittedByName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"processed"}},{"kind":"Field","name":{"kind":"Name","value":"matched"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}},{"kind":"Field","name":{"kind":"Name","value":"unmatchedCount"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<ConsoleSubmitDepartmentRecordsMutation, ConsoleSubmitDepartmentRecordsMutationVariables>;
export const ConsoleDepartmentWarningsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleDepartmentWarnings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"WarningStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"divisionCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"departmentWarnings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"divisionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"divisionCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DepartmentWarningFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DepartmentWarningFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DepartmentWarning"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"householdId"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"handledBy"}},{"kind":"Field","name":{"kind":"Name","value":"handledByName"}},{"kind":"Field","name":{"kind":"Name","value":"handleNote"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"householdNumber"}},{"kind":"Field","name":{"kind":"Name","value":"registrationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"monitoringCategory"}},{"kind":"Field","name":{"kind":"Name","value":"head"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"ancestors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleDepartmentWarningsQuery, ConsoleDepartmentWarningsQueryVariables>;
export const ConsoleConvertWarningToLeadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleConvertWarningToLead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"category"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MonitoringCategory"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"convertWarningToLead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"category"},"value":{"kind":"Variable","name":{"kind":"Name","value":"category"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DepartmentWarningFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DepartmentWarningFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DepartmentWarning"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"householdId"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"handledBy"}},{"kind":"Field","name":{"kind":"Name","value":"handledByName"}},{"kind":"Field","name":{"kind":"Name","value":"handleNote"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"householdNumber"}},{"kind":"Field","name":{"kind":"Name","value":"registrationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"monitoringCategory"}},{"kind":"Field","name":{"kind":"Name","value":"head"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"ancestors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleConvertWarningToLeadMutation, ConsoleConvertWarningToLeadMutationVariables>;
export const ConsoleDismissWarningDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleDismissWarning"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dismissWarning"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DepartmentWarningFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DepartmentWarningFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DepartmentWarning"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"householdId"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"handledBy"}},{"kind":"Field","name":{"kind":"Name","value":"handledByName"}},{"kind":"Field","name":{"kind":"Name","value":"handleNote"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"householdNumber"}},{"kind":"Field","name":{"kind":"Name","value":"registrationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"monitoringCategory"}},{"kind":"Field","name":{"kind":"Name","value":"head"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"ancestors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleDismissWarningMutation, ConsoleDismissWarningMutationVariables>;
export const ConsoleDivisionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleDivisions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"level"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DivisionLevel"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"parentCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"within"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"divisions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"Variable","name":{"kind":"Name","value":"level"}}},{"kind":"Argument","name":{"kind":"Name","value":"parentCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"parentCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"within"},"value":{"kind":"Variable","name":{"kind":"Name","value":"within"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DivisionFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DivisionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Division"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"parentCode"}},{"kind":"Field","name":{"kind":"Name","value":"deepPoverty"}}]}}]} as unknown as DocumentNode<ConsoleDivisionsQuery, ConsoleDivisionsQueryVariables>;
export const ConsoleDivisionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleDivision"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"division"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DivisionFields"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DivisionFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DivisionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Division"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"parentCode"}},{"kind":"Field","name":{"kind":"Name","value":"deepPoverty"}}]}}]} as unknown as DocumentNode<ConsoleDivisionQuery, ConsoleDivisionQueryVariables>;
export const ConsoleSearchDivisionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleSearchDivisions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchDivisions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DivisionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DivisionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Division"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"parentCode"}},{"kind":"Field","name":{"kind":"Name","value":"deepPoverty"}}]}}]} as unknown as DocumentNode<ConsoleSearchDivisionsQuery, ConsoleSearchDivisionsQueryVariables>;
export const ConsoleSetDivisionDeepPovertyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleSetDivisionDeepPoverty"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"deepPoverty"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setDivisionDeepPoverty"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"deepPoverty"},"value":{"kind":"Variable","name":{"kind":"Name","value":"deepPoverty"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DivisionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DivisionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Division"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"parentCode"}},{"kind":"Field","name":{"kind":"Name","value":"deepPoverty"}}]}}]} as unknown as DocumentNode<ConsoleSetDivisionDeepPovertyMutation, ConsoleSetDivisionDeepPovertyMutationVariables>;
export const HouseholdHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HouseholdHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"household"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actorKind"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"divisionName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entityName"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"changes"}},{"kind":"Field","name":{"kind":"Name","value":"references"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]}}]}}]} as unknown as DocumentNode<HouseholdHistoryQuery, HouseholdHistoryQueryVariables>;
export const ConsoleHouseholdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleHouseholds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"HouseholdFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sortBy"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HouseholdSortField"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sortOrder"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SortOrder"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"households"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sortBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sortBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"sortOrder"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sortOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HouseholdListFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HouseholdListFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Household"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"householdNumber"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"ancestors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"head"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"registrationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"liftedOutYear"}},{"kind":"Field","name":{"kind":"Name","value":"monitoringCategory"}},{"kind":"Field","name":{"kind":"Name","value":"monitoredSince"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"perCapitaNetIncome"}},{"kind":"Field","name":{"kind":"Name","value":"incomeYear"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"noLabourCapacity"}},{"kind":"Field","name":{"kind":"Name","value":"minimumLivingAllowance"}},{"kind":"Field","name":{"kind":"Name","value":"extremePoverty"}},{"kind":"Field","name":{"kind":"Name","value":"relocated"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<ConsoleHouseholdsQuery, ConsoleHouseholdsQueryVariables>;
export const ConsoleHouseholdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleHousehold"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withCases"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"household"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HouseholdDetailFields"}},{"kind":"Field","name":{"kind":"Name","value":"monitoringCases"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withCases"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseSummaryFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openCase"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withCases"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"Field","name":{"kind":"Name","value":"monitoringHistory"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withCases"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"identifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"eliminatedOn"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HouseholdListFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Household"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"householdNumber"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"ancestors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"head"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"registrationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"liftedOutYear"}},{"kind":"Field","name":{"kind":"Name","value":"monitoringCategory"}},{"kind":"Field","name":{"kind":"Name","value":"monitoredSince"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"perCapitaNetIncome"}},{"kind":"Field","name":{"kind":"Name","value":"incomeYear"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"noLabourCapacity"}},{"kind":"Field","name":{"kind":"Name","value":"minimumLivingAllowance"}},{"kind":"Field","name":{"kind":"Name","value":"extremePoverty"}},{"kind":"Field","name":{"kind":"Name","value":"relocated"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Member"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"householdId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"age"}},{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"ethnicity"}},{"kind":"Field","name":{"kind":"Name","value":"education"}},{"kind":"Field","name":{"kind":"Name","value":"schoolingStage"}},{"kind":"Field","name":{"kind":"Name","value":"healthStatus"}},{"kind":"Field","name":{"kind":"Name","value":"disabilityGrade"}},{"kind":"Field","name":{"kind":"Name","value":"labourCapacity"}},{"kind":"Field","name":{"kind":"Name","value":"workPlace"}},{"kind":"Field","name":{"kind":"Name","value":"workMonths"}},{"kind":"Field","name":{"kind":"Name","value":"medicalInsurance"}},{"kind":"Field","name":{"kind":"Name","value":"criticalIllnessInsurance"}},{"kind":"Field","name":{"kind":"Name","value":"pensionInsurance"}},{"kind":"Field","name":{"kind":"Name","value":"minimumLivingAllowance"}},{"kind":"Field","name":{"kind":"Name","value":"extremePoverty"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"removalReason"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IncomeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HouseholdIncome"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"wages"}},{"kind":"Field","name":{"kind":"Name","value":"operations"}},{"kind":"Field","name":{"kind":"Name","value":"property"}},{"kind":"Field","name":{"kind":"Name","value":"transfers"}},{"kind":"Field","name":{"kind":"Name","value":"subsidies"}},{"kind":"Field","name":{"kind":"Name","value":"productionCosts"}},{"kind":"Field","name":{"kind":"Name","value":"medicalExpense"}},{"kind":"Field","name":{"kind":"Name","value":"schoolingExpense"}},{"kind":"Field","name":{"kind":"Name","value":"disasterExpense"}},{"kind":"Field","name":{"kind":"Name","value":"accidentExpense"}},{"kind":"Field","name":{"kind":"Name","value":"netIncome"}},{"kind":"Field","name":{"kind":"Name","value":"perCapitaNetIncome"}},{"kind":"Field","name":{"kind":"Name","value":"rigidExpenditure"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RiskFactorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RiskFactor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"householdId"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedOn"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HouseholdDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Household"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HouseholdListFields"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"archiveReason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MemberFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"incomes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IncomeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"riskFactors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RiskFactorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MonitoringCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"householdId"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"openedOn"}},{"kind":"Field","name":{"kind":"Name","value":"identifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"noticeEndsOn"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"stateChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<ConsoleHouseholdQuery, ConsoleHouseholdQueryVariables>;
export const ConsoleCreateHouseholdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleCreateHousehold"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateHouseholdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createHousehold"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HouseholdDetailFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HouseholdListFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Household"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"householdNumber"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"ancestors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"head"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"registrationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"liftedOutYear"}},{"kind":"Field","name":{"kind":"Name","value":"monitoringCategory"}},{"kind":"Field","name":{"kind":"Name","value":"monitoredSince"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"perCapitaNetIncome"}},{"kind":"Field","name":{"kind":"Name","value":"incomeYear"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"noLabourCapacity"}},{"kind":"Field","name":{"kind":"Name","value":"minimumLivingAllowance"}},{"kind":"Field","name":{"kind":"Name","value":"extremePoverty"}},{"kind":"Field","name":{"kind":"Name","value":"relocated"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Member"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"householdId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"age"}},{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"ethnicity"}},{"kind":"Field","name":{"kind":"Name","value":"education"}},{"kind":"Field","name":{"kind":"Name","value":"schoolingStage"}},{"kind":"Field","name":{"kind":"Name","value":"healthStatus"}},{"kind":"Field","name":{"kind":"Name","value":"disabilityGrade"}},{"kind":"Field","name":{"kind":"Name","value":"labourCapacity"}},{"kind":"Field","name":{"kind":"Name","value":"workPlace"}},{"kind":"Field","name":{"kind":"Name","value":"workMonths"}},{"kind":"Field","name":{"kind":"Name","value":"medicalInsurance"}},{"kind":"Field","name":{"kind":"Name","value":"criticalIllnessInsurance"}},{"kind":"Field","name":{"kind":"Name","value":"pensionInsurance"}},{"kind":"Field","name":{"kind":"Name","value":"minimumLivingAllowance"}},{"kind":"Field","name":{"kind":"Name","value":"extremePoverty"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"removalReason"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IncomeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HouseholdIncome"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"wages"}},{"kind":"Field","name":{"kind":"Name","value":"operations"}},{"kind":"Field","name":{"kind":"Name","value":"property"}},{"kind":"Field","name":{"kind":"Name","value":"transfers"}},{"kind":"Field","name":{"kind":"Name","value":"subsidies"}},{"kind":"Field","name":{"kind":"Name","value":"productionCosts"}},{"kind":"Field","name":{"kind":"Name","value":"medicalExpense"}},{"kind":"Field","name":{"kind":"Name","value":"schoolingExpense"}},{"kind":"Field","name":{"kind":"Name","value":"disasterExpense"}},{"kind":"Field","name":{"kind":"Name","value":"accidentExpense"}},{"kind":"Field","name":{"kind":"Name","value":"netIncome"}},{"kind":"Field","name":{"kind":"Name","value":"perCapitaNetIncome"}},{"kind":"Field","name":{"kind":"Name","value":"rigidExpenditure"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RiskFactorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RiskFactor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"householdId"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedOn"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HouseholdDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Household"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HouseholdListFields"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"archiveReason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MemberFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"incomes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IncomeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"riskFactors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RiskFactorFields"}}]}}]}}]} as unknown as DocumentNode<ConsoleCreateHouseholdMutation, ConsoleCreateHouseholdMutationVariables>;
export const ConsoleUpdateHouseholdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleUpdateHousehold"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateHouseholdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateHousehold"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HouseholdDetailFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HouseholdListFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Household"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"householdNumber"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"ancestors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"head"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"registrationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"liftedOutYear"}},{"kind":"Field","name":{"kind":"Name","value":"monitoringCategory"}},{"kind":"Field","name":{"kind":"Name","value":"monitoredSince"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"perCapitaNetIncome"}},{"kind":"Field","name":{"kind":"Name","value":"incomeYear"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"noLabourCapacity"}},{"kind":"Field","name":{"kind":"Name","value":"minimumLivingAllowance"}},{"kind":"Field","name":{"kind":"Name","value":"extremePoverty"}},{"kind":"Field","name":{"kind":"Name","value":"relocated"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Member"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"householdId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"age"}},{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"ethnicity"}},{"kind":"Field","name":{"kind":"Name","value":"education"}},{"kind":"Field","name":{"kind":"Name","value":"schoolingStage"}},{"kind":"Field","name":{"kind":"Name","value":"healthStatus"}},{"kind":"Field","name":{"kind":"Name","value":"disabilityGrade"}},{"kind":"Field","name":{"kind":"Name","value":"labourCapacity"}},{"kind":"Field","name":{"kind":"Name","value":"workPlace"}},{"kind":"Field","name":{"kind":"Name","value":"workMonths"}},{"kind":"Field","name":{"kind":"Name","value":"medicalInsurance"}},{"kind":"Field","name":{"kind":"Name","value":"criticalIllnessInsurance"}},{"kind":"Field","name":{"kind":"Name","value":"pensionInsurance"}},{"kind":"Field","name":{"kind":"Name","value":"minimumLivingAllowance"}},{"kind":"Field","name":{"kind":"Name","value":"extremePoverty"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"removalReason"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IncomeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HouseholdIncome"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"wages"}},{"kind":"Field","name":{"kind":"Name","value":"operations"}},{"kind":"Field","name":{"kind":"Name","value":"property"}},{"kind":"Field","name":{"kind":"Name","value":"transfers"}},{"kind":"Field","name":{"kind":"Name","value":"subsidies"}},{"kind":"Field","name":{"kind":"Name","value":"productionCosts"}},{"kind":"Field","name":{"kind":"Name","value":"medicalExpense"}},{"kind":"Field","name":{"kind":"Name","value":"schoolingExpense"}},{"kind":"Field","name":{"kind":"Name","value":"disasterExpense"}},{"kind":"Field","name":{"kind":"Name","value":"accidentExpense"}},{"kind":"Field","name":{"kind":"Name","value":"netIncome"}},{"kind":"Field","name":{"kind":"Name","value":"perCapitaNetIncome"}},{"kind":"Field","name":{"kind":"Name","value":"rigidExpenditure"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RiskFactorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RiskFactor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"householdId"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedOn"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HouseholdDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Household"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HouseholdListFields"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"archiveReason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MemberFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"incomes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IncomeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"riskFactors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RiskFactorFields"}}]}}]}}]} as unknown as DocumentNode<ConsoleUpdateHouseholdMutation, ConsoleUpdateHouseholdMutationVariables>;
export const ConsoleSetHouseholdRegistrationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleSetHouseholdRegistration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"householdId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"registrationStatus"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegistrationStatus"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"liftedOutYear"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setHouseholdRegistration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"householdId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"householdId"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"registrationStatus"},"value":{"kind":"Variable","name":{"kind":"Name","value":"registrationStatus"}}},{"kind":"Argument","name":{"kind":"Name","value":"liftedOutYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"liftedOutYear"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HouseholdDetailFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HouseholdListFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Household"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"householdNumber"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"ancestors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"head"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"registrationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"liftedOutYear"}},{"kind":"Field","name":{"kind":"Name","value":"monitoringCategory"}},{"kind":"Field","name":{"kind":"Name","value":"monitoredSince"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"perCapitaNetIncome"}},{"kind":"Field","name":{"kind":"Name","value":"incomeYear"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"noLabourCapacity"}},{"kind":"Field","name":{"kind":"Name","value":"minimumLivingAllowance"}},{"kind":"Field","name":{"kind":"Name","value":"extremePoverty"}},{"kind":"Field","name":{"kind":"Name","value":"relocated"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Member"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"householdId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"age"}},{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"ethnicity"}},{"kind":"Field","name":{"kind":"Name","value":"education"}},{"kind":"Field","name":{"kind":"Name","value":"schoolingStage"}},{"kind":"Field","name":{"kind":"Name","value":"healthStatus"}},{"kind":"Field","name":{"kind":"Name","value":"disabilityGrade"}},{"kind":"Field","name":{"kind":"Name","value":"labourCapacity"}},{"kind":"Field","name":{"kind":"Name","value":"workPlace"}},{"kind":"Field","name":{"kind":"Name","value":"workMonths"}},{"kind":"Field","name":{"kind":"Name","value":"medicalInsurance"}},{"kind":"Field","name":{"kind":"Name","value":"criticalIllnessInsurance"}},{"kind":"Field","name":{"kind":"Name","value":"pensionInsurance"}},{"kind":"Field","name":{"kind":"Name","value":"minimumLivingAllowance"}},{"kind":"Field","name":{"kind":"Name","value":"extremePoverty"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"removalReason"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IncomeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HouseholdIncome"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"wages"}},{"kind":"Field","name":{"kind":"Name","value":"operations"}},{"kind":"Field","name":{"kind":"Name","value":"property"}},{"kind":"Field","name":{"kind":"Name","value":"transfers"}},{"kind":"Field","name":{"kind":"Name","value":"subsidies"}},{"kind":"Field","name":{"kind":"Name","value":"productionCosts"}},{"kind":"Field","name":{"kind":"Name","value":"medicalExpense"}},{"kind":"Field","name":{"kind":"Name","value":"schoolingExpense"}},{"kind":"Field","name":{"kind":"Name","value":"disasterExpense"}},{"kind":"Field","name":{"kind":"Name","value":"accidentExpense"}},{"kind":"Field","name":{"kind":"Name","value":"netIncome"}},{"kind":"Field","name":{"kind":"Name","value":"perCapitaNetIncome"}},{"kind":"Field","name":{"kind":"Name","value":"rigidExpenditure"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RiskFactorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RiskFactor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"householdId"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedOn"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HouseholdDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Household"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HouseholdListFields"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"archiveReason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MemberFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"incomes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IncomeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"riskFactors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RiskFactorFields"}}]}}]}}]} as unknown as DocumentNode<ConsoleSetHouseholdRegistrationMutation, ConsoleSetHouseholdRegistrationMutationVariables>;
export const ConsoleArchiveHouseholdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleArchiveHousehold"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archiveHousehold"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ConsoleArchiveHouseholdMutation, ConsoleArchiveHouseholdMutationVariables>;
export const ConsoleSetHouseholdIncomeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleSetHouseholdIncome"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"householdId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IncomeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setHouseholdIncome"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"householdId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"householdId"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IncomeFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IncomeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HouseholdIncome"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"wages"}},{"kind":"Field","name":{"kind":"Name","value":"operations"}},{"kind":"Field","name":{"kind":"Name","value":"property"}},{"kind":"Field","name":{"kind":"Name","value":"transfers"}},{"kind":"Field","name":{"kind":"Name","value":"subsidies"}},{"kind":"Field","name":{"kind":"Name","value":"productionCosts"}},{"kind":"Field","name":{"kind":"Name","value":"medicalExpense"}},{"kind":"Field","name":{"kind":"Name","value":"schoolingExpense"}},{"kind":"Field","name":{"kind":"Name","value":"disasterExpense"}},{"kind":"Field","name":{"kind":"Name","value":"accidentExpense"}},{"kind":"Field","name":{"kind":"Name","value":"netIncome"}},{"kind":"Field","name":{"kind":"Name","value":"perCapitaNetIncome"}},{"kind":"Field","name":{"kind":"Name","value":"rigidExpenditure"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<ConsoleSetHouseholdIncomeMutation, ConsoleSetHouseholdIncomeMutationVariables>;
export const ConsoleAddMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleAddMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"householdId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"householdId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"householdId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MemberFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Member"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"householdId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"age"}},{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"ethnicity"}},{"kind":"Field","name":{"kind":"Name","value":"education"}},{"kind":"Field","name":{"kind":"Name","value":"schoolingStage"}},{"kind":"Field","name":{"kind":"Name","value":"healthStatus"}},{"kind":"Field","name":{"kind":"Name","value":"disabilityGrade"}},{"kind":"Field","name":{"kind":"Name","value":"labourCapacity"}},{"kind":"Field","name":{"kind":"Name","value":"workPlace"}},{"kind":"Field","name":{"kind":"Name","value":"workMonths"}},{"kind":"Field","name":{"kind":"Name","value":"medicalInsurance"}},{"kind":"Field","name":{"kind":"Name","value":"criticalIllnessInsurance"}},{"kind":"Field","name":{"kind":"Name","value":"pensionInsurance"}},{"kind":"Field","name":{"kind":"Name","value":"minimumLivingAllowance"}},{"kind":"Field","name":{"kind":"Name","value":"extremePoverty"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"removalReason"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<ConsoleAddMemberMutation, ConsoleAddMemberMutationVariables>;
export const ConsoleUpdateMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleUpdateMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MemberFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Member"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"householdId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"age"}},{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"ethnicity"}},{"kind":"Field","name":{"kind":"Name","value":"education"}},{"kind":"Field","name":{"kind":"Name","value":"schoolingStage"}},{"kind":"Field","name":{"kind":"Name","value":"healthStatus"}},{"kind":"Field","name":{"kind":"Name","value":"disabilityGrade"}},{"kind":"Field","name":{"kind":"Name","value":"labourCapacity"}},{"kind":"Field","name":{"kind":"Name","value":"workPlace"}},{"kind":"Field","name":{"kind":"Name","value":"workMonths"}},{"kind":"Field","name":{"kind":"Name","value":"medicalInsurance"}},{"kind":"Field","name":{"kind":"Name","value":"criticalIllnessInsurance"}},{"kind":"Field","name":{"kind":"Name","value":"pensionInsurance"}},{"kind":"Field","name":{"kind":"Name","value":"minimumLivingAllowance"}},{"kind":"Field","name":{"kind":"Name","value":"extremePoverty"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"removalReason"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<ConsoleUpdateMemberMutation, ConsoleUpdateMemberMutationVariables>;
export const ConsoleRemoveMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleRemoveMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MemberFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Member"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"householdId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"age"}},{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"ethnicity"}},{"kind":"Field","name":{"kind":"Name","value":"education"}},{"kind":"Field","name":{"kind":"Name","value":"schoolingStage"}},{"kind":"Field","name":{"kind":"Name","value":"healthStatus"}},{"kind":"Field","name":{"kind":"Name","value":"disabilityGrade"}},{"kind":"Field","name":{"kind":"Name","value":"labourCapacity"}},{"kind":"Field","name":{"kind":"Name","value":"workPlace"}},{"kind":"Field","name":{"kind":"Name","value":"workMonths"}},{"kind":"Field","name":{"kind":"Name","value":"medicalInsurance"}},{"kind":"Field","name":{"kind":"Name","value":"criticalIllnessInsurance"}},{"kind":"Field","name":{"kind":"Name","value":"pensionInsurance"}},{"kind":"Field","name":{"kind":"Name","value":"minimumLivingAllowance"}},{"kind":"Field","name":{"kind":"Name","value":"extremePoverty"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"removalReason"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<ConsoleRemoveMemberMutation, ConsoleRemoveMemberMutationVariables>;
export const ConsoleSetHouseholdHeadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleSetHouseholdHead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"formerHeadRelation"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Relation"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setHouseholdHead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"memberId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}}},{"kind":"Argument","name":{"kind":"Name","value":"formerHeadRelation"},"value":{"kind":"Variable","name":{"kind":"Name","value":"formerHeadRelation"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ConsoleSetHouseholdHeadMutation, ConsoleSetHouseholdHeadMutationVariables>;
export const ConsoleHouseholdImportTemplateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleHouseholdImportTemplate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"householdImportTemplate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentBase64"}}]}}]}}]} as unknown as DocumentNode<ConsoleHouseholdImportTemplateQuery, ConsoleHouseholdImportTemplateQueryVariables>;
export const ConsoleStartHouseholdExportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleStartHouseholdExport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"HouseholdFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startHouseholdExport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExportJobFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExportJobFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExportJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"totalRows"}},{"kind":"Field","name":{"kind":"Name","value":"processedRows"}},{"kind":"Field","name":{"kind":"Name","value":"byteSize"}},{"kind":"Field","name":{"kind":"Name","value":"masked"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]} as unknown as DocumentNode<ConsoleStartHouseholdExportMutation, ConsoleStartHouseholdExportMutationVariables>;
export const ConsoleExportJobDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleExportJob"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExportJobFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExportJobFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExportJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"totalRows"}},{"kind":"Field","name":{"kind":"Name","value":"processedRows"}},{"kind":"Field","name":{"kind":"Name","value":"byteSize"}},{"kind":"Field","name":{"kind":"Name","value":"masked"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]} as unknown as DocumentNode<ConsoleExportJobQuery, ConsoleExportJobQueryVariables>;
export const ConsoleExportDownloadLinkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleExportDownloadLink"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createExportDownloadLink"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<ConsoleExportDownloadLinkMutation, ConsoleExportDownloadLinkMutationVariables>;
export const ConsoleImportErrorsDownloadLinkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleImportErrorsDownloadLink"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createImportErrorsDownloadLink"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<ConsoleImportErrorsDownloadLinkMutation, ConsoleImportErrorsDownloadLinkMutationVariables>;
export const ConsoleApplyImportJobDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleApplyImportJob"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applyImportJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImportJobFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImportJobFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"validOnly"}},{"kind":"Field","name":{"kind":"Name","value":"totalRows"}},{"kind":"Field","name":{"kind":"Name","value":"processedRows"}},{"kind":"Field","name":{"kind":"Name","value":"importedHouseholds"}},{"kind":"Field","name":{"kind":"Name","value":"importedMembers"}},{"kind":"Field","name":{"kind":"Name","value":"skippedHouseholds"}},{"kind":"Field","name":{"kind":"Name","value":"errorCount"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"changeCount"}},{"kind":"Field","name":{"kind":"Name","value":"updatedHouseholds"}},{"kind":"Field","name":{"kind":"Name","value":"conflictCount"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"householdNumber"}},{"kind":"Field","name":{"kind":"Name","value":"memberName"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<ConsoleApplyImportJobMutation, ConsoleApplyImportJobMutationVariables>;
export const ConsoleImportHouseholdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleImportHouseholds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fileBase64"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filename"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"validOnly"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportMode"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importHouseholds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fileBase64"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fileBase64"}}},{"kind":"Argument","name":{"kind":"Name","value":"filename"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filename"}}},{"kind":"Argument","name":{"kind":"Name","value":"validOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"validOnly"}}},{"kind":"Argument","name":{"kind":"Name","value":"mode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImportJobFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImportJobFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"validOnly"}},{"kind":"Field","name":{"kind":"Name","value":"totalRows"}},{"kind":"Field","name":{"kind":"Name","value":"processedRows"}},{"kind":"Field","name":{"kind":"Name","value":"importedHouseholds"}},{"kind":"Field","name":{"kind":"Name","value":"importedMembers"}},{"kind":"Field","name":{"kind":"Name","value":"skippedHouseholds"}},{"kind":"Field","name":{"kind":"Name","value":"errorCount"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"changeCount"}},{"kind":"Field","name":{"kind":"Name","value":"updatedHouseholds"}},{"kind":"Field","name":{"kind":"Name","value":"conflictCount"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"householdNumber"}},{"kind":"Field","name":{"kind":"Name","value":"memberName"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<ConsoleImportHouseholdsMutation, ConsoleImportHouseholdsMutationVariables>;
export const ConsoleImportJobDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleImportJob"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImportJobFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImportJobFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"validOnly"}},{"kind":"Field","name":{"kind":"Name","value":"totalRows"}},{"kind":"Field","name":{"kind":"Name","value":"processedRows"}},{"kind":"Field","name":{"kind":"Name","value":"importedHouseholds"}},{"kind":"Field","name":{"kind":"Name","value":"importedMembers"}},{"kind":"Field","name":{"kind":"Name","value":"skippedHouseholds"}},{"kind":"Field","name":{"kind":"Name","value":"errorCount"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"changeCount"}},{"kind":"Field","name":{"kind":"Name","value":"updatedHouseholds"}},{"kind":"Field","name":{"kind":"Name","value":"conflictCount"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"householdNumber"}},{"kind":"Field","name":{"kind":"Name","value":"memberName"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<ConsoleImportJobQuery, ConsoleImportJobQueryVariables>;
export const ConsoleAddRiskFactorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleAddRiskFactor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"householdId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RiskFactorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addRiskFactor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"householdId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"householdId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RiskFactorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RiskFactorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RiskFactor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"householdId"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedOn"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<ConsoleAddRiskFactorMutation, ConsoleAddRiskFactorMutationVariables>;
export const ConsoleResolveRiskFactorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleResolveRiskFactor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"resolvedOn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolveRiskFactor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"resolvedOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"resolvedOn"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RiskFactorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RiskFactorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RiskFactor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"householdId"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedOn"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<ConsoleResolveRiskFactorMutation, ConsoleResolveRiskFactorMutationVariables>;
export const ConsoleInsurancePoliciesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleInsurancePolicies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"insurancePolicies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InsurancePolicyFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InsurancePolicyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InsurancePolicy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"insurerName"}},{"kind":"Field","name":{"kind":"Name","value":"coveredDivisionCodes"}},{"kind":"Field","name":{"kind":"Name","value":"ruralPopulation"}},{"kind":"Field","name":{"kind":"Name","value":"baseShare"}},{"kind":"Field","name":{"kind":"Name","value":"premiumPerPerson"}},{"kind":"Field","name":{"kind":"Name","value":"insuredBase"}},{"kind":"Field","name":{"kind":"Name","value":"premium"}},{"kind":"Field","name":{"kind":"Name","value":"preventionLineAmount"}},{"kind":"Field","name":{"kind":"Name","value":"preventionLineMultiple"}},{"kind":"Field","name":{"kind":"Name","value":"povertyLine"}},{"kind":"Field","name":{"kind":"Name","value":"insuredCauses"}},{"kind":"Field","name":{"kind":"Name","value":"deductible"}},{"kind":"Field","name":{"kind":"Name","value":"personYearCap"}},{"kind":"Field","name":{"kind":"Name","value":"bands"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lowerBound"}},{"kind":"Field","name":{"kind":"Name","value":"upperBound"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"causeCaps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cause"}},{"kind":"Field","name":{"kind":"Name","value":"cap"}}]}}]}}]} as unknown as DocumentNode<ConsoleInsurancePoliciesQuery, ConsoleInsurancePoliciesQueryVariables>;
export const ConsoleSaveInsurancePolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleSaveInsurancePolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"divisionCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InsurancePolicyInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveInsurancePolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"divisionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"divisionCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InsurancePolicyFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InsurancePolicyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InsurancePolicy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"insurerName"}},{"kind":"Field","name":{"kind":"Name","value":"coveredDivisionCodes"}},{"kind":"Field","name":{"kind":"Name","value":"ruralPopulation"}},{"kind":"Field","name":{"kind":"Name","value":"baseShare"}},{"kind":"Field","name":{"kind":"Name","value":"premiumPerPerson"}},{"kind":"Field","name":{"kind":"Name","value":"insuredBase"}},{"kind":"Field","name":{"kind":"Name","value":"premium"}},{"kind":"Field","name":{"kind":"Name","value":"preventionLineAmount"}},{"kind":"Field","name":{"kind":"Name","value":"preventionLineMultiple"}},{"kind":"Field","name":{"kind":"Name","value":"povertyLine"}},{"kind":"Field","name":{"kind":"Name","value":"insuredCauses"}},{"kind":"Field","name":{"kind":"Name","value":"deductible"}},{"kind":"Field","name":{"kind":"Name","value":"personYearCap"}},{"kind":"Field","name":{"kind":"Name","value":"bands"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lowerBound"}},{"kind":"Field","name":{"kind":"Name","value":"upperBound"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"causeCaps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cause"}},{"kind":"Field","name":{"kind":"Name","value":"cap"}}]}}]}}]} as unknown as DocumentNode<ConsoleSaveInsurancePolicyMutation, ConsoleSaveInsurancePolicyMutationVariables>;
export const ConsoleInsurancePayoutPreviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleInsurancePayoutPreview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PayoutPreviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"insurancePayoutPreview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"aboveDeductible"}},{"kind":"Field","name":{"kind":"Name","value":"payoutAmount"}},{"kind":"Field","name":{"kind":"Name","value":"bands"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lowerBound"}},{"kind":"Field","name":{"kind":"Name","value":"upperBound"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleInsurancePayoutPreviewQuery, ConsoleInsurancePayoutPreviewQueryVariables>;
export const ConsoleInsuranceClaimQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleInsuranceClaimQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ClaimStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"insuranceClaimQueue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InsuranceClaimFields"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InsuranceClaimFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InsuranceClaim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"insurerName"}},{"kind":"Field","name":{"kind":"Name","value":"externalReference"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"policyYear"}},{"kind":"Field","name":{"kind":"Name","value":"cause"}},{"kind":"Field","name":{"kind":"Name","value":"incidentDate"}},{"kind":"Field","name":{"kind":"Name","value":"totalCost"}},{"kind":"Field","name":{"kind":"Name","value":"reimbursedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"selfPaidAmount"}},{"kind":"Field","name":{"kind":"Name","value":"perCapitaIncomeAfterLoss"}},{"kind":"Field","name":{"kind":"Name","value":"preventionLine"}},{"kind":"Field","name":{"kind":"Name","value":"payoutAmount"}},{"kind":"Field","name":{"kind":"Name","value":"reviewNote"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"paidOn"}},{"kind":"Field","name":{"kind":"Name","value":"paymentReference"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<ConsoleInsuranceClaimQueueQuery, ConsoleInsuranceClaimQueueQueryVariables>;
export const ConsoleInsuranceClaimDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleInsuranceClaim"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"insuranceClaim"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InsuranceClaimFields"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"relation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"householdNumber"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"perCapitaNetIncome"}},{"kind":"Field","name":{"kind":"Name","value":"incomeYear"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InsuranceClaimFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InsuranceClaim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"insurerName"}},{"kind":"Field","name":{"kind":"Name","value":"externalReference"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"policyYear"}},{"kind":"Field","name":{"kind":"Name","value":"cause"}},{"kind":"Field","name":{"kind":"Name","value":"incidentDate"}},{"kind":"Field","name":{"kind":"Name","value":"totalCost"}},{"kind":"Field","name":{"kind":"Name","value":"reimbursedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"selfPaidAmount"}},{"kind":"Field","name":{"kind":"Name","value":"perCapitaIncomeAfterLoss"}},{"kind":"Field","name":{"kind":"Name","value":"preventionLine"}},{"kind":"Field","name":{"kind":"Name","value":"payoutAmount"}},{"kind":"Field","name":{"kind":"Name","value":"reviewNote"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"paidOn"}},{"kind":"Field","name":{"kind":"Name","value":"paymentReference"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<ConsoleInsuranceClaimQuery, ConsoleInsuranceClaimQueryVariables>;
export const ConsoleReviewInsuranceClaimDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleReviewInsuranceClaim"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"approve"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewInsuranceClaim"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"approve"},"value":{"kind":"Variable","name":{"kind":"Name","value":"approve"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InsuranceClaimFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InsuranceClaimFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InsuranceClaim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"insurerName"}},{"kind":"Field","name":{"kind":"Name","value":"externalReference"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"policyYear"}},{"kind":"Field","name":{"kind":"Name","value":"cause"}},{"kind":"Field","name":{"kind":"Name","value":"incidentDate"}},{"kind":"Field","name":{"kind":"Name","value":"totalCost"}},{"kind":"Field","name":{"kind":"Name","value":"reimbursedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"selfPaidAmount"}},{"kind":"Field","name":{"kind":"Name","value":"perCapitaIncomeAfterLoss"}},{"kind":"Field","name":{"kind":"Name","value":"preventionLine"}},{"kind":"Field","name":{"kind":"Name","value":"payoutAmount"}},{"kind":"Field","name":{"kind":"Name","value":"reviewNote"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"paidOn"}},{"kind":"Field","name":{"kind":"Name","value":"paymentReference"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<ConsoleReviewInsuranceClaimMutation, ConsoleReviewInsuranceClaimMutationVariables>;
export const ConsoleRecordInsurancePaymentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleRecordInsurancePayment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"paidOn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"paymentReference"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordInsuranceClaimPayment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"paidOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"paidOn"}}},{"kind":"Argument","name":{"kind":"Name","value":"paymentReference"},"value":{"kind":"Variable","name":{"kind":"Name","value":"paymentReference"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InsuranceClaimFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InsuranceClaimFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InsuranceClaim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"insurerName"}},{"kind":"Field","name":{"kind":"Name","value":"externalReference"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"policyYear"}},{"kind":"Field","name":{"kind":"Name","value":"cause"}},{"kind":"Field","name":{"kind":"Name","value":"incidentDate"}},{"kind":"Field","name":{"kind":"Name","value":"totalCost"}},{"kind":"Field","name":{"kind":"Name","value":"reimbursedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"selfPaidAmount"}},{"kind":"Field","name":{"kind":"Name","value":"perCapitaIncomeAfterLoss"}},{"kind":"Field","name":{"kind":"Name","value":"preventionLine"}},{"kind":"Field","name":{"kind":"Name","value":"payoutAmount"}},{"kind":"Field","name":{"kind":"Name","value":"reviewNote"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"paidOn"}},{"kind":"Field","name":{"kind":"Name","value":"paymentReference"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<ConsoleRecordInsurancePaymentMutation, ConsoleRecordInsurancePaymentMutationVariables>;
export const ConsoleInsuranceSummaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleInsuranceSummary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"insuranceSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"insurerName"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"policies"}},{"kind":"Field","name":{"kind":"Name","value":"insuredBase"}},{"kind":"Field","name":{"kind":"Name","value":"premium"}},{"kind":"Field","name":{"kind":"Name","value":"claims"}},{"kind":"Field","name":{"kind":"Name","value":"submitted"}},{"kind":"Field","name":{"kind":"Name","value":"approved"}},{"kind":"Field","name":{"kind":"Name","value":"rejected"}},{"kind":"Field","name":{"kind":"Name","value":"paid"}},{"kind":"Field","name":{"kind":"Name","value":"payouts"}},{"kind":"Field","name":{"kind":"Name","value":"approvedUnpaid"}},{"kind":"Field","name":{"kind":"Name","value":"lossRatio"}}]}}]}}]} as unknown as DocumentNode<ConsoleInsuranceSummaryQuery, ConsoleInsuranceSummaryQueryVariables>;
export const ConsoleMonitoringCasesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleMonitoringCases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pendingForMe"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"overdue"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"states"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseState"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"category"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MonitoringCategory"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"divisionCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"monitoringCases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"pendingForMe"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pendingForMe"}}},{"kind":"Argument","name":{"kind":"Name","value":"overdue"},"value":{"kind":"Variable","name":{"kind":"Name","value":"overdue"}}},{"kind":"Argument","name":{"kind":"Name","value":"states"},"value":{"kind":"Variable","name":{"kind":"Name","value":"states"}}},{"kind":"Argument","name":{"kind":"Name","value":"category"},"value":{"kind":"Variable","name":{"kind":"Name","value":"category"}}},{"kind":"Argument","name":{"kind":"Name","value":"divisionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"divisionCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseListFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MonitoringCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"householdId"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"openedOn"}},{"kind":"Field","name":{"kind":"Name","value":"identifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"noticeEndsOn"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"stateChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseListFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MonitoringCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseSummaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"householdNumber"}},{"kind":"Field","name":{"kind":"Name","value":"head"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"ancestors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleMonitoringCasesQuery, ConsoleMonitoringCasesQueryVariables>;
export const ConsoleMonitoringCaseCountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleMonitoringCaseCounts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pendingForMe"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"overdue"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"states"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseState"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"category"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MonitoringCategory"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"divisionCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"monitoringCaseCounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"pendingForMe"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pendingForMe"}}},{"kind":"Argument","name":{"kind":"Name","value":"overdue"},"value":{"kind":"Variable","name":{"kind":"Name","value":"overdue"}}},{"kind":"Argument","name":{"kind":"Name","value":"states"},"value":{"kind":"Variable","name":{"kind":"Name","value":"states"}}},{"kind":"Argument","name":{"kind":"Name","value":"category"},"value":{"kind":"Variable","name":{"kind":"Name","value":"category"}}},{"kind":"Argument","name":{"kind":"Name","value":"divisionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"divisionCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"cases"}}]}}]}}]} as unknown as DocumentNode<ConsoleMonitoringCaseCountsQuery, ConsoleMonitoringCaseCountsQueryVariables>;
export const ConsoleStartMonitoringCaseExportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleStartMonitoringCaseExport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pendingForMe"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"overdue"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"states"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseState"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"category"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MonitoringCategory"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"divisionCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startMonitoringCaseExport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"pendingForMe"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pendingForMe"}}},{"kind":"Argument","name":{"kind":"Name","value":"overdue"},"value":{"kind":"Variable","name":{"kind":"Name","value":"overdue"}}},{"kind":"Argument","name":{"kind":"Name","value":"states"},"value":{"kind":"Variable","name":{"kind":"Name","value":"states"}}},{"kind":"Argument","name":{"kind":"Name","value":"category"},"value":{"kind":"Variable","name":{"kind":"Name","value":"category"}}},{"kind":"Argument","name":{"kind":"Name","value":"divisionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"divisionCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExportJobFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExportJobFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExportJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"totalRows"}},{"kind":"Field","name":{"kind":"Name","value":"processedRows"}},{"kind":"Field","name":{"kind":"Name","value":"byteSize"}},{"kind":"Field","name":{"kind":"Name","value":"masked"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]} as unknown as DocumentNode<ConsoleStartMonitoringCaseExportMutation, ConsoleStartMonitoringCaseExportMutationVariables>;
export const ConsoleMonitoringCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleMonitoringCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"monitoringCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseSummaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseEventFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseReviewFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"objections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseObjectionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HouseholdListFields"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"riskFactors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RiskFactorFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MonitoringCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"householdId"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"openedOn"}},{"kind":"Field","name":{"kind":"Name","value":"identifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"noticeEndsOn"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"stateChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"actorDisplayName"}},{"kind":"Field","name":{"kind":"Name","value":"fromState"}},{"kind":"Field","name":{"kind":"Name","value":"toState"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseReviewFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseReview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"deliberatedOn"}},{"kind":"Field","name":{"kind":"Name","value":"attendees"}},{"kind":"Field","name":{"kind":"Name","value":"attendeeCount"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"agreed"}},{"kind":"Field","name":{"kind":"Name","value":"noticeStartsOn"}},{"kind":"Field","name":{"kind":"Name","value":"noticeEndsOn"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseObjectionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseObjection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"answeredBy"}},{"kind":"Field","name":{"kind":"Name","value":"answeredOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HouseholdListFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Household"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"householdNumber"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"ancestors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"head"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"registrationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"liftedOutYear"}},{"kind":"Field","name":{"kind":"Name","value":"monitoringCategory"}},{"kind":"Field","name":{"kind":"Name","value":"monitoredSince"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"perCapitaNetIncome"}},{"kind":"Field","name":{"kind":"Name","value":"incomeYear"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"noLabourCapacity"}},{"kind":"Field","name":{"kind":"Name","value":"minimumLivingAllowance"}},{"kind":"Field","name":{"kind":"Name","value":"extremePoverty"}},{"kind":"Field","name":{"kind":"Name","value":"relocated"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RiskFactorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RiskFactor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"householdId"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedOn"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<ConsoleMonitoringCaseQuery, ConsoleMonitoringCaseQueryVariables>;
export const ConsoleActOnCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleActOnCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"action"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseAction"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"category"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MonitoringCategory"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actOnCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"action"},"value":{"kind":"Variable","name":{"kind":"Name","value":"action"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}},{"kind":"Argument","name":{"kind":"Name","value":"category"},"value":{"kind":"Variable","name":{"kind":"Name","value":"category"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseSummaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MonitoringCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"householdId"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"openedOn"}},{"kind":"Field","name":{"kind":"Name","value":"identifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"noticeEndsOn"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"stateChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<ConsoleActOnCaseMutation, ConsoleActOnCaseMutationVariables>;
export const ConsoleOpenLeadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleOpenLead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OpenLeadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openLead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseSummaryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MonitoringCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"householdId"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"openedOn"}},{"kind":"Field","name":{"kind":"Name","value":"identifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"noticeEndsOn"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"stateChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<ConsoleOpenLeadMutation, ConsoleOpenLeadMutationVariables>;
export const ConsoleIdentifyHouseholdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleIdentifyHouseholds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"divisionCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identifyHouseholds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"divisionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"divisionCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"matched"}},{"kind":"Field","name":{"kind":"Name","value":"leadsOpened"}},{"kind":"Field","name":{"kind":"Name","value":"alreadyOpen"}},{"kind":"Field","name":{"kind":"Name","value":"villagesWithoutLine"}}]}}]}}]} as unknown as DocumentNode<ConsoleIdentifyHouseholdsMutation, ConsoleIdentifyHouseholdsMutationVariables>;
export const ConsoleRecordVillageReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleRecordVillageReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VillageReviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordVillageReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseReviewFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseReviewFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseReview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"deliberatedOn"}},{"kind":"Field","name":{"kind":"Name","value":"attendees"}},{"kind":"Field","name":{"kind":"Name","value":"attendeeCount"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"agreed"}},{"kind":"Field","name":{"kind":"Name","value":"noticeStartsOn"}},{"kind":"Field","name":{"kind":"Name","value":"noticeEndsOn"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<ConsoleRecordVillageReviewMutation, ConsoleRecordVillageReviewMutationVariables>;
export const ConsoleRecordObjectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleRecordObjection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ObjectionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordObjection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseObjectionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseObjectionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseObjection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"answeredBy"}},{"kind":"Field","name":{"kind":"Name","value":"answeredOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<ConsoleRecordObjectionMutation, ConsoleRecordObjectionMutationVariables>;
export const ConsoleAnswerObjectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleAnswerObjection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"answer"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answerObjection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"answer"},"value":{"kind":"Variable","name":{"kind":"Name","value":"answer"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseObjectionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseObjectionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseObjection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"answeredBy"}},{"kind":"Field","name":{"kind":"Name","value":"answeredOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<ConsoleAnswerObjectionMutation, ConsoleAnswerObjectionMutationVariables>;
export const ConsolePolicyWhatIfDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsolePolicyWhatIf"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"divisionCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"incomeLine"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Money"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rigidExpenditureShare"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"incomeDropShare"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"subsidyShareWarning"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policyWhatIf"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"divisionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"divisionCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"incomeLine"},"value":{"kind":"Variable","name":{"kind":"Name","value":"incomeLine"}}},{"kind":"Argument","name":{"kind":"Name","value":"rigidExpenditureShare"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rigidExpenditureShare"}}},{"kind":"Argument","name":{"kind":"Name","value":"incomeDropShare"},"value":{"kind":"Variable","name":{"kind":"Name","value":"incomeDropShare"}}},{"kind":"Argument","name":{"kind":"Name","value":"subsidyShareWarning"},"value":{"kind":"Variable","name":{"kind":"Name","value":"subsidyShareWarning"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"divisionName"}},{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WhatIfFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"proposed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WhatIfFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"divisionName"}},{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WhatIfFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"proposed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WhatIfFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WhatIfFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WhatIfFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matched"}},{"kind":"Field","name":{"kind":"Name","value":"belowIncomeLine"}},{"kind":"Field","name":{"kind":"Name","value":"rigidExpenditure"}},{"kind":"Field","name":{"kind":"Name","value":"incomeDrop"}},{"kind":"Field","name":{"kind":"Name","value":"subsidyShare"}}]}}]} as unknown as DocumentNode<ConsolePolicyWhatIfQuery, ConsolePolicyWhatIfQueryVariables>;
export const ConsoleEffectivePolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleEffectivePolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"divisionCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"effectivePolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"divisionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"divisionCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"incomeLine"}},{"kind":"Field","name":{"kind":"Name","value":"rigidExpenditureShare"}},{"kind":"Field","name":{"kind":"Name","value":"incomeDropShare"}},{"kind":"Field","name":{"kind":"Name","value":"subsidyShareWarning"}},{"kind":"Field","name":{"kind":"Name","value":"exitStabilityMonths"}},{"kind":"Field","name":{"kind":"Name","value":"publicNoticeDays"}},{"kind":"Field","name":{"kind":"Name","value":"expectedMonitoredRatio"}},{"kind":"Field","name":{"kind":"Name","value":"maxMonitoredRatio"}},{"kind":"Field","name":{"kind":"Name","value":"overdueDays"}},{"kind":"Field","name":{"kind":"Name","value":"medicalSelfPayThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"disasterLossThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"warningWindowMonths"}},{"kind":"Field","name":{"kind":"Name","value":"disabilityWarningGrade"}},{"kind":"Field","name":{"kind":"Name","value":"procedureTemplate"}},{"kind":"Field","name":{"kind":"Name","value":"exitPublicNoticeDays"}},{"kind":"Field","name":{"kind":"Name","value":"incomeLineMultiple"}},{"kind":"Field","name":{"kind":"Name","value":"nationalPovertyLine"}},{"kind":"Field","name":{"kind":"Name","value":"monitoredRatioWarning"}},{"kind":"Field","name":{"kind":"Name","value":"monitoredCategories"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"divisionName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"policies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PolicyValues"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PolicyValues"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MonitoringPolicy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incomeLine"}},{"kind":"Field","name":{"kind":"Name","value":"rigidExpenditureShare"}},{"kind":"Field","name":{"kind":"Name","value":"incomeDropShare"}},{"kind":"Field","name":{"kind":"Name","value":"subsidyShareWarning"}},{"kind":"Field","name":{"kind":"Name","value":"exitStabilityMonths"}},{"kind":"Field","name":{"kind":"Name","value":"publicNoticeDays"}},{"kind":"Field","name":{"kind":"Name","value":"expectedMonitoredRatio"}},{"kind":"Field","name":{"kind":"Name","value":"maxMonitoredRatio"}},{"kind":"Field","name":{"kind":"Name","value":"overdueDays"}},{"kind":"Field","name":{"kind":"Name","value":"medicalSelfPayThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"disasterLossThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"warningWindowMonths"}},{"kind":"Field","name":{"kind":"Name","value":"disabilityWarningGrade"}},{"kind":"Field","name":{"kind":"Name","value":"procedureTemplate"}},{"kind":"Field","name":{"kind":"Name","value":"exitPublicNoticeDays"}},{"kind":"Field","name":{"kind":"Name","value":"incomeLineMultiple"}},{"kind":"Field","name":{"kind":"Name","value":"nationalPovertyLine"}},{"kind":"Field","name":{"kind":"Name","value":"monitoredRatioWarning"}},{"kind":"Field","name":{"kind":"Name","value":"monitoredCategories"}}]}}]} as unknown as DocumentNode<ConsoleEffectivePolicyQuery, ConsoleEffectivePolicyQueryVariables>;
export const ConsoleSetPolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleSetPolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"divisionCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"divisionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"divisionCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PolicyValues"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PolicyValues"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MonitoringPolicy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incomeLine"}},{"kind":"Field","name":{"kind":"Name","value":"rigidExpenditureShare"}},{"kind":"Field","name":{"kind":"Name","value":"incomeDropShare"}},{"kind":"Field","name":{"kind":"Name","value":"subsidyShareWarning"}},{"kind":"Field","name":{"kind":"Name","value":"exitStabilityMonths"}},{"kind":"Field","name":{"kind":"Name","value":"publicNoticeDays"}},{"kind":"Field","name":{"kind":"Name","value":"expectedMonitoredRatio"}},{"kind":"Field","name":{"kind":"Name","value":"maxMonitoredRatio"}},{"kind":"Field","name":{"kind":"Name","value":"overdueDays"}},{"kind":"Field","name":{"kind":"Name","value":"medicalSelfPayThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"disasterLossThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"warningWindowMonths"}},{"kind":"Field","name":{"kind":"Name","value":"disabilityWarningGrade"}},{"kind":"Field","name":{"kind":"Name","value":"procedureTemplate"}},{"kind":"Field","name":{"kind":"Name","value":"exitPublicNoticeDays"}},{"kind":"Field","name":{"kind":"Name","value":"incomeLineMultiple"}},{"kind":"Field","name":{"kind":"Name","value":"nationalPovertyLine"}},{"kind":"Field","name":{"kind":"Name","value":"monitoredRatioWarning"}},{"kind":"Field","name":{"kind":"Name","value":"monitoredCategories"}}]}}]} as unknown as DocumentNode<ConsoleSetPolicyMutation, ConsoleSetPolicyMutationVariables>;
export const PublicDivisionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublicDivisions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"parentCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publicDivisions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"parentCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"parentCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}}]} as unknown as DocumentNode<PublicDivisionsQuery, PublicDivisionsQueryVariables>;
export const SubmitSelfReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitSelfReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SelfReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitSelfReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<SubmitSelfReportMutation, SubmitSelfReportMutationVariables>;
export const ConsoleSelfReportsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleSelfReports"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SelfReportStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"divisionCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"selfReports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"divisionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"divisionCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SelfReportFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SelfReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SelfReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"householdId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"difficulty"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"handledBy"}},{"kind":"Field","name":{"kind":"Name","value":"handleNote"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"householdNumber"}},{"kind":"Field","name":{"kind":"Name","value":"head"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleSelfReportsQuery, ConsoleSelfReportsQueryVariables>;
export const ConsoleHandleSelfReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleHandleSelfReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"decision"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SelfReportDecision"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"householdId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"category"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MonitoringCategory"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"handleSelfReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"decision"},"value":{"kind":"Variable","name":{"kind":"Name","value":"decision"}}},{"kind":"Argument","name":{"kind":"Name","value":"householdId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"householdId"}}},{"kind":"Argument","name":{"kind":"Name","value":"category"},"value":{"kind":"Variable","name":{"kind":"Name","value":"category"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SelfReportFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SelfReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SelfReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"householdId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"difficulty"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"handledBy"}},{"kind":"Field","name":{"kind":"Name","value":"handleNote"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"householdNumber"}},{"kind":"Field","name":{"kind":"Name","value":"head"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleHandleSelfReportMutation, ConsoleHandleSelfReportMutationVariables>;
export const ConsoleSupervisionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleSupervision"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"divisionCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supervision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"divisionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"divisionCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"overdueDays"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SupervisionRowFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SupervisionRowFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupervisionRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupervisionRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"divisionName"}},{"kind":"Field","name":{"kind":"Name","value":"persons"}},{"kind":"Field","name":{"kind":"Name","value":"monitoredPersons"}},{"kind":"Field","name":{"kind":"Name","value":"registeredPersons"}},{"kind":"Field","name":{"kind":"Name","value":"countedMonitoredPersons"}},{"kind":"Field","name":{"kind":"Name","value":"monitoredRatio"}},{"kind":"Field","name":{"kind":"Name","value":"deepPoverty"}},{"kind":"Field","name":{"kind":"Name","value":"expectedRatio"}},{"kind":"Field","name":{"kind":"Name","value":"maxRatio"}},{"kind":"Field","name":{"kind":"Name","value":"warningRatio"}},{"kind":"Field","name":{"kind":"Name","value":"ratioFlag"}},{"kind":"Field","name":{"kind":"Name","value":"overdueCases"}},{"kind":"Field","name":{"kind":"Name","value":"byState"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"cases"}}]}}]}}]} as unknown as DocumentNode<ConsoleSupervisionQuery, ConsoleSupervisionQueryVariables>;
export const ConsoleStartSupervisionExportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleStartSupervisionExport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"divisionCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startSupervisionExport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"divisionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"divisionCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExportJobFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExportJobFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExportJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"totalRows"}},{"kind":"Field","name":{"kind":"Name","value":"processedRows"}},{"kind":"Field","name":{"kind":"Name","value":"byteSize"}},{"kind":"Field","name":{"kind":"Name","value":"masked"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]} as unknown as DocumentNode<ConsoleStartSupervisionExportMutation, ConsoleStartSupervisionExportMutationVariables>;
export const ConsoleUsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleUsers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"role"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Role"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"disabled"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"divisionCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"role"},"value":{"kind":"Variable","name":{"kind":"Name","value":"role"}}},{"kind":"Argument","name":{"kind":"Name","value":"disabled"},"value":{"kind":"Variable","name":{"kind":"Name","value":"disabled"}}},{"kind":"Argument","name":{"kind":"Name","value":"divisionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"divisionCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<ConsoleUsersQuery, ConsoleUsersQueryVariables>;
export const ConsoleUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<ConsoleUserQuery, ConsoleUserQueryVariables>;
export const ConsoleCreateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleCreateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<ConsoleCreateUserMutation, ConsoleCreateUserMutationVariables>;
export const ConsoleUpdateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleUpdateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<ConsoleUpdateUserMutation, ConsoleUpdateUserMutationVariables>;
export const ConsoleSetUserDisabledDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleSetUserDisabled"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"disabled"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setUserDisabled"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"disabled"},"value":{"kind":"Variable","name":{"kind":"Name","value":"disabled"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<ConsoleSetUserDisabledMutation, ConsoleSetUserDisabledMutationVariables>;
export const ConsoleResetUserPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleResetUserPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetUserPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"newPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<ConsoleResetUserPasswordMutation, ConsoleResetUserPasswordMutationVariables>;