import { Field, InputType, Int, ObjectType } from 'type-graphql';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../context';
import { assertInJurisdiction } from '../../auth/access';
import { badInput, notFound } from '../../common/errors';
import { MoneyScalar } from '../../common/money';
import { RiskType } from '../monitoring/monitoring.enums';
import { selfAndAncestorsOf } from '../../jurisdiction/division-code';
import type { DivisionService } from '../divisions/division.service';
import { IncomeSource, MeasureField, MeasureNature } from './assistance.enums';
import { AssistancePolicy } from './assistance-policy.entity';
import { MeasureKind } from './measure-kind.entity';
import {
  ASSISTANCE_POLICY_FIELDS,
  NATIONAL_CATALOGUE,
  resolveAssistancePolicy,
  resolveCatalogue,
  type AssistancePolicyValues,
  type ResolvedKind,
} from './measure-kind.catalogue';

@ObjectType({ description: '某区划实际适用的一类帮扶措施' })
export class EffectiveMeasureKind {
  @Field() code!: string;
  @Field() name!: string;
  @Field(() => MeasureNature) nature!: MeasureNature;
  @Field(() => [MeasureField], { description: '须填写的项' }) requiredFields!: MeasureField[];
  @Field(() => MoneyScalar, { nullable: true, description: '金额上限（元）' }) maxAmount?: string | null;
  @Field(() => Int, { nullable: true, description: '期限上限（月）' }) maxTermMonths?: number | null;
  @Field(() => IncomeSource, { description: '所发金额计入哪类收入' }) incomeSource!: IncomeSource;
  @Field(() => [RiskType], { description: '可应对的风险类型' }) answersRisks!: RiskType[];
  @Field() active!: boolean;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => String, { nullable: true, description: '最近一级作出设定的区划（空：全国目录）' }) definedBy?:
    string | null;
  @Field({ description: '全国目录中的类别' }) national!: boolean;
}

@InputType({ description: '设定本区划的一类帮扶措施；不填（null）的项沿用上级或全国目录' })
export class MeasureKindInput {
  @Field({ description: '类别代码（大写字母、数字、下划线）' }) code!: string;
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => MeasureNature, { nullable: true }) nature?: MeasureNature | null;
  @Field(() => [MeasureField], { nullable: true }) requiredFields?: MeasureField[] | null;
  @Field(() => MoneyScalar, { nullable: true }) maxAmount?: string | null;
  @Field(() => Int, { nullable: true }) maxTermMonths?: number | null;
  @Field(() => IncomeSource, { nullable: true }) incomeSource?: IncomeSource | null;
  @Field(() => [RiskType], { nullable: true }) answersRisks?: RiskType[] | null;
  @Field(() => Boolean, { nullable: true }) active?: boolean | null;
  @Field(() => String, { nullable: true }) description?: string | null;
}

@ObjectType({ description: '某区划实际适用的帮扶工作标准' })
export class EffectiveAssistancePolicy {
  @Field() divisionCode!: string;
  @Field(() => Int, { description: '回访周期（天）' }) visitIntervalDays!: number;
  @Field(() => Int, { description: '县级认定后制定一户一策的期限（天）' }) planDueDays!: number;
  @Field(() => Int, { description: '一户一策默认目标期限（月）' }) planTargetMonths!: number;
  @Field(() => Int, { description: '稳定就业的年务工月数' }) stableWorkMonths!: number;
  @Field(() => [String], { description: '本级或上级设定过的项（其余为全国默认值）' }) setFields!: string[];
}

@InputType({ description: '设定本区划的帮扶工作标准；不填（null）的项沿用上级' })
export class AssistancePolicyInput {
  @Field(() => Int, { nullable: true }) visitIntervalDays?: number | null;
  @Field(() => Int, { nullable: true }) planDueDays?: number | null;
  @Field(() => Int, { nullable: true }) planTargetMonths?: number | null;
  @Field(() => Int, { nullable: true }) stableWorkMonths?: number | null;
}

const POLICY_RANGES: Record<keyof AssistancePolicyValues, [number, number]> = {
  visitIntervalDays: [1, 366],
  planDueDays: [1, 366],
  planTargetMonths: [1, 60],
  stableWorkMonths: [1, 12],
};

/** 帮扶措施目录 and 帮扶工作标准: national defaults, overridden region by region down the tree. */
export class CatalogueService {
  constructor(private readonly divisions: DivisionService) {}

  /** Ancestors' rows apply below them, so they are read past the filter, limited to the ancestry. */
  async resolve(em: EntityManager, divisionCode: string): Promise<ResolvedKind[]> {
    const rows = await em.find(
      MeasureKind,
      { divisionCode: { $in: selfAndAncestorsOf(divisionCode) } },
      { filters: false },
    );
    return resolveCatalogue(divisionCode, rows);
  }

