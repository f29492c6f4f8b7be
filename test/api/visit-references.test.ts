import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, startTestApi, type TestApi } from '../support/api';
import { todayInChina } from '../../api/src/common/dates';

/** A visit refers only to what it may: the household's own members, and the visitor's own client keys. */

const DONGYING = '150121100201';
const VISIT = `mutation($input: VisitInput!) { recordVisit(input: $input) { id clientKey visitorName riskFactorId } }`;
const TODAY = todayInChina();

let api: TestApi;
let village: string;
let county: string;
let county2: string;
let household: { id: string; member_id: string };
let neighbour: { member_id: string };
let elsewhere: { id: string; member_id: string };

const visit = (householdId: string, clientKey = randomUUID(), extra: Record<string, unknown> = {}) => ({
  input: { clientKey, householdId, visitedOn: TODAY, findings: '入户核实', incomeCheck: 'STABLE', ...extra },
});

beforeAll(async () => {
  api = await startTestApi();
  [village, county, county2] = await Promise.all(
    ['village_officer', 'county_admin', 'county_admin_2'].map((u) => api.login(u)),
  );
  const households = await api.sql<{ id: string; member_id: string }>(
    `select h.id, m.id as member_id from household h join household_member m on m.household_id = h.id and m.status = 'ACTIVE'
      where h.division_code = ? and h.status = 'ACTIVE' order by h.id, m.id`,
    [DONGYING],
  );
  household = households[0];
  neighbour = households.find((h) => h.id !== household.id)!;
  [elsewhere] = await api.sql<{ id: string; member_id: string }>(
    `select h.id, m.id as member_id from household h join household_member m on m.household_id = h.id and m.status = 'ACTIVE'
      where h.division_code like '150122%' and h.status = 'ACTIVE' order by h.id limit 1`,
  );
});
afterAll(async () => {
  await api?.close();
});

describe("a visit's new risk names a member of the visited household only", () => {
  it("refuses a member of another county's household, and of a neighbour, writing nothing", async () => {
    for (const memberId of [elsewhere.member_id, neighbour.member_id, 'not-an-id']) {
      const key = randomUUID();
      const refused = await api.exec(
        village,
        VISIT,
        visit(household.id, key, { newRisk: { type: 'ILLNESS', source: 'CADRE_VISIT', occurredOn: TODAY, memberId } }),
      );
      expect(errorCode(refused), memberId).toBe('BAD_USER_INPUT');
      expect(refused.errors?.[0].extensions?.field).toBe('input.newRisk.memberId');
      expect(await api.sql(`select 1 from assistance_visit where client_key = ?`, [key])).toHaveLength(0);
    }
    expect(
      await api.sql(`select 1 from risk_factor where member_id in (?, ?)`, [elsewhere.member_id, neighbour.member_id]),
    ).toHaveLength(0);
  });

  it("records the risk of one of the household's own members", async () => {
    const { recordVisit } = (await api.ok(
      village,
      VISIT,
      visit(household.id, randomUUID(), {
        newRisk: { type: 'ILLNESS', source: 'CADRE_VISIT', occurredOn: TODAY, memberId: household.member_id },
      }),
    )) as { recordVisit: { riskFactorId: string } };
    const [risk] = await api.sql<{ member_id: string }>(`select member_id from risk_factor where id = ?`, [
      recordVisit.riskFactorId,
    ]);
    expect(risk.member_id).toBe(household.member_id);
  });
});

describe("client keys are each visitor's own", () => {
  it("another officer's visit with the same key is recorded, not dropped; the same officer's resend is one visit", async () => {
    const key = randomUUID();
    const first = (
      (await api.ok(village, VISIT, visit(household.id, key))) as { recordVisit: { id: string; visitorName: string } }
    ).recordVisit;
    const again = ((await api.ok(village, VISIT, visit(household.id, key))) as { recordVisit: { id: string } })
      .recordVisit;
    expect(again.id).toBe(first.id);
    const other = (
      (await api.ok(county, VISIT, visit(household.id, key, { findings: '县级回访' }))) as {
        recordVisit: { id: string; visitorName: string };
      }
    ).recordVisit;
    expect(other.id).not.toBe(first.id);
    expect(other.visitorName).not.toBe(first.visitorName);
    const rows = await api.sql<{ findings: string }>(
      `select findings from assistance_visit where client_key = ? order by findings`,
      [key],
    );
    expect(rows.map((r) => r.findings).sort()).toEqual(['入户核实', '县级回访'].sort());
  });

  it('a colliding key from another county neither fails nor reveals the first visit', async () => {
    const key = randomUUID();
    await api.ok(village, VISIT, visit(household.id, key));
    const result = await api.exec(county2, VISIT, visit(elsewhere.id, key));
    expect(result.errors).toBeUndefined();
    expect((result.data as { recordVisit: { clientKey: string } }).recordVisit.clientKey).toBe(key);
    const [{ n }] = await api.sql<{ n: string }>(`select count(*) as n from assistance_visit where client_key = ?`, [
      key,
    ]);
    expect(Number(n)).toBe(2);
  });
});
