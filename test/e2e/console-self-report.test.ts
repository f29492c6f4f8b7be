import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { cloneDatabase, dropDatabase } from '../support/database';
import { openConsole, signIn, type ConsoleSession } from '../support/browser';
import { checkCharacter } from '../../api/src/modules/households/id-number';

const databaseName = `ffp_e2e_${randomBytes(6).toString('hex')}`;
let databaseUrl: string;
let session: ConsoleSession;

beforeAll(async () => {
  databaseUrl = await cloneDatabase(inject('templateDatabase'), databaseName);
  session = await openConsole(databaseUrl);
});
afterAll(async () => {
  await session?.close();
  await dropDatabase(databaseName);
});

async function sql(text: string, params: unknown[] = []) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query(text, params)).rows;
  } finally {
    await client.end();
  }
}

/** Chooses an option of one of the page's selects (MUI renders the list in a popover). */
async function choose(testId: string, option: string) {
  const { page } = session;
  await page.locator(`[data-testid="${testId}"]`).locator('xpath=..').locator('[role="combobox"]').click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

describe('农户自主申报 on a phone (390×844), without signing in', () => {
  it('shows field errors, then submits; the village officer sees the report in the queue', async () => {
    const { page, url } = session;
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${url}/#/self-report`);
    await page.getByRole('heading', { name: '农户自主申报' }).waitFor({ timeout: 15_000 });
    // Nothing in the way on a phone: the form is no wider than the screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

    // Sending an empty form shows what is missing, under each field, and sends nothing.
    await page.getByRole('button', { name: '提交申报' }).click();
    await page.getByText('请选择所在村（社区）').waitFor();
    await page.getByText('姓名应为 2 到 20 个汉字').waitFor();
    await session.screenshot('self-report-phone-errors');

    await choose('pick-province', '内蒙古自治区');
    await choose('pick-city', '呼和浩特市');
    await choose('pick-county', '土默特左旗');
    await choose('pick-township', '察素齐镇');
    await choose('pick-village', '东营村');
    await page.fill('input[name="name"]', '张桂兰');
    // A wrong check digit is caught by the server and shown under the field.
    const first17 = '15012119310101777';
    await page.fill('input[name="idNumber"]', `${first17}${checkCharacter(first17) === '0' ? '1' : '0'}`);
    await page.fill('input[name="phone"]', '13847112345');
    await choose('pick-difficulty', '因病');
    await page.fill('textarea[name="description"]', '老伴住院做手术，自付四万多元，家里没有别的收入');
    await page.getByRole('button', { name: '提交申报' }).click();
    await page.getByText('身份证号校验位不正确').waitFor({ timeout: 15_000 });
    expect(await sql(`select 1 from self_report`)).toHaveLength(0);

    await page.fill('input[name="idNumber"]', first17 + checkCharacter(first17));
    await page.getByRole('button', { name: '提交申报' }).click();
    const receipt = page.locator('[data-testid="self-report-receipt"]');
    await receipt.waitFor({ timeout: 15_000 });
    expect(await receipt.innerText()).toContain('已收到您的申报');
    await session.screenshot('self-report-phone-received');
    const [row] = await sql(`select division_code, name, household_id, status from self_report`);
    expect(row).toEqual({ division_code: '150121100201', name: '张桂兰', household_id: null, status: 'PENDING' });

    // The village officer finds it in the queue, marked as not yet registered.
    await page.setViewportSize({ width: 1400, height: 900 });
    await signIn(session, 'village_officer');
    await page.goto(`${url}/#/selfReports`);
    const table = page.locator('[data-testid="self-report-table"]');
    await table.getByText('张桂兰').waitFor({ timeout: 15_000 });
    expect(await table.innerText()).toContain('未建档');
    await session.screenshot('self-report-queue');
  }, 90_000);
});

describe('the policy page shows the new monitoring settings', () => {
  it('lists the procedure template and the department-warning settings with their source', async () => {
    const { page, url } = session;
    await page.evaluate(() => localStorage.clear()); // sign the village officer out
    await page.goto(`${url}/#/login`);
    await page.reload();
    await signIn(session, 'county_admin');
    await page.goto(`${url}/#/policies`);
    const table = page.locator('[data-testid="effective-policy"]');
    await table.waitFor({ timeout: 15_000 });
    await table.locator('[data-testid="policy-warningWindowMonths"]').getByText('12 个月').waitFor({ timeout: 15_000 });
    expect(await table.locator('[data-testid="policy-procedureTemplate"]').innerText()).toContain('监测程序模板');
    expect(await table.locator('[data-testid="policy-disabilityWarningGrade"]').innerText()).toContain('2 级');
    await session.screenshot('policy-page-new-fields');
  }, 60_000);
});
