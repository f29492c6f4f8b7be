import { Arg, Args, Ctx, FieldResolver, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { Allow } from '../../auth/allow';
import { Permission } from '../../auth/permission';
import { PageArgs, Paginated } from '../../common/pagination';
import { EXPORT_PERMISSIONS, ExportJob, ExportKind } from '../imports/export-job.entity';
import { StateCount } from './supervision.types';
import { Household } from '../households/household.entity';
import { CaseEvent, MonitoringCase } from './monitoring-case.entity';
import { CaseAction } from './monitoring.enums';
import { CaseActionArgs, CaseFilterArgs, ObjectionInput, OpenLeadInput, VillageReviewInput } from './case.inputs';
import { CaseObjection, CaseReview } from './case-review.entity';
import { OPEN_STATES } from './procedure.rules';
import { MonitoringPeriod, monitoringHistory } from './monitoring-history';
import { services } from '../../services';
import { CASE_ROWS, caseLoaders } from './monitoring.loaders';
import { householdLoader } from '../households/household.loaders';
import { actorNameLoader } from '../users/user.loaders';

@ObjectType()
class MonitoringCasePage extends Paginated(MonitoringCase) {}

@Resolver(() => MonitoringCase)
export class MonitoringCaseResolver {
  @Allow(Permission.MONITORING_READ)
  @Query(() => MonitoringCase)
  monitoringCase(@Ctx() ctx: Context, @Arg('id') id: string) {
    return services(ctx).cases.get(ctx, id);
  }

  @Allow(Permission.MONITORING_READ)
  @Query(() => MonitoringCasePage, { description: '监测案卷；pendingForMe 为我的待办，overdue 为逾期' })
  monitoringCases(@Ctx() ctx: Context, @Args() filter: CaseFilterArgs, @Args() page: PageArgs) {
    return services(ctx).cases.list(ctx, filter, page);
  }

  @Allow(Permission.MONITORING_READ)
  @Query(() => [StateCount], {
    description: '按状态统计的案卷数（筛选条件与 monitoringCases 相同，每个状态一项，含 0）',
  })
  monitoringCaseCounts(@Ctx() ctx: Context, @Args() filter: CaseFilterArgs) {
    return services(ctx).cases.countByState(ctx, filter);
  }

  @Allow(EXPORT_PERMISSIONS[ExportKind.MONITORING_CASES])
  @Mutation(() => ExportJob, {
    description:
      '导出监测案卷（筛选条件与 monitoringCases 相同，ids 为勾选的案卷；后台生成 .xlsx，按户编号排序，含旗县、乡镇、村名称；用 exportJob 查询进度，createExportDownloadLink 下载）',
  })
  startMonitoringCaseExport(@Ctx() ctx: Context, @Args() filter: CaseFilterArgs) {
    return services(ctx).caseExport.start(ctx, filter);
  }

  @Allow(Permission.MONITORING_PROPOSE)
  @Mutation(() => MonitoringCase, { description: '开立线索（农户申报、干部排查）' })
  openLead(@Ctx() ctx: Context, @Arg('input') input: OpenLeadInput) {
    return services(ctx).cases.openLead(ctx, input);
  }

  @Allow(Permission.MONITORING_PROPOSE, Permission.MONITORING_REVIEW_TOWNSHIP, Permission.MONITORING_CONFIRM_COUNTY)
  @Mutation(() => MonitoringCase, { description: '办理监测程序的一步；每步须由相应层级办理' })
  actOnCase(@Ctx() ctx: Context, @Args() args: CaseActionArgs) {
    return services(ctx).cases.act(ctx, args);
  }

  @Allow(Permission.MONITORING_READ)
  @FieldResolver(() => Household, { nullable: true })
  household(@Root() current: Readonly<MonitoringCase>, @Ctx() ctx: Context) {
    return householdLoader(ctx).load(current.householdId);
  }

  @Allow(Permission.MONITORING_READ)
  @FieldResolver(() => [CaseEvent], { description: '办理记录（时间线）' })
  events(@Root() current: Readonly<MonitoringCase>, @Ctx() ctx: Context) {
    return caseLoaders(ctx).eventsByCase.load(current.id);
  }

  @Allow(Permission.MONITORING_READ)
  @FieldResolver(() => [CaseAction], { description: '当前用户此时可办理的步骤' })
  availableActions(@Root() current: Readonly<MonitoringCase>, @Ctx() ctx: Context) {
    return services(ctx).cases.availableActions(ctx, current);
  }

  @Allow(Permission.MONITORING_READ)
  @FieldResolver(() => [CaseReview], { description: '村级民主评议及公示记录' })
  reviews(@Root() current: MonitoringCase, @Ctx() ctx: Context) {
    return caseLoaders(ctx).reviewsByCase.load(current.id);
  }

  @Allow(Permission.MONITORING_READ)
  @FieldResolver(() => [CaseObjection], { description: '公示期间收到的异议及处理' })
  objections(@Root() current: MonitoringCase, @Ctx() ctx: Context) {
    return caseLoaders(ctx).objectionsByCase.load(current.id);
  }

  @Allow(Permission.MONITORING_PROPOSE)
  @Mutation(() => CaseReview, { description: '记录村级民主评议及公示（村级办理）' })
  recordVillageReview(@Ctx() ctx: Context, @Arg('caseId') caseId: string, @Arg('input') input: VillageReviewInput) {
    return services(ctx).cases.recordVillageReview(ctx, caseId, input);
  }

  @Allow(Permission.MONITORING_PROPOSE)
  @Mutation(() => CaseObjection, { description: '登记公示期间收到的异议；未答复前案卷不能报乡镇审核' })
  recordObjection(@Ctx() ctx: Context, @Arg('caseId') caseId: string, @Arg('input') input: ObjectionInput) {
    return services(ctx).cases.recordObjection(ctx, caseId, input);
  }

  @Allow(Permission.MONITORING_PROPOSE)
  @Mutation(() => CaseObjection, { description: '答复公示异议（核实及处理情况）' })
  answerObjection(
    @Ctx() ctx: Context,
    @Arg('id') id: string,
    @Arg('version', () => Int) version: number,
    @Arg('answer') answer: string,
  ) {
    return services(ctx).cases.answerObjection(ctx, id, version, answer);
  }
}

/** Household.monitoringCases and openCase: the household's side of the procedure. */
@Resolver(() => Household)
export class HouseholdCaseResolver {
  @Allow(Permission.MONITORING_READ)
  @FieldResolver(() => [MonitoringCase], { description: '监测案卷（新的在前）' })
  monitoringCases(@Root() household: Readonly<Household>, @Ctx() ctx: Context) {
    return ctx.rows.load(CASE_ROWS, household.id);
  }

  @Allow(Permission.MONITORING_READ)
  @FieldResolver(() => MonitoringCase, { nullable: true, description: '未办结的监测案卷' })
  async openCase(@Root() household: Readonly<Household>, @Ctx() ctx: Context) {
    return (await ctx.rows.load(CASE_ROWS, household.id)).find((c) => OPEN_STATES.includes(c.state)) ?? null;
  }

  @Allow(Permission.MONITORING_READ)
  @FieldResolver(() => [MonitoringPeriod], { description: '监测历史：每次县级认定至风险消除（早的在前）' })
  async monitoringHistory(@Root() household: Readonly<Household>, @Ctx() ctx: Context) {
    return monitoringHistory(await ctx.rows.load(CASE_ROWS, household.id));
  }
}

/** 办理记录 as a person reads it: who acted, by name (the stored `actorName` is the account name). */
@Resolver(() => CaseEvent)
export class CaseEventResolver {
  @Allow(Permission.MONITORING_READ)
  @FieldResolver(() => String, { description: '办理人姓名（账号的显示名；系统办理为“系统”，账号已不可见时为账号名）' })
  async actorDisplayName(@Root() event: Readonly<CaseEvent>, @Ctx() ctx: Context): Promise<string> {
    if (!event.actorId) return event.actorName === 'system' ? '系统' : event.actorName;
    return (await actorNameLoader(ctx).load(event.actorId)) ?? event.actorName;
  }
}
