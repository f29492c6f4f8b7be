import { chineseValues } from '../../common/enum-labels';
import { registerEnumType } from 'type-graphql';

/** 风险因素类型 */
export enum RiskType {
  ILLNESS = 'ILLNESS',
  DISABILITY = 'DISABILITY',
  SCHOOLING = 'SCHOOLING',
  DISASTER = 'DISASTER',
  ACCIDENT = 'ACCIDENT',
  INDUSTRY_FAILURE = 'INDUSTRY_FAILURE',
  EMPLOYMENT_INSTABILITY = 'EMPLOYMENT_INSTABILITY',
  EPIDEMIC = 'EPIDEMIC',
  INCOME_DROP = 'INCOME_DROP',
  EXPENDITURE_SURGE = 'EXPENDITURE_SURGE',
  HOUSING_SAFETY = 'HOUSING_SAFETY',
  DRINKING_WATER = 'DRINKING_WATER',
  COMPULSORY_EDUCATION = 'COMPULSORY_EDUCATION',
  BASIC_MEDICAL = 'BASIC_MEDICAL',
}

export const RISK_TYPE_LABELS: Record<RiskType, string> = {
  [RiskType.ILLNESS]: '因病',
  [RiskType.DISABILITY]: '因残',
  [RiskType.SCHOOLING]: '因学',
  [RiskType.DISASTER]: '因灾',
  [RiskType.ACCIDENT]: '因意外事故',
  [RiskType.INDUSTRY_FAILURE]: '因产业失败',
  [RiskType.EMPLOYMENT_INSTABILITY]: '因务工就业不稳',
  [RiskType.EPIDEMIC]: '因疫情',
  [RiskType.INCOME_DROP]: '收入骤减',
  [RiskType.EXPENDITURE_SURGE]: '支出骤增',
  [RiskType.HOUSING_SAFETY]: '住房安全',
  [RiskType.DRINKING_WATER]: '饮水安全',
  [RiskType.COMPULSORY_EDUCATION]: '义务教育',
  [RiskType.BASIC_MEDICAL]: '基本医疗',
};

/** 线索来源 / 风险来源 */
export enum RiskSource {
  SELF_REPORT = 'SELF_REPORT',
  CADRE_VISIT = 'CADRE_VISIT',
  DEPARTMENT_WARNING = 'DEPARTMENT_WARNING',
  DATA_COMPARISON = 'DATA_COMPARISON',
}

export const RISK_SOURCE_LABELS: Record<RiskSource, string> = {
  [RiskSource.SELF_REPORT]: '农户申报',
  [RiskSource.CADRE_VISIT]: '干部排查',
  [RiskSource.DEPARTMENT_WARNING]: '部门预警',
  [RiskSource.DATA_COMPARISON]: '系统比对',
};

export enum RiskStatus {
  ACTIVE = 'ACTIVE',
  RESOLVED = 'RESOLVED',
}

/** 监测对象类别: the categories a confirmed case carries (a subset of the household categories). */
export enum MonitoringCategory {
  UNSTABLE_LIFTED_OUT = 'UNSTABLE_LIFTED_OUT',
  MARGINAL_AT_RISK = 'MARGINAL_AT_RISK',
  SUDDEN_HARDSHIP = 'SUDDEN_HARDSHIP',
}

export const MONITORING_CATEGORY_LABELS: Record<MonitoringCategory, string> = {
  [MonitoringCategory.UNSTABLE_LIFTED_OUT]: '脱贫不稳定户',
  [MonitoringCategory.MARGINAL_AT_RISK]: '边缘易致贫户',
  [MonitoringCategory.SUDDEN_HARDSHIP]: '突发严重困难户',
};

/** 监测程序的状态 */
export enum CaseState {
  LEAD = 'LEAD',
  SURVEY = 'SURVEY',
  VILLAGE_REVIEW = 'VILLAGE_REVIEW',
  TOWNSHIP_REVIEW = 'TOWNSHIP_REVIEW',
  COUNTY_REVIEW = 'COUNTY_REVIEW',
  MONITORED = 'MONITORED',
  EXIT_VILLAGE_REVIEW = 'EXIT_VILLAGE_REVIEW',
  EXIT_TOWNSHIP_REVIEW = 'EXIT_TOWNSHIP_REVIEW',
  EXIT_COUNTY_REVIEW = 'EXIT_COUNTY_REVIEW',
  RISK_ELIMINATED = 'RISK_ELIMINATED',
  DISMISSED = 'DISMISSED',
}

