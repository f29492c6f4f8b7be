import type { MikroORM } from '@mikro-orm/postgresql';
import type { Context } from '../context';
import { systemEm } from '../jurisdiction/entity-manager';
import { actorContext } from '../request';
import type { Config } from '../config';
import type { Actor } from '../auth/actor';
import { actorForUser } from '../auth/token.service';
import { requestScope } from '../audit/request-scope';
import { TASKS, type JobPayload } from '../common/job-queue';
import { addDays, todayInChina } from '../common/dates';
import { User } from '../modules/users/user.entity';
import { CaseEvent, MonitoringCase } from '../modules/monitoring/monitoring-case.entity';
import { CaseAction, CaseState, RiskSource } from '../modules/monitoring/monitoring.enums';
import { MonitoringCategory } from '../modules/households/household.enums';
import { TRANSITIONS } from '../modules/monitoring/procedure.rules';
import { DepartmentBatch, DepartmentRecordKind, DepartmentWarning } from '../modules/warnings/warning.entity';
import { IncomeCheck, PlanStatus, TeamRole } from '../modules/assistance/assistance.enums';
import { AssistancePlan } from '../modules/assistance/plan.entity';
import { InsuredCause } from '../modules/insurance/insurance.enums';
import { CONTRACT_PERSON } from './households.seed';
import { services } from '../services';

/**
 * The demo's working day (`npm start` only, like assistance.seed.ts; the test template has none of
 * it): cases in every state of the procedure, taken step by step through `CaseService.act` by the
 * demo officers who own each step, so the procedure's rules apply to the demo as to anyone. Only
 * the clock is the seed's: after each step its dates are moved to the day the story says it
 * happened (so some steps are overdue, notices have run, exits have been stable for months).
 *
 * 东营村 (village_officer / township_officer) holds the identification queue; 毕克齐镇 village 201
 * (bkq_village_officer / bkq_township_officer) the later states and the exits. A department batch
 * leaves warnings for the county to judge; the insurer files claims the county reviews.
 */
export const STORY_VILLAGE = '150121100201';
export const STORY_SECOND_VILLAGE = '150121101201';

interface Slot {
  /** The state the story leaves the case in. */
  target: CaseState;
  /** Days ago of each step from the lead on (the last one is how long the case has waited). */
  days: number[];
  reason: string;
  /** Household with income above the line (needed to leave monitoring). */
  stable?: boolean;
  dismiss?: string;
}

/** 东营村: leads to county review, a few waiting past the 15-day regional overdue default. */
const FIRST_VILLAGE: Slot[] = [
  { target: CaseState.LEAD, days: [22], reason: '系统比对：人均纯收入低于监测线' },
  { target: CaseState.LEAD, days: [2], reason: '农户申报：家庭成员突发重病' },
  { target: CaseState.SURVEY, days: [25, 18], reason: '干部排查：务工收入大幅下降' },
  { target: CaseState.VILLAGE_REVIEW, days: [9, 6, 2], reason: '系统比对：刚性支出超过家庭纯收入的一半' },
  { target: CaseState.VILLAGE_REVIEW, days: [20, 16, 10], reason: '干部排查：因灾房屋受损' },
  { target: CaseState.TOWNSHIP_REVIEW, days: [40, 35, 30, 18], reason: '系统比对：人均纯收入低于监测线' },
  { target: CaseState.TOWNSHIP_REVIEW, days: [20, 15, 10, 3], reason: '农户申报：子女上学支出大' },
  { target: CaseState.COUNTY_REVIEW, days: [30, 25, 20, 10, 4], reason: '干部排查：产业经营失败' },
];

