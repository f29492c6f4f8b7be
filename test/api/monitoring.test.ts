import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql';
import type { CaseAction as CaseActionValue } from '../gql/graphql';
import { errorCode, errorMessage, startTestApi, type TestApi } from '../support/api';
import { CaseAction, CaseState } from '../../api/src/modules/monitoring/monitoring.enums';
import { transitionFor, TRANSITIONS, REJECTIONS, DISMISSALS } from '../../api/src/modules/monitoring/procedure.rules';
import { DivisionLevel } from '../../api/src/jurisdiction/division-code';

const YEAR = new Date().getFullYear();

const Effective = graphql(`
  query TestEffectivePolicy($code: String!, $year: Int!) {
    effectivePolicy(divisionCode: $code, year: $year) { incomeLine publicNoticeDays exitStabilityMonths sources { field divisionCode } }
  }
`);
const Identify = graphql(`
  mutation TestIdentify($code: String!, $year: Int!) {
    identifyHouseholds(divisionCode: $code, year: $year) { matched leadsOpened alreadyOpen villagesWithoutLine }
  }
`);
const Act = graphql(`
  mutation TestAct($caseId: String!, $action: CaseAction!, $version: Int!, $note: String) {
    actOnCase(caseId: $caseId, action: $action, version: $version, note: $note) { id state version noticeEndsOn identifiedOn }
  }
`);

let api: TestApi;
const tokens: Record<string, string> = {};
beforeAll(async () => {
  api = await startTestApi();
  for (const user of ['village_officer', 'township_officer', 'county_admin', 'county_admin_2', 'city_admin', 'bkq_township_officer']) {
    tokens[user] = await api.login(user);
  }
});
afterAll(async () => { await api?.close(); });

describe('policy', () => {
  it('is inherited field by field down the tree, with one county overriding the line', async () => {
    const village = await api.ok(tokens.county_admin, Effective, { code: '150121100201', year: YEAR });
    expect(village.effectivePolicy).toMatchObject({ incomeLine: '7500.00', publicNoticeDays: 5, exitStabilityMonths: 6 });
    expect(village.effectivePolicy.sources).toContainEqual({ field: 'incomeLine', divisionCode: '150000000000' });
    const other = await api.ok(tokens.county_admin_2, Effective, { code: '150122100201', year: YEAR });
    expect(other.effectivePolicy.incomeLine).toBe('8000.00');
    expect(other.effectivePolicy.sources).toContainEqual({ field: 'incomeLine', divisionCode: '150122000000' });
    expect(other.effectivePolicy.sources).toContainEqual({ field: 'publicNoticeDays', divisionCode: '150000000000' });
    expect((await api.ok(tokens.county_admin, Effective, { code: '150121000000', year: 2019 })).effectivePolicy.incomeLine).toBe('5000.00');
    expect((await api.ok(tokens.county_admin, Effective, { code: '150121000000', year: 2021 })).effectivePolicy.incomeLine).toBe('6000.00');
  });

  it('is set only inside the jurisdiction; a city value reaches its counties; bad values are refused', async () => {
    const set = `mutation($code: String!, $year: Int!, $input: PolicyInput!) { setPolicy(divisionCode: $code, year: $year, input: $input) { id } }`;
    expect(errorCode(await api.exec(tokens.county_admin, set, { code: '150122000000', year: 2023, input: { incomeLine: '1.00' } }))).toBe('FORBIDDEN');
    expect(errorCode(await api.exec(tokens.county_admin, set, { code: '150121000000', year: 2023, input: { maxMonitoredRatio: 3 } }))).toBe('BAD_USER_INPUT');
    await api.ok(tokens.city_admin, set, { code: '150100000000', year: 2023, input: { incomeLine: '6800.00' } });
    const inherited = await api.ok(tokens.county_admin, Effective, { code: '150121100201', year: 2023 });
    expect(inherited.effectivePolicy).toMatchObject({ incomeLine: '6800.00', publicNoticeDays: null });
    expect(inherited.effectivePolicy.sources).toEqual([{ field: 'incomeLine', divisionCode: '150100000000' }]);
  });
});

