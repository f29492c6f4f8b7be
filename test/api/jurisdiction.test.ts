import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql';
import { errorCode, startTestApi, type TestApi } from '../support/api';

const Divisions = graphql(`
  query TestDivisions($within: String, $parentCode: String, $search: String, $limit: Int) {
    divisions(within: $within, parentCode: $parentCode, search: $search, limit: $limit) {
      total
      items {
        code
        name
        level
      }
    }
  }
`);
const Users = graphql(`
  query TestUsers($limit: Int, $divisionCode: String) {
    users(limit: $limit, divisionCode: $divisionCode) {
      total
      items {
        id
        username
        divisionCode
        version
        division {
          code
          name
        }
      }
    }
  }
`);
const CreateUser = graphql(`
  mutation TestCreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      id
      username
      divisionCode
      roles
      mustChangePassword
    }
  }
`);
const UpdateUser = graphql(`
  mutation TestUpdateUser($id: String!, $version: Int!, $input: UpdateUserInput!) {
    updateUser(id: $id, version: $version, input: $input) {
      id
      displayName
      roles
      version
    }
  }
`);

let api: TestApi;
let county: string;
let otherUserId: string;
let ownUser: { id: string; version: number };

beforeAll(async () => {
  api = await startTestApi();
  county = await api.login('county_user_admin'); // 三员分立: accounts are the user administrator's
  const [other] = await api.sql<{ id: string }>(`select id from app_user where username = 'county_admin_2'`);
  otherUserId = other.id;
  const [own] = await api.sql<{ id: string; version: number }>(
    `select id, version from app_user where username = 'village_officer'`,
  );
  ownUser = own;
});
afterAll(async () => {
  await api?.close();
});

