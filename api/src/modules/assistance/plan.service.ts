import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Field, ObjectType } from 'type-graphql';
import type { Context } from '../../context';
import { badInput, conflict, notFound, staleVersion } from '../../common/errors';
import { isIsoDate, todayInChina } from '../../common/dates';
import type { Page } from '../../common/pagination';
import { divisionCondition, findPage } from '../../jurisdiction/division-list';
import { isUuid } from '../../common/ids';
import type { HouseholdService } from '../households/household.service';
import { MonitoringCase } from '../monitoring/monitoring-case.entity';
import { RiskFactor } from '../monitoring/risk-factor.entity';
import { RiskStatus } from '../monitoring/monitoring.enums';
import { CaseState } from '../monitoring/monitoring.enums';
import { MeasureStatus, PLAN_STATUS_LABELS, PlanStatus } from './assistance.enums';
import type { PlanInput, PlanListArgs } from './assistance.inputs';
import { AssistanceMeasure } from './measure.entity';
import { AssistancePlan } from './plan.entity';
import type { CatalogueService } from './measure-kind.service';
import { addMonths } from './measure.rules';
import { assistanceLoaders } from './assistance.loaders';
import { RISK_ROWS } from '../monitoring/monitoring.loaders';

@ObjectType({ description: '一户一策中的一项风险及针对它的措施（缺什么、补什么）' })
export class PlanRisk {
  @Field(() => RiskFactor) risk!: RiskFactor;
  @Field(() => [AssistanceMeasure]) measures!: AssistanceMeasure[];
}

const MONITORED_STATES = [
  CaseState.MONITORED,
  CaseState.EXIT_VILLAGE_REVIEW,
  CaseState.EXIT_TOWNSHIP_REVIEW,
  CaseState.EXIT_COUNTY_REVIEW,
];

/** Allowed status steps of a plan. */
const PLAN_STEPS: Record<PlanStatus, PlanStatus[]> = {
  [PlanStatus.DRAFT]: [PlanStatus.IN_PROGRESS],
  [PlanStatus.IN_PROGRESS]: [PlanStatus.COMPLETED],
  [PlanStatus.COMPLETED]: [],
};

/** 一户一策: drafted at county confirmation, built by the county, carried out and completed. */
export class PlanService {
  constructor(
    private readonly households: HouseholdService,
    private readonly catalogue: CatalogueService,
  ) {}

  /**
   * Called inside the county confirmation's transaction: a draft plan for the newly monitored
   * household (or the household's unfinished plan, linked to this case).
   */
  async draftForCase(
    em: EntityManager,
    confirmed: Pick<MonitoringCase, 'id' | 'householdId' | 'divisionCode'>,
  ): Promise<AssistancePlan> {
    const existing = await em.findOne(AssistancePlan, {
      householdId: confirmed.householdId,
      status: { $ne: PlanStatus.COMPLETED },
    });
    if (existing) {
      existing.caseId = confirmed.id;
      return existing;
    }
    const { values } = await this.catalogue.policy(em, confirmed.divisionCode);
    return em.create(AssistancePlan, {
      householdId: confirmed.householdId,
      divisionCode: confirmed.divisionCode,
      caseId: confirmed.id,
      targetOn: addMonths(todayInChina(), values.planTargetMonths),
    });
  }

  async get(ctx: Context, id: string): Promise<AssistancePlan> {
    const found = isUuid(id) ? await ctx.em.findOne(AssistancePlan, { id }) : null;
    if (!found) throw notFound('帮扶计划');
    return found;
  }

  async list(ctx: Context, args: PlanListArgs): Promise<Page<AssistancePlan>> {
    const where: FilterQuery<AssistancePlan> = { ...divisionCondition(args.divisionCode) };
    if (args.status) where.status = args.status;
    return findPage(ctx.em, AssistancePlan, where, args, { targetOn: 'asc', id: 'asc' });
  }

  /** A plan for a monitored household that has none (e.g. confirmed before plans were kept). */
  async create(ctx: Context, householdId: string): Promise<AssistancePlan> {
    const household = await this.households.get(ctx, householdId);
    const monitored = await ctx.em.findOne(MonitoringCase, {
      householdId: household.id,
      state: { $in: MONITORED_STATES },
    });
    if (!monitored) throw conflict('只有监测对象才制定一户一策');
    if (await ctx.em.count(AssistancePlan, { householdId: household.id, status: { $ne: PlanStatus.COMPLETED } }))
      throw conflict('该户已有未完成的帮扶计划');
    const plan = await this.draftForCase(ctx.em, monitored);
    await ctx.em.flush();
    return plan;
  }

  async update(ctx: Context, id: string, version: number, input: PlanInput): Promise<AssistancePlan> {
    const plan = await this.get(ctx, id);
    if (plan.version !== version) throw staleVersion('帮扶计划');
    if (plan.status === PlanStatus.COMPLETED) throw conflict('已完成的帮扶计划不能修改');
    if (input.targetOn !== undefined && input.targetOn !== null) {
      if (!isIsoDate(input.targetOn) || input.targetOn < todayInChina())
        throw badInput('input.targetOn', '目标日期应为不早于今天的 YYYY-MM-DD');
      plan.targetOn = input.targetOn;
    }
    if (input.goal !== undefined) plan.goal = input.goal?.trim() || null;
    if (input.status && input.status !== plan.status) {
      if (!PLAN_STEPS[plan.status].includes(input.status)) {
        throw conflict(`帮扶计划不能从“${PLAN_STATUS_LABELS[plan.status]}”改为“${PLAN_STATUS_LABELS[input.status]}”`);
      }
      if (input.status === PlanStatus.IN_PROGRESS) {
        const live = await ctx.em.count(AssistanceMeasure, {
          householdId: plan.householdId,
          status: { $in: [MeasureStatus.PLANNED, MeasureStatus.IN_EFFECT] },
        });
        if (!live) throw conflict('尚未安排帮扶措施，不能开始实施（缺什么、补什么）');
        if (!plan.goal) throw badInput('input.goal', '请填写帮扶目标');
      }
      plan.status = input.status;
    }
    await ctx.em.flush();
    return plan;
  }

  /** Active risks of the household, each with the live measures that name it. */
  async risks(ctx: Context, plan: AssistancePlan): Promise<PlanRisk[]> {
    const [risks, measures] = await Promise.all([
      ctx.rows.load(RISK_ROWS, plan.householdId),
      assistanceLoaders(ctx).measuresByHousehold.load(plan.householdId),
    ]);
    return risks
      .filter((r) => r.status === RiskStatus.ACTIVE)
      .map((risk) => ({
        risk,
        measures: measures.filter((m) => m.status !== MeasureStatus.ENDED && m.riskFactorIds.includes(risk.id)),
      }));
  }
}
