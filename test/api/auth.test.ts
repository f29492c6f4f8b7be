import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql';
import { errorCode, errorMessage, startTestApi, type TestApi } from '../support/api';
import { ACTOR_CACHE_TTL_MS, forgetActors } from '../../api/src/auth/token.service';

const Login = graphql(`
  mutation TestLogin($username: String!, $password: String!) {
    login(username: $username, password: $password) {
      token
      expiresAt
      user {
        id
        username
        roles
        division {
          code
          name
          level
        }
      }
    }
  }
`);

const ContractMe = /query Me \{[^]*?\n\}/.exec(
  fs.readFileSync(path.join(__dirname, '..', '..', 'schema', 'contract', 'auth.graphql'), 'utf8'),
)![0];
const Me = graphql(`
  query TestMe {
    me {
      id
      username
      roles
      permissions
      division {
        code
        name
        level
      }
    }
  }
`);

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api?.close();
});

describe('login', () => {
  it('returns a bearer token, its expiry and the user with their division', async () => {
    const { login } = await api.ok(null, Login, { username: 'county_admin', password: 'Demo@2026' });
    expect(login.token).toMatch(/^ffp_[A-Za-z0-9_-]{40,}$/);
    const hours = (new Date(login.expiresAt).getTime() - Date.now()) / 3600_000;
    expect(hours).toBeGreaterThan(7.9);
    expect(hours).toBeLessThanOrEqual(8);
    // 三员分立: the county's business officer administers no accounts; county_user_admin does.
    expect(login.user).toMatchObject({
      username: 'county_admin',
      roles: ['COUNTY_OFFICER'],
      division: { code: '150121000000', name: '土默特左旗', level: 'COUNTY' },
    });

    const { me } = await api.ok(login.token, Me);
    expect(me.username).toBe('county_admin');
    expect(me.permissions).toContain('ASSET_DISPOSAL_APPROVE');
    expect(me.permissions).not.toContain('USER_MANAGE');
    expect(me.permissions).not.toContain('AUDIT_READ');
  });

  it('stores only the hash of the token', async () => {
    const { login } = await api.ok(null, Login, { username: 'city_admin', password: 'Demo@2026' });
    const rows = await api.sql(`select token_hash, token_prefix from access_token where token_prefix = ?`, [
      login.token.slice(0, 12),
    ]);
    expect(rows).toHaveLength(1);
    expect(rows[0].token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(await api.sql('select * from access_token'))).not.toContain(login.token);
  });

  it('refuses a wrong password and an unknown user with the same answer, in similar time', async () => {
    const timed = async (username: string) => {
      let fastest = Infinity;
      let result: Awaited<ReturnType<typeof api.exec>> | undefined;
      for (let i = 0; i < 3; i++) {
        const started = performance.now();
        result = await api.exec(null, Login, { username, password: 'Wrong@2026' });
        fastest = Math.min(fastest, performance.now() - started);
      }
      return { result: result!, ms: fastest };
    };
    const unknown = await timed('nobody_here');
    const wrong = await timed('county_admin');
    expect(wrong.result.data).toBeNull();
    expect(wrong.result.errors).toEqual(unknown.result.errors);
    expect(errorCode(wrong.result)).toBe('UNAUTHENTICATED');
    expect(errorMessage(wrong.result)).toBe('用户名或密码错误（连续错误 5 次账号将锁定 15 分钟）');
    // Both run one scrypt (the unknown user against a decoy hash): neither answers in a fraction of the other's time.
    expect(unknown.ms).toBeGreaterThan(wrong.ms / 3);
    expect(wrong.ms).toBeGreaterThan(unknown.ms / 3);
    await api.sql(`update app_user set failed_logins = 0 where username = 'county_admin'`);
  });

  it('refuses a disabled user, and ends the sessions they had', async () => {
    const adminToken = await api.login('county_user_admin');
    const officerToken = await api.login('bkq_village_officer');
    await api.ok(officerToken, Me); // its actor is now cached: disabling must drop it at once
    const { users } = (await api.ok(
      adminToken,
      `query { users(search: "bkq_village_officer") { items { id version } } }`,
    )) as { users: { items: Array<{ id: string; version: number }> } };
    const [target] = users.items;
    await api.ok(
      adminToken,
      `mutation($id: String!, $v: Int!) { setUserDisabled(id: $id, version: $v, disabled: true) { disabled } }`,
      { id: target.id, v: target.version },
    );

    const login = await api.exec(null, Login, { username: 'bkq_village_officer', password: 'Demo@2026' });
    expect(errorCode(login)).toBe('FORBIDDEN');
    expect(errorMessage(login)).toBe('账号已停用，请联系管理员');
    const me = await api.exec(officerToken, Me);
    expect(errorCode(me)).toBe('UNAUTHENTICATED');
  });

  it('refuses an expired token with a clear message', async () => {
    const token = await api.login('township_officer');
    await api.sql(`update access_token set expires_at = now() - interval '1 minute' where token_prefix = ?`, [
      token.slice(0, 12),
    ]);
    const me = await api.exec(token, Me);
    expect(errorCode(me)).toBe('UNAUTHENTICATED');
    expect(errorMessage(me)).toBe('登录已过期，请重新登录');
  });

  it('asks anonymous callers to sign in, and rejects made-up tokens', async () => {
    expect(errorCode(await api.exec(null, Me))).toBe('UNAUTHENTICATED');
    const forged = await api.exec('ffp_not-a-real-token', Me);
    expect(errorCode(forged)).toBe('UNAUTHENTICATED');
    expect(errorMessage(forged)).toBe('令牌无效，请重新登录');
  });

  it('logs out: the token stops working', async () => {
    const token = await api.login('auditor');
    await api.ok(token, Me);
    expect(((await api.ok(token, `mutation { logout }`)) as { logout: boolean }).logout).toBe(true);
    expect(errorCode(await api.exec(token, Me))).toBe('UNAUTHENTICATED');
  });

  it('locks an account after five wrong passwords, and then refuses the right one with the same answer', async () => {
    for (let i = 0; i < 5; i++) {
      expect(
        errorCode(await api.exec(null, Login, { username: 'tkt_township_officer', password: `Wrong@${i}xx` })),
      ).toBe('UNAUTHENTICATED');
    }
    const locked = await api.exec(null, Login, { username: 'tkt_township_officer', password: 'Demo@2026' });
    const unknown = await api.exec(null, Login, { username: 'nobody_at_all', password: 'Demo@2026' });
    expect(locked.errors).toEqual(unknown.errors);
    expect(errorCode(locked)).toBe('UNAUTHENTICATED');
    const [row] = await api.sql<{ failed_logins: number; locked: boolean }>(
      `select failed_logins, locked_until > now() as locked from app_user where username = 'tkt_township_officer'`,
    );
    expect(row).toEqual({ failed_logins: 6, locked: true });
  });

  it('counts 30 parallel wrong guesses as 30 failures, and stays locked against the right password', async () => {
    const guesses = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        api.exec(null, Login, { username: 'bkq_township_officer', password: `Guess#${i}aa` }),
      ),
    );
    // Every guess gets the one answer: no CONFLICT telling that the account exists.
    expect(new Set(guesses.map((g) => JSON.stringify(g.errors)))).toEqual(
      new Set([
        JSON.stringify([
          {
            message: '用户名或密码错误（连续错误 5 次账号将锁定 15 分钟）',
            path: ['login'],
            extensions: { code: 'UNAUTHENTICATED' },
          },
        ]),
      ]),
    );
    const [row] = await api.sql<{ failed_logins: number; locked: boolean }>(
      `select failed_logins, locked_until > now() as locked from app_user where username = 'bkq_township_officer'`,
    );
    expect(row).toEqual({ failed_logins: 30, locked: true });
    const right = await api.exec(null, Login, { username: 'bkq_township_officer', password: 'Demo@2026' });
    expect(errorCode(right)).toBe('UNAUTHENTICATED');
    expect(right.data).toBeNull();
    // Once the lock has run out, the right password works again and clears the count.
    await api.sql(
      `update app_user set locked_until = now() - interval '1 second' where username = 'bkq_township_officer'`,
    );
    await api.ok(null, Login, { username: 'bkq_township_officer', password: 'Demo@2026' });
    const [after] = await api.sql<{ failed_logins: number }>(
      `select failed_logins from app_user where username = 'bkq_township_officer'`,
    );
    expect(after.failed_logins).toBe(0);
  });

  it('slows, then stops, repeated failures from one client address for one account name', async () => {
    const address = '203.0.113.9';
    const started = performance.now();
    // 20 failures per address and account name per 15 minutes (an unknown name: no account lock applies).
    const guesses = await Promise.all(
      Array.from({ length: 25 }, () =>
        api.execFrom(address, null, Login, { username: 'probe_x', password: 'Guess#2026' }),
      ),
    );
    const refused = guesses.filter((g) => errorMessage(g) === '登录尝试过于频繁，请 15 分钟后再试');
    expect(refused).toHaveLength(5);
    expect(guesses.every((g) => errorCode(g) === 'UNAUTHENTICATED')).toBe(true);
    // Failures after the 5th from the address are held back (0.5 s more each): the burst cannot be answered at once.
    expect(performance.now() - started).toBeGreaterThan(2_000);
    expect(
      errorMessage(await api.execFrom(address, null, Login, { username: 'probe_x', password: 'Guess#2026' })),
    ).toBe('登录尝试过于频繁，请 15 分钟后再试');
  }, 30_000);

  it('counts failures per address and account, not successes: colleagues behind one NAT keep signing in', async () => {
    const office = '203.0.113.77';
    // A township office behind one address: 25 failed sign-ins by colleagues, spread over many (unknown) names...
    await Promise.all(
      Array.from({ length: 25 }, (_, i) =>
        api.execFrom(office, null, Login, { username: `colleague_${i}`, password: 'Wrong#2026' }),
      ),
    );
    // ...and successful ones: neither refuses the right password of another account from the same address.
    const okLogin = () =>
      api
        .execFrom(office, null, Login, { username: 'village_officer', password: 'Demo@2026' })
        .then((r) => r.data?.login.user.username);
    for (let i = 0; i < 3; i++) expect(await okLogin()).toBe('village_officer');
    const [{ n }] = await api.sql<{ n: number }>(
      `select coalesce(sum(count), 0)::int as n from rate_counter where key = ?`,
      [`login:${office}|village_officer`],
    );
    expect(n).toBe(0);
  }, 60_000);
  it('lets a user change their own password, checking the old one and strength', async () => {
    const token = await api.login('hlge_county_officer');
    const change = `mutation($o: String!, $n: String!) { changePassword(oldPassword: $o, newPassword: $n) }`;
    const wrongOld = await api.exec(token, change, { o: 'Nope@2026', n: 'Better#2027' });
    expect(errorCode(wrongOld)).toBe('BAD_USER_INPUT');
    expect(wrongOld.errors?.[0]?.extensions?.field).toBe('oldPassword');
    const weak = await api.exec(token, change, { o: 'Demo@2026', n: 'short' });
    expect(errorMessage(weak)).toBe('密码至少 8 位');
    await api.ok(token, change, { o: 'Demo@2026', n: 'Better#2027' });
    expect(errorCode(await api.exec(null, Login, { username: 'hlge_county_officer', password: 'Demo@2026' }))).toBe(
      'UNAUTHENTICATED',
    );
    await api.ok(null, Login, { username: 'hlge_county_officer', password: 'Better#2027' });
  });
});

