import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from '../../api/node_modules/exceljs';
import { graphql } from '../gql';
import { errorCode, errorMessage, startTestApi, type TestApi } from '../support/api';
import { checkCharacter } from '../../api/src/modules/households/id-number';
import { HOUSEHOLD_COLUMNS } from '../../api/src/modules/imports/household-excel';
import { waitForBackgroundJobs } from '../../api/src/common/background';
import { startHttpServer } from '../../api/src/server';

const ImportHouseholds = graphql(`
  mutation TestImportHouseholds($file: String!, $validOnly: Boolean, $filename: String, $mode: ImportMode) {
    importHouseholds(fileBase64: $file, validOnly: $validOnly, filename: $filename, mode: $mode) {
      id
      status
      filename
      divisionCode
      createdBy
      mode
    }
  }
`);
const ImportJobQuery = graphql(`
  query TestImportJob($id: String!) {
    importJob(id: $id) {
      id
      status
      mode
      totalRows
      processedRows
      importedHouseholds
      importedMembers
      skippedHouseholds
      errorCount
      message
      changeCount
      updatedHouseholds
      conflictCount
      errors {
        row
        column
        message
      }
      changes {
        row
        householdNumber
        memberName
        column
        before
        after
      }
    }
  }
`);
const ApplyImport = graphql(`
  mutation TestApplyImport($id: String!) {
    applyImportJob(id: $id) {
      id
      status
    }
  }
`);
const ErrorsLink = graphql(`
  mutation TestImportErrorsLink($id: String!) {
    createImportErrorsDownloadLink(id: $id) {
      url
      expiresAt
    }
  }
`);
const ImportJobs = graphql(`
  query TestImportJobs {
    importJobs(limit: 50) {
      total
      items {
        id
        status
        createdBy
      }
    }
  }
`);
const Template = graphql(`
  query TestImportTemplate {
    householdImportTemplate {
      filename
      contentBase64
    }
  }
`);
const StartExport = graphql(`
  mutation TestStartExport($filter: HouseholdFilter) {
    startHouseholdExport(filter: $filter) {
      id
      status
      filename
      totalRows
      masked
    }
  }
`);
const ExportJobQuery = graphql(`
  query TestExportJob($id: String!) {
    exportJob(id: $id) {
      id
      status
      filename
      totalRows
      processedRows
      byteSize
      message
      expiresAt
    }
  }
`);
const ExportLink = graphql(`
  mutation TestExportLink($id: String!) {
    createExportDownloadLink(id: $id) {
      url
      expiresAt
    }
  }
`);

const HEADERS = [
  '户编号',
  '所在村代码',
  '家庭住址',
  '联系电话',
  '建档立卡登记状态',
  '脱贫年度',
  '整户无劳动能力',
  '低保户',
  '特困户',
  '易地搬迁户',
  '姓名',
  '身份证号',
  '与户主关系',
  '民族',
  '文化程度',
  '在校生状况',
  '健康状况',
  '残疾等级',
  '劳动技能',
  '务工地点',
  '务工时间（月）',
  '参加医保',
  '参加大病保险',
  '参加养老保险',
  '享受低保',
  '特困供养',
];

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
        户编号: householdNumber,
        所在村代码: villages[h % villages.length],
        家庭住址: `幸福巷${h + 1}号`,
        联系电话: `139${String(10000000 + h).padStart(8, '0')}`,
        建档立卡登记状态: h % 5 === 0 ? '脱贫户' : '一般农户',
        脱贫年度: h % 5 === 0 ? 2019 : '',
        整户无劳动能力: '否',
        低保户: '否',
        特困户: '否',
        易地搬迁户: h % 17 === 0 ? '是' : '否',
        姓名: `测试${person}`,
        身份证号: first17 + checkCharacter(first17),
        与户主关系: m === 0 ? '户主' : m === 1 ? '配偶' : '子女',
        民族: '汉族',
        文化程度: '初中',
        在校生状况: '非在校生',
        健康状况: m === 1 && h % 10 === 0 ? '残疾' : '健康',
        残疾等级: m === 1 && h % 10 === 0 ? 2 : '',
        劳动技能: '普通劳动力',
        务工地点: m === 0 ? '呼和浩特市' : '',
        '务工时间（月）': m === 0 ? 6 : 0,
        参加医保: '是',
        参加大病保险: '是',
        参加养老保险: '是',
        享受低保: '否',
        特困供养: '否',
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

