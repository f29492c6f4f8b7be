import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
  // Enough accounts in many divisions that a page of 100 spans dozens of distinct divisions.
  await api.sql(`
    insert into app_user (id, created_at, updated_at, username, display_name, password_hash, division_code, roles)
    select gen_random_uuid(), now(), now(), 'bulk_' || d.code || '_' || n, '批量用户', 'x', d.code, '{VILLAGE_OFFICER}'
    from division d cross join generate_series(1, 2) n where d.code like '150121%'`);
});
afterAll(async () => { await api?.close(); });

/** Statements a request sends, after authentication. */
async function statementsFor(token: string, query: string, variables: Record<string, unknown>) {
  api.resetQueries();
  await api.ok(token, query, variables);
  return api.queries.length;
}

describe('SQL statements per request', () => {
  it('stay constant for a user page of 10 and of 100, nested division included', async () => {
    const token = await api.login('county_admin');
    const query = `query($limit: Int) { users(limit: $limit) { total items { username division { code name } permissions } } }`;
    const small = await statementsFor(token, query, { limit: 10 });
    const large = await statementsFor(token, query, { limit: 100 });
    const { users } = await api.ok(token, query, { limit: 100 }) as { users: { items: Array<{ division: { code: string } }> } };
    expect(new Set(users.items.map((u) => u.division.code)).size).toBeGreaterThan(10);
    expect(large).toBe(small);
    // token lookup, user lookup, page, count, one batched division load.
    expect(large).toBeLessThanOrEqual(5);
  });

  it('stay constant for division pages with their parents', async () => {
    const token = await api.login('city_admin');
    const query = `query($limit: Int) { divisions(limit: $limit) { items { code parent { name } } } }`;
    expect(await statementsFor(token, query, { limit: 100 })).toBe(await statementsFor(token, query, { limit: 10 }));
  });

  it('stays constant for a household page with each village’s township and county (one batched load)', async () => {
    const token = await api.login('city_admin');
    const query = `query($limit: Int) { households(limit: $limit) { items { householdNumber division { name ancestors { name level } } } } }`;
    const small = await statementsFor(token, query, { limit: 10 });
    const large = await statementsFor(token, query, { limit: 100 });
    expect(large).toBe(small);
    const { households } = await api.ok(token, query, { limit: 100 }) as {
      households: { items: Array<{ division: { name: string; ancestors: Array<{ name: string; level: string }> } }> };
    };
    // 东营村 exists under two townships: the path tells them apart.
    const paths = new Set(households.items.map((h) => [...h.division.ancestors.map((a) => a.name), h.division.name].join(' ')));
    expect([...paths].filter((path) => path.endsWith(' 东营村')).length).toBeGreaterThanOrEqual(1);
    const first = households.items[0].division.ancestors.map((a) => a.level);
    // The province is outside a city's jurisdiction.
    expect(first).toEqual(['CITY', 'COUNTY', 'TOWNSHIP']);
  });

  it('leaves out enclosing divisions outside the reader’s jurisdiction', async () => {
    const token = await api.login('village_officer');
    const { households } = await api.ok(token, `{ households(limit: 5) { items { division { ancestors { name } } } } }`, {}) as {
      households: { items: Array<{ division: { ancestors: unknown[] } }> };
    };
    expect(households.items.length).toBeGreaterThan(0);
    for (const item of households.items) expect(item.division.ancestors).toEqual([]);
  });
});
