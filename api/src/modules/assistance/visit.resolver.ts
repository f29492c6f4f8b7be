import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { Allow } from '../../auth/allow';
import { Permission } from '../../auth/permission';
import { Household } from '../households/household.entity';
import { VisitInput } from './assistance.inputs';
import { VisitDue } from './gaps.types';
import { Visit } from './visit.entity';
import { services } from '../../services';
import { householdLoader } from '../households/household.loaders';

@Resolver(() => Visit)
export class VisitResolver {
  @Allow(Permission.VISIT_WRITE)
  @Mutation(() => Visit, { description: '登记走访；同一 clientKey 重复提交只记一次，返回第一次的记录' })
  recordVisit(@Ctx() ctx: Context, @Arg('input') input: VisitInput) {
    return services(ctx).assistanceVisits.record(ctx, input);
  }

  @Allow(Permission.ASSISTANCE_READ)
  @Query(() => [VisitDue], { description: '监测对象的回访安排（按应回访日期）；overdueOnly 只列逾期的' })
  visitsDue(
    @Ctx() ctx: Context,
    @Arg('divisionCode', { nullable: true }) divisionCode?: string,
    @Arg('overdueOnly', { nullable: true }) overdueOnly?: boolean,
  ) {
    return services(ctx).assistanceGaps.visitsDue(ctx, divisionCode, !!overdueOnly);
  }

  @Allow(Permission.ASSISTANCE_READ)
  @FieldResolver(() => Household, { nullable: true })
  household(@Root() visit: Visit, @Ctx() ctx: Context) {
    return householdLoader(ctx).load(visit.householdId);
  }
}

@Resolver(() => VisitDue)
export class VisitDueResolver {
  @Allow(Permission.ASSISTANCE_READ)
  @FieldResolver(() => Household, { nullable: true })
  household(@Root() due: VisitDue, @Ctx() ctx: Context) {
    return householdLoader(ctx).load(due.householdId);
  }
}
