import { registerEnum } from '../../common/enum-labels';
import { HealthStatus, LabourCapacity } from '../households/household.enums';

/**
 * Why a household is a 特殊困难户 with priority for 折股量化 benefit rights and for the collective's
 * second distribution (seed 002 资产收益: "优先分配给无劳动能力的低保兜底户、有重大疾病患者家庭、
 * 残疾人家庭等特殊困难户").
 */
export enum PriorityReason {
  NO_LABOUR_SUBSISTENCE = 'NO_LABOUR_SUBSISTENCE',
  SERIOUS_ILLNESS = 'SERIOUS_ILLNESS',
  DISABILITY = 'DISABILITY',
}

export const PRIORITY_REASON_LABELS = registerEnum(PriorityReason, 'PriorityReason', '优先户（特殊困难户）依据', {
  NO_LABOUR_SUBSISTENCE: '无劳动能力的低保兜底户',
  SERIOUS_ILLNESS: '有重大疾病患者家庭',
  DISABILITY: '残疾人家庭',
});

export interface PriorityHouseholdFacts {
  noLabourCapacity: boolean;
  minimumLivingAllowance: boolean;
  extremePoverty: boolean;
}

export interface PriorityMemberFacts {
  labourCapacity: LabourCapacity;
  healthStatus: HealthStatus;
  disabilityGrade?: number | null;
  minimumLivingAllowance: boolean;
  extremePoverty: boolean;
}

const WITHOUT_LABOUR = new Set([LabourCapacity.LOST, LabourCapacity.NONE]);

/**
 * Derived from the registry, never typed in (active members only):
 * - 无劳动能力的低保兜底户: the household or a member receives 低保 or 特困供养 (兜底), and the household
 *   has no labour (the household flag 整户无劳动能力, or every member 丧失劳动力/无劳动力);
 * - 有重大疾病患者家庭: a member's health is 大病;
 * - 残疾人家庭: a member's health is 残疾, or a disability grade is recorded.
 */
export function priorityReasons(
  household: PriorityHouseholdFacts,
  members: readonly PriorityMemberFacts[],
): PriorityReason[] {
  const reasons: PriorityReason[] = [];
  const noLabour =
    household.noLabourCapacity || (members.length > 0 && members.every((m) => WITHOUT_LABOUR.has(m.labourCapacity)));
  const subsistence =
    household.minimumLivingAllowance ||
    household.extremePoverty ||
    members.some((m) => m.minimumLivingAllowance || m.extremePoverty);
  if (noLabour && subsistence) reasons.push(PriorityReason.NO_LABOUR_SUBSISTENCE);
  if (members.some((m) => m.healthStatus === HealthStatus.SERIOUS_ILLNESS))
    reasons.push(PriorityReason.SERIOUS_ILLNESS);
  if (
    members.some(
      (m) =>
        m.healthStatus === HealthStatus.DISABLED || (m.disabilityGrade !== null && m.disabilityGrade !== undefined),
    )
  ) {
    reasons.push(PriorityReason.DISABILITY);
  }
  return reasons;
}

/**
 * The guard both 折股量化 and the second distribution use: serving some households while a
 * priority household gets nothing. Serving nobody is not flagged (there is no choice to check).
 */
export function priorityLeftOut(priorityIds: readonly string[], servedIds: Iterable<string>): string[] {
  const served = new Set(servedIds);
  if (served.size === 0) return [];
  return priorityIds.filter((id) => !served.has(id));
}
