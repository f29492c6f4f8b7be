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
    effectivePolicy(divisionCode: $code, year: $year) {
      incomeLine
      publicNoticeDays
      exitStabilityMonths
      sources {
        field
        divisionCode
      }
    }
  }
`);
const Identify = graphql(`
  mutation TestIdentify($code: String!, $year: Int!) {
    identifyHouseholds(divisionCode: $code, year: $year) {
      matched
      leadsOpened
      alreadyOpen
      villagesWithoutLine
    }
  }
`);
const Act = graphql(`
  mutation TestAct($caseId: String!, $action: CaseAction!, $version: Int!, $note: String) {
    actOnCase(caseId: $caseId, action: $action, version: $version, note: $note) {
      id
      state
      version
      noticeEndsOn
      identifiedOn
    }
  }
`);

let api: TestApi;
const tokens: Record<string, string> = {};
beforeAll(async () => {
  api = await startTestApi();
  for (const user of [
    'village_officer',
    'township_officer',
    'county_admin',
    'county_admin_2',
    'city_admin',
    'bkq_township_officer',
  ]) {
    tokens[user] = await api.login(user);
  }
});
afterAll(async () => {
  await api?.close();
});

describe('policy', () => {
  it('is inherited field by field down the tree, with one county overriding the line', async () => {
    const village = await api.ok(tokens.county_admin, Effective, { code: '150121100201', year: YEAR });
    expect(village.effectivePolicy).toMatchObject({
      incomeLine: '7500.00',
      publicNoticeDays: 5,
      exitStabilityMonths: 6,
    });
    expect(village.effectivePolicy.sources).toContainEqual({ field: 'incomeLine', divisionCode: '150000000000' });
    const other = await api.ok(tokens.county_admin_2, Effective, { code: '150122100201', year: YEAR });
    expect(other.effectivePolicy.incomeLine).toBe('8000.00');
    expect(other.effectivePolicy.sources).toContainEqual({ field: 'incomeLine', divisionCode: '150122000000' });
    expect(other.effectivePolicy.sources).toContainEqual({ field: 'publicNoticeDays', divisionCode: '150000000000' });
    expect(
      (await api.ok(tokens.county_admin, Effective, { code: '150121000000', year: 2019 })).effectivePolicy.incomeLine,
    ).toBe('5000.00');
    expect(
      (await api.ok(tokens.county_admin, Effective, { code: '150121000000', year: 2021 })).effectivePolicy.incomeLine,
    ).toBe('6000.00');
  });

  it('is set only inside the jurisdiction; a city value reaches its counties; bad values are refused', async () => {
    const set = `mutation($code: String!, $year: Int!, $input: PolicyInput!) { setPolicy(divisionCode: $code, year: $year, input: $input) { id } }`;
    expect(
      errorCode(
        await api.exec(tokens.county_admin, set, { code: '150122000000', year: 2023, input: { incomeLine: '1.00' } }),
      ),
    ).toBe('FORBIDDEN');
    expect(
      errorCode(
        await api.exec(tokens.county_admin, set, { code: '150121000000', year: 2023, input: { maxMonitoredRatio: 3 } }),
      ),
    ).toBe('BAD_USER_INPUT');
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
    const expected = await api.sql<{ id: string }>(
      `
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
        or (i.wages + i.operations + i.property + i.transfers > 0 and i.subsidies > (i.wages + i.operations + i.property + i.transfers) * 0.5))`,
      [YEAR, YEAR],
    );
    expect(expected.length).toBeGreaterThan(20);

    const first = await api.ok(tokens.county_admin, Identify, { code: '150121000000', year: YEAR });
    expect(first.identifyHouseholds).toMatchObject({
      matched: expected.length,
      leadsOpened: expected.length,
      alreadyOpen: 0,
      villagesWithoutLine: 0,
    });
    const cases = await api.sql<{ household_id: string; reasons: string[]; state: string; source: string }>(
      `select household_id, reasons, state, source from monitoring_case where division_code like '150121%'`,
    );
    expect(new Set(cases.map((c) => c.household_id))).toEqual(new Set(expected.map((e) => e.id)));
    expect(cases.every((c) => c.state === 'LEAD' && c.source === 'DATA_COMPARISON' && c.reasons.length > 0)).toBe(true);
    expect(cases.some((c) => c.reasons.some((r) => r.includes('不高于监测收入线 7500.00 元')))).toBe(true);

    const second = await api.ok(tokens.county_admin, Identify, { code: '150121000000', year: YEAR });
    expect(second.identifyHouseholds).toMatchObject({
      matched: expected.length,
      leadsOpened: 0,
      alreadyOpen: expected.length,
    });
    const [{ n }] = await api.sql<{ n: string }>(
      `select count(*) as n from monitoring_case where division_code like '150121%'`,
    );
    expect(Number(n)).toBe(expected.length);
    // Each lead is in the audit log and the case timeline, with the actor.
    const [{ audited }] = await api.sql<{ audited: string }>(
      `select count(*) as audited from audit_entry where entity_name = 'MonitoringCase' and action = 'CREATE' and actor_name = 'county_admin'`,
    );
    expect(Number(audited)).toBe(expected.length);
    // Nothing in the other county was touched.
    expect(await api.sql(`select 1 from monitoring_case where division_code like '150122%'`)).toHaveLength(0);
  });

  it('is refused outside the jurisdiction and to those without the permission', async () => {
    expect(errorCode(await api.exec(tokens.county_admin_2, Identify, { code: '150121000000', year: YEAR }))).toBe(
      'NOT_FOUND',
    );
    expect(errorCode(await api.exec(tokens.village_officer, Identify, { code: '150121100201', year: YEAR }))).toBe(
      'FORBIDDEN',
    );
  });
});

/** A case on a well-off household of 东营村, forced into each state in turn. */
async function fixtureCase(): Promise<{ caseId: string; householdId: string }> {
  const [household] = await api.sql<{ id: string }>(`
    select h.id from household h where h.division_code = '150121100201' and h.no_labour_capacity = false
      and h.per_capita_net_income > 9000
      and not exists (select 1 from monitoring_case c where c.household_id = h.id and c.state not in ('RISK_ELIMINATED', 'DISMISSED'))
    order by h.household_number limit 1`);
  const result = (await api.ok(
    tokens.village_officer,
    `mutation($h: String!) { openLead(input: { householdId: $h, category: MARGINAL_AT_RISK, source: CADRE_VISIT, reasons: ["走访发现家庭成员突发疾病"] }) { id } }`,
    { h: household.id },
  )) as { openLead: { id: string } };
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
    await api.sql(
      `update monitoring_case set identified_on = current_date - 400, opened_on = current_date - 420 where id = ?`,
      [caseId],
    );
    const outcomes: string[] = [];
    for (const state of Object.values(CaseState)) {
      for (const action of Object.values(CaseAction)) {
        await api.sql(
          `update monitoring_case set state = ?, notice_ends_on = null, identified_on = current_date - 400 where id = ?`,
          [state, caseId],
        );
        const [{ version }] = await api.sql<{ version: number }>(`select version from monitoring_case where id = ?`, [
          caseId,
        ]);
        const legal = transitionFor(action, state);
        const nominal =
          legal ??
          (action in TRANSITIONS
            ? TRANSITIONS[action as keyof typeof TRANSITIONS]
            : REJECTIONS[CaseState.TOWNSHIP_REVIEW]!);
        const actor = ACTOR_AT[nominal.levels[0]];
        const result = await api.exec(tokens[actor], Act, { caseId, action, version, note: '测试说明' });
        if (legal) {
          if (result.errors)
            outcomes.push(`${state} --${action}--> expected ${legal.to}, got ${JSON.stringify(result.errors[0])}`);
          else if (result.data?.actOnCase.state !== legal.to)
            outcomes.push(`${state} --${action}--> ${result.data?.actOnCase.state}, expected ${legal.to}`);
        } else if (errorCode(result) !== 'CONFLICT') {
          outcomes.push(
            `${state} --${action}--> expected CONFLICT, got ${JSON.stringify(result.errors ?? result.data)}`,
          );
        }
      }
    }
    expect(outcomes).toEqual([]);
    const legalCount = Object.values(CaseState).flatMap((s) =>
      Object.values(CaseAction).filter((a) => transitionFor(a, s)),
    ).length;
    expect(legalCount).toBe(
      Object.keys(TRANSITIONS).length + Object.keys(REJECTIONS).length + Object.keys(DISMISSALS).length,
    );
  });

  it('refuses a step to the wrong level or to someone outside the case’s jurisdiction', async () => {
    const { caseId } = await fixtureCase();
    const version = 1;
    // The county may not do the village's survey; the township may not confirm for the county.
    const county = await api.exec(tokens.county_admin, Act, { caseId, action: 'START_SURVEY', version });
    expect(errorCode(county)).toBe('FORBIDDEN');
    expect(errorMessage(county)).toBe('此步骤须由村级办理');
    expect(errorCode(await api.exec(tokens.city_admin, Act, { caseId, action: 'START_SURVEY', version }))).toBe(
      'FORBIDDEN',
    );
    // Another township's reviewer and another county cannot even see the case.
    expect(
      errorCode(await api.exec(tokens.bkq_township_officer, Act, { caseId, action: 'REJECT', version, note: 'x' })),
    ).toBe('NOT_FOUND');
    expect(
      errorCode(
        await api.exec(tokens.county_admin_2, `query($id: String!) { monitoringCase(id: $id) { id } }`, { id: caseId }),
      ),
    ).toBe('NOT_FOUND');
    const list = (await api.ok(
      tokens.county_admin_2,
      `query { monitoringCases(limit: 200) { total items { divisionCode } } }`,
    )) as { monitoringCases: { total: number } };
    expect(list.monitoringCases.total).toBe(0);
    // Rejection needs a reason; a stale version is a conflict.
    const [{ state }] = await api.sql<{ state: string }>(`select state from monitoring_case where id = ?`, [caseId]);
    expect(state).toBe('LEAD');
    expect(errorCode(await api.exec(tokens.village_officer, Act, { caseId, action: 'DISMISS', version }))).toBe(
      'BAD_USER_INPUT',
    );
    expect(
      errorCode(await api.exec(tokens.village_officer, Act, { caseId, action: 'START_SURVEY', version: version + 5 })),
    ).toBe('CONFLICT');
  });

  it('walks lead → 监测中 with the notice period, a rejection, queues, timeline and audit', async () => {
    const { caseId, householdId } = await fixtureCase();
    const step = async (user: string, action: CaseActionValue, note?: string) => {
      const [{ version }] = await api.sql<{ version: number }>(`select version from monitoring_case where id = ?`, [
        caseId,
      ]);
      return api.exec(tokens[user], Act, { caseId, action, version, note });
    };
    expect((await step('village_officer', 'START_SURVEY')).data?.actOnCase.state).toBe('SURVEY');
    const surveyed = await step('village_officer', 'SUBMIT_SURVEY', '入户核实：户主住院，自付医疗费较高');
    expect(surveyed.data?.actOnCase.state).toBe('VILLAGE_REVIEW');
    const noticeEnds = surveyed.data!.actOnCase.noticeEndsOn!;
    expect(
      Math.round((Date.parse(noticeEnds) - Date.parse(new Date().toISOString().slice(0, 10))) / 86_400_000),
    ).toBeGreaterThanOrEqual(4);
    const actions = async () =>
      (
        (await api.ok(tokens.village_officer, `query($id: String!) { monitoringCase(id: $id) { availableActions } }`, {
          id: caseId,
        })) as {
          monitoringCase: { availableActions: string[] };
        }
      ).monitoringCase.availableActions;
    expect(await actions()).not.toContain('SUBMIT_VILLAGE_REVIEW'); // not offered during the notice period
    const early = await step('village_officer', 'SUBMIT_VILLAGE_REVIEW');
    expect(errorCode(early)).toBe('CONFLICT');
    expect(errorMessage(early)).toContain('公示期未满');
    await api.sql(`update monitoring_case set notice_ends_on = current_date - 1 where id = ?`, [caseId]); // five days pass
    expect(await actions()).toEqual(['SUBMIT_VILLAGE_REVIEW']);
    expect((await step('village_officer', 'SUBMIT_VILLAGE_REVIEW')).data?.actOnCase.state).toBe('TOWNSHIP_REVIEW');

    const pending = (await api.ok(
      tokens.township_officer,
      `query { monitoringCases(pendingForMe: true, limit: 200) { items { id state } } }`,
    )) as { monitoringCases: { items: Array<{ id: string; state: string }> } };
    expect(pending.monitoringCases.items.map((c) => c.id)).toContain(caseId);
    expect(
      pending.monitoringCases.items.every((c) => ['TOWNSHIP_REVIEW', 'EXIT_TOWNSHIP_REVIEW'].includes(c.state)),
    ).toBe(true);

    expect((await step('township_officer', 'REJECT', '收入核算缺少务工收入，请补充')).data?.actOnCase.state).toBe(
      'VILLAGE_REVIEW',
    );
    expect((await step('village_officer', 'SUBMIT_VILLAGE_REVIEW')).data?.actOnCase.state).toBe('TOWNSHIP_REVIEW');
    expect((await step('township_officer', 'APPROVE_TOWNSHIP')).data?.actOnCase.state).toBe('COUNTY_REVIEW');
    const confirmed = await step('county_admin', 'CONFIRM_COUNTY', '认定为边缘易致贫户');
    expect(confirmed.data?.actOnCase).toMatchObject({ state: 'MONITORED', identifiedOn: expect.any(String) });
    const [household] = await api.sql<{ monitoring_category: string; monitored_since: string | null }>(
      `select monitoring_category, monitored_since::text from household where id = ?`,
      [householdId],
    );
    expect(household).toEqual({
      monitoring_category: 'MARGINAL_AT_RISK',
      monitored_since: confirmed.data?.actOnCase.identifiedOn,
    });

    const timeline = (await api.ok(
      tokens.county_admin,
      `query($id: String!) { monitoringCase(id: $id) { events { action toState actorName note } } }`,
      { id: caseId },
    )) as {
      monitoringCase: {
        events: Array<{ action: string | null; toState: string; actorName: string; note: string | null }>;
      };
    };
    expect(timeline.monitoringCase.events.map((e) => `${e.actorName}:${e.action ?? 'OPEN'}→${e.toState}`)).toEqual([
      'village_officer:OPEN→LEAD',
      'village_officer:START_SURVEY→SURVEY',
      'village_officer:SUBMIT_SURVEY→VILLAGE_REVIEW',
      'village_officer:SUBMIT_VILLAGE_REVIEW→TOWNSHIP_REVIEW',
      'township_officer:REJECT→VILLAGE_REVIEW',
      'village_officer:SUBMIT_VILLAGE_REVIEW→TOWNSHIP_REVIEW',
      'township_officer:APPROVE_TOWNSHIP→COUNTY_REVIEW',
      'county_admin:CONFIRM_COUNTY→MONITORED',
    ]);
    expect(timeline.monitoringCase.events[4].note).toBe('收入核算缺少务工收入，请补充');
    const audit = await api.sql<{ actor_name: string; changes: { state: [string, string] } }>(
      `select actor_name, changes from audit_entry where entity_name = 'MonitoringCase' and entity_id = ? and action = 'UPDATE' order by id`,
      [caseId],
    );
    expect(audit.map((a) => `${a.actor_name}:${a.changes.state?.[1]}`)).toEqual([
      'village_officer:SURVEY',
      'village_officer:VILLAGE_REVIEW',
      'village_officer:TOWNSHIP_REVIEW',
      'township_officer:VILLAGE_REVIEW',
      'village_officer:TOWNSHIP_REVIEW',
      'township_officer:COUNTY_REVIEW',
      'county_admin:MONITORED',
    ]);
  });
});

describe('exit (风险消除)', () => {
  async function monitoredCase(identifiedDaysAgo: number) {
    const { caseId, householdId } = await fixtureCase();
    await api.sql(
      `update monitoring_case set state = 'MONITORED', identified_on = current_date - ?::int where id = ?`,
      [identifiedDaysAgo, caseId],
    );
    return { caseId, householdId };
  }
  const propose = async (caseId: string) => {
    const [{ version }] = await api.sql<{ version: number }>(`select version from monitoring_case where id = ?`, [
      caseId,
    ]);
    return api.exec(tokens.village_officer, Act, { caseId, action: 'PROPOSE_EXIT', version });
  };

  it('is refused while a risk factor is active, and allowed once it is resolved and income stable', async () => {
    const { caseId, householdId } = await monitoredCase(300);
    const added = (await api.ok(
      tokens.village_officer,
      `mutation($h: String!) { addRiskFactor(householdId: $h, input: { type: ILLNESS, amount: "12000.00", occurredOn: "2026-01-10", source: CADRE_VISIT }) { id version warnings } }`,
      { h: householdId },
    )) as {
      addRiskFactor: { id: string; version: number };
    };
    const refused = await propose(caseId);
    expect(errorCode(refused)).toBe('CONFLICT');
    expect(errorMessage(refused)).toBe('仍有未消除的风险因素：因病');
    await api.ok(
      tokens.village_officer,
      `mutation($id: String!, $v: Int!) { resolveRiskFactor(id: $id, version: $v, resolvedOn: "2026-02-01") { status } }`,
      { id: added.addRiskFactor.id, v: added.addRiskFactor.version },
    );
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
    await api.sql(`update household_income set per_capita_net_income = 3000 where household_id = ? and year = ?`, [
      householdId,
      YEAR,
    ]);
    expect(errorMessage(await propose(caseId))).toBe(`${YEAR} 年人均纯收入 3000.00 元仍低于监测线 7500.00 元`);
  });
});

describe('risk factors', () => {
  it('warn when a risk does not fit the household (务工就业不稳 but nobody can work)', async () => {
    const [household] = await api.sql<{ id: string }>(`
      select h.id from household h where h.division_code like '150121100%' and not exists (
        select 1 from household_member m where m.household_id = h.id and m.status = 'ACTIVE' and m.labour_capacity in ('SKILLED', 'ORDINARY', 'WEAK')) limit 1`);
    const result = (await api.ok(
      tokens.village_officer,
      `mutation($h: String!) { addRiskFactor(householdId: $h, input: { type: EMPLOYMENT_INSTABILITY, occurredOn: "2026-03-01", source: SELF_REPORT }) { warnings } }`,
      { h: household.id },
    )) as {
      addRiskFactor: { warnings: string[] };
    };
    expect(result.addRiskFactor.warnings).toEqual(['因务工就业不稳，但该户没有劳动力']);
  });
});

describe('supervision', () => {
  it('counts cases by state, overdue steps and the monitored ratio per child division', async () => {
    await api.sql(
      `update monitoring_case set state_changed_at = now() - interval '20 days' where id in (select id from monitoring_case where state = 'LEAD' and division_code like '150121%' limit 3)`,
    );
    const result = (await api.ok(
      tokens.county_admin,
      `query { supervision(divisionCode: "150121000000") {
      overdueDays total { persons monitoredPersons monitoredRatio overdueCases byState { state cases } }
      children { divisionCode divisionName persons monitoredPersons ratioFlag overdueCases } } }`,
    )) as {
      supervision: {
        overdueDays: number;
        total: {
          persons: number;
          monitoredPersons: number;
          overdueCases: number;
          byState: Array<{ state: string; cases: number }>;
        };
        children: Array<{ divisionCode: string; persons: number }>;
      };
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
    const [{ leads }] = await api.sql<{ leads: string }>(
      `select count(*) as leads from monitoring_case where division_code like '150121%' and state = 'LEAD'`,
    );
    expect(supervision.total.byState.find((s) => s.state === 'LEAD')?.cases).toBe(Number(leads));
    expect(
      errorCode(
        await api.exec(tokens.county_admin_2, `query { supervision(divisionCode: "150121000000") { overdueDays } }`),
      ),
    ).toBe('NOT_FOUND');
  });
});

describe('case lists', () => {
  it('cost a constant number of SQL statements for 5 and 50 cases with household, head, timeline and actions', async () => {
    const query = `query($limit: Int) { monitoringCases(limit: $limit) { total items { id state availableActions
      household { householdNumber head { name } division { name } } events { action actorName } } } }`;
    const count = async (limit: number) => {
      api.resetQueries();
      const { monitoringCases } = (await api.ok(tokens.county_admin, query, { limit })) as {
        monitoringCases: { items: unknown[] };
      };
      expect(monitoringCases.items).toHaveLength(limit);
      return api.queries.length;
    };
    const small = await count(5);
    expect(await count(50)).toBe(small);
  });
});

describe('procedure templates and the village review (seed 000: "具体救助标准、程序等由各盟市旗县自行确定")', () => {
  const ActPlain = `mutation($caseId: String!, $action: CaseAction!, $version: Int!, $note: String) { actOnCase(caseId: $caseId, action: $action, version: $version, note: $note) { id state version } }`;
  async function openCase(token: string, village: string): Promise<string> {
    const [household] = await api.sql<{ id: string }>(
      `
      select h.id from household h where h.division_code = ? and h.no_labour_capacity = false
        and not exists (select 1 from monitoring_case c where c.household_id = h.id and c.state not in ('RISK_ELIMINATED', 'DISMISSED'))
      order by h.household_number desc limit 1`,
      [village],
    );
    const result = (await api.ok(
      token,
      `mutation($h: String!) { openLead(input: { householdId: $h, category: SUDDEN_HARDSHIP, source: CADRE_VISIT, reasons: ["突发火灾"] }) { id } }`,
      { h: household.id },
    )) as { openLead: { id: string } };
    return result.openLead.id;
  }
  async function step(token: string, caseId: string, action: string, note?: string) {
    const [{ version }] = await api.sql<{ version: number }>(`select version from monitoring_case where id = ?`, [
      caseId,
    ]);
    return api.exec<{ actOnCase: { state: string } }, Record<string, unknown>>(token, ActPlain, {
      caseId,
      action,
      version,
      note,
    });
  }
  const stateOf = async (caseId: string) =>
    (await api.sql<{ state: string }>(`select state from monitoring_case where id = ?`, [caseId]))[0].state;

  // seed 001: "按照农户申报、乡村干部走访排查、相关行业部门筛查比对预警、县级扶贫部门确定…确定监测对象"
  it('a county on the county-decides template (seed 001 "县级扶贫部门确定") confirms without village review; its neighbour cannot', async () => {
    tokens.tkt_village_officer = await api.login('tkt_village_officer');
    await api.ok(
      tokens.county_admin_2,
      `mutation($y: Int!) { setPolicy(divisionCode: "150122000000", year: $y, input: { procedureTemplate: COUNTY_DECIDES }) { procedureTemplate } }`,
      { y: YEAR },
    );
    expect(
      (
        (await api.ok(
          tokens.county_admin_2,
          `query($y: Int!) { effectivePolicy(divisionCode: "150122100201", year: $y) { procedureTemplate } }`,
          { y: YEAR },
        )) as {
          effectivePolicy: { procedureTemplate: string };
        }
      ).effectivePolicy.procedureTemplate,
    ).toBe('COUNTY_DECIDES');

    const decided = await openCase(tokens.tkt_village_officer, '150122100201');
    await step(tokens.tkt_village_officer, decided, 'START_SURVEY');
    expect((await step(tokens.tkt_village_officer, decided, 'SUBMIT_SURVEY', '入户核实')).data?.actOnCase.state).toBe(
      'COUNTY_REVIEW',
    );
    const offered = (await api.ok(
      tokens.county_admin_2,
      `query($id: String!) { monitoringCase(id: $id) { availableActions noticeEndsOn } }`,
      { id: decided },
    )) as {
      monitoringCase: { availableActions: string[]; noticeEndsOn: string | null };
    };
    expect(offered.monitoringCase.availableActions.sort()).toEqual(['CONFIRM_COUNTY', 'REJECT']);
    expect(offered.monitoringCase.noticeEndsOn).toBeNull();
    // The county sends it back to the survey, then decides.
    expect((await step(tokens.county_admin_2, decided, 'REJECT', '请补充收入核算')).data?.actOnCase.state).toBe(
      'SURVEY',
    );
    await step(tokens.tkt_village_officer, decided, 'SUBMIT_SURVEY');
    expect((await step(tokens.county_admin_2, decided, 'CONFIRM_COUNTY')).data?.actOnCase.state).toBe('MONITORED');
    // Exit: the village proposes, the county decides.
    expect((await step(tokens.tkt_village_officer, decided, 'PROPOSE_EXIT')).errors?.[0]?.extensions?.code).toBe(
      'CONFLICT',
    ); // guards still apply (stability)
    await api.sql(`update monitoring_case set identified_on = current_date - 400 where id = ?`, [decided]);
    await api.sql(
      `update risk_factor set status = 'RESOLVED', resolved_on = current_date - 300 where household_id = (select household_id from monitoring_case where id = ?)`,
      [decided],
    );
    const [{ household_id: hid }] = await api.sql<{ household_id: string }>(
      `select household_id from monitoring_case where id = ?`,
      [decided],
    );
    await api.sql(`update household_income set per_capita_net_income = 99999 where household_id = ?`, [hid]);
    expect((await step(tokens.tkt_village_officer, decided, 'PROPOSE_EXIT')).data?.actOnCase.state).toBe(
      'EXIT_COUNTY_REVIEW',
    );
    expect((await step(tokens.county_admin_2, decided, 'CONFIRM_EXIT_COUNTY')).data?.actOnCase.state).toBe(
      'RISK_ELIMINATED',
    );

    // The neighbour county keeps the default (Inner Mongolia) template: the survey goes to the village review.
    const neighbour = await openCase(tokens.village_officer, '150121100201');
    await step(tokens.village_officer, neighbour, 'START_SURVEY');
    expect((await step(tokens.village_officer, neighbour, 'SUBMIT_SURVEY')).data?.actOnCase.state).toBe(
      'VILLAGE_REVIEW',
    );
    const refused = await step(tokens.county_admin, neighbour, 'CONFIRM_COUNTY');
    expect(errorCode(refused)).toBe('CONFLICT');
    expect(errorMessage(refused)).toBe('当前状态“村级评议公示”不能执行“县级认定为监测对象”');
    expect(await stateOf(neighbour)).toBe('VILLAGE_REVIEW');
  });

  // seed 004: "严格履行民主评议、公示公告程序，让群众参与、接受群众监督"
  it('records the 民主评议 and 公示; an unanswered objection blocks leaving the review (seed 004 "民主评议、公示公告程序")', async () => {
    const caseId = await openCase(tokens.village_officer, '150121100201');
    // Outside the review nothing can be recorded.
    const early = await api.exec(
      tokens.village_officer,
      `mutation($c: String!) { recordObjection(caseId: $c, input: { receivedOn: "2026-01-01", content: "x" }) { id } }`,
      { c: caseId },
    );
    expect(errorCode(early)).toBe('CONFLICT');
    await step(tokens.village_officer, caseId, 'START_SURVEY');
    await step(tokens.village_officer, caseId, 'SUBMIT_SURVEY');
    const today = new Date().toISOString().slice(0, 10);
    const review = (await api.ok(
      tokens.village_officer,
      `mutation($c: String!, $d: String!) { recordVillageReview(caseId: $c, input: {
        deliberatedOn: $d, attendeeCount: 23, attendees: "村两委 5 人、驻村工作队 2 人、村民代表 16 人", agreed: true, result: "赞成 21 票，反对 1 票，弃权 1 票",
        noticeStartsOn: $d, noticeEndsOn: "2099-01-01" }) { stage attendeeCount agreed recordedBy } }`,
      { c: caseId, d: today },
    )) as { recordVillageReview: Record<string, unknown> };
    expect(review.recordVillageReview).toMatchObject({
      stage: 'IDENTIFICATION',
      attendeeCount: 23,
      agreed: true,
      recordedBy: 'village_officer',
    });
    expect(
      errorCode(
        await api.exec(
          tokens.village_officer,
          `mutation($c: String!) { recordVillageReview(caseId: $c, input: { deliberatedOn: "2099-01-01", attendeeCount: 3, attendees: "x", agreed: true, result: "y" }) { id } }`,
          { c: caseId },
        ),
      ),
    ).toBe('BAD_USER_INPUT');
    // The township cannot record the village's review.
    expect(
      errorCode(
        await api.exec(
          tokens.township_officer,
          `mutation($c: String!, $d: String!) { recordObjection(caseId: $c, input: { receivedOn: $d, content: "x" }) { id } }`,
          { c: caseId, d: today },
        ),
      ),
    ).toBe('FORBIDDEN');
    const objection = (await api.ok(
      tokens.village_officer,
      `mutation($c: String!, $d: String!) { recordObjection(caseId: $c, input: { receivedOn: $d, content: "村民反映该户有营运车辆一台" }) { id version answer } }`,
      { c: caseId, d: today },
    )) as {
      recordObjection: { id: string; version: number; answer: string | null };
    };
    expect(objection.recordObjection.answer).toBeNull();

    await api.sql(`update monitoring_case set notice_ends_on = current_date - 1 where id = ?`, [caseId]); // the notice has ended
    const blocked = await step(tokens.village_officer, caseId, 'SUBMIT_VILLAGE_REVIEW');
    expect(errorCode(blocked)).toBe('CONFLICT');
    expect(errorMessage(blocked)).toBe('公示期间收到的异议尚有 1 条未答复处理，处理完毕后方可报乡镇审核');
    expect(await stateOf(caseId)).toBe('VILLAGE_REVIEW');

    expect(
      errorCode(
        await api.exec(
          tokens.village_officer,
          `mutation($id: String!, $v: Int!) { answerObjection(id: $id, version: $v, answer: " ") { id } }`,
          { id: objection.recordObjection.id, v: objection.recordObjection.version },
        ),
      ),
    ).toBe('BAD_USER_INPUT');
    await api.ok(
      tokens.village_officer,
      `mutation($id: String!, $v: Int!) { answerObjection(id: $id, version: $v, answer: "经核实，车辆已于去年变卖，不影响认定") { answeredBy } }`,
      { id: objection.recordObjection.id, v: objection.recordObjection.version },
    );
    expect((await step(tokens.village_officer, caseId, 'SUBMIT_VILLAGE_REVIEW')).data?.actOnCase.state).toBe(
      'TOWNSHIP_REVIEW',
    );
    const shown = (await api.ok(
      tokens.county_admin,
      `query($id: String!) { monitoringCase(id: $id) { reviews { result } objections { content answer answeredBy } } }`,
      { id: caseId },
    )) as {
      monitoringCase: { reviews: Array<{ result: string }>; objections: Array<{ answer: string; answeredBy: string }> };
    };
    expect(shown.monitoringCase.reviews).toHaveLength(1);
    expect(shown.monitoringCase.objections[0]).toMatchObject({
      answer: '经核实，车辆已于去年变卖，不影响认定',
      answeredBy: 'village_officer',
    });
  });

  it('an exit may have its own 公示 when the policy sets exitPublicNoticeDays', async () => {
    const caseId = await openCase(tokens.village_officer, '150121100201');
    await api.ok(
      tokens.county_admin,
      `mutation($y: Int!) { setPolicy(divisionCode: "150121100201", year: $y, input: { exitPublicNoticeDays: 7 }) { id } }`,
      { y: YEAR },
    );
    const [{ household_id: hid }] = await api.sql<{ household_id: string }>(
      `select household_id from monitoring_case where id = ?`,
      [caseId],
    );
    await api.sql(
      `update monitoring_case set state = 'MONITORED', identified_on = current_date - 400, notice_ends_on = null where id = ?`,
      [caseId],
    );
    await api.sql(
      `update risk_factor set status = 'RESOLVED', resolved_on = current_date - 300 where household_id = ?`,
      [hid],
    );
    await api.sql(`update household_income set per_capita_net_income = 99999 where household_id = ?`, [hid]);
    const proposed = (await api.ok(
      tokens.village_officer,
      `mutation($c: String!, $v: Int!) { actOnCase(caseId: $c, action: PROPOSE_EXIT, version: $v) { state noticeEndsOn availableActions } }`,
      {
        c: caseId,
        v: (await api.sql<{ version: number }>(`select version from monitoring_case where id = ?`, [caseId]))[0]
          .version,
      },
    )) as {
      actOnCase: { state: string; noticeEndsOn: string; availableActions: string[] };
    };
    expect(proposed.actOnCase.state).toBe('EXIT_VILLAGE_REVIEW');
    expect(
      Math.round(
        (Date.parse(proposed.actOnCase.noticeEndsOn) - Date.parse(new Date().toISOString().slice(0, 10))) / 86_400_000,
      ),
    ).toBeGreaterThanOrEqual(6);
    expect(proposed.actOnCase.availableActions).not.toContain('SUBMIT_EXIT_VILLAGE');
    const early = await step(tokens.village_officer, caseId, 'SUBMIT_EXIT_VILLAGE');
    expect(errorMessage(early)).toContain('公示期未满');
    await api.ok(
      tokens.county_admin,
      `mutation($y: Int!) { setPolicy(divisionCode: "150121100201", year: $y, input: { exitPublicNoticeDays: null }) { id } }`,
      { y: YEAR },
    );
  });
});
