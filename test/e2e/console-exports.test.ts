import ExcelJS from '../../api/node_modules/exceljs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, type ConsoleSession } from '../support/browser';
import { openDemoDay, type DemoDay } from '../support/demo-day';
import { gqlHttp, loginHttp } from '../support/http';

/**
 * county_admin's files on the demo story: the case list as filtered and the ticked cases, the
 * ticked households, and 监测督导, each through the export dialog to a downloaded .xlsx whose rows
 * are the ones on screen. And the home page asks for its counts by state in one request per view.
 */
let demo: DemoDay;
let session: ConsoleSession;
let county: string;

beforeAll(async () => {
  demo = await openDemoDay();
  session = demo.session;
  county = await loginHttp(session.url, 'county_admin');
  await signIn(session, 'county_admin');
}, 240_000);
afterAll(async () => {
  await demo?.close();
});

type Row = Record<string, string>;

/** Clicks an export button, waits for the dialog's download, and reads the file's first sheet. */
async function exportThrough(
  page: Page,
  button: string,
  screenshot: string,
): Promise<{ filename: string; headers: string[]; rows: Row[] }> {
  const downloading = page.waitForEvent('download', { timeout: 60_000 });
  await page.locator(`[data-testid="${button}"]`).click();
  await page.locator('[data-testid="export-ready"]').waitFor({ timeout: 60_000 });
  const download = await downloading;
  await session.screenshot(screenshot);
  const dialog = await page.locator('[data-testid="export-dialog"]').innerText();
  expect(dialog).toContain('导出完成');
  expect(dialog).not.toContain('已脱敏');
  await page.locator('[data-testid="export-dialog"]').getByRole('button', { name: '关闭' }).click();
  await page.locator('[data-testid="export-dialog"]').waitFor({ state: 'detached' });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await download.path());
  const sheet = workbook.worksheets[0];
  const headers = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
  const rows: Row[] = [];
  sheet.eachRow((row, n) => {
    if (n > 1)
      rows.push(
        Object.fromEntries(
          headers.map((h, i) => [h, row.getCell(i + 1).value === null ? '' : String(row.getCell(i + 1).value)]),
        ),
      );
  });
  return { filename: download.suggestedFilename(), headers, rows };
}

const caseTotal = async (args: string) =>
  (
    await gqlHttp<{ monitoringCases: { total: number } }>(
      session.url,
      county,
      `query { monitoringCases(offset: 0, limit: 1, ${args}) { total } }`,
    )
  ).monitoringCases.total;

