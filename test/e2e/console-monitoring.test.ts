import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { cloneDatabase, dropDatabase } from '../support/database';
import { openConsole, signIn, type ConsoleSession } from '../support/browser';
import { gqlHttp, loginHttp } from '../support/http';

const databaseName = `ffp_e2e_${randomBytes(6).toString('hex')}`;
let databaseUrl: string;
let session: ConsoleSession;
let caseId: string;

beforeAll(async () => {
  databaseUrl = await cloneDatabase(inject('templateDatabase'), databaseName);
  session = await openConsole(databaseUrl);
  // A cadre's visit found a risk in 东营村: the village officer opens the lead.
  const village = await loginHttp(session.url, 'village_officer');
  const { households } = await gqlHttp<{ households: { items: Array<{ id: string }> } }>(
    session.url,
    village,
    `query { households(filter: { divisionCode: "150121100201", search: "1501211002010001" }) { items { id } } }`,
  );
  const { openLead } = await gqlHttp<{ openLead: { id: string } }>(
    session.url,
    village,
    `mutation($h: String!) { openLead(input: { householdId: $h, category: MARGINAL_AT_RISK, source: CADRE_VISIT, reasons: ["户主突发疾病住院，医疗自付费用高"] }) { id } }`,
    { h: households.items[0].id },
  );
  caseId = openLead.id;
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

/** Opens the case page, clicks the action, confirms the dialog if one opens, waits for the new state. */
async function act(action: string, expectedState: string, note?: string) {
  const { page, url } = session;
  await page.goto(`${url}/#/monitoringCases/${caseId}/show`);
  await page.reload(); // the data may have changed underneath (time passes in the database)
  const button = page.locator(`button[data-action="${action}"]`);
  await button.waitFor({ timeout: 15_000 });
  await button.click();
  const confirm = page.locator('[data-testid="confirm-action"]');
  if (await confirm.isVisible({ timeout: 1_500 }).catch(() => false)) {
    const noteField = page.locator('textarea[name="note"]');
    if (note && (await noteField.count())) await noteField.fill(note);
    await confirm.click();
  }
  await expect
    .poll(() => page.locator('[data-testid="case-state"]').innerText(), { timeout: 15_000 })
    .toContain(expectedState);
}

describe('walking one household from lead to 监测中 with three accounts', () => {
  it('village officer: survey and village review with public notice', async () => {
    await signIn(session, 'village_officer');
    await act('START_SURVEY', '入户调查');
    await act('SUBMIT_SURVEY', '村级评议公示', '入户核实：住院自付 2.3 万元');
    await session.screenshot('case-1-village-review');
    // The five-day public notice passes.
    await sql(`update monitoring_case set notice_ends_on = current_date - 1 where id = $1`, [caseId]);
    await act('SUBMIT_VILLAGE_REVIEW', '乡镇审核', '公示无异议');
    // The village can no longer act on it: no action buttons for this state.
    expect(await session.page.locator('button[data-action]').count()).toBe(0);
  });

  it('township reviewer: approves to the county', async () => {
    await session.page.evaluate(() => localStorage.clear());
    await session.page.reload();
    await signIn(session, 'township_officer');
    await act('APPROVE_TOWNSHIP', '县级认定', '审核通过');
    await session.screenshot('case-2-county-review');
  });

  it('county officer: confirms, and the timeline shows every step with its actor', async () => {
    await session.page.evaluate(() => localStorage.clear());
    await session.page.reload();
    await signIn(session, 'county_admin');
    await act('CONFIRM_COUNTY', '监测中', '认定为边缘易致贫户');
    const text = await session.page.locator('body').innerText();
    // 办理记录 names each officer by name.
    for (const who of ['东营村信息员', '察素齐镇审核员', '土默特左旗管理员']) expect(text).toContain(who);
    expect(text).toContain('户主突发疾病住院');
    await session.screenshot('case-3-monitored');
    const [row] = await sql(`select state from monitoring_case where id = $1`, [caseId]);
    expect(row.state).toBe('MONITORED');
  });
});