describe('partner API tokens', () => {
  const Issue = `mutation($input: IssueApiTokenInput!) { issueApiToken(input: $input) { token apiToken { id role divisionCode tokenPrefix } } }`;

  it('are issued by an administrator for a division and a partner role, work until revoked', async () => {
    const admin = await api.login('city_admin');
    const issued = (await api.ok(admin, Issue, {
      input: { name: '市级大屏', partnerName: '某数据公司', divisionCode: '150100000000', role: 'DASHBOARD' },
    })) as {
      issueApiToken: { token: string; apiToken: { id: string; role: string; divisionCode: string } };
    };
    const { token, apiToken } = issued.issueApiToken;
    expect(apiToken).toMatchObject({ role: 'DASHBOARD', divisionCode: '150100000000' });

    // Partner tokens send only the contract's operations (its `Me`, not the console's).
    const { me } = (await api.ok(token, ContractMe)) as { me: { roles: string[]; division: { code: string } | null } };
    expect(me.roles).toEqual(['DASHBOARD']);
    expect(me.division?.code).toBe('150100000000');
    // A dashboard reads aggregates only: no accounts, no divisions list of people.
    expect(errorCode(await api.exec(token, `query { users { total } }`))).toBe('FORBIDDEN');

    await api.ok(admin, `mutation($id: String!) { revokeApiToken(id: $id) { revokedAt } }`, { id: apiToken.id });
    const after = await api.exec(token, ContractMe);
    expect(errorCode(after)).toBe('UNAUTHENTICATED');
    expect(errorMessage(after)).toBe('令牌已注销，请重新登录');
  });

  it('cannot carry an officer role, nor a division outside the issuer', async () => {
    const admin = await api.login('county_user_admin');
    const officer = await api.exec(admin, Issue, {
      input: { name: 'x', partnerName: 'y', divisionCode: '150121000000', role: 'COUNTY_OFFICER' },
    });
    expect(errorCode(officer)).toBe('BAD_USER_INPUT');
    const outside = await api.exec(admin, Issue, {
      input: { name: 'x', partnerName: 'y', divisionCode: '150122000000', role: 'DASHBOARD' },
    });
    expect(errorCode(outside)).toBe('FORBIDDEN');
  });

  it('are listed only inside the administrator’s division', async () => {
    const security = await api.login('security_admin');
    await api.ok(security, Issue, {
      input: { name: '托县看板', partnerName: '甲', divisionCode: '150122000000', role: 'DASHBOARD' },
    });
    const county = await api.login('county_user_admin');
    const { apiTokens } = (await api.ok(county, `query { apiTokens { total items { divisionCode } } }`)) as {
      apiTokens: { total: number; items: Array<{ divisionCode: string }> };
    };
    expect(apiTokens.items.every((t) => t.divisionCode.startsWith('150121'))).toBe(true);
    expect(apiTokens.total).toBe(apiTokens.items.length);
  });
});

