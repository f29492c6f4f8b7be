import { registerEnumType } from 'type-graphql';
import { chineseValues } from '../../common/enum-labels';

/** 资产类别 (seed 000 二(三) 清产核资; the three classes of 扶贫资产). */
export enum AssetClass {
  OPERATING = 'OPERATING',
  PUBLIC_WELFARE = 'PUBLIC_WELFARE',
  HOUSEHOLD = 'HOUSEHOLD',
}

export const ASSET_CLASS_LABELS: Record<AssetClass, string> = {
  [AssetClass.OPERATING]: '经营性资产',
  [AssetClass.PUBLIC_WELFARE]: '公益性资产',
  [AssetClass.HOUSEHOLD]: '到户类资产',
};

/** 资产类型 */
export enum AssetType {
  PHOTOVOLTAIC = 'PHOTOVOLTAIC',
  WORKSHOP = 'WORKSHOP',
  BREEDING_FARM = 'BREEDING_FARM',
  GREENHOUSE = 'GREENHOUSE',
  ROAD = 'ROAD',
  WATER_FACILITY = 'WATER_FACILITY',
  LIVESTOCK = 'LIVESTOCK',
  OTHER = 'OTHER',
}

export const ASSET_TYPE_LABELS: Record<AssetType, string> = {
  [AssetType.PHOTOVOLTAIC]: '光伏电站',
  [AssetType.WORKSHOP]: '扶贫车间',
  [AssetType.BREEDING_FARM]: '养殖场',
  [AssetType.GREENHOUSE]: '种植大棚',
  [AssetType.ROAD]: '道路',
  [AssetType.WATER_FACILITY]: '水利设施',
  [AssetType.LIVESTOCK]: '牲畜',
  [AssetType.OTHER]: '其他',
};

/** 资产状态 */
export enum AssetStatus {
  UNDER_CONSTRUCTION = 'UNDER_CONSTRUCTION',
  OPERATING = 'OPERATING',
  IDLE = 'IDLE',
  DAMAGED = 'DAMAGED',
  DISPOSED = 'DISPOSED',
}

export const ASSET_STATUS_LABELS: Record<AssetStatus, string> = {
  [AssetStatus.UNDER_CONSTRUCTION]: '在建',
  [AssetStatus.OPERATING]: '运营',
  [AssetStatus.IDLE]: '闲置',
  [AssetStatus.DAMAGED]: '损毁',
  [AssetStatus.DISPOSED]: '处置',
};

/** 资金来源 */
export enum FundingSource {
  SPECIAL_POVERTY_FUND = 'SPECIAL_POVERTY_FUND',
  INTEGRATED_AGRICULTURE_FUND = 'INTEGRATED_AGRICULTURE_FUND',
  EAST_WEST_COOPERATION = 'EAST_WEST_COOPERATION',
  SOCIAL_ASSISTANCE = 'SOCIAL_ASSISTANCE',
  SELF_RAISED = 'SELF_RAISED',
}

export const FUNDING_SOURCE_LABELS: Record<FundingSource, string> = {
  [FundingSource.SPECIAL_POVERTY_FUND]: '财政专项扶贫资金',
  [FundingSource.INTEGRATED_AGRICULTURE_FUND]: '涉农整合资金',
  [FundingSource.EAST_WEST_COOPERATION]: '东西部协作资金',
  [FundingSource.SOCIAL_ASSISTANCE]: '社会帮扶资金',
  [FundingSource.SELF_RAISED]: '自筹资金',
};

/** What a ledger history entry records. */
export enum AssetEventKind {
  REGISTERED = 'REGISTERED',
  VALUE_CHANGED = 'VALUE_CHANGED',
  STATUS_CHANGED = 'STATUS_CHANGED',
  DISPOSAL_REQUESTED = 'DISPOSAL_REQUESTED',
  DISPOSAL_APPROVED = 'DISPOSAL_APPROVED',
  DISPOSAL_REJECTED = 'DISPOSAL_REJECTED',
  INCOME_RECORDED = 'INCOME_RECORDED',
  SHARES_SET = 'SHARES_SET',
}

