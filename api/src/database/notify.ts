import type { EntityManager } from '@mikro-orm/postgresql';

/** `NOTIFY channel, payload` through the pool (not inside the caller's transaction). */
export async function notify(em: EntityManager, channel: string, payload: string): Promise<void> {
  await em.getConnection('write').execute('select pg_notify(?, ?)', [channel, payload]);
}

/** One pool connection to the primary answers `select 1` (readiness). */
export async function pingPrimary(em: EntityManager): Promise<void> {
  await em.getConnection('write').execute('select 1');
}
