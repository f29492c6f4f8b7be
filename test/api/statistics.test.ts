import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getNamedType, isObjectType, type GraphQLObjectType } from 'graphql';
import { graphql } from '../gql';
import { errorCode, errorMessage, startTestApi, type TestApi } from '../support/api';
import { createSchema } from '../../api/src/schema';
import { ROLE_PERMISSIONS, Role } from '../../api/src/auth/roles';

/**
 * Statistics on a hand-built set with known answers: the township 白庙子镇 (150121104000) is
 * emptied and filled with 18 households in three of its four villages, with cases and risks
 * whose dates give a known monthly trend. The rest of the demo data checks sums and jurisdiction.
 */
const YEAR = new Date().getFullYear();
const TOWNSHIP = '150121104000';
const V1 = '150121104201';
const V2 = '150121104202';
const V3 = '150121104203';
const V4 = '150121104204';

const contractText = (file: string) =>
  fs.readFileSync(path.join(__dirname, '..', '..', 'schema', 'contract', file), 'utf8');
const operationText = (file: string, name: string) =>
  new RegExp(`query ${name}\\b[^]*?\\n\\}`).exec(contractText(file))![0];
const RegionOverview = operationText('dashboard.graphql', 'RegionOverview');
const MonthlyTrend = operationText('dashboard.graphql', 'MonthlyTrend');

const Region = graphql(`
  query TestRegion($code: String!, $year: Int!) {
    regionStatistics(divisionCode: $code, year: $year) {
      divisionCode
      level
      households
      persons
      registeredHouseholds
      registeredPersons
      monitoredHouseholds
      monitoredPersons
      monitoredRatio
      riskEliminatedHouseholds
      suppressed
      byCategory {
        category
        households
        persons
      }
      byRiskType {
        riskType
        households
      }
      assistanceCoverageRate
      expectedRatio
      maxRatio
      suppressionThreshold
      children {
        divisionCode
        households
        persons
        monitoredHouseholds
        monitoredPersons
        monitoredRatio
        riskEliminatedHouseholds
        suppressed
      }
    }
  }
`);
const Trend = graphql(`
  query TestTrend($code: String!, $from: String!, $to: String!) {
    monitoringTrend(divisionCode: $code, from: $from, to: $to) {
      month
      identified
      eliminated
      monitoredAtMonthEnd
    }
  }
`);
const WhatIf = graphql(`
  query TestWhatIf($code: String!, $year: Int!, $line: Money) {
    policyWhatIf(divisionCode: $code, year: $year, incomeLine: $line) {
      total {
        current {
          matched
          belowIncomeLine
          rigidExpenditure
          incomeDrop
          subsidyShare
        }
        proposed {
          matched
          belowIncomeLine
        }
      }
      children {
        divisionCode
        current {
          matched
        }
        proposed {
          matched
          belowIncomeLine
        }
      }
    }
  }
`);
const Identify = graphql(`
  mutation TestStatIdentify($code: String!, $year: Int!) {
    identifyHouseholds(divisionCode: $code, year: $year) {
      matched
      leadsOpened
    }
  }
`);

let api: TestApi;
const tokens: Record<string, string> = {};
let householdNumber = 0;

async function household(
  village: string,
  registration: 'LIFTED_OUT' | 'ORDINARY',
  members: number,
  status = 'ACTIVE',
): Promise<string> {
  const [{ id }] = await api.sql<{ id: string }>(
    `
    insert into household (id, created_at, updated_at, version, household_number, division_code, address, registration_status, member_count, status)
    values (gen_random_uuid(), now(), now(), 1, ?, ?, '测试地址', ?, ?, ?) returning id`,
    [`STAT-${++householdNumber}`, village, registration, members, status],
  );
  return id;
}

async function monitoringCase(
  householdId: string,
  village: string,
  state: string,
  identifiedOn: string | null,
  closedOn: string | null = null,
) {
  await api.sql(
    `
    insert into monitoring_case (id, created_at, updated_at, version, household_id, division_code, category, state, source, reasons, opened_on, state_changed_at, identified_on, closed_on)
    values (gen_random_uuid(), now(), now(), 1, ?, ?, 'MARGINAL_AT_RISK', ?, 'CADRE_VISIT', '{}', ?, now(), ?, ?)`,
    [householdId, village, state, `${YEAR}-01-01`, identifiedOn, closedOn],
  );
}

