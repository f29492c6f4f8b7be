import { randomUUID } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Actor } from './auth/actor';
import { authenticate } from './auth/token.service';
import { AppError, serviceUnavailable } from './common/errors';
import { createRowLoaders } from './common/loaders';
import { isDatabaseUnavailable, logDatabaseUnavailable } from './database/availability';
import { AuditWriter } from './audit/audit-writer';
import type { RequestScope } from './audit/request-scope';
import { scopedEm, systemEm } from './jurisdiction/entity-manager';
import type { Config } from './config';
import type { Context } from './context';

/** Builds the context of one HTTP request: authenticates its bearer token, forks its EntityManager. */
export async function createContext(
  orm: MikroORM,
  config: Config,
  authorization: string | undefined,
  clientAddress: string | null = null,
): Promise<Context> {
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
 * A context for work done as `actor` outside an HTTP request (the demo story seed, jobs' children):
 * the same EntityManager, loaders, audit writer and services a request of that actor would get.
 */
export function actorContext(orm: MikroORM, config: Config, actor: Actor, requestId: string = randomUUID()): Context {
  return buildContext(orm, config, {
    requestId,
    deadline: Number.MAX_SAFE_INTEGER,
    actor,
    authError: null,
    clientAddress: null,
  });
}

function buildContext(
  orm: MikroORM,
  config: Config,
  {
    requestId,
    deadline,
    actor,
    authError,
    clientAddress,
  }: Pick<Context, 'requestId' | 'deadline' | 'actor' | 'authError' | 'clientAddress'>,
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
    rows: createRowLoaders(() => ({ em, actor: scope.actor, requestId })),
    audit: new AuditWriter(requestId, () => scope.actor),
    scope,
    clientAddress,
  };
}
