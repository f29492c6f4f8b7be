import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Kind, parse, print } from 'graphql';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { cloneDatabase, dropDatabase } from '../support/database';
import { openConsole, signIn, type ConsoleSession } from '../support/browser';

/**
 * Partner accounts in the console: the insurer's 防贫保 page and the dashboard account's statistics,
 * each sending only the public contract's operations (schema/contract), as the API demands of partners.
 */
const databaseName = `ffp_e2e_${randomBytes(6).toString('hex')}`;
const contractDir = path.resolve(__dirname, '..', '..', 'schema', 'contract');
let session: ConsoleSession;

/** Each contract operation printed by graphql-js, as the API's allow-list compares them. */
const contractOperations = new Map<string, string>();
for (const file of fs.readdirSync(contractDir).filter((f) => f.endsWith('.graphql'))) {
  for (const definition of parse(fs.readFileSync(path.join(contractDir, file), 'utf8')).definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION)
      contractOperations.set(print(definition), definition.name!.value);
  }
}

interface SentOperation {
  name: string | null;
  authorized: boolean;
  query: string;
}

/** Every POST /graphql the page sends, with the contract operation it is (null: not one). */
function recordOperations(page: Page): SentOperation[] {
  const sent: SentOperation[] = [];
  page.on('request', (request) => {
    if (request.method() !== 'POST' || !new URL(request.url()).pathname.endsWith('/graphql')) return;
    const { query } = request.postDataJSON() as { query: string };
    const document = parse(query);
    const name =
      document.definitions.length === 1 ? (contractOperations.get(print(document.definitions[0])) ?? null) : null;
    sent.push({ name, authorized: Boolean(request.headers().authorization), query });
  });
  return sent;
}

/** Signing in sends the console's own login (no session yet, so no partner rule applies); nothing else may be outside the contract. */
function expectOnlyContract(sent: SentOperation[], expected: string[]) {
  const signedIn = sent.filter((s) => s.authorized);
  const outside = signedIn.filter((s) => s.name === null).map((s) => s.query.slice(0, 80));
  expect(outside).toEqual([]);
  for (const name of expected) expect(signedIn.map((s) => s.name)).toContain(name);
  expect(sent.filter((s) => !s.authorized).every((s) => /mutation ConsoleLogin\b/.test(s.query))).toBe(true);
}

beforeAll(async () => {
  session = await openConsole(await cloneDatabase(inject('templateDatabase'), databaseName));
});
afterAll(async () => {
  await session?.close();
  await dropDatabase(databaseName);
});