async function risk(householdId: string, village: string, type: string, status = 'ACTIVE') {
  await api.sql(
    `
    insert into risk_factor (id, created_at, updated_at, version, household_id, division_code, type, occurred_on, source, status)
    values (gen_random_uuid(), now(), now(), 1, ?, ?, ?, ?, 'CADRE_VISIT', ?)`,
    [householdId, village, type, `${YEAR}-01-01`, status],
  );
}

/** An assistance measure of the household (帮扶措施), for the coverage rate. */
async function measure(householdId: string, village: string, status: string) {
  await api.sql(
    `
    insert into assistance_measure (id, created_at, updated_at, version, household_id, division_code, kind_code, kind_name, nature, income_source, responsible_unit, status)
    values (gen_random_uuid(), now(), now(), 1, ?, ?, 'MEDICAL_ASSISTANCE', '医疗救助', 'PROTECTIVE', 'TRANSFERS', '旗医保局', ?)`,
    [householdId, village, status],
  );
}

beforeAll(async () => {
  api = await startTestApi();
  for (const user of ['county_admin', 'county_admin_2', 'city_admin', 'dashboard', 'insurer', 'village_officer'])
    tokens[user] = await api.login(user);

  for (const table of ['risk_factor', 'monitoring_case', 'household_income', 'household_member']) {
    await api.sql(`delete from ${table} where division_code like ?`, [`${TOWNSHIP.slice(0, 9)}%`]);
  }
  await api.sql(`delete from household where division_code like ?`, [`${TOWNSHIP.slice(0, 9)}%`]);

  // V1: 10 households of 3 (6 脱贫户, 4 一般农户); V2: 6 of 2 (一般农户); V3: 2 of 4 (一般农户); V4: none.
  // Every case is 边缘易致贫户. The ratio's denominator is the registered (脱贫) population: 18 persons, all in V1.
  const v1 = [];
  for (let i = 0; i < 10; i++) v1.push(await household(V1, i < 6 ? 'LIFTED_OUT' : 'ORDINARY', 3));
  const v2 = [];
  for (let i = 0; i < 6; i++) v2.push(await household(V2, 'ORDINARY', 2));
  for (let i = 0; i < 2; i++) await household(V3, 'ORDINARY', 4);
  const archived = await household(V1, 'LIFTED_OUT', 5, 'ARCHIVED');
  await monitoringCase(archived, V1, 'MONITORED', `${YEAR}-01-02`); // not registered: not counted

  // Monitored now: A, B, C (监测中), D (村评定), E (县审定) in V1; I in V2.
  await monitoringCase(v1[0], V1, 'MONITORED', `${YEAR}-01-15`);
  await monitoringCase(v1[1], V1, 'MONITORED', `${YEAR}-01-20`);
  await monitoringCase(v1[2], V1, 'MONITORED', `${YEAR}-02-10`);
  await monitoringCase(v1[3], V1, 'EXIT_VILLAGE_REVIEW', `${YEAR}-02-11`);
  await monitoringCase(v1[4], V1, 'EXIT_COUNTY_REVIEW', `${YEAR}-03-05`);
  await monitoringCase(v1[5], V1, 'COUNTY_REVIEW', null); // not yet confirmed
  await monitoringCase(v1[6], V1, 'RISK_ELIMINATED', `${YEAR}-01-05`, `${YEAR}-04-10`);
  await monitoringCase(v1[7], V1, 'DISMISSED', null, `${YEAR}-02-01`);
  await monitoringCase(v2[0], V2, 'MONITORED', `${YEAR}-04-01`);

  await risk(v1[0], V1, 'ILLNESS');
  await risk(v1[1], V1, 'ILLNESS');
  await risk(v1[2], V1, 'ILLNESS');
  await risk(v1[3], V1, 'SCHOOLING');
  await risk(v1[4], V1, 'ILLNESS', 'RESOLVED');
  await risk(v1[5], V1, 'ILLNESS'); // not monitored: not counted

  // 帮扶覆盖率: 2 of the 6 monitored households have a measure in effect.
  await measure(v1[0], V1, 'IN_EFFECT');
  await measure(v2[0], V2, 'IN_EFFECT');
  await measure(v1[2], V1, 'PLANNED'); // planned, not yet in effect: not covered
  await measure(v1[5], V1, 'IN_EFFECT'); // not monitored: not counted
});
afterAll(async () => {
  await api?.close();
});

