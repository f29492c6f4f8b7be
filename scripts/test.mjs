// npm test: install, build, type-check and lint, make sure a PostgreSQL and a browser are there, then run every test.
// Database: DATABASE_URL, else the machine's server at 127.0.0.1:5432, else an embedded one.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, build, canConnect, checkNode, fail, install, run, spawnInherit, startEmbedded, step } from './lib.mjs';

const CHROMIUM = '/usr/bin/chromium';

function hasChineseFont() {
  const result = spawnSync('fc-list', [':lang=zh'], { encoding: 'utf8' });
  return result.status === 0 && result.stdout.trim().length > 0;
}

/** The console tests need Debian's chromium and a CJK font; install them when we can, else say so. */
function ensureBrowser() {
  const missing = [];
  if (!fs.existsSync(process.env.CHROMIUM_PATH ?? CHROMIUM)) missing.push('chromium');
  if (!hasChineseFont()) missing.push('fonts-noto-cjk');
  if (missing.length === 0) return;
  if (process.getuid?.() !== 0) {
    fail(
      `浏览器测试需要 Debian 软件包：${missing.join('、')}。请以 root 运行 apt-get install -y ${missing.join(' ')} 后重试。`,
    );
  }
  step(`安装浏览器测试所需的软件包：${missing.join(' ')}`);
  const env = { DEBIAN_FRONTEND: 'noninteractive' };
  const first = spawnSync('apt-get', ['install', '-y', ...missing], {
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  if (first.status !== 0) {
    run('apt-get', ['update'], { env });
    run('apt-get', ['install', '-y', ...missing], { env });
  }
}

async function database() {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, stop: async () => {} };
  if (await canConnect('127.0.0.1', 5432))
    return { url: 'postgres://postgres@127.0.0.1:5432/postgres', stop: async () => {} };
  step('本机 127.0.0.1:5432 没有 PostgreSQL：启动内置 PostgreSQL');
  const port = Number(process.env.EMBEDDED_PG_PORT ?? 54339);
  const embedded = await startEmbedded(path.join(ROOT, '.data', 'test-postgres'), port);
  return { url: embedded.url, stop: embedded.stop };
}

checkNode();
install();
ensureBrowser();
// The API's build is `tsc -p api`: a type error there already stops here.
build();
step('类型检查管理控制台（tsc -p admin）');
run('npx', ['-y', 'pnpm@10.34.9', 'exec', 'tsc', '-p', 'admin']);
step('类型检查测试代码（tsc -p test）');
run('npx', ['-y', 'pnpm@10.34.9', 'exec', 'tsc', '-p', 'test']);
step('代码检查（eslint：api/src、admin/src、test）');
run('npx', ['-y', 'pnpm@10.34.9', 'exec', 'eslint', 'api/src', 'admin/src', 'test']);
step('格式检查（prettier --check）');
run('npx', ['-y', 'pnpm@10.34.9', 'format:check']);
const db = await database();
step(`运行测试（数据库 ${db.url.replace(/:[^:@/]*@/, ':***@')}）`);
const vitest = spawnInherit('npx', ['-y', 'pnpm@10.34.9', 'exec', 'vitest', 'run', ...process.argv.slice(2)], {
  DATABASE_URL: db.url,
});
vitest.on('exit', async (code) => {
  await db.stop();
  process.exit(code ?? 1);
});
