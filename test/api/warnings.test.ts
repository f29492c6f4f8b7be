import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from '../../api/node_modules/exceljs';
import { errorCode, startTestApi, type TestApi } from '../support/api';
import { waitForBackgroundJobs } from '../../api/src/common/background';
import { checkCharacter } from '../../api/src/modules/households/id-number';

const Submit = `mutation($records: [DepartmentRecordInput!]!) { submitDepartmentRecords(records: $records) { id status total } }`;
const SubmitAs = `mutation($records: [DepartmentRecordInput!]!, $department: Department) { submitDepartmentRecords(records: $records, department: $department) { id status total } }`;
const Batch = `query($id: String!) { departmentBatch(id: $id) { status total processed matched warnings unmatchedCount unmatched invalid message } }`;

interface BatchResult {
  status: string;
  total: number;
  processed: number;
  matched: number;
  warnings: number;
  unmatchedCount: number;
  unmatched: string[];
  invalid: string[];
  message: string;
}

/** IDs that are valid but belong to nobody registered (born 1925 in 150121). */
function unknownId(n: number): string {
  const birth = new Date(Date.UTC(1925, 0, 1 + Math.floor(n / 400))).toISOString().slice(0, 10).replace(/-/g, '');
  const first17 = `150121${birth}${String(600 + (n % 400)).padStart(3, '0')}`;
  return first17 + checkCharacter(first17);
}

let api: TestApi;
let medical: string;
let county: string;
let county2: string;
beforeAll(async () => {
  api = await startTestApi();
  [medical, county, county2] = await Promise.all(
    ['department_medical', 'county_admin', 'county_admin_2'].map((u) => api.login(u)),
  );
});
afterAll(async () => {
  await api?.close();
});

const lastYear = new Date().getFullYear() - 1;

/** Sets a household's previous-year income (the basis of 上年度家庭收入) to known figures. */
async function setLastYearIncome(householdId: string, netIncome: string, memberCount: number): Promise<void> {
  await api.sql(`delete from household_income where household_id = ? and year >= ?`, [householdId, lastYear]);
  await api.sql(
    `insert into household_income (id, created_at, updated_at, version, household_id, division_code, year, member_count, net_income, per_capita_net_income, rigid_expenditure)
    select gen_random_uuid(), now(), now(), 1, id, division_code, ?, ?, ?, round(?::numeric / ?, 2), 0 from household where id = ?`,
    [lastYear, memberCount, netIncome, netIncome, memberCount, householdId],
  );
}

async function submit(token: string, records: unknown[], department?: string): Promise<BatchResult> {
  const { submitDepartmentRecords } = (await api.ok(token, department ? SubmitAs : Submit, {
    records,
    department,
  })) as { submitDepartmentRecords: { id: string } };
  await waitForBackgroundJobs();
  return ((await api.ok(token, Batch, { id: submitDepartmentRecords.id })) as { departmentBatch: BatchResult })
    .departmentBatch;
}