export const ASSET_EVENT_KIND_LABELS: Record<AssetEventKind, string> = {
  [AssetEventKind.REGISTERED]: '登记入账',
  [AssetEventKind.VALUE_CHANGED]: '账面价值变更',
  [AssetEventKind.STATUS_CHANGED]: '状态变更',
  [AssetEventKind.DISPOSAL_REQUESTED]: '申请处置',
  [AssetEventKind.DISPOSAL_APPROVED]: '批准处置',
  [AssetEventKind.DISPOSAL_REJECTED]: '不予处置',
  [AssetEventKind.INCOME_RECORDED]: '登记年度收益',
  [AssetEventKind.SHARES_SET]: '折股量化',
};

/** 专项资金项目的状态 (seed 003, 19). */
export enum ProjectState {
  APPLIED = 'APPLIED',
  APPROVED = 'APPROVED',
  IMPLEMENTING = 'IMPLEMENTING',
  PRE_CHECKED = 'PRE_CHECKED',
  ACCEPTED = 'ACCEPTED',
  EXPENSED = 'EXPENSED',
  REJECTED = 'REJECTED',
}

export const PROJECT_STATE_LABELS: Record<ProjectState, string> = {
  [ProjectState.APPLIED]: '已申报（公示中/待审批）',
  [ProjectState.APPROVED]: '已审批',
  [ProjectState.IMPLEMENTING]: '实施中',
  [ProjectState.PRE_CHECKED]: '已初检',
  [ProjectState.ACCEPTED]: '已验收',
  [ProjectState.EXPENSED]: '已报账',
  [ProjectState.REJECTED]: '不予审批',
};

/** The steps of the project procedure; each is one transition (project.rules.ts). */
export enum ProjectAction {
  APPROVE = 'APPROVE',
  START_IMPLEMENTATION = 'START_IMPLEMENTATION',
  PRE_CHECK = 'PRE_CHECK',
  ACCEPT = 'ACCEPT',
  REPORT_EXPENSE = 'REPORT_EXPENSE',
  REJECT = 'REJECT',
}

export const PROJECT_ACTION_LABELS: Record<ProjectAction, string> = {
  [ProjectAction.APPROVE]: '县级审批',
  [ProjectAction.START_IMPLEMENTATION]: '乡镇或村组织实施',
  [ProjectAction.PRE_CHECK]: '乡镇初检',
  [ProjectAction.ACCEPT]: '县级验收（形成资产入账）',
  [ProjectAction.REPORT_EXPENSE]: '乡镇报账',
  [ProjectAction.REJECT]: '退回',
};

registerEnumType(AssetClass, { name: 'AssetClass', description: '资产类别', valuesConfig: chineseValues(ASSET_CLASS_LABELS) });
registerEnumType(AssetType, { name: 'AssetType', description: '资产类型', valuesConfig: chineseValues(ASSET_TYPE_LABELS) });
registerEnumType(AssetStatus, { name: 'AssetStatus', description: '资产状态', valuesConfig: chineseValues(ASSET_STATUS_LABELS) });
registerEnumType(FundingSource, { name: 'FundingSource', description: '资金来源', valuesConfig: chineseValues(FUNDING_SOURCE_LABELS) });
registerEnumType(AssetEventKind, { name: 'AssetEventKind', description: '资产台账变动类别', valuesConfig: chineseValues(ASSET_EVENT_KIND_LABELS) });
registerEnumType(ProjectState, { name: 'ProjectState', description: '扶贫项目状态', valuesConfig: chineseValues(PROJECT_STATE_LABELS) });
registerEnumType(ProjectAction, { name: 'ProjectAction', description: '扶贫项目办理步骤', valuesConfig: chineseValues(PROJECT_ACTION_LABELS) });