type RegionResult = Awaited<ReturnType<typeof regionAs>>;
async function regionAs(token: string, code: string, year = YEAR) {
  return (await api.ok(token, Region, { code, year })).regionStatistics;
}

describe('regionStatistics on the known set', () => {
  it('counts households, persons, the monitored (supervision definition), the ratio and eliminations', async () => {
    const township = await regionAs(tokens.county_admin, `${TOWNSHIP}`);
    expect(township).toMatchObject({
      divisionCode: TOWNSHIP,
      level: 'TOWNSHIP',
      households: 18,
      persons: 50,
      registeredHouseholds: 6,
      registeredPersons: 18,
      monitoredHouseholds: 6,
      monitoredPersons: 17,
      monitoredRatio: 0.9444,
      riskEliminatedHouseholds: 1,
      suppressed: false,
      assistanceCoverageRate: 0.3333,
      suppressionThreshold: 5,
    });
    // The categories partition the 18 households: 脱贫户 and 一般农户 outside monitoring, the monitored by category
    // (5 of the 6 脱贫户 and 1 一般农户 are monitored as 边缘易致贫户).
    expect(township.byCategory).toEqual(
      expect.arrayContaining([
        { category: 'LIFTED_OUT', households: 1, persons: 3 },
        { category: 'ORDINARY', households: 11, persons: 30 },
        { category: 'MARGINAL_AT_RISK', households: 6, persons: 17 },
        { category: 'UNSTABLE_LIFTED_OUT', households: 0, persons: 0 },
        { category: 'SUDDEN_HARDSHIP', households: 0, persons: 0 },
      ]),
    );
    expect(township.byRiskType).toEqual(
      expect.arrayContaining([
        { riskType: 'ILLNESS', households: 3 },
        { riskType: 'SCHOOLING', households: 1 },
        { riskType: 'DISASTER', households: 0 },
      ]),
    );
    expect(township.children).toEqual([
      {
        divisionCode: V1,
        households: 10,
        persons: 30,
        monitoredHouseholds: 5,
        monitoredPersons: 15,
        monitoredRatio: 0.8333,
        riskEliminatedHouseholds: 1,
        suppressed: false,
      },
      {
        divisionCode: V2,
        households: 6,
        persons: 12,
        monitoredHouseholds: 1,
        monitoredPersons: 2,
        monitoredRatio: 0,
        riskEliminatedHouseholds: 0,
        suppressed: false,
      },
      {
        divisionCode: V3,
        households: 2,
        persons: 8,
        monitoredHouseholds: 0,
        monitoredPersons: 0,
        monitoredRatio: 0,
        riskEliminatedHouseholds: 0,
        suppressed: false,
      },
      {
        divisionCode: V4,
        households: 0,
        persons: 0,
        monitoredHouseholds: 0,
        monitoredPersons: 0,
        monitoredRatio: 0,
        riskEliminatedHouseholds: 0,
        suppressed: false,
      },
    ]);
    // A past year has no eliminations in it.
    expect((await regionAs(tokens.county_admin, TOWNSHIP, YEAR - 1)).riskEliminatedHouseholds).toBe(0);
  });

  it('has the same monitored ratio as supervision for the same division', async () => {
    const { supervision } = (await api.ok(
      tokens.county_admin,
      `query { supervision(divisionCode: "${TOWNSHIP}") { total { persons monitoredPersons registeredPersons monitoredRatio } } }`,
    )) as {
      supervision: {
        total: { persons: number; monitoredPersons: number; registeredPersons: number; monitoredRatio: number };
      };
    };
    expect(supervision.total).toEqual({
      persons: 50,
      monitoredPersons: 17,
      registeredPersons: 18,
      monitoredRatio: 0.9444,
    });
  });

  it('gives the monthly trend from the case dates', async () => {
    const { monitoringTrend } = await api.ok(tokens.county_admin, Trend, {
      code: TOWNSHIP,
      from: `${YEAR}-01`,
      to: `${YEAR}-06`,
    });
    expect(monitoringTrend).toEqual([
      { month: `${YEAR}-01`, identified: 3, eliminated: 0, monitoredAtMonthEnd: 3 },
      { month: `${YEAR}-02`, identified: 2, eliminated: 0, monitoredAtMonthEnd: 5 },
      { month: `${YEAR}-03`, identified: 1, eliminated: 0, monitoredAtMonthEnd: 6 },
      { month: `${YEAR}-04`, identified: 1, eliminated: 1, monitoredAtMonthEnd: 6 },
      { month: `${YEAR}-05`, identified: 0, eliminated: 0, monitoredAtMonthEnd: 6 },
      { month: `${YEAR}-06`, identified: 0, eliminated: 0, monitoredAtMonthEnd: 6 },
    ]);
    // The last month's end equals today's monitored households (one definition).
    expect((await regionAs(tokens.county_admin, TOWNSHIP)).monitoredHouseholds).toBe(6);
    expect(
      errorCode(await api.exec(tokens.county_admin, Trend, { code: TOWNSHIP, from: `${YEAR}-06`, to: `${YEAR}-01` })),
    ).toBe('BAD_USER_INPUT');
    expect(
      errorCode(await api.exec(tokens.county_admin, Trend, { code: TOWNSHIP, from: '2026-13', to: '2026-14' })),
    ).toBe('BAD_USER_INPUT');
    expect(
      errorCode(await api.exec(tokens.county_admin, Trend, { code: TOWNSHIP, from: '2010-01', to: '2026-01' })),
    ).toBe('BAD_USER_INPUT');
  });
});

