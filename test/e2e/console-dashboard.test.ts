import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { cloneDatabase, dropDatabase } from '../support/database';
import { openConsole, signIn, type ConsoleSession } from '../support/browser';
import { gqlHttp, loginHttp } from '../support/http';

const databaseName = `ffp_e2e_${randomBytes(6).toString('hex')}`;
let session: ConsoleSession;

beforeAll(async () => {
  session = await openConsole(await cloneDatabase(inject('templateDatabase'), databaseName));
});
afterAll(async () => {
  await session?.close();
  await dropDatabase(databaseName);
});

describe('统计看板 and GraphiQL', () => {
  it('city_admin sees the city figures, drills into a county, and the figures equal the API', async () => {
    const { page } = session;
    const token = await loginHttp(session.url, 'city_admin');
    const year = new Date().getFullYear();
    const figures = async (code: string) => (await gqlHttp<{ regionStatistics: { households: number; monitoredHouseholds: number } }>(session.url, token,
      `query($c: String!, $y: Int!) { regionStatistics(divisionCode: $c, year: $y) { households monitoredHouseholds } }`, { c: code, y: year })).regionStatistics;

    await signIn(session, 'city_admin');
    await page.locator('[data-testid="statistics-panel"]').waitFor({ timeout: 20_000 });
    const city = await figures('150100000000');
    await expect.poll(() => page.locator('[data-testid="stat-households-value"]').innerText(), { timeout: 15_000 }).toBe(city.households.toLocaleString('zh-CN'));
    await page.locator('[data-testid="chart-children"] canvas').first().waitFor();
    await page.locator('[data-testid="chart-trend"] canvas').first().waitFor();
    await page.waitForTimeout(800); // chart animation
    await session.screenshot('dashboard-1-city');

    await page.locator('[data-testid="stat-row-150121000000"] button').click();
    await expect.poll(() => page.locator('[data-testid="statistics-breadcrumbs"]').innerText(), { timeout: 15_000 }).toContain('土默特左旗');
    const county = await figures('150121000000');
    await expect.poll(() => page.locator('[data-testid="stat-households-value"]').innerText(), { timeout: 15_000 }).toBe(county.households.toLocaleString('zh-CN'));
    await page.locator('[data-testid="stat-row-150121100000"]').waitFor();
    await page.waitForTimeout(800);
    await session.screenshot('dashboard-2-county');
    // Back to the city through the breadcrumbs.
    await page.locator('[data-testid="statistics-breadcrumbs"] button', { hasText: '呼和浩特市' }).click();
    await expect.poll(() => page.locator('[data-testid="stat-households-value"]').innerText(), { timeout: 15_000 }).toBe(city.households.toLocaleString('zh-CN'));

    const download = page.waitForEvent('download');
    await page.locator('[data-testid="export-statistics"]').click();
    expect((await download).suggestedFilename()).toBe(`统计-呼和浩特市-${year}.xlsx`);
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
    await expect.poll(() => page.locator('.graphiql-response').innerText(), { timeout: 15_000 }).toContain('"regionStatistics"');
    expect(await page.locator('.graphiql-response').innerText()).toContain('"monitoredRatio"');
    await session.screenshot('graphiql-offline');
    expect(outside).toEqual([]);
    await page.context().unroute('**/*');
  }, 120_000);
});
