import { createHash } from 'node:crypto';
import pg from 'pg';

/**
 * The API's own database login. Migrations run as the owner of the tables (DATABASE_URL's user);
 * requests run as this role, which owns nothing and may not rewrite the audit log: a superuser or
 * owner could `ALTER TABLE audit_entry DISABLE TRIGGER` or `SET session_replication_role = replica`
 * and delete the evidence, this role cannot.
 */
export interface AppRoleSettings {
  /** APP_DATABASE_ROLE, default `ffp_app`. */
  role: string;
  /**
   * APP_DATABASE_PASSWORD; unset: derived from the owner's password, so every instance (and every
   * test run) sharing a server agrees on it without a second secret. No owner password (trust or
   * peer authentication): no password either.
   */
  password: string | null;
}

/** Tables the application may only append to and read (their triggers refuse changes as well). */
export const APPEND_ONLY_TABLES = [
  'audit_entry',
  'case_event',
  'asset_event',
  'asset_project_event',
  'distribution_plan_event',
];
/** Tables the application never touches. */
const OWNER_ONLY_TABLES = ['mikro_orm_migrations', 'job_worker'];

const ROLE_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

export function appRoleSettings(ownerUrl: string, env: NodeJS.ProcessEnv = process.env): AppRoleSettings {
  const role = env.APP_DATABASE_ROLE || 'ffp_app';
  if (!ROLE_NAME.test(role)) throw new Error(`APP_DATABASE_ROLE 应为小写字母、数字和下划线组成的角色名，收到 ${role}`);
  const owner = new URL(ownerUrl);
  if (decodeURIComponent(owner.username) === role)
    throw new Error(`APP_DATABASE_ROLE（${role}）不能与 DATABASE_URL 的用户相同：接口须使用不拥有任何表的角色`);
  const ownerPassword = decodeURIComponent(owner.password);
  const password =
    env.APP_DATABASE_PASSWORD ||
    (ownerPassword ? createHash('sha256').update(`ffp-app-role\0${role}\0${ownerPassword}`).digest('base64url') : null);
  return { role, password };
}

/** The owner's URL with the application role's credentials: same server, same database. */
export function appDatabaseUrl(ownerUrl: string, settings: AppRoleSettings): string {
  const url = new URL(ownerUrl);
  url.username = settings.role;
  url.password = settings.password ? encodeURIComponent(settings.password) : '';
  return url.toString();
}

/** Codes a concurrent CREATE/ALTER ROLE or GRANT from another process sharing the server can raise. */
const RACE_CODES = new Set(['42710', '23505', 'XX000', '40001', '40P01']);

/**
 * Run by the owner after migrations, at every start: creates the role if missing (roles are
 * cluster-wide, so parallel starts on one server may race: a duplicate is taken as done and the
 * step retried), keeps it unprivileged, and grants it the data tables (re-granted each start, plus
 * default privileges for tables added later).
 */
export async function prepareAppRole(ownerUrl: string, settings: AppRoleSettings): Promise<void> {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    for (let attempt = 1; ; attempt++) {
      try {
        await ensureRole(client, settings);
        await grant(client, settings.role);
        break;
      } catch (error) {
        if (attempt >= 5 || !RACE_CODES.has((error as { code?: string }).code ?? '')) throw error;
        await new Promise((resolve) => setTimeout(resolve, 50 * attempt + Math.random() * 100));
      }
    }
  } finally {
    await client.end();
  }
}