describe('children sum to the parent', () => {
  const sums =
    (r: RegionResult) =>
    (key: 'households' | 'persons' | 'monitoredHouseholds' | 'monitoredPersons' | 'riskEliminatedHouseholds') =>
      r.children.reduce((n, c) => n + (c[key] ?? 0), 0);

  it('for the city (counties) and a county (townships), after identification and a confirmed case', async () => {
    await api.ok(tokens.county_admin, Identify, { code: '150121000000', year: YEAR });
    const city = await regionAs(tokens.city_admin, '150100000000');
    const county = await regionAs(tokens.county_admin, '150121000000');
    for (const r of [city, county]) {
      const sum = sums(r);
      for (const key of [
        'households',
        'persons',
        'monitoredHouseholds',
        'monitoredPersons',
        'riskEliminatedHouseholds',
      ] as const)
        expect(sum(key), key).toBe(r[key]);
      // The five categories partition the registered households; the monitoring categories partition the monitored.
      const monitoring = r.byCategory.filter((c) => c.category !== 'LIFTED_OUT' && c.category !== 'ORDINARY');
      expect(r.byCategory.reduce((n, c) => n + c.households!, 0)).toBe(r.households);
      expect(r.byCategory.reduce((n, c) => n + c.persons!, 0)).toBe(r.persons);
      expect(monitoring.reduce((n, c) => n + c.households!, 0)).toBe(r.monitoredHouseholds);
      expect(monitoring.reduce((n, c) => n + c.persons!, 0)).toBe(r.monitoredPersons);
    }
    const [{ n }] = await api.sql<{ n: string }>(
      `select count(*) as n from household where division_code like '1501%' and status = 'ACTIVE'`,
    );
    expect(city.households).toBe(Number(n));
    expect(city.households).toBeGreaterThan(1000);
    expect(county.children.find((c) => c.divisionCode === TOWNSHIP)).toMatchObject({
      households: 18,
      monitoredHouseholds: 6,
    });
    expect(city.children.find((c) => c.divisionCode === '150121000000')).toMatchObject({
      households: county.households,
      monitoredHouseholds: 6,
    });
  });
});

