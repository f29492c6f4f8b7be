import fs from 'node:fs';
import path from 'node:path';
import { Kind, parse, print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkCharacter } from '../../api/src/modules/households/id-number';
import { startCluster, type ApiInstance, type Cluster } from '../support/cluster';

/**
 * Two API instances on one primary with a streaming replica, as docs/deployment.md deploys them
 * (real processes: test/support/cluster.ts). Nothing one instance knows may be unknown to the
 * other: sessions ended on A are refused on B, limits count across both, and heavy reads go to
 * the replica without hiding a person's own writes from them.
 */
const PARTNER_LIMIT = 8;
let cluster: Cluster;
let a: ApiInstance;
let b: ApiInstance;

interface Answer {
  status: number;
  data?: any;
  errors?: Array<{ message: string; extensions?: { code?: string; retryAfterSeconds?: number } }>;
}

async function gql(
  instance: ApiInstance,
  token: string | null,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<Answer> {
  const response = await fetch(`${instance.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token && { authorization: `Bearer ${token}` }), ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, ...((await response.json()) as object) };
}

const code = (answer: Answer) => answer.errors?.[0]?.extensions?.code;

async function ok(
  instance: ApiInstance,
  token: string | null,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<any> {
  const answer = await gql(instance, token, query, variables);
  if (answer.errors?.length) throw new Error(`${instance.name}: ${JSON.stringify(answer.errors)}`);
  return answer.data;
}

const LOGIN = 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }';
const login = async (instance: ApiInstance, username: string, password = 'Demo@2026') =>
  (await ok(instance, null, LOGIN, { u: username, p: password })).login.token as string;
const ME = '{ me { username } }';
/** A partner operation exactly as published in schema/contract (partners may send nothing else). */
function contractOperation(file: string, name: string): string {
  const document = parse(fs.readFileSync(path.resolve(__dirname, '../../schema/contract', file), 'utf8'));
  const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION && d.name?.value === name);
  if (!operation) throw new Error(`no ${name} in ${file}`);
  return print(operation);
}
const REGION_OVERVIEW = contractOperation('dashboard.graphql', 'RegionOverview');
const CONTRACT_ME = contractOperation('auth.graphql', 'Me');
const STATS = 'query($d: String!, $y: Int!) { regionStatistics(divisionCode: $d, year: $y) { households asOf } }';
const YEAR = 2026;

/** Waits past a minute boundary when one is near, so a one-minute budget is counted in one window. */
async function awayFromMinuteBoundary(): Promise<void> {
  const intoMinute = Date.now() % 60_000;
  if (intoMinute > 45_000) await new Promise((resolve) => setTimeout(resolve, 60_000 - intoMinute + 500));
}

beforeAll(async () => {
  cluster = await startCluster({ env: { PARTNER_RATE_LIMIT_PER_MINUTE: String(PARTNER_LIMIT) } });
  [a, b] = cluster.instances;
}, 300_000);

afterAll(async () => {
  await cluster?.close();
}, 120_000);

describe('sessions ended on one instance', () => {
  /** B has the token's actor cached (two requests), then A ends the session, then B is asked at once. */
  async function endedOnAIsRefusedOnB(token: string, end: () => Promise<unknown>, query = ME) {
    await ok(b, token, query);
    await ok(b, token, query);
    await end();
    const after = await gql(b, token, query);
    expect(code(after), JSON.stringify(after)).toBe('UNAUTHENTICATED');
  }

  it('logout on A is refused at once on B', async () => {
    for (let i = 0; i < 5; i++) {
      const token = await login(a, 'township_officer');
      await endedOnAIsRefusedOnB(token, () => ok(a, token, 'mutation { logout }'));
    }
  }, 120_000);

  it('a password reset, a disabled account and a revoked partner token on A are refused at once on B', async () => {
    const admin = await login(a, 'county_user_admin');
    const find = async (name: string) =>
      (
        await ok(a, admin, 'query($s: String!) { users(search: $s) { items { id username version } } }', { s: name })
      ).users.items.find((u: { username: string }) => u.username === name) as { id: string; version: number };

    const officer = await login(b, 'bkq_village_officer');
    let target = await find('bkq_village_officer');
    await endedOnAIsRefusedOnB(officer, () =>
      ok(
        a,
        admin,
        'mutation($id: String!, $v: Int!) { resetUserPassword(id: $id, version: $v, newPassword: "Reset#2026x") { id } }',
        { id: target.id, v: target.version },
      ),
    );

    const other = await login(b, 'bkq_township_officer');
    target = await find('bkq_township_officer');
    await endedOnAIsRefusedOnB(other, () =>
      ok(
        a,
        admin,
        'mutation($id: String!, $v: Int!) { setUserDisabled(id: $id, version: $v, disabled: true) { disabled } }',
        { id: target.id, v: target.version },
      ),
    );

    const city = await login(a, 'city_admin');
    const issued = await ok(
      a,
      city,
      'mutation($input: IssueApiTokenInput!) { issueApiToken(input: $input) { token apiToken { id } } }',
      {
        input: { name: '跨实例大屏', partnerName: '某数据公司', divisionCode: '150100000000', role: 'DASHBOARD' },
      },
    );
    await endedOnAIsRefusedOnB(
      issued.issueApiToken.token,
      () =>
        ok(a, city, 'mutation($id: String!) { revokeApiToken(id: $id) { revokedAt } }', {
          id: issued.issueApiToken.apiToken.id,
        }),
      CONTRACT_ME,
    );
  }, 120_000);
});

describe('limits counted across instances', () => {
  it('30 parallel wrong passwords split across A and B lock the account at the policy’s count (5) and count every one', async () => {
    // From 30 addresses, so the per-address slowing plays no part: the account's own count does.
    const guesses = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        gql(
          i % 2 ? a : b,
          null,
          LOGIN,
          { u: 'tkt_village_officer', p: `Guess#${i}zz` },
          { 'x-forwarded-for': `10.9.0.${i + 1}` },
        ),
      ),
    );
    expect(guesses.every((g) => code(g) === 'UNAUTHENTICATED')).toBe(true);
    const [row] = await cluster.primary.sql<{ failed_logins: number; locked: boolean }>(
      `select failed_logins, locked_until > now() as locked from app_user where username = 'tkt_village_officer'`,
    );
    expect(row).toEqual({ failed_logins: 30, locked: true });
    for (const instance of [a, b])
      expect(code(await gql(instance, null, LOGIN, { u: 'tkt_village_officer', p: 'Demo@2026' }))).toBe(
        'UNAUTHENTICATED',
      );
  }, 120_000);

  it('one address gets 20 failures per account name in total, not 20 per instance', async () => {
    const from = { 'x-forwarded-for': '198.51.100.20' };
    const tries = await Promise.all(
      Array.from({ length: 26 }, (_, i) =>
        gql(i % 2 ? a : b, null, LOGIN, { u: 'nobody_here', p: 'Guess#2026' }, from),
      ),
    );
    expect(tries.filter((t) => t.errors?.[0]?.message === '登录尝试过于频繁，请 15 分钟后再试')).toHaveLength(6);
  }, 120_000);

  it('the self-report limits (10 per address an hour, 3 per ID number a day) hold across both', async () => {
    const submit = 'mutation($input: SelfReportInput!) { submitSelfReport(input: $input) { received } }';
    const from = (address: string) => ({ 'x-forwarded-for': address });
    const bad = {
      villageCode: '150121100201',
      name: '张三',
      idNumber: '1',
      phone: '1',
      difficulty: 'ILLNESS',
      description: '看病花了很多钱',
    };
    const byAddress = [];
    for (let i = 0; i < 12; i++)
      byAddress.push(code(await gql(i % 2 ? a : b, null, submit, { input: bad }, from('203.0.113.50'))));
    expect(byAddress.slice(0, 10).every((c) => c === 'BAD_USER_INPUT')).toBe(true);
    expect(byAddress.slice(10)).toEqual(['RATE_LIMITED', 'RATE_LIMITED']);

    const first17 = '15012119310101777';
    const input = {
      ...bad,
      name: '张桂兰',
      idNumber: first17 + checkCharacter(first17),
      phone: '13847112345',
      description: '老伴住院做手术，自付四万多元',
    };
    const byId = [];
    for (let i = 0; i < 4; i++)
      byId.push(code(await gql(i % 2 ? a : b, null, submit, { input }, from(`203.0.113.${60 + i}`))) ?? 'OK');
    expect(byId).toEqual(['OK', 'OK', 'OK', 'RATE_LIMITED']);
  }, 120_000);

  it('a dashboard account’s budget is shared by A and B and by its sessions; signing in again gives no fresh one', async () => {
    await awayFromMinuteBoundary();
    const first = await login(a, 'dashboard');
    const answers = await Promise.all(
      Array.from({ length: PARTNER_LIMIT + 4 }, (_, i) =>
        gql(i % 2 ? a : b, first, REGION_OVERVIEW, { divisionCode: '150100000000', year: YEAR }),
      ),
    );
    expect(answers.filter((r) => !r.errors).length).toBe(PARTNER_LIMIT);
    const limited = answers.filter((r) => code(r) === 'RATE_LIMITED');
    expect(limited).toHaveLength(4);
    expect(limited[0].status).toBe(429);
    expect(limited[0].errors![0].extensions!.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    const second = await login(b, 'dashboard');
    expect(code(await gql(b, second, REGION_OVERVIEW, { divisionCode: '150100000000', year: YEAR }))).toBe(
      'RATE_LIMITED',
    );
  }, 180_000);
});

