import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { Allow } from '../../auth/allow';
import { Permission } from '../../auth/permission';
import { Supervision } from './supervision.types';

@Resolver()
export class SupervisionResolver {
  @Allow(Permission.SUPERVISION_READ)
  @Query(() => Supervision, { description: '监测督导：案卷状态、逾期、监测对象占比' })
  supervision(@Ctx() ctx: Context, @Arg('divisionCode') divisionCode: string) {
    return ctx.services.supervision.supervise(ctx, divisionCode);
  }
}
