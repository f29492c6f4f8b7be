import type { ApolloServerPlugin } from '@apollo/server';
import type { Connection } from '@mikro-orm/core';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { isDatabaseUnavailable, logDatabaseUnavailable } from './availability';

/**
 * Heavy reads (statistics, 监测动态, 政策测算, supervision, exports) may run on a streaming replica
 * (DATABASE_REPLICA_URLS, MikroORM's `replicas` with `preferReadReplicas: false`, so nothing reads a
 * replica unless asked to here). The choice is made per request, on first use:
 * - read-your-writes: a session that has written (its last write's WAL position is in
 *   `session_write`, recorded by `recordSessionWrite`) reads from the primary until the replica has
 *   replayed that position;
 * - a replica more than DATABASE_REPLICA_MAX_LAG_S behind, or one that does not answer within
 *   DATABASE_REPLICA_TIMEOUT_MS (default 2 s), is passed over (and an unreachable one is not tried again for 10 s, in this process);
 * - a statement that fails on the replica because it became unreachable (or was cancelled by
 *   recovery) runs again on the primary.
 * The source says how fresh it is (`asOf`): the replica's last replayed transaction while it is
 * behind, else now.
 *
 * Note: a QueryBuilder created from the EntityManager does not carry the connection type, and
 * `em.execute` always uses the primary: raw reads go through `ReadSource.execute`
 * (`scopedSql(scope, { connectionType: 'read' })`), ORM reads pass `{ connectionType: 'read' }`.
 */
export interface ReadSource {
  /** Runs one statement on the chosen replica, or on the primary. */
  execute<T>(sql: string, params: readonly unknown[]): Promise<T>;
  /** Where the reads went: 'replica' or 'primary' (after the first statement). */
  kind(): Promise<'replica' | 'primary'>;
  /** The time up to which the data read is complete. */
  asOf(): Promise<Date>;
}

export interface ReadRouting {
  maxLagMs: number;
  /** How long the replica's first answer may take (a new connection included) before the primary is used. */
  probeTimeoutMs: number;
}

const DOWN_FOR_MS = 10_000;
/** Recovery conflict (statement cancelled on the standby): the primary answers instead. */
const RECOVERY_CONFLICT = '40001';

interface ReplicaHealth {
  downUntil: number;
}
const health = new WeakMap<Connection, ReplicaHealth>();
const routing = new WeakMap<object, ReadRouting>();

export function setReadRouting(orm: MikroORM, settings: ReadRouting): void {
  routing.set(orm.em.getDriver(), settings);
}

function replicasOf(em: EntityManager): Connection[] {
  return (em.getDriver() as unknown as { replicas?: Connection[] }).replicas ?? [];
}

export const hasReplicas = (em: EntityManager) => replicasOf(em).length > 0;

/** Replica names and whether this process currently uses them (readiness page). */
export function replicaStatus(orm: MikroORM): Array<{ name: string; available: boolean }> {
  const now = Date.now();
  return replicasOf(orm.em).map((connection, i) => ({
    name: `replica-${i + 1}`,
    available: (health.get(connection)?.downUntil ?? 0) <= now,
  }));
}

function markDown(connection: Connection, error: unknown): void {
  health.set(connection, { downUntil: Date.now() + DOWN_FOR_MS });
  logDatabaseUnavailable(error);
}

const withTimeout = <T>(promise: Promise<T>, ms: number) => {
  let timer: NodeJS.Timeout;
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(Object.assign(new Error('replica probe timed out'), { code: 'ETIMEDOUT' })), ms);
    }),
  ]).finally(() => clearTimeout(timer));
};

interface Chosen {
  connection: Connection | null;
  asOf: Date;
}

/**
 * A replica that has replayed the session's last write and is not too far behind, else the primary.
 * `sessionTokenId`: the session whose writes must be visible (none for partner tokens and jobs
 * without a session).
 */