describe('password reset and change end sessions', () => {
  const Households = `query { households(limit: 1) { total } }`;
  const change = `mutation($o: String!, $n: String!) { changePassword(oldPassword: $o, newPassword: $n) }`;

  it('a reset by an administrator ends every session of the account', async () => {
    const officer = await api.login('township_officer');
    const other = await api.login('township_officer');
    await api.ok(officer, Households);
    await api.ok(other, Households);
    const admin = await api.login('county_user_admin');
    const { users } = (await api.ok(
      admin,
      `query { users(search: "township_officer") { items { id username version } } }`,
    )) as { users: { items: Array<{ id: string; username: string; version: number }> } };
    const target = users.items.find((u) => u.username === 'township_officer')!;
    await api.ok(
      admin,
      `mutation($id: String!, $v: Int!) { resetUserPassword(id: $id, version: $v, newPassword: "Reset#2026") { id } }`,
      { id: target.id, v: target.version },
    );

    for (const token of [officer, other]) {
      const after = await api.exec(token, Households);
      expect(errorCode(after)).toBe('UNAUTHENTICATED');
      expect(errorMessage(after)).toBe('令牌已注销，请重新登录');
    }
    // The administrator's own session is untouched.
    await api.ok(admin, `query { users(limit: 1) { total } }`);
  });

  it('a change by the person ends their other sessions, not the one making it', async () => {
    const here = await api.login('tkt_village_officer');
    const elsewhere = await api.login('tkt_village_officer');
    await api.ok(elsewhere, Households);
    await api.ok(here, change, { o: 'Demo@2026', n: 'Changed#2026' });
    expect(errorCode(await api.exec(elsewhere, Households))).toBe('UNAUTHENTICATED');
    await api.ok(here, Households);
  });
});

