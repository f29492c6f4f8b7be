import { Arg, Args, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { Allow } from '../../auth/allow';
import { Permission } from '../../auth/permission';
import { PolicyWhatIfArgs } from './statistics.inputs';
import { PolicyWhatIf, RegionStatistics, TrendMonth } from './statistics.types';
import { services } from '../../services';

@Resolver()
export class StatisticsResolver {
  @Allow(Permission.STATISTICS_READ)
  @Query(() => RegionStatistics, {
    description: '区划统计（大屏合作接口）：户数、人口、监测对象及占比、风险消除、分类、各下级区划',
  })
  regionStatistics(
    @Ctx() ctx: Context,
    @Arg('divisionCode') divisionCode: string,
    @Arg('year', () => Int) year: number,
  ) {
    return services(ctx).statistics.regionStatistics(ctx, divisionCode, year);
  }

  @Allow(Permission.STATISTICS_READ)
  @Query(() => [TrendMonth], { description: '监测动态（大屏合作接口）：每月认定、风险消除及月末监测对象户数' })
  monitoringTrend(
    @Ctx() ctx: Context,
    @Arg('divisionCode') divisionCode: string,
    @Arg('from', { description: 'YYYY-MM' }) from: string,
    @Arg('to', { description: 'YYYY-MM' }) to: string,
  ) {
    return services(ctx).statistics.monitoringTrend(ctx, divisionCode, from, to);
  }

  @Allow(Permission.POLICY_WRITE)
  @Query(() => PolicyWhatIf, {
    description: '政策测算：按给定收入线和比例，各下级区划、各条规则会有多少户进入监测（只计算，不写入）',
  })
  policyWhatIf(@Ctx() ctx: Context, @Args() args: PolicyWhatIfArgs) {
    return services(ctx).statistics.policyWhatIf(ctx, args);
  }
}
