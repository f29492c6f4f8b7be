import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { Allow } from '../../auth/allow';
import { Permission } from '../../auth/permission';
import { Household } from '../households/household.entity';
import { GapArgs } from './assistance.inputs';
import { AssistanceGap, AssistanceGapReport } from './gaps.types';
import { services } from '../../services';
import { householdLoader } from '../households/household.loaders';

@Resolver(() => AssistanceGap)
export class GapResolver {
  @Allow(Permission.ASSISTANCE_READ)
  @Query(() => AssistanceGapReport, {
    description:
      '帮扶缺口清单：有劳动力无开发式措施、无劳动力无保障性措施、无人稳定就业、风险无对应措施、认定后未制定计划、信贷超期、逾期未回访',
  })
  assistanceGaps(@Ctx() ctx: Context, @Args() args: GapArgs) {
    return services(ctx).assistanceGaps.report(ctx, args);
  }

  @Allow(Permission.ASSISTANCE_READ)
  @FieldResolver(() => Household, { nullable: true })
  household(@Root() gap: AssistanceGap, @Ctx() ctx: Context) {
    return householdLoader(ctx).load(gap.householdId);
  }
}
