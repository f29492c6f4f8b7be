import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../context';
import { assertInJurisdiction } from '../../auth/access';
import { badInput } from '../../common/errors';
import type { DivisionService } from '../divisions/division.service';
import { Division } from '../divisions/division.entity';
import { DivisionLevel, selfAndAncestorsOf } from '../../jurisdiction/division-code';
import { MonitoringPolicy } from './policy.entity';
import { EffectivePolicy, type PolicyInput } from './policy.types';
import { POLICY_FIELDS, resolvePolicy, type PolicyField, type PolicyValues, type ResolvedPolicy } from './policy.rules';

const RATIO_FIELDS: PolicyField[] = [
  'rigidExpenditureShare',
  'incomeDropShare',
  'subsidyShareWarning',
  'expectedMonitoredRatio',
  'maxMonitoredRatio',
  'monitoredRatioWarning',
];
const COUNT_FIELDS: Array<[PolicyField, number, number]> = [
  ['exitStabilityMonths', 0, 60],
  ['publicNoticeDays', 0, 60],
  ['overdueDays', 1, 365],
  ['warningWindowMonths', 1, 36],
  ['disabilityWarningGrade', 1, 4],
  ['exitPublicNoticeDays', 0, 60],
];

export class PolicyService {
  constructor(private readonly divisions: DivisionService) {}

  /** Policies set inside the caller's jurisdiction, newest year first. */
  list(ctx: Context, year?: number): Promise<MonitoringPolicy[]> {
    return ctx.em.find(MonitoringPolicy, year ? { year } : {}, { orderBy: { year: 'desc', divisionCode: 'asc' } });
  }

  /** The policy in force for a division: its own values, else its ancestors', field by field. */
  async effective(ctx: Context, divisionCode: string, year: number): Promise<EffectivePolicy> {
    await this.divisions.get(ctx, divisionCode);
    const resolved = await this.resolve(ctx.em, divisionCode, year);
    // A source is the division itself or one of its ancestors (read past the filter, like their policies): "继承自 内蒙古自治区".
    const codes = [...new Set(Object.values(resolved.sources))] as string[];
    const named = codes.length
      ? await ctx.em.find(
          Division,
          { code: { $in: codes } },
          { filters: false, fields: ['code', 'name'], disableIdentityMap: true },
        )
      : [];
    return toEffective(divisionCode, year, resolved, new Map(named.map((d) => [d.code, d.name])));
  }

  /**
   * Ancestors' policies apply to everyone below them, so they are read past the jurisdiction
   * filter, limited to the ancestors of a division the caller may see.
   */
  async resolve(em: EntityManager, divisionCode: string, year: number): Promise<ResolvedPolicy> {
    const rows = await em.find(
      MonitoringPolicy,
      { divisionCode: { $in: selfAndAncestorsOf(divisionCode) }, year },
      { filters: false },
    );
    return resolvePolicy(divisionCode, rows as Array<MonitoringPolicy & PolicyValues>);
  }

  /** Policies of the year for the division's ancestors and everything below it (for set-based work). */
  async rowsFor(
    em: EntityManager,
    divisionCode: string,
    prefix: string,
    year: number,
  ): Promise<Array<{ divisionCode: string } & PolicyValues>> {
    const rows = await em.find(
      MonitoringPolicy,
      {
        year,
        $or: [{ divisionCode: { $in: selfAndAncestorsOf(divisionCode) } }, { divisionCode: { $like: `${prefix}%` } }],
      },
      { filters: false },
    );
    return rows as Array<MonitoringPolicy & PolicyValues>;
  }

