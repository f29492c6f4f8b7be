import { registerEnum } from '../../common/enum-labels';

/** 资产类别 (seed 000 二(三) 清产核资; the three classes of 扶贫资产). */
export enum AssetClass {
  OPERATING = 'OPERATING',
  PUBLIC_WELFARE = 'PUBLIC_WELFARE',
  HOUSEHOLD = 'HOUSEHOLD',
}

export const ASSET_CLASS_LABELS = registerEnum(AssetClass, 'AssetClass', '资产类别', {
  OPERATING: '经营性资产',
  PUBLIC_WELFARE: '公益性资产',
  HOUSEHOLD: '到户类资产',
});

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

export const ASSET_TYPE_LABELS = registerEnum(AssetType, 'AssetType', '资产类型', {
  PHOTOVOLTAIC: '光伏电站',
  WORKSHOP: '扶贫车间',
  BREEDING_FARM: '养殖场',
  GREENHOUSE: '种植大棚',
  ROAD: '道路',
  WATER_FACILITY: '水利设施',
  LIVESTOCK: '牲畜',
  OTHER: '其他',
});

/** 资产状态 */
export enum AssetStatus {
  UNDER_CONSTRUCTION = 'UNDER_CONSTRUCTION',
  OPERATING = 'OPERATING',
  IDLE = 'IDLE',
  DAMAGED = 'DAMAGED',
  DISPOSED = 'DISPOSED',
}

export const ASSET_STATUS_LABELS = registerEnum(AssetStatus, 'AssetStatus', '资产状态', {
  UNDER_CONSTRUCTION: '在建',
  OPERATING: '运营',
  IDLE: '闲置',
  DAMAGED: '损毁',
  DISPOSED: '处置',
});

/** 资金来源 */
export enum FundingSource {
  SPECIAL_POVERTY_FUND = 'SPECIAL_POVERTY_FUND',
  INTEGRATED_AGRICULTURE_FUND = 'INTEGRATED_AGRICULTURE_FUND',
  EAST_WEST_COOPERATION = 'EAST_WEST_COOPERATION',
  SOCIAL_ASSISTANCE = 'SOCIAL_ASSISTANCE',
  SELF_RAISED = 'SELF_RAISED',
}

export const FUNDING_SOURCE_LABELS = registerEnum(FundingSource, 'FundingSource', '资金来源', {
  SPECIAL_POVERTY_FUND: '财政专项扶贫资金',
  INTEGRATED_AGRICULTURE_FUND: '涉农整合资金',
  EAST_WEST_COOPERATION: '东西部协作资金',
  SOCIAL_ASSISTANCE: '社会帮扶资金',
  SELF_RAISED: '自筹资金',
});

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

export const ASSET_EVENT_KIND_LABELS = registerEnum(AssetEventKind, 'AssetEventKind', '资产台账变动类别', {
  REGISTERED: '登记入账',
  VALUE_CHANGED: '账面价值变更',
  STATUS_CHANGED: '状态变更',
  DISPOSAL_REQUESTED: '申请处置',
  DISPOSAL_APPROVED: '批准处置',
  DISPOSAL_REJECTED: '不予处置',
  INCOME_RECORDED: '登记年度收益',
  SHARES_SET: '折股量化',
});

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

export const PROJECT_STATE_LABELS = registerEnum(ProjectState, 'ProjectState', '扶贫项目状态', {
  APPLIED: '已申报（公示中/待审批）',
  APPROVED: '已审批',
  IMPLEMENTING: '实施中',
  PRE_CHECKED: '已初检',
  ACCEPTED: '已验收',
  EXPENSED: '已报账',
  REJECTED: '不予审批',
});

/** The steps of the project procedure; each is one transition (project.rules.ts). */
export enum ProjectAction {
  APPROVE = 'APPROVE',
  START_IMPLEMENTATION = 'START_IMPLEMENTATION',
  PRE_CHECK = 'PRE_CHECK',
  ACCEPT = 'ACCEPT',
  REPORT_EXPENSE = 'REPORT_EXPENSE',
  REJECT = 'REJECT',
}

export const PROJECT_ACTION_LABELS = registerEnum(ProjectAction, 'ProjectAction', '扶贫项目办理步骤', {
  APPROVE: '县级审批',
  START_IMPLEMENTATION: '乡镇或村组织实施',
  PRE_CHECK: '乡镇初检',
  ACCEPT: '县级验收（形成资产入账）',
  REPORT_EXPENSE: '乡镇报账',
  REJECT: '退回',
});