describe('read replica', () => {
  async function replicaLastQueries(): Promise<string[]> {
    const rows = await cluster.replica.sql<{ query: string }>(
      `select query from pg_stat_activity where usename = 'ffp_app' and datname = 'ffp'`,
    );
    return rows.map((r) => r.query);
  }

  it('serves statistics from the replica; writes go to the primary; the writer reads its own write at once', async () => {
    const county = await login(a, 'county_admin');
    const stats = await ok(b, county, STATS, { d: '150121000000', y: YEAR });
    expect((await replicaLastQueries()).some((q) => /statistics_rollup/.test(q))).toBe(true);
    const before = stats.regionStatistics.households as number;

    // Replay paused: the replica stops at this point, the primary moves on.
    await cluster.replicaCaughtUp();
    await cluster.replica.sql('select pg_wal_replay_pause()');
    try {
      const first17 = '15012119500101888';
      await ok(a, county, 'mutation($input: CreateHouseholdInput!) { createHousehold(input: $input) { id } }', {
        input: {
          divisionCode: '150121100202',
          address: '副本测试 1 号',
          phone: '13912345670',
          members: [
            {
              name: '副本户主',
              idNumber: first17 + checkCharacter(first17),
              relation: 'HEAD',
              labourCapacity: 'ORDINARY',
              healthStatus: 'HEALTHY',
            },
          ],
        },
      });
      // The write is on the primary (the replica is read-only and paused, so it cannot have it)...
      const [{ n }] = await cluster.primary.sql<{ n: number }>(
        `select count(*)::int as n from household where address = '副本测试 1 号'`,
      );
      expect(n).toBe(1);
      const [{ m }] = await cluster.replica.sql<{ m: number }>(
        `select count(*)::int as m from household where address = '副本测试 1 号'`,
      );
      expect(m).toBe(0);
      // ...and the session that wrote sees it on either instance (read from the primary, as of now).
      for (const instance of [a, b]) {
        const mine = await ok(instance, county, STATS, { d: '150121000000', y: YEAR });
        expect(mine.regionStatistics.households).toBe(before + 1);
        expect(Date.now() - Date.parse(mine.regionStatistics.asOf)).toBeLessThan(10_000);
      }
      // Another session, which wrote nothing, reads the paused replica: the older figure, and says so.
      const city = await login(b, 'city_admin');
      const theirs = await ok(b, city, STATS, { d: '150121000000', y: YEAR });
      expect(theirs.regionStatistics.households).toBe(before);
    } finally {
      await cluster.replica.sql('select pg_wal_replay_resume()');
    }
    await cluster.replicaCaughtUp();
    const city = await login(a, 'city_admin');
    expect((await ok(a, city, STATS, { d: '150121000000', y: YEAR })).regionStatistics.households).toBe(before + 1);
  }, 120_000);

  it('with the replica stopped, statistics still answer (from the primary) on both instances, and readiness holds', async () => {
    cluster.replica.stop('immediate');
    const county = await login(a, 'county_admin');
    for (const instance of [a, b]) {
      const answer = await ok(instance, county, STATS, { d: '150121000000', y: YEAR });
      expect(answer.regionStatistics.households).toBeGreaterThan(0);
      expect(Date.now() - Date.parse(answer.regionStatistics.asOf)).toBeLessThan(10_000);
      const ready = await fetch(`${instance.url}/readyz`);
      expect(ready.status).toBe(200);
    }
  }, 120_000);
});