/** 毕克齐镇 village 201: later states, exits and a closed lead. */
const SECOND_VILLAGE: Slot[] = [
  { target: CaseState.TOWNSHIP_REVIEW, days: [15, 12, 8, 2], reason: '系统比对：人均纯收入低于监测线' },
  { target: CaseState.COUNTY_REVIEW, days: [45, 40, 35, 25, 20], reason: '系统比对：人均纯收入低于监测线' },
  { target: CaseState.COUNTY_REVIEW, days: [20, 16, 12, 6, 1], reason: '农户申报：家庭成员患慢性病' },
  { target: CaseState.MONITORED, days: [100, 95, 90, 80, 75, 70], reason: '干部排查：务工收入大幅下降' },
  { target: CaseState.MONITORED, days: [60, 55, 50, 40, 35, 30], reason: '系统比对：人均纯收入低于监测线' },
  { target: CaseState.LEAD, days: [5], reason: '农户申报：家中老人住院' },
  {
    target: CaseState.DISMISSED,
    days: [30, 26],
    reason: '系统比对：人均纯收入低于监测线',
    dismiss: '入户核实：收入统计漏报务工收入，实际高于监测线',
  },
  {
    target: CaseState.EXIT_VILLAGE_REVIEW,
    days: [300, 295, 290, 280, 275, 270, 4],
    reason: '因病：家庭成员住院',
    stable: true,
  },
  {
    target: CaseState.EXIT_TOWNSHIP_REVIEW,
    days: [320, 315, 310, 300, 295, 290, 12, 8],
    reason: '因灾：冰雹致农作物绝收',
    stable: true,
  },
  {
    target: CaseState.EXIT_COUNTY_REVIEW,
    days: [330, 325, 320, 310, 305, 300, 30, 25, 20, 17],
    reason: '因学：两个子女上大学',
    stable: true,
  },
  {
    target: CaseState.RISK_ELIMINATED,
    days: [400, 395, 390, 380, 375, 370, 60, 55, 50, 45],
    reason: '因病：户主慢性病',
    stable: true,
  },
  {
    target: CaseState.RISK_ELIMINATED,
    days: [380, 375, 370, 360, 355, 350, 90, 85, 80, 70],
    reason: '务工收入不稳定',
    stable: true,
  },
];

export interface StorySummary {
  cases: number;
  warnings: number;
  claims: number;
}

/** Runs `work` as `actor`, as a request would: its own filtered EntityManager, services and audit scope. */
async function asActor<T>(orm: MikroORM, config: Config, actor: Actor, work: (ctx: Context) => Promise<T>): Promise<T> {
  const ctx = actorContext(orm, config, actor);
  return requestScope.run(ctx.scope, () => work(ctx));
}

const at = (date: string, minute: number) => new Date(`${date}T09:${String(10 + minute).padStart(2, '0')}:00+08:00`);

