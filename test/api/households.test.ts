import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql';
import type { MemberInput } from '../gql/graphql';
import { errorCode, errorMessage, startTestApi, type TestApi } from '../support/api';
import { checkCharacter } from '../../api/src/modules/households/id-number';

const Households = graphql(`
  query TestHouseholds(
    $filter: HouseholdFilter
    $limit: Int
    $offset: Int
    $sortBy: HouseholdSortField
    $sortOrder: SortOrder
  ) {
    households(filter: $filter, limit: $limit, offset: $offset, sortBy: $sortBy, sortOrder: $sortOrder) {
      total
      items {
        id
        householdNumber
        divisionCode
        registrationStatus
        liftedOutYear
        monitoringCategory
        memberCount
        perCapitaNetIncome
        phone
        version
        division {
          name
        }
        head {
          name
          idNumber
        }
        members {
          id
          name
          idNumber
          relation
          healthStatus
          disabilityGrade
          age
        }
        incomes {
          year
          perCapitaNetIncome
        }
      }
    }
  }
`);
const CreateHousehold = graphql(`
  mutation TestCreateHousehold($input: CreateHouseholdInput!) {
    createHousehold(input: $input) {
      id
      householdNumber
      memberCount
      version
      head {
        name
      }
      members {
        id
        name
        relation
        idNumber
      }
    }
  }
`);
const SetIncome = graphql(`
  mutation TestSetIncome($householdId: String!, $year: Int!, $input: IncomeInput!, $version: Int) {
    setHouseholdIncome(householdId: $householdId, year: $year, input: $input, version: $version) {
      id
      version
      netIncome
      perCapitaNetIncome
      rigidExpenditure
      memberCount
    }
  }
`);

/** A valid ID number for a test person, unlikely to collide with the seeded ones (born 1931). */
let serial = 900;
function idNumber(male = true, region = '150121'): string {
  const seq = serial++ * 2 + (male ? 1 : 0);
  const first17 = `${region}19310101${String(seq % 1000).padStart(3, '0')}`;
  serial = serial % 500;
  return first17 + checkCharacter(first17);
}
const member = (name: string, relation: MemberInput['relation'], male = true): MemberInput => ({
  name,
  idNumber: idNumber(male),
  relation,
  labourCapacity: 'ORDINARY',
});

let api: TestApi;
let county: string;
let county2: string;
let village: string;
let city: string;
let ownHouseholdId: string;
let ownMemberId: string;
beforeAll(async () => {
  api = await startTestApi();
  [county, county2, village, city] = await Promise.all(
    ['county_admin', 'county_admin_2', 'village_officer', 'city_admin'].map((u) => api.login(u)),
  );
  const [row] = await api.sql<{ household_id: string; id: string }>(
    `select household_id, id from household_member where id_number = '150121198803150018'`,
  );
  ownHouseholdId = row.household_id;
  ownMemberId = row.id;
});
afterAll(async () => {
  await api?.close();
});

describe('demo data', () => {
  it('has only valid ID numbers whose birth dates and sexes match the members', async () => {
    const { parseIdNumber } = await import('../../api/src/modules/households/id-number');
    const rows = await api.sql<{ id_number: string; sex: string; birth_date: string }>(
      `select id_number, sex, to_char(birth_date, 'YYYY-MM-DD') as birth_date from household_member`,
    );
    expect(rows.length).toBeGreaterThan(3000);
    const bad = rows.filter((r) => {
      const parsed = parseIdNumber(r.id_number);
      return 'error' in parsed || parsed.birthDate !== r.birth_date || parsed.sex !== r.sex;
    });
    expect(bad).toEqual([]);
  });
});