describe('identification (系统比对)', () => {
  it('opens a lead for exactly the households that meet the policy, with reasons, and is idempotent', async () => {
    // The same rule, written independently: at or under the line 7,500 (a 一般农户 only with a risk
    // as well); rigid > 100% of last year's net income; per-capita drop > 30%; subsidies > 50% of income.
    const expected = await api.sql<{ id: string }>(`
      select h.id from household h
      join household_income i on i.household_id = h.id and i.year = ?
      left join household_income p on p.household_id = h.id and p.year = ? - 1
      where h.division_code like '150121%' and h.status = 'ACTIVE' and (
        (i.per_capita_net_income <= 7500 and (h.registration_status = 'LIFTED_OUT'
          or exists (select 1 from risk_factor r where r.household_id = h.id and r.status = 'ACTIVE')
          or (p.net_income > 0 and i.rigid_expenditure > p.net_income)
          or (p.per_capita_net_income > 0 and i.per_capita_net_income < p.per_capita_net_income * 0.7)))
        or (p.net_income > 0 and i.rigid_expenditure > p.net_income * 1.0)
        or (p.per_capita_net_income > 0 and i.per_capita_net_income < p.per_capita_net_income * 0.7)
        or (i.wages + i.operations + i.property + i.transfers > 0 and i.subsidies > (i.wages + i.operations + i.property + i.transfers) * 0.5))`, [YEAR, YEAR]);
    expect(expected.length).toBeGreaterThan(20);

    const first = await api.ok(tokens.county_admin, Identify, { code: '150121000000', year: YEAR });
    expect(first.identifyHouseholds).toMatchObject({ matched: expected.length, leadsOpened: expected.length, alreadyOpen: 0, villagesWithoutLine: 0 });
    const cases = await api.sql<{ household_id: string; reasons: string[]; state: string; source: string }>(`select household_id, reasons, state, source from monitoring_case where division_code like '150121%'`);
    expect(new Set(cases.map((c) => c.household_id))).toEqual(new Set(expected.map((e) => e.id)));
    expect(cases.every((c) => c.state === 'LEAD' && c.source === 'DATA_COMPARISON' && c.reasons.length > 0)).toBe(true);
    expect(cases.some((c) => c.reasons.some((r) => r.includes('不高于监测收入线 7500.00 元')))).toBe(true);

    const second = await api.ok(tokens.county_admin, Identify, { code: '150121000000', year: YEAR });
    expect(second.identifyHouseholds).toMatchObject({ matched: expected.length, leadsOpened: 0, alreadyOpen: expected.length });
    const [{ n }] = await api.sql<{ n: string }>(`select count(*) as n from monitoring_case where division_code like '150121%'`);
    expect(Number(n)).toBe(expected.length);
    // Each lead is in the audit log and the case timeline, with the actor.
    const [{ audited }] = await api.sql<{ audited: string }>(`select count(*) as audited from audit_entry where entity_name = 'MonitoringCase' and action = 'CREATE' and actor_name = 'county_admin'`);
    expect(Number(audited)).toBe(expected.length);
    // Nothing in the other county was touched.
    expect(await api.sql(`select 1 from monitoring_case where division_code like '150122%'`)).toHaveLength(0);
  });

  it('is refused outside the jurisdiction and to those without the permission', async () => {
    expect(errorCode(await api.exec(tokens.county_admin_2, Identify, { code: '150121000000', year: YEAR }))).toBe('NOT_FOUND');
    expect(errorCode(await api.exec(tokens.village_officer, Identify, { code: '150121100201', year: YEAR }))).toBe('FORBIDDEN');
  });
});

/** A case on a well-off household of 东营村, forced into each state in turn. */
async function fixtureCase(): Promise<{ caseId: string; householdId: string }> {
  const [household] = await api.sql<{ id: string }>(`
    select h.id from household h where h.division_code = '150121100201' and h.no_labour_capacity = false
      and h.per_capita_net_income > 9000
      and not exists (select 1 from monitoring_case c where c.household_id = h.id and c.state not in ('RISK_ELIMINATED', 'DISMISSED'))
    order by h.household_number limit 1`);
  const result = await api.ok(tokens.village_officer, `mutation($h: String!) { openLead(input: { householdId: $h, category: MARGINAL_AT_RISK, source: CADRE_VISIT, reasons: ["走访发现家庭成员突发疾病"] }) { id } }`, { h: household.id }) as { openLead: { id: string } };
  return { caseId: result.openLead.id, householdId: household.id };
}

