import { randomUUID } from 'node:crypto';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Actor } from './auth/actor';
import { authenticate } from './auth/token.service';
import { AppError, serviceUnavailable } from './common/errors';
import { isDatabaseUnavailable, logDatabaseUnavailable } from './database/availability';
import { createLoaders, createRowLoaders, type Loaders, type RowLoaders } from './common/loaders';
import { AuditWriter } from './audit/audit-writer';
import type { RequestScope } from './audit/request-scope';
import { JURISDICTION_FILTER, NOWHERE } from './jurisdiction/jurisdiction.filter';
import type { Config } from './config';
import { Services } from './services';

/** One request, one context: its EntityManager fork, actor, loaders and audit writer. */
export interface Context {
  requestId: string;
  config: Config;
  /** Epoch ms after which no further field is resolved (config.requestTimeoutMs from the start). */
  deadline: number;
  em: EntityManager;
  actor: Actor | null;
  /** Why a presented token was not accepted; answered when an operation needs an actor. */
  authError: AppError | null;
  loaders: Loaders;
  /** Read-only nested lists as plain rows, one statement per level (common/loaders.ts). */
  rows: RowLoaders;
  audit: AuditWriter;
  scope: RequestScope;
  /** The caller's network address (null for in-process calls): login failures are slowed per address. */
  clientAddress: string | null;
  /** The request's services, built on first use (api/src/services.ts). */
  services: Services;
}

export async function createContext(orm: MikroORM, config: Config, authorization: string | undefined, clientAddress: string | null = null): Promise<Context> {
  const requestId = randomUUID();
  const deadline = Date.now() + config.requestTimeoutMs;
  let actor: Actor | null = null;
  let authError: AppError | null = null;
  const bearer = authorization?.match(/^Bearer\s+(\S+)$/i)?.[1];
  if (bearer) {
    try {
      // The system EntityManager is forked only when the actor is not cached.
      actor = await authenticate(() => systemEm(orm), bearer);
    } catch (error) {
      if (isDatabaseUnavailable(error)) {
        logDatabaseUnavailable(error);
        throw serviceUnavailable();
      }
      if (!(error instanceof AppError)) throw error;
      authError = error;
    }
  }
  return buildContext(orm, config, { requestId, deadline, actor, authError, clientAddress });
}

/**
 * A context for work done as `actor` outside an HTTP request (the demo story seed, queued jobs):
 * the same EntityManager, loaders, audit writer and services a request of that actor would get.
 */
export function actorContext(orm: MikroORM, config: Config, actor: Actor, requestId: string = randomUUID()): Context {
  return buildContext(orm, config, { requestId, deadline: Number.MAX_SAFE_INTEGER, actor, authError: null, clientAddress: null });
}

function buildContext(
  orm: MikroORM,
  config: Config,
  { requestId, deadline, actor, authError, clientAddress }: Pick<Context, 'requestId' | 'deadline' | 'actor' | 'authError' | 'clientAddress'>,
): Context {
  const scope: RequestScope = { requestId, actor };
  const em = scopedEm(orm, actor);
  return {
    requestId,
    config,
    deadline,
    em,
    actor,
    authError,
    loaders: createLoaders(em, () => scope.actor),
    rows: createRowLoaders(() => ({ em, actor: scope.actor, requestId })),
    audit: new AuditWriter(requestId, () => scope.actor),
    scope,
    clientAddress,
    services: new Services(),
  };
}

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

/** Lets a login switch the request to the person who just proved who they are. */
export function becomeActor(ctx: Context, actor: Actor): void {
  ctx.actor = actor;
  ctx.scope.actor = actor;
  ctx.em.setFilterParams(JURISDICTION_FILTER, { prefix: actor.scopePrefix });
}
