import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api';
import { monitoredCaseSql } from '../../api/src/modules/monitoring/monitored.sql';
import { checkCharacter } from '../../api/src/modules/households/id-number';

/**
 * The statistics rollup (api/src/modules/statistics/rollup.sql.ts) against the tables themselves:
 * after each kind of write — a household added, a member added (through the API), a case confirmed,
 * a measure taking effect, a risk resolved, a case eliminated, a household archived, rows deleted —
 * no rollup row differs from the figures grouped afresh from household, monitoring_case,
 * risk_factor and assistance_measure, and regionStatistics moves by exactly the write.
 */
const YEAR = new Date().getFullYear();
const VILLAGE = '150121101201';
const COUNTY = '150121000000';

/** Every figure per village computed from the tables, full-outer-joined with the rollup: rows that differ. */
const DRIFT = `
  with expected as (
    select h.division_code, 'REGISTERED' as figure, h.registration_status::text as key, count(*)::int as households, sum(h.member_count)::bigint as persons, 0 as covered
    from household h where h.status = 'ACTIVE' group by 1, 3
    union all
    select c.division_code, 'MONITORED', c.category::text, count(*)::int, sum(h.member_count)::bigint,
      (count(*) filter (where exists (select 1 from assistance_measure am where am.household_id = h.id and am.status = 'IN_EFFECT')))::int
    from monitoring_case c join household h on h.id = c.household_id and h.status = 'ACTIVE'
    where ${monitoredCaseSql('c')} group by 1, 3
    union all
    select c.division_code, 'LIFTED_MONITORED', c.category::text, count(*)::int, sum(h.member_count)::bigint, 0
    from monitoring_case c join household h on h.id = c.household_id and h.status = 'ACTIVE' and h.registration_status = 'LIFTED_OUT'
    where ${monitoredCaseSql('c')} group by 1, 3
    union all
    select c.division_code, 'ELIMINATED', extract(year from c.closed_on)::int::text, count(distinct c.household_id)::int, 0, 0
    from monitoring_case c where c.state = 'RISK_ELIMINATED' and c.closed_on is not null group by 1, 3
    union all
    select r.division_code, 'RISK', r.type::text, count(distinct r.household_id)::int, 0, 0
    from risk_factor r where r.status = 'ACTIVE'
      and exists (select 1 from monitoring_case c where c.household_id = r.household_id and ${monitoredCaseSql('c')}) group by 1, 3
  )
  select coalesce(e.division_code, r.division_code) as division_code, coalesce(e.figure, r.figure) as figure, coalesce(e.key, r.key) as key,
    e.households as expected_households, r.households as rollup_households, e.persons as expected_persons, r.persons as rollup_persons,
    e.covered as expected_covered, r.covered as rollup_covered
  from expected e full join statistics_rollup r on r.division_code = e.division_code and r.figure = e.figure and r.key = e.key
  where e.households is distinct from r.households or e.persons is distinct from r.persons::bigint or e.covered is distinct from r.covered`;

const Region = `query($code: String!, $year: Int!) { regionStatistics(divisionCode: $code, year: $year) {
  households persons monitoredHouseholds monitoredPersons riskEliminatedHouseholds assistanceCoverageRate byRiskType { riskType households } } }`;
const CreateHousehold = `mutation($input: CreateHouseholdInput!) { createHousehold(input: $input) { id memberCount version } }`;
const AddMember = `mutation($h: String!, $m: MemberInput!) { addMember(householdId: $h, input: $m) { id } }`;

const idNumber = (birth: string, seq: number) => {
  const first17 = `150121${birth}${String(seq).padStart(3, '0')}`;
  return first17 + checkCharacter(first17);
};

let api: TestApi;
let county: string;
type Figures = {
  households: number;
  persons: number;
  monitoredHouseholds: number;
  monitoredPersons: number;
  riskEliminatedHouseholds: number;
  byRiskType: Array<{ riskType: string; households: number }>;
};
const region = async (code: string) =>
  (await api.ok<{ regionStatistics: Figures }, Record<string, unknown>>(county, Region, { code, year: YEAR }))
    .regionStatistics;
const risks = (f: Figures, type: string) => f.byRiskType.find((r) => r.riskType === type)!.households;
const drift = () => api.sql(DRIFT);

beforeAll(async () => {
  api = await startTestApi();
  county = await api.login('county_admin');
});
afterAll(async () => {
  await api?.close();
});

