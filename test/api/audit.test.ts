import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, errorMessage, startTestApi, type TestApi } from '../support/api';
import { checkCharacter } from '../../api/src/modules/households/id-number';
import { systemEm } from '../../api/src/jurisdiction/entity-manager';
import { actorContext } from '../../api/src/request';
import { referenceLabels } from '../../api/src/audit/references';
import { authenticate } from '../../api/src/auth/token.service';

interface AuditRow {
  action: string;
  actor_kind: string;
  actor_name: string;
  entity_name: string;
  entity_id: string | null;
  entity_ids: string[] | null;
  division_code: string;
  changes: Record<string, unknown> | null;
}

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api?.close();
});

const entriesSince = (id: number) =>
  api.sql<AuditRow & { id: string }>(`select * from audit_entry where id > ? order by id`, [id]);
const lastId = async () =>
  Number((await api.sql<{ id: string | null }>(`select max(id) as id from audit_entry`))[0].id ?? 0);

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
    const admin = await api.login('county_user_admin');
    const created = (await api.ok(
      admin,
      `mutation {
      createUser(input: { username: "audited_user", displayName: "审计测试", divisionCode: "150121100202", roles: [VILLAGE_OFFICER], password: "Start#2026" }) { id version }
    }`,
    )) as { createUser: { id: string; version: number } };
    const { id, version } = created.createUser;
    await api.ok(
      admin,
      `mutation($id: String!, $v: Int!) { updateUser(id: $id, version: $v, input: { displayName: "审计测试（改）" }) { version } }`,
      { id, v: version },
    );
    await api.ok(admin, `mutation($id: String!) { setUserDisabled(id: $id, version: 2, disabled: true) { id } }`, {
      id,
    });

    const entries = await entriesSince(start);
    const byAdmin = entries.filter((e) => e.actor_name === 'county_user_admin');
    const login = byAdmin.find((e) => e.action === 'LOGIN');
    expect(login).toMatchObject({ actor_kind: 'USER', entity_name: 'User', division_code: '150121000000' });
    expect(byAdmin.find((e) => e.action === 'CREATE' && e.entity_name === 'AccessToken')).toBeDefined();

    const userEntries = byAdmin.filter((e) => e.entity_name === 'User' && e.entity_id === id);
    expect(userEntries.map((e) => e.action)).toEqual(['CREATE', 'UPDATE', 'UPDATE']);
    expect(userEntries[0].changes).toMatchObject({
      username: 'audited_user',
      displayName: '审计测试',
      divisionCode: '150121100202',
      passwordHash: '（已隐去）',
    });
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
    expect(entry).toMatchObject({
      action: 'LOGIN_FAILED',
      entity_name: 'User',
      division_code: '150121000000',
      changes: { username: 'county_admin', reason: '密码错误' },
    });
  });

  it('records unmasked reads of personal data; masked reads are not personal data and are not logged', async () => {
    const county = await api.login('county_admin'); // holds pii.read
    const city = await api.login('city_admin'); // does not
    const [own] = await api.sql<{ id: string; phone: string }>(
      `select id, phone from household where division_code like '150121%' and phone is not null order by id limit 1`,
    );
    const query = `query($id: String!) { household(id: $id) { id phone } }`;

    let start = await lastId();
    const full = (await api.ok(county, query, { id: own.id })) as { household: { id: string; phone: string | null } };
    expect(full.household.phone).toBe(own.phone);
    // One entry for the request, naming the record shown.
    const reads = (await entriesSince(start)).filter((e) => e.action === 'PII_READ');
    expect(reads).toHaveLength(1);
    expect(reads[0].entity_ids).toContain(own.id);
    expect(reads[0]).toMatchObject({
      actor_name: 'county_admin',
      entity_name: 'Household',
      changes: { fields: ['phone'] },
    });

    start = await lastId();
    const masked = (await api.ok(city, query, { id: own.id })) as { household: { phone: string | null } };
    expect(masked.household.phone).toBe(`${own.phone.slice(0, 3)}****${own.phone.slice(-4)}`);
    expect((await entriesSince(start)).filter((e) => e.action === 'PII_READ')).toHaveLength(0);
  });

  it('is readable by the auditor within their division, and by nobody without audit.read', async () => {
    const auditor = await api.login('auditor');
    const result = (await api.ok(
      auditor,
      `query { auditEntries(limit: 5, action: LOGIN) { total items { action actorName at } } }`,
    )) as {
      auditEntries: { total: number; items: Array<{ action: string }> };
    };
    expect(result.auditEntries.total).toBeGreaterThan(0);
    expect(result.auditEntries.items.every((e) => e.action === 'LOGIN')).toBe(true);
    const county = await api.login('county_admin');
    expect(errorCode(await api.exec(county, `query { auditEntries { total } }`))).toBe('FORBIDDEN');
  });
});