const ACTOR_AT: Record<DivisionLevel, string> = {
  [DivisionLevel.VILLAGE]: 'village_officer',
  [DivisionLevel.TOWNSHIP]: 'township_officer',
  [DivisionLevel.COUNTY]: 'county_admin',
  [DivisionLevel.CITY]: 'city_admin',
  [DivisionLevel.PROVINCE]: 'city_admin',
};

describe('the procedure', () => {
  it('allows every legal transition to the right level and refuses every illegal one (table of cases)', async () => {
    const { caseId } = await fixtureCase();
    // Stable and long identified, so exit guards pass; the notice period is over.
    await api.sql(`update monitoring_case set identified_on = current_date - 400, opened_on = current_date - 420 where id = ?`, [caseId]);
    const outcomes: string[] = [];
    for (const state of Object.values(CaseState)) {
      for (const action of Object.values(CaseAction)) {
        await api.sql(`update monitoring_case set state = ?, notice_ends_on = null, identified_on = current_date - 400 where id = ?`, [state, caseId]);
        const [{ version }] = await api.sql<{ version: number }>(`select version from monitoring_case where id = ?`, [caseId]);
        const legal = transitionFor(action, state);
        const nominal = legal ?? (action in TRANSITIONS ? TRANSITIONS[action as keyof typeof TRANSITIONS] : REJECTIONS[CaseState.TOWNSHIP_REVIEW]!);
        const actor = ACTOR_AT[nominal.level];
        const result = await api.exec(tokens[actor], Act, { caseId, action, version, note: '测试说明' });
        if (legal) {
          if (result.errors) outcomes.push(`${state} --${action}--> expected ${legal.to}, got ${JSON.stringify(result.errors[0])}`);
          else if (result.data?.actOnCase.state !== legal.to) outcomes.push(`${state} --${action}--> ${result.data?.actOnCase.state}, expected ${legal.to}`);
        } else if (errorCode(result) !== 'CONFLICT') {
          outcomes.push(`${state} --${action}--> expected CONFLICT, got ${JSON.stringify(result.errors ?? result.data)}`);
        }
      }
    }
    expect(outcomes).toEqual([]);
    const legalCount = Object.values(CaseState).flatMap((s) => Object.values(CaseAction).filter((a) => transitionFor(a, s))).length;
    expect(legalCount).toBe(Object.keys(TRANSITIONS).length + Object.keys(REJECTIONS).length + Object.keys(DISMISSALS).length);
  });

  it('refuses a step to the wrong level or to someone outside the case’s jurisdiction', async () => {
    const { caseId } = await fixtureCase();
    const version = 1;
    // The county may not do the village's survey; the township may not confirm for the county.
    const county = await api.exec(tokens.county_admin, Act, { caseId, action: 'START_SURVEY', version });
    expect(errorCode(county)).toBe('FORBIDDEN');
    expect(errorMessage(county)).toBe('此步骤须由村级办理');
    expect(errorCode(await api.exec(tokens.city_admin, Act, { caseId, action: 'START_SURVEY', version }))).toBe('FORBIDDEN');
    // Another township's reviewer and another county cannot even see the case.
    expect(errorCode(await api.exec(tokens.bkq_township_officer, Act, { caseId, action: 'REJECT', version, note: 'x' }))).toBe('NOT_FOUND');
    expect(errorCode(await api.exec(tokens.county_admin_2, `query($id: String!) { monitoringCase(id: $id) { id } }`, { id: caseId }))).toBe('NOT_FOUND');
    const list = await api.ok(tokens.county_admin_2, `query { monitoringCases(limit: 200) { total items { divisionCode } } }`) as { monitoringCases: { total: number } };
    expect(list.monitoringCases.total).toBe(0);
    // Rejection needs a reason; a stale version is a conflict.
    const [{ state }] = await api.sql<{ state: string }>(`select state from monitoring_case where id = ?`, [caseId]);
    expect(state).toBe('LEAD');
    expect(errorCode(await api.exec(tokens.village_officer, Act, { caseId, action: 'DISMISS', version }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await api.exec(tokens.village_officer, Act, { caseId, action: 'START_SURVEY', version: version + 5 }))).toBe('CONFLICT');
  });

  it('walks lead → 监测中 with the notice period, a rejection, queues, timeline and audit', async () => {
    const { caseId, householdId } = await fixtureCase();
    const step = async (user: string, action: CaseActionValue, note?: string) => {
      const [{ version }] = await api.sql<{ version: number }>(`select version from monitoring_case where id = ?`, [caseId]);
      return api.exec(tokens[user], Act, { caseId, action, version, note });
    };
    expect((await step('village_officer', 'START_SURVEY')).data?.actOnCase.state).toBe('SURVEY');
    const surveyed = await step('village_officer', 'SUBMIT_SURVEY', '入户核实：户主住院，自付医疗费较高');
    expect(surveyed.data?.actOnCase.state).toBe('VILLAGE_REVIEW');
    const noticeEnds = surveyed.data!.actOnCase.noticeEndsOn!;
    expect(Math.round((Date.parse(noticeEnds) - Date.parse(new Date().toISOString().slice(0, 10))) / 86_400_000)).toBeGreaterThanOrEqual(4);
    const actions = async () => (await api.ok(tokens.village_officer, `query($id: String!) { monitoringCase(id: $id) { availableActions } }`, { id: caseId }) as {
      monitoringCase: { availableActions: string[] };
    }).monitoringCase.availableActions;
    expect(await actions()).not.toContain('SUBMIT_VILLAGE_REVIEW'); // not offered during the notice period
    const early = await step('village_officer', 'SUBMIT_VILLAGE_REVIEW');
    expect(errorCode(early)).toBe('CONFLICT');
    expect(errorMessage(early)).toContain('公示期未满');
    await api.sql(`update monitoring_case set notice_ends_on = current_date - 1 where id = ?`, [caseId]); // five days pass
    expect(await actions()).toEqual(['SUBMIT_VILLAGE_REVIEW']);
    expect((await step('village_officer', 'SUBMIT_VILLAGE_REVIEW')).data?.actOnCase.state).toBe('TOWNSHIP_REVIEW');

    const pending = await api.ok(tokens.township_officer, `query { monitoringCases(pendingForMe: true, limit: 200) { items { id state } } }`) as { monitoringCases: { items: Array<{ id: string; state: string }> } };
    expect(pending.monitoringCases.items.map((c) => c.id)).toContain(caseId);
    expect(pending.monitoringCases.items.every((c) => ['TOWNSHIP_REVIEW', 'EXIT_TOWNSHIP_REVIEW'].includes(c.state))).toBe(true);

    expect((await step('township_officer', 'REJECT', '收入核算缺少务工收入，请补充')).data?.actOnCase.state).toBe('VILLAGE_REVIEW');
    expect((await step('village_officer', 'SUBMIT_VILLAGE_REVIEW')).data?.actOnCase.state).toBe('TOWNSHIP_REVIEW');
    expect((await step('township_officer', 'APPROVE_TOWNSHIP')).data?.actOnCase.state).toBe('COUNTY_REVIEW');
    const confirmed = await step('county_admin', 'CONFIRM_COUNTY', '认定为边缘易致贫户');
    expect(confirmed.data?.actOnCase).toMatchObject({ state: 'MONITORED', identifiedOn: expect.any(String) });
    const [household] = await api.sql<{ monitoring_category: string; monitored_since: string | null }>(`select monitoring_category, monitored_since::text from household where id = ?`, [householdId]);
    expect(household).toEqual({ monitoring_category: 'MARGINAL_AT_RISK', monitored_since: confirmed.data?.actOnCase.identifiedOn });

    const timeline = await api.ok(tokens.county_admin, `query($id: String!) { monitoringCase(id: $id) { events { action toState actorName note } } }`, { id: caseId }) as {
      monitoringCase: { events: Array<{ action: string | null; toState: string; actorName: string; note: string | null }> };
    };
    expect(timeline.monitoringCase.events.map((e) => `${e.actorName}:${e.action ?? 'OPEN'}→${e.toState}`)).toEqual([
      'village_officer:OPEN→LEAD', 'village_officer:START_SURVEY→SURVEY', 'village_officer:SUBMIT_SURVEY→VILLAGE_REVIEW',
      'village_officer:SUBMIT_VILLAGE_REVIEW→TOWNSHIP_REVIEW', 'township_officer:REJECT→VILLAGE_REVIEW',
      'village_officer:SUBMIT_VILLAGE_REVIEW→TOWNSHIP_REVIEW', 'township_officer:APPROVE_TOWNSHIP→COUNTY_REVIEW', 'county_admin:CONFIRM_COUNTY→MONITORED',
    ]);
    expect(timeline.monitoringCase.events[4].note).toBe('收入核算缺少务工收入，请补充');
    const audit = await api.sql<{ actor_name: string; changes: { state: [string, string] } }>(
      `select actor_name, changes from audit_entry where entity_name = 'MonitoringCase' and entity_id = ? and action = 'UPDATE' order by id`, [caseId]);
    expect(audit.map((a) => `${a.actor_name}:${a.changes.state?.[1]}`)).toEqual([
      'village_officer:SURVEY', 'village_officer:VILLAGE_REVIEW', 'village_officer:TOWNSHIP_REVIEW', 'township_officer:VILLAGE_REVIEW',
      'village_officer:TOWNSHIP_REVIEW', 'township_officer:COUNTY_REVIEW', 'county_admin:MONITORED',
    ]);
  });
});

describe('exit (风险消除)', () => {
  async function monitoredCase(identifiedDaysAgo: number) {
    const { caseId, householdId } = await fixtureCase();
    await api.sql(`update monitoring_case set state = 'MONITORED', identified_on = current_date - ?::int where id = ?`, [identifiedDaysAgo, caseId]);
    return { caseId, householdId };
  }
  const propose = async (caseId: string) => {
    const [{ version }] = await api.sql<{ version: number }>(`select version from monitoring_case where id = ?`, [caseId]);
    return api.exec(tokens.village_officer, Act, { caseId, action: 'PROPOSE_EXIT', version });
  };

  it('is refused while a risk factor is active, and allowed once it is resolved and income stable', async () => {
    const { caseId, householdId } = await monitoredCase(300);
    const added = await api.ok(tokens.village_officer, `mutation($h: String!) { addRiskFactor(householdId: $h, input: { type: ILLNESS, amount: "12000.00", occurredOn: "2026-01-10", source: CADRE_VISIT }) { id version warnings } }`, { h: householdId }) as {
      addRiskFactor: { id: string; version: number };
    };
    const refused = await propose(caseId);
    expect(errorCode(refused)).toBe('CONFLICT');
    expect(errorMessage(refused)).toBe('仍有未消除的风险因素：因病');
    await api.ok(tokens.village_officer, `mutation($id: String!, $v: Int!) { resolveRiskFactor(id: $id, version: $v, resolvedOn: "2026-02-01") { status } }`, { id: added.addRiskFactor.id, v: added.addRiskFactor.version });
    expect((await propose(caseId)).data?.actOnCase.state).toBe('EXIT_VILLAGE_REVIEW');
  });

  it('is refused before the stability period has passed', async () => {
    const { caseId } = await monitoredCase(30);
    const refused = await propose(caseId);
    expect(errorCode(refused)).toBe('CONFLICT');
    expect(errorMessage(refused)).toMatch(/收入稳定未满 6 个月/);
  });

  it('is refused for households without any labour (they stay monitored) and below the line', async () => {
    const { caseId, householdId } = await monitoredCase(400);
    await api.sql(`update household set no_labour_capacity = true where id = ?`, [householdId]);
    expect(errorMessage(await propose(caseId))).toBe('整户无劳动能力的监测对象按规定持续监测，不能标注风险消除');
    await api.sql(`update household set no_labour_capacity = false where id = ?`, [householdId]);
    await api.sql(`update household_income set per_capita_net_income = 3000 where household_id = ? and year = ?`, [householdId, YEAR]);
    expect(errorMessage(await propose(caseId))).toBe(`${YEAR} 年人均纯收入 3000.00 元仍低于监测线 7500.00 元`);
  });
});

describe('risk factors', () => {
  it('warn when a risk does not fit the household (务工就业不稳 but nobody can work)', async () => {
    const [household] = await api.sql<{ id: string }>(`
      select h.id from household h where h.division_code like '150121100%' and not exists (
        select 1 from household_member m where m.household_id = h.id and m.status = 'ACTIVE' and m.labour_capacity in ('SKILLED', 'ORDINARY', 'WEAK')) limit 1`);
    const result = await api.ok(tokens.village_officer, `mutation($h: String!) { addRiskFactor(householdId: $h, input: { type: EMPLOYMENT_INSTABILITY, occurredOn: "2026-03-01", source: SELF_REPORT }) { warnings } }`, { h: household.id }) as {
      addRiskFactor: { warnings: string[] };
    };
    expect(result.addRiskFactor.warnings).toEqual(['因务工就业不稳，但该户没有劳动力']);
  });
});

describe('supervision', () => {
  it('counts cases by state, overdue steps and the monitored ratio per child division', async () => {
    await api.sql(`update monitoring_case set state_changed_at = now() - interval '20 days' where id in (select id from monitoring_case where state = 'LEAD' and division_code like '150121%' limit 3)`);
    const result = await api.ok(tokens.county_admin, `query { supervision(divisionCode: "150121000000") {
      overdueDays total { persons monitoredPersons monitoredRatio overdueCases byState { state cases } }
      children { divisionCode divisionName persons monitoredPersons ratioFlag overdueCases } } }`) as {
      supervision: { overdueDays: number; total: { persons: number; monitoredPersons: number; overdueCases: number; byState: Array<{ state: string; cases: number }> }; children: Array<{ divisionCode: string; persons: number }> };
    };
    const { supervision } = result;
    expect(supervision.overdueDays).toBe(15);
    expect(supervision.total.overdueCases).toBeGreaterThanOrEqual(3);
    const [{ persons, monitored }] = await api.sql<{ persons: string; monitored: string }>(`
      select sum(member_count) as persons, coalesce(sum(member_count) filter (where exists (select 1 from monitoring_case c where c.household_id = h.id and c.state in ('MONITORED', 'EXIT_VILLAGE_REVIEW', 'EXIT_TOWNSHIP_REVIEW', 'EXIT_COUNTY_REVIEW'))), 0) as monitored
      from household h where division_code like '150121%' and status = 'ACTIVE'`);
    expect(supervision.total.persons).toBe(Number(persons));
    expect(supervision.total.monitoredPersons).toBe(Number(monitored));
    expect(supervision.children.map((c) => c.divisionCode)).toHaveLength(6);
    expect(supervision.children.reduce((s, c) => s + c.persons, 0)).toBe(Number(persons));
    const [{ leads }] = await api.sql<{ leads: string }>(`select count(*) as leads from monitoring_case where division_code like '150121%' and state = 'LEAD'`);
    expect(supervision.total.byState.find((s) => s.state === 'LEAD')?.cases).toBe(Number(leads));
    expect(errorCode(await api.exec(tokens.county_admin_2, `query { supervision(divisionCode: "150121000000") { overdueDays } }`))).toBe('NOT_FOUND');
  });
});

describe('case lists', () => {
  it('cost a constant number of SQL statements for 5 and 50 cases with household, head, timeline and actions', async () => {
    const query = `query($limit: Int) { monitoringCases(limit: $limit) { total items { id state availableActions
      household { householdNumber head { name } division { name } } events { action actorName } } } }`;
    const count = async (limit: number) => {
      api.resetQueries();
      const { monitoringCases } = await api.ok(tokens.county_admin, query, { limit }) as { monitoringCases: { items: unknown[] } };
      expect(monitoringCases.items).toHaveLength(limit);
      return api.queries.length;
    };
    const small = await count(5);
    expect(await count(50)).toBe(small);
  });
});
