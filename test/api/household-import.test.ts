import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from '../../api/node_modules/exceljs';
import { graphql } from '../gql';
import { errorCode, errorMessage, startTestApi, type TestApi } from '../support/api';
import { checkCharacter } from '../../api/src/modules/households/id-number';
import { HOUSEHOLD_COLUMNS } from '../../api/src/modules/imports/household-excel';
import { waitForBackgroundJobs } from '../../api/src/common/background';

const ImportHouseholds = graphql(`
  mutation TestImportHouseholds($file: String!, $validOnly: Boolean, $filename: String) {
    importHouseholds(fileBase64: $file, validOnly: $validOnly, filename: $filename) { id status filename divisionCode createdBy }
  }
`);
const ImportJobQuery = graphql(`
  query TestImportJob($id: String!) {
    importJob(id: $id) {
      id status totalRows processedRows importedHouseholds importedMembers skippedHouseholds errorCount message
      errors { row column message }
    }
  }
`);
const ImportJobs = graphql(`
  query TestImportJobs { importJobs(limit: 50) { total items { id status createdBy } } }
`);
const Template = graphql(`
  query TestImportTemplate { householdImportTemplate { filename contentBase64 } }
`);
const Export = graphql(`
  query TestExportHouseholds($filter: HouseholdFilter) { exportHouseholds(filter: $filter) { filename contentBase64 } }
`);

const HEADERS = ['户编号', '所在村代码', '家庭住址', '联系电话', '建档立卡登记状态', '脱贫年度', '整户无劳动能力', '低保户', '特困户', '易地搬迁户', '姓名', '身份证号',
  '与户主关系', '民族', '文化程度', '在校生状况', '健康状况', '残疾等级', '劳动技能', '务工地点', '务工时间（月）', '参加医保', '参加大病保险',
  '参加养老保险', '享受低保', '特困供养'];

type Row = Record<string, string | number>;

/**
 * 1,000 member rows in 300 households over the county's villages (100 of four people, 200 of
 * three). ID numbers: region 150121, born 1933–1935, sequence 9xx — far above what the seed hands
 * out for any one birth date (checked against the database below).
 */
function generateRows(villages: string[]): { rows: Row[]; sizes: Map<string, number> } {
  const rows: Row[] = [];
  const sizes = new Map<string, number>();
  let person = 0;
  for (let h = 0; h < 300; h++) {
    const householdNumber = `IMP-${String(h + 1).padStart(5, '0')}`;
    const size = h < 100 ? 4 : 3;
    sizes.set(householdNumber, size);
    for (let m = 0; m < size; m++, person++) {
      const birth = new Date(Date.UTC(1933, 0, 1 + person));
      const male = m !== 1;
      const first17 = `150121${birth.toISOString().slice(0, 10).replace(/-/g, '')}${900 + (person % 40) * 2 + (male ? 1 : 0)}`;
      rows.push({
        户编号: householdNumber, 所在村代码: villages[h % villages.length], 家庭住址: `幸福巷${h + 1}号`, 联系电话: `139${String(10000000 + h).padStart(8, '0')}`,
        建档立卡登记状态: h % 5 === 0 ? '脱贫户' : '一般农户', 脱贫年度: h % 5 === 0 ? 2019 : '', 整户无劳动能力: '否', 低保户: '否', 特困户: '否', 易地搬迁户: h % 17 === 0 ? '是' : '否',
        姓名: `测试${person}`, 身份证号: first17 + checkCharacter(first17), 与户主关系: m === 0 ? '户主' : m === 1 ? '配偶' : '子女',
        民族: '汉族', 文化程度: '初中', 在校生状况: '非在校生', 健康状况: m === 1 && h % 10 === 0 ? '残疾' : '健康', 残疾等级: m === 1 && h % 10 === 0 ? 2 : '',
        劳动技能: '普通劳动力', 务工地点: m === 0 ? '呼和浩特市' : '', '务工时间（月）': m === 0 ? 6 : 0, 参加医保: '是', 参加大病保险: '是',
        参加养老保险: '是', 享受低保: '否', 特困供养: '否',
      });
    }
  }
  return { rows, sizes };
}