  /**
   * The effective value of some fields for every village under a division, as rows ready to be
   * joined in SQL (`jsonb_to_recordset`): set-based work over households uses the right policy
   * for each village without a query per village.
   */
  async villagePolicies<F extends PolicyField>(
    em: EntityManager,
    root: { code: string },
    prefix: string,
    year: number,
    fields: readonly F[],
  ) {
    const villages = await em.find(
      Division,
      { level: DivisionLevel.VILLAGE, code: { $like: `${prefix}%` } },
      { fields: ['code'], disableIdentityMap: true },
    );
    const rows = await this.rowsFor(em, root.code, prefix, year);
    return villages.map((village) => {
      const { values } = resolvePolicy(village.code, rows);
      return { village: village.code, ...Object.fromEntries(fields.map((f) => [f, values[f] ?? null])) } as {
        village: string;
      } & Record<F, string | number | string[] | null>;
    });
  }

  async set(ctx: Context, divisionCode: string, year: number, input: PolicyInput): Promise<MonitoringPolicy> {
    assertInJurisdiction(ctx.actor!, divisionCode);
    await this.divisions.get(ctx, divisionCode);
    if (!Number.isInteger(year) || year < 2013 || year > 2100) throw badInput('year', '年度不正确');
    for (const field of RATIO_FIELDS) {
      const value = input[field as keyof PolicyInput] as number | null | undefined;
      if (value !== null && value !== undefined && !(value > 0 && value <= 1))
        throw badInput(`input.${field}`, '比例应为 0 到 1 之间的小数，如 0.05');
    }
    for (const [field, min, max] of COUNT_FIELDS) {
      const value = input[field as keyof PolicyInput] as number | null | undefined;
      if (value !== null && value !== undefined && (value < min || value > max))
        throw badInput(`input.${field}`, `取值应在 ${min} 到 ${max} 之间`);
    }
    if (
      input.expectedMonitoredRatio &&
      input.maxMonitoredRatio &&
      input.expectedMonitoredRatio > input.maxMonitoredRatio
    ) {
      throw badInput('input.expectedMonitoredRatio', '预期比例不能高于上限');
    }
    const multiple = input.incomeLineMultiple;
    if (multiple !== null && multiple !== undefined && !(multiple >= 0.5 && multiple <= 5))
      throw badInput('input.incomeLineMultiple', '倍数应在 0.5 到 5 之间，如 1.5');
    if (
      input.nationalPovertyLine !== null &&
      input.nationalPovertyLine !== undefined &&
      !(Number(input.nationalPovertyLine) > 0)
    ) {
      throw badInput('input.nationalPovertyLine', '国家扶贫标准应大于 0');
    }
    if (
      input.monitoredCategories !== null &&
      input.monitoredCategories !== undefined &&
      input.monitoredCategories.length === 0
    ) {
      throw badInput('input.monitoredCategories', '至少选择一类计入占比的监测对象');
    }
    const policy =
      (await ctx.em.findOne(MonitoringPolicy, { divisionCode, year })) ??
      ctx.em.create(MonitoringPolicy, { divisionCode, year });
    for (const field of POLICY_FIELDS) {
      if (field in input)
        (policy as unknown as Record<string, unknown>)[field] = input[field as keyof PolicyInput] ?? null;
    }
    if (policy.monitoredCategories) policy.monitoredCategories = [...new Set(policy.monitoredCategories)];
    if (
      policy.incomeLine !== null &&
      policy.incomeLine !== undefined &&
      policy.incomeLineMultiple !== null &&
      policy.incomeLineMultiple !== undefined
    ) {
      throw badInput(
        'input.incomeLineMultiple',
        '监测收入线按金额或按国家扶贫标准的倍数设定，二者选一（另一项请清空）',
      );
    }
    await ctx.em.flush();
    return policy;
  }
}

export function toEffective(
  divisionCode: string,
  year: number,
  resolved: ResolvedPolicy,
  names = new Map<string, string>(),
): EffectivePolicy {
  return Object.assign(new EffectivePolicy(), {
    divisionCode,
    year,
    ...Object.fromEntries(POLICY_FIELDS.map((f) => [f, resolved.values[f] ?? null])),
    sources: Object.entries(resolved.sources).map(([field, code]) => ({
      field,
      divisionCode: code!,
      divisionName: names.get(code!) ?? null,
    })),
  });
}
