import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api';
import { openOrm } from '../../api/src/orm';
import { loadConfig } from '../../api/src/config';
import { startHttpServer } from '../../api/src/server';
import { EventEmitter } from 'node:events';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BUSY_MESSAGE, ConcurrencyLimit, overloadGuard } from '../../api/src/common/overload';

/** Under overload the API says "busy, retry" at once instead of timing out. */
let api: TestApi;
const stops: Array<() => Promise<void>> = [];
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  for (const stop of stops) await stop();
  await api?.close();
});

async function serve(env: Record<string, string>) {
  const databaseUrl = api.orm.config.getClientUrl(true).replace(/\/[^/]*$/, `/${api.databaseName}`);
  const orm = await openOrm(databaseUrl, { poolMax: 2 });
  const server = await startHttpServer(orm, loadConfig({ ...process.env, DATABASE_URL: databaseUrl, ...env }), 0);
  stops.push(async () => {
    await server.stop();
    await orm.close();
  });
  return server.url;
}

describe('the concurrency limit', () => {
  it('lets max run, queues queueMax, refuses the rest, and hands a released place to the first in line', async () => {
    const limit = new ConcurrencyLimit(2, 1, 10_000);
    expect(await limit.acquire()).toBe(true);
    expect(await limit.acquire()).toBe(true);
    const queued = limit.acquire();
    expect(limit.queued).toBe(1);
    expect(await limit.acquire()).toBe(false); // queue full: refused at once
    limit.release();
    expect(await queued).toBe(true);
    expect(limit.running).toBe(2);
    limit.release();
    limit.release();
    expect(limit.running).toBe(0);
  });

  it('gives the place back at once when the caller hung up while queued, and does no work for it', async () => {
    const limit = new ConcurrencyLimit(1, 5, 5_000);
    const guard = overloadGuard(limit, 1);
    expect(await limit.acquire()).toBe(true); // the only place is taken
    const res = Object.assign(new EventEmitter(), { destroyed: false, writableEnded: false });
    const req = { method: 'POST', socket: { destroyed: false } };
    let ran = false;
    guard(req as never, res as never, () => {
      ran = true;
    });
    await new Promise((resolve) => setImmediate(resolve));
    expect(limit.queued).toBe(1);
    res.destroyed = true; // the caller hangs up while waiting: 'close' fires before it has a place
    res.emit('close');
    limit.release(); // the place passes to the waiting request…
    await new Promise((resolve) => setImmediate(resolve));
    expect(ran).toBe(false); // …which does nothing
    expect(limit.running).toBe(0); // and hands the place back, so it cannot leak
  });

  it('refuses a queued request that waited past the queue timeout', async () => {
    const limit = new ConcurrencyLimit(1, 5, 50);
    expect(await limit.acquire()).toBe(true);
    const started = Date.now();
    expect(await limit.acquire()).toBe(false);
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(limit.queued).toBe(0);
  });
});

