import type { DistributionLineKind, PaymentMethod, PlanAction, PlanGuard, PlanState } from '../gql/graphql';

/** Collective income labels, the same as the schema's enum descriptions (test/unit/labels.test.ts). */
export const DISTRIBUTION_LINE_KIND_LABELS: Record<DistributionLineKind, string> = {
  RESERVE_FUND: '公积金',
  WELFARE_FUND: '公益金',
  RELIEF_FUND: '防止返贫致贫救助基金',
  WELFARE_POSTS: '公益岗位扶贫',
  SMALL_PUBLIC_WORKS: '小型公益事业扶贫',
  REWARDS: '奖励补助扶贫',
  INDUSTRY: '产业扶贫',
  HOUSEHOLD: '差异化二次分配到户',
};

export const PLAN_STATE_LABELS: Record<PlanState, string> = {
  DRAFT: '村级拟定',
  TOWNSHIP_REVIEW: '乡镇审核',
  PUBLIC_NOTICE: '公示中',
  APPROVED: '已批准（可发放）',
};

export const PLAN_ACTION_LABELS: Record<PlanAction, string> = {
  SUBMIT: '村级提交乡镇审核',
  APPROVE_TOWNSHIP: '乡镇审核通过，进入公示',
  CONFIRM: '公示期满无异议，批准方案',
  REJECT: '退回村级修改',
};

export const PLAN_GUARD_LABELS: Record<PlanGuard, string> = {
  OVER_DISTRIBUTION: '分配总额超过可分配收益',
  EQUAL_SPLIT: '到户金额完全相同（泛福利化）',
  NO_CONDITION: '到户分配未写明条件',
  PRIORITY_LEFT_OUT: '遗漏优先户（特殊困难户）',
};

export const PAYMENT_METHOD_LABELS: Record<PaymentMethod, string> = {
  BANK_TRANSFER: '银行转账',
  SUBSIDY_CARD: '惠农“一卡通”',
  CASH: '现金',
};