export async function seedStoryDemo(orm: MikroORM, config: Config): Promise<StorySummary> {
  const em = systemEm(orm);
  if (await em.count(DepartmentBatch, {})) return { cases: 0, warnings: 0, claims: 0 };
  const today = todayInChina();
  const users = await em.find(User, {
    username: {
      $in: [
        'village_officer',
        'township_officer',
        'county_admin',
        'bkq_village_officer',
        'bkq_township_officer',
        'department_medical',
        'insurer',
      ],
    },
  });
  const actor = (username: string) => actorForUser(users.find((u) => u.username === username)!);
  const officers = {
    [STORY_VILLAGE]: { village: actor('village_officer'), township: actor('township_officer') },
    [STORY_SECOND_VILLAGE]: { village: actor('bkq_village_officer'), township: actor('bkq_township_officer') },
  };
  const county = actor('county_admin');
  const run = <T>(who: Actor, work: (ctx: Context) => Promise<T>) => asActor(orm, config, who, work);

  /** Free households of a village (no open case, not the contract's example), poorest first. */
  const freeHouseholds = async (village: string) =>
    em.getConnection().execute<Array<{ id: string; stable: boolean }>>(
      `
    select h.id, (h.per_capita_net_income >= 7500 and not h.no_labour_capacity) as stable from household h
    where h.division_code = ? and h.status = 'ACTIVE'
      and not exists (select 1 from monitoring_case c where c.household_id = h.id)
      and not exists (select 1 from household_member m where m.household_id = h.id and m.id_number = ?)
    order by h.per_capita_net_income nulls first, h.household_number`,
      [village, CONTRACT_PERSON.idNumber],
    );

  let cases = 0;
  const stories: Array<{ caseId: string; village: string }> = [];
  for (const [village, slots] of [
    [STORY_VILLAGE, FIRST_VILLAGE],
    [STORY_SECOND_VILLAGE, SECOND_VILLAGE],
  ] as const) {
    const free = await freeHouseholds(village);
    const stable = free.filter((h) => h.stable).reverse();
    const others = free.filter((h) => !stable.slice(0, slots.filter((s) => s.stable).length).includes(h));
    const who = officers[village];
    for (const slot of slots) {
      const household = slot.stable ? stable.shift() : others.shift();
      if (!household) continue;
      const caseId = await walk(household.id, slot, who);
      stories.push({ caseId, village });
      cases += 1;
    }
  }

  /** Takes one case from a new lead to the slot's state, one `act` per step, each by its owner. */
  async function walk(householdId: string, slot: Slot, who: { village: Actor; township: Actor }): Promise<string> {
    const lead = await run(who.village, (ctx) =>
      services(ctx).cases.openLead(ctx, {
        householdId,
        category: slot.stable ? MonitoringCategory.SUDDEN_HARDSHIP : MonitoringCategory.MARGINAL_AT_RISK,
        source: slot.reason.startsWith('系统比对')
          ? RiskSource.DATA_COMPARISON
          : slot.reason.startsWith('农户申报')
            ? RiskSource.SELF_REPORT
            : RiskSource.CADRE_VISIT,
        reasons: [slot.reason],
      }),
    );
    await backdate(lead.id, slot.days[0]);
    const route = routeTo(slot.target);
    for (const [step, action] of route.entries()) {
      const days = slot.days[step + 1] ?? slot.days.at(-1)!;
      const level =
        action === CaseAction.DISMISS
          ? TRANSITIONS[CaseAction.START_SURVEY].levels[0]
          : TRANSITIONS[action as keyof typeof TRANSITIONS].levels[0];
      const by =
        level === TRANSITIONS[CaseAction.APPROVE_TOWNSHIP].levels[0]
          ? who.township
          : level === TRANSITIONS[CaseAction.CONFIRM_COUNTY].levels[0]
            ? county
            : who.village;
      await run(by, async (ctx) => {
        const current = await services(ctx).cases.get(ctx, lead.id);
        return services(ctx).cases.act(ctx, {
          caseId: lead.id,
          action,
          version: current.version,
          note: action === CaseAction.DISMISS ? slot.dismiss : undefined,
        });
      });
      await backdate(lead.id, days);
    }
    return lead.id;
  }

  /** The forward steps from a lead to a state (the procedure's own table, in order). */
  function routeTo(target: CaseState): CaseAction[] {
    if (target === CaseState.DISMISSED) return [CaseAction.START_SURVEY, CaseAction.DISMISS];
    const steps: CaseAction[] = [];
    let state = CaseState.LEAD;
    while (state !== target) {
      const next = (Object.entries(TRANSITIONS) as Array<[CaseAction, { from: CaseState; to: CaseState }]>).find(
        ([, t]) => t.from === state,
      );
      if (!next) throw new Error(`演示数据：无法从 ${state} 到达 ${target}`);
      steps.push(next[0]);
      state = next[1].to;
    }
    return steps;
  }

  /**
   * Moves the case's latest step to `daysAgo`: its timeline entry, the time it entered its state, and
   * whichever date the step set today (opened, identified, closed; the notice period keeps its length).
   * The timeline is append-only for the application; the seed runs as the owner and lifts the guard
   * only inside this transaction.
   */
  async function backdate(caseId: string, daysAgo: number): Promise<void> {
    const day = addDays(today, -daysAgo);
    await systemEm(orm).transactional(async (tx) => {
      const current = await tx.findOneOrFail(MonitoringCase, { id: caseId });
      const events = await tx.find(CaseEvent, { caseId }, { orderBy: { at: 'asc' } });
      const last = events.at(-1)!;
      await tx
        .getConnection()
        .execute(
          'alter table case_event disable trigger case_event_no_update_delete',
          [],
          'run',
          tx.getTransactionContext(),
        );
      await tx
        .getConnection()
        .execute(
          'update case_event set at = ? where id = ?',
          [at(day, events.length), last.id],
          'run',
          tx.getTransactionContext(),
        );
      await tx
        .getConnection()
        .execute(
          'alter table case_event enable trigger case_event_no_update_delete',
          [],
          'run',
          tx.getTransactionContext(),
        );
      const changes: Partial<MonitoringCase> = { stateChangedAt: at(day, events.length) };
      if (current.openedOn === today) changes.openedOn = day;
      if (current.identifiedOn === today) changes.identifiedOn = day;
      if (current.closedOn === today) changes.closedOn = day;
      if (last.action === CaseAction.SUBMIT_SURVEY && current.noticeEndsOn)
        changes.noticeEndsOn = addDays(current.noticeEndsOn, -daysAgo);
      await tx.nativeUpdate(MonitoringCase, { id: caseId }, changes);
      // A plan drafted at confirmation dates from then too (its due date is counted from it).
      if (last.action === CaseAction.CONFIRM_COUNTY)
        await tx.nativeUpdate(AssistancePlan, { caseId }, { createdAt: at(day, 0) } as never);
    });
  }

  // The monitored households of the second village get what a working case has: a team, measures,
  // a plan in progress, a visit.
  const monitored = await em.find(
    MonitoringCase,
    { id: { $in: stories.map((s) => s.caseId) }, state: CaseState.MONITORED },
    { orderBy: { openedOn: 'asc' } },
  );
  for (const [index, item] of monitored.entries()) {
    const who = officers[STORY_SECOND_VILLAGE];
    const [worker] = await em
      .getConnection()
      .execute<Array<{ id: string }>>(
        `select id from household_member where household_id = ? and status = 'ACTIVE' order by labour_capacity, birth_date desc limit 1`,
        [item.householdId],
      );
    await run(county, async (ctx) => {
      await services(ctx).assistanceTeams.add(ctx, item.householdId, {
        name: index ? '刘海军' : '乔瑞峰',
        role: TeamRole.PAIRED_CADRE,
        unit: '旗乡村振兴局',
        phone: `1394730000${index}`,
        isPrimary: true,
      });
      await services(ctx).assistanceTeams.add(ctx, item.householdId, {
        name: '毕克齐镇村信息员',
        role: TeamRole.VILLAGE_COMMITTEE,
        unit: '村民委员会',
        username: 'bkq_village_officer',
      });
      const measure = await services(ctx).assistanceMeasures.add(
        ctx,
        item.householdId,
        index
          ? {
              kindCode: 'PUBLIC_WELFARE_JOB',
              memberId: worker?.id,
              post: '护林员',
              monthlyPay: '1000.00',
              startsOn: addDays(today, -25),
              responsibleUnit: '旗林草局',
            }
          : {
              kindCode: 'INDUSTRY',
              amount: '5000.00',
              startsOn: addDays(today, -60),
              responsibleUnit: '旗农牧局',
              note: '以奖代补：种植玉米 20 亩',
            },
      );
      const plan = await ctx.em.findOneOrFail(AssistancePlan, { caseId: item.id });
      await services(ctx).assistancePlans.update(ctx, plan.id, plan.version, {
        goal: '一年内人均纯收入稳定在监测线以上',
        status: PlanStatus.IN_PROGRESS,
      });
      return measure;
    });
    await run(who.village, (ctx) =>
      services(ctx).assistanceVisits.record(ctx, {
        clientKey: `story-visit-${item.id}`,
        householdId: item.householdId,
        visitedOn: addDays(today, -(6 + index * 30)),
        findings: '入户了解措施落实和收入情况，家中生活正常',
        incomeCheck: IncomeCheck.STABLE,
      }),
    );
  }

  // 医保局 reports self-paid medical costs for people in two other townships: warnings for the county.
  const people = await em.getConnection().execute<Array<{ id_number: string }>>(`
    select m.id_number from household_member m join household h on h.id = m.household_id
    where h.division_code like '150121102%' and h.status = 'ACTIVE' and m.status = 'ACTIVE' and m.relation = 'HEAD'
      and not exists (select 1 from monitoring_case c where c.household_id = h.id)
    order by h.household_number limit 7`);
  const records = people.map((p, index) => ({
    idNumber: p.id_number,
    kind: index === 6 ? DepartmentRecordKind.DISABILITY_CERTIFIED : DepartmentRecordKind.MEDICAL_SELF_PAY,
    amount: index === 6 ? undefined : `${12000 + index * 4300}.00`,
    grade: index === 6 ? 2 : undefined,
    occurredOn: addDays(today, -(10 + index * 3)),
  }));
  const batch = records.length
    ? await run(actor('department_medical'), (ctx) => services(ctx).warnings.submit(ctx, { records }))
    : null;
  if (batch) {
    // The seed runs before any worker starts: the batch's queued job is done here, as a worker would.
    const [queued] = await em.getConnection().execute<Array<{ id: string; payload: JobPayload }>>(
      `select j.id, j.payload from graphile_worker._private_jobs j join graphile_worker._private_tasks t on t.id = j.task_id
        where t.identifier = ? and j.payload->>'id' = ?`,
      [TASKS.DEPARTMENT_BATCH, batch.id],
    );
    await run(actor('department_medical'), (ctx) => services(ctx).warnings.runBatch(ctx, queued.payload));
    await em.getConnection().execute('select graphile_worker.complete_jobs(array[?]::bigint[])', [queued.id]);
  }
  let warnings = 0;
  if (batch) {
    const found = await em.find(DepartmentWarning, { batchId: batch.id }, { orderBy: { createdAt: 'asc' } });
    warnings = found.length;
    // The county has judged two of them already: one became a lead, one was dismissed.
    if (found[0])
      await run(county, (ctx) =>
        services(ctx).warnings.convert(ctx, found[0].id, found[0].version, MonitoringCategory.SUDDEN_HARDSHIP),
      );
    if (found[1])
      await run(county, (ctx) =>
        services(ctx).warnings.dismiss(
          ctx,
          found[1].id,
          found[1].version,
          '已核实：费用已由大病保险二次报销，家庭收入稳定',
        ),
      );
  }

  // 防贫保: the insurer files three claims (none for the contract's example person); the county has
  // approved one and paid another; the third waits for review.
  const insured = await em.getConnection().execute<Array<{ id_number: string }>>(
    `
    select m.id_number from household_member m join household h on h.id = m.household_id
    where h.division_code like '150121103%' and h.status = 'ACTIVE' and m.status = 'ACTIVE' and m.relation = 'HEAD'
      and h.per_capita_net_income < 8000 and m.id_number <> ?
    order by h.household_number limit 3`,
    [CONTRACT_PERSON.idNumber],
  );
  let claims = 0;
  const year = today.slice(0, 4);
  for (const [index, person] of insured.entries()) {
    try {
      const claim = await run(actor('insurer'), (ctx) =>
        services(ctx).insuranceClaims.file(ctx, {
          idNumber: person.id_number,
          cause: index === 1 ? InsuredCause.ACCIDENT : InsuredCause.ILLNESS,
          incidentDate: `${year}-0${3 + index}-1${index}`,
          totalCost: `${48000 + index * 9000}.00`,
          reimbursedAmount: `${21000 + index * 2000}.00`,
          externalReference: `CPIC-${year}-DEMO-00${index + 1}`,
        }),
      );
      claims += 1;
      if (index === 2) continue;
      const approved = await run(county, (ctx) =>
        services(ctx).insuranceClaims.review(ctx, {
          id: claim.id,
          version: claim.version,
          approve: true,
          note: '材料齐全，符合赔付条件',
        }),
      );
      if (index === 0) {
        await run(county, (ctx) =>
          services(ctx).insuranceClaims.recordPayment(ctx, {
            id: approved.id,
            version: approved.version,
            paidOn: addDays(today, -3),
            paymentReference: `PAY-${year}-0001`,
          }),
        );
      }
    } catch (error) {
      console.warn('演示数据：防贫保理赔未写入', error instanceof Error ? error.message : error);
    }
  }
  return { cases, warnings, claims };
}
