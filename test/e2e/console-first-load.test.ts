import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { cloneDatabase, dropDatabase } from '../support/database';
import { openConsole, signIn, type ConsoleSession } from '../support/browser';

/**
 * First load (issue 14, item 10): the console is split by route, served precompressed, hashed
 * assets cached as immutable and the page not at all; the sign-in page stays under 400 KB on the wire.
 */
const databaseName = `ffp_e2e_${randomBytes(6).toString('hex')}`;
let session: ConsoleSession;
const LOGIN_BUDGET = 400 * 1024;

beforeAll(async () => {
  const url = await cloneDatabase(inject('templateDatabase'), databaseName);
  session = await openConsole(url);
});
afterAll(async () => {
  await session?.close();
  await dropDatabase(databaseName);
});

const get = (path: string, acceptEncoding: string) =>
  fetch(`${session.url}${path}`, { headers: { 'accept-encoding': acceptEncoding } });

describe('first load of the console', () => {
  it('answers compressed, caches hashed assets as immutable and the page not at all', async () => {
    const page = await get('/', 'gzip, deflate, br');
    expect(page.headers.get('cache-control')).toBe('no-store');
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await page.text();
    const script = html.match(/src="(\/assets\/index-[^"]+\.js)"/)?.[1];
    expect(script).toBeTruthy();

    const plain = await get(script!, 'identity');
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(plain.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const plainBytes = (await plain.arrayBuffer()).byteLength;

    // Node's fetch decodes the body; the encoded length is the header.
    const brotli = await get(script!, 'gzip, deflate, br');
    expect(brotli.headers.get('content-encoding')).toBe('br');
    expect(brotli.headers.get('vary')).toMatch(/Accept-Encoding/i);
    expect(brotli.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(Number(brotli.headers.get('content-length'))).toBeLessThan(plainBytes / 2);
    expect((await brotli.arrayBuffer()).byteLength).toBe(plainBytes);

    const gzip = await get(script!, 'gzip');
    expect(gzip.headers.get('content-encoding')).toBe('gzip');
    expect(Number(gzip.headers.get('content-length'))).toBeLessThan(plainBytes / 2);

    // `br;q=0` refuses brotli.
    expect((await get(script!, 'br;q=0, gzip')).headers.get('content-encoding')).toBe('gzip');
    // What is not there is not invented, and .br files are not served as themselves.
    expect((await get('/assets/nothing-here-00000000.js', 'br')).status).toBe(404);
    expect((await get(`${script}.br`, 'identity')).status).toBe(404);
  });

  it("loads the sign-in page within 400 KB and each resource's views only on its route", async () => {
    const { page } = session;
    const scripts = new Map<string, number>();
    page.on('requestfinished', async (request) => {
      const url = new URL(request.url());
      if (!url.pathname.startsWith('/assets/') && url.pathname !== '/') return;
      const sizes = await request.sizes();
      scripts.set(url.pathname, sizes.responseBodySize + sizes.responseHeadersSize);
    });
    await page.goto(`${session.url}/#/login`);
    await page.locator('input[name="username"]').waitFor({ timeout: 20_000 });
    await page.waitForLoadState('networkidle');
    const loginBytes = [...scripts.values()].reduce((sum, bytes) => sum + bytes, 0);
    const files = [...scripts.keys()];
    console.log(`[first-load] sign-in page: ${(loginBytes / 1024).toFixed(1)} KB over ${files.length} responses`);
    expect(loginBytes).toBeLessThan(LOGIN_BUDGET);
    expect(files.some((name) => /\/HouseholdList-/.test(name))).toBe(false);
    expect(files.some((name) => /\/exceljs/.test(name))).toBe(false);
    await session.screenshot('first-load-login');

    await signIn(session, 'county_admin');
    await page.goto(`${session.url}/#/households`);
    await page.locator('table tbody tr').first().waitFor({ timeout: 30_000 });
    expect([...scripts.keys()].some((name) => /\/HouseholdList-/.test(name))).toBe(true);
    await session.screenshot('first-load-households');
  });
});
