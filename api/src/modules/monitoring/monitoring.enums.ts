import { registerEnum } from '../../common/enum-labels';

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

export const RISK_TYPE_LABELS = registerEnum(RiskType, 'RiskType', '风险因素类型', {
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
});

/** 线索来源 / 风险来源 */
export enum RiskSource {
  SELF_REPORT = 'SELF_REPORT',
  CADRE_VISIT = 'CADRE_VISIT',
  DEPARTMENT_WARNING = 'DEPARTMENT_WARNING',
  DATA_COMPARISON = 'DATA_COMPARISON',
}

export const RISK_SOURCE_LABELS = registerEnum(RiskSource, 'RiskSource', '风险来源', {
  SELF_REPORT: '农户申报',
  CADRE_VISIT: '干部排查',
  DEPARTMENT_WARNING: '部门预警',
  DATA_COMPARISON: '系统比对',
});

export enum RiskStatus {
  ACTIVE = 'ACTIVE',
  RESOLVED = 'RESOLVED',
}

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

export const CASE_STATE_LABELS = registerEnum(CaseState, 'CaseState', '监测程序状态', {
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
});

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

export const CASE_ACTION_LABELS = registerEnum(CaseAction, 'CaseAction', '监测程序步骤', {
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
});

registerEnum(RiskStatus, 'RiskStatus', '风险状态');

/**
 * 监测程序模板 (seed 000: "具体救助标准、程序等由各盟市旗县自行确定"): which step table a county's
 * cases follow, chosen by policy with inheritance. Without a setting: the Inner Mongolia template.
 */
export enum ProcedureTemplate {
  INNER_MONGOLIA = 'INNER_MONGOLIA',
  COUNTY_DECIDES = 'COUNTY_DECIDES',
}

export const PROCEDURE_TEMPLATE_LABELS = registerEnum(ProcedureTemplate, 'ProcedureTemplate', '监测程序模板', {
  INNER_MONGOLIA: '村级评议公示、乡镇审核、县级认定',
  COUNTY_DECIDES: '入户核实后由县级扶贫部门确定',
});

/** Which village review a record belongs to: identification (村级评议公示) or exit (村评定). */
export enum ReviewStage {
  IDENTIFICATION = 'IDENTIFICATION',
  EXIT = 'EXIT',
}

export const REVIEW_STAGE_LABELS = registerEnum(ReviewStage, 'ReviewStage', '村级评议阶段', {
  IDENTIFICATION: '识别评议',
  EXIT: '风险消除评定',
});