describe('a password set by someone else must be changed first', () => {
  const NOT_YET = '请先修改初始密码（或管理员重置的密码）后再使用系统';

  it('allows only me, changePassword and logout until it is changed; then everything the roles allow', async () => {
    const security = await api.login('security_admin');
    await api.ok(
      security,
      `mutation { createUser(input: { username: "new_security", displayName: "新安全管理员", divisionCode: "150000000000", roles: [SECURITY_ADMIN], password: "Start#2026" }) { id } }`,
    );
    await api.ok(
      security,
      `mutation { createUser(input: { username: "new_officer", displayName: "新业务员", divisionCode: "150121000000", roles: [COUNTY_OFFICER], password: "Start#2026" }) { id } }`,
    );

    const officer = await api.login('new_officer', 'Start#2026');
    const { me } = (await api.ok(
      officer,
      `query { me { username mustChangePassword division { code } permissions } }`,
    )) as { me: { username: string; mustChangePassword: boolean } };
    expect(me).toMatchObject({ username: 'new_officer', mustChangePassword: true });
    const households = await api.exec(officer, `query { households(limit: 1) { total } }`);
    expect(errorCode(households)).toBe('FORBIDDEN');
    expect(errorMessage(households)).toBe(NOT_YET);
    expect(households.data).toBeNull();

    // Like the production `admin`: a security administrator cannot create accounts before changing it.
    const admin = await api.login('new_security', 'Start#2026');
    const create = await api.exec(
      admin,
      `mutation { createUser(input: { username: "sneaky", displayName: "x", divisionCode: "150000000000", roles: [AUDITOR], password: "Start#2026" }) { id } }`,
    );
    expect(errorCode(create)).toBe('FORBIDDEN');
    expect(errorMessage(create)).toBe(NOT_YET);
    expect(await api.sql(`select 1 from app_user where username = 'sneaky'`)).toHaveLength(0);
    // Hidden behind an allowed field, a forbidden one is still refused.
    const mixed = await api.exec(admin, `query { me { username } users { total } }`);
    expect(errorMessage(mixed)).toBe(NOT_YET);
    expect(mixed.data).toBeNull();

    await api.ok(officer, `mutation { changePassword(oldPassword: "Start#2026", newPassword: "Mine#2026x") }`);
    // The same session may now do what the role allows.
    await api.ok(officer, `query { households(limit: 1) { total } }`);
    expect(((await api.ok(officer, `mutation { logout }`)) as { logout: boolean }).logout).toBe(true);
    const again = await api.login('new_officer', 'Mine#2026x');
    await api.ok(again, `query { households(limit: 1) { total } }`);
  });

  it('applies to an account flagged later (as the production `admin` is at install), from its next request on', async () => {
    const token = await api.login('province_admin');
    await api.ok(token, `query { users(limit: 1) { total } }`);
    await api.sql(`update app_user set must_change_password = true where username = 'province_admin'`);
    // Changed in the database, not through the API: a running server would see it within the actor
    // cache's lifetime (at install the server has not started, so nothing is cached).
    await forgetActors();
    expect(errorMessage(await api.exec(token, `query { users(limit: 1) { total } }`))).toBe(NOT_YET);
  });
});

