import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Actor } from '../auth/actor';
import { JURISDICTION_FILTER, NOWHERE } from './jurisdiction.filter';

/** A fork that sees only the actor's jurisdiction (nothing at all without an actor). */
export function scopedEm(orm: MikroORM, actor: Actor | null): EntityManager {
  const em = orm.em.fork();
  em.setFilterParams(JURISDICTION_FILTER, { prefix: actor ? actor.scopePrefix : NOWHERE });
  return em;
}

/** A fork that sees everything: for authentication, migrations and the seed, never for a request. */
export function systemEm(orm: MikroORM): EntityManager {
  const em = orm.em.fork();
  em.setFilterParams(JURISDICTION_FILTER, { prefix: '' });
  return em;
}
