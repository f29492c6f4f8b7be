import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Counters every API instance shares: one row per key and fixed time window in the UNLOGGED table
 * `rate_counter`, counted by one `insert … on conflict do update … returning` (atomic, so parallel
 * requests on any number of instances each get their own number). Windows are aligned to the
 * database clock (`date_bin`), so instances with skewed clocks still share them. Rows of windows
 * that no longer count are swept now and then by whoever counts.
 *
 * The statements run on their own pool connection, outside any transaction of the request: a
 * counted attempt stays counted when the request's own work rolls back.
 */
export interface Hit {
  key: string;
  windowMs: number;
}

export interface Count {
  key: string;
  /** Hits in the current window, this one included. */
  count: number;
  /** Start of the window (ISO), to forgive a hit later. */
  windowStart: string;
  /** Seconds until the window ends. */
  resetInSeconds: number;
}

/** One sweep per this many counting statements on average. */
const SWEEP_EVERY = 200;
/** Keys are bounded: a long username or address cannot grow the table's rows. */
const MAX_KEY_LENGTH = 200;

const connection = (em: EntityManager) => em.getConnection('write');

/**
 * Counts one hit on each key (one statement); answers in the order given. The count is the current
 * window's plus the previous window's weighted by how much of it still lies within one window length
 * (the usual sliding-window estimate), so a burst across a window's end is not counted twice as
 * leniently as it should be.
 */
export async function countHits(em: EntityManager, hits: readonly Hit[]): Promise<Count[]> {
  if (hits.length === 0) return [];
  const rows = hits.map((h) => ({ key: h.key.slice(0, MAX_KEY_LENGTH), ms: Math.round(h.windowMs) }));
  const result = await connection(em).execute<
    Array<{
      key: string;
      count: number;
      window_start: Date | string;
      previous: number;
      elapsed: number;
      reset_in: string;
    }>
  >(
    `with k as (
       select k.key, k.ms * interval '1 millisecond' as length, k.ms,
              date_bin(k.ms * interval '1 millisecond', now(), timestamptz '2000-01-01') as start
         from json_to_recordset(?::json) as k(key text, ms bigint)
     ), hit as (
       insert into rate_counter as r (key, window_start, count, expires_at)
         select k.key, k.start, 1, k.start + 2 * k.length from k
       on conflict (key, window_start) do update set count = r.count + 1
       returning r.key, r.count, r.window_start
     )
     select hit.key, hit.count, hit.window_start, coalesce(p.count, 0) as previous,
            extract(epoch from now() - hit.window_start) * 1000 / k.ms as elapsed,
            ceil(extract(epoch from hit.window_start + k.length - now())) as reset_in
       from hit join k on k.key = hit.key
       left join rate_counter p on p.key = hit.key and p.window_start = hit.window_start - k.length`,
    [JSON.stringify(rows)],
  );
  if (Math.random() * SWEEP_EVERY < 1) void sweepRateCounters(em).catch(() => undefined);
  const byKey = new Map(result.map((r) => [r.key, r]));
  return rows.map(({ key }) => {
    const row = byKey.get(key)!;
    const carried = Math.floor(Number(row.previous) * Math.max(0, 1 - Number(row.elapsed)));
    return {
      key,
      count: Number(row.count) + carried,
      windowStart: new Date(row.window_start).toISOString(),
      resetInSeconds: Math.max(1, Number(row.reset_in)),
    };
  });
}

/** Takes a hit back (a sign-in that succeeded is not a failure). */
export async function forgiveHits(
  em: EntityManager,
  counts: readonly Pick<Count, 'key' | 'windowStart'>[],
): Promise<void> {
  if (counts.length === 0) return;
  await connection(em).execute(
    `update rate_counter r set count = greatest(r.count - 1, 0)
       from json_to_recordset(?::json) as k(key text, window_start timestamptz)
      where r.key = k.key and r.window_start = k.window_start`,
    [JSON.stringify(counts.map((c) => ({ key: c.key, window_start: c.windowStart })))],
  );
}

/** Deletes the rows no count needs any more (a window is read until the next one ends). */
export async function sweepRateCounters(em: EntityManager): Promise<number> {
  const rows = await connection(em).execute<Array<{ n: string }>>(
    `with gone as (delete from rate_counter where expires_at < now() returning 1) select count(*) as n from gone`,
  );
  return Number(rows[0]?.n ?? 0);
}

/** Forgets every counter whose key starts with `prefix` (tests). */
export async function resetRateCounters(em: EntityManager, prefix: string): Promise<void> {
  await connection(em).execute(`delete from rate_counter where key like ?`, [`${prefix.replace(/[\\%_]/g, '\\$&')}%`]);
}