describe('over HTTP', () => {
  it('answers 503 服务繁忙 with Retry-After and a typed error past the limit; the others are served', async () => {
    const url = await serve({ MAX_CONCURRENT_REQUESTS: '1', MAX_QUEUED_REQUESTS: '0', OVERLOAD_RETRY_AFTER_S: '3' });
    const login = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `mutation { login(username: "county_admin", password: "Demo@2026") { token } }` }),
    });
    const token = ((await login.json()) as { data: { login: { token: string } } }).data.login.token;
    const responses = await Promise.all(
      Array.from({ length: 12 }, () =>
        fetch(`${url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({ query: `{ households(limit: 50) { total items { members { name } } } }` }),
        }),
      ),
    );
    const bodies = await Promise.all(
      responses.map(async (r) => ({
        status: r.status,
        retryAfter: r.headers.get('retry-after'),
        body: (await r.json()) as {
          data?: unknown;
          errors?: Array<{ message: string; extensions: Record<string, unknown> }>;
        },
      })),
    );
    const busy = bodies.filter((b) => b.status === 503);
    const served = bodies.filter((b) => b.status === 200);
    expect(busy.length).toBeGreaterThan(0);
    expect(served.length).toBeGreaterThan(0);
    expect(busy.length + served.length).toBe(12);
    for (const b of busy) {
      expect(b.retryAfter).toBe('3');
      expect(b.body.errors?.[0]).toMatchObject({
        message: BUSY_MESSAGE,
        extensions: { code: 'SERVICE_UNAVAILABLE', busy: true, retryAfterSeconds: 3 },
      });
    }
    for (const b of served) expect(b.body.errors).toBeUndefined();
    // Once the burst is over the place is free again.
    const again = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: `{ households(limit: 1) { total } }` }),
    });
    expect(again.status).toBe(200);
  });

  it('queues within the limit: a burst no larger than place + queue is served whole', async () => {
    const url = await serve({ MAX_CONCURRENT_REQUESTS: '2', MAX_QUEUED_REQUESTS: '20', QUEUE_TIMEOUT_MS: '20000' });
    const statuses = await Promise.all(
      Array.from(
        { length: 10 },
        async () =>
          (
            await fetch(`${url}/graphql`, {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body: JSON.stringify({ query: `{ __typename }` }),
            })
          ).status,
      ),
    );
    expect(statuses).toEqual(Array(10).fill(200));
  });
});

describe('a GET flood', () => {
  it('is refused with 503 on every route that does work, while a signed-in cheap query stays fast', async () => {
    // A built console of its own: index.html, a script, and the GraphiQL page.
    const adminDist = fs.mkdtempSync(path.join(os.tmpdir(), 'ffp-dist-'));
    fs.mkdirSync(path.join(adminDist, 'assets'));
    fs.writeFileSync(
      path.join(adminDist, 'index.html'),
      `<!doctype html><title>控制台</title>${'<p>防返贫</p>'.repeat(2_000)}`,
    );
    fs.writeFileSync(path.join(adminDist, 'assets', 'app.js'), `console.log(${JSON.stringify('x'.repeat(200_000))});`);
    fs.writeFileSync(
      path.join(adminDist, 'graphiql.html'),
      `<!doctype html><title>GraphiQL</title>${'<p>GraphiQL</p>'.repeat(2_000)}`,
    );
    const url = await serve({
      MAX_CONCURRENT_REQUESTS: '2',
      MAX_QUEUED_REQUESTS: '2',
      QUEUE_TIMEOUT_MS: '1000',
      OVERLOAD_RETRY_AFTER_S: '1',
      ADMIN_DIST: adminDist,
    });
    const login = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `mutation { login(username: "county_admin", password: "Demo@2026") { token } }` }),
    });
    const token = ((await login.json()) as { data: { login: { token: string } } }).data.login.token;
    const cheap = async () => {
      const started = performance.now();
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: '{ me { id } }' }),
      });
      await response.text();
      return { status: response.status, ms: performance.now() - started };
    };
    const quiet: number[] = [];
    for (let i = 0; i < 5; i++) quiet.push((await cheap()).ms);
    quiet.sort((a, b) => a - b);

    // Console files, downloads and GraphiQL, 60 at a time, over and over, from another process
    // (as a real flood would come: the server's event loop is not the flooder's).
    const paths = [
      '/',
      '/assets/app.js',
      '/graphql',
      '/downloads/00000000-0000-0000-0000-000000000000',
      '/graphql?query=%7B__typename%7D',
    ];
    const flooder = spawn(
      process.execPath,
      [
        '-e',
        `
      const [url, paths] = [process.argv[1], JSON.parse(process.argv[2])];
      const statuses = {}; const until = Date.now() + 4000; let retryAfter = null;
      (async () => {
        await Promise.all(Array.from({ length: 60 }, async (_, i) => {
          const where = paths[i % paths.length];
          while (Date.now() < until) {
            const r = await fetch(url + where, { headers: { accept: where === '/graphql' ? 'text/html' : '*/*' } }).catch(() => null);
            if (!r) continue;
            await r.arrayBuffer();
            if (r.status === 503) retryAfter = r.headers.get('retry-after');
            (statuses[where] ??= []).push(r.status);
          }
        }));
        process.stdout.write(JSON.stringify({ statuses, retryAfter }));
      })();`,
        url,
        JSON.stringify(paths),
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let output = '';
    flooder.stdout.on('data', (chunk: Buffer) => {
      output += chunk;
    });
    const flooded = new Promise((resolve) => flooder.on('exit', resolve));
    await new Promise((resolve) => setTimeout(resolve, 500));
    const latencies: Array<{ status: number; ms: number }> = [];
    const started = performance.now();
    while (performance.now() - started < 3_000) latencies.push(await cheap());
    await flooded;
    const { statuses: counted, retryAfter } = JSON.parse(output) as {
      statuses: Record<string, number[]>;
      retryAfter: string | null;
    };
    const statuses = new Map(Object.entries(counted));
    const ms = latencies.map((l) => l.ms).sort((a, b) => a - b);
    const p50 = ms[Math.floor(ms.length / 2)];
    console.log(
      `GET flood: ${[...statuses].map(([w, s]) => `${w} ${s.filter((x) => x === 503).length}/${s.length} busy`).join(', ')}; ` +
        `cheap query quiet p50 ${quiet[2].toFixed(0)} ms, under the flood p50 ${p50.toFixed(0)} ms, max ${ms.at(-1)!.toFixed(0)} ms (${latencies.filter((l) => l.status === 503).length} busy)`,
    );
    for (const where of paths.slice(0, 4))
      expect(statuses.get(where)?.filter((s) => s === 503).length, where).toBeGreaterThan(0);
    expect(retryAfter).toBe('1');
    // Each answer, served or busy, comes within the queue timeout plus a little.
    expect(ms.at(-1)).toBeLessThan(1_000 + 1_500);
    expect(p50).toBeLessThan(quiet[2] + 500);
  }, 60_000);
});

describe('PostgreSQL statement_timeout', () => {
  it("is set on the API's connections by default, as long as the request budget", async () => {
    const config = loadConfig({
      ...process.env,
      STATEMENT_TIMEOUT_MS: '',
      LOCK_TIMEOUT_MS: '',
      IDLE_IN_TRANSACTION_TIMEOUT_MS: '',
    });
    expect(config.statementTimeoutMs).toBe(config.requestTimeoutMs);
    expect(config.lockTimeoutMs).toBe(5_000);
    expect(config.idleInTransactionTimeoutMs).toBe(60_000);
  });
});

describe('a lock held for long', () => {
  it('fails the requests that wait for it with SERVICE_UNAVAILABLE within lock_timeout; others are served', async () => {
    const orm = await openOrm(api.appUrl, {
      poolMax: 2,
      lockTimeoutMs: 500,
      statementTimeoutMs: 5_000,
      idleInTransactionTimeoutMs: 5_000,
      acquireTimeoutMs: 5_000,
    });
    const server = await startHttpServer(orm, loadConfig({ ...process.env, DATABASE_URL: api.appUrl }), 0);
    stops.push(async () => {
      await server.stop();
      await orm.close();
    });
    const post = async (query: string, token?: string) => {
      const started = performance.now();
      const response = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token && { authorization: `Bearer ${token}` }) },
        body: JSON.stringify({ query }),
      });
      const body = (await response.json()) as {
        data?: Record<string, unknown>;
        errors?: Array<{ message: string; extensions: Record<string, unknown> }>;
      };
      return { ms: performance.now() - started, body };
    };
    const token = (
      (await post(`mutation { login(username: "county_admin", password: "Demo@2026") { token } }`)).body.data!
        .login as { token: string }
    ).token;
    // The owner holds the household table, as a long migration or a stuck transaction would.
    const holder = await api.ownerOrm.em.getKnex().transaction();
    try {
      await holder.raw('lock table household in access exclusive mode');
      const blocked = await Promise.all(
        Array.from({ length: 6 }, () => post('{ households(limit: 1) { total } }', token)),
      );
      const cheap = await post('{ me { id username } }', token);
      for (const { ms, body } of blocked) {
        expect(body.errors?.[0].extensions.code, JSON.stringify(body.errors)).toBe('SERVICE_UNAVAILABLE');
        expect(body.errors?.[0].message).toMatch(/[\u4e00-\u9fa5]/);
        // Six waits of 0.5 s on two connections, plus the machine's own pace.
        expect(ms).toBeLessThan(6_000);
      }
      expect(cheap.body.errors).toBeUndefined();
      expect(cheap.body.data?.me).toMatchObject({ username: 'county_admin' });
      console.log(
        `held lock: ${blocked.map((b) => b.ms.toFixed(0)).join(', ')} ms to SERVICE_UNAVAILABLE; cheap query ${cheap.ms.toFixed(0)} ms`,
      );
    } finally {
      await holder.rollback();
    }
    // Once the lock is gone the same request is served.
    expect((await post('{ households(limit: 1) { total } }', token)).body.errors).toBeUndefined();
  }, 60_000);
});
