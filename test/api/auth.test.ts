import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql';
import { errorCode, errorMessage, startTestApi, type TestApi } from '../support/api';

const Login = graphql(`
  mutation TestLogin($username: String!, $password: String!) {
    login(username: $username, password: $password) {
      token
      expiresAt
      user { id username roles division { code name level } }
    }
  }
`);

const ContractMe = /query Me \{[^]*?\n\}/.exec(fs.readFileSync(path.join(__dirname, '..', '..', 'schema', 'contract', 'auth.graphql'), 'utf8'))![0];
const Me = graphql(`query TestMe { me { id username roles permissions division { code name level } } }`);

let api: TestApi;
beforeAll(async () => { api = await startTestApi(); });
afterAll(async () => { await api?.close(); });

describe('login', () => {
  it('returns a bearer token, its expiry and the user with their division', async () => {
    const { login } = await api.ok(null, Login, { username: 'county_admin', password: 'Demo@2026' });
    expect(login.token).toMatch(/^ffp_[A-Za-z0-9_-]{40,}$/);
    const hours = (new Date(login.expiresAt).getTime() - Date.now()) / 3600_000;
    expect(hours).toBeGreaterThan(7.9);
    expect(hours).toBeLessThanOrEqual(8);
    expect(login.user).toMatchObject({ username: 'county_admin', roles: ['COUNTY_OFFICER', 'USER_ADMIN'], division: { code: '150121000000', name: '土默特左旗', level: 'COUNTY' } });

    const { me } = await api.ok(login.token, Me);
    expect(me.username).toBe('county_admin');
    expect(me.permissions).toContain('USER_MANAGE');
    expect(me.permissions).not.toContain('AUDIT_READ');
  });

  it('stores only the hash of the token', async () => {
    const { login } = await api.ok(null, Login, { username: 'city_admin', password: 'Demo@2026' });
    const rows = await api.sql(`select token_hash, token_prefix from access_token where token_prefix = ?`, [login.token.slice(0, 12)]);
    expect(rows).toHaveLength(1);
    expect(rows[0].token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(await api.sql('select * from access_token'))).not.toContain(login.token);
  });

  it('refuses a wrong password and an unknown user with the same message', async () => {
    const wrong = await api.exec(null, Login, { username: 'county_admin', password: 'Wrong@2026' });
    expect(errorCode(wrong)).toBe('UNAUTHENTICATED');
    expect(errorMessage(wrong)).toBe('用户名或密码错误');
    const unknown = await api.exec(null, Login, { username: 'nobody_here', password: 'Wrong@2026' });
    expect(errorCode(unknown)).toBe('UNAUTHENTICATED');
    expect(errorMessage(unknown)).toBe('用户名或密码错误');
    expect(wrong.data).toBeNull();
  });

  it('refuses a disabled user, and ends the sessions they had', async () => {
    const adminToken = await api.login('county_admin');
    const officerToken = await api.login('bkq_village_officer');
    const { users } = await api.ok(adminToken, `query { users(search: "bkq_village_officer") { items { id version } } }`) as { users: { items: Array<{ id: string; version: number }> } };
    const [target] = users.items;
    await api.ok(adminToken, `mutation($id: String!, $v: Int!) { setUserDisabled(id: $id, version: $v, disabled: true) { disabled } }`, { id: target.id, v: target.version });

    const login = await api.exec(null, Login, { username: 'bkq_village_officer', password: 'Demo@2026' });
    expect(errorCode(login)).toBe('FORBIDDEN');
    expect(errorMessage(login)).toBe('账号已停用，请联系管理员');
    const me = await api.exec(officerToken, Me);
    expect(errorCode(me)).toBe('UNAUTHENTICATED');
  });

  it('refuses an expired token with a clear message', async () => {
    const token = await api.login('township_officer');
    await api.sql(`update access_token set expires_at = now() - interval '1 minute' where token_prefix = ?`, [token.slice(0, 12)]);
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
    expect((await api.ok(token, `mutation { logout }`) as { logout: boolean }).logout).toBe(true);
    expect(errorCode(await api.exec(token, Me))).toBe('UNAUTHENTICATED');
  });

  it('locks an account after five wrong passwords', async () => {
    for (let i = 0; i < 5; i++) {
      expect(errorCode(await api.exec(null, Login, { username: 'tkt_township_officer', password: `Wrong@${i}xx` }))).toBe('UNAUTHENTICATED');
    }
    const locked = await api.exec(null, Login, { username: 'tkt_township_officer', password: 'Demo@2026' });
    expect(errorCode(locked)).toBe('FORBIDDEN');
    expect(errorMessage(locked)).toContain('已锁定');
  });

  it('lets a user change their own password, checking the old one and strength', async () => {
    const token = await api.login('hlge_county_officer');
    const change = `mutation($o: String!, $n: String!) { changePassword(oldPassword: $o, newPassword: $n) }`;
    const wrongOld = await api.exec(token, change, { o: 'Nope@2026', n: 'Better#2027' });
    expect(errorCode(wrongOld)).toBe('BAD_USER_INPUT');
    expect(wrongOld.errors?.[0]?.extensions?.field).toBe('oldPassword');
    const weak = await api.exec(token, change, { o: 'Demo@2026', n: 'short' });
    expect(errorMessage(weak)).toBe('密码至少 8 位');
    await api.ok(token, change, { o: 'Demo@2026', n: 'Better#2027' });
    expect(errorCode(await api.exec(null, Login, { username: 'hlge_county_officer', password: 'Demo@2026' }))).toBe('UNAUTHENTICATED');
    await api.ok(null, Login, { username: 'hlge_county_officer', password: 'Better#2027' });
  });
});

