import type { AssetClass, AssetEventKind, AssetStatus, AssetType, FundingSource, PriorityReason, ProjectAction, ProjectState } from '../gql/graphql';

/** The ledger's Chinese labels, the same as the schema's enum descriptions (test/unit/labels.test.ts). */
export const ASSET_CLASS_LABELS: Record<AssetClass, string> = {
  OPERATING: '经营性资产',
  PUBLIC_WELFARE: '公益性资产',
  HOUSEHOLD: '到户类资产',
};

export const ASSET_TYPE_LABELS: Record<AssetType, string> = {
  PHOTOVOLTAIC: '光伏电站',
  WORKSHOP: '扶贫车间',
  BREEDING_FARM: '养殖场',
  GREENHOUSE: '种植大棚',
  ROAD: '道路',
  WATER_FACILITY: '水利设施',
  LIVESTOCK: '牲畜',
  OTHER: '其他',
};

export const ASSET_STATUS_LABELS: Record<AssetStatus, string> = {
  UNDER_CONSTRUCTION: '在建',
  OPERATING: '运营',
  IDLE: '闲置',
  DAMAGED: '损毁',
  DISPOSED: '处置',
};

export const FUNDING_SOURCE_LABELS: Record<FundingSource, string> = {
  SPECIAL_POVERTY_FUND: '财政专项扶贫资金',
  INTEGRATED_AGRICULTURE_FUND: '涉农整合资金',
  EAST_WEST_COOPERATION: '东西部协作资金',
  SOCIAL_ASSISTANCE: '社会帮扶资金',
  SELF_RAISED: '自筹资金',
};

export const ASSET_EVENT_KIND_LABELS: Record<AssetEventKind, string> = {
  REGISTERED: '登记入账',
  VALUE_CHANGED: '账面价值变更',
  STATUS_CHANGED: '状态变更',
  DISPOSAL_REQUESTED: '申请处置',
  DISPOSAL_APPROVED: '批准处置',
  DISPOSAL_REJECTED: '不予处置',
  INCOME_RECORDED: '登记年度收益',
  SHARES_SET: '折股量化',
};

export const PROJECT_STATE_LABELS: Record<ProjectState, string> = {
  APPLIED: '已申报（公示中/待审批）',
  APPROVED: '已审批',
  IMPLEMENTING: '实施中',
  PRE_CHECKED: '已初检',
  ACCEPTED: '已验收',
  EXPENSED: '已报账',
  REJECTED: '不予审批',
};

export const PROJECT_ACTION_LABELS: Record<ProjectAction, string> = {
  APPROVE: '县级审批',
  START_IMPLEMENTATION: '乡镇或村组织实施',
  PRE_CHECK: '乡镇初检',
  ACCEPT: '县级验收（形成资产入账）',
  REPORT_EXPENSE: '乡镇报账',
  REJECT: '退回',
};

export const PRIORITY_REASON_LABELS: Record<PriorityReason, string> = {
  NO_LABOUR_SUBSISTENCE: '无劳动能力的低保兜底户',
  SERIOUS_ILLNESS: '有重大疾病患者家庭',
  DISABILITY: '残疾人家庭',
};
