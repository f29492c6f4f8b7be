import pg from 'pg';

/** The server the tests use: DATABASE_URL (the test command sets it), else the machine's local server. */
export function serverUrl(): string {
  return process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
}

export function databaseUrl(name: string): string {
  const url = new URL(serverUrl());
  url.pathname = `/${name}`;
  return url.toString();
}

export async function withAdminClient<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl('postgres') });
  try {
    await client.connect();
  } catch (error) {
    throw new Error(
      `测试需要 PostgreSQL：无法连接 ${serverUrl()}（请设置 DATABASE_URL 或启动本机 PostgreSQL）：${(error as Error).message}`,
    );
  }
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export async function dropDatabase(name: string): Promise<void> {
  await withAdminClient((c) => c.query(`drop database if exists "${name}" with (force)`));
}

/** A copy of the migrated, seeded template: one database per test file, ready in ~100 ms. */
export async function cloneDatabase(template: string, name: string): Promise<string> {
  await withAdminClient(async (c) => {
    await c.query(`drop database if exists "${name}" with (force)`);
    await c.query(`create database "${name}" template "${template}"`);
  });
  return databaseUrl(name);
}
