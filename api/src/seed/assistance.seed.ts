import { randomUUID } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';
import { systemEm } from '../jurisdiction/entity-manager';
import { addDays, todayInChina } from '../common/dates';
import { User } from '../modules/users/user.entity';
import { Household } from '../modules/households/household.entity';
import { CaseAction, CaseState, RiskSource, RiskType } from '../modules/monitoring/monitoring.enums';
import { MonitoringCategory } from '../modules/households/household.enums';
import { CaseEvent, MonitoringCase } from '../modules/monitoring/monitoring-case.entity';
import { RiskFactor } from '../modules/monitoring/risk-factor.entity';
import { RegistrationStatus } from '../modules/households/household.enums';
import { IncomeCheck, MeasureStatus, PlanStatus, TeamRole } from '../modules/assistance/assistance.enums';
import { NATIONAL_CATALOGUE } from '../modules/assistance/measure-kind.catalogue';
import { addMonths } from '../modules/assistance/measure.rules';
import { AssistanceMeasure } from '../modules/assistance/measure.entity';
import { AssistancePlan } from '../modules/assistance/plan.entity';
import { TeamMember } from '../modules/assistance/team-member.entity';
import { Visit } from '../modules/assistance/visit.entity';

/** Township whose villages get demo monitored households (the demo township and village officers work there). */
export const ASSISTANCE_DEMO_TOWNSHIP = '150121100';
const PER_VILLAGE = 3;

/**
 * Demo 监测对象 with their assistance, for `npm start` only (the test template starts without
 * monitored households, so the monitoring tests see identification from scratch): in each village
 * of the demo township the three poorest households are monitored; every one has a 一户一专班 and
 * measures, and some are left with gaps the report should find (no development measure, a risk
 * without a measure, a plan still in draft, a loan past term, an overdue visit).
 */