describe('creating households', () => {
  it('creates a household with members; sex, birth date and member count derived', async () => {
    const { createHousehold } = await api.ok(county, CreateHousehold, {
      input: {
        divisionCode: '150121100202',
        address: '西营村 8 号',
        members: [member('测试户主', 'HEAD'), member('测试配偶', 'SPOUSE', false)],
      },
    });
    expect(createHousehold.memberCount).toBe(2);
    expect(createHousehold.head?.name).toBe('测试户主');
    expect(createHousehold.householdNumber).toMatch(/^150121100202\d{6}$/);
    const [row] = await api.sql<{ sex: string; birth_date: string }>(
      `select sex, to_char(birth_date, 'YYYY-MM-DD') as birth_date from household_member where name = '测试配偶'`,
    );
    expect(row).toEqual({ sex: 'FEMALE', birth_date: '1931-01-01' });
  });

  it('requires exactly one head', async () => {
    const none = await api.exec(county, CreateHousehold, {
      input: { divisionCode: '150121100202', address: 'x', members: [member('甲', 'SPOUSE')] },
    });
    expect(errorCode(none)).toBe('BAD_USER_INPUT');
    expect(errorMessage(none)).toBe('须指定一名户主');
    const two = await api.exec(county, CreateHousehold, {
      input: { divisionCode: '150121100202', address: 'x', members: [member('甲', 'HEAD'), member('乙', 'HEAD')] },
    });
    expect(errorMessage(two)).toBe('每户只能有一名户主');
    const added = await api.exec(
      county,
      `mutation($h: String!, $m: MemberInput!) { addMember(householdId: $h, input: $m) { id } }`,
      { h: ownHouseholdId, m: member('第二户主', 'HEAD') },
    );
    expect(errorCode(added)).toBe('CONFLICT');
    // The database holds the rule too, whatever the code path.
    await expect(
      api.sql(`update household_member set relation = 'HEAD' where household_id = ? and relation <> 'HEAD'`, [
        ownHouseholdId,
      ]),
    ).rejects.toThrow(/household_member_one_head/);
  });

  it('rejects a bad ID check digit, a duplicate ID, and a non-village division', async () => {
    const bad = await api.exec(county, CreateHousehold, {
      input: {
        divisionCode: '150121100202',
        address: 'x',
        members: [{ ...member('错号', 'HEAD'), idNumber: '150121198803150019' }],
      },
    });
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    expect(errorMessage(bad)).toBe('错号：身份证号校验位不正确');
    expect(bad.errors?.[0]?.extensions?.field).toBe('members[0].idNumber');
    const duplicate = await api.exec(county, CreateHousehold, {
      input: {
        divisionCode: '150121100202',
        address: 'x',
        members: [{ ...member('重号', 'HEAD'), idNumber: '150121198803150018' }],
      },
    });
    expect(errorCode(duplicate)).toBe('CONFLICT');
    expect(errorMessage(duplicate)).toContain('****0018');
    const township = await api.exec(county, CreateHousehold, {
      input: { divisionCode: '150121100000', address: 'x', members: [member('乡镇', 'HEAD')] },
    });
    expect(errorMessage(township)).toBe('农户须登记在村（社区）一级');
    expect(
      await api.sql(`select 1 from household_member where name in ('错号', '重号', '乡镇', '甲', '乙')`),
    ).toHaveLength(0);
  });
});

