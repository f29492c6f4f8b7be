import { registerEnumType } from 'type-graphql';
import { chineseValues } from '../../common/enum-labels';

/**
 * Where a distribution plan puts the collective's income (seed 000 二(三): "采取公积金、公益金、
 * 基金等方式，开展公益岗位扶贫、小型公益事业扶贫、奖励补助扶贫、产业扶贫等，推动集体收益差异化
 * 二次分配"; 五(二): "允许资产收益用于返贫致贫人口救助基金").
 */
export enum DistributionLineKind {
  RESERVE_FUND = 'RESERVE_FUND',
  WELFARE_FUND = 'WELFARE_FUND',
  RELIEF_FUND = 'RELIEF_FUND',
  WELFARE_POSTS = 'WELFARE_POSTS',
  SMALL_PUBLIC_WORKS = 'SMALL_PUBLIC_WORKS',
  REWARDS = 'REWARDS',
  INDUSTRY = 'INDUSTRY',
  HOUSEHOLD = 'HOUSEHOLD',
}

export const DISTRIBUTION_LINE_KIND_LABELS: Record<DistributionLineKind, string> = {
  [DistributionLineKind.RESERVE_FUND]: '公积金',
  [DistributionLineKind.WELFARE_FUND]: '公益金',
  [DistributionLineKind.RELIEF_FUND]: '防止返贫致贫救助基金',
  [DistributionLineKind.WELFARE_POSTS]: '公益岗位扶贫',
  [DistributionLineKind.SMALL_PUBLIC_WORKS]: '小型公益事业扶贫',
  [DistributionLineKind.REWARDS]: '奖励补助扶贫',
  [DistributionLineKind.INDUSTRY]: '产业扶贫',
  [DistributionLineKind.HOUSEHOLD]: '差异化二次分配到户',
};

/** 收益分配方案的状态: village proposes → township reviews → 公示 → approved. */
export enum PlanState {
  DRAFT = 'DRAFT',
  TOWNSHIP_REVIEW = 'TOWNSHIP_REVIEW',
  PUBLIC_NOTICE = 'PUBLIC_NOTICE',
  APPROVED = 'APPROVED',
}

export const PLAN_STATE_LABELS: Record<PlanState, string> = {
  [PlanState.DRAFT]: '村级拟定',
  [PlanState.TOWNSHIP_REVIEW]: '乡镇审核',
  [PlanState.PUBLIC_NOTICE]: '公示中',
  [PlanState.APPROVED]: '已批准（可发放）',
};

export enum PlanAction {
  SUBMIT = 'SUBMIT',
  APPROVE_TOWNSHIP = 'APPROVE_TOWNSHIP',
  CONFIRM = 'CONFIRM',
  REJECT = 'REJECT',
}

export const PLAN_ACTION_LABELS: Record<PlanAction, string> = {
  [PlanAction.SUBMIT]: '村级提交乡镇审核',
  [PlanAction.APPROVE_TOWNSHIP]: '乡镇审核通过，进入公示',
  [PlanAction.CONFIRM]: '公示期满无异议，批准方案',
  [PlanAction.REJECT]: '退回村级修改',
};

/** The guards on a plan (一股了之、泛福利化、超额分配、遗漏优先户). */
export enum PlanGuard {
  OVER_DISTRIBUTION = 'OVER_DISTRIBUTION',
  EQUAL_SPLIT = 'EQUAL_SPLIT',
  NO_CONDITION = 'NO_CONDITION',
  PRIORITY_LEFT_OUT = 'PRIORITY_LEFT_OUT',
}

export const PLAN_GUARD_LABELS: Record<PlanGuard, string> = {
  [PlanGuard.OVER_DISTRIBUTION]: '分配总额超过可分配收益',
  [PlanGuard.EQUAL_SPLIT]: '到户金额完全相同（泛福利化）',
  [PlanGuard.NO_CONDITION]: '到户分配未写明条件',
  [PlanGuard.PRIORITY_LEFT_OUT]: '遗漏优先户（特殊困难户）',
};

export enum PaymentMethod {
  BANK_TRANSFER = 'BANK_TRANSFER',
  SUBSIDY_CARD = 'SUBSIDY_CARD',
  CASH = 'CASH',
}

export const PAYMENT_METHOD_LABELS: Record<PaymentMethod, string> = {
  [PaymentMethod.BANK_TRANSFER]: '银行转账',
  [PaymentMethod.SUBSIDY_CARD]: '惠农“一卡通”',
  [PaymentMethod.CASH]: '现金',
};

registerEnumType(DistributionLineKind, { name: 'DistributionLineKind', description: '收益分配去向', valuesConfig: chineseValues(DISTRIBUTION_LINE_KIND_LABELS) });
registerEnumType(PlanState, { name: 'PlanState', description: '收益分配方案状态', valuesConfig: chineseValues(PLAN_STATE_LABELS) });
registerEnumType(PlanAction, { name: 'PlanAction', description: '收益分配方案办理步骤', valuesConfig: chineseValues(PLAN_ACTION_LABELS) });
registerEnumType(PlanGuard, { name: 'PlanGuard', description: '收益分配方案的提示与限制', valuesConfig: chineseValues(PLAN_GUARD_LABELS) });
registerEnumType(PaymentMethod, { name: 'PaymentMethod', description: '发放方式', valuesConfig: chineseValues(PAYMENT_METHOD_LABELS) });
