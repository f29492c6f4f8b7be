import os from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getIntrospectionQuery } from 'graphql';
import { errorCode, startTestApi, type TestApi } from '../support/api';
import { openOrm } from '../../api/src/orm';
import { loadConfig } from '../../api/src/config';
import { startHttpServer } from '../../api/src/server';
import { MAX_PASSWORD_LENGTH, passwordWeakness } from '../../api/src/auth/password';
import { selfReportLimit } from '../../api/src/modules/self-reports/self-report.throttle';

/** Issue 15, item 10: what the server shows to whom, and the headers it sends. */
let api: TestApi;
const servers: Array<() => Promise<void>> = [];
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  for (const stop of servers) await stop();
  await api?.close();
});

async function serve(env: Record<string, string>) {
  const databaseUrl = api.orm.config.getClientUrl(true).replace(/\/[^/]*$/, `/${api.databaseName}`);
  const orm = await openOrm(databaseUrl, { poolMax: 2 });
  const server = await startHttpServer(orm, loadConfig({ ...process.env, DATABASE_URL: databaseUrl, ...env }), 0);
  servers.push(async () => {
    await server.stop();
    await orm.close();
  });
  return server.url;
}

async function post(url: string, query: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });
  return {
    response,
    body: (await response.json()) as {
      data?: Record<string, any>;
      errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
    },
  };
}

