import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { errorCode, startTestApi, type TestApi } from '../support/api';
import { openOrm } from '../../api/src/orm';
import { loadConfig } from '../../api/src/config';
import { startHttpServer } from '../../api/src/server';

/** Bad input found by fuzzing (issue 15, item 7): each must answer BAD_USER_INPUT naming the field, never INTERNAL. */
let api: TestApi;
let county: string;
/** Accounts are listed by the user administrator, a duty apart from the county officer's (三员分立). */
let userAdmin: string;
let householdId: string;
beforeAll(async () => {
  api = await startTestApi();
  county = await api.login('county_admin');
  userAdmin = await api.login('county_user_admin');
  [{ household_id: householdId }] = await api.sql<{ household_id: string }>(
    `select household_id from household_member where id_number = '150121198803150018'`,
  );
});
afterAll(async () => {
  await api?.close();
});

const NUL = 'ab\u0000c';
const LONE = 'ab\ud800c';

const cases: Array<{
  name: string;
  query: string;
  variables: (bad: string) => Record<string, unknown>;
  field: string;
}> = [
  {
    name: 'searchDivisions(name)',
    query: 'query($s: String!) { searchDivisions(name: $s) { code } }',
    variables: (s) => ({ s }),
    field: 'name',
  },
  {
    name: 'divisions(search)',
    query: 'query($s: String) { divisions(search: $s) { total } }',
    variables: (s) => ({ s }),
    field: 'search',
  },
  {
    name: 'users(search)',
    query: 'query($s: String) { users(search: $s) { total } }',
    variables: (s) => ({ s }),
    field: 'search',
  },
  {
    name: 'households(filter.search)',
    query: 'query($s: String) { households(filter: { search: $s }) { total } }',
    variables: (s) => ({ s }),
    field: 'filter.search',
  },
  {
    name: 'startHouseholdExport(filter.search)',
    query: 'mutation($s: String) { startHouseholdExport(filter: { search: $s }) { id } }',
    variables: (s) => ({ s }),
    field: 'filter.search',
  },
  {
    name: 'addRiskFactor(input.note)',
    query:
      'mutation($h: String!, $s: String) { addRiskFactor(householdId: $h, input: { type: ILLNESS, source: SELF_REPORT, occurredOn: "2026-01-05", note: $s }) { id } }',
    variables: (s) => ({ s, h: householdId }),
    field: 'input.note',
  },
  {
    name: 'login(username)',
    query: 'mutation($s: String!) { login(username: $s, password: "x") { token } }',
    variables: (s) => ({ s }),
    field: 'username',
  },
];

describe('strings PostgreSQL cannot store are refused at the boundary', () => {
  for (const { name, query, variables, field } of cases) {
    for (const [kind, bad] of [
      ['a NUL byte', NUL],
      ['a lone surrogate', LONE],
    ] as const) {
      it(`${name} with ${kind}`, async () => {
        const before = await api.sql<{ n: string }>('select count(*) as n from risk_factor');
        const result = await api.exec(
          name.startsWith('login') ? null : name.startsWith('users') ? userAdmin : county,
          query,
          variables(bad),
        );
        expect(errorCode(result), JSON.stringify(result.errors)).toBe('BAD_USER_INPUT');
        expect(result.errors?.[0].extensions?.field).toBe(field);
        expect(result.errors?.[0].message).toMatch(/空字符|Unicode/);
        expect(await api.sql('select count(*) as n from risk_factor')).toEqual(before);
      });
    }
  }

  it('a surrogate pair (an emoji) is a valid string and is kept', async () => {
    const result = await api.exec(county, 'query($s: String) { households(filter: { search: $s }) { total } }', {
      s: '王😀',
    });
    expect(result.errors).toBeUndefined();
  });
});

describe('empty ids', () => {
  it('addRiskFactor with memberId "" answers BAD_USER_INPUT and writes nothing', async () => {
    const before = await api.sql<{ n: string }>('select count(*) as n from risk_factor');
    const result = await api.exec(
      county,
      'mutation($h: String!) { addRiskFactor(householdId: $h, input: { type: ILLNESS, source: SELF_REPORT, occurredOn: "2026-01-05", memberId: "" }) { id } }',
      { h: householdId },
    );
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].extensions?.field).toBe('input.memberId');
    expect(await api.sql('select count(*) as n from risk_factor')).toEqual(before);
  });

  it('household(id: "") answers BAD_USER_INPUT', async () => {
    const result = await api.exec(county, '{ household(id: "") { id } }');
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].extensions?.field).toBe('id');
  });
});

describe('over HTTP', () => {
  let url: string;
  let stop: () => Promise<void>;
  beforeAll(async () => {
    const databaseUrl = api.orm.config.getClientUrl(true).replace(/\/[^/]*$/, `/${api.databaseName}`);
    const orm = await openOrm(databaseUrl, { poolMax: 2 });
    const server = await startHttpServer(orm, loadConfig({ ...process.env, DATABASE_URL: databaseUrl }), 0);
    url = server.url;
    stop = async () => {
      await server.stop();
      await orm.close();
    };
  });
  afterAll(async () => {
    await stop?.();
  });

  const post = async (body: unknown) => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    return {
      status: response.status,
      body: (await response.json()) as {
        errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
        data?: unknown;
      },
    };
  };

  it('a lone surrogate in a login (whose failure is audited) answers 400, not HTTP 500', async () => {
    const before = await api.sql<{ n: string }>('select count(*) as n from audit_entry');
    // Written by hand, as an attacker sends it: in a variable, and inside the query text.
    const inVariable = await post(
      '{"query":"mutation($u: String!) { login(username: $u, password: \\"x\\") { token } }","variables":{"u":"\\ud800"}}',
    );
    expect(inVariable.status).toBeLessThan(500);
    expect(inVariable.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'username' });
    const inText = await post('{"query":"mutation { login(username: \\"\\ud800\\", password: \\"x\\") { token } }"}');
    expect(inText.status).toBe(400);
    expect(['BAD_USER_INPUT', 'GRAPHQL_PARSE_FAILED']).toContain(inText.body.errors?.[0].extensions?.code);
    expect(await api.sql('select count(*) as n from audit_entry')).toEqual(before);
  });

  it('a subscription operation answers BAD_USER_INPUT', async () => {
    const { status, body } = await post({ query: 'subscription { me { id } }' });
    expect(status).toBeLessThan(500);
    expect(body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(body.errors?.[0].message).toMatch(/订阅/);
  });

  it('a persisted query whose hash does not match its text answers a typed client error', async () => {
    const query = '{ me { id } }';
    const wrong = createHash('sha256').update('something else').digest('hex');
    const { status, body } = await post({ query, extensions: { persistedQuery: { version: 1, sha256Hash: wrong } } });
    expect(status).toBe(400);
    expect(body.errors?.[0].extensions?.code).toBe('BAD_REQUEST');
    expect(body.errors?.[0].message).toMatch(/[\u4e00-\u9fa5]/);
    // An unknown hash without text is the normal first step of the protocol.
    const unknown = await post({ extensions: { persistedQuery: { version: 1, sha256Hash: wrong } } });
    expect(unknown.body.errors?.[0].extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
  });
});
