import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MikroORM } from '@mikro-orm/postgresql';
import { startTestApi, type TestApi } from '../support/api';
import { openOrm } from '../../api/src/orm';
import { loadConfig } from '../../api/src/config';
import { startHttpServer } from '../../api/src/server';
import { READINESS_TIMEOUT_MS } from '../../api/src/health';

/**
 * Readiness: `/readyz` fails (503) when the pool cannot hand out a connection in time, so a load
 * balancer stops sending requests to an instance whose connections are all stuck; `/healthz` keeps
 * answering (the process is alive and must not be restarted for it).
 */
let api: TestApi;
let orm: MikroORM;
let server: Awaited<ReturnType<typeof startHttpServer>>;

beforeAll(async () => {
  api = await startTestApi();
  // A pool of one connection, so one stuck statement exhausts it.
  orm = await openOrm(api.appUrl, { poolMax: 1 });
  server = await startHttpServer(orm, loadConfig({ ...process.env, DATABASE_URL: api.appUrl }), 0);
});
afterAll(async () => {
  await server?.stop().catch(() => undefined);
  await orm?.close();
  await api?.close();
});

const status = async (route: string) => (await fetch(`${server.url}${route}`)).status;

describe('/readyz', () => {
  it('is 200 while a pool connection answers select 1', async () => {
    expect(await status('/readyz')).toBe(200);
    expect(await status('/healthz')).toBe(200);
  });

  it('is 503 within its timeout when every pool connection is taken; 200 again once one is free', async () => {
    const stuck = orm.em
      .fork()
      .getConnection()
      .execute(`select pg_sleep(${(READINESS_TIMEOUT_MS * 2) / 1000})`);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const started = performance.now();
    expect(await status('/readyz')).toBe(503);
    expect(performance.now() - started).toBeLessThan(READINESS_TIMEOUT_MS + 1_500);
    expect(await status('/healthz')).toBe(200);
    await stuck;
    expect(await status('/readyz')).toBe(200);
  });

  it('is 503 once the instance is draining (stop)', async () => {
    const stopping = server.stop();
    // The listener is closed: a new connection is refused or, if it slipped in, told not ready.
    const answer = await fetch(`${server.url}/readyz`)
      .then((r) => r.status)
      .catch(() => 'refused');
    expect([503, 'refused']).toContain(answer);
    await stopping;
  });
});
