import { Arg, Ctx, Int, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { Allow } from '../../auth/allow';
import { Permission } from '../../auth/permission';
import { IdentificationResult } from './identification.types';
import { services } from '../../services';

@Resolver()
export class IdentificationResolver {
  @Allow(Permission.MONITORING_IDENTIFY)
  @Mutation(() => IdentificationResult, { description: '系统比对：按年度标准识别农户并开立线索（可重复执行）' })
  identifyHouseholds(
    @Ctx() ctx: Context,
    @Arg('divisionCode') divisionCode: string,
    @Arg('year', () => Int) year: number,
  ) {
    return services(ctx).identification.identify(ctx, divisionCode, year);
  }
}