/** A valid ID number of a test person (born 1932, unlike the seeded ones). */
const idNumber = (region: string, seq: number) => {
  const first17 = `${region}19320101${String(seq).padStart(3, '0')}`;
  return first17 + checkCharacter(first17);
};

type Entry = {
  id: string;
  action: string;
  entityName: string;
  entityId: string | null;
  divisionCode: string;
  actorName: string;
  changes: Record<string, unknown> | null;
};
const Entries = `query($entityId: String, $action: AuditAction) { auditEntries(entityId: $entityId, action: $action, limit: 50) { items { id action entityName entityId divisionCode actorName changes } } }`;

describe('personal data in the audit log', () => {
  it('is masked for the auditor (no pii.read) like every other field; one entry in clear is a separate, audited permission', async () => {
    const county = await api.login('county_admin');
    const person = idNumber('150121', 11);
    const { createHousehold: h } = (await api.ok(
      county,
      `mutation($input: CreateHouseholdInput!) { createHousehold(input: $input) { id members { id version } } }`,
      {
        input: {
          divisionCode: '150121100202',
          address: '审计脱敏 1 号',
          phone: '13912345678',
          members: [
            {
              name: '审计户主',
              idNumber: person,
              relation: 'HEAD',
              labourCapacity: 'ORDINARY',
              healthStatus: 'SERIOUS_ILLNESS',
            },
          ],
        },
      },
    )) as { createHousehold: { id: string; members: Array<{ id: string; version: number }> } };
    const [m] = h.members;
    const corrected = idNumber('150121', 13);
    await api.ok(
      county,
      `mutation($id: String!, $v: Int!, $n: String!) { updateMember(id: $id, version: $v, input: { idNumber: $n, healthStatus: DISABLED, disabilityGrade: 2 }) { id } }`,
      { id: m.id, v: m.version, n: corrected },
    );

    const auditor = await api.login('auditor');
    const { auditEntries } = (await api.ok(auditor, Entries, { entityId: m.id })) as {
      auditEntries: { items: Entry[] };
    };
    const create = auditEntries.items.find((e) => e.action === 'CREATE')!;
    const update = auditEntries.items.find((e) => e.action === 'UPDATE')!;
    // The same masks as the fields: ID numbers keep region and tail, health is withheld.
    expect(create.changes).toMatchObject({
      name: '审计户主',
      idNumber: `1501**********${person.slice(-4)}`,
      healthStatus: null,
    });
    expect(update.changes).toMatchObject({
      idNumber: [`1501**********${person.slice(-4)}`, `1501**********${corrected.slice(-4)}`],
      healthStatus: [null, null],
      disabilityGrade: [null, null],
    });
    const household = (
      (await api.ok(auditor, Entries, { entityId: h.id })) as { auditEntries: { items: Entry[] } }
    ).auditEntries.items.find((e) => e.action === 'CREATE')!;
    expect(household.changes).toMatchObject({ phone: '139****5678', address: '审计脱敏 1 号' });
    expect(JSON.stringify(auditEntries)).not.toContain(person);
    expect(JSON.stringify(auditEntries)).not.toContain('SERIOUS_ILLNESS');

    // The auditor cannot ask for the clear view; the security administrator can, and that view is logged.
    const Unmasked = `query($id: ID!) { auditEntryUnmasked(id: $id) { id changes } }`;
    expect(errorCode(await api.exec(auditor, Unmasked, { id: create.id }))).toBe('FORBIDDEN');
    const security = await api.login('security_admin');
    const start = await lastId();
    const { auditEntryUnmasked } = (await api.ok(security, Unmasked, { id: create.id })) as {
      auditEntryUnmasked: { changes: Record<string, unknown> };
    };
    expect(auditEntryUnmasked.changes).toMatchObject({ idNumber: person, healthStatus: 'SERIOUS_ILLNESS' });
    const reads = (await entriesSince(start)).filter((e) => e.action === 'PII_READ');
    expect(reads).toEqual([
      expect.objectContaining({
        actor_name: 'security_admin',
        entity_name: 'AuditEntry',
        entity_id: create.id,
        division_code: '150121100202',
        changes: { fields: ['healthStatus', 'idNumber'] },
      }),
    ]);
    // No default role but the security administrator holds it.
    const { roleDefinitions } = (await api.ok(security, `query { roleDefinitions { role permissions } }`)) as {
      roleDefinitions: Array<{ role: string; permissions: string[] }>;
    };
    expect(roleDefinitions.filter((r) => r.permissions.includes('AUDIT_READ_PII')).map((r) => r.role)).toEqual([
      'SECURITY_ADMIN',
    ]);

    // The household's 变更记录 follows the same rule for readers without pii.read.
    const city = await api.login('city_admin');
    const history = (await api.ok(
      city,
      `query($id: String!) { household(id: $id) { history { action entityName changes } } }`,
      { id: h.id },
    )) as { household: { history: Entry[] } };
    const memberCreate = history.household.history.find((e) => e.action === 'CREATE' && e.entityName === 'Member')!;
    expect(memberCreate.changes).toEqual(create.changes);
  });
});

