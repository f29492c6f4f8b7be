import { Arg, Args, Ctx, FieldResolver, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { Allow, Public } from '../../auth/allow';
import { Permission } from '../../auth/permission';
import { Paginated } from '../../common/pagination';
import { Household } from '../households/household.entity';
import { SelfReport } from './self-report.entity';
import {
  HandleSelfReportArgs,
  PublicDivision,
  SelfReportInput,
  SelfReportListArgs,
  SelfReportReceipt,
} from './self-report.inputs';
import { services } from '../../services';
import { householdLoader } from '../households/household.loaders';

@ObjectType()
class SelfReportPage extends Paginated(SelfReport) {}

@Resolver(() => SelfReport)
export class SelfReportResolver {
  @Public()
  @Query(() => [PublicDivision], { description: '公开的区划名称（自主申报页逐级选择村；不填为省级）' })
  publicDivisions(
    @Ctx() ctx: Context,
    @Arg('parentCode', () => String, { nullable: true }) parentCode?: string | null,
  ) {
    return services(ctx).divisions.publicChildren(ctx, parentCode);
  }

  @Public()
  @Mutation(() => SelfReportReceipt, { description: '农户自主申报（无需登录；按来源地址和身份证号限制频率）' })
  submitSelfReport(@Ctx() ctx: Context, @Arg('input') input: SelfReportInput) {
    return services(ctx).selfReports.submit(ctx, input);
  }

  @Allow(Permission.MONITORING_READ)
  @Query(() => SelfReportPage, { description: '农户自主申报（默认待核实）' })
  selfReports(@Ctx() ctx: Context, @Args() args: SelfReportListArgs) {
    return services(ctx).selfReports.list(ctx, args);
  }

  @Allow(Permission.MONITORING_PROPOSE)
  @Mutation(() => SelfReport, { description: '核实自主申报：转为监测线索（已有未办结案卷则并入）或排除' })
  handleSelfReport(@Ctx() ctx: Context, @Args() args: HandleSelfReportArgs) {
    return services(ctx).selfReports.handle(ctx, args);
  }

  @Allow(Permission.MONITORING_READ)
  @FieldResolver(() => Household, { nullable: true, description: '匹配到的在册农户' })
  household(@Root() report: SelfReport, @Ctx() ctx: Context) {
    return report.householdId ? householdLoader(ctx).load(report.householdId) : null;
  }
}
