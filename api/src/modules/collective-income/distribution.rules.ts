import { Permission } from '../../auth/permission';
import { DivisionLevel } from '../../jurisdiction/division-code';
import { actionsFrom, stepFor, type Step, type StepRole, type StepTable } from '../../common/steps';
import { DistributionLineKind, PlanAction, PlanGuard, PlanState } from './collective-income.enums';
import { formatFen, toFen } from '../../common/money';
import { priorityLeftOut } from '../assets/priority.rules';

export interface LineDraft {
  kind: DistributionLineKind;
  amount: string;
  householdId?: string | null;
  reason?: string | null;
  condition?: string | null;
}

export interface Flag {
  guard: PlanGuard;
  message: string;
  householdIds: string[];
}

export interface PlanCheck {
  total: string;
  distributable: string;
  remaining: string;
  flags: Flag[];
}

/**
 * At least this many households paid the very same amount reads as 平均分配 (泛福利化). A regional
 * policy default: the seeds name the risk ("防止一股了之、泛福利化") but give no number.
 */
export const EQUAL_SPLIT_MIN_HOUSEHOLDS = 3;

/**
 * The guards on a plan, pure so the console can show them live through `checkDistributionPlan`:
 * - OVER_DISTRIBUTION: the lines add up to more than the distributable income (refused, not just flagged);
 * - EQUAL_SPLIT: every household is paid the same (泛福利化, seed 000 二(三));
 * - NO_CONDITION: a household payment without a condition (差异化 means paid for something);
 * - PRIORITY_LEFT_OUT: households are paid while a priority household gets nothing (seed 002).
 */
export function checkPlan(
  lines: readonly LineDraft[],
  distributable: string,
  priorityIds: readonly string[],
): PlanCheck {
  const flags: Flag[] = [];
  const total = lines.reduce((sum, line) => sum + toFen(line.amount), 0);
  const available = toFen(distributable);
  if (total > available) {
    flags.push({
      guard: PlanGuard.OVER_DISTRIBUTION,
      householdIds: [],
      message: `分配合计 ${formatFen(total)} 元超过可分配收益 ${formatFen(available)} 元`,
    });
  }
  const perHousehold = new Map<string, number>();
  const unconditioned: string[] = [];
  for (const line of lines) {
    if (line.kind !== DistributionLineKind.HOUSEHOLD || !line.householdId) continue;
    perHousehold.set(line.householdId, (perHousehold.get(line.householdId) ?? 0) + toFen(line.amount));
    if (!line.condition?.trim()) unconditioned.push(line.householdId);
  }
  const amounts = new Set(perHousehold.values());
  if (perHousehold.size >= EQUAL_SPLIT_MIN_HOUSEHOLDS && amounts.size === 1) {
    flags.push({
      guard: PlanGuard.EQUAL_SPLIT,
      householdIds: [...perHousehold.keys()],
      message: `${perHousehold.size} 户到户金额均为 ${formatFen([...amounts][0])} 元，属平均分配（泛福利化），应按贡献、困难程度差异化分配`,
    });
  }
  if (unconditioned.length) {
    flags.push({
      guard: PlanGuard.NO_CONDITION,
      householdIds: [...new Set(unconditioned)],
      message: `${new Set(unconditioned).size} 户的到户分配未写明条件（如公益岗位出勤、参与产业）`,
    });
  }
  const leftOut = priorityLeftOut(priorityIds, perHousehold.keys());
  if (leftOut.length) {
    flags.push({
      guard: PlanGuard.PRIORITY_LEFT_OUT,
      householdIds: leftOut,
      message: `${leftOut.length} 户优先户（无劳动能力的低保兜底户、重大疾病、残疾人家庭）未分配`,
    });
  }
  return {
    total: formatFen(total),
    distributable: formatFen(available),
    remaining: formatFen(available - total),
    flags,
  };
}

/** 可分配收益 = 各项收入 − 成本费用 (never below zero). */
export function distributableOf(parts: {
  assetIncome: string;
  leasingIncome: string;
  serviceIncome: string;
  operatingIncome: string;
  otherIncome: string;
  costs: string;
}): string {
  const income =
    toFen(parts.assetIncome) +
    toFen(parts.leasingIncome) +
    toFen(parts.serviceIncome) +
    toFen(parts.operatingIncome) +
    toFen(parts.otherIncome);
  return formatFen(Math.max(income - toFen(parts.costs), 0));
}

// ---- the plan's procedure, as data for the one step engine (common/steps.ts) ----

const V = DivisionLevel.VILLAGE;
const T = DivisionLevel.TOWNSHIP;
const { COLLECTIVE_INCOME_WRITE: PROPOSE, COLLECTIVE_INCOME_REVIEW_TOWNSHIP: REVIEW } = Permission;

/** Village proposes → township reviews → 公示 (the region's notice days) → township approves after it. */
export const PLAN_STEPS: Record<Exclude<PlanAction, PlanAction.REJECT>, Step<PlanState>> = {
  [PlanAction.SUBMIT]: { from: PlanState.DRAFT, to: PlanState.TOWNSHIP_REVIEW, permission: PROPOSE, levels: [V] },
  [PlanAction.APPROVE_TOWNSHIP]: {
    from: PlanState.TOWNSHIP_REVIEW,
    to: PlanState.PUBLIC_NOTICE,
    permission: REVIEW,
    levels: [T],
  },
  [PlanAction.CONFIRM]: { from: PlanState.PUBLIC_NOTICE, to: PlanState.APPROVED, permission: REVIEW, levels: [T] },
};

/** The township returns a plan to the village from review, or from the notice when someone objects. */
export const PLAN_REJECTIONS: Partial<Record<PlanState, Step<PlanState>>> = {
  [PlanState.TOWNSHIP_REVIEW]: {
    from: PlanState.TOWNSHIP_REVIEW,
    to: PlanState.DRAFT,
    permission: REVIEW,
    levels: [T],
  },
  [PlanState.PUBLIC_NOTICE]: { from: PlanState.PUBLIC_NOTICE, to: PlanState.DRAFT, permission: REVIEW, levels: [T] },
};

/** Drafting (saving lines) is the village's, like submitting. */
export const DRAFT_STEP: StepRole = { permission: PROPOSE, levels: [V] };

/** The plan's procedure as a table for the step engine (common/steps.ts). */
export const PLAN_PROCEDURE: StepTable<PlanState, PlanAction> = {
  forward: PLAN_STEPS,
  fromState: { [PlanAction.REJECT]: PLAN_REJECTIONS },
};

export const planStepFor = (action: PlanAction, from: PlanState): Step<PlanState> | null =>
  stepFor(PLAN_PROCEDURE, action, from);

export const planActionsFrom = (state: PlanState): PlanAction[] => actionsFrom(PLAN_PROCEDURE, state);
