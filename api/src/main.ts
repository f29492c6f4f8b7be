import 'reflect-metadata';
import path from 'node:path';
import { loadConfig } from './config';
import { ensureDatabase, startEmbeddedPostgres } from './database/embedded';
import { appDatabaseUrl, appRoleSettings, prepareAppRole } from './database/app-role';
import { migrate, openOrm } from './orm';
import { ensureAdministrator, seedDemo } from './seed/seed';
import { seedAssistanceDemo } from './seed/assistance.seed';
import { seedStoryDemo } from './seed/story.seed';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './seed/demo-accounts';
import { ROLE_LABELS } from './auth/roles';
import { startHttpServer } from './server';
import { startActorCacheSync } from './auth/actor-cache-sync';
import { setReadRouting } from './database/read-replica';
import { startJobWorker } from './jobs/job-worker';

/** What to undo on Ctrl-C or SIGTERM, in the order it was started; run newest first. */
const started: Array<() => Promise<unknown>> = [];
let stopping = false;

/**
 * Stops whatever has started so far, also mid-boot (a Ctrl-C during migrations must not leave the
 * embedded PostgreSQL running). A terminal's Ctrl-C reaches this process twice (from the terminal
 * and forwarded by the supervisor): the second is ignored rather than killing the shutdown midway.
 */
async function shutdown() {
  if (stopping) return;
  stopping = true;
  for (const stop of started.reverse()) {
    try {
      await stop();
    } catch (error) {
      console.error('停止时出错：', error);
    }
  }
  process.exit(0);
}

/**
 * Boot: config → database (embedded if no DATABASE_URL) → migrations, application role and seed as
 * the owner → HTTP as the application role (APP_DATABASE_ROLE), which owns nothing.
 */
async function main() {
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
  const config = loadConfig();
  let databaseUrl = config.databaseUrl;
  if (!databaseUrl) {
    const port = Number(process.env.EMBEDDED_PG_PORT ?? 54329);
    // Registered before it is up: a shutdown during initdb or the server's start waits for that step
    // to end (initdb left alone would go on creating the cluster) and then stops what did start.
    const booting = startEmbeddedPostgres(path.join(config.dataDir, 'postgres'), port, {
      ownSignals: true,
      stopRequested: () => stopping,
    });
    started.push(async () => (await booting.catch(() => undefined))?.stop());
    const embedded = await booting;
    databaseUrl = embedded.url.replace(/\/postgres$/, '/fangfanpin');
    console.log(`内置 PostgreSQL 已启动（端口 ${port}，数据目录 ${path.join(config.dataDir, 'postgres')}）`);
  }
  await ensureDatabase(databaseUrl);
  // Migrations may build indexes over large tables: the owner's connection has no statement timeout.
  const owner = await openOrm(databaseUrl, { poolMax: 2 });
  try {
    const applied = await migrate(owner);
    if (applied.length) console.log(`已执行数据库迁移：${applied.join(', ')}`);

    if (config.demo) {
      const { created } = await seedDemo(owner);
      if (created) {
        const assisted = await seedAssistanceDemo(owner);
        const story = await seedStoryDemo(owner, config);
        console.log(
          `已写入演示数据（含 ${assisted} 户监测对象的帮扶，${story.cases} 件办理中的监测案卷，${story.warnings} 条部门预警，${story.claims} 件防贫保理赔）`,
        );
      }
    } else {
      const admin = await ensureAdministrator(owner, process.env);
      if (admin) {
        console.log(
          `已创建管理员账号 ${admin.username}` +
            (admin.password
              ? `，初始密码 ${admin.password}（仅显示一次，首次登录须修改）`
              : '（密码取自 ADMIN_PASSWORD）'),
        );
      }
    }
  } finally {
    await owner.close();
  }
  const appRole = appRoleSettings(databaseUrl);
  await prepareAppRole(databaseUrl, appRole);
  const orm = await openOrm(appDatabaseUrl(databaseUrl, appRole), {
    statementTimeoutMs: config.statementTimeoutMs,
    lockTimeoutMs: config.lockTimeoutMs,
    idleInTransactionTimeoutMs: config.idleInTransactionTimeoutMs,
    acquireTimeoutMs: config.poolAcquireTimeoutMs,
    replicaUrls: config.databaseReplicaUrls.map((url) => appDatabaseUrl(url, appRole)),
  });
  setReadRouting(orm, { maxLagMs: config.replicaMaxLagMs, probeTimeoutMs: config.replicaTimeoutMs });
  started.push(() => orm.close());
  if (config.databaseReplicaUrls.length)
    console.log(`统计等大查询读取 ${config.databaseReplicaUrls.length} 个只读副本（落后或不可用时读主库）`);
  // The token → actor cache of every instance hears of logouts and revocations on the others.
  const actorCacheSync = await startActorCacheSync(orm);
  started.push(() => actorCacheSync.stop());
  console.log(`接口以数据库角色 ${appRole.role} 连接（只能追加和读取审计日志）`);

  if (config.jobs.embeddedWorker) {
    // The embedded default: this process also runs queued jobs (imports, exports, batches) and the
    // hourly clean-up. With JOB_WORKER=off they are left to `npm run worker` processes.
    const worker = await startJobWorker(orm, config, { ownerUrl: databaseUrl, cron: true });
    // Stopped after the HTTP server: running jobs finish (up to 30 s), or are released to run again.
    started.push(() => Promise.race([worker.stop(), new Promise((resolve) => setTimeout(resolve, 30_000))]));
    console.log(`后台任务执行者已在本进程启动（并发 ${config.jobs.concurrency}）`);
  }
  const server = await startHttpServer(orm, config);
  started.push(() => server.stop());
  console.log(`\n防返贫监测帮扶平台已启动：${server.url}`);
  console.log(`  管理控制台  ${server.url}/`);
  console.log(`  GraphQL     ${server.url}/graphql`);
  if (config.demo) {
    console.log(`\n演示账号（密码均为 ${DEMO_PASSWORD}）：`);
    for (const account of DEMO_ACCOUNTS.filter((a) => a.documented)) {
      const roles = account.roles.map((r) => ROLE_LABELS[r]).join('、');
      // 审计员, 安全管理员: the name is the role; say it once.
      console.log(
        `  ${account.username.padEnd(20)} ${account.displayName === roles ? roles : `${account.displayName}（${roles}）`}`,
      );
    }
  }
}

main().catch((error) => {
  if (stopping) return; // a query cut off by the shutdown, not a failure
  console.error('启动失败：', error);
  process.exit(1);
});
