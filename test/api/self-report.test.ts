import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { errorCode, errorMessage, startTestApi, type TestApi } from '../support/api';
import { checkCharacter } from '../../api/src/modules/households/id-number';
import { selfReportLimit } from '../../api/src/modules/self-reports/self-report.throttle';
import { SELF_REPORT_MIN_RESPONSE_MS } from '../../api/src/modules/self-reports/self-report.service';

const Submit = `mutation($input: SelfReportInput!) { submitSelfReport(input: $input) { received message } }`;
const Queue = `query($status: SelfReportStatus) { selfReports(status: $status, limit: 200) { total items { id version divisionCode householdId name idNumber phone difficulty description status caseId household { id } } } }`;

interface QueueItem {
  id: string;
  version: number;
  divisionCode: string;
  householdId: string | null;
  name: string;
  idNumber: string;
  phone: string;
  status: string;
  caseId: string | null;
  household: { id: string } | null;
}

/** A valid ID number of nobody registered (born 1931 in 150121). */
function unknownId(n: number): string {
  const first17 = `15012119310101${String(700 + n).padStart(3, '0')}`;
  return first17 + checkCharacter(first17);
}

let api: TestApi;
let village: string;
let bkqVillage: string;
let county: string;
const VILLAGE = '150121100201'; // 东营村
const report = (over: Record<string, unknown> = {}) => ({
  villageCode: VILLAGE,
  name: '张桂兰',
  idNumber: unknownId(1),
  phone: '13847112345',
  difficulty: 'ILLNESS',
  description: '老伴住院做手术，自付四万多元，家里没有别的收入',
  ...over,
});

beforeAll(async () => {
  api = await startTestApi();
  [village, bkqVillage, county] = await Promise.all(
    ['village_officer', 'bkq_village_officer', 'county_admin'].map((u) => api.login(u)),
  );
});
beforeEach(() => selfReportLimit.reset(api.orm.em));
afterAll(async () => {
  await api?.close();
});

