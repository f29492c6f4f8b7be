import { Field, Float, Int, ObjectType } from 'type-graphql';
import type { Context } from '../../context';
import { todayInChina } from '../../common/dates';
import { childLevelOf, prefixOf } from '../../jurisdiction/division-code';
import { DivisionService } from '../divisions/division.service';
import { Division } from '../divisions/division.entity';
import { CaseState } from './monitoring.enums';
import { monitoredCaseSql, monitoredRatio } from './monitored.sql';
import { PolicyService } from './policy.service';
import { resolvePolicy } from './policy.rules';

@ObjectType({ description: '某状态的案卷数' })
export class StateCount {
  @Field(() => CaseState) state!: CaseState;
  @Field(() => Int) cases!: number;
}

@ObjectType({ description: '一个区划的监测督导数据' })
export class SupervisionRow {
  @Field() divisionCode!: string;
  @Field() divisionName!: string;
  @Field(() => Int, { description: '建档人口' }) persons!: number;
  @Field(() => Int, { description: '监测对象人口（监测中及风险消除审核中）' }) monitoredPersons!: number;
  @Field(() => Float, { description: '监测对象占比' }) monitoredRatio!: number;
  @Field(() => Float, { nullable: true }) expectedRatio?: number | null;
  @Field(() => Float, { nullable: true }) maxRatio?: number | null;
  @Field(() => String, { nullable: true, description: '占比异常：ABOVE_MAX 超过上限，FAR_BELOW_EXPECTED 不足预期一半' }) ratioFlag?: string | null;
  @Field(() => Int, { description: '逾期未办的案卷（停留超过规定天数）' }) overdueCases!: number;
  @Field(() => [StateCount]) byState!: StateCount[];
}

@ObjectType({ description: '监测督导：本区划合计及各下级' })
export class Supervision {
  @Field(() => SupervisionRow) total!: SupervisionRow;
  @Field(() => [SupervisionRow]) children!: SupervisionRow[];
  @Field(() => Int) overdueDays!: number;
}

/**
 * 监测督导: cases by state, overdue steps and the monitored ratio against the policy, for a
 * division and each of its children, in two grouped queries (no loop over households).
 */
export class SupervisionService {
  private readonly divisions = new DivisionService();
  private readonly policies = new PolicyService();

  async supervise(ctx: Context, divisionCode: string): Promise<Supervision> {
    const root = await this.divisions.get(ctx, divisionCode);
    const year = Number(todayInChina().slice(0, 4));
    const prefix = prefixOf(root.code, root.level);
    const childLevel = childLevelOf(root.level);
    const children = childLevel ? await ctx.em.find(Division, { parentCode: root.code }, { orderBy: { code: 'asc' } }) : [];
    const childPrefixLength = childLevel ? prefixOf(children[0]?.code ?? root.code, childLevel).length : prefix.length;
    const rows = await this.policies.rowsFor(ctx.em, root.code, prefix, year);
    const rootPolicy = resolvePolicy(root.code, rows).values;
    const overdueDays = Number(rootPolicy.overdueDays ?? 15);
    const connection = ctx.em.getConnection();
    const groupOf = `left(division_code, ${childPrefixLength})`;
    const people = await connection.execute<Array<{ grp: string; persons: string; monitored: string }>>(`
      select ${groupOf.replace('division_code', 'h.division_code')} as grp, sum(h.member_count) as persons,
        coalesce(sum(h.member_count) filter (where exists (
          select 1 from monitoring_case c where c.household_id = h.id and ${monitoredCaseSql('c')})), 0) as monitored
      from household h where h.division_code like ? and h.status = 'ACTIVE' group by 1`, [`${prefix}%`]);
    const cases = await connection.execute<Array<{ grp: string; state: CaseState; n: string; overdue: string }>>(`
      select ${groupOf} as grp, state, count(*) as n,
        count(*) filter (where state not in ('MONITORED', 'RISK_ELIMINATED', 'DISMISSED') and state_changed_at < now() - make_interval(days => ?)) as overdue
      from monitoring_case where division_code like ? group by 1, 2`, [overdueDays, `${prefix}%`]);

    const build = (code: string, name: string, match: (grp: string) => boolean): SupervisionRow => {
      const own = people.filter((p) => match(p.grp));
      const persons = own.reduce((sum, p) => sum + Number(p.persons), 0);
      const monitoredPersons = own.reduce((sum, p) => sum + Number(p.monitored), 0);
      const ownCases = cases.filter((c) => match(c.grp));
      const byStateMap = new Map<CaseState, number>();
      for (const c of ownCases) byStateMap.set(c.state, (byStateMap.get(c.state) ?? 0) + Number(c.n));
      const policy = resolvePolicy(code, rows).values;
      const ratio = persons ? monitoredPersons / persons : 0;
      const expected = (policy.expectedMonitoredRatio as number | undefined) ?? null;
      const max = (policy.maxMonitoredRatio as number | undefined) ?? null;
      const ratioFlag = max !== null && ratio > max ? 'ABOVE_MAX' : expected !== null && persons > 0 && ratio < expected / 2 ? 'FAR_BELOW_EXPECTED' : null;
      return {
        divisionCode: code, divisionName: name, persons, monitoredPersons, monitoredRatio: monitoredRatio(monitoredPersons, persons),
        expectedRatio: expected, maxRatio: max, ratioFlag,
        overdueCases: ownCases.reduce((sum, c) => sum + Number(c.overdue), 0),
        byState: [...byStateMap].map(([state, n]) => ({ state, cases: n })),
      };
    };
    return {
      total: build(root.code, root.name, () => true),
      children: children.map((child) => {
        const childPrefix = prefixOf(child.code, childLevel!);
        return build(child.code, child.name, (grp) => grp === childPrefix);
      }),
      overdueDays,
    };
  }
}
