import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { cloneDatabase, dropDatabase } from '../support/database';
import { openConsole, type ConsoleSession } from '../support/browser';
import { loginHttp } from '../support/http';

/** GraphiQL at /graphql: the first Run works as it opens, and a partner token sees the docs of the contract. */
const databaseName = `ffp_e2e_${randomBytes(6).toString('hex')}`;
let session: ConsoleSession;

beforeAll(async () => {
  session = await openConsole(await cloneDatabase(inject('templateDatabase'), databaseName));
});
afterAll(async () => {
  await session?.close();
  await dropDatabase(databaseName);
});

async function openGraphiql(token: string | null) {
  const { page, url } = session;
  await page.goto(`${url}/#/login`);
  await page.evaluate((t) => {
    localStorage.clear();
    if (t) localStorage.setItem('ffp.token', t);
  }, token);
  await page.goto(`${url}/graphql`);
  await page.locator('.graphiql-container').waitFor({ timeout: 20_000 });
  await expect
    .poll(() => page.locator('.graphiql-query-editor').innerText(), { timeout: 10_000 })
    .toContain('query RegionOverview');
}

describe('GraphiQL', () => {
  it('without a token: a header that can be sent, a Chinese hint, and the first Run answers in Chinese (no TypeError)', async () => {
    const { page } = session;
    const runs: Array<string | undefined> = [];
    page.on('request', (request) => {
      if (
        request.method() === 'POST' &&
        request.url().endsWith('/graphql') &&
        request.postData()?.includes('RegionOverview')
      ) {
        runs.push(request.headers().authorization);
      }
    });
    await openGraphiql(null);
    expect(await page.locator('.graphiql-query-editor').innerText()).toContain(
      '在下方 Headers 的 "Bearer " 后粘贴令牌',
    );
    await page.locator('.graphiql-execute-button').click();
    await expect.poll(() => page.locator('.graphiql-response').innerText(), { timeout: 15_000 }).toContain('"errors"');
    const answer = await page.locator('.graphiql-response').innerText();
    expect(answer).not.toContain('TypeError');
    expect(answer).toContain('UNAUTHENTICATED');
    // The Run was sent (the header as it opens is one a browser can send).
    expect(runs.length).toBe(1);
    // eslint-disable-next-line no-control-regex -- Latin-1 is exactly what a header may carry
    expect(runs[0] ?? '').not.toMatch(/[^\u0000-\u00ff]/);
    await session.screenshot('graphiql-1-no-token');
  }, 90_000);

  it('a partner (dashboard) token: the docs show the contract operations it may send, and Run works', async () => {
    const { page, url } = session;
    const token = await loginHttp(url, 'dashboard');
    await openGraphiql(token);
    await page.locator('.graphiql-execute-button').click();
    await expect
      .poll(() => page.locator('.graphiql-response').innerText(), { timeout: 15_000 })
      .toContain('"regionStatistics"');
    await page.getByRole('button', { name: /documentation explorer/i }).click();
    await page.locator('.graphiql-doc-explorer').getByText('Query', { exact: true }).first().click();
    const docs = page.locator('.graphiql-doc-explorer');
    await expect.poll(() => docs.innerText(), { timeout: 10_000 }).toContain('regionStatistics');
    const text = await docs.innerText();
    expect(text).toContain('monitoringTrend');
    expect(text).toContain('insuranceEligibility');
    // Only what the contract selects: officers' queries are not listed.
    expect(text).not.toContain('households');
    expect(text).not.toContain('monitoringCases');
    expect(await page.getByText('Error fetching schema').count()).toBe(0);
    await session.screenshot('graphiql-2-partner-docs');
  }, 90_000);

  it('a Chinese character typed into the header gets a Chinese message instead of a TypeError', async () => {
    const { page, url } = session;
    const token = await loginHttp(url, 'dashboard');
    await openGraphiql(`${token}‹令牌›`);
    await page.locator('.graphiql-execute-button').click();
    await expect
      .poll(() => page.locator('.graphiql-response').innerText(), { timeout: 15_000 })
      .toContain('含有中文或全角字符');
    expect(await page.locator('.graphiql-response').innerText()).not.toContain('TypeError');
  });
});
