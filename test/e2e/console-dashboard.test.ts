import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { cloneDatabase, dropDatabase } from '../support/database';
import { openConsole, signIn, type ConsoleSession } from '../support/browser';
import { gqlHttp, loginHttp } from '../support/http';

const databaseName = `ffp_e2e_${randomBytes(6).toString('hex')}`;
let session: ConsoleSession;

beforeAll(async () => {
  const databaseUrl = await cloneDatabase(inject('templateDatabase'), databaseName);
  session = await openConsole(databaseUrl);
  // Figures worth a look: 系统比对 in two counties, then part of the leads confirmed over the past
  // year (some already eliminated), with risk factors.
  for (const [user, county] of [
    ['county_admin', '150121000000'],
    ['county_admin_2', '150122000000'],
  ]) {
    await gqlHttp(
      session.url,
      await loginHttp(session.url, user),
      `mutation($c: String!, $y: Int!) { identifyHouseholds(divisionCode: $c, year: $y) { matched } }`,
      { c: county, y: new Date().getFullYear() },
    );
  }
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(`
      with picked as (select id, row_number() over (order by household_id) as n from monitoring_case)
      update monitoring_case c set state = (case when p.n % 7 = 0 then 'RISK_ELIMINATED' else 'MONITORED' end)::case_state,
        identified_on = current_date - ((p.n % 11) * 30 + 20)::int,
        closed_on = case when p.n % 7 = 0 then current_date - ((p.n % 3) * 30)::int end
      from picked p where p.id = c.id and p.n % 3 <> 0`);
    await client.query(`
      insert into risk_factor (id, created_at, updated_at, version, household_id, division_code, type, occurred_on, source, status)
      select gen_random_uuid(), now(), now(), 1, c.household_id, c.division_code,
        (array['ILLNESS', 'SCHOOLING', 'DISASTER', 'INDUSTRY_FAILURE', 'EMPLOYMENT_INSTABILITY'])[1 + (row_number() over (order by c.household_id))::int % 5]::risk_type,
        current_date, 'CADRE_VISIT', 'ACTIVE'
      from monitoring_case c where c.state = 'MONITORED'`);
  } finally {
    await client.end();
  }
}, 120_000);
afterAll(async () => {
  await session?.close();
  await dropDatabase(databaseName);
});

