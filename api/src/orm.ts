import { defineConfig, MikroORM } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { migrationsList } from '../../migrations';
import { AuditSubscriber } from './audit/audit.subscriber';
import { ENTITIES } from './entities';

export function ormConfig(clientUrl: string, options: { debug?: boolean; poolMax?: number } = {}) {
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
    pool: { min: 0, max: options.poolMax ?? 10 },
    debug: options.debug ?? false,
  });
}

export async function openOrm(clientUrl: string, options?: { debug?: boolean; poolMax?: number }) {
  return MikroORM.init(ormConfig(clientUrl, options));
}

/** Applies pending migrations; returns the names applied. */
export async function migrate(orm: MikroORM): Promise<string[]> {
  const applied = await orm.getMigrator().up();
  return applied.map((m) => m.name);
}
