import type { MikroORM } from '@mikro-orm/postgresql';
import { ROLLUP_DDL, ROLLUP_VERSION } from '../modules/statistics/rollup.sql';

/**
 * Installs the statistics rollup's functions and triggers (modules/statistics/rollup.sql.ts) after
 * the migrations, as the owner. When their text changed since the last start (a new definition of
 * 监测对象, say) they are replaced and the rollup recomputed from the tables, in one transaction.
 */
export async function ensureStatisticsRollup(orm: MikroORM): Promise<boolean> {
  const connection = orm.em.getConnection();
  const [row] = await connection.execute<Array<{ version: string | null }>>(
    `select obj_description(to_regprocedure('statistics_rollup_refresh(text[])'), 'pg_proc') as version`,
  );
  if (row?.version === ROLLUP_VERSION) return false;
  await orm.em.transactional(async (em) => {
    const tx = em.getConnection();
    // Two starts at once (tests share a server): one installs, the other waits and finds it done.
    await tx.execute(`select pg_advisory_xact_lock(hashtext('statistics_rollup_install'))`);
    const [again] = await tx.execute<Array<{ version: string | null }>>(
      `select obj_description(to_regprocedure('statistics_rollup_refresh(text[])'), 'pg_proc') as version`,
    );
    if (again?.version === ROLLUP_VERSION) return;
    await tx.execute(ROLLUP_DDL);
    await tx.execute(`select statistics_rollup_rebuild()`);
    await tx.execute(`comment on function statistics_rollup_refresh(text[]) is '${ROLLUP_VERSION}'`);
  });
  return true;
}
