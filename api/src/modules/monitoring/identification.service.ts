import { Field, Int, ObjectType } from 'type-graphql';
import type { Context } from '../../context';
import { badInput } from '../../common/errors';
import { prefixOf } from '../../jurisdiction/division-code';
import { DivisionService } from '../divisions/division.service';
import { matchingCtes, type VillageMatchingPolicy } from './matching.sql';
import { PolicyService } from './policy.service';

@ObjectType({ description: '系统比对识别结果' })
export class IdentificationResult {
  @Field() divisionCode!: string;
  @Field(() => Int) year!: number;
  @Field(() => Int, { description: '符合监测条件的农户数' }) matched!: number;
  @Field(() => Int, { description: '本次新开立的线索数' }) leadsOpened!: number;
  @Field(() => Int, { description: '已有未办结案卷、未重复开立的农户数' }) alreadyOpen!: number;
  @Field(() => Int, { description: '缺少监测收入线、未能比对的村数' }) villagesWithoutLine!: number;
}

/**
 * 系统数据比对: finds the households of a division that meet the year's policy and opens a lead
 * (LEAD, source DATA_COMPARISON) with the reasons for each that has no open case. One set-based
 * statement over the whole subtree; the per-village effective policy is passed in as arrays.
 * Idempotent: a second run finds the same households already in a case (and the partial unique
 * index on open cases makes concurrent runs safe too).
 */
export class IdentificationService {
  private readonly divisions = new DivisionService();
  private readonly policies = new PolicyService();

  async identify(ctx: Context, divisionCode: string, year: number): Promise<IdentificationResult> {
    const root = await this.divisions.get(ctx, divisionCode);
    if (!Number.isInteger(year) || year < 2014 || year > new Date().getFullYear()) throw badInput('year', '年度不正确');
    const prefix = prefixOf(root.code, root.level);
    const { policy, villagesWithoutLine } = await this.matchingPolicy(ctx, root, prefix, year);
    const actor = ctx.actor!;
    const matching = matchingCtes(policy, year, prefix, actor.scopePrefix);
    const sql = `
      with ${matching.sql}, opened as (
        insert into monitoring_case (id, created_at, updated_at, version, household_id, division_code, category, state, source, reasons, opened_on, state_changed_at)
        select gen_random_uuid(), now(), now(), 1, m.household_id, m.division_code,
          (case when m.category in ('LIFTED_OUT', 'UNSTABLE_LIFTED_OUT') then 'UNSTABLE_LIFTED_OUT'
                when m.sudden then 'SUDDEN_HARDSHIP' else 'MARGINAL_AT_RISK' end)::monitoring_category,
          'LEAD', 'DATA_COMPARISON', m.reasons, (now() at time zone 'Asia/Shanghai')::date, now()
        from matched m
        where cardinality(m.reasons) > 0 and not m.already_open
        on conflict do nothing
        returning id, household_id, division_code, reasons
      ), events as (
        insert into case_event (id, case_id, division_code, action, from_state, to_state, actor_name, actor_id, note, at)
        select gen_random_uuid(), o.id, o.division_code, null, null, 'LEAD', ?, ?, array_to_string(o.reasons, '；'), now() from opened o
        returning 1
      ), audited as (
        insert into audit_entry (action, actor_kind, actor_id, actor_name, entity_name, entity_id, division_code, changes, request_id)
        select 'CREATE', ?, ?, ?, 'MonitoringCase', o.id::text, o.division_code,
          jsonb_build_object('householdId', o.household_id, 'state', 'LEAD', 'source', 'DATA_COMPARISON', 'reasons', to_jsonb(o.reasons)), ?
        from opened o
        returning 1
      )
      select
        (select count(*) from matched where cardinality(reasons) > 0) as matched,
        (select count(*) from opened) as opened,
        (select count(*) from matched where cardinality(reasons) > 0 and already_open) as already_open,
        (select count(*) from events) as events,
        (select count(*) from audited) as audited`;
    const [result] = await ctx.em.getConnection().execute<Array<{ matched: string; opened: string; already_open: string }>>(sql, [
      ...matching.params,
      actor.name, actor.id,
      actor.kind, actor.id, actor.name, ctx.requestId,
    ] as never[]);
    return Object.assign(new IdentificationResult(), {
      divisionCode: root.code, year,
      matched: Number(result.matched), leadsOpened: Number(result.opened), alreadyOpen: Number(result.already_open),
      villagesWithoutLine,
    });
  }

  /** Each village's effective line and shares for the year (what identification and what-if match against). */
  async matchingPolicy(ctx: Context, root: { code: string }, prefix: string, year: number) {
    const villages = await this.policies.villagePolicies(ctx.em, root, prefix, year,
      ['incomeLine', 'rigidExpenditureShare', 'incomeDropShare', 'subsidyShareWarning'] as const);
    const policy: VillageMatchingPolicy[] = villages.map((v) => ({
      village: v.village, income_line: v.incomeLine, rigid_share: v.rigidExpenditureShare,
      drop_share: v.incomeDropShare, subsidy_share: v.subsidyShareWarning,
    }));
    return { policy, villagesWithoutLine: villages.filter((v) => v.incomeLine === null).length };
  }
}
