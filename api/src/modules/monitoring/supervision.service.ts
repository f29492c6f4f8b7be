import type { Context } from '../../context';
import { todayInChina } from '../../common/dates';
import { childLevelOf, prefixOf } from '../../jurisdiction/division-code';
import { scopedSql, sqlText } from '../../jurisdiction/scoped-sql';
import type { DivisionService } from '../divisions/division.service';
import { Division } from '../divisions/division.entity';
import { CaseState } from './monitoring.enums';
import type { Supervision, SupervisionRow } from './supervision.types';
import { assessRatio, monitoredCaseSql, ratioFigures } from './monitored.sql';
import type { PolicyService } from './policy.service';
import { resolvePolicy } from './policy.rules';

/**
 * 监测督导: cases by state, overdue steps and the monitored ratio against the policy, for a
 * division and each of its children, in two grouped queries (no loop over households).
 */
export class SupervisionService {
  constructor(
    private readonly divisions: DivisionService,
    private readonly policies: PolicyService,
  ) {}

  async supervise(ctx: Context, divisionCode: string): Promise<Supervision> {
    const root = await this.divisions.get(ctx, divisionCode);
    const year = Number(todayInChina().slice(0, 4));
    const prefix = prefixOf(root.code, root.level);
    const childLevel = childLevelOf(root.level);
    const children = childLevel
      ? await ctx.em.find(Division, { parentCode: root.code }, { orderBy: { code: 'asc' } })
      : [];
    const childPrefixLength = childLevel ? prefixOf(children[0]?.code ?? root.code, childLevel).length : prefix.length;
    const rows = await this.policies.rowsFor(ctx.em, root.code, prefix, year);
    const rootPolicy = resolvePolicy(root.code, rows).values;
    const overdueDays = Number(rootPolicy.overdueDays ?? 15);
    const scoped = scopedSql(ctx, { connectionType: 'read' }).within(root.code);
    const groupOf = (column: string) => sqlText(`left(${column}, ${childPrefixLength})`);
    const people = await scoped.query<{ grp: string; persons: string; monitored: string }>`
      select ${groupOf('h.division_code')} as grp, sum(h.member_count) as persons,
        coalesce(sum(h.member_count) filter (where exists (
          select 1 from monitoring_case c where c.household_id = h.id and ${sqlText(monitoredCaseSql('c'))})), 0) as monitored
      from household h where ${scoped.inScope('h.division_code')} and h.status = 'ACTIVE' group by 1`;
    const ratioRows = await ratioFigures(scoped, childPrefixLength);
    const deepPoverty = await this.divisions.deepPovertyOf(ctx, [root.code, ...children.map((c) => c.code)]);
    const cases = await scoped.query<{ grp: string; state: CaseState; n: string; overdue: string }>`
      select ${groupOf('division_code')} as grp, state, count(*) as n,
        count(*) filter (where state not in ('MONITORED', 'RISK_ELIMINATED', 'DISMISSED') and state_changed_at < now() - make_interval(days => ${overdueDays})) as overdue
      from monitoring_case where ${scoped.inScope('division_code')} group by 1, 2`;

    const build = (code: string, name: string, match: (grp: string) => boolean): SupervisionRow => {
      const own = people.filter((p) => match(p.grp));
      const persons = own.reduce((sum, p) => sum + Number(p.persons), 0);
      const monitoredPersons = own.reduce((sum, p) => sum + Number(p.monitored), 0);
      const ownCases = cases.filter((c) => match(c.grp));
      const byStateMap = new Map<CaseState, number>();
      for (const c of ownCases) byStateMap.set(c.state, (byStateMap.get(c.state) ?? 0) + Number(c.n));
      const ratio = assessRatio(ratioRows, match, resolvePolicy(code, rows).values, deepPoverty.has(code));
      return {
        divisionCode: code,
        divisionName: name,
        persons,
        monitoredPersons,
        registeredPersons: ratio.registeredPersons,
        countedMonitoredPersons: ratio.countedPersons,
        monitoredRatio: ratio.monitoredRatio,
        countedCategories: ratio.countedCategories,
        deepPoverty: ratio.deepPoverty,
        expectedRatio: ratio.expectedRatio,
        maxRatio: ratio.maxRatio,
        warningRatio: ratio.warningRatio,
        ratioFlag: ratio.ratioFlag,
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
