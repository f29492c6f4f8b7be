import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, errorMessage, startTestApi, type TestApi } from '../support/api';
import { forgetActors } from '../../api/src/auth/token.service';

/**
 * 三员分立 (等保三级): administering accounts and approving requests are never one account's, and an
 * approver is neither the requester nor an account the requester created or changed.
 */

const DONGYING = '150121100201';
const CreateUser = `mutation($input: CreateUserInput!) { createUser(input: $input) { id version roles } }`;
const UpdateUser = `mutation($id: String!, $v: Int!, $input: UpdateUserInput!) { updateUser(id: $id, version: $v, input: $input) { id version } }`;
const CreateAsset = `mutation($input: AssetInput!) { createAsset(input: $input) { id version } }`;
const Request = `mutation($id: String!, $v: Int!) { requestAssetDisposal(id: $id, version: $v, reason: "损毁报废") { version } }`;
const Decide = `mutation($id: String!, $v: Int!) { decideAssetDisposal(id: $id, version: $v, approve: true) { status } }`;

let api: TestApi;
let security: string;
let userAdmin: string;

const account = (username: string, roles: string[], divisionCode = '150121000000') => ({
  input: { username, displayName: username, divisionCode, roles, password: 'Start#2026' },
});

/** Signs in an account created with the start password (the change it must make first is skipped in SQL, to save time). */
async function ready(username: string): Promise<string> {
  await api.sql(`update app_user set must_change_password = false where username = ?`, [username]);
  return api.login(username, 'Start#2026');
}

beforeAll(async () => {
  api = await startTestApi();
  [security, userAdmin] = await Promise.all(['security_admin', 'county_user_admin'].map((u) => api.login(u)));
});
afterAll(async () => {
  await api?.close();
});

describe('user administration apart from approval', () => {
  it("the demo county officer administers no accounts; the county's user administrator approves nothing", async () => {
    const county = await api.login('county_admin');
    expect(errorCode(await api.exec(county, CreateUser, account('by_officer', ['VILLAGE_OFFICER'], DONGYING)))).toBe(
      'FORBIDDEN',
    );
    const { me } = (await api.ok(userAdmin, `query { me { roles permissions } }`)) as {
      me: { roles: string[]; permissions: string[] };
    };
    expect(me.roles).toEqual(['USER_ADMIN']);
    expect(me.permissions).not.toContain('ASSET_DISPOSAL_APPROVE');
  });

  it('refuses to grant a role set joining user administration with approval, even to the security administrator', async () => {
    for (const roles of [
      ['COUNTY_OFFICER', 'USER_ADMIN'],
      ['TOWNSHIP_REVIEWER', 'USER_ADMIN'],
      ['COUNTY_OFFICER', 'SECURITY_ADMIN'],
    ]) {
      const refused = await api.exec(security, CreateUser, account('both_duties', roles));
      expect(errorCode(refused), roles.join()).toBe('BAD_USER_INPUT');
      expect(refused.errors?.[0].extensions?.field).toBe('input.roles');
      expect(errorMessage(refused)).toContain('三员分立');
    }
    expect(await api.sql(`select 1 from app_user where username = 'both_duties'`)).toHaveLength(0);
    // Nor by adding the other duty to an existing account.
    const [officer] = await api.sql<{ id: string; version: number }>(
      `select id, version from app_user where username = 'county_admin'`,
    );
    const update = await api.exec(security, UpdateUser, {
      id: officer.id,
      v: officer.version,
      input: { roles: ['COUNTY_OFFICER', 'USER_ADMIN'] },
    });
    expect(errorCode(update)).toBe('BAD_USER_INPUT');
    expect(
      (await api.sql<{ roles: string[] }>(`select roles from app_user where id = ?`, [officer.id]))[0].roles,
    ).toEqual(['COUNTY_OFFICER']);
  });

  it("the county's user administrator creates the county's business accounts, nothing above or beside them", async () => {
    for (const [name, roles, division] of [
      ['ua_county', ['COUNTY_OFFICER'], '150121000000'],
      ['ua_township', ['TOWNSHIP_REVIEWER'], '150121100000'],
      ['ua_village', ['VILLAGE_OFFICER'], DONGYING],
    ] as const) {
      const { createUser } = (await api.ok(userAdmin, CreateUser, account(name, [...roles], division))) as {
        createUser: { roles: string[] };
      };
      expect(createUser.roles).toEqual(roles);
    }
    for (const roles of [
      ['CITY_OFFICER'],
      ['AUDITOR'],
      ['SECURITY_ADMIN'],
      ['INSURER'],
      ['USER_ADMIN', 'COUNTY_OFFICER'],
    ]) {
      expect(
        errorCode(await api.exec(userAdmin, CreateUser, account('ua_refused', roles))),
        roles.join(),
      ).not.toBeUndefined();
    }
    expect(await api.sql(`select 1 from app_user where username = 'ua_refused'`)).toHaveLength(0);
  });
});