describe('农户自主申报 (self-report, no sign-in)', () => {
  it('lists division names publicly, one level at a time, and nothing else', async () => {
    const provinces = (await api.ok(null, `query { publicDivisions { code name level } }`)) as {
      publicDivisions: Array<{ code: string; name: string; level: string }>;
    };
    expect(provinces.publicDivisions.map((d) => d.code)).toContain('150000000000');
    const villages = (await api.ok(
      null,
      `query { publicDivisions(parentCode: "150121100000") { code name level } }`,
    )) as { publicDivisions: Array<{ code: string; name: string; level: string }> };
    expect(villages.publicDivisions.find((d) => d.code === VILLAGE)).toMatchObject({
      name: '东营村',
      level: 'VILLAGE',
    });
    expect(errorCode(await api.exec(null, `query { publicDivisions(parentCode: "15") { code } }`))).toBe(
      'BAD_USER_INPUT',
    );
    // The queue itself needs a sign-in.
    expect(errorCode(await api.exec(null, Queue))).toBe('UNAUTHENTICATED');
  });

  it('gives the same answer for a registered and an unknown person; the registered one lands in the household’s village, the unknown as a lead to register', async () => {
    const [member] = await api.sql<{ id_number: string; name: string; household_id: string; division_code: string }>(`
      select m.id_number, m.name, m.household_id, m.division_code from household_member m where m.division_code like '150121101%' and m.status = 'ACTIVE'
        and not exists (select 1 from monitoring_case c where c.household_id = m.household_id and c.state not in ('RISK_ELIMINATED', 'DISMISSED'))
      order by m.id_number limit 1`);
    // The registered person picks 东营村 by mistake: the report still goes to the household's village.
    const known = await api.exec(null, Submit, {
      input: report({ name: member.name.length >= 2 ? member.name : '李明', idNumber: member.id_number }),
    });
    const unknown = await api.exec(null, Submit, { input: report() });
    expect(known.errors).toBeUndefined();
    expect(known.data).toEqual(unknown.data);
    expect(unknown.data).toEqual({
      submitSelfReport: { received: true, message: '已收到您的申报。村（社区）工作人员将尽快与您电话联系、上门核实。' },
    });

    const rows = await api.sql<{
      division_code: string;
      household_id: string | null;
      status: string;
      id_number: string;
    }>(`select division_code, household_id, status, id_number from self_report order by created_at`);
    expect(rows).toEqual([
      {
        division_code: member.division_code,
        household_id: member.household_id,
        status: 'PENDING',
        id_number: member.id_number,
      },
      { division_code: VILLAGE, household_id: null, status: 'PENDING', id_number: unknownId(1) },
    ]);
    // The creation is audited, naming the public source.
    const audited = await api.sql<{ actor_kind: string; actor_name: string; division_code: string }>(
      `select actor_kind, actor_name, division_code from audit_entry where entity_name = 'SelfReport' and action = 'CREATE' order by at`,
    );
    expect(audited).toEqual([
      { actor_kind: 'ANONYMOUS', actor_name: '农户自主申报', division_code: member.division_code },
      { actor_kind: 'ANONYMOUS', actor_name: '农户自主申报', division_code: VILLAGE },
    ]);

    // 东营村's officer sees only the unknown person's report (masked without pii.read? the village officer has it).
    const mine = (await api.ok(village, Queue)) as { selfReports: { total: number; items: QueueItem[] } };
    expect(mine.selfReports.items.map((r) => r.divisionCode)).toEqual([VILLAGE]);
    const unknownReport = mine.selfReports.items[0];
    expect(unknownReport.household).toBeNull();
    // Unknown people must be registered first: converting without a household is refused with a reason.
    const refused = await api.exec(
      village,
      `mutation($id: String!, $v: Int!) { handleSelfReport(id: $id, version: $v, decision: OPEN_LEAD, category: SUDDEN_HARDSHIP) { status } }`,
      { id: unknownReport.id, v: unknownReport.version },
    );
    expect(errorCode(refused)).toBe('BAD_USER_INPUT');
    expect(errorMessage(refused)).toContain('尚未建档');
    expect(
      errorCode(
        await api.exec(
          village,
          `mutation($id: String!, $v: Int!) { handleSelfReport(id: $id, version: $v, decision: DISMISS) { status } }`,
          { id: unknownReport.id, v: unknownReport.version },
        ),
      ),
    ).toBe('BAD_USER_INPUT');
    await api.ok(
      village,
      `mutation($id: String!, $v: Int!) { handleSelfReport(id: $id, version: $v, decision: DISMISS, note: "经电话核实，系外村人员，已告知向户籍地申报") { status } }`,
      { id: unknownReport.id, v: unknownReport.version },
    );

    // 毕克齐's officer verifies the registered person's report and opens a lead.
    const theirs = (await api.ok(bkqVillage, Queue)) as { selfReports: { items: QueueItem[] } };
    const knownReport = theirs.selfReports.items.find((r) => r.householdId === member.household_id)!;
    expect(knownReport).toBeTruthy();
    const handled = (await api.ok(
      bkqVillage,
      `mutation($id: String!, $v: Int!) { handleSelfReport(id: $id, version: $v, decision: OPEN_LEAD, category: SUDDEN_HARDSHIP) { status caseId } }`,
      { id: knownReport.id, v: knownReport.version },
    )) as {
      handleSelfReport: { status: string; caseId: string };
    };
    expect(handled.handleSelfReport.status).toBe('CONVERTED');
    const [lead] = await api.sql<{ source: string; state: string; reasons: string[] }>(
      `select source, state, reasons from monitoring_case where id = ?`,
      [handled.handleSelfReport.caseId],
    );
    expect(lead).toMatchObject({ source: 'SELF_REPORT', state: 'LEAD' });
    // The case's reason names the report; the anonymous text stays in the report, linked to the case.
    expect(lead.reasons[0]).toMatch(/^农户自主申报（因病）/);
    expect(lead.reasons.join('')).not.toContain('老伴住院');

    // A further report by the same person now joins the open case at once.
    await api.ok(null, Submit, {
      input: report({
        name: '李明',
        idNumber: member.id_number,
        difficulty: 'DISASTER',
        description: '冰雹砸坏大棚，收入没了',
      }),
    });
    const [attached] = await api.sql<{ status: string; case_id: string }>(
      `select status, case_id from self_report where id_number = ? and status = 'ATTACHED'`,
      [member.id_number],
    );
    expect(attached.case_id).toBe(handled.handleSelfReport.caseId);
    const [after] = await api.sql<{ reasons: string[] }>(`select reasons from monitoring_case where id = ?`, [
      handled.handleSelfReport.caseId,
    ]);
    expect(after.reasons).toEqual(lead.reasons);
    const linked = (await api.ok(
      bkqVillage,
      `query($c: String!) { selfReports(caseId: $c, status: null) { items { status description } } }`,
      { c: handled.handleSelfReport.caseId },
    )) as {
      selfReports: { items: Array<{ status: string; description: string }> };
    };
    expect(linked.selfReports.items).toEqual([
      { status: 'CONVERTED', description: '老伴住院做手术，自付四万多元，家里没有别的收入' },
      { status: 'ATTACHED', description: '冰雹砸坏大棚，收入没了' },
    ]);
    // Another county sees none of it.
    const other = (await api.ok(
      await api.login('county_admin_2'),
      `query { selfReports(status: null, limit: 200) { total } }`,
    )) as { selfReports: { total: number } };
    expect(other.selfReports.total).toBe(0);
    expect(
      (
        (await api.ok(county, `query { selfReports(status: null, limit: 200) { total } }`)) as {
          selfReports: { total: number };
        }
      ).selfReports.total,
    ).toBe(3);
  });

  it('validates every field with a Chinese message and stores nothing invalid', async () => {
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{ villageCode: '150121100000' }, 'input.villageCode', '请选择所在村（社区）'], // a township, not a village
      [{ villageCode: '999999999999' }, 'input.villageCode', '请选择所在村（社区）'],
      [{ name: 'Robert' }, 'input.name', '姓名应为 2 到 20 个汉字'],
      [{ name: '张' }, 'input.name', '姓名应为 2 到 20 个汉字'],
      [{ idNumber: '150121198803150019' }, 'input.idNumber', '身份证号校验位不正确'],
      [{ idNumber: '12345' }, 'input.idNumber', '身份证号应为 18 位（最后一位可为 X）'],
      [{ phone: '1384711234' }, 'input.phone', '手机号码应为 11 位，以 1 开头'],
      [{ description: '没钱' }, 'input.description', '请用至少 5 个字说明遇到的困难'],
      [{ description: '很'.repeat(501) }, 'input.description', '情况说明不超过 500 字'],
    ];
    for (const [over, field, message] of cases) {
      const result = await api.exec(null, Submit, { input: report(over) });
      expect({
        over,
        code: errorCode(result),
        field: result.errors?.[0]?.extensions?.field,
        message: errorMessage(result),
      }).toEqual({ over, code: 'BAD_USER_INPUT', field, message });
    }
    expect(errorCode(await api.exec(null, Submit, { input: report({ difficulty: 'NOT_A_TYPE' }) }))).toBe(
      'BAD_USER_INPUT',
    );
    expect(await api.sql(`select 1 from self_report where name in ('Robert', '张') or phone = '1384711234'`)).toEqual(
      [],
    );
  });

  it('is rate-limited per ID number and per client address (RATE_LIMITED, the same for everyone)', async () => {
    // Per ID number: three a day.
    for (let i = 0; i < 3; i++)
      expect(
        (await api.execFrom(`10.0.0.${i}`, null, Submit, { input: report({ idNumber: unknownId(2) }) })).errors,
      ).toBeUndefined();
    const byId = await api.execFrom('10.0.0.9', null, Submit, { input: report({ idNumber: unknownId(2) }) });
    expect(errorCode(byId)).toBe('RATE_LIMITED');
    expect(errorMessage(byId)).toBe('该身份证号今日申报次数已达上限，村（社区）工作人员会尽快联系您');
    // Per address: ten an hour, counted before validation (invalid attempts count too).
    for (let i = 0; i < 9; i++)
      await api.execFrom('10.0.1.1', null, Submit, {
        input: report({ idNumber: unknownId(10 + i), phone: i === 0 ? 'bad' : '13847112345' }),
      });
    expect(
      (await api.execFrom('10.0.1.1', null, Submit, { input: report({ idNumber: unknownId(30) }) })).errors,
    ).toBeUndefined();
    const byAddress = await api.execFrom('10.0.1.1', null, Submit, { input: report({ idNumber: unknownId(31) }) });
    expect(errorCode(byAddress)).toBe('RATE_LIMITED');
    expect(errorMessage(byAddress)).toContain('本机申报次数过多');
    // Another address is not affected.
    expect(
      (await api.execFrom('10.0.1.2', null, Submit, { input: report({ idNumber: unknownId(31) }) })).errors,
    ).toBeUndefined();
    expect(await api.sql(`select 1 from self_report where id_number = ?`, [unknownId(2)])).toHaveLength(3);
  });

  it('lists the queue with each report’s household in a constant number of SQL statements (3 and every report of the village)', async () => {
    const households = await api.sql<{ id: string }>(
      `select id from household where division_code = ? order by id limit 40`,
      [VILLAGE],
    );
    await api.sql(
      `insert into self_report (id, created_at, updated_at, version, division_code, household_id, name, id_number, phone, difficulty, description, status)
      select gen_random_uuid(), now() - interval '1 day', now(), 1, ?, h, '王大山', ?, '13847112345', 'DISASTER', '冰雹砸坏了大棚', 'PENDING' from unnest(string_to_array(?, ',')::uuid[]) h`,
      [VILLAGE, unknownId(50), households.map((h) => h.id).join(',')],
    );
    const query = `query($limit: Int!) { selfReports(limit: $limit, divisionCode: "${VILLAGE}") { total items { id idNumber phone household { id householdNumber head { id name } } } } }`;
    const count = async (limit: number) => {
      api.resetQueries();
      const { selfReports } = (await api.ok(village, query, { limit })) as {
        selfReports: { items: Array<{ household: { id: string } | null }> };
      };
      expect(selfReports.items.filter((r) => r.household)).toHaveLength(Math.min(limit, households.length));
      return api.queries.length;
    };
    expect(households.length).toBeGreaterThan(6);
    expect(await count(200)).toBe(await count(3));
  });
});

