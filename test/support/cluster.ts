import 'reflect-metadata';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { migrate, openOrm } from '../../api/src/orm';
import { appRoleSettings, prepareAppRole } from '../../api/src/database/app-role';
import { seedDemo } from '../../api/src/seed/seed';
import { freePort } from './ports';

/**
 * The deployment the scale-out tests check, built from real processes: a PostgreSQL 15 primary and
 * a streaming replica from Debian's binaries (initdb, pg_basebackup -R, pg_ctl) on free ports in a
 * temporary directory, migrated and seeded as global-setup does, and API instances started from the
 * built `api/dist` main with the environment an operator would give them (docs/deployment.md).
 * Run as root, the PostgreSQL binaries run as the OS user `postgres` (initdb refuses root).
 */
export const PG_BIN = process.env.PG_BIN ?? '/usr/lib/postgresql/15/bin';
const ROOT = path.resolve(__dirname, '../..');
const MAIN = path.join(ROOT, 'api', 'dist', 'api', 'src', 'main.js');
const DATABASE = 'ffp';

const asRoot = process.getuid?.() === 0;

function pgUser(): { uid: number; gid: number } | null {
  if (!asRoot) return null;
  const id = (flag: string) => Number(spawnSync('id', [flag, 'postgres'], { encoding: 'utf8' }).stdout.trim());
  return { uid: id('-u'), gid: id('-g') };
}

/** Runs a PostgreSQL binary (as `postgres` when we are root); throws with its output on failure. */
function runPg(binary: string, args: string[]): string {
  const command = asRoot ? 'runuser' : path.join(PG_BIN, binary);
  const argv = asRoot ? ['-u', 'postgres', '--', path.join(PG_BIN, binary), ...args] : args;
  const result = spawnSync(command, argv, { encoding: 'utf8', timeout: 120_000 });
  if (result.status !== 0)
    throw new Error(`${binary} ${args.join(' ')} failed (${result.status}): ${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

export interface PgServer {
  port: number;
  dataDir: string;
  /** A URL as the superuser `postgres` (trust) to the application database. */
  url: string;
  start(): void;
  stop(mode?: 'fast' | 'immediate'): void;
  running(): boolean;
  sql<R = Record<string, unknown>>(text: string, params?: unknown[]): Promise<R[]>;
}

function server(dir: string, dataDir: string, port: number): PgServer {
  const log = path.join(dir, `${path.basename(dataDir)}.log`);
  let up = false;
  return {
    port,
    dataDir,
    url: `postgres://postgres@127.0.0.1:${port}/${DATABASE}`,
    start() {
      runPg('pg_ctl', ['-D', dataDir, '-l', log, '-w', '-t', '60', '-o', `-p ${port} -k ${dir}`, 'start']);
      up = true;
    },
    stop(mode = 'fast') {
      if (!up) return;
      runPg('pg_ctl', ['-D', dataDir, '-m', mode, '-w', '-t', '60', 'stop']);
      up = false;
    },
    running: () => up,
    async sql(text, params = []) {
      const client = new pg.Client({ connectionString: `postgres://postgres@127.0.0.1:${port}/${DATABASE}` });
      await client.connect();
      try {
        return (await client.query(text, params)).rows;
      } finally {
        await client.end();
      }
    },
  };
}

