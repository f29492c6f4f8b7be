import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCREENSHOT_DIR, signIn, type ConsoleSession } from '../support/browser';
import { openDemoDay, type DemoDay } from '../support/demo-day';
import { gqlHttp, loginHttp } from '../support/http';
import { STORY_VILLAGE, type StorySummary } from '../../api/src/seed/story.seed';
import { CONTRACT_PERSON } from '../../api/src/seed/households.seed';

/**
 * A working day on the demo as `npm start` seeds it (the template plus the start-only story):
 * county_admin's home and the lists behind its counts, township_officer's bulk approval,
 * village_officer's daily pages on a phone, and the printed 一户一档 and case forms.
 */
let demo: DemoDay;
let session: ConsoleSession;
let story: StorySummary;
const sql = <T = Record<string, any>>(text: string, params: unknown[] = []) => demo.sql<T>(text, params);

beforeAll(async () => {
  demo = await openDemoDay({ assistance: true });
  ({ session, story } = demo);
}, 240_000);
afterAll(async () => {
  await demo?.close();
});

const caseTotal = async (token: string, args: string) =>
  (
    await gqlHttp<{ monitoringCases: { total: number } }>(
      session.url,
      token,
      `query { monitoringCases(offset: 0, limit: 1, ${args}) { total } }`,
    )
  ).monitoringCases.total;

async function chipValue(testId: string): Promise<number> {
  const value = session.page.locator(`[data-testid="${testId}-value"]`);
  await expect.poll(async () => /^\d[\d,]*$/.test((await value.innerText()).trim()), { timeout: 30_000 }).toBe(true);
  return Number((await value.innerText()).replace(/,/g, ''));
}

describe('the demo story (api/src/seed/story.seed.ts)', () => {
  it('leaves cases in every state of the procedure, each step taken by the demo officer who owns it', async () => {
    expect(story.cases).toBe(20);
    const states = await sql<{ state: string; n: number }>(
      `select state, count(*)::int as n from monitoring_case where division_code like '150121%' group by state`,
    );
    expect(states.map((s) => s.state).sort()).toEqual([
      'COUNTY_REVIEW',
      'DISMISSED',
      'EXIT_COUNTY_REVIEW',
      'EXIT_TOWNSHIP_REVIEW',
      'EXIT_VILLAGE_REVIEW',
      'LEAD',
      'MONITORED',
      'RISK_ELIMINATED',
      'SURVEY',
      'TOWNSHIP_REVIEW',
      'VILLAGE_REVIEW',
    ]);
    // Steps went through CaseService.act: every step has its actor, and the level's officer took it.
    const steps = await sql<{ action: string; actor: string; actor_id: string | null }>(`
      select e.action, e.actor_name as actor, e.actor_id from case_event e join monitoring_case c on c.id = e.case_id
      where e.action is not null and c.created_at > now() - interval '1 hour' and c.source <> 'DEPARTMENT_WARNING' and c.reasons <> array['演示数据：人均纯收入低于监测线']`);
    expect(steps.length).toBeGreaterThan(40);
    expect(steps.every((s) => s.actor_id)).toBe(true);
    const by = (action: string) => new Set(steps.filter((s) => s.action === action).map((s) => s.actor));
    expect(by('APPROVE_TOWNSHIP')).toEqual(new Set(['township_officer', 'bkq_township_officer']));
    expect(by('CONFIRM_COUNTY')).toEqual(new Set(['county_admin']));
    expect(by('START_SURVEY')).toEqual(new Set(['village_officer', 'bkq_village_officer']));
    // Some waited past the regional 15 days; two left monitoring with their history.
    const [{ overdue }] = await sql<{ overdue: number }>(`select count(*)::int as overdue from monitoring_case
      where state not in ('MONITORED', 'RISK_ELIMINATED', 'DISMISSED') and state_changed_at < now() - interval '15 days'`);
    expect(overdue).toBeGreaterThanOrEqual(3);
    const eliminated = await sql<{
      n: number;
    }>(`select count(e.*)::int as n from monitoring_case c join case_event e on e.case_id = c.id
      where c.state = 'RISK_ELIMINATED' group by c.id`);
    expect(eliminated.map((e) => e.n)).toEqual([10, 10]);
    // Warnings to judge, claims at each stage; nothing touches the contract's example household.
    expect(
      await sql(`select status, count(*)::int as n from department_warning group by status order by status::text`),
    ).toEqual([
      { status: 'CONVERTED', n: 1 },
      { status: 'DISMISSED', n: 1 },
      { status: 'PENDING', n: 5 },
    ]);
    expect((await sql(`select status from insurance_claim order by status::text`)).map((c) => c.status)).toEqual([
      'APPROVED',
      'PAID',
      'SUBMITTED',
    ]);
    const contract = await sql(
      `select
      (select count(*)::int from monitoring_case c where c.household_id = m.household_id) as cases,
      (select count(*)::int from insurance_claim k where k.member_id = m.id) as claims
      from household_member m where m.id_number = $1`,
      [CONTRACT_PERSON.idNumber],
    );
    expect(contract).toEqual([{ cases: 0, claims: 0 }]);
  });
});

