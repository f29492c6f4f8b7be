import { randomUUID } from 'node:crypto';
import { raw, type ObjectQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../context';
import type { Actor } from '../../auth/actor';
import { AppError, ErrorCode, badInput, conflict, notFound, staleVersion } from '../../common/errors';
import { addDays, monthsBetween, todayInChina } from '../../common/dates';
import { toFen } from '../../common/money';
import type { Page, PageArgs } from '../../common/pagination';
import { countyKeyOf, divisionArgumentPrefix, divisionCondition, findPage } from '../../jurisdiction/division-list';
import { isUuid } from '../../common/ids';
import { Household } from '../households/household.entity';
import { HouseholdIncome } from '../households/household-income.entity';
import type { HouseholdService } from '../households/household.service';
import { CaseEvent, MonitoringCase } from './monitoring-case.entity';
import { RiskFactor } from './risk-factor.entity';
import {
  CaseAction,
  CaseState,
  CASE_ACTION_LABELS,
  CASE_STATE_LABELS,
  ProcedureTemplate,
  RiskSource,
  RiskStatus,
  RISK_TYPE_LABELS,
} from './monitoring.enums';
import { MonitoringCategory } from '../households/household.enums';
import { CaseObjection, CaseReview } from './case-review.entity';
import { isIsoDate } from '../../common/dates';
import { DivisionLevel } from '../../jurisdiction/division-code';
import { Permission } from '../../auth/permission';
import type { CaseActionArgs, CaseFilterArgs, ObjectionInput, OpenLeadInput, VillageReviewInput } from './case.inputs';
import { assertMayTakeStep, mayTakeStep, type StepRole } from '../../common/steps';
import {
  actionsFrom,
  allTransitions,
  OPEN_STATES,
  REVIEW_EXITS,
  reviewStageOf,
  transitionFor,
} from './procedure.rules';
import type { PolicyService } from './policy.service';
import type { PlanService } from '../assistance/plan.service';
import { caseLoaders } from './monitoring.loaders';

/** Who records the village review's deliberation and objections: the village, as its steps. */
const VILLAGE_RECORDS: StepRole = { permission: Permission.MONITORING_PROPOSE, levels: [DivisionLevel.VILLAGE] };

/** States that are someone's task; 监测中 is a standing state, not a pending step. */
const TASK_STATES: CaseState[] = OPEN_STATES.filter((s) => s !== CaseState.MONITORED);

export class CaseService {
  constructor(
    private readonly households: HouseholdService,
    private readonly policies: PolicyService,
    private readonly plans: PlanService,
  ) {}

  async get(ctx: Context, id: string): Promise<MonitoringCase> {
    const found = isUuid(id) ? await ctx.em.findOne(MonitoringCase, { id }) : null;
    if (!found) throw notFound('监测案卷');
    return found;
  }

  /** A lead from a self-report or a cadre's visit (identification opens its own, in bulk). */
  async openLead(ctx: Context, input: OpenLeadInput): Promise<MonitoringCase> {
    const household = await this.households.get(ctx, input.householdId);
    const reasons = input.reasons.map((r) => r.trim()).filter(Boolean);
    if (reasons.length === 0) throw badInput('input.reasons', '请填写线索理由');
    if (await ctx.em.count(MonitoringCase, { householdId: household.id, state: { $in: OPEN_STATES } })) {
      throw conflict('该户已有未办结的监测案卷');
    }
    return ctx.em.transactional(async (em) => {
      const opened = this.createLead(em, ctx.actor!, household, input.category, input.source, reasons);
      await em.flush();
      return opened;
    });
  }

  /** A new lead and its first timeline entry, in the caller's transaction (flushed by the caller). */
  createLead(
    em: EntityManager,
    actor: Actor,
    household: { id: string; divisionCode: string },
    category: MonitoringCategory,
    source: RiskSource,
    reasons: string[],
  ): MonitoringCase {
    const opened = em.create(MonitoringCase, {
      householdId: household.id,
      divisionCode: household.divisionCode,
      category,
      state: CaseState.LEAD,
      source,
      reasons,
      openedOn: todayInChina(),
    });
    this.record(em, actor, opened, null, null, CaseState.LEAD, reasons.join('；'));
    return opened;
  }

  /** Performs one step of the procedure, if it is legal from the case's state and the actor's to take. */
  async act(ctx: Context, args: CaseActionArgs): Promise<MonitoringCase> {
    const actor = ctx.actor!;
    const current = await this.get(ctx, args.caseId);
    if (current.version !== args.version) throw staleVersion('监测案卷');
    const today = todayInChina();
    // The county's procedure template (policy, inherited): one engine, the region's step table.
    const policy = await this.policies.resolve(ctx.em, current.divisionCode, Number(today.slice(0, 4)));
    const template = (policy.values.procedureTemplate as ProcedureTemplate | undefined) ?? null;
    const transition = transitionFor(args.action, current.state, template);
    if (!transition) {
      throw conflict(`当前状态“${CASE_STATE_LABELS[current.state]}”不能执行“${CASE_ACTION_LABELS[args.action]}”`);
    }
    assertMayTakeStep(actor, transition);
    const note = args.note?.trim() || null;
    if ((args.action === CaseAction.REJECT || args.action === CaseAction.DISMISS) && !note) {
      throw badInput('note', args.action === CaseAction.REJECT ? '退回须填写理由' : '排除线索须填写理由');
    }
    const household = await this.households.get(ctx, current.householdId);

    const leavingReview = REVIEW_EXITS[args.action];
    if (leavingReview && current.noticeEndsOn && today < current.noticeEndsOn) {
      throw conflict(`公示期未满，${current.noticeEndsOn} 后方可报乡镇审核`);
    }
    if (leavingReview) {
      // seed 004: "严格履行民主评议、公示公告程序…接受群众监督": every objection is answered first.
      const open = await ctx.em.count(CaseObjection, { caseId: current.id, stage: leavingReview, answer: null });
      if (open) throw conflict(`公示期间收到的异议尚有 ${open} 条未答复处理，处理完毕后方可报乡镇审核`);
    }
    if (args.action === CaseAction.PROPOSE_EXIT || args.action === CaseAction.CONFIRM_EXIT_COUNTY) {
      await this.assertExitAllowed(ctx.em, current, household, today);
    }
    if (args.category && args.action !== CaseAction.CONFIRM_COUNTY)
      throw badInput('category', '只有县级认定时可调整类别');

    return ctx.em.transactional(async (em) => {
      const from = current.state;
      current.state = transition.to;
      current.stateChangedAt = new Date();
      if (args.action === CaseAction.SUBMIT_SURVEY && transition.to === CaseState.VILLAGE_REVIEW) {
        current.noticeEndsOn = addDays(today, Number(policy.values.publicNoticeDays ?? 5));
      }
      // Exit may have its own 公示 (policy exitPublicNoticeDays; none by default).
      const exitNoticeDays = Number(policy.values.exitPublicNoticeDays ?? 0);
      if (
        args.action === CaseAction.PROPOSE_EXIT &&
        transition.to === CaseState.EXIT_VILLAGE_REVIEW &&
        exitNoticeDays > 0
      ) {
        current.noticeEndsOn = addDays(today, exitNoticeDays);
      }
      if (args.action === CaseAction.CONFIRM_COUNTY) {
        if (args.category) current.category = args.category;
        current.identifiedOn = today;
        // Monitoring status only; the registration status (脱贫户 and its year) is left as it is.
        household.monitoringCategory = current.category;
        household.monitoredSince = today;
        await this.plans.draftForCase(em, current); // 一户一策 starts as a draft at confirmation
      }
      if (args.action === CaseAction.CONFIRM_EXIT_COUNTY) {
        current.closedOn = today;
        household.monitoringCategory = null; // 风险消除 ends the monitoring; the case stays as history
        household.monitoredSince = null;
      }
      if (args.action === CaseAction.DISMISS) current.closedOn = today;
      this.record(em, actor, current, args.action, from, transition.to, note);
      await em.flush();
      return current;
    });
  }

  /** The steps the actor could take on the case now (the console shows these as buttons). */
  async availableActions(ctx: Context, current: Readonly<MonitoringCase>): Promise<CaseAction[]> {
    const actor = ctx.actor!;
    const template = await caseLoaders(ctx).procedureTemplate.load(current.divisionCode);
    const noticeRunning = !!current.noticeEndsOn && todayInChina() < current.noticeEndsOn;
    return actionsFrom(current.state, template).filter((action) => {
      if (REVIEW_EXITS[action] && noticeRunning) return false;
      const transition = transitionFor(action, current.state, template)!;
      return mayTakeStep(actor, transition);
    });
  }

  /** 民主评议 and 公示 of the village review the case is in, recorded by the village. */
  async recordVillageReview(ctx: Context, caseId: string, input: VillageReviewInput): Promise<CaseReview> {
    const current = await this.get(ctx, caseId);
    const stage = this.assertInVillageReview(ctx.actor!, current);
    const today = todayInChina();
    const attendees = input.attendees.trim();
    const result = input.result.trim();
    if (!isIsoDate(input.deliberatedOn) || input.deliberatedOn > today)
      throw badInput('input.deliberatedOn', '评议日期应为不晚于今天的 YYYY-MM-DD');
    if (!Number.isInteger(input.attendeeCount) || input.attendeeCount < 1 || input.attendeeCount > 10_000)
      throw badInput('input.attendeeCount', '参会人数应为 1 到 10000 之间的整数');
    if (!attendees) throw badInput('input.attendees', '请填写参会人员');
    if (!result) throw badInput('input.result', '请填写评议结果');
    for (const field of ['noticeStartsOn', 'noticeEndsOn'] as const) {
      const value = input[field];
      if (value != null && !isIsoDate(value)) throw badInput(`input.${field}`, '公示日期应为 YYYY-MM-DD');
    }
    if (input.noticeStartsOn && input.noticeEndsOn && input.noticeEndsOn < input.noticeStartsOn)
      throw badInput('input.noticeEndsOn', '公示结束日期不能早于开始日期');
    if (input.noticeStartsOn && input.noticeStartsOn < input.deliberatedOn)
      throw badInput('input.noticeStartsOn', '公示应在评议之后');
    const review = ctx.em.create(CaseReview, {
      caseId: current.id,
      divisionCode: current.divisionCode,
      stage,
      deliberatedOn: input.deliberatedOn,
      attendeeCount: input.attendeeCount,
      attendees,
      agreed: input.agreed,
      result,
      noticeStartsOn: input.noticeStartsOn ?? null,
      noticeEndsOn: input.noticeEndsOn ?? null,
      recordedBy: ctx.actor!.name,
    });
    await ctx.em.flush();
    return review;
  }

  /** An objection received during the 公示; until answered the case cannot leave the review. */
  async recordObjection(ctx: Context, caseId: string, input: ObjectionInput): Promise<CaseObjection> {
    const current = await this.get(ctx, caseId);
    const stage = this.assertInVillageReview(ctx.actor!, current);
    const content = input.content.trim();
    if (!isIsoDate(input.receivedOn) || input.receivedOn > todayInChina())
      throw badInput('input.receivedOn', '收到日期应为不晚于今天的 YYYY-MM-DD');
    if (!content) throw badInput('input.content', '请填写异议内容');
    const objection = ctx.em.create(CaseObjection, {
      caseId: current.id,
      divisionCode: current.divisionCode,
      stage,
      receivedOn: input.receivedOn,
      content,
      recordedBy: ctx.actor!.name,
    });
    await ctx.em.flush();
    return objection;
  }

  /** How an objection was verified and handled (核实处理情况). */
  async answerObjection(ctx: Context, id: string, version: number, answer: string): Promise<CaseObjection> {
    const objection = isUuid(id) ? await ctx.em.findOne(CaseObjection, { id }) : null;
    if (!objection) throw notFound('公示异议');
    if (objection.version !== version) throw staleVersion('公示异议');
    assertMayTakeStep(ctx.actor!, VILLAGE_RECORDS);
    if (objection.answer) throw conflict('该异议已答复');
    if (!answer.trim()) throw badInput('answer', '请填写核实及处理情况');
    Object.assign(objection, { answer: answer.trim(), answeredOn: todayInChina(), answeredBy: ctx.actor!.name });
    await ctx.em.flush();
    return objection;
  }

  private assertInVillageReview(actor: Actor, current: MonitoringCase) {
    const stage = reviewStageOf(current.state);
    if (!stage) throw conflict(`当前状态“${CASE_STATE_LABELS[current.state]}”不在村级评议公示阶段`);
    assertMayTakeStep(actor, VILLAGE_RECORDS);
    return stage;
  }

  async list(ctx: Context, filter: CaseFilterArgs, page: PageArgs): Promise<Page<MonitoringCase>> {
    const where = await this.conditions(ctx, filter);
    const countyKey = countyKeyOf(ctx.actor!.scopePrefix, divisionArgumentPrefix(filter.divisionCode));
    return findPage(ctx.em, MonitoringCase, where, page, { stateChangedAt: 'asc', id: 'asc' }, countyKey);
  }

  /** How many cases the filter finds in each state (the home page's figures: one statement, the list's own conditions). */
  async countByState(ctx: Context, filter: CaseFilterArgs): Promise<Array<{ state: CaseState; cases: number }>> {
    const where = await this.conditions(ctx, filter);
    const qb = ctx.em
      .createQueryBuilder(MonitoringCase, 'c')
      .select(['c.state', raw('count(*)::int as cases')])
      .where(where)
      .groupBy('c.state');
    await qb.applyFilters();
    const counted = new Map(
      (await qb.execute<Array<{ state: CaseState; cases: number }>>('all', false)).map((r) => [r.state, r.cases]),
    );
    return Object.values(CaseState).map((state) => ({ state, cases: counted.get(state) ?? 0 }));
  }

  /**
   * The case list's filter as ORM conditions: 我的待办 keeps the states whose next step is the
   * actor's, 逾期 the task states left longer than the policy allows.
   */
  async conditions(ctx: Context, filter: CaseFilterArgs): Promise<ObjectQuery<MonitoringCase>> {
    const where: ObjectQuery<MonitoringCase> = { ...divisionCondition(filter.divisionCode) };
    const states = new Set(filter.states?.length ? filter.states : Object.values(CaseState));
    if (filter.pendingForMe) {
      const mine = this.pendingStates(ctx.actor!);
      for (const state of [...states]) if (!mine.has(state)) states.delete(state);
    }
    if (filter.overdue) {
      for (const state of [...states]) if (!TASK_STATES.includes(state)) states.delete(state);
      where.stateChangedAt = { $lt: new Date(Date.now() - (await this.overdueDays(ctx)) * 86_400_000) };
    }
    where.state = { $in: [...states] };
    if (filter.category) where.category = filter.category;
    // Ids that are not UUIDs cannot name a case: they match nothing, as a lookup by id answers.
    if (filter.ids) where.id = { $in: filter.ids.filter(isUuid) };
    return where;
  }

  /** Days a task may wait before it counts as overdue (the actor's policy; 15 is the regional default). */
  async overdueDays(ctx: Context): Promise<number> {
    const policy = await this.policies.resolve(ctx.em, ctx.actor!.divisionCode, Number(todayInChina().slice(0, 4)));
    return Number(policy.values.overdueDays ?? 15);
  }

  /** Whether a case waits on a task past the threshold (the list's 逾期, for one row). */
  isOverdue(state: CaseState, stateChangedAt: Date, overdueDays: number): boolean {
    return TASK_STATES.includes(state) && stateChangedAt.getTime() < Date.now() - overdueDays * 86_400_000;
  }

  /** States in which some step is the actor's to take (我的待办). */
  pendingStates(actor: Actor): Set<CaseState> {
    const all = allTransitions();
    return new Set(all.filter((t) => TASK_STATES.includes(t.from) && mayTakeStep(actor, t)).map((t) => t.from));
  }

  /**
   * 风险消除 needs: no active risk, latest per-capita income at or above the line, stable for the
   * policy's months since identification or the last risk was resolved. Households without any
   * labour stay monitored (national rule), so they never exit this way.
   */
  async assertExitAllowed(
    em: EntityManager,
    current: MonitoringCase,
    household: Household,
    today: string,
  ): Promise<void> {
    const refuse = (message: string) => new AppError(ErrorCode.CONFLICT, message);
    if (household.noLabourCapacity) throw refuse('整户无劳动能力的监测对象按规定持续监测，不能标注风险消除');
    const active = await em.find(RiskFactor, { householdId: household.id, status: RiskStatus.ACTIVE });
    if (active.length)
      throw refuse(`仍有未消除的风险因素：${[...new Set(active.map((r) => RISK_TYPE_LABELS[r.type]))].join('、')}`);
    const latest = await em.findOne(HouseholdIncome, { householdId: household.id }, { orderBy: { year: 'desc' } });
    const policy = await this.policies.resolve(em, household.divisionCode, latest?.year ?? Number(today.slice(0, 4)));
    const line = policy.values.incomeLine as string | undefined;
    if (!latest) throw refuse('尚无年度收支记录，无法判断收入是否稳定');
    if (line && toFen(latest.perCapitaNetIncome) < toFen(line)) {
      throw refuse(`${latest.year} 年人均纯收入 ${latest.perCapitaNetIncome} 元仍低于监测线 ${line} 元`);
    }
    const months = Number(policy.values.exitStabilityMonths ?? 6);
    const resolvedDates = (
      await em.find(
        RiskFactor,
        { householdId: household.id, status: RiskStatus.RESOLVED },
        { fields: ['resolvedOn'], disableIdentityMap: true },
      )
    )
      .map((r) => r.resolvedOn!)
      .filter(Boolean);
    const stableSince = [current.identifiedOn ?? current.openedOn, ...resolvedDates].sort().at(-1)!;
    if (monthsBetween(stableSince, today) < months) {
      throw refuse(`收入稳定未满 ${months} 个月（自 ${stableSince} 起计），暂不能风险消除`);
    }
  }

  private record(
    em: EntityManager,
    actor: Actor,
    target: MonitoringCase,
    action: CaseAction | null,
    from: CaseState | null,
    to: CaseState,
    note: string | null,
  ): void {
    em.create(CaseEvent, {
      id: randomUUID(),
      caseId: target.id,
      divisionCode: target.divisionCode,
      action,
      fromState: from,
      toState: to,
      actorName: actor.name,
      actorId: actor.id,
      note,
      at: new Date(),
    });
  }
}
