import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEFAULT_QUERY_LIMITS, type QueryLimits } from './common/query-limits';

/** The environment, read and checked once at start. */
export interface Config {
  /** Unset: an embedded PostgreSQL is started with its data under `.data/`. */
  databaseUrl: string | null;
  /** Streaming replicas for heavy reads (DATABASE_REPLICA_URLS, comma-separated; default none). */
  databaseReplicaUrls: string[];
  /** A replica further behind than this is not read (DATABASE_REPLICA_MAX_LAG_S, default 30 s). */
  replicaMaxLagMs: number;
  /** A replica that does not answer its first statement within this is passed over (DATABASE_REPLICA_TIMEOUT_MS, default 2 s). */
  replicaTimeoutMs: number;
  port: number;
  /**
   * Address to listen on (HOST). Unset: loopback (127.0.0.1) for the embedded start (no
   * DATABASE_URL), every interface otherwise; set HOST=0.0.0.0 to serve a network from the embedded start.
   */
  host: string | undefined;
  /** Hours a login session stays valid. */
  sessionHours: number;
  /** Seed the demo divisions, accounts and records (on by default; off for production). */
  demo: boolean;
  /** Built console to serve at `/`, if present. */
  adminDist: string;
  dataDir: string;
  /** NODE_ENV=production: no landing page, introspection and suggestions only for signed-in callers. */
  production: boolean;
  /** Shape limits on one GraphQL request (MAX_QUERY_DEPTH, MAX_QUERY_COST, MAX_QUERY_ALIASES, MAX_QUERY_TOKENS). */
  queryLimits: QueryLimits;
  /** Time budget of one GraphQL request (REQUEST_TIMEOUT_MS, default 30 s): fields past it are not resolved. */
  requestTimeoutMs: number;
  /**
   * Overload: GraphQL requests running at once (MAX_CONCURRENT_REQUESTS, default 16), waiting for a
   * place (MAX_QUEUED_REQUESTS, default 64), and how long one may wait (QUEUE_TIMEOUT_MS, default
   * 3 s); past that the answer is 503 服务繁忙 with Retry-After (OVERLOAD_RETRY_AFTER_S, default 2).
   */
  overload: { maxConcurrent: number; maxQueued: number; queueTimeoutMs: number; retryAfterSeconds: number };
  /**
   * PostgreSQL statement_timeout of the API's connections (STATEMENT_TIMEOUT_MS, default 30 s = the
   * request budget, so a statement ends when its request's time is up; 0 = none).
   */
  statementTimeoutMs: number;
  /** PostgreSQL lock_timeout of the API's connections (LOCK_TIMEOUT_MS, default 5 s; 0 = none). */
  lockTimeoutMs: number;
  /** idle_in_transaction_session_timeout of the API's connections (IDLE_IN_TRANSACTION_TIMEOUT_MS, default 60 s). */
  idleInTransactionTimeoutMs: number;
  /** How long a request waits for a pooled connection (POOL_ACQUIRE_TIMEOUT_MS, default 10 s), then SERVICE_UNAVAILABLE. */
  poolAcquireTimeoutMs: number;
  /** Origins allowed to call /graphql from a browser (CORS_ORIGINS, comma-separated; default none = same origin only). */
  corsOrigins: string[];
  /** Express `trust proxy` (TRUST_PROXY, default loopback): whose X-Forwarded-For/-Proto count (client address for the login throttle, HSTS). */
  trustProxy: string | boolean;
  /** Requests per minute each partner API token may make to the partner operations (0: no limit). */
  partnerRateLimitPerMinute: number;
  /**
   * Small-cell protection for aggregate-only readers (dashboards): the base of the controlled rounding
   * of statistics/suppression.ts, so no figure of fewer households shows as itself. Regional default 5
   * (STATISTICS_MIN_HOUSEHOLDS).
   */
  statisticsMinHouseholds: number;
  /**
   * A scratch folder for an export being written (EXPORT_DIR, default the system's temp folder): the
   * finished file is moved into PostgreSQL (stored_file), where every instance can serve it.
   */
  exportDir: string;
  /** How long a finished export can be downloaded (EXPORT_RETENTION_HOURS, default 24); its file is then deleted. */
  exportRetentionHours: number;
  /**
   * Key of the short-lived signed download links (DOWNLOAD_LINK_SECRET). Unset: a random key per
   * process, so links (valid minutes) die with a restart; set it when several processes serve downloads.
   */
  downloadLinkSecret: string;
  /**
   * Background jobs (api/src/jobs/): run a worker inside the API process (JOB_WORKER=embedded, the
   * default) or not (JOB_WORKER=off, when `npm run worker` processes run beside the API); jobs at once
   * per worker (JOB_CONCURRENCY, default 2); a worker silent this long is taken for dead and its
   * jobs are run again by another (JOB_WORKER_TIMEOUT_S, default 30).
   */
  jobs: { embeddedWorker: boolean; concurrency: number; workerTimeoutSeconds: number };
}

/** The workspace root (where pnpm-workspace.yaml is), from source or from the build. */
export const PROJECT_ROOT = (() => {
  for (let dir = __dirname; dir !== path.dirname(dir); dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'pnpm-workspace.yaml'))) return dir;
  }
  throw new Error('pnpm-workspace.yaml not found above ' + __dirname);
})();

