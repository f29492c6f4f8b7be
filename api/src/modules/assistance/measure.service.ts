import type { Context } from '../../context';
import { badInput, conflict, notFound, staleVersion } from '../../common/errors';
import { todayInChina } from '../../common/dates';
import { isUuid } from '../../common/ids';
import type { HouseholdService } from '../households/household.service';
import { Member } from '../households/member.entity';
import { MemberStatus } from '../households/household.enums';
import { MonitoringCase } from '../monitoring/monitoring-case.entity';
import { RiskFactor } from '../monitoring/risk-factor.entity';
import { OPEN_STATES } from '../monitoring/procedure.rules';
import { MEASURE_STATUS_LABELS, MeasureStatus } from './assistance.enums';
import type { MeasureInput } from './assistance.inputs';
import { AssistanceMeasure } from './measure.entity';
import type { CatalogueService } from './measure-kind.service';
import { assertMeasureFits, STATUS_STEPS } from './measure.rules';

const clean = (value: string | null | undefined) => value?.trim() || null;

/** 帮扶措施: given to a household (or a member), checked against the kind in force where it lives. */
export class MeasureService {
  constructor(
    private readonly households: HouseholdService,
    private readonly catalogue: CatalogueService,
  ) {}

  async get(ctx: Context, id: string): Promise<AssistanceMeasure> {
    const found = isUuid(id) ? await ctx.em.findOne(AssistanceMeasure, { id }) : null;
    if (!found) throw notFound('帮扶措施');
    return found;
  }

  async add(ctx: Context, householdId: string, input: MeasureInput): Promise<AssistanceMeasure> {
    const household = await this.households.get(ctx, householdId);
    const kind = await this.catalogue.kindFor(ctx.em, household.divisionCode, input.kindCode);
    const values = this.values(input);
    assertMeasureFits(kind, values);
    await this.assertBelongs(ctx, household.id, values.memberId, values.riskFactorIds);
    const openCase = await ctx.em.findOne(
      MonitoringCase,
      { householdId: household.id, state: { $in: OPEN_STATES } },
      { fields: ['id'] },
    );
    const measure = ctx.em.create(AssistanceMeasure, {
      householdId: household.id,
      divisionCode: household.divisionCode,
      kindCode: kind.code,
      kindName: kind.name,
      nature: kind.nature,
      incomeSource: kind.incomeSource,
      caseId: openCase?.id ?? null,
      ...values,
    });
    await ctx.em.flush();
    return measure;
  }

  async update(ctx: Context, id: string, version: number, input: MeasureInput): Promise<AssistanceMeasure> {
    const measure = await this.get(ctx, id);
    if (measure.version !== version) throw staleVersion('帮扶措施');
    if (measure.status === MeasureStatus.ENDED) throw conflict('已结束的帮扶措施不能修改');
    if (input.kindCode !== measure.kindCode) throw badInput('input.kindCode', '措施类别不能修改，请另行新增');
    const kind = await this.catalogue.kindFor(ctx.em, measure.divisionCode, measure.kindCode);
    const values = this.values(input);
    assertMeasureFits({ ...kind, active: true }, values);
    await this.assertBelongs(ctx, measure.householdId, values.memberId, values.riskFactorIds);
    Object.assign(measure, values);
    await ctx.em.flush();
    return measure;
  }

  /** planned → in effect → ended (a planned measure may also be dropped); dates default to today. */
  async setStatus(ctx: Context, id: string, version: number, status: MeasureStatus): Promise<AssistanceMeasure> {
    const measure = await this.get(ctx, id);
    if (measure.version !== version) throw staleVersion('帮扶措施');
    if (!STATUS_STEPS[measure.status].includes(status)) {
      throw conflict(`帮扶措施不能从“${MEASURE_STATUS_LABELS[measure.status]}”改为“${MEASURE_STATUS_LABELS[status]}”`);
    }
    const today = todayInChina();
    measure.status = status;
    if (status === MeasureStatus.IN_EFFECT && !measure.startsOn) measure.startsOn = today;
    if (status === MeasureStatus.ENDED && !measure.endsOn) measure.endsOn = today;
    await ctx.em.flush();
    return measure;
  }

  private values(input: MeasureInput) {
    return {
      memberId: clean(input.memberId),
      amount: input.amount ?? null,
      startsOn: clean(input.startsOn),
      endsOn: clean(input.endsOn),
      responsibleUnit: input.responsibleUnit.trim(),
      responsiblePerson: clean(input.responsiblePerson),
      post: clean(input.post),
      monthlyPay: input.monthlyPay ?? null,
      riskFactorIds: [...new Set(input.riskFactorIds ?? [])],
      note: clean(input.note),
    };
  }

  private async assertBelongs(
    ctx: Context,
    householdId: string,
    memberId: string | null,
    riskFactorIds: string[],
  ): Promise<void> {
    if (memberId) {
      const member = isUuid(memberId)
        ? await ctx.em.findOne(Member, { id: memberId, householdId, status: MemberStatus.ACTIVE })
        : null;
      if (!member) throw badInput('input.memberId', '该成员不属于本户');
    }
    if (riskFactorIds.length) {
      if (!riskFactorIds.every(isUuid)) throw badInput('input.riskFactorIds', '风险因素不属于本户');
      const found = await ctx.em.count(RiskFactor, { id: { $in: riskFactorIds }, householdId });
      if (found !== riskFactorIds.length) throw badInput('input.riskFactorIds', '风险因素不属于本户');
    }
  }
}
