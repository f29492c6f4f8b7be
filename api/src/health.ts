import express from 'express';
import type { MikroORM } from '@mikro-orm/postgresql';
import { replicaStatus } from './database/read-replica';
import { pingPrimary } from './database/notify';

/** How long readiness waits for a pool connection and `select 1` before answering 503. */
export const READINESS_TIMEOUT_MS = 2_000;

export interface Lifecycle {
  /** Set on SIGTERM: readiness fails so a load balancer sends nothing new while requests drain. */
  draining: boolean;
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * `/healthz`: the process is alive (answers without touching the database, so a database outage does
 * not get healthy instances restarted). `/readyz`: this instance can serve: not draining, and a pool
 * connection to the primary answers `select 1` within 2 s (a pool exhausted by stuck statements
 * fails it too). Replicas are reported, not required: reads fall back to the primary.
 */
export function healthRouter(orm: MikroORM, lifecycle: Lifecycle): express.Router {
  const router = express.Router();
  router.get('/healthz', (_req, res) => {
    res.json({ ok: true });
  });
  router.get('/readyz', async (_req, res) => {
    res.set('Cache-Control', 'no-store');
    if (lifecycle.draining) {
      res.status(503).json({ ok: false, reason: '正在停止（排空请求中）' });
      return;
    }
    try {
      await withTimeout(pingPrimary(orm.em), READINESS_TIMEOUT_MS);
    } catch (error) {
      res.status(503).json({ ok: false, reason: `数据库不可用：${(error as Error).message}` });
      return;
    }
    res.json({ ok: true, database: 'ok', replicas: replicaStatus(orm) });
  });
  return router;
}
