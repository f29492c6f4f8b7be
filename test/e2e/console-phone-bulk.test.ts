import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, type ConsoleSession } from '../support/browser';
import { openDemoDay, type DemoDay } from '../support/demo-day';
import { gqlHttp, loginHttp } from '../support/http';

/**
 * Bulk work from a phone (390 × 844): the 监测案卷 and 部门预警 lists are cards there, each with a
 * checkbox, and the bulk buttons sit above the cards once something is selected.
 */
let demo: DemoDay;
let session: ConsoleSession;
const sql = <T = Record<string, any>>(text: string, params: unknown[] = []) => demo.sql<T>(text, params);

beforeAll(async () => {
  // The demo's working day (cases awaiting the township, warnings awaiting the county), as `npm start` seeds it.
  demo = await openDemoDay();
  session = demo.session;
  await session.page.setViewportSize({ width: 390, height: 844 });
}, 240_000);
afterAll(async () => {
  await demo?.close();
});

const pageWidth = () => session.page.evaluate(() => document.documentElement.scrollWidth);
const listUrl = (resource: string, filter: Record<string, unknown>) =>
  `${session.url}/#/${resource}?filter=${encodeURIComponent(JSON.stringify(filter))}`;

describe('township_officer on a phone', () => {
  it('selects the two cases awaiting township review on their cards and approves them in bulk', async () => {
    const { page, url } = session;
    const township = await loginHttp(url, 'township_officer');
    const waiting = await gqlHttp<{ monitoringCases: { items: Array<{ id: string }> } }>(
      url,
      township,
      `query { monitoringCases(offset: 0, limit: 50, states: [TOWNSHIP_REVIEW], pendingForMe: true) { items { id } } }`,
    );
    expect(waiting.monitoringCases.items.length).toBe(2);

    await signIn(session, 'township_officer');
    await page.goto(listUrl('monitoringCases', { view: 'pending', states: ['TOWNSHIP_REVIEW'] }));
    const cards = page.locator('[data-testid="case-cards-item"]');
    await expect.poll(() => cards.count(), { timeout: 20_000 }).toBe(2);
    // No bulk button before anything is selected.
    expect(await page.locator('[data-testid="bulk-APPROVE_TOWNSHIP"]').count()).toBe(0);

    for (const card of await cards.all()) await card.locator('[data-testid="phone-select-item"] input').check();
    await expect.poll(() => page.locator('[data-testid="phone-bulk-bar"]').innerText()).toContain('已选 2 项');
    const approve = page.locator('[data-testid="bulk-APPROVE_TOWNSHIP"]');
    expect(await approve.isVisible()).toBe(true);
    expect(await approve.innerText()).toContain('批量乡镇审核通过');
    const box = (await approve.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    // 导出所选 is there too (townships export their cases), labelled and on the screen.
    const exportSelected = page.locator('[data-testid="export-selected-cases"]');
    expect(await exportSelected.innerText()).toContain('导出所选');
    const exportBox = (await exportSelected.boundingBox())!;
    expect(exportBox.x + exportBox.width).toBeLessThanOrEqual(390);
    expect(await pageWidth()).toBeLessThanOrEqual(390);
    // The bar names the page in full (the platform's name gives way on a phone).
    const title = page.locator('#react-admin-title');
    expect(await title.innerText()).toContain('监测案卷');
    expect(await title.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    await session.screenshot('phone-bulk-1-cases-selected');

    // One click asks first: the step, the number of cases, an optional note. 取消 changes nothing.
    const ids = waiting.monitoringCases.items.map((c) => c.id);
    await approve.click();
    const dialog = page.locator('[data-testid="bulk-confirm"]');
    await dialog.waitFor({ timeout: 10_000 });
    expect(await dialog.locator('[data-testid="bulk-confirm-count"]').innerText()).toContain(
      '将对所选 2 件案卷办理「乡镇审核通过，报县级认定」',
    );
    expect(await dialog.locator('[data-testid="bulk-confirm-ok"]').innerText()).toContain('确认办理（2 件）');
    const dialogBox = (await dialog.locator('.MuiDialog-paper').boundingBox())!;
    expect(dialogBox.x + dialogBox.width).toBeLessThanOrEqual(390);
    await session.screenshot('phone-bulk-1b-confirm');
    await dialog.getByRole('button', { name: '取消' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.waitForTimeout(500);
    expect(
      (await sql<{ state: string }>(`select state from monitoring_case where id = any($1::uuid[])`, [ids])).map(
        (s) => s.state,
      ),
    ).toEqual(['TOWNSHIP_REVIEW', 'TOWNSHIP_REVIEW']);

    await approve.click();
    await dialog.locator('textarea[name="bulkNote"]').fill('两户材料齐全，同意上报');
    await dialog.locator('[data-testid="bulk-confirm-ok"]').click();
    await expect.poll(() => page.getByText('已办理 2 件，0 件未办理').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    const states = await sql<{ state: string }>(`select state from monitoring_case where id = any($1::uuid[])`, [ids]);
    expect(states.map((s) => s.state)).toEqual(['COUNTY_REVIEW', 'COUNTY_REVIEW']);
    // The note is on each case's record of the step.
    const notes = await sql<{ note: string }>(
      `select note from case_event where case_id = any($1::uuid[]) and action = 'APPROVE_TOWNSHIP'`,
      [ids],
    );
    expect(notes.map((n) => n.note)).toEqual(['两户材料齐全，同意上报', '两户材料齐全，同意上报']);
    await expect.poll(() => cards.count(), { timeout: 20_000 }).toBe(0);
    await page.getByText('在当前筛选条件下没有找到').first().waitFor();
    expect(await pageWidth()).toBeLessThanOrEqual(390);
    await session.screenshot('phone-bulk-2-cases-approved');
  }, 120_000);
});

describe('county_admin on a phone', () => {
  it('selects two pending department warnings on their cards and dismisses them in bulk with one reason', async () => {
    const { page } = session;
    const pending = async () =>
      (
        await sql<{ id: string }>(`select id from department_warning where status = 'PENDING' order by created_at, id`)
      ).map((w) => w.id);
    const before = await pending();
    expect(before.length).toBeGreaterThanOrEqual(3);

    await page.evaluate(() => localStorage.clear());
    await signIn(session, 'county_admin');
    // Signed in and at home before leaving for the list (the sign-in's own redirect has happened).
    await page.locator('[data-testid="dashboard-cards"]').waitFor({ timeout: 30_000 });
    await page.goto(listUrl('departmentWarnings', { status: 'PENDING' }));
    const cards = page.locator('[data-testid="warning-cards-item"]');
    await expect.poll(() => cards.count(), { timeout: 40_000 }).toBe(before.length);
    // Each card keeps its own judging buttons too.
    expect(await cards.first().locator('[data-testid="dismiss-warning"]').isVisible()).toBe(true);
    expect(await pageWidth()).toBeLessThanOrEqual(390);

    await cards.nth(0).locator('[data-testid="phone-select-item"] input').check();
    await cards.nth(1).locator('[data-testid="phone-select-item"] input').check();
    await expect.poll(() => page.locator('[data-testid="phone-bulk-bar"]').innerText()).toContain('已选 2 项');
    expect(await page.locator('[data-testid="bulk-dismiss"]').innerText()).toContain('批量排除');
    expect(await pageWidth()).toBeLessThanOrEqual(390);
    await session.screenshot('phone-bulk-3-warnings-selected');

    await page.locator('[data-testid="bulk-dismiss"]').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('排除所选 2 条预警').waitFor();
    await dialog.locator('textarea[name="reason"]').fill('已核实：费用已由大病保险二次报销');
    await dialog.locator('button[type="submit"]').click();
    await expect.poll(() => page.getByText('已办理 2 件，0 件未办理').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    expect(await pending()).toHaveLength(before.length - 2);
    const dismissed = await sql<{ handle_note: string }>(
      `select handle_note from department_warning where status = 'DISMISSED' and handle_note = '已核实：费用已由大病保险二次报销'`,
    );
    expect(dismissed).toHaveLength(2);
    await expect.poll(() => cards.count(), { timeout: 20_000 }).toBe(before.length - 2);
    await session.screenshot('phone-bulk-4-warnings-dismissed');
  }, 120_000);
});
