import fs from 'node:fs';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { cloneDatabase, dropDatabase } from '../support/database';
import { openConsole, signIn, type ConsoleSession } from '../support/browser';

const databaseName = `ffp_e2e_${randomBytes(6).toString('hex')}`;
let session: ConsoleSession;

beforeAll(async () => {
  const url = await cloneDatabase(inject('templateDatabase'), databaseName);
  session = await openConsole(url);
});
afterAll(async () => {
  await session?.close();
  await dropDatabase(databaseName);
});

describe("the console, as county_user_admin (土默特左旗, 三员分立: the county's user administrator)", () => {
  it('signs in, shows the division in the layout, and lists only the county’s users', async () => {
    const { page } = session;
    await signIn(session, 'county_user_admin');
    await expect.poll(() => page.locator('header').innerText(), { timeout: 10_000 }).toContain('土默特左旗');

    await page.goto(`${session.url}/#/users`);
    const table = page.locator('table');
    await table.waitFor({ timeout: 15_000 });
    await expect.poll(() => table.innerText(), { timeout: 10_000 }).toContain('village_officer');
    const text = await table.innerText();
    expect(text).toContain('township_officer');
    expect(text).not.toContain('county_admin_2');
    expect(text).not.toContain('province_admin');
    const file = await session.screenshot('county-admin-users');
    expect(fs.statSync(file).size).toBeGreaterThan(10_000);
  });

  it('shows the division list in Chinese', async () => {
    const { page } = session;
    await page.goto(`${session.url}/#/divisions`);
    await page.locator('table').waitFor({ timeout: 15_000 });
    await expect.poll(() => page.locator('table').innerText(), { timeout: 10_000 }).toContain('察素齐镇');
    expect(await page.locator('table').innerText()).not.toContain('托克托县');
    await session.screenshot('county-admin-divisions');
  });
});

describe('the console, as village_officer', () => {
  it('offers no user management', async () => {
    const { page } = session;
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await signIn(session, 'village_officer');
    await expect.poll(() => page.locator('header').innerText(), { timeout: 10_000 }).toContain('东营村');
    // The menu shows what the permissions allow: divisions yes, users and tokens no.
    await page.locator('a[href="#/divisions"]').first().waitFor({ timeout: 10_000 });
    expect(await page.locator('a[href="#/users"]').count()).toBe(0);
    expect(await page.locator('a[href="#/apiTokens"]').count()).toBe(0);
    await session.screenshot('village-officer-home');
  });
});