describe('county_admin: the home page answers what to do today', () => {
  it('counts by state come from the lists they open, also right after identification opened new leads', async () => {
    const { page, url } = session;
    const county = await loginHttp(url, 'county_admin');
    await signIn(session, 'county_admin');
    await page.goto(`${url}/#/`);
    const leadsBefore = await chipValue('all-state-LEAD');
    expect(leadsBefore).toBe(await caseTotal(county, 'states: [LEAD]'));
    expect(await chipValue('pending-state-COUNTY_REVIEW')).toBe(
      await caseTotal(county, 'states: [COUNTY_REVIEW], pendingForMe: true'),
    );
    expect(await chipValue('pending-state-COUNTY_REVIEW')).toBeGreaterThanOrEqual(3);
    await expect
      .poll(() => page.locator('[data-testid="card-warnings-value"]').innerText(), { timeout: 20_000 })
      .toBe('5');
    await expect
      .poll(() => page.locator('[data-testid="card-overdue-value"]').innerText(), { timeout: 20_000 })
      .not.toBe('0');
    await page.locator('[data-testid="my-step"]').first().waitFor();
    await session.screenshot('daily-1-county-home');

    // 系统比对 opens leads: the home page shows them at once, and its count is the list's.
    const { identifyHouseholds } = await gqlHttp<{ identifyHouseholds: { leadsOpened: number } }>(
      url,
      county,
      `mutation($y: Int!) { identifyHouseholds(divisionCode: "150121000000", year: $y) { leadsOpened } }`,
      { y: new Date().getFullYear() },
    );
    expect(identifyHouseholds.leadsOpened).toBeGreaterThan(0);
    await page.goto(`${url}/#/`);
    await page.reload();
    const leadsAfter = await chipValue('all-state-LEAD');
    expect(leadsAfter).toBe(leadsBefore + identifyHouseholds.leadsOpened);
    expect(leadsAfter).toBe(await caseTotal(county, 'states: [LEAD]'));
    await session.screenshot('daily-2-county-home-after-identification');

    await page.locator('[data-testid="all-state-LEAD"]').click();
    await page.waitForFunction(() => location.hash.startsWith('#/monitoringCases'));
    await expect
      .poll(() => page.locator('.RaPaginationInfo, .MuiTablePagination-displayedRows').first().innerText(), {
        timeout: 20_000,
      })
      .toContain(String(leadsAfter));
    await session.screenshot('daily-3-county-leads-list');
  }, 120_000);
});

