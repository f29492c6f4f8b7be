import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api';
import { openOrm } from '../../api/src/orm';
import { loadConfig } from '../../api/src/config';
import { startHttpServer } from '../../api/src/server';
import { selfReportLimit } from '../../api/src/modules/self-reports/self-report.throttle';

/**
 * A request's body and its variables are bounded before anything expensive runs: an anonymous
 * caller cannot make the server coerce a huge input object, list every unknown key in the answer,
 * or slow down everyone else.
 */
let api: TestApi;
let url: string;
let token: string;
const stops: Array<() => Promise<void>> = [];
beforeAll(async () => {
  api = await startTestApi();
  const databaseUrl = api.orm.config.getClientUrl(true).replace(/\/[^/]*$/, `/${api.databaseName}`);
  const orm = await openOrm(databaseUrl, { poolMax: 4 });
  const server = await startHttpServer(
    orm,
    loadConfig({ ...process.env, DATABASE_URL: databaseUrl, NODE_ENV: 'production' }),
    0,
  );
  stops.push(async () => {
    await server.stop();
    await orm.close();
  });
  url = server.url;
  token = await login('county_admin');
});
afterAll(async () => {
  for (const stop of stops) await stop();
  await api?.close();
});

interface Answer {
  status: number;
  bytes: number;
  ms: number;
  body: { data?: any; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
}

/** Over node:http, one connection per request (fetch's pooled sockets add resets that are not the server's). */
async function send(body: string, headers: Record<string, string> = {}): Promise<Answer> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const request = http.request(
      `${url}/graphql`,
      {
        method: 'POST',
        agent: false,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...headers },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          resolve({
            status: response.statusCode!,
            bytes: Buffer.byteLength(text),
            ms: performance.now() - started,
            body: JSON.parse(text),
          });
        });
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

async function login(username: string) {
  const answer = await send(
    JSON.stringify({ query: `mutation { login(username: "${username}", password: "Demo@2026") { token } }` }),
  );
  return answer.body.data.login.token as string;
}

const SELF_REPORT = 'mutation($input: SelfReportInput!) { submitSelfReport(input: $input) { received } }';
/** A valid ID number of nobody registered (born 1931 in 150121, as in self-report.test.ts). */
const validReport = {
  villageCode: '150121100201',
  name: '张桂兰',
  idNumber: '150121193101017017',
  phone: '13847112345',
  difficulty: 'ILLNESS',
  description: '老伴住院做手术，自付四万多元，家里没有别的收入',
};
const selfReport = (input: unknown) => JSON.stringify({ query: SELF_REPORT, variables: { input } });

/** The attack: one input object with 200,000 keys the type does not have (about 1.5 MB). */
function unknownKeys(count: number) {
  const input: Record<string, unknown> = { ...validReport };
  for (let i = 0; i < count; i++) input[`k${i}`] = 1;
  return input;
}

const attacks: Record<string, string> = {
  '200,000 unknown keys': selfReport(unknownKeys(200_000)),
  'a thousand unknown keys under the body limit': selfReport(unknownKeys(1_000)),
  'a deeply nested value': selfReport({
    ...validReport,
    name: JSON.parse(`${'['.repeat(2_000)}1${']'.repeat(2_000)}`),
  }),
  'a huge list': selfReport({ ...validReport, name: Array.from({ length: 20_000 }, () => 1) }),
  'a 1 MB string': selfReport({ ...validReport, description: 'x'.repeat(1_000_000) }),
  'many variables': JSON.stringify({ query: SELF_REPORT, variables: { input: validReport, ...unknownKeys(20_000) } }),
};

function expectRefused(answer: Answer, name: string, maxMs = 2_000) {
  expect(answer.ms, name).toBeLessThan(maxMs);
  expect(answer.bytes, name).toBeLessThan(4_000);
  expect(answer.body.data?.submitSelfReport, name).toBeFalsy();
  expect(answer.body.errors?.length, name).toBe(1);
  const error = answer.body.errors![0];
  expect(error.message, name).toMatch(/[\u4e00-\u9fa5]/);
  expect(error.extensions?.code, name).toBe('BAD_USER_INPUT');
}

