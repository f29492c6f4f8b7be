import { readFileSync } from 'node:fs';
import { RawQueryFragment } from '@mikro-orm/core';
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
  // Risks on the first page of the county, so the nested risk lists (and their warnings) are read.
  await api.sql(`
    insert into risk_factor (id, created_at, updated_at, version, household_id, division_code, type, amount, occurred_on, source, status)
    select gen_random_uuid(), now(), now(), 1, h.id, h.division_code, 'ILLNESS', 1200.50, current_date, 'CADRE_VISIT', 'ACTIVE'
    from (select id, division_code from household where division_code like '150121%' order by household_number limit 30) h`);
});
afterAll(async () => {
  await api?.close();
});

/** Statements a request sends once the token's actor is cached (the first request looks it up). */
async function statementsFor(token: string, query: string, variables: Record<string, unknown>) {
  await api.ok(token, `{ me { id } }`);
  api.resetQueries();
  await api.ok(token, query, variables);
  return api.queries.length;
}

describe('SQL statements per request', () => {
  it('stay constant for a user page of 10 and of 100, nested division included', async () => {
    // User administration is its own duty (三员分立): the county's user administrator lists accounts.
    const token = await api.login('county_user_admin');
    const query = `query($limit: Int) { users(limit: $limit) { total items { username division { code name } permissions } } }`;
    const small = await statementsFor(token, query, { limit: 10 });
    const large = await statementsFor(token, query, { limit: 100 });
    const { users } = (await api.ok(token, query, { limit: 100 })) as {
      users: { items: Array<{ division: { code: string } }> };
    };
    expect(new Set(users.items.map((u) => u.division.code)).size).toBeGreaterThan(10);
    expect(large).toBe(small);
    // page, count, one batched division load (the actor is cached).
    expect(large).toBeLessThanOrEqual(3);
  });

  it('stay constant for division pages with their parents', async () => {
    const token = await api.login('city_admin');
    const query = `query($limit: Int) { divisions(limit: $limit) { items { code parent { name } } } }`;
    expect(await statementsFor(token, query, { limit: 100 })).toBe(await statementsFor(token, query, { limit: 10 }));
  });

  // W1 and W2 of the benchmark (docs/benchmarks.md): the county list with head, members, risks and the
  // open case, and the console's 一户一档 page (admin/src/households/documents.ts). Page and total are
  // one statement, every nested list of a level one more, the audit entry of the unmasked reads one.
  const W1 = `query($limit: Int) { households(limit: $limit, sortBy: HOUSEHOLD_NUMBER, sortOrder: ASC) { total items {
    id householdNumber divisionCode registrationStatus monitoringCategory memberCount perCapitaNetIncome status version
    head { id name idNumber } members { id name idNumber sex birthDate relation healthStatus labourCapacity age }
    riskFactors { id type status amount occurredOn warnings } openCase { id state } } } }`;

  it('W1: three for a county page of 20 and of 100 with head, members, risks and the open case', async () => {
    const token = await api.login('county_admin'); // holds pii.read: the reads are audited
    const small = await statementsFor(token, W1, { limit: 20 });
    const large = await statementsFor(token, W1, { limit: 100 });
    const texts = api.queries.map((q) => q.trim().slice(0, 60));
    expect(large, texts.join('\n')).toBe(3);
    expect(small).toBe(3);
    const { households } = (await api.ok(token, W1, { limit: 100 })) as {
      households: { items: Array<{ members: Array<{ idNumber: string }>; riskFactors: unknown[] }> };
    };
    expect(households.items.length).toBeGreaterThan(20);
    expect(households.items.some((h) => h.riskFactors.length > 0)).toBe(true);
    expect(households.items[0].members[0].idNumber).toMatch(/^\d{17}[\dX]$/);
  });

  it('W1 for a reader without pii.read: masked, nothing to audit, two statements', async () => {
    const token = await api.login('city_admin');
    expect(await statementsFor(token, W1, { limit: 100 })).toBe(2);
    const { households } = (await api.ok(token, W1, { limit: 5 })) as {
      households: { items: Array<{ members: Array<{ idNumber: string; healthStatus: string | null }> }> };
    };
    expect(households.items[0].members[0].idNumber).toMatch(/^\d{4}\*{10}/);
    expect(households.items[0].members[0].healthStatus).toBeNull();
  });

  // The page also shows the village's township and county (division.ancestors): one more level, one more statement.
  it("W2: four for the console's 一户一档 page (household, one nested level, the village's enclosing divisions, the read audit)", async () => {
    const token = await api.login('county_admin');
    const [{ id }] = await api.sql<{ id: string }>(
      `select h.id from household h where h.division_code like '150121%' and exists (select 1 from risk_factor r where r.household_id = h.id) limit 1`,
    );
    const W2 = readFileSync(new URL('../../admin/src/households/documents.ts', import.meta.url), 'utf8');
    const fragment = (name: string) => {
      const at = W2.indexOf(`fragment ${name}`);
      return W2.slice(at, W2.indexOf('`', at));
    };
    const at = W2.indexOf('query ConsoleHousehold(');
    const document = [
      W2.slice(at, W2.indexOf('`', at)),
      ...[
        'HouseholdDetailFields',
        'HouseholdListFields',
        'MemberFields',
        'IncomeFields',
        'RiskFactorFields',
        'CaseSummaryFields',
      ].map(fragment),
    ].join('\n');
    expect(
      await statementsFor(token, document, { id, withCases: true }),
      api.queries.map((q) => q.trim().slice(0, 80)).join('\n'),
    ).toBe(4);
    const { household } = (await api.ok(token, document, { id, withCases: true })) as {
      household: { division: { code: string }; members: unknown[]; riskFactors: unknown[] };
    };
    expect(household.division.code).toMatch(/^150121/);
    expect(household.members.length).toBeGreaterThan(0);
    expect(household.riskFactors.length).toBeGreaterThan(0);
  });

  // The county lists read the county list indexes (migration CountyListIndexes): the key is a raw
  // ORM condition made per request, which must not stay behind in MikroORM's raw fragment cache.
  it("two for a county's case, warning and audit pages (page and count), leaving no raw fragment behind", async () => {
    const cache = RawQueryFragment as unknown as { checkCacheSize(): number };
    // An auditor of the county: the demo auditor's account row in 土默特左旗.
    await api.sql(`insert into app_user select (jsonb_populate_record(null::app_user, to_jsonb(u) || jsonb_build_object(
        'id', gen_random_uuid(), 'username', 'county_auditor', 'division_code', '150121000000', 'phone', null))).*
      from app_user u where u.username = 'auditor'`);
    const lists = [
      [await api.login('county_admin'), `{ monitoringCases(limit: 20) { total items { id state } } }`],
      [await api.login('county_admin'), `{ departmentWarnings(limit: 20) { total items { id } } }`],
      [await api.login('county_auditor'), `{ auditEntries(limit: 20) { total items { id action } } }`],
    ] as const;
    for (const [token, query] of lists) {
      expect(await statementsFor(token, query, {}), query).toBe(2);
      // Both the page and the count carry the county key the indexes are built on.
      for (const statement of api.queries) expect(statement).toMatch(/left\(\w+\.division_code, 6\) = \?/);
    }
    const before = cache.checkCacheSize();
    for (let i = 0; i < 10; i++) for (const [token, query] of lists) await api.ok(token, query, {});
    expect(cache.checkCacheSize()).toBeLessThanOrEqual(before);
  });

  // W4 of the benchmark: the insurers' ClaimEligibility as the contract writes it (200 checks a second).
  it("W4: three for an insurer's eligibility check (its facts in one statement, its audit entry in one insert, the partner budget in one upsert)", async () => {
    const token = await api.login('insurer');
    const contract = readFileSync(new URL('../../schema/contract/insurer.graphql', import.meta.url), 'utf8');
    const query = /query ClaimEligibility[^]*?\n\}/.exec(contract)![0];
    const input = {
      idNumber: '150121198803150018',
      cause: 'ILLNESS',
      incidentDate: `${new Date().getFullYear()}-01-02`,
      totalCost: '86000.00',
      reimbursedAmount: '51000.00',
    };
    // A partner sends only the contract's operations: the first check itself caches the actor.
    await api.ok(token, query, { input });
    const [{ n: before }] = await api.sql<{ n: string }>(
      `select count(*) as n from audit_entry where action = 'INSURANCE_CHECK'`,
    );
    api.resetQueries();
    const { insuranceEligibility } = (await api.ok(token, query, { input })) as {
      insuranceEligibility: { divisionCode: string; eligible: boolean };
    };
    // The partner's rate budget is counted in the database (every instance shares it): one upsert.
    expect(api.queries.length, api.queries.map((q) => q.trim().slice(0, 80)).join('\n')).toBe(3);
    expect(api.queries.some((q) => /rate_counter/.test(q))).toBe(true);
    expect(insuranceEligibility).toMatchObject({ divisionCode: '150121100201', eligible: true });
    // The check was audited all the same.
    const [{ n: after }] = await api.sql<{ n: string }>(
      `select count(*) as n from audit_entry where action = 'INSURANCE_CHECK'`,
    );
    expect(Number(after) - Number(before)).toBe(1);
  });

  it('stays constant for a household page with each village’s township and county (one batched load)', async () => {
    const token = await api.login('city_admin');
    const query = `query($limit: Int) { households(limit: $limit) { items { householdNumber division { name ancestors { name level } } } } }`;
    const small = await statementsFor(token, query, { limit: 10 });
    const large = await statementsFor(token, query, { limit: 100 });
    expect(large).toBe(small);
    const { households } = (await api.ok(token, query, { limit: 100 })) as {
      households: { items: Array<{ division: { name: string; ancestors: Array<{ name: string; level: string }> } }> };
    };
    // 东营村 exists under two townships: the path tells them apart.
    const paths = new Set(
      households.items.map((h) => [...h.division.ancestors.map((a) => a.name), h.division.name].join(' ')),
    );
    expect([...paths].filter((path) => path.endsWith(' 东营村')).length).toBeGreaterThanOrEqual(1);
    const first = households.items[0].division.ancestors.map((a) => a.level);
    // The province is outside a city's jurisdiction.
    expect(first).toEqual(['CITY', 'COUNTY', 'TOWNSHIP']);
  });

  it('leaves out enclosing divisions outside the reader’s jurisdiction', async () => {
    const token = await api.login('village_officer');
    const { households } = (await api.ok(
      token,
      `{ households(limit: 5) { items { division { ancestors { name } } } } }`,
      {},
    )) as {
      households: { items: Array<{ division: { ancestors: unknown[] } }> };
    };
    expect(households.items.length).toBeGreaterThan(0);
    for (const item of households.items) expect(item.division.ancestors).toEqual([]);
  });
});
