import { Arg, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { Allow } from '../../auth/allow';
import { Permission } from '../../auth/permission';
import { MonitoringPolicy } from './policy.entity';
import { EffectivePolicy, PolicyInput } from './policy.types';
import { services } from '../../services';

@Resolver()
export class PolicyResolver {
  @Allow(Permission.POLICY_READ)
  @Query(() => EffectivePolicy, { description: '某区划某年度实际适用的监测标准（含继承来源）' })
  effectivePolicy(
    @Ctx() ctx: Context,
    @Arg('divisionCode') divisionCode: string,
    @Arg('year', () => Int) year: number,
  ) {
    return services(ctx).policies.effective(ctx, divisionCode, year);
  }

  @Allow(Permission.POLICY_READ)
  @Query(() => [MonitoringPolicy], { description: '本辖区各级自行设定的监测标准' })
  policies(@Ctx() ctx: Context, @Arg('year', () => Int, { nullable: true }) year?: number) {
    return services(ctx).policies.list(ctx, year);
  }

  @Allow(Permission.POLICY_WRITE)
  @Mutation(() => MonitoringPolicy, { description: '设定本辖区某区划某年度的监测标准' })
  setPolicy(
    @Ctx() ctx: Context,
    @Arg('divisionCode') divisionCode: string,
    @Arg('year', () => Int) year: number,
    @Arg('input') input: PolicyInput,
  ) {
    return services(ctx).policies.set(ctx, divisionCode, year, input);
  }
}
