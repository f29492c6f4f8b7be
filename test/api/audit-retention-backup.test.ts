import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIN_AUDIT_RETENTION_DAYS, purgeAuditLog } from '../../api/src/audit/retention';
import { appDatabaseUrl, appRoleSettings, prepareAppRole } from '../../api/src/database/app-role';
import { databaseUrl, dropDatabase, withAdminClient } from '../support/database';
import { startTestApi, type TestApi } from '../support/api';

let api: TestApi;
let ownerUrl: string;
const restoredName = `ffp_restore_${process.pid}_${Date.now()}`;
const dumpDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ffp-dump-'));

beforeAll(async () => {
  api = await startTestApi();
  ownerUrl = databaseUrl(api.databaseName);
});
afterAll(async () => {
  await api?.close();
  await dropDatabase(restoredName);
  fs.rmSync(dumpDir, { recursive: true, force: true });
});

async function insertEntryDaysAgo(days: number): Promise<string> {
  const [row] = await api.sql<{ id: string }>(
    `insert into audit_entry (at, action, actor_kind, actor_name, entity_name, division_code)
    values (now() - make_interval(days => ?::int), 'LOGIN', 'USER', 'retention_probe', 'User', '150121000000') returning id`,
    [days],
  );
  return row.id;
}

const present = async (ids: string[]) =>
  (await api.sql<{ id: string }>('select id from audit_entry where id in (?) order by id', [ids])).map((r) => r.id);

describe('audit retention: 《网络安全法》第二十一条 “留存相关的网络日志不少于六个月” (issue 15, item 11)', () => {
  it('the purge refuses fewer than 180 days, in the script and in the database', async () => {
    expect(MIN_AUDIT_RETENTION_DAYS).toBe(180);
    await expect(purgeAuditLog(ownerUrl, 179)).rejects.toThrow(/至少保留 180 天/);
    await expect(purgeAuditLog(ownerUrl, 0)).rejects.toThrow(/至少保留 180 天/);
    await expect(api.sql('select audit_purge(90)')).rejects.toThrow(/至少保留 180 天/);
  });

  it('deletes only entries older than the given days and six months; younger ones stay', async () => {
    const [old400, old200, young181, young100, fresh] = [
      await insertEntryDaysAgo(400),
      await insertEntryDaysAgo(200),
      await insertEntryDaysAgo(181),
      await insertEntryDaysAgo(100),
      await insertEntryDaysAgo(0),
    ];
    const [{ n: total }] = await api.sql<{ n: string }>('select count(*) as n from audit_entry');

    expect(await purgeAuditLog(ownerUrl, 365)).toBe(1);
    expect(await present([old400, old200, young181, young100, fresh])).toEqual([old200, young181, young100, fresh]);

    // 180 days: the 200-day entry goes; a 181-day entry is inside six calendar months, so it stays.
    expect(await purgeAuditLog(ownerUrl, 180)).toBe(1);
    expect(await present([old200, young181, young100, fresh])).toEqual([young181, young100, fresh]);
    const [{ n: left }] = await api.sql<{ n: string }>('select count(*) as n from audit_entry');
    expect(Number(left)).toBe(Number(total) - 2);
  });

  it('the trigger still refuses any other delete, even by the owner pretending to purge', async () => {
    const young = await insertEntryDaysAgo(30);
    const old = await insertEntryDaysAgo(500);
    await expect(api.sql('delete from audit_entry where id = ?', [old])).rejects.toThrow(/append-only/);
    const owner = new pg.Client({ connectionString: ownerUrl });
    await owner.connect();
    try {
      await owner.query('begin');
      await owner.query(`select set_config('ffp.audit_purge', 'on', true)`);
      await expect(owner.query('delete from audit_entry where id = $1', [young])).rejects.toThrow(/append-only/);
      await owner.query('rollback');
    } finally {
      await owner.end();
    }
    expect(await present([young, old])).toEqual([young, old]);
  });
});

describe('backup and restore with pg_dump / pg_restore (the README procedure)', () => {
  const PG_DUMP = process.env.PG_DUMP ?? 'pg_dump';
  const PG_RESTORE = process.env.PG_RESTORE ?? 'pg_restore';

  async function rowCounts(url: string): Promise<Record<string, number>> {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const { rows: tables } = await client.query<{ name: string }>(
        `select tablename as name from pg_tables where schemaname = 'public' order by 1`,
      );
      const counts: Record<string, number> = {};
      for (const { name } of tables) {
        const { rows } = await client.query<{ n: string }>(
          `select count(*) as n from ${client.escapeIdentifier(name)}`,
        );
        counts[name] = Number(rows[0].n);
      }
      return counts;
    } finally {
      await client.end();
    }
  }

  it('a dump restored into a fresh database has the same rows in every table, and the guards', async () => {
    // pg_dump refuses servers newer than itself: say which one is needed rather than fail obscurely.
    const dumpMajor = Number(execFileSync(PG_DUMP, ['--version'], { encoding: 'utf8' }).match(/(\d+)\.\d+/)![1]);
    const [{ v }] = await api.sql<{ v: string }>(`select current_setting('server_version_num') as v`);
    const serverMajor = Math.floor(Number(v) / 10000);
    expect(
      dumpMajor,
      `pg_dump ${dumpMajor} 不能备份 PostgreSQL ${serverMajor}：请安装 postgresql-client-${serverMajor}`,
    ).toBeGreaterThanOrEqual(serverMajor);

    await api.login('county_admin'); // one more audit entry, written through the API's role
    const dumpFile = path.join(dumpDir, 'ffp.dump');
    execFileSync(PG_DUMP, [
      '--format=custom',
      '--no-owner',
      '--no-privileges',
      '--file',
      dumpFile,
      '--dbname',
      ownerUrl,
    ]);
    expect(fs.statSync(dumpFile).size).toBeGreaterThan(10_000);

    await withAdminClient((c) => c.query(`create database "${restoredName}"`));
    const restoredUrl = databaseUrl(restoredName);
    execFileSync(PG_RESTORE, ['--no-owner', '--no-privileges', '--exit-on-error', '--dbname', restoredUrl, dumpFile]);

    const original = await rowCounts(ownerUrl);
    const restored = await rowCounts(restoredUrl);
    expect(original.audit_entry).toBeGreaterThan(0);
    expect(original.household).toBeGreaterThan(1000);
    expect(restored).toEqual(original);

    // The start command re-grants the application role; the restored audit log is append-only again.
    await prepareAppRole(restoredUrl, appRoleSettings(restoredUrl));
    const app = new pg.Client({ connectionString: appDatabaseUrl(restoredUrl, appRoleSettings(restoredUrl)) });
    await app.connect();
    try {
      const { rows } = await app.query<{ n: string }>('select count(*) as n from household');
      expect(Number(rows[0].n)).toBe(original.household);
      await expect(app.query('delete from audit_entry')).rejects.toThrow(/permission denied/);
    } finally {
      await app.end();
    }
    const owner = new pg.Client({ connectionString: restoredUrl });
    await owner.connect();
    try {
      await expect(owner.query('delete from audit_entry')).rejects.toThrow(/append-only/);
    } finally {
      await owner.end();
    }
  });
});