export async function seedAssistanceDemo(orm: MikroORM): Promise<number> {
  const em = systemEm(orm);
  if (await em.count(Visit, { clientKey: { $like: 'demo-%' } })) return 0;
  const today = todayInChina();
  const villageOfficer = await em.findOne(User, { username: 'village_officer' });
  const rows = await em.getConnection().execute<
    Array<{
      id: string;
      division_code: string;
      registration_status: string;
      labour: boolean;
      head: string | null;
      member_id: string | null;
      rank: string;
    }>
  >(
    `
    select * from (
      select h.id, h.division_code, h.registration_status,
        exists (select 1 from household_member m where m.household_id = h.id and m.status = 'ACTIVE' and m.labour_capacity in ('SKILLED', 'ORDINARY', 'WEAK')) as labour,
        (select name from household_member m where m.household_id = h.id and m.relation = 'HEAD' limit 1) as head,
        (select id from household_member m where m.household_id = h.id and m.status = 'ACTIVE' order by m.labour_capacity, m.birth_date desc limit 1) as member_id,
        row_number() over (partition by h.division_code order by h.per_capita_net_income nulls last, h.household_number) as rank
      from household h where h.division_code like ? and h.status = 'ACTIVE'
        and not exists (select 1 from monitoring_case c where c.household_id = h.id and c.state not in ('RISK_ELIMINATED', 'DISMISSED'))) ranked
    where rank <= ? order by division_code, rank`,
    [`${ASSISTANCE_DEMO_TOWNSHIP}%`, PER_VILLAGE],
  );

  const identified = rows.map((_, index) => addDays(today, -(20 + (index % 5) * 15)));
  const cases = rows.map((row, index) => {
    const identifiedOn = identified[index];
    const category =
      row.registration_status === RegistrationStatus.LIFTED_OUT
        ? MonitoringCategory.UNSTABLE_LIFTED_OUT
        : MonitoringCategory.MARGINAL_AT_RISK;
    const monitored = em.create(MonitoringCase, {
      householdId: row.id,
      divisionCode: row.division_code,
      category,
      state: CaseState.MONITORED,
      source: RiskSource.CADRE_VISIT,
      reasons: ['演示数据：人均纯收入低于监测线'],
      openedOn: addDays(identifiedOn, -30),
      identifiedOn,
      stateChangedAt: new Date(`${identifiedOn}T09:00:00+08:00`),
    });
    em.create(CaseEvent, {
      id: randomUUID(),
      caseId: monitored.id,
      divisionCode: row.division_code,
      action: null,
      fromState: null,
      toState: CaseState.LEAD,
      actorName: '演示数据',
      at: new Date(`${addDays(identifiedOn, -30)}T09:00:00+08:00`),
    });
    em.create(CaseEvent, {
      id: randomUUID(),
      caseId: monitored.id,
      divisionCode: row.division_code,
      action: CaseAction.CONFIRM_COUNTY,
      fromState: CaseState.COUNTY_REVIEW,
      toState: CaseState.MONITORED,
      actorName: '演示数据',
      at: new Date(`${identifiedOn}T09:00:00+08:00`),
    });
    return monitored;
  });
  // Cases first: measures and plans refer to them.
  await em.flush();
  // The monitoring status the county confirmation sets (case.service.ts), registration left as it is.
  for (const monitored of cases) {
    await em.nativeUpdate(
      Household,
      { id: monitored.householdId },
      { monitoringCategory: monitored.category, monitoredSince: monitored.identifiedOn },
    );
  }

  rows.forEach((row, index) => {
    const identifiedOn = identified[index];
    const monitored = cases[index];

    const riskType = row.labour
      ? index % 2
        ? RiskType.EMPLOYMENT_INSTABILITY
        : RiskType.INDUSTRY_FAILURE
      : RiskType.ILLNESS;
    const risk = em.create(RiskFactor, {
      householdId: row.id,
      divisionCode: row.division_code,
      type: riskType,
      occurredOn: addDays(identifiedOn, -40),
      source: RiskSource.CADRE_VISIT,
    });

    const village = row.division_code.slice(9);
    const team = [
      {
        name: `${row.head?.[0] ?? '王'}支书`,
        role: TeamRole.VILLAGE_COMMITTEE,
        unit: '村党支部委员会',
        phone: `1394710${village}1`,
      },
      { name: '驻村队员', role: TeamRole.RESIDENT_TEAM, unit: '旗农牧局驻村工作队', phone: `1394710${village}2` },
      {
        name: index % 2 ? '李文斌' : '张俊峰',
        role: TeamRole.PAIRED_CADRE,
        unit: index % 2 ? '旗财政局' : '旗乡村振兴局',
        phone: `1394720${String(index % 2).padStart(3, '0')}1`,
      },
    ];
    team.forEach((member, position) =>
      em.create(TeamMember, {
        householdId: row.id,
        divisionCode: row.division_code,
        ...member,
        isPrimary: position === 2,
        userId: position === 0 && row.division_code === villageOfficer?.divisionCode ? villageOfficer.id : null,
      }),
    );

    // Gaps on purpose: every fourth household gets only a measure that answers no risk (and a
    // labour household then lacks a development measure); one loan runs past its term.
    const gap = index % 4 === 3;
    const give = (code: string, extra: Partial<AssistanceMeasure>) => {
      const kind = NATIONAL_CATALOGUE[code];
      em.create(AssistanceMeasure, {
        householdId: row.id,
        divisionCode: row.division_code,
        kindCode: code,
        kindName: kind.name,
        nature: kind.nature,
        incomeSource: kind.incomeSource,
        responsibleUnit: extra.responsibleUnit ?? '旗乡村振兴局',
        caseId: monitored.id,
        status: MeasureStatus.IN_EFFECT,
        startsOn: identifiedOn,
        ...extra,
      });
    };
    if (gap) {
      give('DRINKING_WATER', { responsibleUnit: '旗水利局' });
    } else if (row.labour) {
      if (index % 2)
        give('PUBLIC_WELFARE_JOB', {
          memberId: row.member_id,
          post: '村道保洁员',
          monthlyPay: '800.00',
          riskFactorIds: [risk.id],
        });
      else give('INDUSTRY', { amount: '3000.00', riskFactorIds: [risk.id], note: '以奖代补：养殖肉羊 10 只' });
      if (index % 6 === 0) {
        give('MICRO_CREDIT', {
          amount: '30000.00',
          startsOn: addMonths(today, -37),
          endsOn: addDays(addMonths(today, -37), 3 * 365),
          responsibleUnit: '旗农村信用联社',
        });
      }
    } else {
      give('MINIMUM_LIVING', { amount: '4200.00', riskFactorIds: [risk.id], responsibleUnit: '旗民政局' });
      give('MEDICAL_RELIEF', {
        memberId: row.member_id,
        amount: '2600.00',
        riskFactorIds: [risk.id],
        responsibleUnit: '旗医疗保障局',
      });
    }

    em.create(AssistancePlan, {
      householdId: row.id,
      divisionCode: row.division_code,
      caseId: monitored.id,
      status: gap ? PlanStatus.DRAFT : PlanStatus.IN_PROGRESS,
      targetOn: addMonths(identifiedOn, 12),
      goal: gap ? null : '年内人均纯收入稳定在监测线以上，风险消除',
    });
    if (index % 5 !== 4) {
      em.create(Visit, {
        householdId: row.id,
        divisionCode: row.division_code,
        clientKey: `demo-${row.id}`,
        visitedOn: addDays(today, -(3 + (index % 20))),
        visitorName: '驻村队员',
        findings: '入户核实收入和措施落实情况，家中生活正常',
        incomeCheck: IncomeCheck.STABLE,
      });
    }
  });
  await em.flush();
  return rows.length;
}