describe('统计看板 and GraphiQL', () => {
  it('city_admin sees the city figures, drills into a county, and the figures equal the API', async () => {
    const { page } = session;
    const token = await loginHttp(session.url, 'city_admin');
    const year = new Date().getFullYear();
    const figures = async (code: string) =>
      (
        await gqlHttp<{ regionStatistics: { households: number; monitoredHouseholds: number } }>(
          session.url,
          token,
          `query($c: String!, $y: Int!) { regionStatistics(divisionCode: $c, year: $y) { households monitoredHouseholds } }`,
          { c: code, y: year },
        )
      ).regionStatistics;

    await signIn(session, 'city_admin');
    await page.locator('[data-testid="statistics-panel"]').waitFor({ timeout: 20_000 });
    const city = await figures('150100000000');
    expect(city.monitoredHouseholds).toBeGreaterThan(0);
    await expect
      .poll(() => page.locator('[data-testid="stat-households-value"]').innerText(), { timeout: 15_000 })
      .toBe(city.households.toLocaleString('zh-CN'));
    await page.locator('[data-testid="chart-children"] canvas').first().waitFor();
    await page.locator('[data-testid="chart-trend"] canvas').first().waitFor();
    await page.waitForTimeout(800); // chart animation
    await session.screenshot('dashboard-1-city');

    await page.locator('[data-testid="stat-row-150121000000"] button').click();
    await expect
      .poll(() => page.locator('[data-testid="statistics-breadcrumbs"]').innerText(), { timeout: 15_000 })
      .toContain('土默特左旗');
    const county = await figures('150121000000');
    await expect
      .poll(() => page.locator('[data-testid="stat-households-value"]').innerText(), { timeout: 15_000 })
      .toBe(county.households.toLocaleString('zh-CN'));
    await page.locator('[data-testid="stat-row-150121100000"]').waitFor();
    // An ordinary county is held to the 预警值; the API gives no 上限 for it.
    expect(await page.locator('[data-testid="stat-ratio"]').innerText()).toContain('预期 5%，预警值 8%');
    expect(await page.locator('[data-testid="stat-ratio"]').innerText()).not.toContain('上限');
    await page.waitForTimeout(800);
    await session.screenshot('dashboard-2-county');
    // Back to the city through the breadcrumbs.
    await page.locator('[data-testid="statistics-breadcrumbs"] button', { hasText: '呼和浩特市' }).click();
    await expect
      .poll(() => page.locator('[data-testid="stat-households-value"]').innerText(), { timeout: 15_000 })
      .toBe(city.households.toLocaleString('zh-CN'));
    // 武川县 is 深度贫困 in the demo data: held to the 上限 instead.
    await page.locator('[data-testid="stat-row-150125000000"] button').click();
    await expect
      .poll(() => page.locator('[data-testid="statistics-breadcrumbs"]').innerText(), { timeout: 15_000 })
      .toContain('武川县');
    await expect
      .poll(() => page.locator('[data-testid="stat-ratio"]').innerText(), { timeout: 15_000 })
      .toContain('预期 5%，上限 10%');
    expect(await page.locator('[data-testid="stat-ratio"]').innerText()).not.toContain('预警值');
    // No monitored households there: the coverage rate says so (not that a module is missing).
    expect(await page.locator('[data-testid="stat-coverage"]').innerText()).toContain('暂无监测户');
    await page.waitForTimeout(800);
    await session.screenshot('dashboard-3-deep-poverty-county');
    await page.locator('[data-testid="statistics-breadcrumbs"] button', { hasText: '呼和浩特市' }).click();
    await expect
      .poll(() => page.locator('[data-testid="stat-households-value"]').innerText(), { timeout: 15_000 })
      .toBe(city.households.toLocaleString('zh-CN'));

    const download = page.waitForEvent('download');
    await page.locator('[data-testid="export-statistics"]').click();
    expect((await download).suggestedFilename()).toBe(`统计-呼和浩特市-${year}.xlsx`);

    // 监测督导 names the bound the same way, row by row.
    await page.goto(`${session.url}/#/supervision`);
    const row = (name: string) => page.locator('tbody tr', { hasText: name }).first();
    await row('武川县').waitFor({ timeout: 20_000 });
    expect(await row('武川县').innerText()).toMatch(/5% \/ 上限 10%（深度贫困）/);
    expect(await row('土默特左旗').innerText()).toMatch(/5% \/ 预警值 8%/);
    await session.screenshot('supervision-ratio-bounds');
  }, 120_000);

  it('opens GraphiQL at /graphql with the network outside this server cut, and runs a contract operation', async () => {
    const { page, url } = session;
    const outside: string[] = [];
    await page.context().route('**/*', (route) => {
      const host = new URL(route.request().url()).hostname;
      if (host === 'localhost' || host === '127.0.0.1') return route.continue();
      outside.push(route.request().url());
      return route.abort('internetdisconnected');
    });
    await page.goto(`${url}/graphql`);
    await page.locator('.graphiql-container').waitFor({ timeout: 20_000 });
    await expect.poll(() => page.locator('.graphiql-tab').count(), { timeout: 10_000 }).toBeGreaterThanOrEqual(4);
    await expect.poll(() => page.locator('.graphiql-query-editor').innerText()).toContain('query RegionOverview');
    await page.locator('.graphiql-execute-button').click();
    await expect
      .poll(() => page.locator('.graphiql-response').innerText(), { timeout: 15_000 })
      .toContain('"regionStatistics"');
    expect(await page.locator('.graphiql-response').innerText()).toContain('"monitoredRatio"');
    await session.screenshot('graphiql-offline');
    expect(outside).toEqual([]);
    await page.context().unroute('**/*');

    // Over HTTP, a partner's refused operation is a typed error with status 403.
    const dashboard = await loginHttp(url, 'dashboard');
    const refused = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${dashboard}` },
      body: JSON.stringify({ query: 'query { households(limit: 1) { total } }' }),
    });
    expect(refused.status).toBe(403);
    expect((await refused.json()).errors[0].extensions.code).toBe('FORBIDDEN');
  }, 120_000);
});