async function readWorkbook(
  base64: string,
  sheetName?: string,
): Promise<{ headers: string[]; rows: Array<Record<string, string>> }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(base64, 'base64') as never);
  const sheet = sheetName ? workbook.getWorksheet(sheetName)! : workbook.worksheets[0];
  const headers = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
  const rows: Array<Record<string, string>> = [];
  sheet.eachRow((row, n) => {
    if (n === 1) return;
    rows.push(
      Object.fromEntries(
        headers.map((h, i) => [h, row.getCell(i + 1).value === null ? '' : String(row.getCell(i + 1).value)]),
      ),
    );
  });
  return { headers, rows };
}

let api: TestApi;
let http: { url: string; stop(): Promise<void> };
let county: string;
let county2: string;
let city: string;
let villages: string[];
let file: { rows: Row[]; sizes: Map<string, number> };
const bad = { checkDigit: 0, village: 0, duplicate: 0 };

const counts = async () => {
  const [row] = await api.sql<{ households: string; members: string }>(
    `select (select count(*) from household) as households, (select count(*) from household_member) as members`,
  );
  return { households: Number(row.households), members: Number(row.members) };
};

async function pollImport(token: string, id: string) {
  // The work runs after the response; poll the job as a client would.
  for (let i = 0; i < 600; i++) {
    const { importJob } = await api.ok(token, ImportJobQuery, { id });
    if (['SUCCEEDED', 'FAILED', 'PREVIEW'].includes(importJob.status)) return importJob;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('import job did not finish');
}

async function runImport(token: string, base64: string, validOnly = false, mode: 'CREATE' | 'UPDATE' = 'CREATE') {
  const { importHouseholds } = await api.ok(token, ImportHouseholds, {
    file: base64,
    validOnly,
    filename: 'test.xlsx',
    mode,
  });
  expect(importHouseholds.status).toBe('QUEUED');
  return pollImport(token, importHouseholds.id);
}

/** GET over HTTP as a browser would (no token: the signed link is the authorisation). */
async function download(path: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${http.url}${path}`, { headers });
  const body = Buffer.from(await response.arrayBuffer());
  return {
    status: response.status,
    headers: response.headers,
    body,
    json: () => JSON.parse(body.toString('utf8')) as { error: { code: string; message: string } },
  };
}

/** Starts an export, waits for it, downloads it through a signed link: the file as base64. */
async function exportFile(token: string, filter: Record<string, unknown> = {}) {
  const { startHouseholdExport } = await api.ok(token, StartExport, { filter });
  expect(startHouseholdExport.status).toBe('QUEUED');
  let job;
  for (let i = 0; i < 600; i++) {
    ({ exportJob: job } = await api.ok(token, ExportJobQuery, { id: startHouseholdExport.id }));
    if (job.status === 'SUCCEEDED' || job.status === 'FAILED') break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  expect(job!.status).toBe('SUCCEEDED');
  const { createExportDownloadLink: link } = await api.ok(token, ExportLink, { id: job!.id });
  const file = await download(link.url);
  expect(file.status).toBe(200);
  expect(file.headers.get('content-disposition')).toContain(encodeURIComponent(job!.filename));
  expect(file.body.length).toBe(job!.byteSize);
  return { job: job!, link, base64: file.body.toString('base64') };
}

beforeAll(async () => {
  api = await startTestApi();
  http = await startHttpServer(api.orm, api.config, 0);
  [county, county2, city] = await Promise.all(
    ['county_admin', 'county_admin_2', 'city_admin'].map((u) => api.login(u)),
  );
  villages = (
    await api.sql<{ code: string }>(
      `select code from division where code like '150121%' and level = 'VILLAGE' order by code`,
    )
  ).map((r) => r.code);
  file = generateRows(villages);
  const ids = file.rows.map((r) => r.身份证号);
  expect(new Set(ids).size).toBe(1000);
  expect(
    await api.sql(`select 1 from household_member where id_number in (${ids.map(() => '?').join(', ')})`, ids),
  ).toHaveLength(0);
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
  await http?.stop();
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
      totalRows: 1000,
      processedRows: 1000,
      importedHouseholds: 297,
      importedMembers: 1000 - skippedMembers,
      skippedHouseholds: 3,
      errorCount: 3,
    });
    expect(job.errors.map((e) => e.row)).toEqual([bad.checkDigit, bad.village, bad.duplicate]);
    expect(await counts()).toEqual({
      households: before.households + 297,
      members: before.members + 1000 - skippedMembers,
    });

    const imported = await api.sql<{
      household_number: string;
      member_count: number;
      members: string;
      heads: string;
      division_code: string;
    }>(`
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
    expect(spouse).toEqual({
      sex: 'FEMALE',
      relation: 'SPOUSE',
      health_status: 'DISABLED',
      disability_grade: 2,
      labour_capacity: 'ORDINARY',
      education: 'JUNIOR_HIGH',
      registration_status: 'LIFTED_OUT',
      lifted_out_year: 2019,
      monitoring_category: null,
    });
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
    const [other] = await api.sql<{ code: string }>(
      `select code from division where code like '150122%' and level = 'VILLAGE' order by code limit 1`,
    );
    const rows = generateRows(villages)
      .rows.slice(0, 3)
      .map((r, i) => ({ ...r, 户编号: 'OUT-00001', 所在村代码: other.code, 身份证号: idFor(1936, i) }));
    const before = await counts();
    const job = await runImport(county, await workbookBase64(rows));
    expect(job.status).toBe('FAILED');
    expect(job.errors).toEqual([{ row: 2, column: '所在村代码', message: '村代码不存在或不在辖区内' }]);
    expect(await counts()).toEqual(before);

    const village = await api.login('village_officer');
    expect(errorCode(await api.exec(village, ImportHouseholds, { file: await workbookBase64(rows) }))).toBe(
      'FORBIDDEN',
    );
    expect(errorCode(await api.exec(village, Template))).toBe('FORBIDDEN');
  });

  it('reports a missing head, two heads, unknown labels, missing cells and IDs already registered', async () => {
    const base = generateRows(villages)
      .rows.slice(0, 7)
      .map((r, i) => ({ ...r, 身份证号: idFor(1937, i) }));
    const rows: Row[] = [
      { ...base[0], 户编号: 'CHK-00001', 与户主关系: '配偶' }, // no head
      { ...base[1], 户编号: 'CHK-00002', 与户主关系: '户主' },
      { ...base[2], 户编号: 'CHK-00002', 与户主关系: '户主' }, // second head
      { ...base[3], 户编号: 'CHK-00003', 与户主关系: '户主', 建档立卡登记状态: '贫困户', 参加医保: '有' },
      { ...base[4], 户编号: 'CHK-00003', 与户主关系: '子女', 姓名: '', 劳动技能: '' },
      { ...base[5], 户编号: 'CHK-00004', 与户主关系: '户主', 身份证号: '150121198803150018' }, // the seeded contract person
      // eslint-disable-next-line no-loss-of-precision -- the lost digits are what this row tests
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

/**
 * A zip of one entry: `declared` is the size its headers claim (a lying bomb claims little).
 */
function zipOf(name: string, content: Buffer, declared = content.length): Buffer {
  const data = zlib.deflateRawSync(content, { level: 9 });
  const file = Buffer.from(name, 'utf8');
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(declared, 22);
  local.writeUInt16LE(file.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(declared, 24);
  central.writeUInt16LE(file.length, 28);
  central.writeUInt32LE(0, 42);
  const centralStart = local.length + file.length + data.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + file.length, 12);
  end.writeUInt32LE(centralStart, 16);
  return Buffer.concat([local, file, data, central, file, end]);
}

describe('a zip bomb uploaded as an import', () => {
  it('is answered at once and its job fails with the reason, before anything is unpacked in full', async () => {
    // 64 MB of one repeated byte packs to ~64 KB: a ratio of ~1,000 (spreadsheets pack 5–30 to 1).
    const bomb = zipOf('xl/worksheets/sheet1.xml', Buffer.alloc(64 * 1024 * 1024, 0x20));
    expect(bomb.length).toBeLessThan(200 * 1024);
    const started = Date.now();
    const { importHouseholds } = await api.ok(county, ImportHouseholds, {
      file: bomb.toString('base64'),
      filename: 'bomb.xlsx',
    });
    expect(Date.now() - started).toBeLessThan(2000);
    expect(importHouseholds.status).toBe('QUEUED');
    const job = await pollImport(county, importHouseholds.id);
    expect(job.status).toBe('FAILED');
    expect(job.message).toMatch(/压缩比异常.*疑似压缩炸弹/);

    // The same bomb declaring a small size: inflating stops one byte past the declaration.
    const liar = zipOf('xl/worksheets/sheet1.xml', Buffer.alloc(64 * 1024 * 1024, 0x20), 1000);
    const { importHouseholds: second } = await api.ok(county, ImportHouseholds, {
      file: liar.toString('base64'),
      filename: 'liar.xlsx',
    });
    const lied = await pollImport(county, second.id);
    expect(lied.status).toBe('FAILED');
    expect(lied.message).toMatch(/声明的大小不符.*疑似压缩炸弹/);
    expect(await api.sql('select 1 from stored_file where kind = ?', ['IMPORT_UPLOAD'])).toHaveLength(0);
  });
});

describe('the import template', () => {
  it("has the export's headers; its example household is on 填写示例 and never imported", async () => {
    const { householdImportTemplate } = await api.ok(county, Template);
    expect(householdImportTemplate.filename).toBe('农户导入模板.xlsx');
    const { headers, rows } = await readWorkbook(householdImportTemplate.contentBase64, '农户信息');
    expect(headers).toEqual(HOUSEHOLD_COLUMNS.map((c) => c.header));
    expect(rows).toHaveLength(0);
    const example = await readWorkbook(householdImportTemplate.contentBase64, '填写示例');
    expect(example.headers).toEqual(headers);
    const exampleNumber = example.rows[0].户编号;
    expect(exampleNumber).toBe('15012110020199001');

    // Uploaded as downloaded: nothing to import, and the example household does not appear.
    const before = await counts();
    const job = await runImport(county, householdImportTemplate.contentBase64);
    expect(job).toMatchObject({ status: 'FAILED', importedHouseholds: 0, message: '文件中没有数据行' });
    expect(job.errors[0].message).toContain('“填写示例”页不导入');
    expect(await counts()).toEqual(before);
    expect(await api.sql(`select 1 from household where household_number = ?`, [exampleNumber])).toHaveLength(0);

    // Filled in on 农户信息 with the example sheet left in place: only 农户信息 is read.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(householdImportTemplate.contentBase64, 'base64') as never);
    const [row] = generateRows(villages).rows.map((r): Row => ({
      ...r,
      户编号: 'TPL-00001',
      身份证号: idFor(1938, 0),
    }));
    const sheet = workbook.getWorksheet('农户信息')!;
    sheet.addRow(headers.map((h) => row[h] ?? null));
    const filled = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
    const imported = await runImport(county, filled);
    expect(imported).toMatchObject({ status: 'SUCCEEDED', importedHouseholds: 1, importedMembers: 1 });
    expect(await api.sql(`select 1 from household where household_number = ?`, [exampleNumber])).toHaveLength(0);
  });
});

describe('exporting households', () => {
  const village = '150121100201';
  const villageMembers = async () =>
    Number(
      (
        await api.sql<{ n: string }>(
          `select count(*) as n from household_member m join household h on h.id = m.household_id where h.division_code = ? and h.status = 'ACTIVE' and m.status = 'ACTIVE'`,
          [village],
        )
      )[0].n,
    );
  const piiExports = async () =>
    api.sql<{ actor_name: string; changes: { rows: number; filter: Record<string, unknown> } }>(
      `select actor_name, changes from audit_entry where action = 'PII_READ' and entity_name = 'HouseholdExport' order by id`,
    );

  it('masks ID numbers and phones and leaves health blank without pii.read (city), and audits nothing', async () => {
    const { base64, job } = await exportFile(city, { divisionCode: village });
    expect(job.totalRows).toBe(await villageMembers());
    const { headers, rows } = await readWorkbook(base64);
    expect(headers).toEqual(HOUSEHOLD_COLUMNS.map((c) => c.header));
    expect(rows).toHaveLength(await villageMembers());
    expect(rows.every((r) => /^\d{4}\*{10}[\dX]{4}$/.test(r.身份证号))).toBe(true);
    expect(rows.map((r) => r.身份证号)).toContain('1501**********0018');
    expect(rows.every((r) => r.联系电话 === '' || /^\d{3}\*{4}\d{4}$/.test(r.联系电话))).toBe(true);
    expect(rows.every((r) => r.健康状况 === '' && r.残疾等级 === '')).toBe(true);
    expect(rows.every((r) => r.户编号 !== '' && r.所在村代码 === village)).toBe(true);
    expect(await piiExports()).toHaveLength(0);
  });

  it('shows full values with pii.read (county) and writes one PII_READ audit entry', async () => {
    const { base64 } = await exportFile(county, { divisionCode: village });
    const { rows } = await readWorkbook(base64);
    expect(rows.map((r) => r.身份证号)).toContain('150121198803150018');
    // Sorted by 户编号, with the places by name.
    const numbers = rows.map((r) => r.户编号);
    expect(numbers).toEqual([...numbers].sort());
    const [names] = await api.sql<{ village: string; township: string; county: string }>(
      `select v.name as village, t.name as township, c.name as county from division v
      join division t on t.code = '150121100000' join division c on c.code = '150121000000' where v.code = ?`,
      [village],
    );
    expect(
      rows.every(
        (r) =>
          r['村（社区）'] === names.village && r['乡镇（街道）'] === names.township && r['旗县（区）'] === names.county,
      ),
    ).toBe(true);
    expect(rows.every((r) => /^\d+$/.test(r.户数据版本) && /^\d+$/.test(r.成员数据版本))).toBe(true);
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
    const { rows } = await readWorkbook((await exportFile(county2)).base64);
    const [{ n }] = await api.sql<{ n: string }>(
      `select count(*) as n from household_member where division_code like '150122%' and status = 'ACTIVE'`,
    );
    expect(rows.length).toBe(Number(n));
    expect(rows.every((r) => r.所在村代码.startsWith('150122'))).toBe(true);
    const none = await exportFile(county2, { divisionCode: '150121' });
    expect((await readWorkbook(none.base64)).rows).toHaveLength(0);
  });

  it('is refused for a role without household.export', async () => {
    const village = await api.login('village_officer');
    const result = await api.exec(village, StartExport, {});
    expect(errorCode(result)).toBe('FORBIDDEN');
    expect(errorMessage(result)).toBeTruthy();
  });
});

describe('downloading a file over HTTP', () => {
  const village = '150121100201';

  it('serves the owner with a signed link or the bearer token, audits each download, and refuses everyone else', async () => {
    const { job, link } = await exportFile(county, { divisionCode: village });
    const audits = async () =>
      api.sql<{ actor_name: string; entity_id: string; changes: { via: string; bytes: number } }>(
        `select actor_name, entity_id, changes from audit_entry where action = 'FILE_DOWNLOAD' and entity_id = ? order by at`,
        [job.id],
      );
    expect(await audits()).toEqual([
      {
        actor_name: 'county_admin',
        entity_id: job.id,
        changes: expect.objectContaining({ via: 'link', bytes: job.byteSize }),
      },
    ]);

    const path = `/downloads/exports/${job.id}`;
    expect((await download(path, { Authorization: `Bearer ${county}` })).status).toBe(200);
    expect((await audits()).map((a) => a.changes.via)).toEqual(['link', 'token']);
    // The id in capitals is the same job, audited under its lowercase id (so a search by id finds it).
    expect(
      (await download(`/downloads/exports/${job.id.toUpperCase()}`, { Authorization: `Bearer ${county}` })).status,
    ).toBe(200);
    expect((await audits()).map((a) => [a.entity_id, a.changes.via])).toEqual([
      [job.id, 'link'],
      [job.id, 'token'],
      [job.id, 'token'],
    ]);
    expect(await api.sql(`select 1 from audit_entry where entity_id = ?`, [job.id.toUpperCase()])).toEqual([]);

    // No credentials, a tampered signature, another person's link or token, another county.
    expect((await download(path)).status).toBe(401);
    expect((await download(link.url.replace(/signature=[^&]+/, 'signature=AAAA'))).status).toBe(401);
    expect(
      (await download(link.url.replace(/expires=\d+/, `expires=${Math.floor(Date.now() / 1000) + 3600}`))).status,
    ).toBe(401);
    // A township officer exports cases (monitoring.export) but this file is not theirs; a village
    // officer exports nothing at all.
    const township = await api.login('township_officer');
    expect((await download(path, { Authorization: `Bearer ${township}` })).status).toBe(404);
    const villageOfficer = await api.login('village_officer');
    expect((await download(path, { Authorization: `Bearer ${villageOfficer}` })).status).toBe(403);
    expect((await download(path, { Authorization: `Bearer ${county2}` })).status).toBe(404);
    expect(errorCode(await api.exec(county2, ExportLink, { id: job.id }))).toBe('NOT_FOUND');
    expect(errorCode(await api.exec(city, ExportLink, { id: job.id }))).toBe('NOT_FOUND');
    expect(await audits()).toHaveLength(3);

    // The file expires: link and token are refused with 410, and no link is issued.
    await api.sql(`update export_job set expires_at = now() - interval '1 minute' where id = ?`, [job.id]);
    expect((await download(path, { Authorization: `Bearer ${county}` })).status).toBe(410);
    expect(errorCode(await api.exec(county, ExportLink, { id: job.id }))).toBe('CONFLICT');
  });

  it('ends a signed link with its session (logout) and after its few minutes', async () => {
    const session = await api.login('county_admin');
    const { link } = await exportFile(session, { divisionCode: village });
    const expired = link.url.replace(/expires=\d+/, `expires=${Math.floor(Date.now() / 1000) - 1}`);
    expect((await download(expired)).status).toBe(401); // the signature covers the expiry
    await api.ok(session, 'mutation { logout }');
    const after = await download(link.url);
    expect(after.status).toBe(401);
    expect(after.json().error.message).toContain('注销');
  });

  it('gives the import error list as .xlsx', async () => {
    const rows = generateRows(villages)
      .rows.slice(0, 2)
      .map((r, i) => ({ ...r, 户编号: 'ERR-00001', 身份证号: idFor(1939, i), 参加医保: '有' }));
    const job = await runImport(county, await workbookBase64(rows));
    expect(job.status).toBe('FAILED');
    const { createImportErrorsDownloadLink: link } = await api.ok(county, ErrorsLink, { id: job.id });
    const file = await download(link.url);
    expect(file.status).toBe(200);
    const { headers, rows: listed } = await readWorkbook(file.body.toString('base64'));
    expect(headers).toEqual(['Excel 行号', '列名', '错误说明']);
    expect(listed).toEqual(
      job.errors.map((e) => ({ 'Excel 行号': String(e.row), 列名: e.column, 错误说明: e.message })),
    );
    expect(errorCode(await api.exec(county2, ErrorsLink, { id: job.id }))).toBe('NOT_FOUND');
  });
});

describe('correcting an exported file and importing it back (update mode)', () => {
  const village = '150121100201';
  type Sheet = { workbook: ExcelJS.Workbook; sheet: ExcelJS.Worksheet; col: (header: string) => number };
  const open = async (base64: string): Promise<Sheet> => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(base64, 'base64') as never);
    const sheet = workbook.getWorksheet('农户信息')!;
    const headers = (sheet.getRow(1).values as unknown[]).map(String);
    return { workbook, sheet, col: (header) => headers.indexOf(header) };
  };
  const save = async ({ workbook }: Sheet) => Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
  /** The Excel row of a person in the sheet. */
  const rowOf = ({ sheet, col }: Sheet, idNumber: string) => {
    let found = 0;
    sheet.eachRow((row, n) => {
      if (String(row.getCell(col('身份证号')).value) === idNumber) found = n;
    });
    return found;
  };
  const memberOf = async (householdNumber: string, relation: string) =>
    (
      await api.sql<{ id_number: string; work_place: string | null; version: number }>(
        `select m.id_number, m.work_place, m.version from household_member m join household h on h.id = m.household_id
      where h.household_number = ? and m.relation = ? and m.status = 'ACTIVE' order by m.birth_date limit 1`,
        [householdNumber, relation],
      )
    )[0];

  it('previews the changes, writes nothing until confirmed, then applies them audited; the file round-trips unchanged', async () => {
    const exported = await exportFile(county, { divisionCode: village });
    // Imported back untouched: nothing to update.
    const same = await runImport(county, exported.base64, false, 'UPDATE');
    expect(same).toMatchObject({ status: 'SUCCEEDED', changeCount: 0, message: '没有需要更新的内容' });

    const file = await open(exported.base64);
    const [first, second] = await api.sql<{ household_number: string; address: string }>(
      `select household_number, address from household where division_code = ? and status = 'ACTIVE' order by household_number limit 2`,
      [village],
    );
    const head = await memberOf(first.household_number, 'HEAD');
    const headRow = rowOf(file, head.id_number);
    expect(headRow).toBeGreaterThan(1);
    file.sheet.getRow(headRow).getCell(file.col('家庭住址')).value = '更正后的住址 1 号';
    file.sheet.getRow(headRow).getCell(file.col('务工地点')).value = '包头市';
    const job = await runImport(county, await save(file), false, 'UPDATE');
    expect(job).toMatchObject({ status: 'PREVIEW', mode: 'UPDATE', changeCount: 2, conflictCount: 0, errorCount: 0 });
    expect(job.changes).toEqual([
      {
        row: headRow,
        householdNumber: first.household_number,
        memberName: null,
        column: '家庭住址',
        before: first.address,
        after: '更正后的住址 1 号',
      },
      {
        row: headRow,
        householdNumber: first.household_number,
        memberName: expect.any(String),
        column: '务工地点',
        before: head.work_place ?? '',
        after: '包头市',
      },
    ]);
    // Preview only: nothing written yet.
    expect(
      (
        await api.sql<{ address: string }>(`select address from household where household_number = ?`, [
          first.household_number,
        ])
      )[0].address,
    ).toBe(first.address);

    // Only the starter confirms.
    expect(errorCode(await api.exec(await api.login('county_admin_2'), ApplyImport, { id: job.id }))).toBe('NOT_FOUND');
    await api.ok(county, ApplyImport, { id: job.id });
    const done = await pollImport(county, job.id);
    expect(done).toMatchObject({ status: 'SUCCEEDED', updatedHouseholds: 1, changeCount: 2, conflictCount: 0 });
    expect(
      (
        await api.sql<{ address: string }>(`select address from household where household_number = ?`, [
          first.household_number,
        ])
      )[0].address,
    ).toBe('更正后的住址 1 号');
    expect((await memberOf(first.household_number, 'HEAD')).work_place).toBe('包头市');
    expect(errorCode(await api.exec(county, ApplyImport, { id: job.id }))).toBe('CONFLICT');
    const audited = await api.sql<{ entity_name: string; actor_name: string }>(
      `select entity_name, actor_name from audit_entry where action = 'UPDATE' and request_id = (select request_id from audit_entry where action = 'UPDATE' and actor_name = 'county_admin' and entity_name = 'Household' order by at desc limit 1) order by entity_name`,
    );
    expect(audited).toEqual([
      { entity_name: 'Household', actor_name: 'county_admin' },
      { entity_name: 'Member', actor_name: 'county_admin' },
    ]);
    expect(second.household_number > first.household_number).toBe(true);
  });

  it('reports a household changed since the export as a conflict and writes nothing for it (at preview and at confirmation)', async () => {
    const exported = await exportFile(county, { divisionCode: village });
    const file = await open(exported.base64);
    const households = await api.sql<{ household_number: string; address: string }>(
      `select household_number, address from household where division_code = ? and status = 'ACTIVE' order by household_number limit 3`,
      [village],
    );
    const rows = await Promise.all(
      households.map(async (h) => rowOf(file, (await memberOf(h.household_number, 'HEAD')).id_number)),
    );
    rows.forEach((row, i) => {
      file.sheet.getRow(row).getCell(file.col('家庭住址')).value = `冲突测试 ${i}`;
    });
    // Someone else edits the first household after the export.
    await api.sql(`update household set address = '他人修改', version = version + 1 where household_number = ?`, [
      households[0].household_number,
    ]);

    const job = await runImport(county, await save(file), false, 'UPDATE');
    expect(job).toMatchObject({ status: 'PREVIEW', conflictCount: 1, changeCount: 2 });
    expect(job.errors).toEqual([{ row: rows[0], column: '户数据版本', message: expect.stringContaining('冲突') }]);
    expect(job.changes.map((c) => c.householdNumber)).toEqual([
      households[1].household_number,
      households[2].household_number,
    ]);

    // The second household changes between preview and confirmation: also a conflict.
    await api.sql(`update household set phone = '13100000000', version = version + 1 where household_number = ?`, [
      households[1].household_number,
    ]);
    await api.ok(county, ApplyImport, { id: job.id });
    const done = await pollImport(county, job.id);
    expect(done).toMatchObject({ status: 'SUCCEEDED', updatedHouseholds: 1, conflictCount: 2 });
    expect(done.message).toContain('2 户因导出后已被他人修改未更新');
    const after = await api.sql<{ household_number: string; address: string }>(
      `select household_number, address from household where household_number in (?, ?, ?) order by household_number`,
      households.map((h) => h.household_number),
    );
    expect(after.map((h) => h.address)).toEqual(['他人修改', households[1].address, '冲突测试 2']);
  });

  it('refuses unknown 户编号, members not in the household, a changed village, and needs pii.read', async () => {
    const exported = await exportFile(county, { divisionCode: village });
    const file = await open(exported.base64);
    const [h] = await api.sql<{ household_number: string }>(
      `select household_number from household where division_code = ? and status = 'ACTIVE' order by household_number limit 1`,
      [village],
    );
    const row = rowOf(file, (await memberOf(h.household_number, 'HEAD')).id_number);
    file.sheet.getRow(row).getCell(file.col('所在村代码')).value = '150121100202';
    file.sheet.getRow(2).getCell(file.col('户编号')).value =
      row === 2 ? file.sheet.getRow(2).getCell(file.col('户编号')).value : 'NOPE-0001';
    const job = await runImport(county, await save(file), false, 'UPDATE');
    expect(job.status).toBe('FAILED');
    expect(job.errors).toEqual(
      expect.arrayContaining([{ row, column: '所在村代码', message: expect.stringContaining('不能通过导入修改') }]),
    );
    expect(job.message).toContain('未更新任何数据');

    const masked = await exportFile(city, { divisionCode: village });
    const refused = await api.exec(city, ImportHouseholds, { file: masked.base64, mode: 'UPDATE' });
    expect(errorCode(refused)).toBe('FORBIDDEN');
  });

  it('cannot create through update mode nor update through create mode: an exported file imported as new reports 户编号 taken', async () => {
    const exported = await exportFile(county, { divisionCode: village });
    const job = await runImport(county, exported.base64);
    expect(job.status).toBe('FAILED');
    expect(job.errors.some((e) => e.message.includes('已存在'))).toBe(true);
  });
});

/** Further valid IDs for the smaller files, born in another year than the big file's. */
function idFor(year: number, i: number): string {
  const first17 = `150121${year}0101${String(951 + i * 2)}`;
  return first17 + checkCharacter(first17);
}

describe('formula injection (OWASP CSV injection): refused in names, neutralised in every export', () => {
  it('refuses a name or an address starting with =, +, - or @, in an import and through the API', async () => {
    const rows: Row[] = generateRows(villages)
      .rows.slice(0, 2)
      .map((r, i): Row => ({ ...r, 户编号: 'FORM-00001', 身份证号: idFor(1941, i) }));
    rows[0].姓名 = '=HYPERLINK("http://example.com","点我")';
    rows[1].姓名 = '@SUM(1+1)';
    rows[0].家庭住址 = '+东营村';
    const job = await runImport(county, await workbookBase64(rows));
    expect(job.status).toBe('FAILED');
    const messages = job.errors.map((e) => `${e.row}:${e.column}:${e.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        '2:姓名:姓名不能以 =、+、-、@ 开头（防止表格公式注入）',
        '3:姓名:姓名不能以 =、+、-、@ 开头（防止表格公式注入）',
        '2:家庭住址:家庭住址不能以 =、+、-、@ 开头（防止表格公式注入）',
      ]),
    );
    expect(await api.sql(`select 1 from household where household_number = 'FORM-00001'`)).toHaveLength(0);
    const created = await api.exec(
      county,
      `mutation($input: CreateHouseholdInput!) { createHousehold(input: $input) { id } }`,
      {
        input: {
          divisionCode: villages[0],
          address: '东营村',
          members: [{ name: '-1+2', idNumber: idFor(1941, 5), relation: 'HEAD', labourCapacity: 'ORDINARY' }],
        },
      },
    );
    expect(errorCode(created)).toBe('BAD_USER_INPUT');
    expect(errorMessage(created)).toContain('防止表格公式注入');
  });

  it('writes a formula-like text of older data with a leading quote; numbers, negative ones too, stay as they are', async () => {
    const village = '150121100201';
    const [member] = await api.sql<{ id: string; household_id: string }>(
      `select id, household_id from household_member where division_code = ? and status = 'ACTIVE' order by id limit 1`,
      [village],
    );
    await api.sql(`update household_member set name = '=1+1', work_place = '@cmd|/c calc' where id = ?`, [member.id]);
    await api.sql(`update household set address = '-东营村' where id = ?`, [member.household_id]);
    const { base64 } = await exportFile(county, { divisionCode: village });
    const { rows } = await readWorkbook(base64);
    const row = rows.find((r) => r.姓名.includes('=1+1'))!;
    expect(row.姓名).toBe("'=1+1");
    expect(row.家庭住址).toBe("'-东营村");
    expect(Object.values(row).filter((v) => /^[=+\-@]/.test(v) && !/^-?\d+(\.\d+)?$/.test(v))).toEqual([]);
    const { smallWorkbook } = await import('../../api/src/modules/imports/household-excel');
    const small = await smallWorkbook(
      '错误清单',
      [
        { key: 'a', header: 'A', width: 10 },
        { key: 'b', header: 'B', width: 10 },
      ],
      [{ a: '=SUM(A1)', b: '-12.50' }],
    );
    const read = await readWorkbook(small.toString('base64'));
    expect(read.rows).toEqual([{ A: "'=SUM(A1)", B: '-12.50' }]);
  });
});
