import { randomUUID } from 'node:crypto';
import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../context';
import type { Actor } from '../../auth/actor';
import { assertInJurisdiction } from '../../auth/access';
import { badInput, conflict, notFound, staleVersion } from '../../common/errors';
import { addDays, isIsoDate, todayInChina } from '../../common/dates';
import { formatFen, toFen } from '../../common/money';
import type { Page } from '../../common/pagination';
import { DivisionLevel, isDivisionCode, levelOfCode } from '../../jurisdiction/division-code';
import { divisionCondition, findPage } from '../../jurisdiction/division-list';
import { isUuid } from '../../common/ids';
import { lockBudgetOwner } from '../../common/budget-lock';
import { Division } from '../divisions/division.entity';
import { Household } from '../households/household.entity';
import { HouseholdIncome } from '../households/household-income.entity';
import { HouseholdStatus } from '../households/household.enums';
import { computeIncome, storeIncomeFigure } from '../households/income.rules';
import type { PolicyService } from '../monitoring/policy.service';
import { assertMayTakeStep, mayTakeStep } from '../../common/steps';
import { priorityHouseholdsIn } from '../assets/priority.service';
import { syncAssetIncome } from './asset-income.sync';
import {
  CollectiveIncome,
  DistributionLine,
  DistributionPayment,
  DistributionPlan,
  PlanEvent,
} from './collective-income.entity';
import {
  DistributionLineKind,
  PlanAction,
  PlanGuard,
  PlanState,
  PLAN_ACTION_LABELS,
  PLAN_STATE_LABELS,
} from './collective-income.enums';
import type {
  CollectiveIncomeInput,
  CollectiveIncomeListArgs,
  DistributionLineInput,
  DistributionPlanInput,
  PaymentInput,
  PlanActionArgs,
  PlanListArgs,
} from './collective-income.inputs';
import {
  checkPlan,
  DRAFT_STEP,
  planActionsFrom,
  planStepFor,
  type LineDraft,
  type PlanCheck,
} from './distribution.rules';

/** 村集体经济收益及其分配. */
export class CollectiveIncomeService {
  constructor(private readonly policies: PolicyService) {}

  // ---- yearly income ----

  async income(ctx: Context, divisionCode: string, year: number): Promise<CollectiveIncome | null> {
    return ctx.em.findOne(CollectiveIncome, { divisionCode, year });
  }

  async incomes(ctx: Context, args: CollectiveIncomeListArgs): Promise<Page<CollectiveIncome>> {
    const where: FilterQuery<CollectiveIncome> = { ...divisionCondition(args.divisionCode) };
    if (args.year) where.year = args.year;
    return findPage(ctx.em, CollectiveIncome, where, args, { year: 'desc', divisionCode: 'asc' });
  }

  /** Records a village's income for a year; the asset income comes from the ledger, the distributable is computed. */
  async setIncome(
    ctx: Context,
    divisionCode: string,
    year: number,
    input: CollectiveIncomeInput,
    version?: number | null,
  ): Promise<CollectiveIncome> {
    await this.assertVillage(ctx, divisionCode);
    this.assertYear(year);
    for (const [key, value] of Object.entries(input))
      if (toFen(value as string) < 0) throw badInput(`input.${key}`, '金额不能为负数');
    return ctx.em.transactional(async (em) => {
      // The village-year's income row is the budget the plan's lines are checked against: a submission
      // and a change of income wait for each other (savePlan, act).
      const existing = await lockBudgetOwner(em, CollectiveIncome, { divisionCode, year });
      if (existing && version !== undefined && version !== null && existing.version !== version)
        throw staleVersion('村集体收益');
      const plan = await em.findOne(DistributionPlan, { divisionCode, year }, { refresh: true });
      if (plan && plan.state !== PlanState.DRAFT)
        throw conflict('该年度分配方案已提交，收益不能再修改；如需修改请先由乡镇退回方案');
      const income = existing ?? em.create(CollectiveIncome, { divisionCode, year });
      Object.assign(income, input);
      await syncAssetIncome(em, income);
      await em.flush();
      return income;
    });
  }

  // ---- distribution plans ----