describe('jurisdiction', () => {
  it('refuses a county token (officer or dashboard) asking for the city or another county', async () => {
    const { issueApiToken } = (await api.ok(
      tokens.city_admin,
      `mutation { issueApiToken(input: { name: "县大屏", partnerName: "甲", divisionCode: "150121000000", role: DASHBOARD }) { token } }`,
    )) as { issueApiToken: { token: string } };
    const countyDashboard = issueApiToken.token;
    for (const token of [countyDashboard, tokens.county_admin]) {
      for (const code of ['150100000000', '150122000000']) {
        const result = await api.exec(token, RegionOverview, { divisionCode: code, year: YEAR });
        expect(['FORBIDDEN', 'NOT_FOUND'], code).toContain(errorCode(result));
        expect((result.data as { regionStatistics?: unknown } | null)?.regionStatistics ?? null).toBeNull();
        expect(['FORBIDDEN', 'NOT_FOUND']).toContain(
          errorCode(await api.exec(token, MonthlyTrend, { divisionCode: code, from: `${YEAR}-01`, to: `${YEAR}-06` })),
        );
      }
    }
    const own = (await api.ok(countyDashboard, RegionOverview, { divisionCode: '150121000000', year: YEAR })) as {
      regionStatistics: { households: number };
    };
    // Its own county, rounded for a dashboard: a multiple of 5 close to the officer's exact figure.
    expect(own.regionStatistics.households % 5).toBe(0);
    expect(
      Math.abs(own.regionStatistics.households - (await regionAs(tokens.county_admin, '150121000000')).households!),
    ).toBeLessThan(60);
  });

  it('refuses operations outside statistics to a dashboard, and statistics to a village officer outside their village', async () => {
    expect(errorCode(await api.exec(tokens.dashboard, `query { households(limit: 1) { total } }`))).toBe('FORBIDDEN');
    expect(errorCode(await api.exec(tokens.village_officer, Region, { code: '150121000000', year: YEAR }))).toBe(
      'NOT_FOUND',
    );
  });
});

describe('small-cell protection (controlled rounding) for dashboards', () => {
  type Overview = {
    regionStatistics: {
      households: number | null;
      persons: number | null;
      monitoredHouseholds: number | null;
      monitoredPersons: number | null;
      monitoredRatio: number | null;
      riskEliminatedHouseholds: number | null;
      byCategory: Array<{ category: string; households: number | null; persons: number | null }>;
      byRiskType: Array<{ riskType: string; households: number | null }>;
      children: Array<{
        divisionCode: string;
        households: number | null;
        monitoredHouseholds: number | null;
        monitoredRatio: number | null;
      }>;
    };
  };
  const overview = async (token: string, code: string) =>
    ((await api.ok(token, RegionOverview, { divisionCode: code, year: YEAR })) as Overview).regionStatistics;

  it('rounds every figure for a dashboard to multiples of 5, each village cell within 4 of the truth, adding up exactly', async () => {
    const township = await overview(tokens.dashboard, TOWNSHIP);
    const counts = [
      township.households,
      township.persons,
      township.monitoredHouseholds,
      township.monitoredPersons,
      township.riskEliminatedHouseholds,
      ...township.byCategory.flatMap((c) => [c.households, c.persons]),
      ...township.byRiskType.map((r) => r.households),
      ...township.children.flatMap((c) => [c.households, c.monitoredHouseholds]),
    ];
    for (const n of counts) expect(n !== null && n % 5 === 0, String(n)).toBe(true);
    // Published tables add up: categories to the total, children to the parent (sums of the same rounded cells).
    expect(township.byCategory.reduce((n, c) => n + c.households!, 0)).toBe(township.households);
    expect(township.byCategory.reduce((n, c) => n + c.persons!, 0)).toBe(township.persons);
    expect(township.children.reduce((n, c) => n + c.households!, 0)).toBe(township.households);
    expect(township.children.reduce((n, c) => n + c.monitoredHouseholds!, 0)).toBe(township.monitoredHouseholds);
    const [v1, v2, v3, v4] = township.children;
    // V3's 2 households (一般农户, none monitored) are one cell: 0 or 5, never 2. V4 has none: 0.
    expect([0, 5]).toContain(v3.households);
    expect(v4).toMatchObject({ households: 0, monitoredHouseholds: 0 });
    // V2: 1 monitored household is one cell (0 or 5); V1: 5 monitored 脱贫户 are one cell (exactly 5).
    expect([0, 5]).toContain(v2.monitoredHouseholds);
    expect(v1.monitoredHouseholds).toBe(5);
    const village = await overview(tokens.dashboard, V3);
    expect(village.households).toBe(v3.households);
    // The same cell rounds the same way at every request (no averaging over repeats).
    expect(await overview(tokens.dashboard, TOWNSHIP)).toEqual(township);

    const trend = (
      (await api.ok(tokens.dashboard, MonthlyTrend, {
        divisionCode: TOWNSHIP,
        from: `${YEAR}-01`,
        to: `${YEAR}-04`,
      })) as {
        monitoringTrend: Array<{ identified: number; eliminated: number; monitoredAtMonthEnd: number }>;
      }
    ).monitoringTrend;
    const villageTrends = await Promise.all(
      [V1, V2, V3, V4].map(
        async (code) =>
          (
            (await api.ok(tokens.dashboard, MonthlyTrend, {
              divisionCode: code,
              from: `${YEAR}-01`,
              to: `${YEAR}-04`,
            })) as {
              monitoringTrend: Array<{ identified: number; eliminated: number; monitoredAtMonthEnd: number }>;
            }
          ).monitoringTrend,
      ),
    );
    trend.forEach((month, i) => {
      for (const figure of ['identified', 'eliminated', 'monitoredAtMonthEnd'] as const) {
        expect(month[figure] % 5).toBe(0);
        expect(villageTrends.reduce((n, t) => n + t[i][figure], 0)).toBe(month[figure]);
      }
    });
    // Month ends of 3, 5, 6, 6 households (V1 3, 5, 5, 5 and V2 0, 0, 1, 1): V1's cells are within 4, V2's 0 or 5.
    expect(villageTrends[0].map((m) => m.monitoredAtMonthEnd).slice(1)).toEqual([5, 5, 5]);
    expect([0, 5]).toContain(villageTrends[0][0].monitoredAtMonthEnd);
  });

  it('rounds county figures too (an exact county would give its villages away); officers get exact figures; the base is configurable', async () => {
    const county = await overview(tokens.dashboard, '150121000000');
    expect(county.households! % 5).toBe(0);
    expect(county.children.reduce((n, c) => n + c.households!, 0)).toBe(county.households);
    expect(county.children.find((c) => c.divisionCode === TOWNSHIP)).toMatchObject({
      households: (await overview(tokens.dashboard, TOWNSHIP)).households,
    });
    const [{ n }] = await api.sql<{ n: string }>(
      `select count(*) as n from household where division_code like '150121%' and status = 'ACTIVE'`,
    );
    // Unbiased: a county of ~100 village cells stays close to its true total.
    expect(Math.abs(county.households! - Number(n))).toBeLessThan(60);
    const officer = await regionAs(tokens.county_admin, TOWNSHIP);
    expect(officer.children[2]).toMatchObject({ households: 2, suppressed: false });
    const before = api.config.statisticsMinHouseholds;
    api.config.statisticsMinHouseholds = 2;
    try {
      const township = await overview(tokens.dashboard, TOWNSHIP);
      expect(township.children[2]).toMatchObject({ households: 2 });
      for (const c of township.children) expect(c.households! % 2).toBe(0);
    } finally {
      api.config.statisticsMinHouseholds = before;
    }
  });
});