async function ensureRole(client: pg.Client, { role, password }: AppRoleSettings): Promise<void> {
  const name = client.escapeIdentifier(role);
  const secret = password ? ` password ${client.escapeLiteral(password)}` : '';
  const attributes = 'login nosuperuser nocreatedb nocreaterole noreplication nobypassrls noinherit';
  const [me] = (
    await client.query<{ rolsuper: boolean; rolcreaterole: boolean; owner: string }>(
      'select rolsuper, rolcreaterole, current_user as owner from pg_roles where rolname = current_user',
    )
  ).rows;
  const existing = (
    await client.query<{
      rolsuper: boolean;
      rolcreatedb: boolean;
      rolcreaterole: boolean;
      rolreplication: boolean;
      rolbypassrls: boolean;
      rolcanlogin: boolean;
    }>(
      'select rolsuper, rolcreatedb, rolcreaterole, rolreplication, rolbypassrls, rolcanlogin from pg_roles where rolname = $1',
      [role],
    )
  ).rows[0];
  if (!existing) {
    if (!me.rolsuper && !me.rolcreaterole) {
      throw new Error(
        `数据库用户 ${me.owner} 无权创建角色 ${role}：请由数据库管理员执行 CREATE ROLE ${role} LOGIN PASSWORD '…'（并设置 APP_DATABASE_PASSWORD），或授予 ${me.owner} CREATEROLE`,
      );
    }
    await client.query(`create role ${name} ${attributes}${secret}`);
    return;
  }
  const privileged =
    existing.rolsuper ||
    existing.rolcreatedb ||
    existing.rolcreaterole ||
    existing.rolreplication ||
    existing.rolbypassrls;
  if (privileged || !existing.rolcanlogin) {
    if (!me.rolsuper)
      throw new Error(
        `数据库角色 ${role} 具有超级用户等特权或不能登录：请由数据库管理员执行 ALTER ROLE ${role} ${attributes}`,
      );
    await client.query(`alter role ${name} ${attributes}`);
  }
  // The password is (re)set each start when we may: the owner's password may have changed.
  if (password && (me.rolsuper || me.rolcreaterole)) await client.query(`alter role ${name}${secret}`);
  const member = await client.query<{ m: boolean }>('select pg_has_role($1, current_user, $2) as m', [role, 'MEMBER']);
  if (member.rows[0].m) throw new Error(`数据库角色 ${role} 是 ${me.owner} 的成员，会继承表的所有权：请撤销该成员关系`);
}

/** Privileges in this database: the data tables, append-only tables, and nothing else. */
async function grant(client: pg.Client, role: string): Promise<void> {
  const name = client.escapeIdentifier(role);
  const {
    rows: [{ db }],
  } = await client.query<{ db: string }>('select current_database() as db');
  const statements = [
    `grant connect, temporary on database ${client.escapeIdentifier(db)} to ${name}`,
    `grant usage on schema public to ${name}`,
    `grant select, insert, update, delete on all tables in schema public to ${name}`,
    `grant usage, select on all sequences in schema public to ${name}`,
    // Tables and sequences later migrations create are covered without another grant.
    `alter default privileges in schema public grant select, insert, update, delete on tables to ${name}`,
    `alter default privileges in schema public grant usage, select on sequences to ${name}`,
  ];
  // The job queue's tables are the owner's (workers connect as the owner); requests add jobs
  // through enqueue_job, a function running as the owner that accepts the product's tasks only.
  const enqueue = await client.query(
    "select 1 from pg_proc where proname = 'enqueue_job' and pronamespace = 'public'::regnamespace",
  );
  if (enqueue.rowCount) statements.push(`grant execute on function enqueue_job(text, json, int) to ${name}`);
  for (const table of APPEND_ONLY_TABLES)
    statements.push(`revoke update, delete, truncate on table ${client.escapeIdentifier(table)} from ${name}`);
  for (const table of OWNER_ONLY_TABLES)
    statements.push(`revoke all on table ${client.escapeIdentifier(table)} from ${name}`);
  await client.query('begin');
  try {
    for (const sql of statements) {
      if (/on table "(\w+)"/.test(sql)) {
        const table = sql.match(/on table "(\w+)"/)![1];
        const present = await client.query('select 1 from pg_tables where schemaname = $1 and tablename = $2', [
          'public',
          table,
        ]);
        if (!present.rowCount) continue;
      }
      await client.query(sql);
    }
    await client.query('commit');
  } catch (error) {
    await client.query('rollback');
    throw error;
  }
}