/** The per-process key used when DOWNLOAD_LINK_SECRET is not set. */
const PROCESS_LINK_SECRET = randomBytes(32).toString('hex');

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 4000);
  if (!Number.isInteger(port) || port <= 0 || port > 65535)
    throw new Error(`PORT must be a port number, got ${env.PORT}`);
  const sessionHours = Number(env.SESSION_HOURS ?? 8);
  if (!(sessionHours > 0)) throw new Error(`SESSION_HOURS must be positive, got ${env.SESSION_HOURS}`);
  const partnerRateLimitPerMinute = Number(env.PARTNER_RATE_LIMIT_PER_MINUTE ?? 600);
  if (!Number.isInteger(partnerRateLimitPerMinute) || partnerRateLimitPerMinute < 0) {
    throw new Error(
      `PARTNER_RATE_LIMIT_PER_MINUTE must be a whole number ≥ 0, got ${env.PARTNER_RATE_LIMIT_PER_MINUTE}`,
    );
  }
  const production = env.NODE_ENV === 'production';
  const positive = (name: string, fallback: number, allowZero = false) => {
    const value = env[name] === undefined || env[name] === '' ? fallback : Number(env[name]);
    if (!Number.isInteger(value) || value < 0 || (!allowZero && value === 0))
      throw new Error(`${name} must be a ${allowZero ? 'non-negative' : 'positive'} integer, got ${env[name]}`);
    return value;
  };
  const trustProxy = env.TRUST_PROXY ?? 'loopback';
  return {
    databaseUrl: env.DATABASE_URL || null,
    databaseReplicaUrls: (env.DATABASE_REPLICA_URLS ?? '')
      .split(',')
      .map((u) => u.trim())
      .filter(Boolean),
    replicaMaxLagMs: positive('DATABASE_REPLICA_MAX_LAG_S', 30) * 1000,
    replicaTimeoutMs: positive('DATABASE_REPLICA_TIMEOUT_MS', 2_000),
    port,
    host: env.HOST || (env.DATABASE_URL ? undefined : '127.0.0.1'),
    sessionHours,
    demo: env.DEMO_DATA ? env.DEMO_DATA !== 'false' : !production,
    adminDist: env.ADMIN_DIST ?? path.join(PROJECT_ROOT, 'admin', 'dist'),
    dataDir: env.DATA_DIR ?? path.join(PROJECT_ROOT, '.data'),
    production,
    queryLimits: {
      maxDepth: positive('MAX_QUERY_DEPTH', DEFAULT_QUERY_LIMITS.maxDepth),
      maxCost: positive('MAX_QUERY_COST', DEFAULT_QUERY_LIMITS.maxCost),
      maxAliases: positive('MAX_QUERY_ALIASES', DEFAULT_QUERY_LIMITS.maxAliases, true),
      maxTokens: positive('MAX_QUERY_TOKENS', DEFAULT_QUERY_LIMITS.maxTokens),
      listEstimate: DEFAULT_QUERY_LIMITS.listEstimate,
    },
    requestTimeoutMs: positive('REQUEST_TIMEOUT_MS', 30_000),
    overload: {
      maxConcurrent: positive('MAX_CONCURRENT_REQUESTS', 16),
      maxQueued: positive('MAX_QUEUED_REQUESTS', 64, true),
      queueTimeoutMs: positive('QUEUE_TIMEOUT_MS', 3_000),
      retryAfterSeconds: positive('OVERLOAD_RETRY_AFTER_S', 2),
    },
    statementTimeoutMs: positive('STATEMENT_TIMEOUT_MS', 30_000, true),
    lockTimeoutMs: positive('LOCK_TIMEOUT_MS', 5_000, true),
    idleInTransactionTimeoutMs: positive('IDLE_IN_TRANSACTION_TIMEOUT_MS', 60_000, true),
    poolAcquireTimeoutMs: positive('POOL_ACQUIRE_TIMEOUT_MS', 10_000),
    corsOrigins: (env.CORS_ORIGINS ?? '')
      .split(',')
      .map((o) => o.trim().replace(/\/$/, ''))
      .filter(Boolean),
    trustProxy: trustProxy === 'true' ? true : trustProxy === 'false' ? false : trustProxy,
    partnerRateLimitPerMinute,
    statisticsMinHouseholds: positiveInteger(env.STATISTICS_MIN_HOUSEHOLDS ?? '5', 'STATISTICS_MIN_HOUSEHOLDS'),
    exportDir: env.EXPORT_DIR || path.join(os.tmpdir(), 'fangfanpin-exports'),
    exportRetentionHours: positive('EXPORT_RETENTION_HOURS', 24),
    downloadLinkSecret: env.DOWNLOAD_LINK_SECRET || PROCESS_LINK_SECRET,
    jobs: {
      embeddedWorker: (env.JOB_WORKER ?? 'embedded') !== 'off',
      concurrency: positive('JOB_CONCURRENCY', 2),
      workerTimeoutSeconds: positive('JOB_WORKER_TIMEOUT_S', 30),
    },
  };
}

function positiveInteger(value: string, name: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be a positive integer, got ${value}`);
  return n;
}