describe('income', () => {
  it('computes net and per-capita income from the parts; a stale version is refused', async () => {
    const { createHousehold } = await api.ok(county, CreateHousehold, {
      input: {
        divisionCode: '150121100203',
        address: '收入测试',
        members: [member('收入户主', 'HEAD'), member('收入配偶', 'SPOUSE', false), member('收入子女', 'CHILD')],
      },
    });
    const input = {
      wages: '12000.00',
      operations: '8000.50',
      property: '300',
      transfers: '2400',
      subsidies: '1800',
      productionCosts: '3000.50',
      medicalExpense: '5000',
    };
    const { setHouseholdIncome: first } = await api.ok(county, SetIncome, {
      householdId: createHousehold.id,
      year: 2025,
      input,
    });
    expect(first).toMatchObject({
      netIncome: '19700.00',
      perCapitaNetIncome: '6566.67',
      rigidExpenditure: '5000.00',
      memberCount: 3,
    });
    const { setHouseholdIncome: second } = await api.ok(county, SetIncome, {
      householdId: createHousehold.id,
      year: 2025,
      input: { wages: '15000' },
      version: first.version,
    });
    expect(second.perCapitaNetIncome).toBe('7566.67');
    const stale = await api.exec(county, SetIncome, {
      householdId: createHousehold.id,
      year: 2025,
      input: { wages: '1' },
      version: first.version,
    });
    expect(errorCode(stale)).toBe('CONFLICT');
    const [row] = await api.sql<{ wages: string; per_capita_net_income: string }>(
      `select wages, per_capita_net_income from household_income where id = ?`,
      [first.id],
    );
    expect(row).toEqual({ wages: '15000.00', per_capita_net_income: '7566.67' });
    const [household] = await api.sql<{ per_capita_net_income: string; income_year: number }>(
      `select per_capita_net_income, income_year from household where id = ?`,
      [createHousehold.id],
    );
    expect(household).toEqual({ per_capita_net_income: '7566.67', income_year: 2025 });
    const money = await api.exec(county, SetIncome, {
      householdId: createHousehold.id,
      year: 2024,
      input: { wages: '12.345' },
    });
    expect(errorCode(money)).toBe('BAD_USER_INPUT');
  });
});

describe('optimistic locking', () => {
  it('answers CONFLICT to a stale household version and writes nothing', async () => {
    const [h] = await api.sql<{ id: string; version: number; address: string }>(
      `select id, version, address from household where division_code = '150121100204' order by household_number limit 1`,
    );
    const update = `mutation($id: String!, $v: Int!, $a: String!) { updateHousehold(id: $id, version: $v, input: { address: $a }) { version address } }`;
    const ok = (await api.ok(county, update, { id: h.id, v: h.version, a: '新地址 1 号' })) as {
      updateHousehold: { version: number };
    };
    expect(ok.updateHousehold.version).toBe(h.version + 1);
    expect(errorCode(await api.exec(county, update, { id: h.id, v: h.version, a: '覆盖地址' }))).toBe('CONFLICT');
    const [after] = await api.sql<{ address: string }>(`select address from household where id = ?`, [h.id]);
    expect(after.address).toBe('新地址 1 号');
  });
});

describe('personal data by role', () => {
  const person = `query($id: String!) { member(id: $id) { id name idNumber healthStatus household { phone } } }`;

  it('a village officer sees full IDs of their own village, and the read is audited', async () => {
    const before = Number(
      (
        await api.sql<{ n: string }>(
          `select count(*) as n from audit_entry where action = 'PII_READ' and entity_ids @> array[?]`,
          [ownMemberId],
        )
      )[0].n,
    );
    const { member: m } = (await api.ok(village, person, { id: ownMemberId })) as {
      member: { idNumber: string; healthStatus: string | null; household: { phone: string } };
    };
    expect(m.idNumber).toBe('150121198803150018');
    expect(m.healthStatus).not.toBeNull();
    // One entry for the request: the member and the household whose phone was shown.
    const entries = await api.sql<{ actor_name: string; changes: { fields: string[] } }>(
      `select actor_name, changes from audit_entry where action = 'PII_READ' and entity_ids @> array[?] order by id`,
      [ownMemberId],
    );
    expect(entries.length).toBe(before + 1);
    expect(entries.at(-1)).toMatchObject({
      actor_name: 'village_officer',
      changes: { read: { Member: ['healthStatus', 'idNumber'], Household: ['phone'] } },
    });
  });

  it('a city user and a township reviewer see masked values and nothing is logged as read', async () => {
    const township = await api.login('township_officer');
    for (const token of [city, township]) {
      const before = Number(
        (await api.sql<{ n: string }>(`select count(*) as n from audit_entry where action = 'PII_READ'`))[0].n,
      );
      const { member: m } = (await api.ok(token, person, { id: ownMemberId })) as {
        member: { idNumber: string; healthStatus: string | null; household: { phone: string } };
      };
      expect(m.idNumber).toBe('1501**********0018');
      expect(m.healthStatus).toBeNull();
      expect(m.household.phone).toMatch(/^\d{3}\*{4}\d{4}$/);
      expect(
        Number((await api.sql<{ n: string }>(`select count(*) as n from audit_entry where action = 'PII_READ'`))[0].n),
      ).toBe(before);
    }
  });

  it('looks a person up by full ID only with pii.read, and audits the lookup', async () => {
    const lookup = `query($id: String!) { memberByIdNumber(idNumber: $id) { id name } }`;
    expect(errorCode(await api.exec(city, lookup, { id: '150121198803150018' }))).toBe('FORBIDDEN');
    const { memberByIdNumber } = (await api.ok(county, lookup, { id: '150121198803150018' })) as {
      memberByIdNumber: { id: string; name: string };
    };
    expect(memberByIdNumber).toEqual({ id: ownMemberId, name: '王永强' });
    const [entry] = await api.sql<{ actor_name: string; changes: { fields: string[] } }>(
      `select actor_name, changes from audit_entry where action = 'PII_READ' and entity_id = ? order by id desc limit 1`,
      [ownMemberId],
    );
    expect(entry).toMatchObject({ actor_name: 'county_admin', changes: { fields: ['lookupByIdNumber'] } });
  });
});

