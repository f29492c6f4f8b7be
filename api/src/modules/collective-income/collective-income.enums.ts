import { registerEnum } from '../../common/enum-labels';

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

export const DISTRIBUTION_LINE_KIND_LABELS = registerEnum(
  DistributionLineKind,
  'DistributionLineKind',
  '收益分配去向',
  {
    RESERVE_FUND: '公积金',
    WELFARE_FUND: '公益金',
    RELIEF_FUND: '防止返贫致贫救助基金',
    WELFARE_POSTS: '公益岗位扶贫',
    SMALL_PUBLIC_WORKS: '小型公益事业扶贫',
    REWARDS: '奖励补助扶贫',
    INDUSTRY: '产业扶贫',
    HOUSEHOLD: '差异化二次分配到户',
  },
);

/** 收益分配方案的状态: village proposes → township reviews → 公示 → approved. */
export enum PlanState {
  DRAFT = 'DRAFT',
  TOWNSHIP_REVIEW = 'TOWNSHIP_REVIEW',
  PUBLIC_NOTICE = 'PUBLIC_NOTICE',
  APPROVED = 'APPROVED',
}

export const PLAN_STATE_LABELS = registerEnum(PlanState, 'PlanState', '收益分配方案状态', {
  DRAFT: '村级拟定',
  TOWNSHIP_REVIEW: '乡镇审核',
  PUBLIC_NOTICE: '公示中',
  APPROVED: '已批准（可发放）',
});

export enum PlanAction {
  SUBMIT = 'SUBMIT',
  APPROVE_TOWNSHIP = 'APPROVE_TOWNSHIP',
  CONFIRM = 'CONFIRM',
  REJECT = 'REJECT',
}

export const PLAN_ACTION_LABELS = registerEnum(PlanAction, 'PlanAction', '收益分配方案办理步骤', {
  SUBMIT: '村级提交乡镇审核',
  APPROVE_TOWNSHIP: '乡镇审核通过，进入公示',
  CONFIRM: '公示期满无异议，批准方案',
  REJECT: '退回村级修改',
});

/** The guards on a plan (一股了之、泛福利化、超额分配、遗漏优先户). */
export enum PlanGuard {
  OVER_DISTRIBUTION = 'OVER_DISTRIBUTION',
  EQUAL_SPLIT = 'EQUAL_SPLIT',
  NO_CONDITION = 'NO_CONDITION',
  PRIORITY_LEFT_OUT = 'PRIORITY_LEFT_OUT',
}

export const PLAN_GUARD_LABELS = registerEnum(PlanGuard, 'PlanGuard', '收益分配方案的提示与限制', {
  OVER_DISTRIBUTION: '分配总额超过可分配收益',
  EQUAL_SPLIT: '到户金额完全相同（泛福利化）',
  NO_CONDITION: '到户分配未写明条件',
  PRIORITY_LEFT_OUT: '遗漏优先户（特殊困难户）',
});

export enum PaymentMethod {
  BANK_TRANSFER = 'BANK_TRANSFER',
  SUBSIDY_CARD = 'SUBSIDY_CARD',
  CASH = 'CASH',
}

export const PAYMENT_METHOD_LABELS = registerEnum(PaymentMethod, 'PaymentMethod', '发放方式', {
  BANK_TRANSFER: '银行转账',
  SUBSIDY_CARD: '惠农“一卡通”',
  CASH: '现金',
});
