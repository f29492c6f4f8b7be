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
  // The village officer opens a lead and brings it to 村级评议公示 through the API; the console records the review.
  const village = await loginHttp(session.url, 'village_officer');
  const { households } = await gqlHttp<{ households: { items: Array<{ id: string }> } }>(
    session.url,
    village,
    `query { households(filter: { divisionCode: "150121100201", search: "1501211002010001" }) { items { id } } }`,
  );
  const { openLead } = await gqlHttp<{ openLead: { id: string; version: number } }>(
    session.url,
    village,
    `mutation($h: String!) { openLead(input: { householdId: $h, category: MARGINAL_AT_RISK, source: CADRE_VISIT, reasons: ["户主突发疾病住院，医疗自付费用高"] }) { id version } }`,
    { h: households.items[0].id },
  );
  caseId = openLead.id;
  let version = openLead.version;
  for (const action of ['START_SURVEY', 'SUBMIT_SURVEY']) {
    const { actOnCase } = await gqlHttp<{ actOnCase: { version: number; state: string } }>(
      session.url,
      village,
      `mutation($id: String!, $v: Int!, $a: CaseAction!) { actOnCase(caseId: $id, version: $v, action: $a, note: "入户核实") { version state } }`,
      { id: caseId, v: version, a: action },
    );
    version = actOnCase.version;
  }
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

async function fill(name: string, value: string) {
  await session.page.locator(`[data-testid="case-record-form"] [name="${name}"]`).fill(value);
}

describe('村级民主评议及公示 and 公示异议 on the case page', () => {
  it('village officer: records the review and an objection, is refused while it is unanswered, then answers it', async () => {
    const { page, url } = session;
    await signIn(session, 'village_officer');
    await page.goto(`${url}/#/monitoringCases/${caseId}/show`);
    await page.locator('[data-testid="case-state"][data-state="VILLAGE_REVIEW"]').waitFor({ timeout: 15_000 });

    // 民主评议: a required field left empty is refused in the dialog, then the review is recorded.
    await page.click('[data-testid="record-review"]');
    await page.click('[data-testid="confirm-record"]');
    await expect.poll(() => page.locator('[data-testid="case-record-form"]').innerText()).toContain('请填写参会人数');
    await fill('attendeeCount', '9');
    await fill('attendees', '村两委成员 5 人、驻村工作队 2 人、村民代表 2 人');
    await fill('result', '9 人同意纳入监测');
    await page.click('[data-testid="confirm-record"]');
    await expect.poll(() => page.locator('[data-testid="case-review"]').count(), { timeout: 15_000 }).toBe(1);
    const review = await page.locator('[data-testid="case-review"]').innerText();
    expect(review).toContain('9 人同意纳入监测');
    expect(review).toContain('（9 人）');

    // 公示异议, received during the notice.
    await page.click('[data-testid="record-objection"]');
    await fill('content', '村民反映该户有子女在外务工，收入未如实申报');
    await page.click('[data-testid="confirm-record"]');
    await expect
      .poll(() => page.locator('[data-testid="case-objection"][data-answered="false"]').count(), { timeout: 15_000 })
      .toBe(1);

    // The notice has run out; with the objection unanswered the case cannot go to the township.
    await sql(`update monitoring_case set notice_ends_on = current_date - 1 where id = $1`, [caseId]);
    await page.reload();
    await page.locator('button[data-action="SUBMIT_VILLAGE_REVIEW"]').click();
    await expect
      .poll(() => page.locator('[data-testid="case-action-error"]').innerText(), { timeout: 15_000 })
      .toContain('公示期间收到的异议尚有 1 条未答复处理');
    expect(await page.locator('[data-testid="case-state"]').getAttribute('data-state')).toBe('VILLAGE_REVIEW');
    await session.screenshot('case-records-1-objection-refused');

    // The answer is recorded; the case then goes on.
    await page.click('[data-testid="answer-objection"]');
    await fill('answer', '经入户核实，子女务工收入已计入家庭收入，异议不成立');
    await page.click('[data-testid="confirm-record"]');
    await expect
      .poll(() => page.locator('[data-testid="case-objection"][data-answered="true"]').count(), { timeout: 15_000 })
      .toBe(1);
    expect(await page.locator('[data-testid="case-objection"]').innerText()).toContain('异议不成立');
    await session.screenshot('case-records-2-objection-answered');
    await page.locator('button[data-action="SUBMIT_VILLAGE_REVIEW"]').click();
    await page
      .locator('[data-testid="confirm-action"]')
      .click({ timeout: 3_000 })
      .catch(() => undefined);
    await expect
      .poll(() => page.locator('[data-testid="case-state"]').getAttribute('data-state'), { timeout: 15_000 })
      .toBe('TOWNSHIP_REVIEW');

    const [objection] = await sql(`select answer from case_objection where case_id = $1`, [caseId]);
    expect(objection.answer).toContain('异议不成立');
  });

  it('city user: sets 深度贫困 on a county, with a required reason', async () => {
    const { page, url } = session;
    await page.evaluate(() => localStorage.clear());
    await signIn(session, 'city_admin');
    // 和林格尔县 is not flagged in the demo data.
    await page.goto(`${url}/#/divisions/150123000000/show`);
    const toggle = page.locator('[data-testid="deep-poverty-switch"]');
    await toggle.waitFor({ timeout: 15_000 });
    expect(await toggle.isChecked()).toBe(false);
    await toggle.click();
    await page.click('[data-testid="confirm-deep-poverty"]');
    await expect.poll(() => page.locator('[role="dialog"]').innerText()).toContain('请填写认定依据');
    await page.locator('[role="dialog"] textarea[name="reason"]').fill('市政府文件：列入深度贫困县');
    await page.click('[data-testid="confirm-deep-poverty"]');
    await page.locator('[data-testid="deep-poverty-flag"]').waitFor({ timeout: 15_000 });
    expect(await toggle.isChecked()).toBe(true);
    await session.screenshot('division-deep-poverty');
    const [row] = await sql(`select deep_poverty from division where code = '150123000000'`);
    expect(row.deep_poverty).toBe(true);
  });

  it('city user: the policy form edits the newer fields; an unset template reads as the default procedure', async () => {
    const { page, url } = session;
    await page.goto(`${url}/#/policies`);
    const template = page.locator('[data-testid="policy-procedureTemplate"]');
    await template.waitFor({ timeout: 15_000 });
    expect(await template.innerText()).toContain('未设定（默认：村级评议公示、乡镇审核、县级认定）');
    await page.locator('input[name="monitoredRatioWarning"]').fill('7');
    await page.locator('input[name="nationalPovertyLine"]').fill('4600');
    await page.click('[data-testid="save-policy"]');
    await expect
      .poll(() => page.locator('[data-testid="policy-monitoredRatioWarning"]').innerText(), { timeout: 15_000 })
      .toContain('7');
    expect(await page.locator('[data-testid="policy-nationalPovertyLine"]').innerText()).toContain('4,600');
    await session.screenshot('policy-newer-fields');
    const [row] = await sql(
      `select monitored_ratio_warning, national_poverty_line from monitoring_policy where division_code = '150100000000' order by updated_at desc limit 1`,
    );
    expect(Number(row.monitored_ratio_warning)).toBeCloseTo(0.07);
    expect(Number(row.national_poverty_line)).toBe(4600);
  });
});
