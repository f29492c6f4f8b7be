import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, startTestApi, type TestApi } from '../support/api';

interface AuditRow {
  action: string;
  actor_kind: string;
  actor_name: string;
  entity_name: string;
  entity_id: string | null;
  division_code: string;
  changes: Record<string, unknown> | null;
}

let api: TestApi;
beforeAll(async () => { api = await startTestApi(); });
afterAll(async () => { await api?.close(); });

const entriesSince = (id: number) =>
  api.sql<AuditRow & { id: string }>(`select * from audit_entry where id > ? order by id`, [id]);
const lastId = async () => Number((await api.sql<{ id: string | null }>(`select max(id) as id from audit_entry`))[0].id ?? 0);

describe('the audit log', () => {
  it('refuses UPDATE, DELETE and TRUNCATE, even from the database owner', async () => {
    await expect(api.sql(`update audit_entry set actor_name = 'someone else'`)).rejects.toThrow(/append-only/);
    await expect(api.sql(`delete from audit_entry`)).rejects.toThrow(/append-only/);
    await expect(api.sql(`truncate audit_entry`)).rejects.toThrow(/append-only/);
    const [{ n }] = await api.sql<{ n: string }>(`select count(*) as n from audit_entry`);
    expect(Number(n)).toBeGreaterThan(0);
  });

  it('records every change made through the API with its actor, entity and before → after', async () => {
    const start = await lastId();
    const admin = await api.login('county_admin');
    const created = await api.ok(admin, `mutation {
      createUser(input: { username: "audited_user", displayName: "审计测试", divisionCode: "150121100202", roles: [VILLAGE_OFFICER], password: "Start#2026" }) { id version }
    }`) as { createUser: { id: string; version: number } };
    const { id, version } = created.createUser;
    await api.ok(admin, `mutation($id: String!, $v: Int!) { updateUser(id: $id, version: $v, input: { displayName: "审计测试（改）" }) { version } }`, { id, v: version });
    await api.ok(admin, `mutation($id: String!) { setUserDisabled(id: $id, version: 2, disabled: true) { id } }`, { id });

    const entries = await entriesSince(start);
    const byAdmin = entries.filter((e) => e.actor_name === 'county_admin');
    const login = byAdmin.find((e) => e.action === 'LOGIN');
    expect(login).toMatchObject({ actor_kind: 'USER', entity_name: 'User', division_code: '150121000000' });
    expect(byAdmin.find((e) => e.action === 'CREATE' && e.entity_name === 'AccessToken')).toBeDefined();

    const userEntries = byAdmin.filter((e) => e.entity_name === 'User' && e.entity_id === id);
    expect(userEntries.map((e) => e.action)).toEqual(['CREATE', 'UPDATE', 'UPDATE']);
    expect(userEntries[0].changes).toMatchObject({ username: 'audited_user', displayName: '审计测试', divisionCode: '150121100202', passwordHash: '（已隐去）' });
    expect(userEntries[0].division_code).toBe('150121100202');
    expect(userEntries[1].changes).toEqual({ displayName: ['审计测试', '审计测试（改）'] });
    expect(userEntries[2].changes).toEqual({ disabled: [false, true] });
    // Nothing in the log carries a secret.
    expect(JSON.stringify(entries)).not.toMatch(/scrypt\$/);
  });

  it('records failed sign-ins', async () => {
    const start = await lastId();
    await api.exec(null, `mutation { login(username: "county_admin", password: "Wrong#2026") { token } }`);
    const entry = (await entriesSince(start)).find((e) => e.action === 'LOGIN_FAILED');
    expect(entry).toMatchObject({ action: 'LOGIN_FAILED', entity_name: 'User', division_code: '150121000000', changes: { username: 'county_admin', reason: '密码错误' } });
  });

  it('records unmasked reads of personal data; masked reads are not personal data and are not logged', async () => {
    const county = await api.login('county_admin'); // holds pii.read
    const city = await api.login('city_admin'); // does not
    const query = `query { users(search: "village_officer", limit: 5) { items { id username phone } } }`;

    let start = await lastId();
    const full = await api.ok(county, query) as { users: { items: Array<{ id: string; username: string; phone: string | null }> } };
    const officer = full.users.items.find((u) => u.username === 'village_officer')!;
    expect(officer.phone).toBe('13947100006');
    const reads = (await entriesSince(start)).filter((e) => e.action === 'PII_READ');
    expect(reads.find((e) => e.entity_id === officer.id)).toMatchObject({ actor_name: 'county_admin', entity_name: 'User', changes: { fields: ['phone'] } });

    start = await lastId();
    const masked = await api.ok(city, query) as { users: { items: Array<{ username: string; phone: string | null }> } };
    expect(masked.users.items.find((u) => u.username === 'village_officer')!.phone).toBe('139****0006');
    expect((await entriesSince(start)).filter((e) => e.action === 'PII_READ')).toHaveLength(0);
  });

  it('is readable by the auditor within their division, and by nobody without audit.read', async () => {
    const auditor = await api.login('auditor');
    const result = await api.ok(auditor, `query { auditEntries(limit: 5, action: LOGIN) { total items { action actorName at } } }`) as {
      auditEntries: { total: number; items: Array<{ action: string }> };
    };
    expect(result.auditEntries.total).toBeGreaterThan(0);
    expect(result.auditEntries.items.every((e) => e.action === 'LOGIN')).toBe(true);
    const county = await api.login('county_admin');
    expect(errorCode(await api.exec(county, `query { auditEntries { total } }`))).toBe('FORBIDDEN');
  });
});
