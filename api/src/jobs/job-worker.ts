import { EventEmitter } from 'node:events';
import os from 'node:os';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { Logger, run, type Runner, type Task, type TaskList, type WorkerEvents } from 'graphile-worker';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Config } from '../config';
import type { Context } from '../context';
import { actorContext } from '../request';
import { systemEm } from '../jurisdiction/entity-manager';
import { requestScope } from '../audit/request-scope';
import { registerDrain } from '../common/background';
import { PERIODIC_TASKS, TASKS, restoreActor, type JobPayload } from '../common/job-queue';
import { sweepExpiredFiles } from '../common/stored-files';
import { runExport } from './export-task';
import { services } from '../services';

/**
 * The job worker (graphile-worker 0.16, the last line for Node 20): takes jobs from the
 * graphile_worker tables over LISTEN/NOTIFY, runs each as the person who started it, and records
 * nothing in this process that another worker would need. graphile-worker frees the jobs of a
 * killed worker only after four hours; here every worker process writes a heartbeat (job_worker)
 * and any worker that sees another's heartbeat go stale releases that worker's jobs
 * (force_unlock_workers), so another worker runs them again within JOB_WORKER_TIMEOUT_S.
 */
export interface JobWorker {
  stop(): Promise<void>;
  /** Resolves when no job of this database is waiting or running (tests, shutdown). */
  drain(): Promise<void>;
}

export interface JobWorkerOptions {
  /**
   * The database owner's URL (DATABASE_URL): the queue's tables admit their owner only. The jobs'
   * work runs through `orm`, connected as the application role like the API.
   */
  ownerUrl: string;
  /** Schedule the periodic jobs (expired files) from this worker too. */
  cron?: boolean;
}

/** graphile-worker's own messages: warnings and errors only, in the process's log. */
const logger = new Logger(() => (level, message) => {
  if (level === 'error' || level === 'warning') console.error(`[worker] ${message}`);
});

/** Every hour, at minute 7: expired export and upload files go, with their chunks. */
const CRONTAB = `7 * * * * ${TASKS.SWEEP_EXPIRED_FILES}`;

export async function startJobWorker(orm: MikroORM, config: Config, options: JobWorkerOptions): Promise<JobWorker> {
  const timeout = config.jobs.workerTimeoutSeconds;
  const pool = new pg.Pool({ connectionString: options.ownerUrl, max: config.jobs.concurrency + 3 });
  pool.on('error', (error) => console.error('[worker] connection:', error.message));
  const processTag = `${os.hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`;
  const workerIds = new Set<string>();
  const events: WorkerEvents = new EventEmitter();
  const heartbeat = () =>
    pool.query(
      `insert into job_worker (worker_id, process) select unnest($1::text[]), $2
     on conflict (worker_id) do update set seen_at = now(), process = excluded.process`,
      [[...workerIds], processTag],
    );
  events.on('worker:create', ({ worker }) => {
    workerIds.add(worker.workerId);
    void heartbeat().catch((error) => console.error('[worker] heartbeat:', error.message));
  });

  const task =
    (work: (ctx: Context, payload: JobPayload) => Promise<void>): Task =>
    async (raw) => {
      const payload = raw as JobPayload;
      const ctx = actorContext(orm, config, restoreActor(payload.actor), payload.requestId);
      await requestScope.run(ctx.scope, () => work(ctx, payload));
    };
  const taskList: TaskList = {
    [TASKS.HOUSEHOLD_IMPORT]: task((ctx, payload) => services(ctx).householdImport.runJob(ctx, payload)),
    [TASKS.HOUSEHOLD_IMPORT_APPLY]: task((ctx, payload) => services(ctx).householdImport.applyJob(ctx, payload)),
    [TASKS.EXPORT]: task(runExport),
    [TASKS.DEPARTMENT_BATCH]: task((ctx, payload) => services(ctx).warnings.runBatch(ctx, payload)),
    [TASKS.SWEEP_EXPIRED_FILES]: async () => {
      const swept = await sweepExpiredFiles(systemEm(orm));
      if (swept) console.log(`[worker] 已删除 ${swept} 个过期文件`);
    },
  };

  await releaseDeadWorkers(pool, timeout, []);
  const runner: Runner = await run({
    pgPool: pool,
    taskList,
    concurrency: config.jobs.concurrency,
    noHandleSignals: true,
    pollInterval: 1000,
    logger,
    events,
    ...(options.cron ? { crontab: CRONTAB } : { parsedCronItems: [] }),
  });
  // Beats several times per timeout, so one slow beat is not taken for a death.
  const beatMs = Math.max(200, (timeout * 1000) / 5);
  const beat = setInterval(() => {
    void heartbeat()
      .then(() => releaseDeadWorkers(pool, timeout, [...workerIds]))
      .catch((error) => console.error('[worker] heartbeat:', (error as Error).message));
  }, beatMs);
  beat.unref();

  const drain = async () => {
    for (;;) {
      const {
        rows: [{ waiting }],
      } = await pool.query<{ waiting: number }>(
        `select count(*)::int as waiting from graphile_worker.jobs
          where task_identifier <> all($1::text[]) and attempts < max_attempts and (locked_at is not null or run_at <= now())`,
        [PERIODIC_TASKS],
      );
      if (waiting === 0) return;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  };
  const unregister = registerDrain(drain);
  let stopped = false;
  return {
    drain,
    async stop() {
      if (stopped) return;
      stopped = true;
      unregister();
      clearInterval(beat);
      // graphile-worker lets running jobs finish, then releases the worker's locks.
      await runner.stop().catch((error) => console.error('[worker] stop:', error));
      await pool.query('delete from job_worker where process = $1', [processTag]).catch(() => undefined);
      await pool.end();
    },
  };
}

/**
 * Releases the jobs of workers that stopped beating (killed, frozen, their machine gone) and of
 * workers that hold a job and never beat at all; their jobs are taken up again by live workers.
 */
async function releaseDeadWorkers(pool: pg.Pool, timeoutSeconds: number, own: string[]): Promise<void> {
  // Never this process's own workers: a job that kept the event loop busy past the timeout
  // delays the beat, and the process is alive all the same.
  const { rows } = await pool.query<{ worker_id: string }>(
    `with dead as (
       delete from job_worker where seen_at < now() - make_interval(secs => $1) and worker_id <> all($2::text[]) returning worker_id
     )
     select worker_id from dead
     union
     select distinct j.locked_by from graphile_worker.jobs j
      where j.locked_by is not null and j.locked_at < now() - make_interval(secs => $1) and j.locked_by <> all($2::text[])
        and not exists (select 1 from job_worker w where w.worker_id = j.locked_by)`,
    [timeoutSeconds, own],
  );
  if (rows.length === 0) return;
  await pool.query('select graphile_worker.force_unlock_workers($1::text[])', [rows.map((r) => r.worker_id)]);
  console.log(`[worker] 已释放 ${rows.length} 个停止响应的任务执行者的任务，将由其他执行者重新执行`);
}
