import 'reflect-metadata';
import { loadConfig } from './config';
import { appDatabaseUrl, appRoleSettings } from './database/app-role';
import { openOrm } from './orm';
import { startJobWorker } from './jobs/job-worker';

/**
 * `npm run worker`: a job worker on its own, for a deployment that runs API instances with
 * JOB_WORKER=off and workers beside them (any number, on any machine). It takes the same
 * DATABASE_URL as the API: the queue's tables as their owner, the jobs' work as the application
 * role (like a request); the API's start migrates the database first.
 * SIGTERM or Ctrl-C lets running jobs finish and releases the rest to other workers.
 */
async function main() {
  const config = loadConfig();
  if (!config.databaseUrl) throw new Error('npm run worker 需要 DATABASE_URL（与接口相同的数据库）');
  const appUrl = appDatabaseUrl(config.databaseUrl, appRoleSettings(config.databaseUrl));
  // No statement timeout: a county's import or export runs longer than any request may.
  const orm = await openOrm(appUrl, { poolMax: config.jobs.concurrency + 2 });
  const worker = await startJobWorker(orm, config, { ownerUrl: config.databaseUrl, cron: true });
  console.log(`后台任务执行者已启动（并发 ${config.jobs.concurrency}，进程 ${process.pid}）`);
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await worker.stop();
    await orm.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error) => {
  console.error('后台任务执行者启动失败：', error);
  process.exit(1);
});