  async plan(ctx: Context, id: string): Promise<DistributionPlan> {
    const found = isUuid(id) ? await ctx.em.findOne(DistributionPlan, { id }) : null;
    if (!found) throw notFound('收益分配方案');
    return found;
  }

  async plans(ctx: Context, args: PlanListArgs): Promise<Page<DistributionPlan>> {
    const where: FilterQuery<DistributionPlan> = { ...divisionCondition(args.divisionCode) };
    if (args.year) where.year = args.year;
    if (args.states?.length) where.state = { $in: args.states };
    return findPage(ctx.em, DistributionPlan, where, args, { year: 'desc', divisionCode: 'asc' });
  }

  /** The guards for lines as typed (the console calls this while amounts are entered). */
  async check(ctx: Context, divisionCode: string, year: number, lines: readonly LineDraft[]): Promise<PlanCheck> {
    return this.checkIn(ctx.em, divisionCode, year, lines);
  }

  private async checkIn(
    em: EntityManager,
    divisionCode: string,
    year: number,
    lines: readonly LineDraft[],
  ): Promise<PlanCheck> {
    if (!isDivisionCode(divisionCode) || levelOfCode(divisionCode) !== DivisionLevel.VILLAGE)
      throw badInput('divisionCode', '请选择村');
    const income = await em.findOne(CollectiveIncome, { divisionCode, year });
    if (!income && !(await em.count(Division, { code: divisionCode }))) throw notFound('行政区划');
    const priority = await priorityHouseholdsIn(em, divisionCode);
    return checkPlan(
      lines,
      income?.distributable ?? '0.00',
      priority.map((p) => p.householdId),
    );
  }

  /**
   * Saves the village's draft (lines replaced as a whole). Paying out more than the distributable
   * income is refused outright; the other guards are flags the submission must justify.
   */
  async savePlan(
    ctx: Context,
    divisionCode: string,
    year: number,
    input: DistributionPlanInput,
    version?: number | null,
  ): Promise<DistributionPlan> {
    const actor = ctx.actor!;
    assertMayTakeStep(actor, DRAFT_STEP);
    await this.assertVillage(ctx, divisionCode);
    const lines = await this.validLines(ctx, divisionCode, input.lines);
    return ctx.em.transactional(async (em) => {
      // Checked under the income row's lock, so an income lowered meanwhile is seen (setIncome).
      const income = await lockBudgetOwner(em, CollectiveIncome, { divisionCode, year });
      if (!income) throw badInput('year', '请先登记该村该年度的集体收益');
      const existing = await em.findOne(DistributionPlan, { divisionCode, year }, { refresh: true });
      if (existing && version !== undefined && version !== null && existing.version !== version)
        throw staleVersion('收益分配方案');
      if (existing && existing.state !== PlanState.DRAFT)
        throw conflict(`方案处于“${PLAN_STATE_LABELS[existing.state]}”，不能修改`);
      const result = await this.checkIn(em, divisionCode, year, lines);
      const over = result.flags.find((f) => f.guard === PlanGuard.OVER_DISTRIBUTION);
      if (over) throw badInput('input.lines', over.message);
      const plan = existing ?? em.create(DistributionPlan, { divisionCode, year, state: PlanState.DRAFT });
      if (!existing) this.record(em, actor, plan, null, null, PlanState.DRAFT, '村级拟定方案');
      for (const old of existing ? await em.find(DistributionLine, { planId: plan.id }) : []) em.remove(old);
      lines.forEach((line, position) =>
        em.create(DistributionLine, { planId: plan.id, divisionCode, position, ...line }),
      );
      plan.total = result.total;
      plan.justification = input.justification?.trim() || null;
      plan.flags = result.flags;
      await em.flush();
      return plan;
    });
  }

