import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api';

/** Two requests found by probing that answered INTERNAL_SERVER_ERROR; both must answer normally. */
let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api?.close();
});

describe('answers that used to be internal errors', () => {
  it('a village officer reads the team of each of their households, with versions', async () => {
    const token = await api.login('village_officer');
    // The county links the officer's account to a team in their village.
    const county = await api.login('county_admin');
    const [{ id: householdId }] = await api.sql<{ id: string }>(
      `select id from household where division_code = '150121100201' order by household_number limit 1`,
    );
    await api.ok(
      county,
      'mutation($h: String!, $input: TeamMemberInput!) { addTeamMember(householdId: $h, input: $input) { id } }',
      {
        h: householdId,
        input: { name: '东营村信息员', role: 'VILLAGE_COMMITTEE', unit: '东营村村委会', username: 'village_officer' },
      },
    );
    const result = await api.exec(token, '{ myHouseholds { team { version } } }');
    expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
    const households = (result.data as { myHouseholds: Array<{ team: Array<{ version: number }> }> }).myHouseholds;
    expect(households.length).toBeGreaterThan(0);
    const members = households.flatMap((h) => h.team);
    expect(members.length).toBeGreaterThan(0);
    for (const member of members) expect(member.version).toBeGreaterThanOrEqual(1);
  });

  it('divisions(within: null) lists as if no `within` were given', async () => {
    const token = await api.login('county_admin');
    const withNull = await api.exec(token, '{ divisions(within: null) { total } }');
    expect(withNull.errors, JSON.stringify(withNull.errors)).toBeUndefined();
    const without = await api.ok(token, '{ divisions { total } }');
    expect(withNull.data).toEqual(without);
  });
});
