import type { GapKind, IncomeCheck, IncomeSource, MeasureField, MeasureNature, MeasureStatus, PlanStatus, TeamRole } from '../gql/graphql';

/** Chinese labels of the assistance enums: the same words as the API's schema (test/unit/labels.test.ts). */
export const MEASURE_NATURE_LABELS: Record<MeasureNature, string> = {
  DEVELOPMENT: '开发式帮扶',
  PROTECTIVE: '保障性帮扶',
};

export const MEASURE_FIELD_LABELS: Record<MeasureField, string> = {
  MEMBER: '受益成员',
  AMOUNT: '金额',
  STARTS_ON: '开始日期',
  ENDS_ON: '结束日期',
  POST: '岗位',
  MONTHLY_PAY: '月工资',
  RESPONSIBLE_PERSON: '帮扶责任人',
};

export const INCOME_SOURCE_LABELS: Record<IncomeSource, string> = {
  WAGES: '工资性收入',
  OPERATIONS: '生产经营性收入',
  PROPERTY: '财产性收入',
  TRANSFERS: '转移性收入',
  NONE: '不计入收入',
};

export const MEASURE_STATUS_LABELS: Record<MeasureStatus, string> = {
  PLANNED: '计划中',
  IN_EFFECT: '落实中',
  ENDED: '已结束',
};

export const PLAN_STATUS_LABELS: Record<PlanStatus, string> = {
  DRAFT: '制定中',
  IN_PROGRESS: '实施中',
  COMPLETED: '已完成',
};

export const TEAM_ROLE_LABELS: Record<TeamRole, string> = {
  VILLAGE_COMMITTEE: '村两委',
  RESIDENT_TEAM: '驻村工作队',
  PAIRED_CADRE: '结对帮扶干部',
};

export const INCOME_CHECK_LABELS: Record<IncomeCheck, string> = {
  STABLE: '收入稳定',
  INCREASED: '收入增加',
  DECREASED: '收入下降',
  NOT_CHECKED: '未核实',
};

export const GAP_KIND_LABELS: Record<GapKind, string> = {
  LABOUR_WITHOUT_DEVELOPMENT: '有劳动力但无开发式帮扶措施',
  NO_LABOUR_WITHOUT_PROTECTIVE: '无劳动力但无保障性帮扶措施',
  NO_STABLE_EMPLOYMENT: '有劳动力但无人稳定就业',
  RISK_WITHOUT_MEASURE: '风险因素无对应帮扶措施',
  CONFIRMED_WITHOUT_PLAN: '认定后逾期未制定帮扶计划',
  LOAN_PAST_TERM: '小额信贷超期未结清',
  VISIT_OVERDUE: '逾期未回访',
};
