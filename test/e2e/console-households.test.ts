import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import ExcelJS from '../../api/node_modules/exceljs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { cloneDatabase, dropDatabase } from '../support/database';
import { openConsole, signIn, type ConsoleSession } from '../support/browser';
import { gqlHttp, loginHttp } from '../support/http';
import { checkCharacter } from '../../api/src/modules/households/id-number';

const databaseName = `ffp_e2e_${randomBytes(6).toString('hex')}`;
let session: ConsoleSession;
let householdId: string;

beforeAll(async () => {
  session = await openConsole(await cloneDatabase(inject('templateDatabase'), databaseName));
  const county = await loginHttp(session.url, 'county_admin');
  const { memberByIdNumber } = await gqlHttp<{ memberByIdNumber: { householdId: string } }>(
    session.url,
    county,
    `query { memberByIdNumber(idNumber: "150121198803150018") { householdId } }`,
  );
  householdId = memberByIdNumber.householdId;
  // Demo data is loaded in bulk (not anybody's change): give the household some history.
  const { household } = await gqlHttp<{
    household: { members: Array<{ id: string; version: number; relation: string }> };
  }>(session.url, county, `query($id: String!) { household(id: $id) { members { id version relation } } }`, {
    id: householdId,
  });
  const head = household.members.find((m) => m.relation === 'HEAD')!;
  await gqlHttp(
    session.url,
    county,
    `mutation($id: String!, $v: Int!) { updateMember(id: $id, version: $v, input: { workPlace: "呼和浩特市", workMonths: 8 }) { id } }`,
    { id: head.id, v: head.version },
  );
  await gqlHttp(
    session.url,
    county,
    `mutation($id: String!) { setHouseholdIncome(householdId: $id, year: 2024, input: { wages: "30000.00", operations: "12000.00" }) { id } }`,
    { id: householdId },
  );
});
afterAll(async () => {
  await session?.close();
  await dropDatabase(databaseName);
});