export const CASE_STATE_LABELS: Record<CaseState, string> = {
  [CaseState.LEAD]: '线索',
  [CaseState.SURVEY]: '入户调查',
  [CaseState.VILLAGE_REVIEW]: '村级评议公示',
  [CaseState.TOWNSHIP_REVIEW]: '乡镇审核',
  [CaseState.COUNTY_REVIEW]: '县级认定',
  [CaseState.MONITORED]: '监测中',
  [CaseState.EXIT_VILLAGE_REVIEW]: '风险消除村评定',
  [CaseState.EXIT_TOWNSHIP_REVIEW]: '风险消除乡镇审核',
  [CaseState.EXIT_COUNTY_REVIEW]: '风险消除县审定',
  [CaseState.RISK_ELIMINATED]: '风险消除',
  [CaseState.DISMISSED]: '线索排除',
};

/** The steps of the procedure; each is one transition (procedure.rules.ts). */
export enum CaseAction {
  START_SURVEY = 'START_SURVEY',
  SUBMIT_SURVEY = 'SUBMIT_SURVEY',
  SUBMIT_VILLAGE_REVIEW = 'SUBMIT_VILLAGE_REVIEW',
  APPROVE_TOWNSHIP = 'APPROVE_TOWNSHIP',
  CONFIRM_COUNTY = 'CONFIRM_COUNTY',
  PROPOSE_EXIT = 'PROPOSE_EXIT',
  SUBMIT_EXIT_VILLAGE = 'SUBMIT_EXIT_VILLAGE',
  APPROVE_EXIT_TOWNSHIP = 'APPROVE_EXIT_TOWNSHIP',
  CONFIRM_EXIT_COUNTY = 'CONFIRM_EXIT_COUNTY',
  REJECT = 'REJECT',
  DISMISS = 'DISMISS',
}

export const CASE_ACTION_LABELS: Record<CaseAction, string> = {
  [CaseAction.START_SURVEY]: '开始入户调查',
  [CaseAction.SUBMIT_SURVEY]: '提交调查结果，进入村级评议公示',
  [CaseAction.SUBMIT_VILLAGE_REVIEW]: '公示期满，报乡镇审核',
  [CaseAction.APPROVE_TOWNSHIP]: '乡镇审核通过，报县级认定',
  [CaseAction.CONFIRM_COUNTY]: '县级认定为监测对象',
  [CaseAction.PROPOSE_EXIT]: '提出风险消除（村评定）',
  [CaseAction.SUBMIT_EXIT_VILLAGE]: '村评定通过，报乡镇审核',
  [CaseAction.APPROVE_EXIT_TOWNSHIP]: '乡镇审核通过，报县审定',
  [CaseAction.CONFIRM_EXIT_COUNTY]: '县审定风险消除',
  [CaseAction.REJECT]: '退回上一步',
  [CaseAction.DISMISS]: '排除线索',
};

/**
 * 监测程序模板 (seed 000: "具体救助标准、程序等由各盟市旗县自行确定"): which step table a county's
 * cases follow, chosen by policy with inheritance. Without a setting: the Inner Mongolia template.
 */
export enum ProcedureTemplate {
  INNER_MONGOLIA = 'INNER_MONGOLIA',
  COUNTY_DECIDES = 'COUNTY_DECIDES',
}

export const PROCEDURE_TEMPLATE_LABELS: Record<ProcedureTemplate, string> = {
  [ProcedureTemplate.INNER_MONGOLIA]: '村级评议公示、乡镇审核、县级认定',
  [ProcedureTemplate.COUNTY_DECIDES]: '入户核实后由县级扶贫部门确定',
};

/** Which village review a record belongs to: identification (村级评议公示) or exit (村评定). */
export enum ReviewStage {
  IDENTIFICATION = 'IDENTIFICATION',
  EXIT = 'EXIT',
}

export const REVIEW_STAGE_LABELS: Record<ReviewStage, string> = {
  [ReviewStage.IDENTIFICATION]: '识别评议',
  [ReviewStage.EXIT]: '风险消除评定',
};

registerEnumType(RiskType, { name: 'RiskType', description: '风险因素类型', valuesConfig: chineseValues(RISK_TYPE_LABELS) });
registerEnumType(RiskSource, { name: 'RiskSource', description: '风险来源', valuesConfig: chineseValues(RISK_SOURCE_LABELS) });
registerEnumType(RiskStatus, { name: 'RiskStatus', description: '风险状态' });
registerEnumType(MonitoringCategory, { name: 'MonitoringCategory', description: '监测对象类别', valuesConfig: chineseValues(MONITORING_CATEGORY_LABELS) });
registerEnumType(CaseState, { name: 'CaseState', description: '监测程序状态', valuesConfig: chineseValues(CASE_STATE_LABELS) });
registerEnumType(CaseAction, { name: 'CaseAction', description: '监测程序步骤', valuesConfig: chineseValues(CASE_ACTION_LABELS) });
registerEnumType(ProcedureTemplate, { name: 'ProcedureTemplate', description: '监测程序模板', valuesConfig: chineseValues(PROCEDURE_TEMPLATE_LABELS) });
registerEnumType(ReviewStage, { name: 'ReviewStage', description: '村级评议阶段', valuesConfig: chineseValues(REVIEW_STAGE_LABELS) });