async function choose(em: EntityManager, sessionTokenId: string | null): Promise<Chosen> {
  const replicas = replicasOf(em);
  const primary = { connection: null, asOf: new Date() };
  if (replicas.length === 0) return primary;
  const { maxLagMs, probeTimeoutMs } = routing.get(em.getDriver()) ?? { maxLagMs: 30_000, probeTimeoutMs: 2_000 };
  let lsn: string | null = null;
  if (sessionTokenId) {
    const [row] = await em
      .getConnection('write')
      .execute<Array<{ lsn: string }>>('select lsn::text as lsn from session_write where token_id = ?', [
        sessionTokenId,
      ]);
    lsn = row?.lsn ?? null;
  }
  const now = Date.now();
  const candidates = replicas.filter((c) => (health.get(c)?.downUntil ?? 0) <= now).sort(() => Math.random() - 0.5);
  for (const connection of candidates) {
    try {
      const [probe] = await withTimeout(
        connection.execute<Array<{ as_of: Date | null; caught_up: boolean }>>(
          `select case when not pg_is_in_recovery() or pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn() then now()
                     else pg_last_xact_replay_timestamp() end as as_of,
                (?::pg_lsn is null or pg_last_wal_replay_lsn() >= ?::pg_lsn) as caught_up`,
          [lsn, lsn],
        ),
        probeTimeoutMs,
      );
      // The session's own write is not there yet: the primary has it.
      if (!probe.caught_up) return primary;
      const asOf = probe.as_of ? new Date(probe.as_of) : new Date(0);
      if (Date.now() - asOf.getTime() > maxLagMs) continue;
      return { connection, asOf };
    } catch (error) {
      if (!isDatabaseUnavailable(error)) throw error;
      markDown(connection, error);
    }
  }
  return primary;
}

/** A read source for one request or job step; the replica is chosen on first use. */
export function readSource(em: EntityManager, sessionTokenId: string | null): ReadSource {
  let chosen: Promise<Chosen> | null = null;
  const pick = () => (chosen ??= choose(em, sessionTokenId));
  return {
    async execute<T>(sql: string, params: readonly unknown[]): Promise<T> {
      const { connection } = await pick();
      if (!connection) return em.execute(sql, params as never[]) as Promise<T>;
      try {
        return (await connection.execute(sql, params as never[])) as T;
      } catch (error) {
        const conflict =
          (error as { code?: string; previous?: { code?: string } }).code === RECOVERY_CONFLICT ||
          (error as { previous?: { code?: string } }).previous?.code === RECOVERY_CONFLICT;
        if (!conflict && !isDatabaseUnavailable(error)) throw error;
        if (!conflict) markDown(connection, error);
        // From here on this request reads the primary, and its figures are as of now.
        chosen = Promise.resolve({ connection: null, asOf: new Date() });
        return em.execute(sql, params as never[]) as Promise<T>;
      }
    },
    async kind() {
      return (await pick()).connection ? 'replica' : 'primary';
    },
    async asOf() {
      return (await pick()).asOf;
    },
  };
}

/**
 * After a session's write has committed: its WAL position, so its next reads wait for a replica
 * that has it. Only with replicas configured (one small upsert on an UNLOGGED table).
 */
export async function recordSessionWrite(em: EntityManager, tokenId: string): Promise<void> {
  if (!hasReplicas(em)) return;
  await em.getConnection('write').execute(
    // The insert position, not pg_current_wal_lsn() (the write position): with asynchronous commit the
    // session's commit record may still be in the WAL buffers, past what has been written.
    `insert into session_write (token_id, lsn, written_at) values (?, pg_current_wal_insert_lsn(), now())
     on conflict (token_id) do update set lsn = excluded.lsn, written_at = excluded.written_at`,
    [tokenId],
  );
}

/** Replica connection URLs from DATABASE_REPLICA_URLS (comma-separated). */
export function parseReplicaUrls(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((u) => u.trim())
    .filter(Boolean);
}

/**
 * Records the WAL position after every mutation of a session (its writes have committed by the time
 * the answer is sent), so the session's next heavy reads see them.
 */
export function sessionWritePlugin(): ApolloServerPlugin<{ em: EntityManager; actor: { tokenId?: string } | null }> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, operation }) {
          const tokenId = contextValue.actor?.tokenId;
          if (operation?.operation !== 'mutation' || !tokenId) return;
          try {
            await recordSessionWrite(contextValue.em, tokenId);
          } catch (error) {
            if (!isDatabaseUnavailable(error)) throw error;
            logDatabaseUnavailable(error);
          }
        },
      };
    },
  };
}