describe('uniqueness clashes across counties', () => {
  const AddMember = `mutation($h: String!, $m: MemberInput!) { addMember(householdId: $h, input: $m) { id } }`;
  const contractPerson = '150121198803150018';

  it('refuses another county’s person without saying where or whose, and logs the attempt for the county that holds them', async () => {
    const county2 = await api.login('county_admin_2');
    const [own] = await api.sql<{ id: string }>(
      `select id from household where division_code like '150122%' and status = 'ACTIVE' limit 1`,
    );
    const start = await lastId();
    const added = await api.exec(county2, AddMember, {
      h: own.id,
      m: { name: '王永强', idNumber: contractPerson, relation: 'OTHER', labourCapacity: 'ORDINARY' },
    });
    expect(errorCode(added)).toBe('CONFLICT');
    expect(errorMessage(added)).toBe('身份证号已有在册登记，不能在此登记；如属迁入，请联系上级部门核实');
    expect(errorMessage(added)).not.toMatch(/\d{4}|东营|土默特/);

    // Updating a member to that ID answers the same.
    const [member] = await api.sql<{ id: string; version: number }>(
      `select id, version from household_member where division_code like '150122%' and status = 'ACTIVE' limit 1`,
    );
    const updated = await api.exec(
      county2,
      `mutation($id: String!, $v: Int!, $n: String!) { updateMember(id: $id, version: $v, input: { idNumber: $n }) { id } }`,
      { id: member.id, v: member.version, n: contractPerson },
    );
    expect(errorCode(updated)).toBe('CONFLICT');
    expect(errorMessage(updated)).toBe(errorMessage(added));
    // Nothing was written.
    expect(
      await api.sql(`select 1 from household_member where id_number = ? and division_code like '150122%'`, [
        contractPerson,
      ]),
    ).toHaveLength(0);

    // The attempt is in the log of the division that holds the person (土默特左旗's auditor sees it), not in the actor's.
    const attempts = (await entriesSince(start)).filter((e) => e.action === 'DUPLICATE_ATTEMPT');
    expect(attempts).toHaveLength(2);
    expect(attempts[1]).toMatchObject({
      actor_name: 'county_admin_2',
      entity_name: 'Member',
      division_code: '150121100201',
      changes: { idNumber: contractPerson },
    });
  });

  it('keeps the helpful answer inside the jurisdiction', async () => {
    const county = await api.login('county_admin');
    const [own] = await api.sql<{ id: string; household_number: string }>(
      `select h.id, h.household_number from household h join household_member m on m.household_id = h.id where m.id_number = ?`,
      [contractPerson],
    );
    const added = await api.exec(county, AddMember, {
      h: own.id,
      m: { name: '王永强', idNumber: contractPerson, relation: 'OTHER', labourCapacity: 'ORDINARY' },
    });
    expect(errorCode(added)).toBe('CONFLICT');
    expect(errorMessage(added)).toBe(`身份证号已在本辖区农户登记：****0018（户编号 ${own.household_number}）`);
  });

  it('answers a used 户编号 or username from another county without naming it as someone’s', async () => {
    const county2 = await api.login('county_admin_2');
    const [other] = await api.sql<{ household_number: string; division_code: string }>(
      `select household_number, division_code from household where division_code like '150121%' limit 1`,
    );
    const start = await lastId();
    const household = await api.exec(
      county2,
      `mutation($input: CreateHouseholdInput!) { createHousehold(input: $input) { id } }`,
      {
        input: {
          householdNumber: other.household_number,
          divisionCode: '150122100201',
          address: '户编号测试',
          members: [
            { name: '编号测试', idNumber: idNumber('150122', 21), relation: 'HEAD', labourCapacity: 'ORDINARY' },
          ],
        },
      },
    );
    expect(errorCode(household)).toBe('CONFLICT');
    expect(errorMessage(household)).toBe(`户编号 ${other.household_number} 不可用，请更换或留空由系统生成`);
    const users2 = await api.login('county_user_admin_2');
    const user = await api.exec(
      users2,
      `mutation { createUser(input: { username: "village_officer", displayName: "x", divisionCode: "150122100201", roles: [VILLAGE_OFFICER], password: "Start#2026" }) { id } }`,
    );
    expect(errorCode(user)).toBe('CONFLICT');
    expect(errorMessage(user)).toBe('用户名 village_officer 不可用，请更换');
    const attempts = (await entriesSince(start)).filter((e) => e.action === 'DUPLICATE_ATTEMPT');
    expect(attempts.map((e) => [e.entity_name, e.division_code])).toEqual([
      ['Household', other.division_code],
      ['User', '150121100201'],
    ]);

    // Inside: the plain answers stay.
    const own = await api.exec(
      users2,
      `mutation { createUser(input: { username: "tkt_village_officer", displayName: "x", divisionCode: "150122100201", roles: [VILLAGE_OFFICER], password: "Start#2026" }) { id } }`,
    );
    expect(errorMessage(own)).toBe('用户名 tkt_village_officer 已被使用');
  });
});

