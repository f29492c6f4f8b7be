import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { cloneDatabase, dropDatabase } from '../support/database';
import { openConsole, signIn, type ConsoleSession } from '../support/browser';

/**
 * Readable console (issue 14, items 4 and 5): one time zone whatever the browser's, places by
 * name, the audit log in words with people by name and division.
 */
const databaseName = `ffp_e2e_${randomBytes(6).toString('hex')}`;
let session: ConsoleSession;

beforeAll(async () => {
  const url = await cloneDatabase(inject('templateDatabase'), databaseName);
  // A browser set to New York: the console still shows China Standard Time.
  session = await openConsole(url, { timezoneId: 'America/New_York' });
});
afterAll(async () => {
  await session?.close();
  await dropDatabase(databaseName);
});

const chinaHour = (date: Date) =>
  Number(new Intl.DateTimeFormat('en-GB', { hour: '2-digit', hour12: false, timeZone: 'Asia/Shanghai' }).format(date));

describe('the console read in words', () => {
  it('shows the same China time in a list and on the page, in a New York browser', async () => {
    const { page } = session;
    const before = new Date();
    await signIn(session, 'county_user_admin'); // accounts are the user administrator's (三员分立)
    expect(await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe('America/New_York');
    // The account that just signed in: its last sign-in is now.
    await page.goto(`${session.url}/#/users?filter=${encodeURIComponent(JSON.stringify({ q: 'county_user_admin' }))}`);
    const row = page.locator('tbody tr', { hasText: 'county_user_admin' }).first();
    await row.waitFor({ timeout: 20_000 });
    const listText = await row.innerText();
    const listTime = listText.match(/\d{4}\/\d{1,2}\/\d{1,2} \d{2}:\d{2}:\d{2}/)?.[0];
    expect(listTime, listText).toBeTruthy();
    const hour = Number(listTime!.split(' ')[1].slice(0, 2));
    expect([chinaHour(before), chinaHour(new Date())]).toContain(hour);
    await row.click();
    await page.waitForFunction(() => /#\/users\/[^/?]+/.test(location.hash), undefined, { timeout: 15_000 });
    const id = await page.evaluate(() => location.hash.match(/#\/users\/([^/?]+)/)![1]);
    await page.goto(`${session.url}/#/users/${id}/show`);
    await page.getByText(listTime!).first().waitFor({ timeout: 15_000 });
    await session.screenshot('readable-user-page-new-york');
  });

  it('lists villages with their township', async () => {
    const { page } = session;
    // Another person at the same browser: the previous session ends first (a signed-in visit to the
    // sign-in page goes home).
    await page.evaluate(() => localStorage.clear());
    await signIn(session, 'county_admin');
    await page.goto(`${session.url}/#/households`);
    await page.locator('table tbody tr').first().waitFor({ timeout: 20_000 });
    // By its column, not its position: county users have a selection column first.
    const firstPlace = await page
      .locator('table tbody tr')
      .first()
      .locator('td[class*="column-division.name"]')
      .innerText();
    expect(firstPlace).toMatch(/^\S+镇 \S+村$/);
    await session.screenshot('readable-households-places');
  });

  it('shows the audit log with people by name and division and actions in Chinese', async () => {
    const { page } = session;
    await page.evaluate(() => localStorage.clear());
    await signIn(session, 'auditor');
    await page.goto(`${session.url}/#/auditEntries`);
    await page.locator('table tbody tr').first().waitFor({ timeout: 20_000 });
    const text = await page.locator('table').innerText();
    expect(text).toContain('土默特左旗管理员');
    expect(text).toContain('登录');
    expect(text).not.toMatch(/\{"|\b(CREATE|UPDATE|LOGIN|ACTIVE|FEMALE|CHILD)\b/);
    await session.screenshot('readable-audit-log');
  });

  it('names every logged field in Chinese, with its value in words', async () => {
    const { page } = session;
    // The list of one kind of entry, once every row shown is of that kind (not the previous filter's).
    const entriesOf = async (entityName: string, label: string) => {
      await page.goto(`${session.url}/#/auditEntries?filter=${encodeURIComponent(JSON.stringify({ entityName }))}`);
      const kinds = page.locator('table tbody tr td[class*="column-entityName"]');
      await expect
        .poll(
          async () => {
            const shown = await kinds.allInnerTexts();
            return shown.length > 0 && shown.every((text) => text.trim() === label);
          },
          { timeout: 20_000 },
        )
        .toBe(true);
      return page.locator('table tbody').innerText();
    };
    // 到户发放: the line it pays, the date and the method.
    const payments = await entriesOf('DistributionPayment', '到户发放');
    // The line paid, by what it is (去向 and amount), not by its id.
    expect(payments).toMatch(/分配去向编号：\S+ [\d,]+\.\d{2} 元/);
    expect(payments).not.toMatch(/分配去向编号：[0-9a-f]{8}…/);
    // The payment itself by household and amount.
    expect(payments).toMatch(/编号：户 \d+ 发放 [\d,]+\.\d{2} 元/);
    expect(payments).toMatch(/发放日期：\d{4}-12-28/);
    expect(payments).toContain('发放方式：');
    expect(payments).not.toMatch(/\b(lineId|paidOn|method|planId|SUBSIDY_CARD)\b/);
    await session.screenshot('readable-audit-payments');
    // 分配方案办理记录: the states by their Chinese names.
    const planEvents = await entriesOf('PlanEvent', '分配方案办理记录');
    expect(planEvents).toContain('新状态：');
    expect(planEvents).not.toMatch(/\b(toState|fromState|actorName)\b|\b[A-Z]{2,}_[A-Z_]+\b/);
    // 防贫保保单: JSON values (档次) and PostgreSQL arrays (承保原因) in words, ratios as percentages.
    const policies = await entriesOf('InsurancePolicy', '防贫保保单');
    expect(policies).toMatch(/赔付档次：下限：5,000\.00，上限：20,000\.00，赔付比例：30%/);
    expect(policies).toMatch(/投保基数比例：\d+%/);
    expect(policies).not.toMatch(/\{"|\[\{|\b(bands|lowerBound|ILLNESS|baseShare)\b/);
    await session.screenshot('readable-audit-insurance-policy');
  });
});
