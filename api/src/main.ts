import 'reflect-metadata';
import path from 'node:path';
import { loadConfig } from './config';
import { ensureDatabase, startEmbeddedPostgres } from './database/embedded';
import { migrate, openOrm } from './orm';
import { ensureAdministrator, seedDemo } from './seed/seed';
import { seedAssistanceDemo } from './seed/assistance.seed';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './seed/demo-accounts';
import { ROLE_LABELS } from './auth/roles';
import { startHttpServer } from './server';
import { systemEm } from './context';
import { waitForBackgroundJobs } from './common/background';
import { ImportJob, ImportStatus } from './modules/imports/import-job.entity';
import { BatchStatus, DepartmentBatch } from './modules/warnings/warning.entity';

/** Jobs run inside this process: any still marked running were cut off by the last stop. */
async function failInterruptedJobs(orm: Awaited<ReturnType<typeof openOrm>>) {
  const em = systemEm(orm);
  const message = '服务重启，任务中断，请重新提交';
  const imports = await em.nativeUpdate(ImportJob, { status: { $in: [ImportStatus.QUEUED, ImportStatus.VALIDATING, ImportStatus.IMPORTING] } }, { status: ImportStatus.FAILED, message });
  const batches = await em.nativeUpdate(DepartmentBatch, { status: BatchStatus.RUNNING }, { status: BatchStatus.FAILED, message });
  if (imports + batches) console.log(`已将 ${imports + batches} 个中断的后台任务标记为失败`);
}

/** Boot: config → database (embedded if no DATABASE_URL) → migrations → seed → HTTP. */
async function main() {
  const config = loadConfig();
  let databaseUrl = config.databaseUrl;
  let stopEmbedded: (() => Promise<void>) | undefined;
  if (!databaseUrl) {
    const port = Number(process.env.EMBEDDED_PG_PORT ?? 54329);
    const embedded = await startEmbeddedPostgres(path.join(config.dataDir, 'postgres'), port);
    stopEmbedded = embedded.stop;
    databaseUrl = embedded.url.replace(/\/postgres$/, '/fangfanpin');
    console.log(`内置 PostgreSQL 已启动（端口 ${port}，数据目录 ${path.join(config.dataDir, 'postgres')}）`);
  }
  await ensureDatabase(databaseUrl);
  const orm = await openOrm(databaseUrl);
  const applied = await migrate(orm);
  if (applied.length) console.log(`已执行数据库迁移：${applied.join(', ')}`);
  await failInterruptedJobs(orm);

  if (config.demo) {
    const { created } = await seedDemo(orm);
    if (created) console.log(`已写入演示数据（含 ${await seedAssistanceDemo(orm)} 户监测对象的帮扶）`);
  } else {
    const admin = await ensureAdministrator(orm, process.env);
    if (admin) {
      console.log(`已创建管理员账号 ${admin.username}` + (admin.password ? `，初始密码 ${admin.password}（仅显示一次，首次登录须修改）` : '（密码取自 ADMIN_PASSWORD）'));
    }
  }

  const server = await startHttpServer(orm, config);
  console.log(`\n防返贫监测帮扶平台已启动：${server.url}`);
  console.log(`  管理控制台  ${server.url}/`);
  console.log(`  GraphQL     ${server.url}/graphql`);
  if (config.demo) {
    console.log(`\n演示账号（密码均为 ${DEMO_PASSWORD}）：`);
    for (const account of DEMO_ACCOUNTS.filter((a) => a.documented)) {
      console.log(`  ${account.username.padEnd(20)} ${account.displayName}（${account.roles.map((r) => ROLE_LABELS[r]).join('、')}）`);
    }
  }

  const shutdown = async () => {
    await server.stop();
    // Let running imports finish (up to 30 s) rather than cut them off mid-batch.
    await Promise.race([waitForBackgroundJobs(), new Promise((resolve) => setTimeout(resolve, 30_000))]);
    await orm.close();
    await stopEmbedded?.();
    process.exit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

main().catch((error) => {
  console.error('启动失败：', error);
  process.exit(1);
});
