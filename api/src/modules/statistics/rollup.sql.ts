import { createHash } from 'node:crypto';
import { monitoredCaseSql } from '../monitoring/monitored.sql';

/**
 * 统计汇总 (statistics rollup): the figures regionStatistics groups, kept per village in
 * `statistics_rollup` so a city's statistics read a few thousand rows, not a million households.
 *
 * Exact by construction: the rows of a village are recomputed by the statements below (the same
 * definitions as the grouping reads, the monitored one from monitored.sql.ts) in the same
 * transaction as any write to household, monitoring_case, risk_factor or assistance_measure, by
 * statement-level triggers that collect the villages the statement touched. A per-village
 * advisory lock orders concurrent writers, so each recomputation sees the other's committed rows.
 *
 * Figures (column `figure`, `key`):
 * - REGISTERED, registration status (脱贫户 / 一般农户): registered (ACTIVE) households and their members;
 * - MONITORED, case category: monitored households and persons (registered households with a monitored
 *   case, by the case's division), and `covered`, those with an assistance measure in effect;
 * - LIFTED_MONITORED, case category: the same, of 脱贫户 only (so the dashboards' categories can
 *   partition the registered households: 脱贫户 and 一般农户 outside monitoring, monitored ones by category);
 * - ELIMINATED, year: households whose case was confirmed risk-eliminated in that year;
 * - RISK, risk type: households with an unresolved risk factor of that type and a monitored case.
 *
 * The functions are rebuilt from this text at every start when it changes (database/statistics-rollup.ts),
 * so a change of the monitored definition carries into the rollup, which is then recomputed.
 */
const monitored = monitoredCaseSql('c');

/** Recompute the rollup rows of the given division codes (villages, or wherever rows sit). */
const refreshFunction = `
create or replace function statistics_rollup_refresh(codes text[]) returns void language plpgsql as $fn$
declare code text;
begin
  if codes is null or cardinality(codes) = 0 then return; end if;
  -- One writer per village at a time: the recomputation below then sees the other's committed rows.
  foreach code in array (select array_agg(distinct x order by x) from unnest(codes) as x) loop
    perform pg_advisory_xact_lock(hashtext('statistics_rollup'), hashtext(code));
  end loop;
  delete from statistics_rollup where division_code = any(codes);
  insert into statistics_rollup (division_code, figure, key, households, persons, covered)
  select h.division_code, 'REGISTERED', h.registration_status::text, count(*), coalesce(sum(h.member_count), 0), 0
  from household h where h.division_code = any(codes) and h.status = 'ACTIVE'
  group by 1, 3;
  insert into statistics_rollup (division_code, figure, key, households, persons, covered)
  select c.division_code, 'MONITORED', c.category::text, count(*), coalesce(sum(h.member_count), 0),
    count(*) filter (where exists (select 1 from assistance_measure am where am.household_id = h.id and am.status = 'IN_EFFECT'))
  from monitoring_case c join household h on h.id = c.household_id and h.status = 'ACTIVE'
  where c.division_code = any(codes) and ${monitored}
  group by 1, 3;
  insert into statistics_rollup (division_code, figure, key, households, persons, covered)
  select c.division_code, 'LIFTED_MONITORED', c.category::text, count(*), coalesce(sum(h.member_count), 0), 0
  from monitoring_case c join household h on h.id = c.household_id and h.status = 'ACTIVE' and h.registration_status = 'LIFTED_OUT'
  where c.division_code = any(codes) and ${monitored}
  group by 1, 3;
  insert into statistics_rollup (division_code, figure, key, households, persons, covered)
  select c.division_code, 'ELIMINATED', extract(year from c.closed_on)::int::text, count(distinct c.household_id), 0, 0
  from monitoring_case c
  where c.division_code = any(codes) and c.state = 'RISK_ELIMINATED' and c.closed_on is not null
  group by 1, 3;
  insert into statistics_rollup (division_code, figure, key, households, persons, covered)
  select r.division_code, 'RISK', r.type::text, count(distinct r.household_id), 0, 0
  from risk_factor r
  where r.division_code = any(codes) and r.status = 'ACTIVE'
    and exists (select 1 from monitoring_case c where c.household_id = r.household_id and ${monitored})
  group by 1, 3;
end $fn$;`;

/** Everything from scratch (after a bulk load that bypassed triggers, or a changed definition). */
const rebuildFunction = `
create or replace function statistics_rollup_rebuild() returns void language plpgsql as $fn$
begin
  lock table statistics_rollup in exclusive mode;
  delete from statistics_rollup;
  perform statistics_rollup_refresh(array(
    select division_code from household union select division_code from monitoring_case union select division_code from risk_factor));
end $fn$;`;

/**
 * The villages a statement touched: the rows' own division codes and, for every household the rows
 * belong to, its division and those of its cases and risk factors (a measure changes its case's
 * coverage, a case its risk factors' figure).
 */
const touched = (rows: string, householdId: string) => `
    select division_code from ${rows}
    union select h.division_code from household h where h.id in (select ${householdId} from ${rows})
    union select c.division_code from monitoring_case c where c.household_id in (select ${householdId} from ${rows})
    union select r.division_code from risk_factor r where r.household_id in (select ${householdId} from ${rows})`;

const TABLES: Array<{ table: string; householdId: string }> = [
  { table: 'household', householdId: 'id' },
  { table: 'monitoring_case', householdId: 'household_id' },
  { table: 'risk_factor', householdId: 'household_id' },
  { table: 'assistance_measure', householdId: 'household_id' },
];

/** Transition tables allow one event per trigger: one function and three triggers per table. */
const triggers = TABLES.map(
  ({ table, householdId }) => `
create or replace function statistics_rollup_${table}_changed() returns trigger language plpgsql as $fn$
begin
  if tg_op = 'INSERT' then
    perform statistics_rollup_refresh(array(${touched('new_rows', householdId)}));
  elsif tg_op = 'DELETE' then
    perform statistics_rollup_refresh(array(${touched('old_rows', householdId)}));
  else
    perform statistics_rollup_refresh(array(${touched('new_rows', householdId)} union ${touched('old_rows', householdId)}));
  end if;
  return null;
end $fn$;
drop trigger if exists statistics_rollup_insert on ${table};
drop trigger if exists statistics_rollup_update on ${table};
drop trigger if exists statistics_rollup_delete on ${table};
create trigger statistics_rollup_insert after insert on ${table} referencing new table as new_rows
  for each statement execute function statistics_rollup_${table}_changed();
create trigger statistics_rollup_update after update on ${table} referencing old table as old_rows new table as new_rows
  for each statement execute function statistics_rollup_${table}_changed();
create trigger statistics_rollup_delete after delete on ${table} referencing old table as old_rows
  for each statement execute function statistics_rollup_${table}_changed();`,
).join('\n');

export const ROLLUP_DDL = [refreshFunction, rebuildFunction, triggers].join('\n');
/** Stored as the refresh function's comment: a different text means "recreate and recompute". */
export const ROLLUP_VERSION = createHash('sha256').update(ROLLUP_DDL).digest('hex').slice(0, 16);