export interface ApiInstance {
  name: string;
  port: number;
  url: string;
  process: ChildProcess;
  /** Everything it printed (for failure messages). */
  output(): string;
  /** SIGTERM, and its exit code once it has stopped. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

export interface Cluster {
  dir: string;
  primary: PgServer;
  replica: PgServer;
  instances: ApiInstance[];
  /** Waits until the replica has replayed everything the primary has written so far. */
  replicaCaughtUp(timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

async function waitFor(
  what: string,
  check: () => Promise<boolean>,
  timeoutMs: number,
  detail = () => '',
): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    try {
      if (await check()) return;
    } catch {
      // not yet
    }
    if (Date.now() > until) throw new Error(`${what}: not within ${timeoutMs} ms\n${detail()}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Starts the built API (`api/dist`) as its own process against the cluster. */
export async function startApiInstance(name: string, env: Record<string, string>, dir: string): Promise<ApiInstance> {
  if (!fs.existsSync(MAIN)) throw new Error(`${MAIN} missing: build the API first (npm test does)`);
  const port = await freePort();
  let output = '';
  const child = spawn(process.execPath, [MAIN], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      DATA_DIR: path.join(dir, `data-${name}`),
      ADMIN_DIST: path.join(dir, 'no-console'),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr!.on('data', (chunk) => {
    output += chunk;
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const url = `http://127.0.0.1:${port}`;
  await waitFor(
    `API ${name} ready`,
    async () => {
      if (child.exitCode !== null) throw new Error('exited');
      return (await fetch(`${url}/readyz`)).status === 200;
    },
    90_000,
    () => output,
  );
  return {
    name,
    port,
    url,
    process: child,
    output: () => output,
    async stop(signal = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
      const code = await exited;
      clearTimeout(timer);
      return code;
    },
  };
}

/**
 * A primary, a streaming replica and `instances` API processes configured with both
 * (DATABASE_URL, DATABASE_REPLICA_URLS); `env` is added to every instance's environment.
 */
export async function startCluster(
  options: { instances?: number; env?: Record<string, string> } = {},
): Promise<Cluster> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ffp-cluster-'));
  fs.chmodSync(dir, 0o755);
  const owner = pgUser();
  if (owner) fs.chownSync(dir, owner.uid, owner.gid);
  const [primaryPort, replicaPort] = [await freePort(), await freePort()];
  const primary = server(dir, path.join(dir, 'primary'), primaryPort);
  const replica = server(dir, path.join(dir, 'replica'), replicaPort);
  const instances: ApiInstance[] = [];
  const close = async () => {
    await Promise.all(instances.map((i) => i.stop().catch(() => null)));
    for (const s of [replica, primary]) {
      try {
        s.stop('immediate');
      } catch {
        /* already stopped */
      }
    }
    fs.rmSync(dir, { recursive: true, force: true });
  };
  try {
    runPg('initdb', ['-D', primary.dataDir, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C.UTF-8']);
    fs.appendFileSync(
      path.join(primary.dataDir, 'postgresql.conf'),
      [
        '',
        "listen_addresses = '127.0.0.1'",
        'wal_level = replica',
        'max_wal_senders = 5',
        'hot_standby = on',
        // A test cluster: durability is not the point, speed on a shared machine is.
        'fsync = off',
        'synchronous_commit = off',
        'full_page_writes = off',
        'shared_buffers = 32MB',
        'max_connections = 100',
        '',
      ].join('\n'),
    );
    primary.start();
    const admin = new pg.Client({ connectionString: `postgres://postgres@127.0.0.1:${primaryPort}/postgres` });
    await admin.connect();
    await admin.query(`create database ${DATABASE}`);
    await admin.end();
    // As global-setup: the owner migrates and seeds, then the application role gets its grants.
    const orm = await openOrm(primary.url, { poolMax: 2 });
    try {
      await migrate(orm);
      await seedDemo(orm);
    } finally {
      await orm.close();
    }
    await prepareAppRole(primary.url, appRoleSettings(primary.url, {}));

    runPg('pg_basebackup', [
      '-h',
      '127.0.0.1',
      '-p',
      String(primaryPort),
      '-U',
      'postgres',
      '-D',
      replica.dataDir,
      '-R',
      '-X',
      'stream',
      '-c',
      'fast',
    ]);
    replica.start();
    const cluster: Cluster = {
      dir,
      primary,
      replica,
      instances,
      async replicaCaughtUp(timeoutMs = 30_000) {
        const [{ lsn }] = await primary.sql<{ lsn: string }>('select pg_current_wal_lsn()::text as lsn');
        await waitFor(
          'replica replay',
          async () => {
            const [row] = await replica.sql<{ ok: boolean }>('select pg_last_wal_replay_lsn() >= $1::pg_lsn as ok', [
              lsn,
            ]);
            return row.ok;
          },
          timeoutMs,
        );
      },
      close,
    };
    await cluster.replicaCaughtUp(60_000);
    const env = {
      DATABASE_URL: primary.url,
      DATABASE_REPLICA_URLS: replica.url,
      APP_DATABASE_PASSWORD: '',
      DEMO_DATA: 'true',
      // The machines running the tests are shared and often loaded: a first replica connection may take seconds.
      DATABASE_REPLICA_TIMEOUT_MS: '15000',
      ...options.env,
    };
    const names = 'ABCDEFGH'.slice(0, options.instances ?? 2).split('');
    instances.push(...(await Promise.all(names.map((name) => startApiInstance(name, env, dir)))));
    return cluster;
  } catch (error) {
    await close();
    throw error;
  }
}