describe("who read this person's data", () => {
  it('one entry per request for a page of households; the auditor finds it by the ID number, with who and when', async () => {
    const county = await api.login('county_admin'); // pii.read
    const person = idNumber('150121', 21);
    await api.ok(county, `mutation($input: CreateHouseholdInput!) { createHousehold(input: $input) { id } }`, {
      input: {
        divisionCode: '150121100201',
        address: '读取审计 1 号',
        phone: '13900001111',
        householdNumber: '0000-READ-AUDIT',
        members: [{ name: '读取审计户主', idNumber: person, relation: 'HEAD', labourCapacity: 'ORDINARY' }],
      },
    });
    const start = await lastId();
    const page = (await api.ok(
      county,
      `{ households(limit: 50, sortBy: HOUSEHOLD_NUMBER, sortOrder: ASC) { items { phone members { id idNumber healthStatus } } } }`,
    )) as { households: { items: Array<{ members: Array<{ id: string; idNumber: string }> }> } };
    const members = page.households.items.flatMap((h) => h.members);
    const read = members.find((m) => m.idNumber === person)!;
    expect(read).toBeDefined();
    expect(members.length).toBeGreaterThan(20);
    const reads = (await entriesSince(start)).filter((e) => e.action === 'PII_READ');
    expect(reads).toHaveLength(1);
    expect(reads[0].entity_ids).toHaveLength(members.length + page.households.items.length);
    expect(reads[0]).toMatchObject({ actor_name: 'county_admin', entity_name: 'Household+Member', entity_id: null });
    expect(reads[0].changes).toMatchObject({ read: { Household: ['phone'], Member: ['healthStatus', 'idNumber'] } });
    // Every household of the page lies in 土默特左旗 (150121): the entry is scoped there, so the county's auditor sees it.
    expect(reads[0].division_code).toMatch(/^150121/);

    const auditor = await api.login('auditor');
    const search = `query($idNumber: String) { auditEntries(idNumber: $idNumber, action: PII_READ, limit: 10) { total items { at actorName entityName entityIds } } }`;
    const { auditEntries } = (await api.ok(auditor, search, { idNumber: person })) as {
      auditEntries: { total: number; items: Array<{ at: string; actorName: string; entityIds: string[] }> };
    };
    expect(auditEntries.items.some((e) => e.actorName === 'county_admin' && e.entityIds.includes(read.id))).toBe(true);
    const found = auditEntries.items.find((e) => e.actorName === 'county_admin')!;
    expect(Math.abs(Date.parse(found.at) - Date.now())).toBeLessThan(60_000);
    // The search itself is on record: the auditor looked this person up.
    const [own] = (await entriesSince(start)).filter((e) => e.actor_name === 'auditor' && e.action === 'PII_READ');
    expect(own).toMatchObject({ entity_id: read.id, changes: { fields: ['auditSearchByIdNumber'] } });

    // Outside the auditor's jurisdiction there is nobody to find; a malformed number is a typed error.
    const other = await api.login('county_admin_2');
    expect((await api.exec(other, search, { idNumber: person })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(errorCode(await api.exec(auditor, search, { idNumber: '12345' }))).toBe('BAD_USER_INPUT');
  });
});

describe('records named by id', () => {
  it('reads as the records’ names, for a whole page in one statement, and only inside the reader’s jurisdiction', async () => {
    const county = await api.login('county_admin');
    const [member] = await api.sql<{ id: string; name: string; household_id: string; household_number: string }>(`
      select m.id, m.name, m.household_id, h.household_number from household_member m join household h on h.id = m.household_id
       where h.division_code = '150121100201' and m.status = 'ACTIVE' order by h.household_number desc, m.id limit 1`);
    const since = await lastId();
    const { addRiskFactor } = (await api.ok(
      county,
      `mutation($h: String!, $m: String!) { addRiskFactor(householdId: $h, input: { memberId: $m, type: ILLNESS, source: CADRE_VISIT, occurredOn: "2026-11-01", amount: "12000.00" }) { id } }`,
      { h: member.household_id, m: member.id },
    )) as { addRiskFactor: { id: string } };
    const [entry] = (await entriesSince(since)).filter((e) => e.entity_name === 'RiskFactor');
    expect(entry.changes).toMatchObject({ householdId: member.household_id, memberId: member.id });

    const Entries = `query { auditEntries(entityName: "RiskFactor", limit: 25) { items { id entityId references { id label } } } }`;
    const auditor = await api.login('auditor');
    api.resetQueries();
    const { auditEntries } = (await api.ok(auditor, Entries)) as {
      auditEntries: {
        items: Array<{ id: string; entityId: string; references: Array<{ id: string; label: string }> }>;
      };
    };
    const labelled = auditEntries.items.find((e) => e.id === entry.id)!;
    expect(labelled.references).toEqual(
      expect.arrayContaining([
        { id: member.household_id, label: `户 ${member.household_number}` },
        { id: member.id, label: member.name },
        { id: addRiskFactor.id, label: '风险：因病' },
      ]),
    );
    // The page's references are one statement, whatever the page holds.
    expect(api.queries.filter((q) => /union all/.test(q) && /household_member/.test(q))).toHaveLength(1);

    // Names come from inside the reader's jurisdiction only: the other county gets none of this county's.
    const labelFor = async (token: string, id: string) =>
      referenceLabels(actorContext(api.orm, api.config, await authenticate(systemEm(api.orm), token))).load(id);
    expect(await labelFor(county, member.id)).toBe(member.name);
    expect(await labelFor(await api.login('county_admin_2'), member.id)).toBeNull();
    expect(await labelFor(county, 'not-an-id')).toBeNull();
  });
});
