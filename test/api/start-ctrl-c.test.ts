import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { freePort } from '../support/ports';

/**
 * Ctrl-C on `npm start` stops the API and the embedded PostgreSQL it started, also mid-boot and on a
 * second Ctrl-C. The child runs `scripts/serve.mjs`: the exact code `npm start` (scripts/start.mjs)
 * runs after its install and build, with the same signal handling, supervisor and built main.js;
 * the test run has built everything already, so installing and building again would only cost time.
 * The child gets no DATABASE_URL: it starts its own embedded PostgreSQL in a temporary data dir.
 */
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BOOT_MS = 90_000;
/** From the signal until the start command has exited and left nothing behind. */
const STOP_MS = 20_000;

interface Start {
  child: ChildProcess;
  dataDir: string;
  pgDataDir: string;
  apiPort: number;
  pgPort: number;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  output: () => string;
}

const starts: Start[] = [];

async function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net
      .createServer()
      .once('error', () => resolve(false))
      .listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Detached, as a terminal runs a command: its own process group, which Ctrl-C signals as a whole. */
async function startCommand({ dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ffp-ctrlc-')) } = {}): Promise<Start> {
  const apiPort = await freePort();
  let pgPort = await freePort();
  while (pgPort === apiPort) pgPort = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    // Demo data would only make the boot slower; migrations are the mid-boot work that matters here.
    DEMO_DATA: 'false',
    ADMIN_PASSWORD: 'Ctrl-C-test-2026',
    DATA_DIR: dataDir,
    PORT: String(apiPort),
    EMBEDDED_PG_PORT: String(pgPort),
  };
  delete env.DATABASE_URL;
  const child = spawn(process.execPath, ['scripts/serve.mjs'], {
    cwd: ROOT,
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => {
    output += chunk.toString('utf8');
  });
  child.stderr!.on('data', (chunk: Buffer) => {
    output += chunk.toString('utf8');
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.once('exit', (code, signal) => resolve({ code, signal }));
  });
  const start = {
    child,
    dataDir,
    pgDataDir: path.join(dataDir, 'postgres'),
    apiPort,
    pgPort,
    exited,
    output: () => output,
  };
  starts.push(start);
  return start;
}

async function waitFor<T>(
  what: string,
  start: Start,
  timeoutMs: number,
  probe: () => Promise<T | undefined> | T | undefined,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (start.child.exitCode !== null || start.child.signalCode !== null)
      throw new Error(`start command exited while waiting for ${what}:\n${start.output()}`);
    if (Date.now() > deadline) throw new Error(`no ${what} within ${timeoutMs} ms:\n${start.output()}`);
    await sleep(50);
  }
}

async function answers(start: Start): Promise<boolean> {
  try {
    return (await fetch(`http://127.0.0.1:${start.apiPort}/healthz`, { signal: AbortSignal.timeout(1000) })).ok;
  } catch {
    return false;
  }
}

