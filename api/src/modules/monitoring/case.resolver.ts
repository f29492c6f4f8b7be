import { Arg, Args, Ctx, FieldResolver, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { Allow } from '../../auth/allow';
import { Permission } from '../../auth/permission';
import { Paginated } from '../../common/pagination';
import { Household } from '../households/household.entity';
import { CaseEvent, MonitoringCase } from './monitoring-case.entity';
import { CaseAction } from './monitoring.enums';
import { CaseActionArgs, CaseListArgs, OpenLeadInput } from './case.inputs';
import { OPEN_STATES } from './procedure.rules';

@ObjectType()
class MonitoringCasePage extends Paginated(MonitoringCase) {}

@Resolver(() => MonitoringCase)
export class MonitoringCaseResolver {
  @Allow(Permission.MONITORING_READ)
  @Query(() => MonitoringCase)
  monitoringCase(@Ctx() ctx: Context, @Arg('id') id: string) {
    return ctx.services.cases.get(ctx, id);
  }

  @Allow(Permission.MONITORING_READ)
  @Query(() => MonitoringCasePage, { description: '监测案卷；pendingForMe 为我的待办，overdue 为逾期' })
  monitoringCases(@Ctx() ctx: Context, @Args() args: CaseListArgs) {
    return ctx.services.cases.list(ctx, args);
  }

  @Allow(Permission.MONITORING_PROPOSE)
  @Mutation(() => MonitoringCase, { description: '开立线索（农户申报、干部排查）' })
  openLead(@Ctx() ctx: Context, @Arg('input') input: OpenLeadInput) {
    return ctx.services.cases.openLead(ctx, input);
  }

  @Allow(Permission.MONITORING_PROPOSE, Permission.MONITORING_REVIEW_TOWNSHIP, Permission.MONITORING_CONFIRM_COUNTY)
  @Mutation(() => MonitoringCase, { description: '办理监测程序的一步；每步须由相应层级办理' })
  actOnCase(@Ctx() ctx: Context, @Args() args: CaseActionArgs) {
    return ctx.services.cases.act(ctx, args);
  }

  @Allow(Permission.MONITORING_READ)
  @FieldResolver(() => Household, { nullable: true })
  household(@Root() current: Readonly<MonitoringCase>, @Ctx() ctx: Context) {
    return ctx.loaders.household.load(current.householdId);
  }

  @Allow(Permission.MONITORING_READ)
  @FieldResolver(() => [CaseEvent], { description: '办理记录（时间线）' })
  events(@Root() current: Readonly<MonitoringCase>, @Ctx() ctx: Context) {
    return ctx.loaders.eventsByCase.load(current.id);
  }

  @Allow(Permission.MONITORING_READ)
  @FieldResolver(() => [CaseAction], { description: '当前用户此时可办理的步骤' })
  availableActions(@Root() current: Readonly<MonitoringCase>, @Ctx() ctx: Context) {
    return ctx.services.cases.availableActions(ctx.actor!, current);
  }
}

/** Household.monitoringCases and openCase: the household's side of the procedure. */
@Resolver(() => Household)
export class HouseholdCaseResolver {
  @Allow(Permission.MONITORING_READ)
  @FieldResolver(() => [MonitoringCase], { description: '监测案卷（新的在前）' })
  monitoringCases(@Root() household: Readonly<Household>, @Ctx() ctx: Context) {
    return ctx.rows.load<MonitoringCase>('householdCases', household.id);
  }

  @Allow(Permission.MONITORING_READ)
  @FieldResolver(() => MonitoringCase, { nullable: true, description: '未办结的监测案卷' })
  async openCase(@Root() household: Readonly<Household>, @Ctx() ctx: Context) {
    return (await ctx.rows.load<MonitoringCase>('householdCases', household.id)).find((c) => OPEN_STATES.includes(c.state)) ?? null;
  }
}