describe('an anonymous caller cannot make the server coerce a huge input', () => {
  for (const [name, body] of Object.entries(attacks)) {
    it(`refuses ${name} quickly, with one typed error and a small answer`, async () => {
      await selfReportLimit.reset(api.orm.em);
      expectRefused(await send(body), name);
    }, 60_000);
  }

  it('keeps the smallest body limit for a self-report sent with a token', async () => {
    const answer = await send(selfReport(unknownKeys(200_000)), { authorization: `Bearer ${token}` });
    // A signed-in body is read whole (20 MB allowed): the time is JSON.parse of 2.4 MB, not coercion.
    expectRefused(answer, 'signed in', 6_000);
    expect(answer.status).toBe(413);
    expect(answer.body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'body' });
  }, 60_000);

  it('refuses 200,000 unknown keys of a signed-in operation with one error naming a few of them', async () => {
    const input: Record<string, unknown> = { divisionCode: '150121100201' };
    for (let i = 0; i < 200_000; i++) input[`k${i}`] = 1;
    const answer = await send(
      JSON.stringify({
        query: 'mutation($input: CreateHouseholdInput!) { createHousehold(input: $input) { id } }',
        variables: { input },
      }),
      { authorization: `Bearer ${token}` },
    );
    expectRefused(answer, 'signed in', 6_000);
    expect(answer.status).toBe(400);
    expect(answer.body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input' });
    expect(answer.body.errors![0].message).toMatch(/k0、k1、k2、k3、k4 等 200000 个/);
  }, 60_000);

  it('a login body past the smallest limit is refused before the password is checked', async () => {
    const answer = await send(
      JSON.stringify({
        query: 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
        variables: { u: 'county_admin', p: 'Demo@2026', pad: 'x'.repeat(40_000) },
      }),
    );
    expect(answer.status).toBe(413);
    expect(answer.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'body' });
  });

  it('still takes a well-formed self-report', async () => {
    await selfReportLimit.reset(api.orm.em);
    const answer = await send(selfReport(validReport));
    expect(answer.body.errors).toBeUndefined();
    expect(answer.body.data.submitSelfReport.received).toBe(true);
  });

  it("keeps a signed-in user's cheap query fast while two attacks run at once, over and over", async () => {
    const cheap = JSON.stringify({ query: '{ me { id username } }' });
    const quiet: number[] = [];
    for (let i = 0; i < 10; i++) quiet.push((await send(cheap, { authorization: `Bearer ${token}` })).ms);
    quiet.sort((a, b) => a - b);
    const attack = attacks['200,000 unknown keys'];
    let attacking = true;
    const attackers = [0, 1].map(async () => {
      let refused = 0;
      while (attacking) {
        await selfReportLimit.reset(api.orm.em);
        const answer = await send(attack);
        expect(answer.bytes).toBeLessThan(4_000);
        refused++;
      }
      return refused;
    });
    const latencies: number[] = [];
    const started = performance.now();
    while (performance.now() - started < 4_000) {
      const answer = await send(cheap, { authorization: `Bearer ${token}` });
      expect(answer.body.errors).toBeUndefined();
      latencies.push(answer.ms);
    }
    attacking = false;
    const refused = (await Promise.all(attackers)).reduce((a, b) => a + b, 0);
    latencies.sort((a, b) => a - b);
    const p50 = latencies[Math.floor(latencies.length / 2)];
    const p90 = latencies[Math.floor(latencies.length * 0.9)];
    console.log(
      `cheap query: quiet p50 ${quiet[5].toFixed(0)} ms; under attack ${latencies.length} answers, p50 ${p50.toFixed(0)} ms, ` +
        `p90 ${p90.toFixed(0)} ms; ${refused} attacks refused`,
    );
    expect(refused).toBeGreaterThan(2);
    // On a shared machine the quiet figure is the yardstick: the attack adds little to it.
    expect(p50).toBeLessThan(quiet[5] + 300);
    expect(p90).toBeLessThan(quiet[5] + 1_000);
  }, 120_000);
});

describe('the answer is bounded', () => {
  it('lists at most 20 errors, and says how many more there were', async () => {
    // 30 variables none of which coerces: 30 errors from graphql-js, 21 in the answer.
    const names = Array.from({ length: 30 }, (_, i) => `v${i}`);
    const query = `query(${names.map((n) => `$${n}: Int!`).join(', ')}) { ${names.map((n) => `${n}: households(limit: $${n}) { total }`).join(' ')} }`;
    const variables = Object.fromEntries(names.map((n) => [n, 'x'.repeat(2_000)]));
    const answer = await send(JSON.stringify({ query, variables }), { authorization: `Bearer ${token}` });
    expect(answer.body.errors).toHaveLength(21);
    expect(answer.body.errors!.at(-1)).toMatchObject({
      message: '另有 10 个错误未列出',
      extensions: { code: 'BAD_USER_INPUT', omitted: 10 },
    });
    for (const error of answer.body.errors!) expect(error.message.length).toBeLessThanOrEqual(501);
    expect(answer.bytes).toBeLessThan(20_000);
  });
});
