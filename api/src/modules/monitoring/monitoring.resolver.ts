import { Arg, Args, Ctx, FieldResolver, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { Allow } from '../../auth/allow';
import { Permission } from '../../auth/permission';
import { Paginated } from '../../common/pagination';
import { Household } from '../households/household.entity';
import { IdentificationResult } from './identification.service';
import { CaseEvent, MonitoringCase } from './monitoring-case.entity';
import { CaseAction } from './monitoring.enums';
import { CaseActionArgs, CaseListArgs, OpenLeadInput, RiskFactorInput } from './monitoring.inputs';
import { MonitoringPolicy } from './policy.entity';
import { EffectivePolicy, PolicyInput } from './policy.service';
import { RiskFactor } from './risk-factor.entity';
import { riskWarnings } from './risk.service';
import { Supervision } from './supervision.service';
import { OPEN_STATES } from './procedure.rules';

@ObjectType()
class MonitoringCasePage extends Paginated(MonitoringCase) {}

@Resolver()
export class PolicyResolver {
  @Allow(Permission.POLICY_READ)
  @Query(() => EffectivePolicy, { description: '某区划某年度实际适用的监测标准（含继承来源）' })
  effectivePolicy(@Ctx() ctx: Context, @Arg('divisionCode') divisionCode: string, @Arg('year', () => Int) year: number) {
    return ctx.services.policies.effective(ctx, divisionCode, year);
  }

  @Allow(Permission.POLICY_READ)
  @Query(() => [MonitoringPolicy], { description: '本辖区各级自行设定的监测标准' })
  policies(@Ctx() ctx: Context, @Arg('year', () => Int, { nullable: true }) year?: number) {
    return ctx.services.policies.list(ctx, year);
  }

  @Allow(Permission.POLICY_WRITE)
  @Mutation(() => MonitoringPolicy, { description: '设定本辖区某区划某年度的监测标准' })
  setPolicy(@Ctx() ctx: Context, @Arg('divisionCode') divisionCode: string, @Arg('year', () => Int) year: number, @Arg('input') input: PolicyInput) {
    return ctx.services.policies.set(ctx, divisionCode, year, input);
  }
}

@Resolver(() => RiskFactor)
export class RiskFactorResolver {
  @Allow(Permission.RISK_WRITE)
  @Mutation(() => RiskFactor, { description: '登记风险因素' })
  addRiskFactor(@Ctx() ctx: Context, @Arg('householdId') householdId: string, @Arg('input') input: RiskFactorInput) {
    return ctx.services.risks.add(ctx, householdId, input);
  }

  @Allow(Permission.RISK_WRITE)
  @Mutation(() => RiskFactor, { description: '标记风险因素已消除' })
  resolveRiskFactor(
    @Ctx() ctx: Context,
    @Arg('id') id: string,
    @Arg('version', () => Int) version: number,
    @Arg('resolvedOn') resolvedOn: string,
    @Arg('note', { nullable: true }) note?: string,
  ) {
    return ctx.services.risks.resolve(ctx, id, version, resolvedOn, note);
  }

  @Allow(Permission.HOUSEHOLD_READ)
  @FieldResolver(() => [String], { description: '一致性提示（如“因务工就业不稳，但该户没有劳动力”）' })
  async warnings(@Root() risk: RiskFactor, @Ctx() ctx: Context) {
    return riskWarnings(risk.type, await ctx.loaders.membersByHousehold.load(risk.householdId));
  }
}

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

  @Allow(Permission.SUPERVISION_READ)
  @Query(() => Supervision, { description: '监测督导：案卷状态、逾期、监测对象占比' })
  supervision(@Ctx() ctx: Context, @Arg('divisionCode') divisionCode: string) {
    return ctx.services.supervision.supervise(ctx, divisionCode);
  }

  @Allow(Permission.MONITORING_IDENTIFY)
  @Mutation(() => IdentificationResult, { description: '系统比对：按年度标准识别农户并开立线索（可重复执行）' })
  identifyHouseholds(@Ctx() ctx: Context, @Arg('divisionCode') divisionCode: string, @Arg('year', () => Int) year: number) {
    return ctx.services.identification.identify(ctx, divisionCode, year);
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
  household(@Root() current: MonitoringCase, @Ctx() ctx: Context) {
    return ctx.loaders.household.load(current.householdId);
  }

  @Allow(Permission.MONITORING_READ)
  @FieldResolver(() => [CaseEvent], { description: '办理记录（时间线）' })
  events(@Root() current: MonitoringCase, @Ctx() ctx: Context) {
    return ctx.loaders.eventsByCase.load(current.id);
  }

  @Allow(Permission.MONITORING_READ)
  @FieldResolver(() => [CaseAction], { description: '当前用户此时可办理的步骤' })
  availableActions(@Root() current: MonitoringCase, @Ctx() ctx: Context) {
    return ctx.services.cases.availableActions(ctx.actor!, current);
  }
}

@Resolver(() => Household)
export class HouseholdMonitoringResolver {
  @Allow(Permission.HOUSEHOLD_READ)
  @FieldResolver(() => [RiskFactor], { description: '风险因素' })
  riskFactors(@Root() household: Household, @Ctx() ctx: Context) {
    return ctx.loaders.riskFactorsByHousehold.load(household.id);
  }

  @Allow(Permission.MONITORING_READ)
  @FieldResolver(() => [MonitoringCase], { description: '监测案卷（新的在前）' })
  monitoringCases(@Root() household: Household, @Ctx() ctx: Context) {
    return ctx.loaders.casesByHousehold.load(household.id);
  }

  @Allow(Permission.MONITORING_READ)
  @FieldResolver(() => MonitoringCase, { nullable: true, description: '未办结的监测案卷' })
  async openCase(@Root() household: Household, @Ctx() ctx: Context) {
    return (await ctx.loaders.casesByHousehold.load(household.id)).find((c) => OPEN_STATES.includes(c.state)) ?? null;
  }
}
