import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * The coverage rules as SQL, one small function per statement. Each takes the division-code
 * prefix it may read (the actor's scope or a division inside it) and optionally a set of
 * households; none reads outside the prefix.
 */
export interface GapRow { household_id: string; division_code: string; measure_id?: string | null; risk_factor_id?: string | null; info?: string | null }

/** A household the county has confirmed and not yet released (监测中 or in exit review). */
const MONITORED = `exists (select 1 from monitoring_case c where c.household_id = h.id
  and c.state in ('MONITORED', 'EXIT_VILLAGE_REVIEW', 'EXIT_TOWNSHIP_REVIEW', 'EXIT_COUNTY_REVIEW'))`;
/** Labour: an active member who can work (普通/技能劳动力, 弱劳动力), as the risk warnings count it. */
const HAS_LABOUR = `exists (select 1 from household_member m where m.household_id = h.id and m.status = 'ACTIVE'
  and m.labour_capacity in ('SKILLED', 'ORDINARY', 'WEAK'))`;
const SCOPE = `h.division_code like ? and h.status = 'ACTIVE' and (?::uuid[] is null or h.id = any(?::uuid[]))`;
/** Household ids travel as one array literal (they are uuids read from the database). */
const scope = (prefix: string, ids: string[] | null) => {
  const list = ids ? `{${ids.filter((id) => /^[0-9a-f-]{36}$/i.test(id)).join(',')}}` : null;
  return [`${prefix}%`, list, list];
};
const hasMeasure = (nature: 'DEVELOPMENT' | 'PROTECTIVE') => `exists (select 1 from assistance_measure am
  where am.household_id = h.id and am.nature = '${nature}' and am.status in ('PLANNED', 'IN_EFFECT'))`;

const run = (em: EntityManager, sql: string, params: unknown[]) => em.getConnection().execute<GapRow[]>(sql, params as never[]);

export function labourWithoutDevelopment(em: EntityManager, prefix: string, ids: string[] | null) {
  return run(em, `select h.id as household_id, h.division_code from household h
    where ${SCOPE} and ${MONITORED} and ${HAS_LABOUR} and not ${hasMeasure('DEVELOPMENT')}`, scope(prefix, ids));
}

export function noLabourWithoutProtective(em: EntityManager, prefix: string, ids: string[] | null) {
  return run(em, `select h.id as household_id, h.division_code from household h
    where ${SCOPE} and ${MONITORED} and not ${HAS_LABOUR} and not ${hasMeasure('PROTECTIVE')}`, scope(prefix, ids));
}

/** Stable work: a member working at least `stableWorkMonths` a year, or holding a job measure in effect. */
export function noStableEmployment(em: EntityManager, prefix: string, ids: string[] | null, stableWorkMonths: number) {
  return run(em, `select h.id as household_id, h.division_code from household h
    where ${SCOPE} and ${MONITORED} and ${HAS_LABOUR}
      and not exists (select 1 from household_member m where m.household_id = h.id and m.status = 'ACTIVE' and m.work_months >= ?)
      and not exists (select 1 from assistance_measure am where am.household_id = h.id and am.status = 'IN_EFFECT' and am.post is not null)`,
  [...scope(prefix, ids), stableWorkMonths]);
}

export function riskWithoutMeasure(em: EntityManager, prefix: string, ids: string[] | null) {
  return run(em, `select h.id as household_id, h.division_code, r.id as risk_factor_id, r.type::text as info
    from risk_factor r join household h on h.id = r.household_id
    where ${SCOPE} and ${MONITORED} and r.status = 'ACTIVE' and r.division_code like ?
      and not exists (select 1 from assistance_measure am where am.household_id = h.id
        and am.status in ('PLANNED', 'IN_EFFECT') and r.id = any(am.risk_factor_ids))`, [...scope(prefix, ids), `${prefix}%`]);
}

/** Confirmed more than `planDueDays` ago and no plan beyond a draft. */
export function confirmedWithoutPlan(em: EntityManager, prefix: string, ids: string[] | null, planDueDays: number, today: string) {
  return run(em, `select h.id as household_id, h.division_code, c.identified_on::text as info
    from monitoring_case c join household h on h.id = c.household_id
    where ${SCOPE} and c.division_code like ?
      and c.state in ('MONITORED', 'EXIT_VILLAGE_REVIEW', 'EXIT_TOWNSHIP_REVIEW', 'EXIT_COUNTY_REVIEW')
      and c.identified_on < ?::date - ?::int
      and not exists (select 1 from assistance_plan p where p.household_id = h.id and p.status in ('IN_PROGRESS', 'COMPLETED'))`,
  [...scope(prefix, ids), `${prefix}%`, today, planDueDays]);
}

export function loansPastTerm(em: EntityManager, prefix: string, ids: string[] | null, loanKind: string, today: string) {
  return run(em, `select h.id as household_id, h.division_code, am.id as measure_id, am.ends_on::text as info
    from assistance_measure am join household h on h.id = am.household_id
    where ${SCOPE} and am.division_code like ? and am.kind_code = ? and am.status <> 'ENDED' and am.ends_on < ?::date`,
  [...scope(prefix, ids), `${prefix}%`, loanKind, today]);
}

/** Each monitored household's last visit (or, never visited, its confirmation) and next due date. */
export function visitSchedule(em: EntityManager, prefix: string, ids: string[] | null, intervalDays: number) {
  return em.getConnection().execute<Array<{ household_id: string; division_code: string; last_visit_on: string | null; due_on: string }>>(`
    select h.id as household_id, h.division_code, v.last::text as last_visit_on,
      (coalesce(v.last, c.identified_on, c.state_changed_at::date) + ?::int)::text as due_on
    from household h
    join monitoring_case c on c.household_id = h.id
      and c.state in ('MONITORED', 'EXIT_VILLAGE_REVIEW', 'EXIT_TOWNSHIP_REVIEW', 'EXIT_COUNTY_REVIEW')
    left join lateral (select max(visited_on) as last from assistance_visit where household_id = h.id) v on true
    where ${SCOPE}
    order by 4, h.household_number`, [intervalDays, ...scope(prefix, ids)] as never[]);
}

/** Monitored households per group of divisions (the first `groupLength` digits). */
export function monitoredByGroup(em: EntityManager, prefix: string, groupLength: number) {
  return em.getConnection().execute<Array<{ grp: string; n: string }>>(`
    select left(h.division_code, ?::int) as grp, count(*) as n from household h
    where h.division_code like ? and h.status = 'ACTIVE' and ${MONITORED} group by 1`, [groupLength, `${prefix}%`] as never[]);
}
