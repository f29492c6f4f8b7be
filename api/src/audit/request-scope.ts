import { AsyncLocalStorage } from 'node:async_hooks';
import type { Actor } from '../auth/actor';

/**
 * What the ORM flush subscriber needs to know about the request it runs in. Resolvers run inside
 * `requestScope.run(...)` (a global middleware), so a flush anywhere below them sees its actor.
 */
export interface RequestScope {
  requestId: string;
  actor: Actor | null;
  /** A public operation without an actor names itself in the audit log (e.g. 农户自主申报). */
  publicSource?: string;
}

export const requestScope = new AsyncLocalStorage<RequestScope>();

export const currentScope = () => requestScope.getStore();
