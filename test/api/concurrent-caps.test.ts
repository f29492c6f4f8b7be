import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, errorMessage, startTestApi, type Result, type TestApi } from '../support/api';
import { DEMO_INSURER } from '../../api/src/seed/insurance.seed';

/**
 * Every cap and budget holds when the requests that use it arrive at the same moment: each case fires
 * its requests in parallel (separate contexts, each on its own pooled connection) and expects exactly
 * what the same requests sent one after another give. The demo region's 防贫保 caps
 * (api/src/seed/insurance.seed.ts): 因病 100,000 per person and year, all causes 150,000.
 */

const DONGYING = '150121100201';
const PARALLEL = 3;

let api: TestApi;
let county: string;
let village: string;
let township: string;
let insurerToken: string;

const all = <T>(n: number, make: (i: number) => Promise<T>) =>
  Promise.all(Array.from({ length: n }, (_, i) => make(i)));
const succeeded = (results: Result<unknown>[]) => results.filter((r) => !r.errors?.length);
const refused = (results: Result<unknown>[]) => results.filter((r) => r.errors?.length);

beforeAll(async () => {
  api = await startTestApi();
  api.config.partnerRateLimitPerMinute = 0;
  [county, village, township] = await Promise.all(
    ['county_admin', 'village_officer', 'township_officer'].map((u) => api.login(u)),
  );
  const admin = await api.login('security_admin');
  const issued = (await api.ok(
    admin,
    `mutation($input: IssueApiTokenInput!) { issueApiToken(input: $input) { token } }`,
    { input: { name: '并发测试接口', partnerName: DEMO_INSURER, divisionCode: '150100000000', role: 'INSURER' } },
  )) as { issueApiToken: { token: string } };
  insurerToken = issued.issueApiToken.token;
});
afterAll(async () => {
  await api?.close();
});

describe('防贫保 caps under parallel approvals', () => {
  // Partners may send only the contract's operations, as written there.
  const contractDoc = fs.readFileSync(
    path.resolve(__dirname, '..', '..', 'schema', 'contract', 'insurer.graphql'),
    'utf8',
  );
  const File = contractDoc.split(/\n(?=query |mutation )/).find((b) => b.startsWith('mutation FileClaim('))!;
  const Review = `mutation($id: String!, $version: Int!) { reviewInsuranceClaim(id: $id, version: $version, approve: true) { status payoutAmount } }`;

  /** A member of 土默特左旗 whose household earned 40,000.00 for 4 people in 2026 (the line is crossed by any large loss). */
  async function person(n: number): Promise<string> {
    const [m] = await api.sql<{ id_number: string; household_id: string }>(
      `select m.id_number, m.household_id from household_member m where m.division_code like '150121%' and m.relation = 'HEAD'
        and m.status = 'ACTIVE' and m.id_number <> '150121198803150018' order by m.id_number offset ? limit 1`,
      [10 + n],
    );
    await api.sql(`delete from household_income where household_id = ? and year = 2026`, [m.household_id]);
    await api.sql(
      `insert into household_income (id, household_id, division_code, year, wages, net_income, member_count, per_capita_net_income,
      rigid_expenditure, created_at, updated_at, version)
      select gen_random_uuid(), id, division_code, 2026, 40000.00, 40000.00, 4, 10000.00, 0, now(), now(), 1 from household where id = ?`,
      [m.household_id],
    );
    return m.id_number;
  }

  async function fileClaims(idNumber: string, cause: string, selfPaid: number, prefix: string) {
    return all(
      PARALLEL,
      async (i) =>
        (
          (await api.ok(insurerToken, File, {
            input: {
              idNumber,
              cause,
              incidentDate: '2026-03-02',
              totalCost: (selfPaid + 1000).toFixed(2),
              reimbursedAmount: '1000.00',
              externalReference: `${prefix}-${i}`,
            },
          })) as { fileInsuranceClaim: { id: string; payoutAmount: string } }
        ).fileInsuranceClaim,
    );
  }

  it(`${PARALLEL} approvals of 100,000 against the 100,000 因病 cap at once: one approved, the others refused`, async () => {
    const claims = await fileClaims(await person(0), 'ILLNESS', 160000, 'PAR-ILL');
    expect(claims.map((c) => c.payoutAmount)).toEqual(Array(PARALLEL).fill('100000.00'));
    const results = await Promise.all(claims.map((c) => api.exec(county, Review, { id: c.id, version: 1 })));
    expect(succeeded(results)).toHaveLength(1);
    for (const r of refused(results)) {
      expect(errorCode(r)).toBe('CONFLICT');
      expect(errorMessage(r)).toBe('已达到本年度赔付限额');
    }
    const [{ total }] = await api.sql<{ total: string }>(
      `select coalesce(sum(payout_amount), 0)::text as total from insurance_claim where external_reference like 'PAR-ILL-%' and status in ('APPROVED', 'PAID')`,
    );
    expect(Number(total)).toBe(100000);
  });

  it(`${PARALLEL} approvals against the 150,000 per-person yearly cap at once: the serial outcome (full, cut to the rest, refused)`, async () => {
    // 灾害 has no cause cap: 200,000 self-paid pays 144,500 by the bands; the person's yearly cap is 150,000.
    const claims = await fileClaims(await person(1), 'DISASTER', 200000, 'PAR-DIS');
    expect(claims.map((c) => c.payoutAmount)).toEqual(Array(PARALLEL).fill('144500.00'));
    const results = await Promise.all(claims.map((c) => api.exec(county, Review, { id: c.id, version: 1 })));
    const approved = succeeded(results).map(
      (r) => (r.data as { reviewInsuranceClaim: { payoutAmount: string } }).reviewInsuranceClaim.payoutAmount,
    );
    expect(approved.sort()).toEqual(['144500.00', '5500.00']);
    expect(refused(results).map(errorCode)).toEqual(['CONFLICT']);
  });
});