describe('jurisdiction: 托克托县 (county_admin_2) and 土默特左旗 households', () => {
  it('cannot list or count them, not even by filter or search', async () => {
    const { households } = await api.ok(county2, Households, { limit: 100 });
    const [{ n }] = await api.sql<{ n: string }>(
      `select count(*) as n from household where division_code like '150122%' and status = 'ACTIVE'`,
    );
    expect(households.total).toBe(Number(n));
    expect(households.items.every((h) => h.divisionCode.startsWith('150122'))).toBe(true);
    const filtered = await api.ok(county2, Households, { filter: { divisionCode: '150121' } });
    expect(filtered.households.total).toBe(0);
    const searched = await api.ok(county2, Households, { filter: { search: '1501211002010001' } });
    expect(searched.households.total).toBe(0);
  });

  it('gets NOT_FOUND fetching, updating, through nested fields and through the ID lookup', async () => {
    expect(
      errorCode(await api.exec(county2, `query($id: String!) { household(id: $id) { id } }`, { id: ownHouseholdId })),
    ).toBe('NOT_FOUND');
    expect(
      errorCode(await api.exec(county2, `query($id: String!) { member(id: $id) { id } }`, { id: ownMemberId })),
    ).toBe('NOT_FOUND');
    expect(
      errorCode(
        await api.exec(
          county2,
          `mutation($id: String!) { updateHousehold(id: $id, version: 1, input: { address: "x" }) { id } }`,
          { id: ownHouseholdId },
        ),
      ),
    ).toBe('NOT_FOUND');
    expect(
      errorCode(
        await api.exec(
          county2,
          `mutation($id: String!) { setHouseholdIncome(householdId: $id, year: 2025, input: { wages: "1" }) { id } }`,
          { id: ownHouseholdId },
        ),
      ),
    ).toBe('NOT_FOUND');
    expect(
      errorCode(await api.exec(county2, `query { memberByIdNumber(idNumber: "150121198803150018") { id } }`)),
    ).toBe('NOT_FOUND');
    // Moving its own member into the other county's household: the target is not found.
    const [own] = await api.sql<{ id: string }>(
      `select m.id from household_member m where m.division_code like '150122%' and m.relation <> 'HEAD' and m.status = 'ACTIVE' limit 1`,
    );
    expect(
      errorCode(
        await api.exec(
          county2,
          `mutation($m: String!, $h: String!) { moveMember(memberId: $m, toHouseholdId: $h, relation: OTHER) { id } }`,
          { m: own.id, h: ownHouseholdId },
        ),
      ),
    ).toBe('NOT_FOUND');
    // Creating a household in the other county is refused before anything is looked up.
    expect(
      errorCode(
        await api.exec(county2, CreateHousehold, {
          input: { divisionCode: '150121100202', address: 'x', members: [member('越界', 'HEAD')] },
        }),
      ),
    ).toBe('FORBIDDEN');
  });
});

