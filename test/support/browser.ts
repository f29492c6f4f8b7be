import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { openOrm } from '../../api/src/orm';
import { loadConfig } from '../../api/src/config';
import { startHttpServer } from '../../api/src/server';
import { startJobWorker } from '../../api/src/jobs/job-worker';
import { appDatabaseUrl, appRoleSettings } from '../../api/src/database/app-role';
import type { MikroORM } from '@mikro-orm/postgresql';

export const SCREENSHOT_DIR = path.resolve(__dirname, '..', '..', 'test-results', 'screenshots');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface ConsoleSession {
  url: string;
  page: Page;
  screenshot(name: string): Promise<string>;
  close(): Promise<void>;
}

/** The real server (API + built console) on a free port, and headless Debian chromium on it. */
export async function openConsole(databaseUrl: string, options: { timezoneId?: string } = {}): Promise<ConsoleSession> {
  const config = loadConfig({ ...process.env, DATABASE_URL: databaseUrl });
  if (!fs.existsSync(path.join(config.adminDist, 'index.html'))) {
    throw new Error(`控制台未构建（缺少 ${config.adminDist}/index.html）：请用 npm test 运行，它会先构建控制台`);
  }
  if (!fs.existsSync(CHROMIUM))
    throw new Error(`浏览器测试需要 Debian 的 chromium（${CHROMIUM}）：apt-get install chromium fonts-noto-cjk`);
  // The API connects as the application role, as `npm start` does.
  const orm: MikroORM = await openOrm(appDatabaseUrl(databaseUrl, appRoleSettings(databaseUrl)), { poolMax: 4 });
  const server = await startHttpServer(orm, config, 0);
  // As `npm start`: a job worker in the process runs the exports the console starts.
  const worker = await startJobWorker(orm, config, { ownerUrl: databaseUrl });
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ffp-chromium-'));
  const context: BrowserContext = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    viewport: { width: 1400, height: 900 },
    locale: 'zh-CN',
    timezoneId: options.timezoneId ?? 'Asia/Shanghai',
  });
  const page = context.pages()[0] ?? (await context.newPage());
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  return {
    url: server.url,
    page,
    async screenshot(name) {
      const file = path.join(SCREENSHOT_DIR, `${name}.png`);
      await page.screenshot({ path: file, fullPage: true });
      return file;
    },
    async close() {
      await context.close();
      await server.stop();
      await worker.stop();
      await orm.close();
      fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

export async function signIn(session: ConsoleSession, username: string, password = 'Demo@2026') {
  const { page, url } = session;
  await page.goto(`${url}/#/login`);
  await page.fill('input[name="username"]', username);
  await page.fill('input[name="password"]', password);
  await page.click('button[type="submit"]');
  await page.waitForFunction(() => !location.hash.startsWith('#/login'), undefined, { timeout: 15_000 });
}