describe('township_officer: bulk approval', () => {
  it('approves every selected case through actOnCase, each checked by the API', async () => {
    const { page, url } = session;
    const township = await loginHttp(url, 'township_officer');
    const waiting = await gqlHttp<{ monitoringCases: { items: Array<{ id: string }> } }>(
      url,
      township,
      `query { monitoringCases(offset: 0, limit: 50, states: [TOWNSHIP_REVIEW], pendingForMe: true) { items { id } } }`,
    );
    expect(waiting.monitoringCases.items.length).toBe(2);
    await page.evaluate(() => localStorage.clear());
    await signIn(session, 'township_officer');
    await page.goto(`${url}/#/`);
    expect(await chipValue('pending-state-TOWNSHIP_REVIEW')).toBe(2);
    // The header names the person now signed in, not the one before in this browser tab.
    await expect
      .poll(() => page.locator('[data-testid="appbar-division"]').innerText(), { timeout: 10_000 })
      .toContain('察素齐镇');
    await session.screenshot('daily-4-township-home');
    await page.locator('[data-testid="pending-state-TOWNSHIP_REVIEW"]').click();
    await page.locator('[data-testid="case-table"] tbody tr').nth(1).waitFor({ timeout: 20_000 });
    await page.locator('[data-testid="case-table"] thead input[type="checkbox"]').check();
    await session.screenshot('daily-5-township-selected');
    await page.locator('[data-testid="bulk-APPROVE_TOWNSHIP"]').click();
    // The confirmation names the count; the note is optional.
    await expect
      .poll(() => page.locator('[data-testid="bulk-confirm-count"]').innerText(), { timeout: 10_000 })
      .toContain('所选 2 件');
    await page.locator('[data-testid="bulk-confirm-ok"]').click();
    await expect.poll(() => page.getByText('已办理 2 件，0 件未办理').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    await session.screenshot('daily-6-township-approved');
    const states = await sql(`select state from monitoring_case where id = any($1::uuid[])`, [
      waiting.monitoringCases.items.map((c) => c.id),
    ]);
    expect(states.map((s) => s.state)).toEqual(['COUNTY_REVIEW', 'COUNTY_REVIEW']);
    expect(await caseTotal(township, 'states: [TOWNSHIP_REVIEW], pendingForMe: true')).toBe(0);
  }, 90_000);
});

describe('village_officer on a phone (390 × 844)', () => {
  it('household list as cards, household page with every action, case page and visits within the screen', async () => {
    const { page, url } = session;
    await page.setViewportSize({ width: 390, height: 844 });
    await page.evaluate(() => localStorage.clear());
    await signIn(session, 'village_officer');
    const width = () => page.evaluate(() => document.documentElement.scrollWidth);

    await page.goto(`${url}/#/households`);
    await page.locator('[data-testid="household-cards"]').waitFor({ timeout: 20_000 });
    expect(await width()).toBeLessThanOrEqual(390);
    await session.screenshot('daily-7-phone-households');

    const [surveyed] = await sql<{ id: string; household_id: string }>(
      `select id, household_id from monitoring_case where division_code = $1 and state = 'SURVEY'`,
      [STORY_VILLAGE],
    );
    await page.goto(`${url}/#/households/${surveyed.household_id}/show`);
    const edit = page.getByRole('link', { name: '编辑' });
    await edit.waitFor({ timeout: 20_000 });
    expect(await edit.isVisible()).toBe(true);
    expect((await edit.boundingBox())!.x + (await edit.boundingBox())!.width).toBeLessThanOrEqual(390);
    expect(await width()).toBeLessThanOrEqual(390);
    await session.screenshot('daily-8-phone-household');
    // The later tabs are reachable (scrollable tabs); 增员 is on screen.
    await page.locator('[data-testid="tab-plan"]').scrollIntoViewIfNeeded();
    await page.locator('[data-testid="tab-members"]').click();
    const add = page.locator('[data-testid="add-member"]');
    await add.waitFor();
    expect((await add.boundingBox())!.x + (await add.boundingBox())!.width).toBeLessThanOrEqual(390);
    await session.screenshot('daily-9-phone-members');

    await page.goto(`${url}/#/monitoringCases/${surveyed.id}/show`);
    const submit = page.locator('[data-action="SUBMIT_SURVEY"]');
    await submit.waitFor({ timeout: 20_000 });
    expect((await submit.boundingBox())!.x).toBeLessThan(390);
    expect(await width()).toBeLessThanOrEqual(390);
    await session.screenshot('daily-10-phone-case');

    await page.goto(`${url}/#/monitoringCases`);
    await page.locator('[data-testid="case-cards"]').waitFor({ timeout: 20_000 });
    expect(await width()).toBeLessThanOrEqual(390);
    await session.screenshot('daily-11-phone-cases');

    await page.goto(`${url}/#/visits`);
    await page.locator('[data-testid^="due-"]').first().waitFor({ timeout: 20_000 });
    expect(await width()).toBeLessThanOrEqual(390);
    await session.screenshot('daily-12-phone-visits');
    await page.setViewportSize({ width: 1400, height: 900 });
  }, 120_000);
});

describe('print', () => {
  it('prints the 一户一档 and a case’s three forms as A4 PDFs without the console around them', async () => {
    const { page, url } = session;
    await page.evaluate(() => localStorage.clear());
    await signIn(session, 'county_admin');
    const [done] = await sql<{ id: string; household_id: string }>(
      `select id, household_id from monitoring_case where state = 'RISK_ELIMINATED' order by opened_on limit 1`,
    );

    await page.goto(`${url}/#/households/${done.household_id}/show`);
    await page.locator('[data-testid="print-household-link"]').click();
    await page
      .locator('[data-testid="print-household"] [data-testid="print-members"] tbody tr')
      .first()
      .waitFor({ timeout: 20_000 });
    const sheet = await page.locator('[data-testid="print-household"]').innerText();
    expect(sheet).toContain('农户档案（一户一档）');
    expect(sheet).toContain('风险消除');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('header').first().isVisible()).toBe(false);
    expect(await page.locator('[data-testid="print-now"]').isVisible()).toBe(false);
    await session.screenshot('daily-13-print-household');
    fs.writeFileSync(
      path.join(SCREENSHOT_DIR, 'daily-household.pdf'),
      await page.pdf({ format: 'A4', printBackground: true }),
    );
    await page.emulateMedia({ media: 'screen' });

    await page.goto(`${url}/#/monitoringCases/${done.id}/show`);
    await page.locator('[data-testid="print-case-link"]').click();
    await page.locator('[data-testid="print-decision"]').waitFor({ timeout: 20_000 });
    expect(await page.locator('[data-testid="print-survey"]').innerText()).toContain('入户调查表');
    const review = await page.locator('[data-testid="print-review"]').innerText();
    expect(review).toContain('公示期');
    expect(review).toContain('提交调查结果');
    const decision = await page.locator('[data-testid="print-decision"]').innerText();
    expect(decision).toContain('county_admin');
    expect(decision).toContain('县审定风险消除');
    await page.emulateMedia({ media: 'print' });
    await session.screenshot('daily-14-print-case');
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    fs.writeFileSync(path.join(SCREENSHOT_DIR, 'daily-case-forms.pdf'), pdf);
    // One sheet per form at least: three forms → three or more pages.
    expect((pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBeGreaterThanOrEqual(3);
    await page.emulateMedia({ media: 'screen' });
  }, 90_000);
});