describe("the answer's timing", () => {
  it('does not tell a registered person from an unknown one (medians of 40 reports each)', async () => {
    const registered = await api.sql<{ id_number: string }>(
      `select id_number from household_member where division_code like '150121%' and status = 'ACTIVE' order by id_number desc limit 40`,
    );
    expect(registered).toHaveLength(40);
    const times: { known: number[]; unknown: number[] } = { known: [], unknown: [] };
    const timed = async (kind: 'known' | 'unknown', i: number, idNumber: string) => {
      const started = performance.now();
      const result = await api.execFrom(`10.9.${kind === 'known' ? 1 : 2}.${i}`, null, Submit, {
        input: report({ name: '王秀英', idNumber }),
      });
      times[kind].push(performance.now() - started);
      expect(result.errors).toBeUndefined();
    };
    // Interleaved, so a change of load on the machine touches both alike.
    for (let i = 0; i < 40; i++) {
      await timed('known', i, registered[i].id_number);
      await timed('unknown', i, unknownId(100 + i));
    }
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1];
    const [known, unknown] = [median(times.known), median(times.unknown)];
    expect(Math.min(known, unknown)).toBeGreaterThanOrEqual(SELF_REPORT_MIN_RESPONSE_MS);
    expect(
      Math.abs(known - unknown),
      `registered ${known.toFixed(1)} ms, unknown ${unknown.toFixed(1)} ms`,
    ).toBeLessThanOrEqual(Math.max(10, 0.05 * Math.max(known, unknown)));
  });
});
