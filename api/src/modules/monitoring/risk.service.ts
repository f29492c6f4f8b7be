import type { Context } from '../../context';
import { badInput, conflict, notFound, staleVersion } from '../../common/errors';
import { isIsoDate, todayInChina } from '../../common/dates';
import { isUuid } from '../../common/ids';
import type { HouseholdService } from '../households/household.service';
import { Member } from '../households/member.entity';
import { LabourCapacity, MemberStatus } from '../households/household.enums';
import { RiskFactor } from './risk-factor.entity';
import { RiskStatus, RiskType, RISK_TYPE_LABELS } from './monitoring.enums';
import type { RiskFactorInput } from './risk.inputs';

const CAN_WORK = new Set([LabourCapacity.SKILLED, LabourCapacity.ORDINARY, LabourCapacity.WEAK]);

/**
 * Inconsistencies worth a second look (warnings, not refusals): the office may know better.
 * Pure: given the risk and the household's active members.
 */
export function riskWarnings(
  type: RiskType,
  members: ReadonlyArray<Pick<Member, 'labourCapacity' | 'schoolingStage' | 'healthStatus'>>,
): string[] {
  const warnings: string[] = [];
  if (type === RiskType.EMPLOYMENT_INSTABILITY && !members.some((m) => CAN_WORK.has(m.labourCapacity))) {
    warnings.push(`${RISK_TYPE_LABELS[type]}，但该户没有劳动力`);
  }
  if (
    (type === RiskType.SCHOOLING || type === RiskType.COMPULSORY_EDUCATION) &&
    !members.some((m) => m.schoolingStage !== 'NOT_IN_SCHOOL')
  ) {
    warnings.push(`${RISK_TYPE_LABELS[type]}，但该户没有在校生`);
  }
  if (type === RiskType.DISABILITY && !members.some((m) => m.healthStatus === 'DISABLED')) {
    warnings.push(`${RISK_TYPE_LABELS[type]}，但该户没有登记残疾人员`);
  }
  if (
    type === RiskType.ILLNESS &&
    !members.some((m) => m.healthStatus === 'CHRONIC_ILLNESS' || m.healthStatus === 'SERIOUS_ILLNESS')
  ) {
    warnings.push(`${RISK_TYPE_LABELS[type]}，但该户没有登记患病人员`);
  }
  return warnings;
}

export class RiskService {
  constructor(private readonly households: HouseholdService) {}

  async add(ctx: Context, householdId: string, input: RiskFactorInput): Promise<RiskFactor> {
    const household = await this.households.get(ctx, householdId);
    if (!isIsoDate(input.occurredOn) || input.occurredOn > todayInChina())
      throw badInput('input.occurredOn', '发生日期应为不晚于今天的 YYYY-MM-DD');
    if (input.memberId) {
      const member = isUuid(input.memberId)
        ? await ctx.em.findOne(Member, { id: input.memberId, householdId, status: MemberStatus.ACTIVE })
        : null;
      if (!member) throw badInput('input.memberId', '该成员不属于本户');
    }
    const risk = ctx.em.create(RiskFactor, {
      householdId,
      divisionCode: household.divisionCode,
      type: input.type,
      memberId: input.memberId ?? null,
      amount: input.amount ?? null,
      occurredOn: input.occurredOn,
      source: input.source,
      note: input.note?.trim() || null,
    });
    await ctx.em.flush();
    return risk;
  }

  async resolve(ctx: Context, id: string, version: number, resolvedOn: string, note?: string): Promise<RiskFactor> {
    const risk = isUuid(id) ? await ctx.em.findOne(RiskFactor, { id }) : null;
    if (!risk) throw notFound('风险因素');
    if (risk.version !== version) throw staleVersion('风险因素');
    if (risk.status === RiskStatus.RESOLVED) throw conflict('该风险因素已消除');
    if (!isIsoDate(resolvedOn) || resolvedOn > todayInChina() || resolvedOn < risk.occurredOn)
      throw badInput('resolvedOn', '消除日期应在发生日期之后、不晚于今天');
    risk.status = RiskStatus.RESOLVED;
    risk.resolvedOn = resolvedOn;
    if (note?.trim()) risk.note = [risk.note, `消除：${note.trim()}`].filter(Boolean).join('；');
    await ctx.em.flush();
    return risk;
  }
}