describe('an approver the requester created or changed may not approve (资产处置)', () => {
  it('refuses the approver the requester created, and one the requester changed; another officer approves', async () => {
    // An account from before the separation, holding both duties (as the demo county_admin did).
    await api.sql(`update app_user set roles = '{COUNTY_OFFICER,USER_ADMIN}' where username = 'county_admin'`);
    forgetActors();
    const requester = await api.login('county_admin');
    await api.ok(requester, CreateUser, account('own_approver', ['COUNTY_OFFICER']));
    const ownApprover = await ready('own_approver');
    // An officer the user administrator created, whose display name the requester then changed.
    const { createUser: changed } = (await api.ok(
      userAdmin,
      CreateUser,
      account('changed_approver', ['COUNTY_OFFICER']),
    )) as { createUser: { id: string; version: number } };
    await api.ok(requester, UpdateUser, { id: changed.id, v: changed.version, input: { displayName: '改过的审批人' } });
    const changedApprover = await ready('changed_approver');
    await api.ok(userAdmin, CreateUser, account('clean_approver', ['COUNTY_OFFICER']));
    const cleanApprover = await ready('clean_approver');

    const { createAsset } = (await api.ok(requester, CreateAsset, {
      input: {
        name: '待处置车间',
        assetClass: 'OPERATING',
        type: 'WORKSHOP',
        divisionCode: DONGYING,
        fundingSources: [{ source: 'SELF_RAISED', amount: '1000.00' }],
        owner: '东营村股份经济合作社',
        usedBy: '某厂',
        manager: '东营村村民委员会',
        supervisor: '察素齐镇人民政府',
        acceptedOn: '2024-05-01',
        bookValue: '1000.00',
      },
    })) as { createAsset: { id: string; version: number } };
    const { requestAssetDisposal } = (await api.ok(requester, Request, {
      id: createAsset.id,
      v: createAsset.version,
    })) as { requestAssetDisposal: { version: number } };
    const v = requestAssetDisposal.version;

    expect(errorMessage(await api.exec(requester, Decide, { id: createAsset.id, v }))).toBe(
      '处置申请人不能审批自己的申请',
    );
    for (const approver of [ownApprover, changedApprover]) {
      const refused = await api.exec(approver, Decide, { id: createAsset.id, v });
      expect(errorCode(refused)).toBe('FORBIDDEN');
      expect(errorMessage(refused)).toContain('由处置申请人创建或修改过');
    }
    expect(
      (
        await api.sql<{ status: string; disposal_pending: boolean }>(
          `select status, disposal_pending from asset where id = ?`,
          [createAsset.id],
        )
      )[0],
    ).toEqual({ status: 'OPERATING', disposal_pending: true });
    expect(
      ((await api.ok(cleanApprover, Decide, { id: createAsset.id, v })) as { decideAssetDisposal: { status: string } })
        .decideAssetDisposal.status,
    ).toBe('DISPOSED');
  });
});