describe('statistics rollup', () => {
  it('matches the tables after the seed', async () => {
    expect(await api.sql(`select count(*)::int as n from statistics_rollup`)).not.toEqual([{ n: 0 }]);
    expect(await drift()).toEqual([]);
  });

  it('stays exact through a household added, a member added, a case confirmed and eliminated, an archive and deletes', async () => {
    const before = await region(VILLAGE);
    const countyBefore = await region(COUNTY);

    // A household of two, through the API.
    const created = (
      await api.ok<{ createHousehold: { id: string; memberCount: number; version: number } }, Record<string, unknown>>(
        county,
        CreateHousehold,
        {
          input: {
            divisionCode: VILLAGE,
            address: '幸福巷 7 号',
            members: [
              { name: '郝建国', idNumber: idNumber('19700203', 901), relation: 'HEAD', labourCapacity: 'ORDINARY' },
              { name: '李秀英', idNumber: idNumber('19720405', 902), relation: 'SPOUSE', labourCapacity: 'ORDINARY' },
            ],
          },
        },
      )
    ).createHousehold;
    const id = created.id;
    expect(await drift()).toEqual([]);
    let now = await region(VILLAGE);
    expect([now.households, now.persons]).toEqual([before.households + 1, before.persons + 2]);

    // A member added, through the API: persons +1.
    await api.ok(county, AddMember, {
      h: id,
      m: { name: '郝小军', idNumber: idNumber('20100607', 903), relation: 'CHILD', labourCapacity: 'NONE' },
    });
    expect(await drift()).toEqual([]);
    now = await region(VILLAGE);
    expect([now.households, now.persons]).toEqual([before.households + 1, before.persons + 3]);

    // A lead, then confirmed by the county (监测中), with an illness risk: monitored +1 household, +3 persons.
    const [{ id: caseId }] = await api.sql<{ id: string }>(
      `
      insert into monitoring_case (id, created_at, updated_at, version, household_id, division_code, category, state, source, reasons, opened_on, state_changed_at)
      values (gen_random_uuid(), now(), now(), 1, ?, ?, 'MARGINAL_AT_RISK', 'LEAD', 'CADRE_VISIT', '{}', current_date, now()) returning id`,
      [id, VILLAGE],
    );
    await api.sql(
      `insert into risk_factor (id, created_at, updated_at, version, household_id, division_code, type, occurred_on, source, status)
      values (gen_random_uuid(), now(), now(), 1, ?, ?, 'ILLNESS', current_date, 'CADRE_VISIT', 'ACTIVE')`,
      [id, VILLAGE],
    );
    expect(await drift()).toEqual([]);
    expect((await region(VILLAGE)).monitoredHouseholds).toBe(before.monitoredHouseholds);
    await api.sql(
      `update monitoring_case set state = 'MONITORED', identified_on = current_date, state_changed_at = now() where id = ?`,
      [caseId],
    );
    expect(await drift()).toEqual([]);
    now = await region(VILLAGE);
    expect([now.monitoredHouseholds, now.monitoredPersons, risks(now, 'ILLNESS')]).toEqual([
      before.monitoredHouseholds + 1,
      before.monitoredPersons + 3,
      risks(before, 'ILLNESS') + 1,
    ]);

    // A measure taking effect counts the household as covered.
    await api.sql(
      `insert into assistance_measure (id, created_at, updated_at, version, household_id, division_code, kind_code, kind_name, nature, income_source, responsible_unit, status, case_id)
      values (gen_random_uuid(), now(), now(), 1, ?, ?, 'MEDICAL_RELIEF', '医疗救助', 'PROTECTIVE', 'TRANSFERS', '旗医疗保障局', 'PLANNED', ?)`,
      [id, VILLAGE, caseId],
    );
    const covered = async () =>
      Number(
        (
          await api.sql<{ n: number }>(
            `select covered as n from statistics_rollup where division_code = ? and figure = 'MONITORED'`,
            [VILLAGE],
          )
        )[0].n,
      );
    const coveredBefore = await covered();
    await api.sql(`update assistance_measure set status = 'IN_EFFECT' where household_id = ?`, [id]);
    expect(await covered()).toBe(coveredBefore + 1);
    expect(await drift()).toEqual([]);

    // Risk resolved and the elimination confirmed this year: monitored back, eliminated +1.
    await api.sql(`update risk_factor set status = 'RESOLVED', resolved_on = current_date where household_id = ?`, [
      id,
    ]);
    await api.sql(
      `update monitoring_case set state = 'RISK_ELIMINATED', closed_on = current_date, state_changed_at = now() where id = ?`,
      [caseId],
    );
    expect(await drift()).toEqual([]);
    now = await region(VILLAGE);
    expect([now.monitoredHouseholds, now.riskEliminatedHouseholds, risks(now, 'ILLNESS')]).toEqual([
      before.monitoredHouseholds,
      before.riskEliminatedHouseholds + 1,
      risks(before, 'ILLNESS'),
    ]);
    // The county (the parent of the village's township) moved by the same amounts.
    const countyNow = await region(COUNTY);
    expect([
      countyNow.households - countyBefore.households,
      countyNow.persons - countyBefore.persons,
      countyNow.riskEliminatedHouseholds - countyBefore.riskEliminatedHouseholds,
    ]).toEqual([1, 3, 1]);

    // Archived (注销): no longer registered.
    await api.sql(`update household set status = 'ARCHIVED', archive_reason = '测试' where id = ?`, [id]);
    expect(await drift()).toEqual([]);
    now = await region(VILLAGE);
    expect([now.households, now.persons]).toEqual([before.households, before.persons]);

    // Rows deleted (a data correction by the owner): still exact.
    for (const table of [
      'assistance_measure',
      'risk_factor',
      'monitoring_case',
      'household_member',
      'household_income',
    ])
      await api.sql(`delete from ${table} where household_id = ?`, [id]);
    await api.sql(`delete from household where id = ?`, [id]);
    expect(await drift()).toEqual([]);
    expect(await region(VILLAGE)).toEqual(before);
  });

  it('stays exact through one statement touching many villages, and a rebuild gives the same rows', async () => {
    // Set-based writes as identification makes them: every household of a township at once.
    await api.sql(`update household set member_count = member_count + 1 where division_code like '150121102%'`);
    await api.sql(
      `update monitoring_case set state = 'MONITORED', identified_on = coalesce(identified_on, current_date) where division_code like '150121102%' and state in ('LEAD', 'SURVEY')`,
    );
    expect(await drift()).toEqual([]);
    const rows = await api.sql(`select * from statistics_rollup order by division_code, figure, key`);
    await api.sql(`select statistics_rollup_rebuild()`);
    expect(await api.sql(`select * from statistics_rollup order by division_code, figure, key`)).toEqual(rows);
  });
});
