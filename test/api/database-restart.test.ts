import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { MikroORM } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../support/ports';
import { loadConfig } from '../../api/src/config';
import { appDatabaseUrl, appRoleSettings, prepareAppRole } from '../../api/src/database/app-role';
import { ensureDatabase, startEmbeddedPostgres } from '../../api/src/database/embedded';
import { migrate, openOrm } from '../../api/src/orm';
import { seedDemo } from '../../api/src/seed/seed';
import { startHttpServer } from '../../api/src/server';

/**
 * The API survives its database restarting (issue 15, item 12). The database here is an embedded
 * PostgreSQL this test starts, stops and starts again, never the machine's shared server.
 */
let embedded: Awaited<ReturnType<typeof startEmbeddedPostgres>>;
let orm: MikroORM;
let server: Awaited<ReturnType<typeof startHttpServer>>;
let dataRoot: string;

async function graphql(token: string | null, query: string, variables: Record<string, unknown> = {}) {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token && { authorization: `Bearer ${token}` }) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as {
    data?: Record<string, any> | null;
    errors?: Array<{ message: string; extensions?: { code?: string } }>;
  };
  return { status: response.status, ...body };
}

const LOGIN = 'mutation { login(username: "county_admin", password: "Demo@2026") { token } }';
const COUNT = '{ households(limit: 1) { total } }';

beforeAll(async () => {
  dataRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'ffp-restart-'));
  embedded = await startEmbeddedPostgres(path.join(dataRoot, 'pg'), await freePort());
  const ownerUrl = embedded.url.replace(/\/postgres$/, '/fangfanpin');
  await ensureDatabase(ownerUrl);
  const owner = await openOrm(ownerUrl, { poolMax: 2 });
  try {
    await migrate(owner);
    await seedDemo(owner);
  } finally {
    await owner.close();
  }
  // As `npm start` does: the owner prepares the role, the API connects with it (password auth here).
  const role = appRoleSettings(ownerUrl);
  await prepareAppRole(ownerUrl, role);
  orm = await openOrm(appDatabaseUrl(ownerUrl, role), { poolMax: 4 });
  server = await startHttpServer(orm, loadConfig({ ...process.env, DATABASE_URL: ownerUrl }), 0);
}, 180_000);

afterAll(async () => {
  await server?.stop();
  await orm?.close().catch(() => undefined);
  await embedded?.stop().catch(() => undefined);
  if (dataRoot) fs.rmSync(dataRoot, { recursive: true, force: true });
});

describe('PostgreSQL restarting under a running API', () => {
  it('answers SERVICE_UNAVAILABLE while the database is down, then recovers without a restart', async () => {
    const { data } = await graphql(null, LOGIN);
    const token = data!.login.token as string;
    const before = await graphql(token, COUNT);
    expect(before.errors).toBeUndefined();
    const total = before.data!.households.total as number;
    expect(total).toBeGreaterThan(100);

    await embedded.stop();

    // A signed-in read (the token lookup fails first), a sign-in, and the same read again.
    for (const [token_, query] of [
      [token, COUNT],
      [null, LOGIN],
      [token, COUNT],
    ] as const) {
      const down = await graphql(token_, query);
      expect(down.errors?.[0]).toMatchObject({
        message: '数据库暂时不可用，请稍后重试',
        extensions: { code: 'SERVICE_UNAVAILABLE' },
      });
      expect(JSON.stringify(down)).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|postgres/i);
    }
    const health = await fetch(`${server.url}/healthz`);
    expect(health.status).toBe(200); // the process is alive

    await embedded.start();

    // The pool reconnects on its own: the old token and new sign-ins work again.
    let after = await graphql(token, COUNT);
    for (let i = 0; i < 50 && after.errors; i++) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      after = await graphql(token, COUNT);
    }
    expect(after.errors).toBeUndefined();
    expect(after.data!.households.total).toBe(total);
    const again = await graphql(null, LOGIN);
    expect(again.errors).toBeUndefined();
    expect(again.data!.login.token).toMatch(/\S{20,}/);
  });
});
