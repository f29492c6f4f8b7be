import { sqlText, type ScopedSql } from '../../jurisdiction/scoped-sql';

/**
 * The coverage rules as SQL, one small function per statement, each run through the scoped-SQL
 * helper: `scoped` is the actor's scope or a division inside it (`scopedSql(ctx).within(code)`),
 * optionally narrowed to some households; none reads outside it.
 */
export interface GapRow {
  household_id: string;
  division_code: string;
  measure_id?: string | null;
  risk_factor_id?: string | null;
  info?: string | null;
}

/** A household the county has confirmed and not yet released (监测中 or in exit review). */
const MONITORED = sqlText(`exists (select 1 from monitoring_case c where c.household_id = h.id
  and c.state in ('MONITORED', 'EXIT_VILLAGE_REVIEW', 'EXIT_TOWNSHIP_REVIEW', 'EXIT_COUNTY_REVIEW'))`);
/** Labour: an active member who can work (普通/技能劳动力, 弱劳动力), as the risk warnings count it. */
const HAS_LABOUR = sqlText(`exists (select 1 from household_member m where m.household_id = h.id and m.status = 'ACTIVE'
  and m.labour_capacity in ('SKILLED', 'ORDINARY', 'WEAK'))`);
const hasMeasure = (nature: 'DEVELOPMENT' | 'PROTECTIVE') =>
  sqlText(`exists (select 1 from assistance_measure am
  where am.household_id = h.id and am.nature = '${nature}' and am.status in ('PLANNED', 'IN_EFFECT'))`);
/** Household ids travel as one array literal (they are uuids read from the database); null: all. */
const idList = (ids: string[] | null) =>
  ids ? `{${ids.filter((id) => /^[0-9a-f-]{36}$/i.test(id)).join(',')}}` : null;

export function labourWithoutDevelopment(scoped: ScopedSql, ids: string[] | null) {
  const list = idList(ids);
  return scoped.query<GapRow>`select h.id as household_id, h.division_code from household h
    where ${scoped.inScope('h.division_code')} and h.status = 'ACTIVE' and (${list}::uuid[] is null or h.id = any(${list}::uuid[]))
      and ${MONITORED} and ${HAS_LABOUR} and not ${hasMeasure('DEVELOPMENT')}`;
}

export function noLabourWithoutProtective(scoped: ScopedSql, ids: string[] | null) {
  const list = idList(ids);
  return scoped.query<GapRow>`select h.id as household_id, h.division_code from household h
    where ${scoped.inScope('h.division_code')} and h.status = 'ACTIVE' and (${list}::uuid[] is null or h.id = any(${list}::uuid[]))
      and ${MONITORED} and not ${HAS_LABOUR} and not ${hasMeasure('PROTECTIVE')}`;
}

/** Stable work: a member working at least `stableWorkMonths` a year, or holding a job measure in effect. */
export function noStableEmployment(scoped: ScopedSql, ids: string[] | null, stableWorkMonths: number) {
  const list = idList(ids);
  return scoped.query<GapRow>`select h.id as household_id, h.division_code from household h
    where ${scoped.inScope('h.division_code')} and h.status = 'ACTIVE' and (${list}::uuid[] is null or h.id = any(${list}::uuid[]))
      and ${MONITORED} and ${HAS_LABOUR}
      and not exists (select 1 from household_member m where m.household_id = h.id and m.status = 'ACTIVE' and m.work_months >= ${stableWorkMonths})
      and not exists (select 1 from assistance_measure am where am.household_id = h.id and am.status = 'IN_EFFECT' and am.post is not null)`;
}

export function riskWithoutMeasure(scoped: ScopedSql, ids: string[] | null) {
  const list = idList(ids);
  return scoped.query<GapRow>`select h.id as household_id, h.division_code, r.id as risk_factor_id, r.type::text as info
    from risk_factor r join household h on h.id = r.household_id
    where ${scoped.inScope('h.division_code')} and h.status = 'ACTIVE' and (${list}::uuid[] is null or h.id = any(${list}::uuid[]))
      and ${MONITORED} and r.status = 'ACTIVE' and ${scoped.inScope('r.division_code')}
      and not exists (select 1 from assistance_measure am where am.household_id = h.id
        and am.status in ('PLANNED', 'IN_EFFECT') and r.id = any(am.risk_factor_ids))`;
}

/** Confirmed more than `planDueDays` ago and no plan beyond a draft. */
export function confirmedWithoutPlan(scoped: ScopedSql, ids: string[] | null, planDueDays: number, today: string) {
  const list = idList(ids);
  return scoped.query<GapRow>`select h.id as household_id, h.division_code, c.identified_on::text as info
    from monitoring_case c join household h on h.id = c.household_id
    where ${scoped.inScope('h.division_code')} and h.status = 'ACTIVE' and (${list}::uuid[] is null or h.id = any(${list}::uuid[]))
      and ${scoped.inScope('c.division_code')}
      and c.state in ('MONITORED', 'EXIT_VILLAGE_REVIEW', 'EXIT_TOWNSHIP_REVIEW', 'EXIT_COUNTY_REVIEW')
      and c.identified_on < ${today}::date - ${planDueDays}::int
      and not exists (select 1 from assistance_plan p where p.household_id = h.id and p.status in ('IN_PROGRESS', 'COMPLETED'))`;
}

export function loansPastTerm(scoped: ScopedSql, ids: string[] | null, loanKind: string, today: string) {
  const list = idList(ids);
  return scoped.query<GapRow>`select h.id as household_id, h.division_code, am.id as measure_id, am.ends_on::text as info
    from assistance_measure am join household h on h.id = am.household_id
    where ${scoped.inScope('h.division_code')} and h.status = 'ACTIVE' and (${list}::uuid[] is null or h.id = any(${list}::uuid[]))
      and ${scoped.inScope('am.division_code')} and am.kind_code = ${loanKind} and am.status <> 'ENDED' and am.ends_on < ${today}::date`;
}

/** Each monitored household's last visit (or, never visited, its confirmation) and next due date. */
export function visitSchedule(scoped: ScopedSql, ids: string[] | null, intervalDays: number) {
  const list = idList(ids);
  return scoped.query<{ household_id: string; division_code: string; last_visit_on: string | null; due_on: string }>`
    select h.id as household_id, h.division_code, v.last::text as last_visit_on,
      (coalesce(v.last, c.identified_on, c.state_changed_at::date) + ${intervalDays}::int)::text as due_on
    from household h
    join monitoring_case c on c.household_id = h.id
      and c.state in ('MONITORED', 'EXIT_VILLAGE_REVIEW', 'EXIT_TOWNSHIP_REVIEW', 'EXIT_COUNTY_REVIEW')
    left join lateral (select max(visited_on) as last from assistance_visit where household_id = h.id) v on true
    where ${scoped.inScope('h.division_code')} and h.status = 'ACTIVE' and (${list}::uuid[] is null or h.id = any(${list}::uuid[]))
    order by 4, h.household_number`;
}

/** Monitored households per group of divisions (the first `groupLength` digits). */
export function monitoredByGroup(scoped: ScopedSql, groupLength: number) {
  return scoped.query<{ grp: string; n: string }>`
    select left(h.division_code, ${groupLength}::int) as grp, count(*) as n from household h
    where ${scoped.inScope('h.division_code')} and h.status = 'ACTIVE' and ${MONITORED} group by 1`;
}
