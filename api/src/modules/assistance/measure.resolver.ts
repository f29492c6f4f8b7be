import { Arg, Ctx, Field, FieldResolver, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { Allow } from '../../auth/allow';
import { Permission } from '../../auth/permission';
import { todayInChina } from '../../common/dates';
import { formatFen, MoneyScalar } from '../../common/money';
import { Household } from '../households/household.entity';
import { HouseholdIncome } from '../households/household-income.entity';
import { Member } from '../households/member.entity';
import { RiskFactor } from '../monitoring/risk-factor.entity';
import { IncomeSource, MeasureStatus } from './assistance.enums';
import { MeasureInput } from './assistance.inputs';
import { assistanceLoaders } from './assistance.loaders';
import { AssistanceMeasure } from './measure.entity';
import { paidInYear } from './measure.rules';
import { services } from '../../services';
import { RISK_ROWS } from '../monitoring/monitoring.loaders';
import { MEMBER_ROWS, householdLoader } from '../households/household.loaders';

@ObjectType({ description: '帮扶措施在某年度带来的收入' })
export class IncomeContribution {
  @Field() measureId!: string;
  @Field() kindName!: string;
  @Field(() => IncomeSource) incomeSource!: IncomeSource;
  @Field(() => MoneyScalar) amount!: string;
}

@Resolver(() => AssistanceMeasure)
export class MeasureResolver {
  @Allow(Permission.ASSISTANCE_READ)
  @Query(() => AssistanceMeasure)
  assistanceMeasure(@Ctx() ctx: Context, @Arg('id') id: string) {
    return services(ctx).assistanceMeasures.get(ctx, id);
  }

  @Allow(Permission.ASSISTANCE_WRITE)
  @Mutation(() => AssistanceMeasure, { description: '为农户（或成员）安排一项帮扶措施；按措施类别校验' })
  addMeasure(@Ctx() ctx: Context, @Arg('householdId') householdId: string, @Arg('input') input: MeasureInput) {
    return services(ctx).assistanceMeasures.add(ctx, householdId, input);
  }

  @Allow(Permission.ASSISTANCE_WRITE)
  @Mutation(() => AssistanceMeasure)
  updateMeasure(
    @Ctx() ctx: Context,
    @Arg('id') id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input') input: MeasureInput,
  ) {
    return services(ctx).assistanceMeasures.update(ctx, id, version, input);
  }

  @Allow(Permission.ASSISTANCE_WRITE)
  @Mutation(() => AssistanceMeasure, { description: '计划中 → 落实中 → 已结束' })
  setMeasureStatus(
    @Ctx() ctx: Context,
    @Arg('id') id: string,
    @Arg('version', () => Int) version: number,
    @Arg('status', () => MeasureStatus) status: MeasureStatus,
  ) {
    return services(ctx).assistanceMeasures.setStatus(ctx, id, version, status);
  }

  @Allow(Permission.ASSISTANCE_READ)
  @FieldResolver(() => Household, { nullable: true })
  household(@Root() measure: AssistanceMeasure, @Ctx() ctx: Context) {
    return householdLoader(ctx).load(measure.householdId);
  }

  @Allow(Permission.ASSISTANCE_READ)
  @FieldResolver(() => Member, { nullable: true, description: '受益成员' })
  async member(@Root() measure: AssistanceMeasure, @Ctx() ctx: Context) {
    const members = await ctx.rows.load(MEMBER_ROWS, measure.householdId);
    return members.find((m) => m.id === measure.memberId) ?? null;
  }

  @Allow(Permission.ASSISTANCE_READ)
  @FieldResolver(() => [RiskFactor], { description: '针对的风险因素' })
  async riskFactors(@Root() measure: AssistanceMeasure, @Ctx() ctx: Context) {
    // Always through the loader (even with no ids), so one batch serves every measure of the page.
    return (await ctx.rows.load(RISK_ROWS, measure.householdId)).filter((r) => measure.riskFactorIds.includes(r.id));
  }
}

/**
 * What measures paid shows on the year's income as a computed breakdown beside the entered
 * figures (工资性 from a job, 转移性 from subsidies and relief…). It is not added to them: the
 * office's income survey already counts money received, so adding would count it twice; the
 * breakdown lets the office see what part of the income assistance is.
 */
@Resolver(() => HouseholdIncome)
export class IncomeAssistanceResolver {
  @Allow(Permission.ASSISTANCE_READ)
  @FieldResolver(() => [IncomeContribution], {
    description: '其中：帮扶措施带来的收入（系统计算，按措施类别计入相应收入项）',
  })
  async assistanceContributions(
    @Root() income: Readonly<HouseholdIncome>,
    @Ctx() ctx: Context,
  ): Promise<IncomeContribution[]> {
    const today = todayInChina();
    const measures = await assistanceLoaders(ctx).measuresByHousehold.load(income.householdId);
    return measures
      .map((m) => ({ m, fen: paidInYear(m, income.year, today) }))
      .filter(({ fen }) => fen > 0)
      .map(({ m, fen }) => ({
        measureId: m.id,
        kindName: m.kindName,
        incomeSource: m.incomeSource,
        amount: formatFen(fen),
      }));
  }
}