describe('in production (NODE_ENV=production)', () => {
  let url: string;
  let token: string;
  beforeAll(async () => {
    url = await serve({ NODE_ENV: 'production', CORS_ORIGINS: 'https://dashboard.example.cn' });
    const login = await post(url, `mutation { login(username: "city_admin", password: "Demo@2026") { token } }`);
    token = login.body.data!.login.token;
  });
  const auth = () => ({ authorization: `Bearer ${token}` });

  it('introspection answers signed-in callers only', async () => {
    const anonymous = await post(url, getIntrospectionQuery());
    expect(anonymous.response.status).toBe(401);
    expect(anonymous.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(anonymous.body.data).toBeUndefined();
    const typeQuery = await post(url, '{ __type(name: "Household") { fields { name } } }');
    expect(typeQuery.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const signedIn = await post(url, getIntrospectionQuery(), auth());
    expect(signedIn.body.errors).toBeUndefined();
    expect(signedIn.body.data?.__schema.types.length).toBeGreaterThan(50);
    // __typename is not introspection: clients add it everywhere, also to login.
    expect((await post(url, '{ __typename }')).body.data).toEqual({ __typename: 'Query' });
  });

  it('anonymous callers reach only the public self-report operations, limited by their real address', async () => {
    await selfReportLimit.reset(api.orm.em);
    const divisions = await post(url, `{ publicDivisions(parentCode: "150121100000") { code name } }`);
    expect(divisions.body.data?.publicDivisions.length).toBeGreaterThan(0);
    const queue = await post(url, `{ selfReports { total } }`);
    expect(queue.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    // The address comes from the connection (req.ip): invalid attempts count, the 11th is refused.
    const bad = `mutation { submitSelfReport(input: { villageCode: "150121100201", name: "张三", idNumber: "1", phone: "1", difficulty: ILLNESS, description: "看病花了很多钱" }) { received } }`;
    for (let i = 0; i < 10; i++)
      expect((await post(url, bad)).body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await post(url, bad)).body.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
    await selfReportLimit.reset(api.orm.em);
  });

  it('anonymous and partner callers get no "Did you mean" suggestions; officers do', async () => {
    const anonymous = await post(url, '{ househlds { total } }');
    expect(anonymous.body.errors?.[0].message).toBe('Cannot query field "househlds" on type "Query". [建议已隐藏]?');
    for (const partner of ['dashboard', 'insurer']) {
      const login = await post(url, `mutation { login(username: "${partner}", password: "Demo@2026") { token } }`);
      const asPartner = await post(url, '{ regionStatistcs { total } }', {
        authorization: `Bearer ${login.body.data!.login.token}`,
      });
      expect(asPartner.body.errors?.[0].message, partner).not.toMatch(/Did you mean|regionStatistics/);
      expect(asPartner.body.errors?.[0].message, partner).toMatch(/建议已隐藏/);
    }
    const signedIn = await post(url, '{ househlds { total } }', auth());
    expect(signedIn.body.errors?.[0].message).toMatch(/Did you mean "households"/);
  });

  it('serves no Apollo landing page: a browser gets the bundled GraphiQL, which loads nothing from outside', async () => {
    const response = await fetch(`${url}/graphql`, { headers: { accept: 'text/html' } });
    const text = await response.text();
    expect(text).not.toMatch(/apollo|sandbox/i);
    expect(text).not.toMatch(/https?:\/\//);
    expect(text).toMatch(/GraphiQL/);
    // Introspection from that page still needs a signed-in caller (above).
  });

  it('CORS answers listed origins only', async () => {
    const listed = await fetch(`${url}/graphql`, {
      method: 'OPTIONS',
      headers: { origin: 'https://dashboard.example.cn', 'access-control-request-method': 'POST' },
    });
    expect(listed.status).toBe(204);
    expect(listed.headers.get('access-control-allow-origin')).toBe('https://dashboard.example.cn');
    expect(listed.headers.get('access-control-allow-headers')).toMatch(/Authorization/);
    const other = await fetch(`${url}/graphql`, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example.com', 'access-control-request-method': 'POST' },
    });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    const { response } = await post(url, '{ __typename }', { origin: 'https://evil.example.com' });
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('in development (the default)', () => {
  let url: string;
  beforeAll(async () => {
    url = await serve({ NODE_ENV: 'development', CORS_ORIGINS: '' });
  });

  it('keeps introspection for anonymous developers; browsers get the bundled GraphiQL', async () => {
    expect((await post(url, '{ __schema { queryType { name } } }')).body.data).toEqual({
      __schema: { queryType: { name: 'Query' } },
    });
    const response = await fetch(`${url}/graphql`, { headers: { accept: 'text/html' } });
    expect(await response.text()).toMatch(/GraphiQL/);
  });

  it('allows no cross-origin caller by default (same origin only)', async () => {
    const { response } = await post(url, '{ __typename }', { origin: 'https://dashboard.example.cn' });
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('sends the security headers on the console and on the API', async () => {
    for (const response of [await fetch(`${url}/`), (await post(url, '{ __typename }')).response]) {
      expect(response.headers.get('content-security-policy')).toMatch(/default-src 'self'.*frame-ancestors 'none'/);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('x-frame-options')).toBe('DENY');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
      expect(response.headers.get('strict-transport-security')).toBeNull();
    }
  });

  it('sends HSTS only when the request came over TLS through a trusted proxy', async () => {
    const viaProxy = await fetch(`${url}/healthz`, { headers: { 'x-forwarded-proto': 'https' } });
    expect(viaProxy.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
    const plain = await fetch(`${url}/healthz`);
    expect(plain.headers.get('strict-transport-security')).toBeNull();
  });

  it('ignores X-Forwarded-Proto from a proxy it does not trust', async () => {
    const untrusting = await serve({ NODE_ENV: 'development', TRUST_PROXY: 'false' });
    const response = await fetch(`${untrusting}/healthz`, { headers: { 'x-forwarded-proto': 'https' } });
    expect(response.headers.get('strict-transport-security')).toBeNull();
  });
});

describe(`passwords are at most ${MAX_PASSWORD_LENGTH} characters`, () => {
  const long = 'Aa1!' + 'x'.repeat(MAX_PASSWORD_LENGTH - 3);

  it('the rule', () => {
    expect(passwordWeakness('Aa1!' + 'x'.repeat(MAX_PASSWORD_LENGTH - 4))).toBeNull();
    expect(passwordWeakness(long)).toMatch(/最长 128 位/);
  });

  it('sign-in refuses a longer password before hashing it', async () => {
    const started = performance.now();
    const result = await api.exec(
      null,
      'mutation($p: String!) { login(username: "county_admin", password: $p) { token } }',
      { p: 'x'.repeat(1_000_000) },
    );
    expect(performance.now() - started).toBeLessThan(1000);
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password' });
  });

  it('changePassword and resetUserPassword refuse a longer new password', async () => {
    const county = await api.login('county_user_admin');
    const change = await api.exec(
      county,
      'mutation($p: String!) { changePassword(oldPassword: "Demo@2026", newPassword: $p) }',
      { p: long },
    );
    expect(change.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'newPassword' });
    const [{ id }] = await api.sql<{ id: string }>(`select id from app_user where username = 'village_officer'`);
    const reset = await api.exec(
      county,
      'mutation($id: String!, $p: String!) { resetUserPassword(id: $id, version: 1, newPassword: $p) { id } }',
      { id, p: long },
    );
    expect(errorCode(reset)).toBe('BAD_USER_INPUT');
    // The demo password still works: nothing was changed.
    expect(await api.login('county_user_admin')).toBeTruthy();
  });
});

describe('the address the API listens on (HOST)', () => {
  it('is loopback for the embedded start, every interface with a DATABASE_URL, and what HOST says', () => {
    const { DATABASE_URL: _url, HOST: _host, ...rest } = process.env;
    expect(loadConfig(rest).host).toBe('127.0.0.1');
    expect(loadConfig({ ...rest, DATABASE_URL: 'postgres://db/x' }).host).toBeUndefined();
    expect(loadConfig({ ...rest, HOST: '0.0.0.0' }).host).toBe('0.0.0.0');
  });

  it('answers on loopback only when bound there', async () => {
    const url = await serve({ NODE_ENV: 'production', HOST: '127.0.0.1' });
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    const outside = Object.values(os.networkInterfaces())
      .flat()
      .find((a) => a && a.family === 'IPv4' && !a.internal);
    if (outside) {
      const port = new URL(url).port;
      await expect(fetch(`http://${outside.address}:${port}/healthz`)).rejects.toThrow();
    }
  });
});