describe('partner allow-list', () => {
  it('lets a dashboard send the contract operations, however formatted, and nothing else', async () => {
    const overview = (await api.ok(tokens.dashboard, RegionOverview, { divisionCode: '150100000000', year: YEAR })) as {
      regionStatistics: { households: number };
    };
    expect(overview.regionStatistics.households).toBeGreaterThan(1000);
    const reformatted = RegionOverview.replace(/\s+/g, ' ').replace('# Third-party', '');
    await api.ok(tokens.dashboard, reformatted, { divisionCode: '150100000000', year: YEAR });
    await api.ok(tokens.dashboard, MonthlyTrend, {
      divisionCode: '150121000000',
      from: `${YEAR}-01`,
      to: `${YEAR}-06`,
    });

    const altered = RegionOverview.replace('assistanceCoverageRate', 'assistanceCoverageRate suppressionThreshold');
    const refused = await api.exec(tokens.dashboard, altered, { divisionCode: '150100000000', year: YEAR });
    expect(errorCode(refused)).toBe('FORBIDDEN');
    expect(errorMessage(refused)).toContain('合作接口约定的操作');
    expect(refused.errors?.[0]?.extensions?.http).toBeUndefined();
    expect(refused.data ?? null).toBeNull();
    // The same altered operation is fine for an officer, who is not a partner.
    await api.ok(tokens.city_admin, altered, { divisionCode: '150100000000', year: YEAR });
    // An insurer may send the dashboard operation's text but lacks the permission.
    expect(
      errorCode(await api.exec(tokens.insurer, RegionOverview, { divisionCode: '150100000000', year: YEAR })),
    ).toBe('FORBIDDEN');
  });
});

