import type { Context } from '../context';
import { JURISDICTION_FILTER } from '../jurisdiction/jurisdiction.filter';
import type { Actor } from './actor';

/** Lets a login switch the request to the person who just proved who they are. */
export function becomeActor(ctx: Context, actor: Actor): void {
  ctx.actor = actor;
  ctx.scope.actor = actor;
  ctx.em.setFilterParams(JURISDICTION_FILTER, { prefix: actor.scopePrefix });
}
