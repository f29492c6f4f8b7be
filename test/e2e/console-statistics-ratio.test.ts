import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { cloneDatabase, dropDatabase } from '../support/database';
import { openConsole, signIn, type ConsoleSession } from '../support/browser';
import { gqlHttp, loginHttp } from '../support/http';

/**
 * The statistics panel's 监测对象占比 shows what it divides, as the policy names it (seed 004's
 * 监测对象占比: 监测对象人口 of the counted categories ÷ 建档立卡脱贫人口), and those two figures give the ratio shown.
 */
const databaseName = `ffp_e2e_${randomBytes(6).toString('hex')}`;
let session: ConsoleSession;

beforeAll(async () => {
  const databaseUrl = await cloneDatabase(inject('templateDatabase'), databaseName);
  session = await openConsole(databaseUrl);
  const county = await loginHttp(session.url, 'county_admin');
  await gqlHttp(
    session.url,
    county,
    `mutation($c: String!, $y: Int!) { identifyHouseholds(divisionCode: $c, year: $y) { matched } }`,
    { c: '150121000000', y: new Date().getFullYear() },
  );
  // Two of every three leads confirmed (as console-dashboard does): households under monitoring to divide.
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(`
      with picked as (select id, row_number() over (order by household_id) as n from monitoring_case)
      update monitoring_case c set state = 'MONITORED'::case_state, identified_on = current_date - 30
      from picked p where p.id = c.id and p.n % 3 <> 0`);
  } finally {
    await client.end();
  }
});
afterAll(async () => {
  await session?.close();
  await dropDatabase(databaseName);
});

const figure = (text: string) => Number(text.replace(/,/g, ''));

describe('监测对象占比 on the statistics panel', () => {
  it('names its numerator and denominator, and they give the ratio the API computed', async () => {
    const { page, url } = session;
    const token = await loginHttp(url, 'county_admin');
    const { regionStatistics: api } = await gqlHttp<{
      regionStatistics: { monitoredRatio: number; registeredPersons: number; persons: number };
    }>(
      url,
      token,
      `query($c: String!, $y: Int!) { regionStatistics(divisionCode: $c, year: $y) { monitoredRatio registeredPersons persons } }`,
      { c: '150121000000', y: new Date().getFullYear() },
    );
    await signIn(session, 'county_admin');
    const terms = page.locator('[data-testid="stat-ratio-terms"]');
    await terms.waitFor({ timeout: 30_000 });
    const text = await terms.innerText();
    expect(text).toContain('监测对象人口（计入占比类别');
    expect(text).toContain('建档立卡脱贫人口');
    const numerator = figure(await page.locator('[data-testid="stat-ratio-numerator"]').innerText());
    const denominator = figure(await page.locator('[data-testid="stat-ratio-denominator"]').innerText());
    expect(denominator).toBe(api.registeredPersons);
    expect(denominator).not.toBe(api.persons);
    expect(numerator).toBeGreaterThan(0);
    expect(Math.abs(numerator / denominator - api.monitoredRatio)).toBeLessThan(0.00005);
    // The card says the same two figures; the old caption (÷ 在册人口) is gone.
    expect(await page.locator('[data-testid="stat-ratio"]').innerText()).toContain(
      `${numerator.toLocaleString('zh-CN')} ÷ ${denominator.toLocaleString('zh-CN')} 人`,
    );
    expect(await page.locator('[data-testid="statistics-panel"]').innerText()).not.toContain('÷ 在册人口');
    await terms.scrollIntoViewIfNeeded();
    await page.waitForTimeout(800);
    await session.screenshot('statistics-ratio-terms');
  }, 90_000);
});
