import type { Context } from '../../context';
import { badInput } from '../../common/errors';
import { scopedSql } from '../../jurisdiction/scoped-sql';
import type { DivisionService } from '../divisions/division.service';
import { matchingCtes, type VillageMatchingPolicy } from './matching.sql';
import { IdentificationResult } from './identification.types';
import type { PolicyService } from './policy.service';

/**
 * 系统数据比对: finds the households of a division that meet the year's policy and opens a lead
 * (LEAD, source DATA_COMPARISON) with the reasons for each that has no open case. One set-based
 * statement over the whole subtree; the per-village effective policy is passed in as arrays.
 * Idempotent: a second run finds the same households already in a case (and the partial unique
 * index on open cases makes concurrent runs safe too).
 */
export class IdentificationService {
  constructor(
    private readonly divisions: DivisionService,
    private readonly policies: PolicyService,
  ) {}

  async identify(ctx: Context, divisionCode: string, year: number): Promise<IdentificationResult> {
    const root = await this.divisions.get(ctx, divisionCode);
    if (!Number.isInteger(year) || year < 2014 || year > new Date().getFullYear()) throw badInput('year', '年度不正确');
    const scoped = scopedSql(ctx).within(root.code);
    const { policy, villagesWithoutLine } = await this.matchingPolicy(ctx, root, scoped.prefix, year);
    const [result] = await scoped.query<{ matched: string; opened: string; already_open: string }>`
      with ${matchingCtes(scoped, policy, year)}, opened as (
        insert into monitoring_case (id, created_at, updated_at, version, household_id, division_code, category, state, source, reasons, opened_on, state_changed_at)
        select gen_random_uuid(), now(), now(), 1, m.household_id, m.division_code,
          (case when m.registration_status = 'LIFTED_OUT' then 'UNSTABLE_LIFTED_OUT'
                when m.sudden then 'SUDDEN_HARDSHIP' else 'MARGINAL_AT_RISK' end)::monitoring_category,
          'LEAD', 'DATA_COMPARISON', m.reasons, (now() at time zone 'Asia/Shanghai')::date, now()
        from matched m
        where cardinality(m.reasons) > 0 and not m.already_open
        on conflict do nothing
        returning id, household_id, division_code, reasons
      ), events as (
        insert into case_event (id, case_id, division_code, action, from_state, to_state, actor_name, actor_id, note, at)
        select gen_random_uuid(), o.id, o.division_code, null, null, 'LEAD', ${scoped.actor.actorName}, ${scoped.actor.actorId}::uuid, array_to_string(o.reasons, '；'), now() from opened o
        returning 1
      ), audited as (
        ${scoped.auditInsert({
          entityName: 'MonitoringCase',
          from: 'opened o',
          entityId: 'o.id::text',
          divisionCode: 'o.division_code',
          changes: `jsonb_build_object('householdId', o.household_id, 'state', 'LEAD', 'source', 'DATA_COMPARISON', 'reasons', to_jsonb(o.reasons))`,
        })}
        returning 1
      )
      select
        (select count(*) from matched where cardinality(reasons) > 0) as matched,
        (select count(*) from opened) as opened,
        (select count(*) from matched where cardinality(reasons) > 0 and already_open) as already_open,
        (select count(*) from events) as events,
        (select count(*) from audited) as audited`;
    return Object.assign(new IdentificationResult(), {
      divisionCode: root.code,
      year,
      matched: Number(result.matched),
      leadsOpened: Number(result.opened),
      alreadyOpen: Number(result.already_open),
      villagesWithoutLine,
    });
  }

  /** Each village's effective line and shares for the year (what identification and what-if match against). */
  async matchingPolicy(ctx: Context, root: { code: string }, prefix: string, year: number) {
    const villages = await this.policies.villagePolicies(ctx.em, root, prefix, year, [
      'incomeLine',
      'rigidExpenditureShare',
      'incomeDropShare',
      'subsidyShareWarning',
    ] as const);
    const policy: VillageMatchingPolicy[] = villages.map(
      (v) =>
        <VillageMatchingPolicy>{
          village: v.village,
          income_line: v.incomeLine,
          rigid_share: v.rigidExpenditureShare,
          drop_share: v.incomeDropShare,
          subsidy_share: v.subsidyShareWarning,
        },
    );
    return { policy, villagesWithoutLine: villages.filter((v) => v.incomeLine === null).length };
  }
}