describe('department warnings (部门筛查预警)', () => {
  it('match records by ID inside the jurisdiction; those over the threshold become warnings; unmatched are reported', async () => {
    const people = await api.sql<{ id_number: string; household_id: string; division_code: string }>(
      `select * from (select distinct on (household_id) id_number, household_id, division_code from household_member where division_code like '150121%' and status = 'ACTIVE' order by household_id, id_number) x order by id_number limit 3`,
    );
    // Well-off last year, so only the absolute amount (an optional extra rule) decides here.
    for (const person of people) await setLastYearIncome(person.household_id, '200000.00', 4);
    const [outsider] = await api.sql<{ id_number: string }>(
      `select id_number from household_member where division_code like '150122%' limit 1`,
    );
    const batch = await submit(medical, [
      { idNumber: people[0].id_number, kind: 'MEDICAL_SELF_PAY', amount: '23000.00', occurredOn: '2026-05-01' }, // over 10,000
      { idNumber: people[1].id_number, kind: 'MEDICAL_SELF_PAY', amount: '3000.00', occurredOn: '2026-05-01' }, // under
      { idNumber: people[2].id_number, kind: 'DISABILITY_CERTIFIED', grade: 1, occurredOn: '2026-04-01' },
      { idNumber: outsider.id_number, kind: 'MEDICAL_SELF_PAY', amount: '50000.00', occurredOn: '2026-05-01' }, // another county
      { idNumber: unknownId(1), kind: 'MEDICAL_SELF_PAY', amount: '50000.00', occurredOn: '2026-05-01' },
      { idNumber: '150121198803150019', kind: 'MEDICAL_SELF_PAY', amount: '50000.00', occurredOn: '2026-05-01' },
    ]);
    expect(batch).toMatchObject({
      status: 'SUCCEEDED',
      total: 6,
      processed: 6,
      matched: 3,
      warnings: 2,
      unmatchedCount: 2,
    });
    expect(batch.unmatched.sort()).toEqual([outsider.id_number, unknownId(1)].sort());
    expect(batch.invalid).toEqual(['第 6 条：身份证号校验位不正确']);
    // Each warning is audited as the submitter, with the request that submitted it (as every audit row).
    const audited = await api.sql<{ actor_name: string; request_id: string | null }>(
      `select actor_name, request_id from audit_entry where entity_name = 'DepartmentWarning'`,
    );
    expect(audited).toHaveLength(2);
    for (const row of audited) expect(row.request_id).toMatch(/^[0-9a-f-]{36}$/);

    const queue = (await api.ok(
      county,
      `query { departmentWarnings { total items { id version kind reason department household { id } } } }`,
    )) as {
      departmentWarnings: {
        total: number;
        items: Array<{
          id: string;
          version: number;
          kind: string;
          reason: string;
          department: string;
          household: { id: string };
        }>;
      };
    };
    expect(queue.departmentWarnings.total).toBe(2);
    expect(queue.departmentWarnings.items.map((w) => w.kind).sort()).toEqual([
      'DISABILITY_CERTIFIED',
      'MEDICAL_SELF_PAY',
    ]);
    expect(queue.departmentWarnings.items.find((w) => w.kind === 'MEDICAL_SELF_PAY')?.reason).toMatch(
      /医疗费用自付 23000\.00 元超过单项预警标准 10000\.00 元/,
    );
    // The other county's queue does not see them.
    expect(
      ((await api.ok(county2, `query { departmentWarnings { total } }`)) as { departmentWarnings: { total: number } })
        .departmentWarnings.total,
    ).toBe(0);

    // Submitting the same records again raises no duplicate warnings.
    const again = await submit(medical, [
      { idNumber: people[0].id_number, kind: 'MEDICAL_SELF_PAY', amount: '23000.00', occurredOn: '2026-05-01' },
    ]);
    expect(again).toMatchObject({ matched: 1, warnings: 0 });

    // The county turns one into a lead (with a risk factor) and dismisses the other with a reason.
    const [toLead, toDismiss] = queue.departmentWarnings.items;
    const converted = (await api.ok(
      county,
      `mutation($id: String!, $v: Int!) { convertWarningToLead(id: $id, version: $v, category: SUDDEN_HARDSHIP) { status caseId } }`,
      { id: toLead.id, v: toLead.version },
    )) as {
      convertWarningToLead: { status: string; caseId: string };
    };
    expect(converted.convertWarningToLead.status).toBe('CONVERTED');
    const [lead] = await api.sql<{ state: string; source: string; household_id: string }>(
      `select state, source, household_id from monitoring_case where id = ?`,
      [converted.convertWarningToLead.caseId],
    );
    expect(lead).toMatchObject({ source: 'DEPARTMENT_WARNING', household_id: toLead.household.id });
    expect(
      await api.sql(`select 1 from risk_factor where household_id = ? and source = 'DEPARTMENT_WARNING'`, [
        toLead.household.id,
      ]),
    ).toHaveLength(1);
    expect(
      errorCode(
        await api.exec(
          county,
          `mutation($id: String!, $v: Int!) { dismissWarning(id: $id, version: $v, reason: " ") { status } }`,
          { id: toDismiss.id, v: toDismiss.version },
        ),
      ),
    ).toBe('BAD_USER_INPUT');
    await api.ok(
      county,
      `mutation($id: String!, $v: Int!) { dismissWarning(id: $id, version: $v, reason: "已纳入医疗救助，无返贫风险") { status } }`,
      { id: toDismiss.id, v: toDismiss.version },
    );
    expect(
      ((await api.ok(county, `query { departmentWarnings { total } }`)) as { departmentWarnings: { total: number } })
        .departmentWarnings.total,
    ).toBe(0);
    // A department cannot work the queue, nor a county officer of another county a warning.
    expect(errorCode(await api.exec(medical, `query { departmentWarnings { total } }`))).toBe('FORBIDDEN');
    expect(
      errorCode(
        await api.exec(
          county2,
          `mutation($id: String!) { dismissWarning(id: $id, version: 1, reason: "x") { status } }`,
          { id: toDismiss.id },
        ),
      ),
    ).toBe('NOT_FOUND');
  });

  it('are also read from a department’s Excel file, with bad rows reported by row number', async () => {
    const [person] = await api.sql<{ id_number: string; household_id: string }>(
      `select id_number, household_id from household_member where division_code like '150121102%' and status = 'ACTIVE' order by id_number limit 1`,
    );
    await setLastYearIncome(person.household_id, '200000.00', 4);
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('医保数据');
    sheet.addRow(['身份证号', '数据类别', '金额（元）', '残疾等级', '发生日期']);
    sheet.addRow([person.id_number, '医疗费用自付', 18000, null, '2026-07-01']);
    sheet.addRow([person.id_number, '住院', 18000, null, '2026-07-02']);
    sheet.addRow([unknownId(5), '灾害损失', 30000, null, '2026-07-03']);
    const fileBase64 = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
    const { submitDepartmentRecords } = (await api.ok(
      medical,
      `mutation($f: String!) { submitDepartmentRecords(fileBase64: $f) { id total } }`,
      { f: fileBase64 },
    )) as {
      submitDepartmentRecords: { id: string; total: number };
    };
    expect(submitDepartmentRecords.total).toBe(3);
    await waitForBackgroundJobs();
    const { departmentBatch } = (await api.ok(medical, Batch, { id: submitDepartmentRecords.id })) as {
      departmentBatch: BatchResult;
    };
    expect(departmentBatch).toMatchObject({
      status: 'SUCCEEDED',
      processed: 3,
      matched: 1,
      warnings: 1,
      unmatchedCount: 1,
    });
    expect(departmentBatch.invalid).toEqual([
      '第 3 行：数据类别应为 医疗费用自付、灾害损失、残疾等级认定、危房鉴定、教育支出、失业或收入骤减、个人救助申请 之一',
    ]);
    expect(
      errorCode(await api.exec(medical, `mutation { submitDepartmentRecords(fileBase64: "bm90IGFuIHhsc3g=") { id } }`)),
    ).toBe('BAD_USER_INPUT');
  });

  // seed 000 (000-内蒙古…): "因学、因病、因灾、因残等情况导致家庭支出明显超过上年度家庭收入的，及时发布预警信息"
  it('warn a household from two members’ records that alone would not warn (seed 000 "家庭支出明显超过上年度家庭收入")', async () => {
    const year = new Date().getFullYear();
    const [household] = await api.sql<{ household_id: string; division_code: string }>(`
      select household_id, min(division_code) as division_code from household_member m where division_code like '150121101%' and status = 'ACTIVE'
        -- a household no earlier test has sent records for: only this test's two records are summed
        and not exists (select 1 from department_record d where d.household_id = m.household_id)
      group by household_id having count(*) >= 2 order by household_id limit 1`);
    const [a, b] = await api.sql<{ id: string; id_number: string; name: string }>(
      `select id, id_number, name from household_member where household_id = ? and status = 'ACTIVE' order by id_number limit 2`,
      [household.household_id],
    );
    // Last year 40,000 yuan for 2 people; the village's policy: share 0.5, line 7,500, absolute 10,000.
    await setLastYearIncome(household.household_id, '40000.00', 2);
    await api.ok(
      county,
      `mutation($c: String!, $y: Int!) { setPolicy(divisionCode: $c, year: $y, input: { rigidExpenditureShare: 0.5, incomeLine: "7500.00", medicalSelfPayThreshold: "10000.00", warningWindowMonths: 12 }) { id } }`,
      { c: household.division_code, y: year },
    );
    const occurred = new Date(Date.now() - 10 * 86_400_000).toISOString().slice(0, 10);
    // Member A: 医疗自付 9,000 — under the share (20,000), under the absolute amount, per capita after 15,500.
    const first = await submit(medical, [
      { idNumber: a.id_number, kind: 'MEDICAL_SELF_PAY', amount: '9000.00', occurredOn: occurred },
    ]);
    expect(first).toMatchObject({ matched: 1, warnings: 0 });
    // Member B, from 教育: schooling 12,000 — alone under 20,000 too; together 21,000 > 20,000.
    const second = await submit(
      county,
      [{ idNumber: b.id_number, kind: 'SCHOOLING_COST', amount: '12000.00', occurredOn: occurred }],
      'EDUCATION',
    );
    expect(second).toMatchObject({ matched: 1, warnings: 1 });
    const [warning] = await api.sql<{
      member_id: string | null;
      amount: string;
      reason: string;
      record_ids: string[];
      kind: string;
      department: string;
    }>(
      `select member_id, amount, reason, record_ids, kind, department from department_warning where household_id = ?`,
      [household.household_id],
    );
    expect(warning.member_id).toBeNull();
    expect(warning.amount).toBe('21000.00');
    expect(warning.kind).toBe('SCHOOLING_COST');
    expect(warning.record_ids).toHaveLength(2);
    expect(warning.reason).toMatch(/刚性支出 21000\.00 元，超过上年度（\d{4} 年）家庭纯收入 40000\.00 元的 50%/);
    expect(warning.reason).toContain(a.name);
    expect(warning.reason).toContain(b.name);
    // The county converts it; the risk factor follows the main kind (因学).
    const [{ id, version }] = await api.sql<{ id: string; version: number }>(
      `select id, version from department_warning where household_id = ?`,
      [household.household_id],
    );
    await api.ok(
      county,
      `mutation($id: String!, $v: Int!) { convertWarningToLead(id: $id, version: $v, category: SUDDEN_HARDSHIP) { status } }`,
      { id, v: version },
    );
    expect(
      await api.sql(`select 1 from risk_factor where household_id = ? and type = 'SCHOOLING' and member_id is null`, [
        household.household_id,
      ]),
    ).toHaveLength(1);
  });

  it('warn when per-capita income after the expenditure falls to the line, and not for records outside the policy window', async () => {
    const year = new Date().getFullYear();
    const [household] = await api.sql<{ id: string; division_code: string }>(
      `select id, division_code from household where division_code like '150121101%' order by id desc limit 1`,
    );
    const [person] = await api.sql<{ id_number: string }>(
      `select id_number from household_member where household_id = ? and status = 'ACTIVE' limit 1`,
      [household.id],
    );
    await setLastYearIncome(household.id, '30000.00', 3);
    await api.ok(
      county,
      `mutation($c: String!, $y: Int!) { setPolicy(divisionCode: $c, year: $y, input: { rigidExpenditureShare: 0.9, incomeLine: "7500.00", warningWindowMonths: 3 }) { id } }`,
      { c: household.division_code, y: year },
    );
    const today = new Date();
    const old = new Date(today.getTime() - 200 * 86_400_000).toISOString().slice(0, 10);
    const recent = new Date(today.getTime() - 5 * 86_400_000).toISOString().slice(0, 10);
    // 200 days ago, 6,000: outside a 3-month window when the next record arrives.
    expect(
      await submit(medical, [
        { idNumber: person.id_number, kind: 'MEDICAL_SELF_PAY', amount: '6000.00', occurredOn: old },
      ]),
    ).toMatchObject({ warnings: 0 });
    // 7,500 now: (30,000 − 7,500) / 3 = 7,500, at the line (以下 includes it); the old record is not summed.
    expect(
      await submit(medical, [
        { idNumber: person.id_number, kind: 'MEDICAL_SELF_PAY', amount: '7500.00', occurredOn: recent },
      ]),
    ).toMatchObject({ warnings: 1 });
    const [warning] = await api.sql<{ amount: string; reason: string }>(
      `select amount, reason from department_warning where household_id = ?`,
      [household.id],
    );
    expect(warning.amount).toBe('7500.00');
    expect(warning.reason).toMatch(/扣除后人均纯收入 7500\.00 元，不高于监测收入线 7500\.00 元/);
  });

  // seed 001 (001-湖北…): "支出骤增或收入骤减"; seed 000: "旗县民政部门负责接受个人救助申请，纳入预警信息"
  it('warn on job loss or income drop from 人社, on every individual assistance application from 民政, and on disability by the policy grade', async () => {
    const year = new Date().getFullYear();
    const households = await api.sql<{ id: string; division_code: string }>(
      `select id, division_code from household where division_code like '150121102%' order by id desc limit 4`,
    );
    const person = async (householdId: string) =>
      (
        await api.sql<{ id_number: string }>(
          `select id_number from household_member where household_id = ? and status = 'ACTIVE' limit 1`,
          [householdId],
        )
      )[0].id_number;
    for (const h of households) await setLastYearIncome(h.id, '60000.00', 2);
    for (const code of new Set(households.map((h) => h.division_code))) {
      await api.ok(
        county,
        `mutation($c: String!, $y: Int!) { setPolicy(divisionCode: $c, year: $y, input: { incomeDropShare: 0.3, incomeLine: "7500.00", rigidExpenditureShare: 1.0, disabilityWarningGrade: 3 }) { id } }`,
        { c: code, y: year },
      );
    }
    const on = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    // 人社: 20,000 lost ≥ 0.3 × 60,000 warns; 10,000 does not (per capita after 25,000, over the line).
    const jobs = await submit(
      county,
      [
        { idNumber: await person(households[0].id), kind: 'INCOME_LOSS', amount: '20000.00', occurredOn: on },
        { idNumber: await person(households[1].id), kind: 'INCOME_LOSS', amount: '10000.00', occurredOn: on },
      ],
      'HUMAN_RESOURCES',
    );
    expect(jobs).toMatchObject({ matched: 2, warnings: 1 });
    const [drop] = await api.sql<{ kind: string; reason: string; department: string }>(
      `select kind, reason, department from department_warning where household_id = ?`,
      [households[0].id],
    );
    expect(drop).toMatchObject({ kind: 'INCOME_LOSS', department: 'HUMAN_RESOURCES' });
    expect(drop.reason).toMatch(/收入减少 20000\.00 元，达上年度家庭纯收入 60000\.00 元的 30% 以上/);
    // 民政: an application warns whatever the income; an amount is optional.
    const civil = await submit(
      county,
      [{ idNumber: await person(households[2].id), kind: 'ASSISTANCE_APPLICATION', occurredOn: on }],
      'CIVIL_AFFAIRS',
    );
    expect(civil).toMatchObject({ matched: 1, warnings: 1 });
    expect(
      (
        await api.sql<{ reason: string }>(`select reason from department_warning where household_id = ?`, [
          households[2].id,
        ])
      )[0].reason,
    ).toMatch(/向民政部门申请个人救助$/);
    // 残联: grade 3 warns under a policy of "3 级及以上"; grade 4 does not.
    const disability = await submit(
      county,
      [
        { idNumber: await person(households[3].id), kind: 'DISABILITY_CERTIFIED', grade: 3, occurredOn: on },
        { idNumber: await person(households[1].id), kind: 'DISABILITY_CERTIFIED', grade: 4, occurredOn: on },
      ],
      'DISABLED_PERSONS',
    );
    expect(disability).toMatchObject({ matched: 2, warnings: 1 });
    // An amount kind without an amount is refused with a reason.
    const bad = await submit(
      county,
      [{ idNumber: await person(households[0].id), kind: 'SCHOOLING_COST', occurredOn: on }],
      'EDUCATION',
    );
    expect(bad.invalid).toEqual(['第 1 条：缺少金额']);
  });

  it('process 100,000 records in the background with progress, matching every registered person', async () => {
    const people = await api.sql<{ id_number: string }>(
      `select id_number from household_member where division_code like '150121%' and status = 'ACTIVE'`,
    );
    // Dated yesterday, so inside every village's window (one village's policy narrowed it above).
    const on = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    const records = Array.from({ length: 100_000 }, (_, i) =>
      i < people.length
        ? {
            idNumber: people[i].id_number,
            kind: 'MEDICAL_SELF_PAY',
            amount: i % 10 === 0 ? '15000.00' : '800.00',
            occurredOn: on,
          }
        : { idNumber: unknownId(i), kind: 'DISASTER_LOSS', amount: '20000.00', occurredOn: on },
    );
    const started = Date.now();
    const { submitDepartmentRecords } = (await api.ok(medical, Submit, { records })) as {
      submitDepartmentRecords: { id: string; status: string };
    };
    expect(submitDepartmentRecords.status).toBe('RUNNING');
    // Progress is visible while it runs.
    const seen = new Set<number>();
    while (true) {
      const { departmentBatch } = (await api.ok(medical, Batch, { id: submitDepartmentRecords.id })) as {
        departmentBatch: BatchResult;
      };
      seen.add(departmentBatch.processed);
      if (departmentBatch.status !== 'RUNNING') break;
      await new Promise((r) => setTimeout(r, 50));
    }
    await waitForBackgroundJobs();
    const seconds = (Date.now() - started) / 1000;
    const { departmentBatch } = (await api.ok(medical, Batch, { id: submitDepartmentRecords.id })) as {
      departmentBatch: BatchResult;
    };
    expect(departmentBatch).toMatchObject({
      status: 'SUCCEEDED',
      total: 100_000,
      processed: 100_000,
      matched: people.length,
      unmatchedCount: 100_000 - people.length,
    });
    // Every household with a record over the absolute amount is warned by this batch; the others
    // only when their summed records cross last year's income or the line (at most one per household and chunk).
    const [{ absolute, warned, households }] = await api.sql<{ absolute: string; warned: string; households: string }>(
      `
      select (select count(distinct household_id) from department_record where batch_id = ? and amount = 15000) as absolute,
             (select count(distinct r.household_id) from department_record r where r.batch_id = ? and r.amount = 15000
                and exists (select 1 from department_warning w where w.batch_id = ? and w.household_id = r.household_id)) as warned,
             (select count(distinct household_id) from department_record where batch_id = ?) as households`,
      [submitDepartmentRecords.id, submitDepartmentRecords.id, submitDepartmentRecords.id, submitDepartmentRecords.id],
    );
    expect(Number(warned)).toBe(Number(absolute));
    expect(departmentBatch.warnings).toBeGreaterThanOrEqual(Number(absolute));
    expect(departmentBatch.warnings).toBeLessThanOrEqual(Number(households) + 10);
    expect(departmentBatch.unmatched).toHaveLength(1000);
    expect(seen.size).toBeGreaterThan(1);
    console.log(`部门数据 100,000 条：${seconds.toFixed(1)} 秒（${Math.round(100_000 / seconds)} 条/秒）`);
  }, 120_000);
});
