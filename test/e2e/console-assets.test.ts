import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { cloneDatabase, dropDatabase } from '../support/database';
import { openConsole, signIn, type ConsoleSession } from '../support/browser';

const databaseName = `ffp_e2e_${randomBytes(6).toString('hex')}`;
const DONGYING = '150121100201';
const YEAR = new Date().getFullYear();
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

async function sql<R = Record<string, unknown>>(text: string, params: unknown[] = []): Promise<R[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query(text, params)).rows as R[];
  } finally {
    await client.end();
  }
}

async function switchTo(username: string) {
  await session.page.evaluate(() => localStorage.clear());
  await session.page.reload();
  await signIn(session, username);
}

/** Picks an option of the n-th MUI select inside a container. */
async function choose(container: string, index: number, option: string | RegExp | null) {
  const { page } = session;
  await page.locator(`${container} [role="combobox"]`).nth(index).click();
  const options = page.locator('li[role="option"]');
  await options.first().waitFor();
  if (option === null) await options.filter({ hasNotText: '优先户' }).first().click();
  else await options.filter({ hasText: option }).first().click();
}

async function openPlanYear(year: number) {
  const { page, url } = session;
  await page.goto(`${url}/#/collectiveIncome`);
  await page.reload();
  await page.locator('[data-testid="village-code"]').waitFor();
  await expect.poll(() => page.locator('[data-testid="village-code"]').inputValue()).toBe(DONGYING);
  await page.locator('[role="combobox"]').first().click();
  await page
    .locator('li[role="option"]')
    .filter({ hasText: String(year) })
    .first()
    .click();
  await page.locator('[data-testid="village-income"]').waitFor();
}

describe('the ledger (seed 000 二(三): "摸清底数、明晰产权、健全台账、规范管理")', () => {
  it("county officer filters the ledger and reads an asset's history and shares", async () => {
    await signIn(session, 'county_admin');
    const { page, url } = session;
    await page.goto(`${url}/#/assets`);
    await page.locator('[data-testid="asset-row"]').first().waitFor({ timeout: 15_000 });
    await choose('', 1, '养殖场');
    await expect.poll(() => page.locator('[data-testid="asset-row"]').count()).toBe(1);
    await page.locator('[data-testid="asset-row"]').first().click();
    const history = page.locator('[data-testid="asset-history"]');
    await history.waitFor();
    await expect.poll(() => history.innerText()).toContain('重新发包');
    expect(await history.innerText()).toContain('账面价值变更');
    expect(await history.innerText()).toContain('闲置');
    await session.screenshot('assets-1-history');
    await page.keyboard.press('Escape');
    await page.locator('[data-testid="tab-projects"]').click();
    await page.locator('[data-testid="project-card"]').first().waitFor();
    expect(await page.locator('body').innerText()).toContain('已报账');
    await session.screenshot('assets-2-projects');
  }, 180_000);
});