  async act(ctx: Context, args: PlanActionArgs): Promise<DistributionPlan> {
    const actor = ctx.actor!;
    const plan = await this.plan(ctx, args.planId);
    if (plan.version !== args.version) throw staleVersion('收益分配方案');
    const step = planStepFor(args.action, plan.state);
    if (!step) throw conflict(`当前状态“${PLAN_STATE_LABELS[plan.state]}”不能执行“${PLAN_ACTION_LABELS[args.action]}”`);
    assertMayTakeStep(actor, step);
    const note = args.note?.trim() || null;
    if (args.action === PlanAction.REJECT && !note) throw badInput('note', '退回须填写理由');
    const today = todayInChina();
    if (args.action === PlanAction.CONFIRM && plan.noticeEndsOn && today < plan.noticeEndsOn) {
      throw conflict(`公示期未满，${plan.noticeEndsOn} 后方可批准`);
    }
    return ctx.em.transactional(async (em) => {
      if (args.action === PlanAction.SUBMIT) {
        // The lines against the income as they stand under the income row's lock (setIncome, savePlan).
        await lockBudgetOwner(em, CollectiveIncome, { divisionCode: plan.divisionCode, year: plan.year });
        const lines = await em.find(
          DistributionLine,
          { planId: plan.id },
          { orderBy: { position: 'asc' }, refresh: true },
        );
        if (!lines.length) throw badInput('lines', '方案没有分配明细');
        const result = await this.checkIn(em, plan.divisionCode, plan.year, lines);
        const over = result.flags.find((f) => f.guard === PlanGuard.OVER_DISTRIBUTION);
        if (over) throw badInput('lines', over.message);
        if (result.flags.length && !plan.justification) {
          throw badInput(
            'justification',
            `方案有以下提示，须填写书面说明后方可提交：${result.flags.map((f) => f.message).join('；')}`,
          );
        }
        plan.flags = result.flags;
      }
      const from = plan.state;
      plan.state = step.to;
      plan.stateChangedAt = new Date();
      if (args.action === PlanAction.APPROVE_TOWNSHIP) {
        const policy = await this.policies.resolve(em, plan.divisionCode, Number(today.slice(0, 4)));
        plan.noticeEndsOn = addDays(today, Number(policy.values.publicNoticeDays ?? 5));
      }
      if (args.action === PlanAction.REJECT) plan.noticeEndsOn = null;
      this.record(
        em,
        actor,
        plan,
        args.action,
        from,
        step.to,
        note ?? (args.action === PlanAction.SUBMIT && plan.justification ? `说明：${plan.justification}` : null),
      );
      await em.flush();
      return plan;
    });
  }

  availableActions(actor: Actor, plan: DistributionPlan): PlanAction[] {
    const noticeRunning = !!plan.noticeEndsOn && todayInChina() < plan.noticeEndsOn;
    return planActionsFrom(plan.state).filter((action) => {
      if (action === PlanAction.CONFIRM && noticeRunning) return false;
      return mayTakeStep(actor, planStepFor(action, plan.state)!);
    });
  }

  /**
   * A payment to a household under an approved plan. It is property income (财产性收入, which the
   * registry defines as including 资产收益分红) of the plan's year: added to that year's income
   * record in the same transaction, and the household's figures recomputed.
   */
  async recordPayment(ctx: Context, input: PaymentInput): Promise<DistributionPayment> {
    const plan = await this.plan(ctx, input.planId);
    assertInJurisdiction(ctx.actor!, plan.divisionCode);
    if (plan.state !== PlanState.APPROVED) throw conflict('方案批准后方可发放');
    const line = isUuid(input.lineId)
      ? await ctx.em.findOne(DistributionLine, { id: input.lineId, planId: plan.id })
      : null;
    if (!line) throw notFound('分配明细');
    if (line.kind !== DistributionLineKind.HOUSEHOLD || !line.householdId)
      throw badInput('input.lineId', '只有到户分配行可登记到户发放');
    if (toFen(input.amount) <= 0) throw badInput('input.amount', '发放金额须大于 0');
    if (!isIsoDate(input.paidOn)) throw badInput('input.paidOn', '发放日期格式应为 YYYY-MM-DD');
    if (input.paidOn > todayInChina()) throw badInput('input.paidOn', '发放日期不能晚于今天');
    const household = await ctx.em.findOne(Household, { id: line.householdId });
    if (!household) throw notFound('农户');
    return ctx.em.transactional(async (em) => {
      // The line is locked so two clerks recording at once cannot pay more than the plan gives.
      await lockBudgetOwner(em, DistributionLine, { id: line.id });
      const paid = (
        await em.find(DistributionPayment, { lineId: line.id }, { fields: ['amount'], disableIdentityMap: true })
      ).reduce((sum, p) => sum + toFen(p.amount), 0);
      if (paid + toFen(input.amount) > toFen(line.amount)) {
        throw badInput('input.amount', `超过该户分配金额：方案 ${line.amount} 元，已发放 ${formatFen(paid)} 元`);
      }
      const payment = em.create(DistributionPayment, {
        planId: plan.id,
        lineId: line.id,
        householdId: household.id,
        divisionCode: household.divisionCode,
        year: plan.year,
        amount: input.amount,
        paidOn: input.paidOn,
        method: input.method,
        note: input.note?.trim() || null,
      });
      await addPropertyIncome(em, household, plan.year, input.amount);
      await em.flush();
      return payment;
    });
  }