describe('health and shutdown', () => {
  it('answers /healthz and /readyz while the primary is up', async () => {
    expect((await fetch(`${a.url}/healthz`)).status).toBe(200);
    expect((await fetch(`${a.url}/readyz`)).status).toBe(200);
  });

  it('drains on SIGTERM: a request under way finishes, readiness fails, the process exits 0', async () => {
    const county = await login(b, 'county_admin');
    // Hold the household table so a list waits, then ask B to stop while it waits.
    const holder = new (await import('pg')).default.Client({ connectionString: cluster.primary.url });
    await holder.connect();
    await holder.query('begin');
    await holder.query('lock table household in access exclusive mode');
    const pending = gql(b, county, '{ households(limit: 1) { total } }');
    await new Promise((resolve) => setTimeout(resolve, 500));
    const stopped = b.stop('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 300));
    const ready = await fetch(`${b.url}/readyz`)
      .then((r) => r.status)
      .catch(() => 'refused');
    expect([503, 'refused']).toContain(ready);
    await holder.query('rollback');
    await holder.end();
    const answer = await pending;
    expect(answer.status).toBe(200);
    expect(answer.data?.households.total).toBeGreaterThan(0);
    expect(await stopped).toBe(0);
    // A is still serving.
    expect((await gql(a, county, ME)).data?.me.username).toBe('county_admin');
  }, 120_000);

  it('/readyz answers 503 when the primary cannot be reached', async () => {
    cluster.primary.stop('immediate');
    const ready = await fetch(`${a.url}/readyz`);
    expect(ready.status).toBe(503);
    expect((await fetch(`${a.url}/healthz`)).status).toBe(200);
  }, 60_000);
});