describe('the token → actor cache', () => {
  const Households = `query { households(limit: 1) { total } }`;

  it('answers a repeated request without looking the token up again, for at most a few seconds', async () => {
    const token = await api.login('county_admin');
    await api.ok(token, Households);
    api.resetQueries();
    await api.ok(token, Households);
    expect(api.queries.filter((q) => /access_token|app_user/.test(q))).toEqual([]);
    expect(ACTOR_CACHE_TTL_MS).toBeLessThanOrEqual(10_000);
  });

  it("drops a cached actor at once when the account's division changes", async () => {
    const admin = await api.login('county_user_admin');
    const { createUser } = (await api.ok(
      admin,
      `mutation { createUser(input: { username: "cache_officer", displayName: "缓存测试", divisionCode: "150121100201", roles: [VILLAGE_OFFICER], password: "Start#2026" }) { id version } }`,
    )) as { createUser: { id: string; version: number } };
    const officer = await api.login('cache_officer', 'Start#2026');
    await api.ok(officer, `mutation { changePassword(oldPassword: "Start#2026", newPassword: "Cached#2026x") }`);
    const Divisions = `query { divisions(limit: 5) { items { code } } }`;
    const before = (await api.ok(officer, Divisions)) as { divisions: { items: Array<{ code: string }> } };
    expect(before.divisions.items.every((d) => d.code === '150121100201')).toBe(true);
    const { users } = (await api.ok(admin, `query { users(search: "cache_officer") { items { id version } } }`)) as {
      users: { items: Array<{ id: string; version: number }> };
    };
    await api.ok(
      admin,
      `mutation($id: String!, $v: Int!) { updateUser(id: $id, version: $v, input: { divisionCode: "150121101201" }) { id } }`,
      { id: createUser.id, v: users.items[0].version },
    );
    const after = (await api.ok(officer, Divisions)) as { divisions: { items: Array<{ code: string }> } };
    expect(after.divisions.items.map((d) => d.code)).toEqual(['150121101201']);
  });
});