describe('partner API tokens', () => {
  const Issue = `mutation($input: IssueApiTokenInput!) { issueApiToken(input: $input) { token apiToken { id role divisionCode tokenPrefix } } }`;

  it('are issued by an administrator for a division and a partner role, work until revoked', async () => {
    const admin = await api.login('city_admin');
    const issued = await api.ok(admin, Issue, { input: { name: '市级大屏', partnerName: '某数据公司', divisionCode: '150100000000', role: 'DASHBOARD' } }) as {
      issueApiToken: { token: string; apiToken: { id: string; role: string; divisionCode: string } };
    };
    const { token, apiToken } = issued.issueApiToken;
    expect(apiToken).toMatchObject({ role: 'DASHBOARD', divisionCode: '150100000000' });

    // Partner tokens send only the contract's operations (its `Me`, not the console's).
    const { me } = await api.ok(token, ContractMe) as { me: { roles: string[]; division: { code: string } | null } };
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
    const admin = await api.login('county_admin');
    const officer = await api.exec(admin, Issue, { input: { name: 'x', partnerName: 'y', divisionCode: '150121000000', role: 'COUNTY_OFFICER' } });
    expect(errorCode(officer)).toBe('BAD_USER_INPUT');
    const outside = await api.exec(admin, Issue, { input: { name: 'x', partnerName: 'y', divisionCode: '150122000000', role: 'DASHBOARD' } });
    expect(errorCode(outside)).toBe('FORBIDDEN');
  });

  it('are listed only inside the administrator’s division', async () => {
    const security = await api.login('security_admin');
    await api.ok(security, Issue, { input: { name: '托县看板', partnerName: '甲', divisionCode: '150122000000', role: 'DASHBOARD' } });
    const county = await api.login('county_admin');
    const { apiTokens } = await api.ok(county, `query { apiTokens { total items { divisionCode } } }`) as { apiTokens: { total: number; items: Array<{ divisionCode: string }> } };
    expect(apiTokens.items.every((t) => t.divisionCode.startsWith('150121'))).toBe(true);
    expect(apiTokens.total).toBe(apiTokens.items.length);
  });
});