describe('a county user (土默特左旗 150121)', () => {
  it('lists only divisions inside the county, and the total counts only those', async () => {
    const { divisions } = await api.ok(county, Divisions, { limit: 200 });
    const [{ n }] = await api.sql<{ n: string }>(`select count(*) as n from division where code like '150121%'`);
    expect(divisions.total).toBe(Number(n));
    expect(divisions.items.length).toBe(Number(n));
    expect(divisions.items.every((d) => d.code.startsWith('150121'))).toBe(true);
    // Searching by a name that exists in other counties too finds only the county's own.
    const all = await api.sql<{ code: string }>(`select code from division where name = '城关镇'`);
    expect(all.length).toBeGreaterThan(0);
    const { divisions: found } = await api.ok(county, Divisions, { search: '城关镇' });
    expect(found.total).toBe(0);
  });

  it('gets NOT_FOUND for a division of another county, and for the city above', async () => {
    expect(errorCode(await api.exec(county, `query { division(code: "150122000000") { name } }`))).toBe('NOT_FOUND');
    expect(errorCode(await api.exec(county, `query { divisionSubtree(code: "150100000000") { code } }`))).toBe(
      'NOT_FOUND',
    );
    expect(errorCode(await api.exec(county, `query { divisionChildren(code: "150122100000") { code } }`))).toBe(
      'NOT_FOUND',
    );
    const { divisions } = await api.ok(county, Divisions, { parentCode: '150122000000' });
    expect(divisions.total).toBe(0);
  });

  it('reads its own subtree and children', async () => {
    const result = (await api.ok(
      county,
      `query { divisionSubtree(code: "150121000000") { code level } divisionChildren(code: "150121000000") { code level } }`,
    )) as {
      divisionSubtree: Array<{ code: string; level: string }>;
      divisionChildren: Array<{ code: string; level: string }>;
    };
    expect(result.divisionSubtree[0]).toEqual({ code: '150121000000', level: 'COUNTY' });
    expect(result.divisionChildren.length).toBe(6);
    expect(result.divisionChildren.every((d) => d.level === 'TOWNSHIP')).toBe(true);
  });

  it('lists only users inside the county, total included', async () => {
    const { users } = await api.ok(county, Users, { limit: 200 });
    const [{ n }] = await api.sql<{ n: string }>(
      `select count(*) as n from app_user where division_code like '150121%'`,
    );
    expect(users.total).toBe(Number(n));
    expect(users.items.map((u) => u.username)).toContain('village_officer');
    expect(users.items.every((u) => u.divisionCode.startsWith('150121'))).toBe(true);
    expect(users.items.map((u) => u.username)).not.toContain('county_admin_2');
    // Asking for another county's users explicitly yields nothing rather than an error that leaks.
    const { users: other } = await api.ok(county, Users, { divisionCode: '150122' });
    expect(other.total).toBe(0);
  });

  it('gets NOT_FOUND for another county’s user by id, and cannot update or disable them', async () => {
    expect(
      errorCode(await api.exec(county, `query($id: String!) { user(id: $id) { username } }`, { id: otherUserId })),
    ).toBe('NOT_FOUND');
    expect(
      errorCode(await api.exec(county, UpdateUser, { id: otherUserId, version: 1, input: { displayName: '改名' } })),
    ).toBe('NOT_FOUND');
    expect(
      errorCode(
        await api.exec(
          county,
          `mutation($id: String!) { setUserDisabled(id: $id, version: 1, disabled: true) { id } }`,
          { id: otherUserId },
        ),
      ),
    ).toBe('NOT_FOUND');
    const [row] = await api.sql<{ display_name: string; disabled: boolean }>(
      `select display_name, disabled from app_user where id = ?`,
      [otherUserId],
    );
    expect(row).toEqual({ display_name: '托克托县管理员', disabled: false });
  });

  it('cannot create a user outside its division', async () => {
    const result = await api.exec(county, CreateUser, {
      input: {
        username: 'outsider',
        displayName: '外县人员',
        divisionCode: '150122100201',
        roles: ['VILLAGE_OFFICER'],
        password: 'Start#2026',
      },
    });
    expect(errorCode(result)).toBe('FORBIDDEN');
    expect(await api.sql(`select 1 from app_user where username = 'outsider'`)).toHaveLength(0);
  });

  it('cannot grant a permission it lacks, on create or update', async () => {
    for (const roles of [['AUDITOR'], ['SECURITY_ADMIN'], ['INSURER'], ['VILLAGE_OFFICER', 'AUDITOR']] as const) {
      const result = await api.exec(county, CreateUser, {
        input: {
          username: 'escalated',
          displayName: '越权',
          divisionCode: '150121100201',
          roles: [...roles],
          password: 'Start#2026',
        },
      });
      expect(errorCode(result), roles.join()).toBe('FORBIDDEN');
    }
    const update = await api.exec(county, UpdateUser, {
      id: ownUser.id,
      version: ownUser.version,
      input: { roles: ['AUDITOR'] },
    });
    expect(errorCode(update)).toBe('FORBIDDEN');
    expect(await api.sql(`select 1 from app_user where username = 'escalated'`)).toHaveLength(0);
  });

  it('creates a village officer inside the county, who must change the password', async () => {
    const { createUser } = await api.ok(county, CreateUser, {
      input: {
        username: 'new_village_officer',
        displayName: '新信息员',
        divisionCode: '150121102201',
        roles: ['VILLAGE_OFFICER'],
        password: 'Start#2026',
        phone: '13900001111',
      },
    });
    expect(createUser).toMatchObject({
      username: 'new_village_officer',
      divisionCode: '150121102201',
      roles: ['VILLAGE_OFFICER'],
      mustChangePassword: true,
    });
  });

  it('answers a stale version with CONFLICT and writes nothing', async () => {
    const [user] = await api.sql<{ id: string; version: number }>(
      `select id, version from app_user where username = 'township_officer'`,
    );
    await api.ok(county, UpdateUser, {
      id: user.id,
      version: user.version,
      input: { displayName: '察素齐镇审核员（甲）' },
    });
    const stale = await api.exec(county, UpdateUser, {
      id: user.id,
      version: user.version,
      input: { displayName: '覆盖' },
    });
    expect(errorCode(stale)).toBe('CONFLICT');
    const [row] = await api.sql<{ display_name: string }>(`select display_name from app_user where id = ?`, [user.id]);
    expect(row.display_name).toBe('察素齐镇审核员（甲）');
  });

  it('gets BAD_USER_INPUT with a Chinese message for malformed input, and nothing is written', async () => {
    const result = await api.exec(county, CreateUser, {
      input: { username: 'X', displayName: '', divisionCode: '1501', roles: [], password: 'Start#2026' },
    });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toContain('用户名须以小写字母开头');
    expect(result.errors?.[0]?.message).toContain('区划代码应为 12 位数字');
    const weak = await api.exec(county, CreateUser, {
      input: {
        username: 'weak_pw',
        displayName: '弱口令',
        divisionCode: '150121100201',
        roles: ['VILLAGE_OFFICER'],
        password: 'password',
      },
    });
    expect(errorCode(weak)).toBe('BAD_USER_INPUT');
    expect(weak.errors?.[0]?.extensions?.field).toBe('password');
    expect(await api.sql(`select 1 from app_user where username in ('X', 'weak_pw')`)).toHaveLength(0);
  });
});

describe('other levels', () => {
  it('a city user sees both counties; a province user sees the whole tree', async () => {
    const city = await api.login('city_admin');
    const { users } = await api.ok(city, Users, { limit: 200 });
    const names = users.items.map((u) => u.username);
    expect(names).toEqual(expect.arrayContaining(['county_admin', 'county_admin_2', 'insurer']));
    expect(names).not.toContain('province_admin');
    const province = await api.login('province_admin');
    const { divisions } = await api.ok(province, Divisions, { limit: 1 });
    const [{ n }] = await api.sql<{ n: string }>(`select count(*) as n from division`);
    expect(divisions.total).toBe(Number(n));
  });

  it('a village officer may read divisions of its village only and has no user management', async () => {
    const village = await api.login('village_officer');
    const { divisions } = await api.ok(village, Divisions, {});
    expect(divisions.items.map((d) => d.code)).toEqual(['150121100201']);
    expect(errorCode(await api.exec(village, Users, {}))).toBe('FORBIDDEN');
    expect(
      errorCode(
        await api.exec(village, CreateUser, {
          input: {
            username: 'nope',
            displayName: 'x',
            divisionCode: '150121100201',
            roles: ['VILLAGE_OFFICER'],
            password: 'Start#2026',
          },
        }),
      ),
    ).toBe('FORBIDDEN');
  });

  it('an insurer sees no divisions or accounts at all', async () => {
    const insurer = await api.login('insurer');
    expect(errorCode(await api.exec(insurer, Divisions, {}))).toBe('FORBIDDEN');
    expect(errorCode(await api.exec(insurer, Users, {}))).toBe('FORBIDDEN');
  });
});