describe('lists', () => {
  it('filter by registration status, flags and income range, sort by income', async () => {
    const { households } = await api.ok(county, Households, {
      filter: { registrationStatuses: ['LIFTED_OUT'], perCapitaIncomeMax: '6000.00' },
      sortBy: 'PER_CAPITA_NET_INCOME',
      sortOrder: 'ASC',
      limit: 50,
    });
    expect(households.total).toBeGreaterThan(0);
    const incomes = households.items.map((h) => Number(h.perCapitaNetIncome));
    expect(incomes.every((v) => v <= 6000)).toBe(true);
    expect([...incomes].sort((a, b) => a - b)).toEqual(incomes);
    expect(households.items.every((h) => h.registrationStatus === 'LIFTED_OUT' && h.liftedOutYear !== null)).toBe(true);
    const [{ n }] = await api.sql<{ n: string }>(
      `select count(*) as n from household where division_code like '150121%' and status = 'ACTIVE' and registration_status = 'LIFTED_OUT' and per_capita_net_income <= 6000`,
    );
    expect(households.total).toBe(Number(n));
  });

  it('search by the masked ID tail finds the person', async () => {
    const { households } = await api.ok(city, Households, { filter: { search: '0018', divisionCode: '150121100201' } });
    expect(households.items.map((h) => h.head?.name)).toContain('王永强');
  });

  it('cost a constant number of SQL statements for 10 and 100 households with members, head, income and village', async () => {
    const count = async (limit: number) => {
      api.resetQueries();
      const { households } = await api.ok(county, Households, { limit });
      expect(households.items.length).toBe(limit);
      return api.queries.length;
    };
    const small = await count(10);
    const large = await count(100);
    expect(large).toBe(small);
    // token, user, page, count, villages, members, incomes, and one insert for the audited PII reads.
    expect(large).toBeLessThanOrEqual(8);
  });
});