/** A small office file: two households, one with a bad ID check digit (row 4). */
async function smallFile(): Promise<string> {
  const headers = [
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
  const id = (day: number, seq: number) => {
    const f = `15012119320${day}01${seq}`;
    return f + checkCharacter(f);
  };
  const person = (number: string, name: string, idNumber: string, relation: string) =>
    ({
      户编号: number,
      所在村代码: '150121100202',
      家庭住址: '西营村幸福巷 9 号',
      联系电话: '13900001234',
      建档立卡登记状态: '一般农户',
      脱贫年度: '',
      整户无劳动能力: '否',
      低保户: '否',
      特困户: '否',
      易地搬迁户: '否',
      姓名: name,
      身份证号: idNumber,
      与户主关系: relation,
      民族: '汉族',
      文化程度: '初中',
      在校生状况: '非在校生',
      健康状况: '健康',
      残疾等级: '',
      劳动技能: '普通劳动力',
      务工地点: '',
      '务工时间（月）': 0,
      参加医保: '是',
      参加大病保险: '是',
      参加养老保险: '是',
      享受低保: '否',
      特困供养: '否',
    }) as Record<string, string | number>;
  const rows = [
    person('E2E-0001', '导入户主甲', id(1, 951), '户主'),
    person('E2E-0001', '导入配偶甲', id(1, 962), '配偶'),
    person('E2E-0002', '导入户主乙', id(2, 971).slice(0, 17) + (id(2, 971).endsWith('0') ? '1' : '0'), '户主'),
  ];
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('农户信息');
  sheet.addRow(headers);
  for (const row of rows) sheet.addRow(headers.map((h) => row[h] ?? null));
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ffp-import-')), '西营村农户.xlsx');
  fs.writeFileSync(file, Buffer.from(await workbook.xlsx.writeBuffer()));
  return file;
}

describe('the console’s 一户一档 and import, as county_admin', () => {
  it('opens a household page with members (full IDs for the county) and income by year', async () => {
    const { page, url } = session;
    await signIn(session, 'county_admin');
    await page.goto(`${url}/#/households/${householdId}/show`);
    await expect.poll(() => page.locator('main').innerText(), { timeout: 15_000 }).toContain('1501211002010000');
    await session.screenshot('household-basic');
    await page.locator('[data-testid="tab-members"]').click();
    await expect.poll(() => page.locator('main').innerText(), { timeout: 10_000 }).toContain('150121198803150018');
    expect(await page.locator('main').innerText()).toContain('王永强');
    await session.screenshot('household-members');
    await page.locator('[data-testid="tab-incomes"]').click();
    await expect.poll(() => page.locator('main').innerText(), { timeout: 10_000 }).toContain('人均纯收入');
    await session.screenshot('household-incomes');
    // 变更记录 for every household reader (county_admin has no audit.read): members and income years too.
    await page.locator('[data-testid="tab-history"]').click();
    await page.locator('[data-testid="household-history"]').waitFor({ timeout: 10_000 });
    const history = await page.locator('[data-testid="household-history"]').innerText();
    expect(history).toContain('家庭成员');
    expect(history).toContain('年度收支');
    // Records named by id read by name: the new income year, not its id.
    expect(history).toMatch(/编号：\d{4} 年收支/);
    expect(history).not.toMatch(/[0-9a-f]{8}…/);
    await session.screenshot('household-history');
  });

  it('imports a small file: the bad row is reported with its row number, then only the valid household is imported', async () => {
    const { page, url } = session;
    const file = await smallFile();
    await page.goto(`${url}/#/households/import`);
    await page.locator('[data-testid="import-file"]').setInputFiles(file);
    await page.locator('[data-testid="start-import"]').click();
    await expect
      .poll(() => page.locator('[data-testid="import-status"]').innerText(), { timeout: 20_000 })
      .toMatch(/失败/);
    const errors = await page.locator('[data-testid="import-errors"]').innerText();
    expect(errors).toContain('4');
    expect(errors).toContain('身份证号校验位不正确');
    await session.screenshot('import-failed');

    await page.locator('[data-testid="import-again"]').click();
    await page.locator('[data-testid="import-file"]').setInputFiles(file);
    await page.getByLabel('仅导入无误的农户').check();
    await page.locator('[data-testid="start-import"]').click();
    await expect
      .poll(() => page.locator('[data-testid="import-status"]').innerText(), { timeout: 20_000 })
      .toMatch(/完成|成功/);
    expect(await page.locator('[data-testid="import-message"]').innerText()).toContain('1 户');
    await session.screenshot('import-valid-only');
    const county = await loginHttp(url, 'county_admin');
    const { households } = await gqlHttp<{
      households: { total: number; items: Array<{ householdNumber: string; memberCount: number }> };
    }>(url, county, `query { households(filter: { search: "E2E-" }) { total items { householdNumber memberCount } } }`);
    expect(households.items).toEqual([{ householdNumber: 'E2E-0001', memberCount: 2 }]);
  });
});

describe('Excel both ways in the console, as county_admin', () => {
  it('exports a village, corrects a cell in the file, imports it back as an update, sees the preview and applies it', async () => {
    const { page, url } = session;
    // A fresh sign-in whatever the earlier tests left (a signed-in console skips the login form).
    await page.goto(url);
    await page.evaluate(() => localStorage.clear());
    await signIn(session, 'county_admin');
    // The list filtered to one village, then 导出 Excel: progress in a dialog, the file downloads by itself.
    await page.goto(
      `${url}/#/households?filter=${encodeURIComponent(JSON.stringify({ divisionCode: '150121100201' }))}`,
    );
    await page.locator('[data-testid="export-households"]').waitFor({ timeout: 15_000 });
    const downloading = page.waitForEvent('download', { timeout: 60_000 });
    await page.locator('[data-testid="export-households"]').click();
    await page.locator('[data-testid="export-dialog"]').waitFor({ timeout: 15_000 });
    await session.screenshot('export-progress');
    await page.locator('[data-testid="export-ready"]').waitFor({ timeout: 60_000 });
    const download = await downloading;
    expect(await page.locator('[data-testid="export-dialog"]').innerText()).toContain('导出完成');
    await session.screenshot('export-dialog');
    expect(download.suggestedFilename()).toMatch(/^农户信息_\d{8}-\d{4}\.xlsx$/);
    const exported = await download.path();
    await page.getByRole('button', { name: '关闭' }).click();

    // Corrected in "Excel": the contract person's 务工地点.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(exported);
    const sheet = workbook.getWorksheet('农户信息')!;
    const headers = (sheet.getRow(1).values as unknown[]).map(String);
    let row = 0;
    sheet.eachRow((r, n) => {
      if (String(r.getCell(headers.indexOf('身份证号')).value) === '150121198803150018') row = n;
    });
    expect(row).toBeGreaterThan(1);
    expect(String(sheet.getRow(row).getCell(headers.indexOf('务工地点')).value)).toBe('呼和浩特市');
    sheet.getRow(row).getCell(headers.indexOf('务工地点')).value = '鄂尔多斯市';
    const corrected = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ffp-update-')), '东营村_更正.xlsx');
    await workbook.xlsx.writeFile(corrected);

    await page.goto(`${url}/#/households/import`);
    await page.locator('[data-testid="mode-update"]').click();
    await page.locator('[data-testid="import-file"]').setInputFiles(corrected);
    await page.locator('[data-testid="start-import"]').click();
    await expect
      .poll(() => page.locator('[data-testid="import-status"]').innerText(), { timeout: 30_000 })
      .toMatch(/待确认/);
    const changes = await page.locator('[data-testid="import-changes"]').innerText();
    expect(changes).toContain('王永强');
    expect(changes).toContain('务工地点');
    expect(changes).toContain('呼和浩特市');
    expect(changes).toContain('鄂尔多斯市');
    expect(await page.locator('[data-testid="import-changes"] tbody tr').count()).toBe(1);
    await session.screenshot('import-update-preview');
    await page.locator('[data-testid="apply-import"]').click();
    await expect
      .poll(() => page.locator('[data-testid="import-status"]').innerText(), { timeout: 30_000 })
      .toMatch(/完成/);
    const message = await page.locator('[data-testid="import-message"]').innerText();
    expect(message).toContain('更新完成：1 户、1 处');
    // One success message, not two.
    expect(await page.getByText('更新完成', { exact: false }).count()).toBe(1);
    await session.screenshot('import-update-applied');

    const county = await loginHttp(url, 'county_admin');
    const { memberByIdNumber } = await gqlHttp<{ memberByIdNumber: { workPlace: string } }>(
      url,
      county,
      `query { memberByIdNumber(idNumber: "150121198803150018") { workPlace } }`,
    );
    expect(memberByIdNumber.workPlace).toBe('鄂尔多斯市');
  }, 180_000);
});

describe('the console’s 部门数据报送, as department_medical', () => {
  it('uploads a department file and shows the finished batch with its warning and unmatched ID', async () => {
    const { page, url } = session;
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('医保数据');
    sheet.addRow(['身份证号', '数据类别', '金额（元）', '残疾等级', '发生日期']);
    sheet.addRow(['150121198803150018', '医疗费用自付', 26000, null, '2026-08-01']);
    const unknown = '15012119250101601';
    sheet.addRow([unknown + checkCharacter(unknown), '医疗费用自付', 26000, null, '2026-08-01']);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ffp-dept-')), '医保报送.xlsx');
    fs.writeFileSync(file, Buffer.from(await workbook.xlsx.writeBuffer()));

    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await signIn(session, 'department_medical');
    await page.goto(`${url}/#/departmentBatches/create`);
    await page.locator('[data-testid="department-file"]').setInputFiles(file);
    await page.locator('[data-testid="start-department-import"]').click();
    await expect
      .poll(() => page.locator('[data-testid="department-status"]').innerText(), { timeout: 20_000 })
      .toContain('已完成');
    const text = await page.locator('main').innerText();
    expect(text).toContain(unknown + checkCharacter(unknown));
    expect(text).toContain('生成预警 1 条');
    await session.screenshot('department-upload');
  });
});
