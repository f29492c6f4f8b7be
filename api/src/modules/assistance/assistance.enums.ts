import { registerEnum } from '../../common/enum-labels';

/** 开发式 (for households with labour) or 保障性 (for those without): seed 001 四. */
export enum MeasureNature {
  DEVELOPMENT = 'DEVELOPMENT',
  PROTECTIVE = 'PROTECTIVE',
}

export const MEASURE_NATURE_LABELS = registerEnum(MeasureNature, 'MeasureNature', '帮扶性质', {
  DEVELOPMENT: '开发式帮扶',
  PROTECTIVE: '保障性帮扶',
});

/** Fields a kind of measure may require beyond kind, unit and status. */
export enum MeasureField {
  MEMBER = 'MEMBER',
  AMOUNT = 'AMOUNT',
  STARTS_ON = 'STARTS_ON',
  ENDS_ON = 'ENDS_ON',
  POST = 'POST',
  MONTHLY_PAY = 'MONTHLY_PAY',
  RESPONSIBLE_PERSON = 'RESPONSIBLE_PERSON',
}

export const MEASURE_FIELD_LABELS = registerEnum(MeasureField, 'MeasureField', '帮扶措施的填报项', {
  MEMBER: '受益成员',
  AMOUNT: '金额',
  STARTS_ON: '开始日期',
  ENDS_ON: '结束日期',
  POST: '岗位',
  MONTHLY_PAY: '月工资',
  RESPONSIBLE_PERSON: '帮扶责任人',
});

/** Which part of the household's income the money of a measure is (NONE: not income, e.g. a loan). */
export enum IncomeSource {
  WAGES = 'WAGES',
  OPERATIONS = 'OPERATIONS',
  PROPERTY = 'PROPERTY',
  TRANSFERS = 'TRANSFERS',
  NONE = 'NONE',
}

export const INCOME_SOURCE_LABELS = registerEnum(IncomeSource, 'IncomeSource', '计入哪类收入', {
  WAGES: '工资性收入',
  OPERATIONS: '生产经营性收入',
  PROPERTY: '财产性收入',
  TRANSFERS: '转移性收入',
  NONE: '不计入收入',
});

export enum MeasureStatus {
  PLANNED = 'PLANNED',
  IN_EFFECT = 'IN_EFFECT',
  ENDED = 'ENDED',
}

export const MEASURE_STATUS_LABELS = registerEnum(MeasureStatus, 'MeasureStatus', '帮扶措施状态', {
  PLANNED: '计划中',
  IN_EFFECT: '落实中',
  ENDED: '已结束',
});

/** 一户一策 status: drafted when the county confirms the case, then carried out, then done. */
export enum PlanStatus {
  DRAFT = 'DRAFT',
  IN_PROGRESS = 'IN_PROGRESS',
  COMPLETED = 'COMPLETED',
}

export const PLAN_STATUS_LABELS = registerEnum(PlanStatus, 'PlanStatus', '一户一策状态', {
  DRAFT: '制定中',
  IN_PROGRESS: '实施中',
  COMPLETED: '已完成',
});

/** 一户一专班: seed 001 "主要由村两委、驻村工作队、结对帮扶干部等组成工作专班". */
export enum TeamRole {
  VILLAGE_COMMITTEE = 'VILLAGE_COMMITTEE',
  RESIDENT_TEAM = 'RESIDENT_TEAM',
  PAIRED_CADRE = 'PAIRED_CADRE',
}

export const TEAM_ROLE_LABELS = registerEnum(TeamRole, 'TeamRole', '专班成员身份', {
  VILLAGE_COMMITTEE: '村两委',
  RESIDENT_TEAM: '驻村工作队',
  PAIRED_CADRE: '结对帮扶干部',
});

/** 走访时的收入核实 */
export enum IncomeCheck {
  STABLE = 'STABLE',
  INCREASED = 'INCREASED',
  DECREASED = 'DECREASED',
  NOT_CHECKED = 'NOT_CHECKED',
}

export const INCOME_CHECK_LABELS = registerEnum(IncomeCheck, 'IncomeCheck', '走访收入核实', {
  STABLE: '收入稳定',
  INCREASED: '收入增加',
  DECREASED: '收入下降',
  NOT_CHECKED: '未核实',
});

/** The coverage rules (seed 001 四, seed 003 3) and the follow-up checks, as gap kinds. */
export enum GapKind {
  LABOUR_WITHOUT_DEVELOPMENT = 'LABOUR_WITHOUT_DEVELOPMENT',
  NO_LABOUR_WITHOUT_PROTECTIVE = 'NO_LABOUR_WITHOUT_PROTECTIVE',
  NO_STABLE_EMPLOYMENT = 'NO_STABLE_EMPLOYMENT',
  RISK_WITHOUT_MEASURE = 'RISK_WITHOUT_MEASURE',
  CONFIRMED_WITHOUT_PLAN = 'CONFIRMED_WITHOUT_PLAN',
  LOAN_PAST_TERM = 'LOAN_PAST_TERM',
  VISIT_OVERDUE = 'VISIT_OVERDUE',
}

export const GAP_KIND_LABELS = registerEnum(GapKind, 'GapKind', '帮扶缺口类型', {
  LABOUR_WITHOUT_DEVELOPMENT: '有劳动力但无开发式帮扶措施',
  NO_LABOUR_WITHOUT_PROTECTIVE: '无劳动力但无保障性帮扶措施',
  NO_STABLE_EMPLOYMENT: '有劳动力但无人稳定就业',
  RISK_WITHOUT_MEASURE: '风险因素无对应帮扶措施',
  CONFIRMED_WITHOUT_PLAN: '认定后逾期未制定帮扶计划',
  LOAN_PAST_TERM: '小额信贷超期未结清',
  VISIT_OVERDUE: '逾期未回访',
});
