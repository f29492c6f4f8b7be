import { registerEnumType } from 'type-graphql';
import { chineseValues } from '../../common/enum-labels';

/** 开发式 (for households with labour) or 保障性 (for those without): seed 001 四. */
export enum MeasureNature {
  DEVELOPMENT = 'DEVELOPMENT',
  PROTECTIVE = 'PROTECTIVE',
}

export const MEASURE_NATURE_LABELS: Record<MeasureNature, string> = {
  [MeasureNature.DEVELOPMENT]: '开发式帮扶',
  [MeasureNature.PROTECTIVE]: '保障性帮扶',
};

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

export const MEASURE_FIELD_LABELS: Record<MeasureField, string> = {
  [MeasureField.MEMBER]: '受益成员',
  [MeasureField.AMOUNT]: '金额',
  [MeasureField.STARTS_ON]: '开始日期',
  [MeasureField.ENDS_ON]: '结束日期',
  [MeasureField.POST]: '岗位',
  [MeasureField.MONTHLY_PAY]: '月工资',
  [MeasureField.RESPONSIBLE_PERSON]: '帮扶责任人',
};

/** Which part of the household's income the money of a measure is (NONE: not income, e.g. a loan). */
export enum IncomeSource {
  WAGES = 'WAGES',
  OPERATIONS = 'OPERATIONS',
  PROPERTY = 'PROPERTY',
  TRANSFERS = 'TRANSFERS',
  NONE = 'NONE',
}

export const INCOME_SOURCE_LABELS: Record<IncomeSource, string> = {
  [IncomeSource.WAGES]: '工资性收入',
  [IncomeSource.OPERATIONS]: '生产经营性收入',
  [IncomeSource.PROPERTY]: '财产性收入',
  [IncomeSource.TRANSFERS]: '转移性收入',
  [IncomeSource.NONE]: '不计入收入',
};

export enum MeasureStatus {
  PLANNED = 'PLANNED',
  IN_EFFECT = 'IN_EFFECT',
  ENDED = 'ENDED',
}

export const MEASURE_STATUS_LABELS: Record<MeasureStatus, string> = {
  [MeasureStatus.PLANNED]: '计划中',
  [MeasureStatus.IN_EFFECT]: '落实中',
  [MeasureStatus.ENDED]: '已结束',
};

/** 一户一策 status: drafted when the county confirms the case, then carried out, then done. */
export enum PlanStatus {
  DRAFT = 'DRAFT',
  IN_PROGRESS = 'IN_PROGRESS',
  COMPLETED = 'COMPLETED',
}

export const PLAN_STATUS_LABELS: Record<PlanStatus, string> = {
  [PlanStatus.DRAFT]: '制定中',
  [PlanStatus.IN_PROGRESS]: '实施中',
  [PlanStatus.COMPLETED]: '已完成',
};

/** 一户一专班: seed 001 "主要由村两委、驻村工作队、结对帮扶干部等组成工作专班". */
export enum TeamRole {
  VILLAGE_COMMITTEE = 'VILLAGE_COMMITTEE',
  RESIDENT_TEAM = 'RESIDENT_TEAM',
  PAIRED_CADRE = 'PAIRED_CADRE',
}

export const TEAM_ROLE_LABELS: Record<TeamRole, string> = {
  [TeamRole.VILLAGE_COMMITTEE]: '村两委',
  [TeamRole.RESIDENT_TEAM]: '驻村工作队',
  [TeamRole.PAIRED_CADRE]: '结对帮扶干部',
};

/** 走访时的收入核实 */
export enum IncomeCheck {
  STABLE = 'STABLE',
  INCREASED = 'INCREASED',
  DECREASED = 'DECREASED',
  NOT_CHECKED = 'NOT_CHECKED',
}

export const INCOME_CHECK_LABELS: Record<IncomeCheck, string> = {
  [IncomeCheck.STABLE]: '收入稳定',
  [IncomeCheck.INCREASED]: '收入增加',
  [IncomeCheck.DECREASED]: '收入下降',
  [IncomeCheck.NOT_CHECKED]: '未核实',
};

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

export const GAP_KIND_LABELS: Record<GapKind, string> = {
  [GapKind.LABOUR_WITHOUT_DEVELOPMENT]: '有劳动力但无开发式帮扶措施',
  [GapKind.NO_LABOUR_WITHOUT_PROTECTIVE]: '无劳动力但无保障性帮扶措施',
  [GapKind.NO_STABLE_EMPLOYMENT]: '有劳动力但无人稳定就业',
  [GapKind.RISK_WITHOUT_MEASURE]: '风险因素无对应帮扶措施',
  [GapKind.CONFIRMED_WITHOUT_PLAN]: '认定后逾期未制定帮扶计划',
  [GapKind.LOAN_PAST_TERM]: '小额信贷超期未结清',
  [GapKind.VISIT_OVERDUE]: '逾期未回访',
};

registerEnumType(MeasureNature, { name: 'MeasureNature', description: '帮扶性质', valuesConfig: chineseValues(MEASURE_NATURE_LABELS) });
registerEnumType(MeasureField, { name: 'MeasureField', description: '帮扶措施的填报项', valuesConfig: chineseValues(MEASURE_FIELD_LABELS) });
registerEnumType(IncomeSource, { name: 'IncomeSource', description: '计入哪类收入', valuesConfig: chineseValues(INCOME_SOURCE_LABELS) });
registerEnumType(MeasureStatus, { name: 'MeasureStatus', description: '帮扶措施状态', valuesConfig: chineseValues(MEASURE_STATUS_LABELS) });
registerEnumType(PlanStatus, { name: 'PlanStatus', description: '一户一策状态', valuesConfig: chineseValues(PLAN_STATUS_LABELS) });
registerEnumType(TeamRole, { name: 'TeamRole', description: '专班成员身份', valuesConfig: chineseValues(TEAM_ROLE_LABELS) });
registerEnumType(IncomeCheck, { name: 'IncomeCheck', description: '走访收入核实', valuesConfig: chineseValues(INCOME_CHECK_LABELS) });
registerEnumType(GapKind, { name: 'GapKind', description: '帮扶缺口类型', valuesConfig: chineseValues(GAP_KIND_LABELS) });