describe('operations on members, recorded in the audit log', () => {
  it('splits, merges and moves members without deleting anyone', async () => {
    const { createHousehold: h } = await api.ok(county, CreateHousehold, {
      input: {
        divisionCode: '150121101201',
        address: '分户测试',
        members: [
          member('老户主', 'HEAD'),
          member('老伴', 'SPOUSE', false),
          member('大儿子', 'CHILD'),
          member('儿媳', 'CHILD_IN_LAW', false),
        ],
      },
    });
    const son = h.members.find((m) => m.name === '大儿子')!;
    const wife = h.members.find((m) => m.name === '儿媳')!;
    const split = (await api.ok(
      county,
      `mutation($h: String!, $ids: [String!]!, $head: String!) { splitHousehold(householdId: $h, memberIds: $ids, newHeadId: $head) { id memberCount head { name } } }`,
      { h: h.id, ids: [son.id, wife.id], head: son.id },
    )) as {
      splitHousehold: { id: string; memberCount: number; head: { name: string } };
    };
    expect(split.splitHousehold).toMatchObject({ memberCount: 2, head: { name: '大儿子' } });
    const [{ member_count }] = await api.sql<{ member_count: number }>(
      `select member_count from household where id = ?`,
      [h.id],
    );
    expect(member_count).toBe(2);

    const merged = (await api.ok(
      county,
      `mutation($t: String!, $s: String!) { mergeHouseholds(targetId: $t, sourceId: $s) { memberCount head { name } } }`,
      { t: h.id, s: split.splitHousehold.id },
    )) as {
      mergeHouseholds: { memberCount: number; head: { name: string } };
    };
    expect(merged.mergeHouseholds).toEqual({ memberCount: 4, head: { name: '老户主' } });
    const [source] = await api.sql<{ status: string; archive_reason: string }>(
      `select status, archive_reason from household where id = ?`,
      [split.splitHousehold.id],
    );
    expect(source.status).toBe('ARCHIVED');
    const notes = await api.sql<{ changes: { operation: string } }>(
      `select changes from audit_entry where entity_name = 'Household' and entity_id in (?, ?) and changes->>'operation' is not null order by id`,
      [h.id, split.splitHousehold.id],
    );
    expect(notes.map((n) => n.changes.operation)).toEqual(
      expect.arrayContaining([expect.stringContaining('分户'), expect.stringContaining('合户')]),
    );
    const moves = await api.sql(
      `select 1 from audit_entry where entity_name = 'Member' and entity_id = ? and action = 'UPDATE' and changes->'householdId' is not null`,
      [son.id],
    );
    expect(moves.length).toBe(2);
    const [{ n }] = await api.sql<{ n: string }>(`select count(*) as n from household_member where id in (?, ?)`, [
      son.id,
      wife.id,
    ]);
    expect(Number(n)).toBe(2);
  });

  it('shows the household’s history, with personal values masked for readers without pii.read', async () => {
    const { createHousehold: h } = await api.ok(county, CreateHousehold, {
      input: { divisionCode: '150121101203', address: '变更记录', members: [member('记录户主', 'HEAD')] },
    });
    await api.ok(
      county,
      `mutation($id: String!) { updateHousehold(id: $id, version: 1, input: { address: "变更记录 2 号" }) { id } }`,
      { id: h.id },
    );
    const query = `query($id: String!) { household(id: $id) { history { action entityName actorName changes } } }`;
    type History = {
      household: {
        history: Array<{ action: string; entityName: string; actorName: string; changes: Record<string, unknown> }>;
      };
    };
    const full = (await api.ok(county, query, { id: h.id })) as History;
    expect(full.household.history.map((e) => `${e.action}:${e.entityName}`)).toEqual([
      'UPDATE:Household',
      'CREATE:Member',
      'CREATE:Household',
    ]);
    expect(full.household.history[0].changes).toEqual({ address: ['变更记录', '变更记录 2 号'] });
    expect(full.household.history[1].changes.idNumber).toBe(h.members[0].idNumber);
    const masked = (await api.ok(city, query, { id: h.id })) as History;
    expect(masked.household.history[1].changes.idNumber).toMatch(/^1501\*{10}\w{4}$/);
    // The log itself is untouched by masking.
    const [row] = await api.sql<{ changes: { idNumber: string } }>(
      `select changes from audit_entry where entity_name = 'Member' and entity_id = ?`,
      [h.members[0].id],
    );
    expect(row.changes.idNumber).toBe(h.members[0].idNumber);
  });

  it('changes the head through setHouseholdHead only', async () => {
    const { createHousehold: h } = await api.ok(county, CreateHousehold, {
      input: {
        divisionCode: '150121101202',
        address: '户主变更',
        members: [member('原户主', 'HEAD'), member('新户主', 'SPOUSE', false)],
      },
    });
    const next = h.members.find((m) => m.name === '新户主')!;
    expect(
      errorCode(
        await api.exec(
          county,
          `mutation($id: String!) { updateMember(id: $id, version: 1, input: { relation: HEAD }) { id } }`,
          { id: next.id },
        ),
      ),
    ).toBe('CONFLICT');
    const result = (await api.ok(
      county,
      `mutation($id: String!) { setHouseholdHead(memberId: $id) { head { name } members { name relation } } }`,
      { id: next.id },
    )) as {
      setHouseholdHead: { head: { name: string }; members: Array<{ name: string; relation: string }> };
    };
    expect(result.setHouseholdHead.head.name).toBe('新户主');
    expect(result.setHouseholdHead.members.find((m) => m.name === '原户主')?.relation).toBe('SPOUSE');
  });
});