/** The PID in postmaster.pid (first line), once the server has written it. */
function postmasterPid(start: Start): number | undefined {
  try {
    const pid = Number(fs.readFileSync(path.join(start.pgDataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    return pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

interface ProcessInfo {
  pid: number;
  pgid: number;
  state: string;
  cmdline: string;
}

/** Every live process (zombies waiting to be reaped are gone already), from /proc. */
function processes(): ProcessInfo[] {
  const found: ProcessInfo[] = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      // "pid (comm) state ppid pgrp …": comm may hold spaces and parentheses.
      const [state, , pgid] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (state === 'Z') continue;
      const cmdline = fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8').replace(/\0/g, ' ').trim();
      found.push({ pid: Number(entry), pgid: Number(pgid), state, cmdline });
    } catch {
      // ended while we looked
    }
  }
  return found;
}

const isRunning = (pid: number) => processes().some((p) => p.pid === pid);

const initdbRunning = (start: Start) =>
  processes().some((p) => p.cmdline.includes('initdb') && p.cmdline.includes(start.dataDir));

/** Processes of this start: its process group (supervisor, API, PostgreSQL and backends) or its data dir. */
function leftovers(start: Start): string[] {
  return processes()
    .filter((p) => p.pgid === start.child.pid || p.cmdline.includes(start.dataDir))
    .map((p) => `${p.pid} ${p.cmdline}`);
}

/** What a terminal's Ctrl-C does: SIGINT to every process of the foreground group. */
function ctrlC(start: Start, { groupMayBeGone = false } = {}) {
  try {
    process.kill(-start.child.pid!, 'SIGINT');
  } catch (error) {
    if (!(groupMayBeGone && (error as NodeJS.ErrnoException).code === 'ESRCH')) throw error;
  }
}

/** The start command exits within the bound (after a Ctrl-C or SIGTERM) and leaves no process, pid file or port behind. */
async function expectStoppedCleanly(start: Start, postgresPid?: number) {
  const timedOut = Symbol('timed out');
  const exit = await Promise.race([start.exited, sleep(STOP_MS).then(() => timedOut)]);
  expect(exit, `start command still running ${STOP_MS} ms after the signal:\n${start.output()}`).not.toBe(timedOut);
  // It handled the signal (waiting for the API) rather than being killed by it.
  expect((exit as { signal: NodeJS.Signals | null }).signal).toBeNull();
  // PostgreSQL removes its pid file as the last step of its shutdown; give it a moment, no more.
  const postgresRunning = () => postgresPid !== undefined && isRunning(postgresPid);
  for (let i = 0; i < 40 && (fs.existsSync(path.join(start.pgDataDir, 'postmaster.pid')) || postgresRunning()); i++)
    await sleep(50);
  expect(fs.existsSync(path.join(start.pgDataDir, 'postmaster.pid')), 'postmaster.pid left behind').toBe(false);
  expect(postgresRunning(), `PostgreSQL (pid ${postgresPid}) still running`).toBe(false);
  expect(leftovers(start)).toEqual([]);
  expect(await portIsFree(start.apiPort), `API port ${start.apiPort} still taken`).toBe(true);
  expect(await portIsFree(start.pgPort), `PostgreSQL port ${start.pgPort} still taken`).toBe(true);
}

afterEach(async () => {
  // A failed case must not leave its servers running for the rest of the suite.
  for (const start of starts.splice(0)) {
    for (const p of processes().filter((p) => p.pgid === start.child.pid || p.cmdline.includes(start.dataDir))) {
      try {
        process.kill(p.pid, 'SIGKILL');
      } catch {
        /* gone */
      }
    }
    fs.rmSync(start.dataDir, { recursive: true, force: true });
  }
});

describe('Ctrl-C on the start command (embedded PostgreSQL)', () => {
  it(
    'stops the API and PostgreSQL once the API answers',
    async () => {
      const start = await startCommand();
      await waitFor('answer on /healthz', start, BOOT_MS, async () => (await answers(start)) || undefined);
      const postgresPid = await waitFor('postmaster.pid', start, 1000, () => postmasterPid(start));
      expect(isRunning(postgresPid)).toBe(true);
      expect(leftovers(start).length).toBeGreaterThanOrEqual(3); // supervisor, API, PostgreSQL

      ctrlC(start);
      await expectStoppedCleanly(start, postgresPid);
    },
    BOOT_MS + STOP_MS + 10_000,
  );

  it(
    'stops PostgreSQL when Ctrl-C comes mid-boot, before the API answers',
    async () => {
      const start = await startCommand();
      // The API prints this right after PostgreSQL is up, then runs the migrations of a new database.
      await waitFor(
        'embedded PostgreSQL',
        start,
        BOOT_MS,
        () => /内置 PostgreSQL 已启动/.test(start.output()) || undefined,
      );
      const postgresPid = await waitFor('postmaster.pid', start, 1000, () => postmasterPid(start));
      expect(await answers(start)).toBe(false);

      ctrlC(start);
      await expectStoppedCleanly(start, postgresPid);
      expect(start.output()).not.toMatch(/防返贫监测帮扶平台已启动/);
    },
    BOOT_MS + STOP_MS + 10_000,
  );

  it(
    'stops cleanly on a second Ctrl-C during the shutdown of a boot',
    async () => {
      const start = await startCommand();
      await waitFor(
        'embedded PostgreSQL',
        start,
        BOOT_MS,
        () => /内置 PostgreSQL 已启动/.test(start.output()) || undefined,
      );
      const postgresPid = await waitFor('postmaster.pid', start, 1000, () => postmasterPid(start));

      ctrlC(start);
      await sleep(100);
      ctrlC(start, { groupMayBeGone: true });
      await expectStoppedCleanly(start, postgresPid);
    },
    BOOT_MS + STOP_MS + 10_000,
  );

  it(
    'stops cleanly on Ctrl-C while the first start creates the database cluster (initdb)',
    async () => {
      const start = await startCommand();
      await waitFor('initdb', start, BOOT_MS, () => initdbRunning(start) || undefined);

      ctrlC(start);
      await expectStoppedCleanly(start);
    },
    BOOT_MS + STOP_MS + 10_000,
  );

  it(
    'waits for initdb on SIGTERM to the start command alone, and the next start works',
    async () => {
      // initdb gets no signal here: the API must not exit and leave it running on its own.
      const start = await startCommand();
      await waitFor('initdb', start, BOOT_MS, () => initdbRunning(start) || undefined);

      start.child.kill('SIGTERM');
      await expectStoppedCleanly(start);

      const again = await startCommand({ dataDir: start.dataDir });
      await waitFor(
        'answer on /healthz after the interrupted first start',
        again,
        BOOT_MS,
        async () => (await answers(again)) || undefined,
      );
      const postgresPid = await waitFor('postmaster.pid', again, 1000, () => postmasterPid(again));
      ctrlC(again);
      await expectStoppedCleanly(again, postgresPid);
    },
    2 * BOOT_MS + 2 * STOP_MS + 10_000,
  );

  it(
    'stops PostgreSQL on SIGTERM to the start command alone (a service manager stopping it)',
    async () => {
      // Here PostgreSQL gets no signal of its own: only the chain supervisor → API → embedded stop works.
      const start = await startCommand();
      await waitFor('answer on /healthz', start, BOOT_MS, async () => (await answers(start)) || undefined);
      const postgresPid = await waitFor('postmaster.pid', start, 1000, () => postmasterPid(start));

      start.child.kill('SIGTERM');
      await expectStoppedCleanly(start, postgresPid);
    },
    BOOT_MS + STOP_MS + 10_000,
  );
});
