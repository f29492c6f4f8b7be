import { Arg, Args, Ctx, FieldResolver, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { Allow } from '../../auth/allow';
import { Permission } from '../../auth/permission';
import { Paginated } from '../../common/pagination';
import { Household } from '../households/household.entity';
import { MeasureStatus } from './assistance.enums';
import { PlanInput, PlanListArgs } from './assistance.inputs';
import { assistanceLoaders } from './assistance.loaders';
import { householdGaps } from './gaps.loaders';
import { AssistanceGap } from './gaps.types';
import { AssistanceMeasure } from './measure.entity';
import { AssistancePlan } from './plan.entity';
import { PlanRisk } from './plan.service';
import { services } from '../../services';
import { householdLoader } from '../households/household.loaders';

@ObjectType()
class AssistancePlanPage extends Paginated(AssistancePlan) {}

@Resolver(() => AssistancePlan)
export class PlanResolver {
  @Allow(Permission.ASSISTANCE_READ)
  @Query(() => AssistancePlan)
  assistancePlan(@Ctx() ctx: Context, @Arg('id') id: string) {
    return services(ctx).assistancePlans.get(ctx, id);
  }

  @Allow(Permission.ASSISTANCE_READ)
  @Query(() => AssistancePlanPage, { description: '一户一策（按目标日期）' })
  assistancePlans(@Ctx() ctx: Context, @Args() args: PlanListArgs) {
    return services(ctx).assistancePlans.list(ctx, args);
  }

  @Allow(Permission.ASSISTANCE_WRITE)
  @Mutation(() => AssistancePlan, { description: '为尚无计划的监测对象制定一户一策（县级认定时自动生成草稿）' })
  createAssistancePlan(@Ctx() ctx: Context, @Arg('householdId') householdId: string) {
    return services(ctx).assistancePlans.create(ctx, householdId);
  }

  @Allow(Permission.ASSISTANCE_WRITE)
  @Mutation(() => AssistancePlan, { description: '修改一户一策：目标日期、帮扶目标、状态（制定中 → 实施中 → 已完成）' })
  updateAssistancePlan(
    @Ctx() ctx: Context,
    @Arg('id') id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input') input: PlanInput,
  ) {
    return services(ctx).assistancePlans.update(ctx, id, version, input);
  }

  @Allow(Permission.ASSISTANCE_READ)
  @FieldResolver(() => Household, { nullable: true })
  household(@Root() plan: AssistancePlan, @Ctx() ctx: Context) {
    return householdLoader(ctx).load(plan.householdId);
  }

  @Allow(Permission.ASSISTANCE_READ)
  @FieldResolver(() => [PlanRisk], { description: '该户未消除的风险及针对各风险的措施' })
  risks(@Root() plan: AssistancePlan, @Ctx() ctx: Context) {
    return services(ctx).assistancePlans.risks(ctx, plan);
  }

  @Allow(Permission.ASSISTANCE_READ)
  @FieldResolver(() => [AssistanceMeasure], { description: '该户未结束的措施' })
  async measures(@Root() plan: AssistancePlan, @Ctx() ctx: Context) {
    return (await assistanceLoaders(ctx).measuresByHousehold.load(plan.householdId)).filter(
      (m) => m.status !== MeasureStatus.ENDED,
    );
  }

  @Allow(Permission.ASSISTANCE_READ)
  @FieldResolver(() => [AssistanceGap], { description: '该户的帮扶缺口' })
  gaps(@Root() plan: AssistancePlan, @Ctx() ctx: Context) {
    return householdGaps(ctx).load(plan.householdId);
  }
}
