import { Arg, Args, Ctx, Field, FieldResolver, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { Allow } from '../../auth/allow';
import { Permission } from '../../auth/permission';
import { groupLoaderBy, perRequest } from '../../common/loaders';
import { formatFen, MoneyScalar, toFen } from '../../common/money';
import { Paginated } from '../../common/pagination';
import { badInput } from '../../common/errors';
import { isDivisionCode, prefixOf } from '../../jurisdiction/division-code';
import { Division } from '../divisions/division.entity';
import { Household } from '../households/household.entity';
import { HouseholdIncome } from '../households/household-income.entity';
import { PriorityHousehold, priorityHouseholdsIn } from '../assets/priority.service';
import { showPriority } from '../assets/asset.resolver';
import {
  CollectiveIncome,
  DistributionLine,
  DistributionPayment,
  DistributionPlan,
  PlanEvent,
  PlanFlag,
} from './collective-income.entity';
import { PlanAction } from './collective-income.enums';
import {
  CollectiveIncomeInput,
  CollectiveIncomeListArgs,
  DistributionLineInput,
  DistributionPlanInput,
  PaymentInput,
  PlanActionArgs,
  PlanListArgs,
} from './collective-income.inputs';
import { services } from '../../services';
import { householdLoader } from '../households/household.loaders';
import { divisionLoader } from '../divisions/division.loaders';

@ObjectType()
class CollectiveIncomePage extends Paginated(CollectiveIncome) {}

@ObjectType()
class DistributionPlanPage extends Paginated(DistributionPlan) {}

@ObjectType({ description: '分配方案检查结果（超额分配、泛福利化、无条件、遗漏优先户）' })
export class PlanCheckResult {
  @Field(() => MoneyScalar, { description: '分配合计' }) total!: string;
  @Field(() => MoneyScalar, { description: '可分配收益' }) distributable!: string;
  @Field(() => MoneyScalar, { description: '剩余（负数为超额）' }) remaining!: string;
  @Field(() => [PlanFlag]) flags!: PlanFlag[];
}

/** The collective-income pages' DataLoaders, one set per request. */
const loaders = perRequest((ctx: Context) => {
  const em = ctx.em;
  return {
    linesByPlan: groupLoaderBy(
      (ids) => em.find(DistributionLine, { planId: { $in: ids } }, { orderBy: { planId: 'asc', position: 'asc' } }),
      (l) => l.planId,
    ),
    paymentsByPlan: groupLoaderBy(
      (ids) =>
        em.find(
          DistributionPayment,
          { planId: { $in: ids } },
          { orderBy: { planId: 'asc', paidOn: 'asc', createdAt: 'asc' } },
        ),
      (p) => p.planId,
    ),
    paymentsByHousehold: groupLoaderBy(
      (ids) =>
        em.find(DistributionPayment, { householdId: { $in: ids } }, { orderBy: { householdId: 'asc', paidOn: 'asc' } }),
      (p) => p.householdId,
    ),
    eventsByPlan: groupLoaderBy(
      (ids) => em.find(PlanEvent, { planId: { $in: ids } }, { orderBy: { planId: 'asc', at: 'asc' } }),
      (e) => e.planId,
    ),
  };
});

@Resolver(() => CollectiveIncome)
export class CollectiveIncomeResolver {
  @Allow(Permission.COLLECTIVE_INCOME_READ)
  @Query(() => CollectiveIncome, { nullable: true, description: '某村某年度的集体收益' })
  collectiveIncome(
    @Ctx() ctx: Context,
    @Arg('divisionCode') divisionCode: string,
    @Arg('year', () => Int) year: number,
  ) {
    return services(ctx).collectiveIncome.income(ctx, divisionCode, year);
  }

  @Allow(Permission.COLLECTIVE_INCOME_READ)
  @Query(() => CollectiveIncomePage, { description: '村集体年度收益' })
  collectiveIncomes(@Ctx() ctx: Context, @Args() args: CollectiveIncomeListArgs) {
    return services(ctx).collectiveIncome.incomes(ctx, args);
  }

  @Allow(Permission.COLLECTIVE_INCOME_WRITE)
  @Mutation(() => CollectiveIncome, { description: '登记村集体年度收益（资产收益由台账汇总）' })
  setCollectiveIncome(
    @Ctx() ctx: Context,
    @Arg('divisionCode') divisionCode: string,
    @Arg('year', () => Int) year: number,
    @Arg('input') input: CollectiveIncomeInput,
    @Arg('version', () => Int, { nullable: true }) version?: number | null,
  ) {
    return services(ctx).collectiveIncome.setIncome(ctx, divisionCode, year, input, version);
  }

  @Allow(Permission.COLLECTIVE_INCOME_READ)
  @Query(() => [PriorityHousehold], { description: '本村优先户（特殊困难户），由户籍信息得出' })
  async priorityHouseholds(@Ctx() ctx: Context, @Arg('divisionCode') divisionCode: string) {
    if (!isDivisionCode(divisionCode)) throw badInput('divisionCode', '区划代码应为 12 位数字');
    return showPriority(ctx, await priorityHouseholdsIn(ctx.em, prefixOf(divisionCode)));
  }

  @Allow(Permission.COLLECTIVE_INCOME_READ)
  @FieldResolver(() => Division, { nullable: true })
  division(@Root() income: CollectiveIncome, @Ctx() ctx: Context) {
    return divisionLoader(ctx).load(income.divisionCode);
  }
}

@Resolver(() => DistributionPlan)
export class DistributionPlanResolver {
  @Allow(Permission.COLLECTIVE_INCOME_READ)
  @Query(() => DistributionPlan, { description: '收益分配方案' })
  distributionPlan(@Ctx() ctx: Context, @Arg('id') id: string) {
    return services(ctx).collectiveIncome.plan(ctx, id);
  }

  @Allow(Permission.COLLECTIVE_INCOME_READ)
  @Query(() => DistributionPlanPage, { description: '收益分配方案' })
  distributionPlans(@Ctx() ctx: Context, @Args() args: PlanListArgs) {
    return services(ctx).collectiveIncome.plans(ctx, args);
  }

  @Allow(Permission.COLLECTIVE_INCOME_READ)
  @Query(() => PlanCheckResult, { description: '检查分配明细（录入时实时提示）' })
  checkDistributionPlan(
    @Ctx() ctx: Context,
    @Arg('divisionCode') divisionCode: string,
    @Arg('year', () => Int) year: number,
    @Arg('lines', () => [DistributionLineInput]) lines: DistributionLineInput[],
  ) {
    return services(ctx).collectiveIncome.check(ctx, divisionCode, year, lines);
  }

  @Allow(Permission.COLLECTIVE_INCOME_WRITE)
  @Mutation(() => DistributionPlan, { description: '村级拟定或修改分配方案（超额分配拒绝）' })
  saveDistributionPlan(
    @Ctx() ctx: Context,
    @Arg('divisionCode') divisionCode: string,
    @Arg('year', () => Int) year: number,
    @Arg('input') input: DistributionPlanInput,
    @Arg('version', () => Int, { nullable: true }) version?: number | null,
  ) {
    return services(ctx).collectiveIncome.savePlan(ctx, divisionCode, year, input, version);
  }

  @Allow(Permission.COLLECTIVE_INCOME_WRITE, Permission.COLLECTIVE_INCOME_REVIEW_TOWNSHIP)
  @Mutation(() => DistributionPlan, { description: '办理分配方案的一步；每步须由相应层级办理' })
  actOnDistributionPlan(@Ctx() ctx: Context, @Args() args: PlanActionArgs) {
    return services(ctx).collectiveIncome.act(ctx, args);
  }

  @Allow(Permission.COLLECTIVE_INCOME_WRITE)
  @Mutation(() => DistributionPayment, { description: '登记到户发放（计入该户当年财产性收入）' })
  recordDistributionPayment(@Ctx() ctx: Context, @Arg('input') input: PaymentInput) {
    return services(ctx).collectiveIncome.recordPayment(ctx, input);
  }

  @Allow(Permission.COLLECTIVE_INCOME_READ)
  @FieldResolver(() => Division, { nullable: true })
  division(@Root() plan: DistributionPlan, @Ctx() ctx: Context) {
    return divisionLoader(ctx).load(plan.divisionCode);
  }

  @Allow(Permission.COLLECTIVE_INCOME_READ)
  @FieldResolver(() => [DistributionLine])
  lines(@Root() plan: DistributionPlan, @Ctx() ctx: Context) {
    return loaders(ctx).linesByPlan.load(plan.id);
  }

  @Allow(Permission.COLLECTIVE_INCOME_READ)
  @FieldResolver(() => [DistributionPayment], { description: '到户发放记录' })
  payments(@Root() plan: DistributionPlan, @Ctx() ctx: Context) {
    return loaders(ctx).paymentsByPlan.load(plan.id);
  }

  @Allow(Permission.COLLECTIVE_INCOME_READ)
  @FieldResolver(() => MoneyScalar, { description: '已发放合计' })
  async paidTotal(@Root() plan: DistributionPlan, @Ctx() ctx: Context) {
    return formatFen((await loaders(ctx).paymentsByPlan.load(plan.id)).reduce((sum, p) => sum + toFen(p.amount), 0));
  }

  @Allow(Permission.COLLECTIVE_INCOME_READ)
  @FieldResolver(() => [PlanEvent], { description: '办理记录' })
  events(@Root() plan: DistributionPlan, @Ctx() ctx: Context) {
    return loaders(ctx).eventsByPlan.load(plan.id);
  }

  @Allow(Permission.COLLECTIVE_INCOME_READ)
  @FieldResolver(() => PlanCheckResult, { description: '按当前收益与户籍重新检查（逐个方案读取）' })
  async check(@Root() plan: DistributionPlan, @Ctx() ctx: Context) {
    return services(ctx).collectiveIncome.check(
      ctx,
      plan.divisionCode,
      plan.year,
      await loaders(ctx).linesByPlan.load(plan.id),
    );
  }

  @Allow(Permission.COLLECTIVE_INCOME_READ)
  @FieldResolver(() => [PlanAction], { description: '当前用户此时可办理的步骤' })
  availableActions(@Root() plan: DistributionPlan, @Ctx() ctx: Context) {
    return services(ctx).collectiveIncome.availableActions(ctx.actor!, plan);
  }
}

@Resolver(() => DistributionLine)
export class DistributionLineResolver {
  @Allow(Permission.COLLECTIVE_INCOME_READ)
  @FieldResolver(() => Household, { nullable: true })
  household(@Root() line: DistributionLine, @Ctx() ctx: Context) {
    return line.householdId ? householdLoader(ctx).load(line.householdId) : null;
  }

  @Allow(Permission.COLLECTIVE_INCOME_READ)
  @FieldResolver(() => MoneyScalar, { description: '已发放' })
  async paid(@Root() line: DistributionLine, @Ctx() ctx: Context) {
    return formatFen(
      (await loaders(ctx).paymentsByPlan.load(line.planId))
        .filter((p) => p.lineId === line.id)
        .reduce((sum, p) => sum + toFen(p.amount), 0),
    );
  }
}

@Resolver(() => DistributionPayment)
export class DistributionPaymentResolver {
  @Allow(Permission.COLLECTIVE_INCOME_READ)
  @FieldResolver(() => Household, { nullable: true })
  household(@Root() payment: DistributionPayment, @Ctx() ctx: Context) {
    return householdLoader(ctx).load(payment.householdId);
  }
}

@Resolver(() => HouseholdIncome)
export class HouseholdIncomeDistributionResolver {
  @Allow(Permission.HOUSEHOLD_READ)
  @FieldResolver(() => MoneyScalar, { description: '其中：村集体收益分配（已计入财产性收入）' })
  async collectiveDistribution(@Root() income: Readonly<HouseholdIncome>, @Ctx() ctx: Context) {
    const payments = await loaders(ctx).paymentsByHousehold.load(income.householdId);
    return formatFen(payments.filter((p) => p.year === income.year).reduce((sum, p) => sum + toFen(p.amount), 0));
  }
}