describe('county_admin exports', () => {
  it('asks for the home page’s counts by state in one request per view, not one per state', async () => {
    const { page, url } = session;
    const operations: string[] = [];
    const listen = (request: { url(): string; postData(): string | null }) => {
      if (!request.url().endsWith('/graphql')) return;
      const name = /(?:query|mutation)\s+(\w+)/.exec(request.postData() ?? '')?.[1];
      if (name) operations.push(name);
    };
    page.on('request', listen);
    await page.goto(`${url}/#/`);
    await page.reload();
    await expect
      .poll(async () => /^\d+$/.test((await page.locator('[data-testid="all-state-LEAD-value"]').innerText()).trim()), {
        timeout: 30_000,
      })
      .toBe(true);
    await page.locator('[data-testid="pending-state-COUNTY_REVIEW-value"]').waitFor();
    page.off('request', listen);
    expect(operations.filter((o) => o === 'ConsoleMonitoringCaseCounts')).toHaveLength(2);
    // The list requests left are the cards' and 我的待办's own, a handful, not one per state.
    expect(operations.filter((o) => o === 'ConsoleMonitoringCases').length).toBeLessThanOrEqual(5);
    expect(Number(await page.locator('[data-testid="all-state-LEAD-value"]').innerText())).toBe(
      await caseTotal('states: [LEAD]'),
    );
  }, 60_000);

  it('exports the overdue cases as filtered, then only the two ticked', async () => {
    const { page, url } = session;
    await page.goto(`${url}/#/monitoringCases?filter=${encodeURIComponent(JSON.stringify({ view: 'overdue' }))}`);
    await page.locator('[data-testid="case-table"] tbody tr').first().waitFor({ timeout: 20_000 });
    const overdue = await caseTotal('overdue: true');
    expect(overdue).toBeGreaterThanOrEqual(3);

    const all = await exportThrough(page, 'export-cases', 'exports-1-overdue-cases');
    expect(all.filename).toMatch(/^监测案卷_\d{8}-\d{4}\.xlsx$/);
    expect(all.rows).toHaveLength(overdue);
    expect(
      all.rows.every((r) => r.是否逾期 === '是' && r['旗县（区）'] === '土默特左旗' && r['乡镇（街道）'] !== ''),
    ).toBe(true);
    const numbers = all.rows.map((r) => r.户编号);
    expect(numbers).toEqual([...numbers].sort());

    // Two rows ticked: 导出所选 writes exactly those two households' cases.
    const rows = page.locator('[data-testid="case-table"] tbody tr');
    const ticked: string[] = [];
    for (const index of [0, 1]) {
      ticked.push((await rows.nth(index).locator('td[class*="column-household.householdNumber"]').innerText()).trim());
      await rows.nth(index).locator('input[type="checkbox"]').check();
    }
    await page.locator('[data-testid="export-selected-cases"]').waitFor({ timeout: 20_000 });
    await session.screenshot('exports-2-cases-ticked');
    const selected = await exportThrough(page, 'export-selected-cases', 'exports-3-selected-cases');
    expect(selected.rows.map((r) => r.户编号).sort()).toEqual([...ticked].sort());
  }, 120_000);

  it('exports the two ticked households, every member of each', async () => {
    const { page, url } = session;
    await page.goto(
      `${url}/#/households?filter=${encodeURIComponent(JSON.stringify({ divisionCode: '150121100201' }))}`,
    );
    const rows = page.locator('[data-testid="household-table"] tbody tr');
    // The village's list (its first 户编号 is 东营村's), then two rows ticked.
    await expect
      .poll(() => rows.first().locator('td[class*="column-householdNumber"]').innerText(), { timeout: 30_000 })
      .toMatch(/^150121100201/);
    const ticked: string[] = [];
    for (const index of [0, 1]) {
      ticked.push((await rows.nth(index).locator('td[class*="column-householdNumber"]').innerText()).trim());
      await rows.nth(index).locator('input[type="checkbox"]').check();
    }
    await page.locator('[data-testid="export-selected-households"]').waitFor({ timeout: 20_000 });
    const { rows: members, filename } = await exportThrough(
      page,
      'export-selected-households',
      'exports-4-selected-households',
    );
    expect(filename).toMatch(/^农户信息_\d{8}-\d{4}\.xlsx$/);
    expect([...new Set(members.map((r) => r.户编号))].sort()).toEqual([...ticked].sort());
    const { households } = await gqlHttp<{
      households: { items: Array<{ householdNumber: string; memberCount: number }> };
    }>(
      session.url,
      county,
      `query { households(filter: { divisionCode: "150121100201" }, limit: 200) { items { householdNumber memberCount } } }`,
    );
    const expected = households.items
      .filter((h) => ticked.includes(h.householdNumber))
      .reduce((sum, h) => sum + h.memberCount, 0);
    expect(members).toHaveLength(expected);
  }, 120_000);

  it('exports 监测督导 of the county: its total and each township, as on the page', async () => {
    const { page, url } = session;
    await page.goto(`${url}/#/supervision`);
    await page.locator('[data-testid="supervision-table"] tbody tr').first().waitFor({ timeout: 20_000 });
    const onScreen = await page.locator('[data-testid="supervision-table"] tbody tr').count();
    // The table fits a desktop screen: the page does not scroll sideways.
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
    ).toBeLessThanOrEqual(0);
    const { filename, rows } = await exportThrough(page, 'export-supervision', 'exports-5-supervision');
    expect(filename).toMatch(/^监测督导_土默特左旗_\d{8}-\d{4}\.xlsx$/);
    expect(rows).toHaveLength(onScreen);
    expect(rows[0].区划).toBe('土默特左旗（合计）');
    expect(Number(rows[0].逾期案卷)).toBe(await caseTotal('overdue: true'));
  }, 90_000);
});

describe('county_admin on a phone (390 × 844)', () => {
  it('ticks two household cards and exports just those', async () => {
    const { page, url } = session;
    await page.setViewportSize({ width: 390, height: 844 });
    try {
      await page.goto(
        `${url}/#/households?filter=${encodeURIComponent(JSON.stringify({ divisionCode: '150121100201' }))}`,
      );
      // Loaded afresh at phone width, as a phone opens it (narrowing a desktop window leaves the menu drawn open over the page).
      await page.reload();
      const cards = page.locator('[data-testid="household-cards-item"]');
      await expect.poll(() => cards.count(), { timeout: 30_000 }).toBeGreaterThan(2);
      const ticked: string[] = [];
      for (const index of [0, 1]) {
        ticked.push((await cards.nth(index).innerText()).match(/\d{17}/)![0]);
        await cards.nth(index).locator('[data-testid="phone-select-item"] input').check();
      }
      await expect.poll(() => page.locator('[data-testid="phone-bulk-bar"]').innerText()).toContain('已选 2 项');
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      await session.screenshot('exports-6-phone-ticked');
      const { rows } = await exportThrough(page, 'export-selected-households', 'exports-6-phone-households');
      expect([...new Set(rows.map((r) => r.户编号))].sort()).toEqual([...ticked].sort());
    } finally {
      await page.setViewportSize({ width: 1400, height: 900 });
    }
  }, 120_000);
});