  async kindFor(em: EntityManager, divisionCode: string, code: string): Promise<ResolvedKind> {
    const kind = (await this.resolve(em, divisionCode)).find((k) => k.code === code);
    if (!kind) throw badInput('input.kindCode', `没有“${code}”这类帮扶措施`);
    return kind;
  }

  async effective(ctx: Context, divisionCode: string): Promise<EffectiveMeasureKind[]> {
    await this.divisions.get(ctx, divisionCode);
    return (await this.resolve(ctx.em, divisionCode)).map((k) =>
      Object.assign(new EffectiveMeasureKind(), k, { national: k.code in NATIONAL_CATALOGUE }),
    );
  }

  /** The rows set inside the caller's jurisdiction (what the catalogue screen edits). */
  ownRows(ctx: Context): Promise<MeasureKind[]> {
    return ctx.em.find(MeasureKind, {}, { orderBy: { divisionCode: 'asc', code: 'asc' } });
  }

  async set(ctx: Context, divisionCode: string, input: MeasureKindInput): Promise<MeasureKind> {
    assertInJurisdiction(ctx.actor!, divisionCode);
    await this.divisions.get(ctx, divisionCode);
    const code = input.code.trim().toUpperCase();
    if (!/^[A-Z][A-Z0-9_]{1,39}$/.test(code))
      throw badInput('input.code', '类别代码应为 2-40 位大写字母、数字或下划线，以字母开头');
    if (input.name !== undefined && input.name !== null && !input.name.trim())
      throw badInput('input.name', '名称不能为空');
    if (
      input.maxTermMonths !== null &&
      input.maxTermMonths !== undefined &&
      (input.maxTermMonths < 1 || input.maxTermMonths > 600)
    ) {
      throw badInput('input.maxTermMonths', '期限上限应在 1 到 600 个月之间');
    }
    const row =
      (await ctx.em.findOne(MeasureKind, { divisionCode, code })) ?? ctx.em.create(MeasureKind, { divisionCode, code });
    for (const field of [
      'name',
      'nature',
      'requiredFields',
      'maxAmount',
      'maxTermMonths',
      'incomeSource',
      'answersRisks',
      'active',
      'description',
    ] as const) {
      if (field in input)
        (row as unknown as Record<string, unknown>)[field] =
          typeof input[field] === 'string' ? (input[field] as string).trim() || null : (input[field] ?? null);
    }
    const resolved = resolveCatalogue(divisionCode, [
      ...(
        await ctx.em.find(
          MeasureKind,
          { divisionCode: { $in: selfAndAncestorsOf(divisionCode) }, code },
          { filters: false },
        )
      ).filter((r) => r.divisionCode !== divisionCode),
      row,
    ]);
    if (!resolved.some((k) => k.code === code)) throw badInput('input.name', '新增的措施类别须填写名称和帮扶性质');
    await ctx.em.flush();
    return row;
  }

  async removeOwn(ctx: Context, id: string): Promise<boolean> {
    const row = await ctx.em.findOne(MeasureKind, { id });
    if (!row) throw notFound('措施目录设定');
    assertInJurisdiction(ctx.actor!, row.divisionCode);
    await ctx.em.remove(row).flush();
    return true;
  }

  async policy(em: EntityManager, divisionCode: string) {
    const rows = await em.find(
      AssistancePolicy,
      { divisionCode: { $in: selfAndAncestorsOf(divisionCode) } },
      { filters: false },
    );
    return resolveAssistancePolicy(divisionCode, rows);
  }

  async effectivePolicy(ctx: Context, divisionCode: string): Promise<EffectiveAssistancePolicy> {
    await this.divisions.get(ctx, divisionCode);
    const { values, sources } = await this.policy(ctx.em, divisionCode);
    return Object.assign(new EffectiveAssistancePolicy(), { divisionCode, ...values, setFields: Object.keys(sources) });
  }

  async setPolicy(
    ctx: Context,
    divisionCode: string,
    input: AssistancePolicyInput,
  ): Promise<EffectiveAssistancePolicy> {
    assertInJurisdiction(ctx.actor!, divisionCode);
    await this.divisions.get(ctx, divisionCode);
    for (const field of ASSISTANCE_POLICY_FIELDS) {
      const value = input[field];
      const [min, max] = POLICY_RANGES[field];
      if (value !== null && value !== undefined && (!Number.isInteger(value) || value < min || value > max))
        throw badInput(`input.${field}`, `取值应在 ${min} 到 ${max} 之间`);
    }
    const row =
      (await ctx.em.findOne(AssistancePolicy, { divisionCode })) ?? ctx.em.create(AssistancePolicy, { divisionCode });
    for (const field of ASSISTANCE_POLICY_FIELDS) if (field in input) row[field] = input[field] ?? null;
    await ctx.em.flush();
    return this.effectivePolicy(ctx, divisionCode);
  }
}
