// Helpers for the two set-up commands. Node built-ins only: they run before anything is installed.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const PNPM = ['-y', 'pnpm@10.34.9'];

export function step(message) {
  console.log(`\n▶ ${message}`);
}

export function fail(message) {
  console.error(`\n✖ ${message}`);
  process.exit(1);
}

/** Runs a command in the project, inheriting output; exits on failure. */
export function run(command, args, options = {}) {
  const result = spawnSync(command, args, {
    cwd: ROOT,
    stdio: 'inherit',
    ...options,
    env: { ...process.env, ...options.env },
  });
  if (result.status !== 0) fail(`命令失败：${command} ${args.join(' ')}`);
}

export function pnpm(...args) {
  run('npx', [...PNPM, ...args]);
}

export function checkNode() {
  const [major, minor] = process.versions.node.split('.').map(Number);
  if (major < 20 || (major === 20 && minor < 19))
    fail(`需要 Node.js 20.19 或更高版本，当前为 ${process.versions.node}`);
}

/** Installs the workspace (pnpm 10 via npx: a fresh machine has only Node and npm). */
export function install() {
  step('安装依赖（pnpm install）');
  pnpm('install', '--frozen-lockfile', '--config.confirmModulesPurge=false');
}

export function build({ admin = true } = {}) {
  step('构建 API');
  pnpm('--filter', '@fangfanpin/api', 'build');
  if (admin) {
    step('构建管理控制台');
    pnpm('--filter', '@fangfanpin/admin', 'build');
  }
}

export function canConnect(host, port, timeoutMs = 1500) {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    const done = (ok) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

/** Starts the embedded PostgreSQL from the built API; returns its URL and a stop function. */
export async function startEmbedded(dataDir, port) {
  const { startEmbeddedPostgres } = await import(path.join(ROOT, 'api/dist/api/src/database/embedded.js'));
  return startEmbeddedPostgres(dataDir, port);
}

export function spawnInherit(command, args, env) {
  return spawn(command, args, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ...env } });
}

export const exists = (p) => fs.existsSync(path.join(ROOT, p));
