import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from '../../api/node_modules/exceljs';
import { errorCode, startTestApi, type TestApi } from '../support/api';
import { waitForBackgroundJobs } from '../../api/src/common/background';
import { checkCharacter } from '../../api/src/modules/households/id-number';

const Submit = `mutation($records: [DepartmentRecordInput!]!) { submitDepartmentRecords(records: $records) { id status total } }`;
const Batch = `query($id: String!) { departmentBatch(id: $id) { status total processed matched warnings unmatchedCount unmatched invalid message } }`;

interface BatchResult { status: string; total: number; processed: number; matched: number; warnings: number; unmatchedCount: number; unmatched: string[]; invalid: string[]; message: string }

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
  [medical, county, county2] = await Promise.all(['department_medical', 'county_admin', 'county_admin_2'].map((u) => api.login(u)));
});
afterAll(async () => { await api?.close(); });

async function submit(token: string, records: unknown[]): Promise<BatchResult> {
  const { submitDepartmentRecords } = await api.ok(token, Submit, { records }) as { submitDepartmentRecords: { id: string } };
  await waitForBackgroundJobs();
  return (await api.ok(token, Batch, { id: submitDepartmentRecords.id }) as { departmentBatch: BatchResult }).departmentBatch;
}

describe('department warnings (部门筛查预警)', () => {
  it('match records by ID inside the jurisdiction; those over the threshold become warnings; unmatched are reported', async () => {
    const people = await api.sql<{ id_number: string; household_id: string; division_code: string }>(
      `select id_number, household_id, division_code from household_member where division_code like '150121%' and status = 'ACTIVE' order by id_number limit 3`);
    const [outsider] = await api.sql<{ id_number: string }>(`select id_number from household_member where division_code like '150122%' limit 1`);
    const batch = await submit(medical, [
      { idNumber: people[0].id_number, kind: 'MEDICAL_SELF_PAY', amount: '23000.00', occurredOn: '2026-05-01' }, // over 10,000
      { idNumber: people[1].id_number, kind: 'MEDICAL_SELF_PAY', amount: '3000.00', occurredOn: '2026-05-01' }, // under
      { idNumber: people[2].id_number, kind: 'DISABILITY_CERTIFIED', grade: 1, occurredOn: '2026-04-01' },
      { idNumber: outsider.id_number, kind: 'MEDICAL_SELF_PAY', amount: '50000.00', occurredOn: '2026-05-01' }, // another county
      { idNumber: unknownId(1), kind: 'MEDICAL_SELF_PAY', amount: '50000.00', occurredOn: '2026-05-01' },
      { idNumber: '150121198803150019', kind: 'MEDICAL_SELF_PAY', amount: '50000.00', occurredOn: '2026-05-01' },
    ]);
    expect(batch).toMatchObject({ status: 'SUCCEEDED', total: 6, processed: 6, matched: 3, warnings: 2, unmatchedCount: 2 });
    expect(batch.unmatched.sort()).toEqual([outsider.id_number, unknownId(1)].sort());
    expect(batch.invalid).toEqual(['第 6 条：身份证号校验位不正确']);
    // Each warning is audited as the submitter, with the request that submitted it (as every audit row).
    const audited = await api.sql<{ actor_name: string; request_id: string | null }>(`select actor_name, request_id from audit_entry where entity_name = 'DepartmentWarning'`);
    expect(audited).toHaveLength(2);
    for (const row of audited) expect(row.request_id).toMatch(/^[0-9a-f-]{36}$/);

    const queue = await api.ok(county, `query { departmentWarnings { total items { id version kind reason department household { id } } } }`) as {
      departmentWarnings: { total: number; items: Array<{ id: string; version: number; kind: string; reason: string; department: string; household: { id: string } }> };
    };
    expect(queue.departmentWarnings.total).toBe(2);
    expect(queue.departmentWarnings.items.map((w) => w.kind).sort()).toEqual(['DISABILITY_CERTIFIED', 'MEDICAL_SELF_PAY']);
    expect(queue.departmentWarnings.items.find((w) => w.kind === 'MEDICAL_SELF_PAY')?.reason).toMatch(/医疗费用自付 23000\.00 元，超过预警标准 10000\.00 元/);
    // The other county's queue does not see them.
    expect((await api.ok(county2, `query { departmentWarnings { total } }`) as { departmentWarnings: { total: number } }).departmentWarnings.total).toBe(0);

    // Submitting the same records again raises no duplicate warnings.
    const again = await submit(medical, [{ idNumber: people[0].id_number, kind: 'MEDICAL_SELF_PAY', amount: '23000.00', occurredOn: '2026-05-01' }]);
    expect(again).toMatchObject({ matched: 1, warnings: 0 });

    // The county turns one into a lead (with a risk factor) and dismisses the other with a reason.
    const [toLead, toDismiss] = queue.departmentWarnings.items;
    const converted = await api.ok(county, `mutation($id: String!, $v: Int!) { convertWarningToLead(id: $id, version: $v, category: SUDDEN_HARDSHIP) { status caseId } }`, { id: toLead.id, v: toLead.version }) as {
      convertWarningToLead: { status: string; caseId: string };
    };
    expect(converted.convertWarningToLead.status).toBe('CONVERTED');
    const [lead] = await api.sql<{ state: string; source: string; household_id: string }>(`select state, source, household_id from monitoring_case where id = ?`, [converted.convertWarningToLead.caseId]);
    expect(lead).toMatchObject({ source: 'DEPARTMENT_WARNING', household_id: toLead.household.id });
    expect(await api.sql(`select 1 from risk_factor where household_id = ? and source = 'DEPARTMENT_WARNING'`, [toLead.household.id])).toHaveLength(1);
    expect(errorCode(await api.exec(county, `mutation($id: String!, $v: Int!) { dismissWarning(id: $id, version: $v, reason: " ") { status } }`, { id: toDismiss.id, v: toDismiss.version }))).toBe('BAD_USER_INPUT');
    await api.ok(county, `mutation($id: String!, $v: Int!) { dismissWarning(id: $id, version: $v, reason: "已纳入医疗救助，无返贫风险") { status } }`, { id: toDismiss.id, v: toDismiss.version });
    expect((await api.ok(county, `query { departmentWarnings { total } }`) as { departmentWarnings: { total: number } }).departmentWarnings.total).toBe(0);
    // A department cannot work the queue, nor a county officer of another county a warning.
    expect(errorCode(await api.exec(medical, `query { departmentWarnings { total } }`))).toBe('FORBIDDEN');
    expect(errorCode(await api.exec(county2, `mutation($id: String!) { dismissWarning(id: $id, version: 1, reason: "x") { status } }`, { id: toDismiss.id }))).toBe('NOT_FOUND');
  });

  it('are also read from a department’s Excel file, with bad rows reported by row number', async () => {
    const [person] = await api.sql<{ id_number: string }>(`select id_number from household_member where division_code like '150121102%' and status = 'ACTIVE' order by id_number limit 1`);
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('医保数据');
    sheet.addRow(['身份证号', '数据类别', '金额（元）', '残疾等级', '发生日期']);
    sheet.addRow([person.id_number, '医疗费用自付', 18000, null, '2026-07-01']);
    sheet.addRow([person.id_number, '住院', 18000, null, '2026-07-02']);
    sheet.addRow([unknownId(5), '灾害损失', 30000, null, '2026-07-03']);
    const fileBase64 = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
    const { submitDepartmentRecords } = await api.ok(medical, `mutation($f: String!) { submitDepartmentRecords(fileBase64: $f) { id total } }`, { f: fileBase64 }) as {
      submitDepartmentRecords: { id: string; total: number };
    };
    expect(submitDepartmentRecords.total).toBe(3);
    await waitForBackgroundJobs();
    const { departmentBatch } = await api.ok(medical, Batch, { id: submitDepartmentRecords.id }) as { departmentBatch: BatchResult };
    expect(departmentBatch).toMatchObject({ status: 'SUCCEEDED', processed: 3, matched: 1, warnings: 1, unmatchedCount: 1 });
    expect(departmentBatch.invalid).toEqual(['第 3 行：数据类别应为 医疗费用自付、灾害损失、残疾等级认定、危房鉴定 之一']);
    expect(errorCode(await api.exec(medical, `mutation { submitDepartmentRecords(fileBase64: "bm90IGFuIHhsc3g=") { id } }`))).toBe('BAD_USER_INPUT');
  });

  it('process 100,000 records in the background with progress, matching every registered person', async () => {
    const people = await api.sql<{ id_number: string }>(`select id_number from household_member where division_code like '150121%' and status = 'ACTIVE'`);
    const records = Array.from({ length: 100_000 }, (_, i) => i < people.length
      ? { idNumber: people[i].id_number, kind: 'MEDICAL_SELF_PAY', amount: i % 10 === 0 ? '15000.00' : '800.00', occurredOn: '2026-06-01' }
      : { idNumber: unknownId(i), kind: 'DISASTER_LOSS', amount: '20000.00', occurredOn: '2026-06-01' });
    const started = Date.now();
    const { submitDepartmentRecords } = await api.ok(medical, Submit, { records }) as { submitDepartmentRecords: { id: string; status: string } };
    expect(submitDepartmentRecords.status).toBe('RUNNING');
    // Progress is visible while it runs.
    const seen = new Set<number>();
    while (true) {
      const { departmentBatch } = await api.ok(medical, Batch, { id: submitDepartmentRecords.id }) as { departmentBatch: BatchResult };
      seen.add(departmentBatch.processed);
      if (departmentBatch.status !== 'RUNNING') break;
      await new Promise((r) => setTimeout(r, 50));
    }
    await waitForBackgroundJobs();
    const seconds = (Date.now() - started) / 1000;
    const { departmentBatch } = await api.ok(medical, Batch, { id: submitDepartmentRecords.id }) as { departmentBatch: BatchResult };
    expect(departmentBatch).toMatchObject({ status: 'SUCCEEDED', total: 100_000, processed: 100_000, matched: people.length, unmatchedCount: 100_000 - people.length });
    expect(departmentBatch.warnings).toBe(Math.ceil(people.length / 10));
    expect(departmentBatch.unmatched).toHaveLength(1000);
    expect(seen.size).toBeGreaterThan(1);
    console.log(`部门数据 100,000 条：${seconds.toFixed(1)} 秒（${Math.round(100_000 / seconds)} 条/秒）`);
  }, 120_000);
});
