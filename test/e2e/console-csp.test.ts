import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { cloneDatabase, dropDatabase } from '../support/database';
import { openConsole, signIn, type ConsoleSession } from '../support/browser';

/** The built console works under the server's Content-Security-Policy (issue 15, item 10). */
const databaseName = `ffp_e2e_${randomBytes(6).toString('hex')}`;
let session: ConsoleSession;
const violations: string[] = [];

beforeAll(async () => {
  const url = await cloneDatabase(inject('templateDatabase'), databaseName);
  session = await openConsole(url);
  session.page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  await session.page.exposeFunction('__reportCsp', (text: string) => violations.push(text));
  await session.page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __reportCsp(t: string): void }).__reportCsp(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
});
afterAll(async () => {
  await session?.close();
  await dropDatabase(databaseName);
});

describe('the console under the Content-Security-Policy', () => {
  it('is served with the policy, signs in and shows households without a single violation', async () => {
    const { page } = session;
    const response = await page.goto(`${session.url}/#/login`);
    expect(response?.headers()['content-security-policy']).toMatch(/script-src 'self'/);
    expect(response?.headers()['x-frame-options']).toBe('DENY');
    await signIn(session, 'county_admin');
    await page.goto(`${session.url}/#/households`);
    const table = page.locator('table');
    await table.waitFor({ timeout: 20_000 });
    await expect.poll(() => table.locator('tbody tr').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await session.screenshot('console-under-csp');
    expect(violations).toEqual([]);
  });
});