describe('partners in the console', () => {
  it('the insurer checks the contract example person, files the claim and follows it, sending only contract operations', async () => {
    const { page } = session;
    const sent = recordOperations(page);
    await signIn(session, 'insurer');
    // Home is the 防贫保 page, and the menu offers it; no "no permission" anywhere.
    await page.locator('[data-testid="insurer-page"]').waitFor({ timeout: 20_000 });
    await expect
      .poll(() => page.locator('[data-testid="insurer-claims"] tbody tr').count(), { timeout: 15_000 })
      .toBeGreaterThan(0);
    expect(await page.getByRole('menuitem', { name: '防贫保理赔' }).count()).toBe(1);
    expect(await page.locator('body').innerText()).not.toContain('您没有访问此页面的权限');
    expect(await page.locator('[data-testid="welcome-card"]').count()).toBe(0);
    const totalBefore = Number(
      (await page.locator('[data-testid="insurer-claim-total"]').innerText()).match(/\d+/)![0],
    );

    // 王永强 (ID 150121198803150018): illness, 86,000 total, 51,000 reimbursed → 35,000 self-paid, 12,000 payable.
    await page.fill('input[name="idNumber"]', '150121198803150018');
    await page.fill('input[name="incidentDate"]', '2026-03-02');
    await page.fill('input[name="totalCost"]', '86000');
    await page.fill('input[name="reimbursedAmount"]', '51000');
    await page.click('[data-testid="check-eligibility"]');
    await page.locator('[data-testid="eligibility-answer"]').waitFor({ timeout: 15_000 });
    expect(await page.locator('[data-testid="eligibility-verdict"]').innerText()).toBe('符合赔付条件');
    expect(await page.locator('[data-testid="eligibility-payout"]').innerText()).toContain('12,000.00');
    expect(await page.locator('[data-testid="eligibility-self-paid"]').innerText()).toContain('35,000.00');
    expect(await page.locator('[data-testid="eligibility-bands"] tbody tr').count()).toBeGreaterThan(0);
    await session.screenshot('partners-1-insurer-eligible');

    // An uninsured loss says why, in Chinese: reimbursed all but 500 yuan.
    await page.fill('input[name="reimbursedAmount"]', '85500');
    await page.click('[data-testid="check-eligibility"]');
    await page.locator('[data-testid="eligibility-reasons"]').waitFor({ timeout: 15_000 });
    expect(await page.locator('[data-testid="eligibility-verdict"]').innerText()).toBe('不符合赔付条件');
    expect(await page.locator('[data-testid="eligibility-reasons"]').innerText()).toMatch(/[\u4e00-\u9fff]{4,}/);
    expect(await page.locator('[data-testid="file-claim"]').count()).toBe(0);
    await session.screenshot('partners-2-insurer-not-eligible');

    // File the eligible loss; it appears in the list, waiting for the county.
    await page.fill('input[name="reimbursedAmount"]', '51000');
    await page.click('[data-testid="check-eligibility"]');
    await page.locator('[data-testid="file-claim"]').waitFor({ timeout: 15_000 });
    await page.fill('input[name="externalReference"]', 'E2E-2026-0001');
    await page.click('[data-testid="file-claim"]');
    await expect
      .poll(() => page.locator('[data-testid="insurer-claim-total"]').innerText(), { timeout: 15_000 })
      .toBe(`共 ${totalBefore + 1} 件`);
    const filed = page.locator('[data-testid="insurer-claims"] tbody tr', { hasText: '2026-03-02' });
    await expect.poll(() => filed.count(), { timeout: 15_000 }).toBe(1);
    expect(await filed.innerText()).toContain('12,000.00');
    expect(await filed.innerText()).toContain('已报案待审核');
    await page.waitForTimeout(300);
    await session.screenshot('partners-3-insurer-filed');

    // The menu entry opens the same page.
    await page.getByRole('menuitem', { name: '防贫保理赔' }).click();
    await page.locator('[data-testid="insurer-page"]').waitFor({ timeout: 15_000 });
    expect(await page.locator('body').innerText()).not.toContain('您没有访问此页面的权限');

    expectOnlyContract(sent, ['ClaimEligibility', 'FileClaim', 'Claims']);
    // A refusal of the allow-list would have been a 403 shown in red: none.
    expect(await page.locator('.MuiAlert-standardError').count()).toBe(0);
  }, 120_000);

  it('the dashboard account sees its statistics, drills down to a township, with only contract operations', async () => {
    const { page } = session;
    await page.evaluate(() => localStorage.clear());
    const sent = recordOperations(page);
    await signIn(session, 'dashboard');
    await page.locator('[data-testid="partner-statistics"]').waitFor({ timeout: 20_000 });
    await expect
      .poll(() => page.locator('[data-testid="stat-households-value"]').innerText(), { timeout: 15_000 })
      .toMatch(/^\d[\d,]*$/);
    await page.locator('[data-testid="chart-children"] canvas').first().waitFor();
    await page.locator('[data-testid="chart-trend"] canvas').first().waitFor();
    await page.waitForTimeout(800); // chart animation
    await session.screenshot('partners-4-dashboard-city');

    await page.locator('[data-testid="stat-row-150121000000"] button').click();
    await expect
      .poll(() => page.locator('[data-testid="statistics-breadcrumbs"]').innerText(), { timeout: 15_000 })
      .toContain('土默特左旗');
    await page.locator('[data-testid="stat-row-150121100000"] button').click();
    await expect
      .poll(() => page.locator('[data-testid="statistics-breadcrumbs"]').innerText(), { timeout: 15_000 })
      .toMatch(/土默特左旗.*\n?.*镇|土默特左旗.*乡/s);
    // Read-only figures are rounded to multiples of 5 (controlled rounding), never shown exactly, and the page says so.
    await page.locator('[data-testid="statistics-children"]').waitFor({ timeout: 15_000 });
    const villageHouseholds = await page
      .locator('[data-testid="statistics-children"] tbody tr')
      .evaluateAll((rows) =>
        rows.map((row) => row.querySelectorAll('td')[1]?.textContent?.replace(/[^0-9]/g, '') ?? ''),
      );
    expect(villageHouseholds.length).toBeGreaterThan(0);
    for (const figure of villageHouseholds) expect(Number(figure) % 5, figure).toBe(0);
    expect(await page.locator('[data-testid="statistics-rounding-note"]').innerText()).toContain('5 的倍数');
    await page.waitForTimeout(800);
    await session.screenshot('partners-5-dashboard-township');

    expect(await page.locator('.MuiAlert-standardError').count()).toBe(0);
    expect(await page.locator('body').innerText()).not.toContain('合作方账号只能发送');
    expectOnlyContract(sent, ['RegionOverview', 'MonthlyTrend']);
  }, 120_000);
});
