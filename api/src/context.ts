import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from './auth/actor';
import type { AppError } from './common/errors';
import type { RowLoaders } from './common/loaders';
import type { AuditWriter } from './audit/audit-writer';
import type { RequestScope } from './audit/request-scope';
import type { Config } from './config';

/**
 * One request, one context: its EntityManager fork, actor, plain-row loader and audit writer.
 * Built in request.ts. What hangs off a request without being part of it (the services, each
 * module's DataLoaders) is reached through an accessor (`services(ctx)`, `householdLoader(ctx)`),
 * so this type knows no domain.
 */
export interface Context {
  requestId: string;
  config: Config;
  /** Epoch ms after which no further field is resolved (config.requestTimeoutMs from the start). */
  deadline: number;
  em: EntityManager;
  actor: Actor | null;
  /** Why a presented token was not accepted; answered when an operation needs an actor. */
  authError: AppError | null;
  /** Read-only nested lists as plain rows, one statement per level (common/loaders.ts). */
  rows: RowLoaders;
  audit: AuditWriter;
  scope: RequestScope;
  /** The caller's network address (null for in-process calls): login failures are slowed per address. */
  clientAddress: string | null;
}
