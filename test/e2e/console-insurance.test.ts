import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { cloneDatabase, dropDatabase } from '../support/database';
import { openConsole, signIn, type ConsoleSession } from '../support/browser';
import { gqlHttp, loginHttp } from '../support/http';

/** 防贫保 in the console: the insurer files the contract's example claim; the county reviews and pays it. */
const databaseName = `ffp_e2e_${randomBytes(6).toString('hex')}`;
const root = path.resolve(__dirname, '..', '..');
const fileClaim = fs
  .readFileSync(path.join(root, 'schema', 'contract', 'insurer.graphql'), 'utf8')
  .split(/\n(?=query |mutation )/)
  .find((b) => b.startsWith('mutation FileClaim('))!;
const variables = JSON.parse(
  fs.readFileSync(path.join(root, 'schema', 'contract', 'variables', 'FileClaim.json'), 'utf8'),
);
let databaseUrl: string;
let session: ConsoleSession;
let claimId: string;

beforeAll(async () => {
  databaseUrl = await cloneDatabase(inject('templateDatabase'), databaseName);
  session = await openConsole(databaseUrl);
  const insurer = await loginHttp(session.url, 'insurer');
  const { fileInsuranceClaim } = await gqlHttp<{ fileInsuranceClaim: { id: string } }>(
    session.url,
    insurer,
    fileClaim,
    variables,
  );
  claimId = fileInsuranceClaim.id;
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

describe('county_admin reviews a 防贫保 claim', () => {
  it('finds it in the queue, approves it, records the payment; the household income shows it', async () => {
    const { page, url } = session;
    await signIn(session, 'county_admin');
    await page.goto(`${url}/#/insuranceClaims`);
    const row = page.locator('[data-testid="claim-row-CPIC-2026-000123"]');
    await row.waitFor({ timeout: 15_000 });
    expect(await row.innerText()).toContain('王永强');
    expect(await row.innerText()).toContain('12,000.00');
    await session.screenshot('insurance-1-queue');
    await row.click();
    await page.locator('[data-testid="claim-status"]').waitFor({ timeout: 15_000 });
    expect(await page.locator('[data-testid="claim-payout"]').innerText()).toContain('12,000.00');
    await page.fill('[data-testid="review-note"]', '医保结算单与住院病历齐全');
    await page.click('[data-testid="approve-claim"]');
    await expect
      .poll(() => page.locator('[data-testid="claim-status"]').innerText(), { timeout: 15_000 })
      .toContain('县级已核准');
    await session.screenshot('insurance-2-approved');

    const [before] = await sql(
      `select i.transfers from household_income i join household_member m on m.household_id = i.household_id where m.id_number = '150121198803150018' and i.year = 2026`,
    );
    await page.click('[data-testid="record-payment"]');
    await page.fill('[data-testid="paid-on"]', '2026-04-10');
    await page.fill('[data-testid="payment-reference"]', 'CPIC-PAY-2026-0001');
    await session.screenshot('insurance-3-payment-dialog');
    await page.click('[data-testid="confirm-payment"]');
    await expect
      .poll(() => page.locator('[data-testid="claim-status"]').innerText(), { timeout: 15_000 })
      .toContain('已赔付');
    expect(await page.locator('[data-testid="claim-paid"]').innerText()).toContain('CPIC-PAY-2026-0001');
    await session.screenshot('insurance-4-paid');
    const [after] = await sql(
      `select i.transfers from household_income i join household_member m on m.household_id = i.household_id where m.id_number = '150121198803150018' and i.year = 2026`,
    );
    expect((Number(after.transfers) - Number(before.transfers)).toFixed(2)).toBe('12000.00');
    const [claim] = await sql(`select status, reviewed_by, review_note from insurance_claim where id = $1`, [claimId]);
    expect(claim).toEqual({ status: 'PAID', reviewed_by: 'county_admin', review_note: '医保结算单与住院病历齐全' });
  });

  it('city_admin sees the policy with its calculator and the yearly summary', async () => {
    const { page, url } = session;
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await signIn(session, 'city_admin');
    await page.goto(`${url}/#/insurancePolicies`);
    await page.locator('[data-testid="policy-premium"]').waitFor({ timeout: 15_000 });
    await expect
      .poll(() => page.locator('[data-testid="calc-payout"]').innerText(), { timeout: 15_000 })
      .toContain('12,000.00');
    await page.fill('[data-testid="calc-self-paid"]', '60000.00');
    // 4,500 + 15,000 + 10,000 × 70% = 26,500.00
    await expect
      .poll(() => page.locator('[data-testid="calc-payout"]').innerText(), { timeout: 15_000 })
      .toContain('26,500.00');
    await session.screenshot('insurance-5-policy');
    // The city has no claim review: the queue is not in its menu.
    expect(await page.locator('a[href="#/insuranceClaims"]').count()).toBe(0);
    await page.goto(`${url}/#/insuranceSummary`);
    const summary = page.locator('[data-testid="insurance-summary"]');
    await expect.poll(() => summary.innerText(), { timeout: 15_000 }).toContain('太平洋财产保险呼和浩特中心支公司');
    expect(await summary.innerText()).toContain('12,000.00');
    await session.screenshot('insurance-6-summary');
  });
});
