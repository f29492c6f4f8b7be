import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../context';
import type { Actor } from '../auth/actor';
import { requestScope } from '../audit/request-scope';
import { JURISDICTION_FILTER } from '../jurisdiction/jurisdiction.filter';

/** Jobs started by this process and not finished: shutdown and tests can wait for them. */
const running = new Set<Promise<void>>();

export const waitForBackgroundJobs = async () => { await Promise.all([...running]); };

/**
 * Runs work after the response, as the same actor: its own EntityManager with the actor's
 * jurisdiction, inside the request scope so the audit log records who did it. The work must
 * record its own outcome (it is not awaited by anybody who could report an error).
 */
export function runInBackground(ctx: Context, work: (em: EntityManager, actor: Actor, requestId: string) => Promise<void>): Promise<void> {
  const actor = ctx.actor!;
  const em = ctx.em.fork();
  em.setFilterParams(JURISDICTION_FILTER, { prefix: actor.scopePrefix });
  const scope = { requestId: ctx.requestId, actor };
  const job = new Promise<void>((resolve) => {
    setImmediate(() => {
      requestScope.run(scope, () => work(em, actor, ctx.requestId))
        .catch((error) => console.error(`[job] request ${ctx.requestId} (${actor.name}):`, error))
        .finally(resolve);
    });
  });
  running.add(job);
  void job.finally(() => running.delete(job));
  return job;
}