describe('what a dashboard can reach', () => {
  it('returns no person, name of a person, ID number or record id (schema walk)', async () => {
    const schema = await createSchema();
    const held = new Set<string>(ROLE_PERMISSIONS[Role.DASHBOARD]);
    // The caller's own account, and what is open to everyone without a sign-in (schema.test.ts lists
    // those deliberately: division names and the self-report receipt), are not the dashboard's grant.
    const own = new Set(['me', 'login', 'logout', 'changePassword', 'publicDivisions', 'submitSelfReport']);
    const roots = [schema.getQueryType()!, schema.getMutationType()!]
      .flatMap((t) => Object.values(t.getFields()))
      .filter((f) => {
        const access = f.extensions?.access as
          { permissions?: string[]; authenticated?: boolean; public?: boolean } | undefined;
        return access?.authenticated || access?.public || access?.permissions?.some((p) => held.has(p));
      });
    expect(
      roots
        .map((f) => f.name)
        .filter((n) => !own.has(n))
        .sort(),
    ).toEqual(['monitoringTrend', 'regionStatistics']);
    const seen = new Map<string, string[]>();
    const walk = (type: GraphQLObjectType) => {
      if (seen.has(type.name)) return;
      seen.set(type.name, Object.keys(type.getFields()));
      for (const field of Object.values(type.getFields())) {
        const named = getNamedType(field.type);
        if (isObjectType(named)) walk(named);
      }
    };
    for (const root of roots.filter((f) => !own.has(f.name))) {
      const named = getNamedType(root.type);
      if (isObjectType(named)) walk(named);
    }
    expect([...seen.keys()].sort()).toEqual([
      'CategoryFigures',
      'RegionFigures',
      'RegionStatistics',
      'RiskTypeFigures',
      'TrendMonth',
    ]);
    const personal =
      /^(id|name|displayName|username|idNumber|phone|address|birthDate|householdId|memberId|householdNumber|members?|head)$/;
    const fields = [...seen.values()].flat();
    expect(fields.filter((f) => personal.test(f))).toEqual([]);
    expect(fields).toContain('divisionName');
  });
});

describe('policy what-if (政策测算)', () => {
  it('with the current line matches a real identification run; a higher line matches more; nothing is written', async () => {
    const county = '150122000000';
    const [{ cases: before }] = await api.sql<{ cases: string }>(`select count(*) as cases from monitoring_case`);
    const current = (await api.ok(tokens.county_admin_2, WhatIf, { code: county, year: YEAR })).policyWhatIf;
    const same = (await api.ok(tokens.county_admin_2, WhatIf, { code: county, year: YEAR, line: '8000.00' }))
      .policyWhatIf;
    const higher = (await api.ok(tokens.county_admin_2, WhatIf, { code: county, year: YEAR, line: '12000.00' }))
      .policyWhatIf;
    const [{ cases: after }] = await api.sql<{ cases: string }>(`select count(*) as cases from monitoring_case`);
    expect(after).toBe(before);

    expect(current.total.proposed.matched).toBe(current.total.current.matched);
    expect(same.total.proposed.matched).toBe(current.total.current.matched); // 托克托县's own line is 8,000
    expect(higher.total.proposed.matched).toBeGreaterThan(current.total.current.matched);
    expect(higher.total.proposed.belowIncomeLine).toBeGreaterThan(higher.total.current.belowIncomeLine);
    expect(higher.children.reduce((n, c) => n + c.proposed.matched, 0)).toBe(higher.total.proposed.matched);
    expect(current.total.current.matched).toBeGreaterThan(10);

    const run = (await api.ok(tokens.county_admin_2, Identify, { code: county, year: YEAR })).identifyHouseholds;
    expect(run.matched).toBe(current.total.current.matched);
  });

  it('is for policy offices only, inside their jurisdiction, with checked values', async () => {
    expect(errorCode(await api.exec(tokens.dashboard, WhatIf, { code: '150121000000', year: YEAR }))).toBe('FORBIDDEN');
    expect(errorCode(await api.exec(tokens.village_officer, WhatIf, { code: '150121000000', year: YEAR }))).toBe(
      'FORBIDDEN',
    );
    expect(errorCode(await api.exec(tokens.county_admin, WhatIf, { code: '150122000000', year: YEAR }))).toBe(
      'NOT_FOUND',
    );
    expect(
      errorCode(
        await api.exec(
          tokens.county_admin,
          `query { policyWhatIf(divisionCode: "150121000000", year: ${YEAR}, rigidExpenditureShare: 3) { divisionCode } }`,
        ),
      ),
    ).toBe('BAD_USER_INPUT');
  });
});
