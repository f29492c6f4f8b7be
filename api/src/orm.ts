import { DefaultLogger, defineConfig, MikroORM, type LoggerOptions, type LogContext } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { migrationsList } from '../../migrations';
import { AuditSubscriber } from './audit/audit.subscriber';
import { ENTITIES } from './entities';
import { ensureStatisticsRollup } from './database/statistics-rollup';
import { migrateJobQueue } from './database/job-queue-schema';

export interface OrmOptions {
  debug?: boolean;
  poolMax?: number;
  /** Called with every SQL statement sent; tests count statements per request with it. */
  onQuery?: (sql: string) => void;
  /** PostgreSQL statement_timeout for every connection of the pool (0 or unset: none). */
  statementTimeoutMs?: number;
  /** Streaming replicas (same database, same role): read only where asked (database/read-replica.ts). */
  replicaUrls?: string[];
  /** PostgreSQL lock_timeout: how long a statement waits for a row or table lock (0 or unset: forever). */
  lockTimeoutMs?: number;
  /** PostgreSQL idle_in_transaction_session_timeout: a transaction left open this long is ended. */
  idleInTransactionTimeoutMs?: number;
  /** How long a request waits for a free connection of the pool (default 60 s). */
  acquireTimeoutMs?: number;
}

/** Session settings of every connection, sent by node-postgres when it connects. */
function sessionSettings(options: OrmOptions) {
  const settings = {
    ...(options.statementTimeoutMs && { statement_timeout: options.statementTimeoutMs }),
    ...(options.lockTimeoutMs && { lock_timeout: options.lockTimeoutMs }),
    ...(options.idleInTransactionTimeoutMs && {
      idle_in_transaction_session_timeout: options.idleInTransactionTimeoutMs,
    }),
  };
  return Object.keys(settings).length ? { driverOptions: { connection: settings } } : {};
}

class QueryListeningLogger extends DefaultLogger {
  constructor(
    options: LoggerOptions,
    private readonly onQuery: (sql: string) => void,
  ) {
    super(options);
  }

  override logQuery(context: { query: string } & LogContext): void {
    this.onQuery(context.query);
    super.logQuery(context);
  }
}

export function ormConfig(clientUrl: string, options: OrmOptions = {}) {
  const { onQuery } = options;
  return defineConfig({
    clientUrl,
    entities: ENTITIES,
    discovery: { disableDynamicFileAccess: true, requireEntitiesArray: true },
    extensions: [Migrator],
    subscribers: [new AuditSubscriber()],
    migrations: { migrationsList, transactional: true, allOrNothing: true, snapshot: false },
    // Requests always work on a fork; touching the global EntityManager is a bug.
    allowGlobalContext: false,
    forceUtcTimezone: true,
    pool: {
      min: 0,
      max: options.poolMax ?? 10,
      ...(options.acquireTimeoutMs && { acquireTimeoutMillis: options.acquireTimeoutMs }),
    },
    // Explicit: nothing reads a replica by accident; heavy reads ask for one (database/read-replica.ts).
    preferReadReplicas: false,
    ...(options.replicaUrls?.length && {
      replicas: options.replicaUrls.map((url, i) => ({ name: `replica-${i + 1}`, clientUrl: url })),
    }),
    // A runaway statement is cancelled by the server (SQLSTATE 57014), a statement waiting for a
    // lock gives up (55P03), and a forgotten transaction is ended, instead of holding a connection.
    ...sessionSettings(options),
    debug: options.debug ?? false,
    ...(onQuery && {
      loggerFactory: (loggerOptions: LoggerOptions) => new QueryListeningLogger(loggerOptions, onQuery),
    }),
  });
}

export async function openOrm(clientUrl: string, options?: OrmOptions) {
  return MikroORM.init(ormConfig(clientUrl, options));
}

/** Applies pending migrations; returns the names applied. */
export async function migrate(orm: MikroORM): Promise<string[]> {
  const applied = await orm.getMigrator().up();
  await ensureStatisticsRollup(orm);
  await migrateJobQueue(orm.config.get('clientUrl')!);
  return applied.map((m) => m.name);
}