describe('村集体收益分配 under parallel requests', () => {
  const SetIncome = `mutation($code: String!, $year: Int!, $input: CollectiveIncomeInput!) { setCollectiveIncome(divisionCode: $code, year: $year, input: $input) { distributable version } }`;
  const Save = `mutation($code: String!, $year: Int!, $input: DistributionPlanInput!) { saveDistributionPlan(divisionCode: $code, year: $year, input: $input) { id version state total } }`;
  const Act = `mutation($id: String!, $action: PlanAction!, $v: Int!) { actOnDistributionPlan(planId: $id, action: $action, version: $v) { id version state } }`;
  const Pay = `mutation($input: PaymentInput!) { recordDistributionPayment(input: $input) { id amount } }`;

  async function draft(year: number, lines: unknown[], justification?: string) {
    await api.ok(village, SetIncome, { code: DONGYING, year, input: { leasingIncome: '10000.00', costs: '0.00' } });
    return (
      (await api.ok(village, Save, { code: DONGYING, year, input: { lines, justification } })) as {
        saveDistributionPlan: { id: string; version: number };
      }
    ).saveDistributionPlan;
  }

  it('submitting a plan while the income is lowered: never a submitted plan above the distributable income', async () => {
    for (let round = 0; round < 3; round++) {
      const year = 2010 + round;
      const plan = await draft(year, [{ kind: 'RESERVE_FUND', amount: '10000.00', reason: '公积金' }]);
      const [submit, lower] = await Promise.all([
        api.exec(village, Act, { id: plan.id, action: 'SUBMIT', v: plan.version }),
        api.exec(village, SetIncome, { code: DONGYING, year, input: { leasingIncome: '10000.00', costs: '5000.00' } }),
      ]);
      // One after the other, exactly one of the two succeeds: a submitted plan freezes the income,
      // and a lowered income refuses the plan.
      expect([submit, lower].filter((r) => !r.errors?.length)).toHaveLength(1);
      if (submit.errors?.length) expect(errorCode(submit)).toBe('BAD_USER_INPUT');
      else expect(errorCode(lower)).toBe('CONFLICT');
      const [row] = await api.sql<{ state: string; total: string; distributable: string }>(
        `select p.state, p.total::text, i.distributable::text from distribution_plan p join collective_income i on i.division_code = p.division_code and i.year = p.year
          where p.division_code = ? and p.year = ?`,
        [DONGYING, year],
      );
      if (row.state !== 'DRAFT') expect(Number(row.total)).toBeLessThanOrEqual(Number(row.distributable));
    }
  });

  it(`${PARALLEL} payments of a household line's whole amount at once: one paid, the others refused`, async () => {
    const [household] = await api.sql<{ id: string }>(
      `select id from household where division_code = ? and status = 'ACTIVE' order by id limit 1`,
      [DONGYING],
    );
    const year = 2020;
    const plan = await draft(
      year,
      [{ kind: 'HOUSEHOLD', householdId: household.id, amount: '3000.00', reason: '公益岗位', condition: '全年出勤' }],
      '试点发放',
    );
    let version = plan.version;
    for (const [token, action] of [
      [village, 'SUBMIT'],
      [township, 'APPROVE_TOWNSHIP'],
    ] as const) {
      version = (
        (await api.ok(token, Act, { id: plan.id, action, v: version })) as {
          actOnDistributionPlan: { version: number };
        }
      ).actOnDistributionPlan.version;
    }
    await api.sql(`update distribution_plan set notice_ends_on = current_date - 1 where id = ?`, [plan.id]);
    await api.ok(township, Act, { id: plan.id, action: 'CONFIRM', v: version });
    const [line] = await api.sql<{ id: string }>(`select id from distribution_line where plan_id = ?`, [plan.id]);
    const results = await all(PARALLEL, () =>
      api.exec(village, Pay, {
        input: { planId: plan.id, lineId: line.id, amount: '3000.00', paidOn: '2021-01-05', method: 'CASH' },
      }),
    );
    expect(succeeded(results)).toHaveLength(1);
    for (const r of refused(results)) {
      expect(errorCode(r)).toBe('BAD_USER_INPUT');
      expect(errorMessage(r)).toContain('超过该户分配金额');
    }
    const [{ paid }] = await api.sql<{ paid: string }>(
      `select coalesce(sum(amount), 0)::text as paid from distribution_payment where line_id = ?`,
      [line.id],
    );
    expect(Number(paid)).toBe(3000);
    const [{ property }] = await api.sql<{ property: string }>(
      `select property::text from household_income where household_id = ? and year = ?`,
      [household.id, year],
    );
    expect(Number(property)).toBe(3000);
  });

  it('asset incomes of one village recorded at once are all counted in its collective income', async () => {
    const year = 2030;
    await api.ok(village, SetIncome, { code: DONGYING, year, input: { leasingIncome: '0.00' } });
    const assets = await api.sql<{ id: string }>(`select id from asset where division_code = ? order by id`, [
      DONGYING,
    ]);
    expect(assets.length).toBeGreaterThan(1);
    const Record = `mutation($id: String!, $y: Int!, $amount: Money!) { recordAssetIncome(assetId: $id, year: $y, amount: $amount) { id } }`;
    const results = await Promise.all(
      assets.map((a) => api.exec(township, Record, { id: a.id, y: year, amount: '1000.00' })),
    );
    expect(refused(results)).toEqual([]);
    const [{ asset_income: assetIncome }] = await api.sql<{ asset_income: string }>(
      `select asset_income::text from collective_income where division_code = ? and year = ?`,
      [DONGYING, year],
    );
    expect(Number(assetIncome)).toBe(1000 * assets.length);
  });
});