  private async validLines(ctx: Context, divisionCode: string, lines: DistributionLineInput[]): Promise<LineDraft[]> {
    const ids = lines.map((l) => l.householdId).filter((id): id is string => !!id);
    const households = ids.length
      ? await ctx.em.find(
          Household,
          { id: { $in: ids.filter(isUuid) }, status: HouseholdStatus.ACTIVE },
          { fields: ['id', 'divisionCode'] },
        )
      : [];
    const inVillage = new Set(households.filter((h) => h.divisionCode === divisionCode).map((h) => h.id));
    return lines.map((line, i) => {
      if (toFen(line.amount) <= 0) throw badInput(`input.lines[${i}].amount`, '金额须大于 0');
      if (line.kind === DistributionLineKind.HOUSEHOLD) {
        if (!line.householdId || !inVillage.has(line.householdId))
          throw badInput(`input.lines[${i}].householdId`, '到户分配须选择本村在册农户');
        if (!line.reason?.trim()) throw badInput(`input.lines[${i}].reason`, '到户分配须写明理由');
      } else if (line.householdId) {
        throw badInput(`input.lines[${i}].householdId`, '只有到户分配行指定农户');
      }
      return {
        kind: line.kind,
        amount: line.amount,
        householdId: line.householdId ?? null,
        reason: line.reason?.trim() || null,
        condition: line.condition?.trim() || null,
      };
    });
  }

  private async assertVillage(ctx: Context, code: string): Promise<void> {
    if (!isDivisionCode(code) || levelOfCode(code) !== DivisionLevel.VILLAGE)
      throw badInput('divisionCode', '村集体收益按村登记，请填写村的 12 位区划代码');
    assertInJurisdiction(ctx.actor!, code);
    if (!(await ctx.em.count(Division, { code }))) throw badInput('divisionCode', '行政区划不存在');
  }

  private assertYear(year: number): void {
    if (!Number.isInteger(year) || year < 2000 || year > 2100) throw badInput('year', '年度不正确');
  }

  private record(
    em: EntityManager,
    actor: Actor,
    plan: DistributionPlan,
    action: PlanAction | null,
    from: PlanState | null,
    to: PlanState,
    note: string | null,
  ): void {
    em.create(PlanEvent, {
      id: randomUUID(),
      planId: plan.id,
      divisionCode: plan.divisionCode,
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

/**
 * Adds a paid amount to the household's property income (财产性收入) of the year, creating the year's
 * record if there is none, and recomputes its net and per-capita figures (income.rules.ts).
 */
export async function addPropertyIncome(
  em: EntityManager,
  household: Household,
  year: number,
  amount: string,
): Promise<void> {
  const memberCount = Math.max(household.memberCount, 1);
  const income =
    (await em.findOne(HouseholdIncome, { householdId: household.id, year })) ??
    em.create(HouseholdIncome, {
      householdId: household.id,
      divisionCode: household.divisionCode,
      year,
      memberCount,
      netIncome: '0.00',
      perCapitaNetIncome: '0.00',
      rigidExpenditure: '0.00',
    });
  income.property = formatFen(toFen(income.property) + toFen(amount));
  Object.assign(income, computeIncome(income, income.memberCount || memberCount));
  storeIncomeFigure(household, income);
}