async function workbookBase64(rows: Row[], headers = HEADERS): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('农户信息');
  sheet.addRow(headers);
  for (const row of rows) sheet.addRow(headers.map((h) => row[h] ?? null));
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
}

async function readWorkbook(base64: string): Promise<{ headers: string[]; rows: Array<Record<string, string>> }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(base64, 'base64') as never);
  const sheet = workbook.worksheets[0];
  const headers = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
  const rows: Array<Record<string, string>> = [];
  sheet.eachRow((row, n) => {
    if (n === 1) return;
    rows.push(Object.fromEntries(headers.map((h, i) => [h, row.getCell(i + 1).value === null ? '' : String(row.getCell(i + 1).value)])));
  });
  return { headers, rows };
}

let api: TestApi;
let county: string;
let county2: string;
let city: string;
let villages: string[];
let file: { rows: Row[]; sizes: Map<string, number> };
const bad = { checkDigit: 0, village: 0, duplicate: 0 };

const counts = async () => {
  const [row] = await api.sql<{ households: string; members: string }>(
    `select (select count(*) from household) as households, (select count(*) from household_member) as members`);
  return { households: Number(row.households), members: Number(row.members) };
};

async function runImport(token: string, base64: string, validOnly = false) {
  const { importHouseholds } = await api.ok(token, ImportHouseholds, { file: base64, validOnly, filename: 'test.xlsx' });
  expect(importHouseholds.status).toBe('QUEUED');
  // The work runs after the response; poll the job as a client would.
  for (let i = 0; i < 600; i++) {
    const { importJob } = await api.ok(token, ImportJobQuery, { id: importHouseholds.id });
    if (importJob.status === 'SUCCEEDED' || importJob.status === 'FAILED') return importJob;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('import job did not finish');
}

beforeAll(async () => {
  api = await startTestApi();
  [county, county2, city] = await Promise.all(['county_admin', 'county_admin_2', 'city_admin'].map((u) => api.login(u)));
  villages = (await api.sql<{ code: string }>(`select code from division where code like '150121%' and level = 'VILLAGE' order by code`)).map((r) => r.code);
  file = generateRows(villages);
  const ids = file.rows.map((r) => r.身份证号);
  expect(new Set(ids).size).toBe(1000);
  expect(await api.sql(`select 1 from household_member where id_number in (${ids.map(() => '?').join(', ')})`, ids)).toHaveLength(0);
  expect(await api.sql(`select 1 from division where code = '150121999999'`)).toHaveLength(0);
  // Exactly three bad rows: data row i is Excel row i + 2.
  const rowOf = (i: number) => i + 2;
  const checkDigitRow = 10; // a child in household IMP-00003
  const original = String(file.rows[checkDigitRow].身份证号);
  file.rows[checkDigitRow].身份证号 = original.slice(0, 17) + (original[17] === '0' ? '1' : '0');
  bad.checkDigit = rowOf(checkDigitRow);
  const villageRow = file.rows.findIndex((r) => r.户编号 === 'IMP-00150');
  file.rows[villageRow].所在村代码 = '150121999999';
  bad.village = rowOf(villageRow);
  const duplicateRow = file.rows.findIndex((r) => r.户编号 === 'IMP-00250') + 2; // a child
  file.rows[duplicateRow].身份证号 = file.rows[5].身份证号;
  bad.duplicate = rowOf(duplicateRow);
});
afterAll(async () => {
  await waitForBackgroundJobs();
  await api?.close();
});

describe('importing households from Excel', () => {
  it('validates every row first: three bad rows fail the whole file, with row, column and reason, and nothing is written', async () => {
    const before = await counts();
    const job = await runImport(county, await workbookBase64(file.rows));
    expect(job.status).toBe('FAILED');
    expect(job.totalRows).toBe(1000);
    expect(job.importedHouseholds).toBe(0);
    expect(job.errorCount).toBe(3);
    expect(job.errors).toEqual([
      { row: bad.checkDigit, column: '身份证号', message: '身份证号校验位不正确' },
      { row: bad.village, column: '所在村代码', message: '村代码不存在或不在辖区内' },
      { row: bad.duplicate, column: '身份证号', message: '身份证号与第 7 行重复' },
    ]);
    expect(job.message).toContain('未导入任何数据');
    expect(await counts()).toEqual(before);
  });

  it('with validOnly imports the good households, skips the three bad ones, and reaches the total', async () => {
    const before = await counts();
    const job = await runImport(county, await workbookBase64(file.rows), true);
    expect(job.status).toBe('SUCCEEDED');
    const skipped = ['IMP-00003', 'IMP-00150', 'IMP-00250'];
    const skippedMembers = skipped.reduce((n, h) => n + file.sizes.get(h)!, 0);
    expect(job).toMatchObject({
      totalRows: 1000, processedRows: 1000, importedHouseholds: 297, importedMembers: 1000 - skippedMembers, skippedHouseholds: 3, errorCount: 3,
    });
    expect(job.errors.map((e) => e.row)).toEqual([bad.checkDigit, bad.village, bad.duplicate]);
    expect(await counts()).toEqual({ households: before.households + 297, members: before.members + 1000 - skippedMembers });

    const imported = await api.sql<{ household_number: string; member_count: number; members: string; heads: string; division_code: string }>(`
      select h.household_number, h.member_count, h.division_code,
        (select count(*) from household_member m where m.household_id = h.id and m.status = 'ACTIVE') as members,
        (select count(*) from household_member m where m.household_id = h.id and m.relation = 'HEAD') as heads
      from household h where h.household_number like 'IMP-%'`);
    expect(imported).toHaveLength(297);
    expect(imported.map((h) => h.household_number)).not.toEqual(expect.arrayContaining(skipped));
    for (const h of imported) {
      expect(h.member_count).toBe(file.sizes.get(h.household_number));
      expect(Number(h.members)).toBe(h.member_count);
      expect(Number(h.heads)).toBe(1);
      expect(h.division_code.startsWith('150121')).toBe(true);
    }
    // Derived and labelled fields arrive as values.
    const [spouse] = await api.sql<Record<string, unknown>>(`
      select m.sex, m.relation, m.health_status, m.disability_grade, m.labour_capacity, m.education, h.registration_status, h.lifted_out_year, h.monitoring_category
      from household_member m join household h on h.id = m.household_id where h.household_number = 'IMP-00001' and m.relation = 'SPOUSE'`);
    expect(spouse).toEqual({ sex: 'FEMALE', relation: 'SPOUSE', health_status: 'DISABLED', disability_grade: 2, labour_capacity: 'ORDINARY', education: 'JUNIOR_HIGH', registration_status: 'LIFTED_OUT', lifted_out_year: 2019, monitoring_category: null });
  });

  it('is audited with the importer as actor', async () => {
    const [row] = await api.sql<{ households: string; members: string }>(`
      select count(*) filter (where entity_name = 'Household') as households, count(*) filter (where entity_name = 'Member') as members
      from audit_entry a where a.action = 'CREATE' and a.actor_name = 'county_admin'
        and a.entity_id in (select id::text from household where household_number like 'IMP-%'
                            union all select m.id::text from household_member m join household h on h.id = m.household_id where h.household_number like 'IMP-%')`);
    expect(Number(row.households)).toBe(297);
    expect(Number(row.members)).toBe(1000 - 4 - 3 - 3);
  });

  it('reports a village of another county as outside the jurisdiction; a village officer may not import', async () => {
    const [other] = await api.sql<{ code: string }>(`select code from division where code like '150122%' and level = 'VILLAGE' order by code limit 1`);
    const rows = generateRows(villages).rows.slice(0, 3).map((r, i) => ({ ...r, 户编号: 'OUT-00001', 所在村代码: other.code, 身份证号: idFor(1936, i) }));
    const before = await counts();
    const job = await runImport(county, await workbookBase64(rows));
    expect(job.status).toBe('FAILED');
    expect(job.errors).toEqual([{ row: 2, column: '所在村代码', message: '村代码不存在或不在辖区内' }]);
    expect(await counts()).toEqual(before);

    const village = await api.login('village_officer');
    expect(errorCode(await api.exec(village, ImportHouseholds, { file: await workbookBase64(rows) }))).toBe('FORBIDDEN');
    expect(errorCode(await api.exec(village, Template))).toBe('FORBIDDEN');
  });

  it('reports a missing head, two heads, unknown labels, missing cells and IDs already registered', async () => {
    const base = generateRows(villages).rows.slice(0, 7).map((r, i) => ({ ...r, 身份证号: idFor(1937, i) }));
    const rows: Row[] = [
      { ...base[0], 户编号: 'CHK-00001', 与户主关系: '配偶' }, // no head
      { ...base[1], 户编号: 'CHK-00002', 与户主关系: '户主' },
      { ...base[2], 户编号: 'CHK-00002', 与户主关系: '户主' }, // second head
      { ...base[3], 户编号: 'CHK-00003', 与户主关系: '户主', 建档立卡登记状态: '贫困户', 参加医保: '有' },
      { ...base[4], 户编号: 'CHK-00003', 与户主关系: '子女', 姓名: '', 劳动技能: '' },
      { ...base[5], 户编号: 'CHK-00004', 与户主关系: '户主', 身份证号: '150121198803150018' }, // the seeded contract person
      { ...base[6], 户编号: 'CHK-00005', 与户主关系: '户主', 身份证号: 150121193701019999 }, // typed as a number: digits lost
    ];
    const job = await runImport(county, await workbookBase64(rows));
    expect(job.status).toBe('FAILED');
    expect(job.errors).toEqual([
      { row: 2, column: '与户主关系', message: '户编号 CHK-00001 没有户主：每户须有且只有一名户主' },
      { row: 4, column: '与户主关系', message: '该户已有户主（第 3 行）：每户只能有一名户主' },
      { row: 5, column: '建档立卡登记状态', message: expect.stringContaining('“贫困户”不是有效的建档立卡登记状态') },
      { row: 5, column: '参加医保', message: '参加医保应填写“是”或“否”' },
      { row: 6, column: '姓名', message: '姓名不能为空' },
      { row: 6, column: '劳动技能', message: '劳动技能不能为空' },
      { row: 7, column: '身份证号', message: '身份证号已在其他农户登记' },
      { row: 8, column: '身份证号', message: expect.stringContaining('请将该列设为文本格式') },
    ]);
  });

  it('shows jobs only inside the jurisdiction', async () => {
    const { importJobs } = await api.ok(county, ImportJobs);
    expect(importJobs.total).toBeGreaterThanOrEqual(4);
    expect(importJobs.items.every((j) => j.createdBy === 'county_admin')).toBe(true);
    const { importJobs: other } = await api.ok(county2, ImportJobs);
    expect(other.total).toBe(0);
    expect(errorCode(await api.exec(county2, ImportJobQuery, { id: importJobs.items[0].id }))).toBe('NOT_FOUND');
  });
});

describe('the import template', () => {
  it('has the Chinese headers, and its sample household imports as is', async () => {
    const { householdImportTemplate } = await api.ok(county, Template);
    expect(householdImportTemplate.filename).toBe('农户导入模板.xlsx');
    const { headers, rows } = await readWorkbook(householdImportTemplate.contentBase64);
    expect(headers).toEqual(HEADERS);
    expect(HOUSEHOLD_COLUMNS.map((c) => c.header)).toEqual(HEADERS);
    expect(rows.length).toBeGreaterThan(0);
    const job = await runImport(county, householdImportTemplate.contentBase64);
    expect(job).toMatchObject({ status: 'SUCCEEDED', importedHouseholds: 1, importedMembers: rows.length });
  });
});

describe('exporting households', () => {
  const village = '150121100201';
  const villageMembers = async () => Number((await api.sql<{ n: string }>(
    `select count(*) as n from household_member m join household h on h.id = m.household_id where h.division_code = ? and h.status = 'ACTIVE' and m.status = 'ACTIVE'`, [village]))[0].n);
  const piiExports = async () => api.sql<{ actor_name: string; changes: { rows: number; filter: Record<string, unknown> } }>(
    `select actor_name, changes from audit_entry where action = 'PII_READ' and entity_name = 'HouseholdExport' order by id`);

  it('masks ID numbers and phones and leaves health blank without pii.read (city), and audits nothing', async () => {
    const { exportHouseholds } = await api.ok(city, Export, { filter: { divisionCode: village } });
    const { headers, rows } = await readWorkbook(exportHouseholds.contentBase64);
    expect(headers).toEqual([...HEADERS, '监测对象类别', '纳入监测日期', '人均纯收入', '收入年度']);
    expect(rows).toHaveLength(await villageMembers());
    expect(rows.every((r) => /^\d{4}\*{10}[\dX]{4}$/.test(r.身份证号))).toBe(true);
    expect(rows.map((r) => r.身份证号)).toContain('1501**********0018');
    expect(rows.every((r) => r.联系电话 === '' || /^\d{3}\*{4}\d{4}$/.test(r.联系电话))).toBe(true);
    expect(rows.every((r) => r.健康状况 === '' && r.残疾等级 === '')).toBe(true);
    expect(rows.every((r) => r.户编号 !== '' && r.所在村代码 === village)).toBe(true);
    expect(await piiExports()).toHaveLength(0);
  });

  it('shows full values with pii.read (county) and writes one PII_READ audit entry', async () => {
    const { exportHouseholds } = await api.ok(county, Export, { filter: { divisionCode: village } });
    const { rows } = await readWorkbook(exportHouseholds.contentBase64);
    expect(rows.map((r) => r.身份证号)).toContain('150121198803150018');
    expect(rows.every((r) => /^\d{17}[\dX]$/.test(r.身份证号))).toBe(true);
    expect(rows.some((r) => r.健康状况 !== '')).toBe(true);
    const [contract] = rows.filter((r) => r.身份证号 === '150121198803150018');
    expect(contract).toMatchObject({ 姓名: '王永强', 与户主关系: '户主' });
    const entries = await piiExports();
    expect(entries).toHaveLength(1);
    expect(entries[0].actor_name).toBe('county_admin');
    expect(entries[0].changes.rows).toBe(rows.length);
    expect(entries[0].changes.filter).toMatchObject({ divisionCode: village });
  });

  it('stays inside the jurisdiction: the other county’s export has none of 150121', async () => {
    const { exportHouseholds } = await api.ok(county2, Export, {});
    const { rows } = await readWorkbook(exportHouseholds.contentBase64);
    const [{ n }] = await api.sql<{ n: string }>(`select count(*) as n from household_member where division_code like '150122%' and status = 'ACTIVE'`);
    expect(rows.length).toBe(Number(n));
    expect(rows.every((r) => r.所在村代码.startsWith('150122'))).toBe(true);
    const { exportHouseholds: none } = await api.ok(county2, Export, { filter: { divisionCode: '150121' } });
    expect((await readWorkbook(none.contentBase64)).rows).toHaveLength(0);
  });

  it('is refused for a role without household.export', async () => {
    const village = await api.login('village_officer');
    const result = await api.exec(village, Export, {});
    expect(errorCode(result)).toBe('FORBIDDEN');
    expect(errorMessage(result)).toBeTruthy();
  });
});

/** Further valid IDs for the smaller files, born in another year than the big file's. */
function idFor(year: number, i: number): string {
  const first17 = `150121${year}0101${String(951 + i * 2)}`;
  return first17 + checkCharacter(first17);
}