describe('a distribution plan (seed 000 二(三): "防止一股了之、泛福利化…推动集体收益差异化二次分配")', () => {
  it('village officer records the income, builds a plan, sees the guards fire as amounts are typed, and submits with a justification', async () => {
    await switchTo('village_officer');
    const { page } = session;
    await openPlanYear(YEAR);
    // This year's income: leasing 50,000 yuan, no costs → 50,000 distributable (no asset income yet this year).
    const income = page.locator('[data-testid="village-income"] input');
    await income.nth(1).fill('50000');
    await page.getByRole('button', { name: '保存收益' }).click();
    await expect.poll(() => page.locator('[data-testid="distributable"]').innerText()).toContain('50,000');
    await page.locator('[data-testid="plan-editor"]').waitFor();

    await page.locator('[data-testid="add-fund-line"]').click();
    await page.locator('[data-testid="line-amount-0"]').fill('10000');
    await page.locator('[data-testid="line-reason-0"]').fill('提取公积金');
    await page.locator('[data-testid="add-household-line"]').click();
    await choose('[data-testid="plan-line-1"]', 1, null);
    await page.locator('[data-testid="line-reason-1"]').fill('护路公益岗位');
    await page.locator('[data-testid="line-condition-1"]').fill('全年护路出勤 200 天以上');
    // Typing an amount that pushes the total over the distributable income: the guard fires at once.
    await page.locator('[data-testid="line-amount-1"]').fill('45000');
    await page.locator('[data-testid="guard-OVER_DISTRIBUTION"]').waitFor({ timeout: 10_000 });
    expect(await page.locator('[data-testid="save-plan"]').isDisabled()).toBe(true);
    await session.screenshot('income-1-over-distribution');

    await page.locator('[data-testid="line-amount-1"]').fill('1200');
    await expect.poll(() => page.locator('[data-testid="guard-OVER_DISTRIBUTION"]').count()).toBe(0);
    // One household paid, the priority households not: seed 002's priority guard fires.
    await page.locator('[data-testid="guard-PRIORITY_LEFT_OUT"]').waitFor({ timeout: 10_000 });
    await session.screenshot('income-2-priority-left-out');

    await page.locator('[data-testid="justification"]').fill('优先户已由光伏收益分红覆盖，本次为公益岗位报酬');
    await page.locator('[data-testid="save-plan"]').click();
    await page.locator('[data-testid="plan-state"]').waitFor();
    expect(await page.locator('[data-testid="plan-state"]').innerText()).toContain('村级拟定');
    await page.locator('[data-testid="plan-action-SUBMIT"]').click();
    await page.locator('[data-testid="prompt-submit"]').click();
    await expect
      .poll(() => page.locator('[data-testid="plan-state"]').innerText(), { timeout: 15_000 })
      .toContain('乡镇审核');
  }, 180_000);

  it('township reviews; after the public notice the plan is approved', async () => {
    await switchTo('township_officer');
    const { page } = session;
    await openPlanYear(YEAR);
    await page.locator('[data-testid="plan-action-APPROVE_TOWNSHIP"]').click();
    await page.locator('[data-testid="prompt-submit"]').click();
    await expect
      .poll(() => page.locator('[data-testid="plan-state"]').innerText(), { timeout: 15_000 })
      .toContain('公示中');
    // The region's five notice days pass.
    await sql(`update distribution_plan set notice_ends_on = current_date - 1 where division_code = $1 and year = $2`, [
      DONGYING,
      YEAR,
    ]);
    await openPlanYear(YEAR);
    await page.locator('[data-testid="plan-action-CONFIRM"]').click();
    await page.locator('[data-testid="prompt-submit"]').click();
    await expect
      .poll(() => page.locator('[data-testid="plan-state"]').innerText(), { timeout: 15_000 })
      .toContain('已批准');
    // The township also applies for special-fund projects (seed 003, 19: "镇（街）申报"): the form is there.
    await page.goto(`${session.url}/#/assets`);
    await page.locator('[data-testid="tab-projects"]').click();
    await page.locator('[data-testid="apply-project"]').click();
    await page.getByText('扶持对象（申报即公示）').first().waitFor();
    await session.screenshot('assets-3-apply');
    await page.getByRole('button', { name: '取消' }).click();
  }, 180_000);

  it("village officer records the payment; it reaches the household's property income", async () => {
    await switchTo('village_officer');
    const { page } = session;
    const [line] = await sql<{ household_id: string }>(
      `select l.household_id from distribution_line l join distribution_plan p on p.id = l.plan_id where p.division_code = $1 and p.year = $2 and l.kind = 'HOUSEHOLD'`,
      [DONGYING, YEAR],
    );
    const before = await sql<{ property: string }>(
      `select property::text from household_income where household_id = $1 and year = $2`,
      [line.household_id, YEAR],
    );
    await openPlanYear(YEAR);
    await page.locator('[data-testid="pay-1"]').click();
    await expect.poll(() => page.locator('[data-testid="prompt-amount"]').inputValue()).toBe('1200.00');
    await page.locator('[data-testid="prompt-submit"]').click();
    await page.locator('[data-testid="payments"]').waitFor({ timeout: 15_000 });
    expect(await page.locator('[data-testid="payments"]').innerText()).toContain('1,200');
    await session.screenshot('income-3-paid');
    const after = await sql<{ property: string }>(
      `select property::text from household_income where household_id = $1 and year = $2`,
      [line.household_id, YEAR],
    );
    expect(Math.round(Number(after[0].property) * 100)).toBe(
      Math.round(Number(before[0]?.property ?? 0) * 100) + 120000,
    );
  }, 180_000);
});
