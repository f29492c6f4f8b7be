import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appRoleSettings, prepareAppRole } from '../../api/src/database/app-role';
import { databaseUrl } from '../support/database';
import { startTestApi, type TestApi } from '../support/api';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api?.close();
});

/** SQL on the API's own connection pool: what an injected statement or a bug could do. */
const asApi = <R extends object = Record<string, unknown>>(sql: string, params: unknown[] = []) =>
  api.orm.em.getConnection().execute(sql, params as never[]) as Promise<R[]>;

describe('the API connects as a role that owns nothing (issue 15, item 9)', () => {
  it('is the application role, not a superuser, not the owner, and owns no object', async () => {
    const [me] = await asApi<{
      user: string;
      rolsuper: boolean;
      rolcreaterole: boolean;
      rolcreatedb: boolean;
      rolbypassrls: boolean;
    }>(
      'select current_user as user, rolsuper, rolcreaterole, rolcreatedb, rolbypassrls from pg_roles where rolname = current_user',
    );
    expect(me).toEqual({
      user: appRoleSettings(databaseUrl(api.databaseName)).role,
      rolsuper: false,
      rolcreaterole: false,
      rolcreatedb: false,
      rolbypassrls: false,
    });
    const [owned] = await asApi<{ n: string }>(`select
      (select count(*) from pg_class where relowner = r.oid) + (select count(*) from pg_proc where proowner = r.oid)
      + (select count(*) from pg_type where typowner = r.oid) + (select count(*) from pg_namespace where nspowner = r.oid) as n
      from pg_roles r where r.rolname = current_user`);
    expect(Number(owned.n)).toBe(0);
    const [{ owner }] = await asApi<{ owner: string }>(
      `select tableowner as owner from pg_tables where tablename = 'audit_entry'`,
    );
    expect(owner).not.toBe(me.user);
  });

  it('cannot disable the audit trigger or turn triggers off for its session', async () => {
    await expect(asApi('alter table audit_entry disable trigger user')).rejects.toThrow(/must be owner/);
    await expect(asApi('alter table audit_entry disable trigger audit_entry_no_update_delete')).rejects.toThrow(
      /must be owner/,
    );
    await expect(asApi('set session_replication_role = replica')).rejects.toThrow(/permission denied/);
    await expect(asApi('drop table audit_entry')).rejects.toThrow(/must be owner/);
    await expect(asApi('create table audit_copy (id int)')).rejects.toThrow(/permission denied/);
  });

  it('cannot delete, update or truncate an audit entry, nor purge the log; the entries stay', async () => {
    const [before] = await api.sql<{ n: string; max: string }>('select count(*) as n, max(id) as max from audit_entry');
    expect(Number(before.n)).toBeGreaterThan(0);
    await expect(asApi('delete from audit_entry where id = ?', [before.max])).rejects.toThrow(/permission denied/);
    await expect(asApi(`update audit_entry set actor_name = 'x' where id = ?`, [before.max])).rejects.toThrow(
      /permission denied/,
    );
    await expect(asApi('truncate audit_entry')).rejects.toThrow(/permission denied/);
    await expect(asApi('select audit_purge(3650)')).rejects.toThrow(/permission denied/);
    // Append-only tables of the procedure too.
    await expect(asApi('delete from case_event')).rejects.toThrow(/permission denied/);
    // And every other history table: the asset ledger's, the projects' and the distribution plans'.
    for (const table of ['asset_event', 'asset_project_event', 'distribution_plan_event']) {
      await expect(asApi(`update ${table} set note = 'x'`), table).rejects.toThrow(/permission denied/);
      await expect(asApi(`delete from ${table}`), table).rejects.toThrow(/permission denied/);
      await expect(asApi(`truncate ${table}`), table).rejects.toThrow(/permission denied/);
      // The owner is refused too, by the trigger.
      await expect(api.sql(`update ${table} set note = 'x'`), table).rejects.toThrow(/append-only/);
      await expect(api.sql(`truncate ${table}`), table).rejects.toThrow(/append-only/);
    }
    const [{ n: events }] = await api.sql<{ n: string }>('select count(*) as n from asset_event');
    expect(Number(events)).toBeGreaterThan(0);
    await expect(asApi('delete from mikro_orm_migrations')).rejects.toThrow(/permission denied/);
    const [after] = await api.sql<{ n: string }>('select count(*) as n from audit_entry');
    expect(after.n).toBe(before.n);
    // …while the application's own work is still audited through the same role: a sign-in.
    await api.login('county_admin');
    const [last] = await api.sql<{ n: string }>('select count(*) as n from audit_entry where id > ?', [before.max]);
    expect(Number(last.n)).toBeGreaterThan(0);
  });

  it('reads and writes the data tables, including tables a later migration adds (default privileges)', async () => {
    const [{ n }] = await asApi<{ n: string }>('select count(*) as n from household');
    expect(Number(n)).toBeGreaterThan(0);
    await api.sql('create table later_table (id int primary key)');
    await asApi('insert into later_table values (1)');
    await asApi('update later_table set id = 2');
    expect(await asApi('select id from later_table')).toEqual([{ id: 2 }]);
    await asApi('delete from later_table');
  });

  it('is set up idempotently by parallel starts sharing one server', async () => {
    const url = databaseUrl(api.databaseName);
    await Promise.all([1, 2, 3, 4].map(() => prepareAppRole(url, appRoleSettings(url))));
    await expect(asApi('delete from audit_entry')).rejects.toThrow(/permission denied/);
    expect((await asApi<{ ok: number }>('select 1 as ok from household limit 1')).length).toBe(1);
  });
});
