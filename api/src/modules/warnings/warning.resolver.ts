import { Arg, Args, Ctx, FieldResolver, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { Allow } from '../../auth/allow';
import { Permission } from '../../auth/permission';
import { PageArgs, Paginated } from '../../common/pagination';
import { Household } from '../households/household.entity';
import { MonitoringCategory } from '../households/household.enums';
import { DepartmentBatch, DepartmentWarning } from './warning.entity';
import { SubmitDepartmentRecordsArgs, WarningListArgs } from './warning.inputs';
import { services } from '../../services';
import { householdLoader } from '../households/household.loaders';
import { accountNameLoader } from '../users/user.loaders';

@ObjectType()
class DepartmentWarningPage extends Paginated(DepartmentWarning) {}

@ObjectType()
class DepartmentBatchPage extends Paginated(DepartmentBatch) {}

@Resolver(() => DepartmentWarning)
export class WarningResolver {
  @Allow(Permission.WARNING_SUBMIT)
  @Mutation(() => DepartmentBatch, { description: '行业部门报送数据（后台处理，用 departmentBatch 查询进度）' })
  submitDepartmentRecords(
    @Ctx() ctx: Context,
    @Args() { records, fileBase64, department }: SubmitDepartmentRecordsArgs,
  ) {
    return services(ctx).warnings.submit(ctx, { records, fileBase64 }, department);
  }

  @Allow(Permission.WARNING_SUBMIT, Permission.WARNING_MANAGE)
  @Query(() => DepartmentBatch)
  departmentBatch(@Ctx() ctx: Context, @Arg('id') id: string) {
    return services(ctx).warnings.getBatch(ctx, id);
  }

  @Allow(Permission.WARNING_SUBMIT, Permission.WARNING_MANAGE)
  @Query(() => DepartmentBatchPage, { description: '部门数据报送批次（本辖区）' })
  departmentBatches(@Ctx() ctx: Context, @Args() { offset, limit }: PageArgs) {
    return services(ctx).warnings.listBatches(ctx, offset, limit);
  }

  @Allow(Permission.WARNING_MANAGE)
  @Query(() => DepartmentWarningPage, { description: '部门预警队列（默认待研判）' })
  departmentWarnings(@Ctx() ctx: Context, @Args() args: WarningListArgs) {
    return services(ctx).warnings.list(ctx, args);
  }

  @Allow(Permission.WARNING_MANAGE)
  @Mutation(() => DepartmentWarning, { description: '预警转为线索（该户已有未办结案卷则并入该案卷），并登记风险因素' })
  convertWarningToLead(
    @Ctx() ctx: Context,
    @Arg('id') id: string,
    @Arg('version', () => Int) version: number,
    @Arg('category', () => MonitoringCategory) category: MonitoringCategory,
  ) {
    return services(ctx).warnings.convert(ctx, id, version, category);
  }

  @Allow(Permission.WARNING_MANAGE)
  @Mutation(() => DepartmentWarning, { description: '排除预警（须填写理由）' })
  dismissWarning(
    @Ctx() ctx: Context,
    @Arg('id') id: string,
    @Arg('version', () => Int) version: number,
    @Arg('reason') reason: string,
  ) {
    return services(ctx).warnings.dismiss(ctx, id, version, reason);
  }

  @Allow(Permission.WARNING_MANAGE)
  @FieldResolver(() => Household, { nullable: true })
  household(@Root() warning: DepartmentWarning, @Ctx() ctx: Context) {
    return householdLoader(ctx).load(warning.householdId);
  }

  @Allow(Permission.WARNING_SUBMIT, Permission.WARNING_MANAGE)
  @FieldResolver(() => String, { nullable: true, description: '处理人姓名（账号的显示名；账号不存在时为账号名）' })
  async handledByName(@Root() warning: DepartmentWarning, @Ctx() ctx: Context): Promise<string | null> {
    if (!warning.handledBy) return null;
    return (await accountNameLoader(ctx).load(warning.handledBy)) ?? warning.handledBy;
  }
}

/** 报送批次 as a person reads it: the submitter by name. */
@Resolver(() => DepartmentBatch)
export class DepartmentBatchResolver {
  @Allow(Permission.WARNING_SUBMIT, Permission.WARNING_MANAGE)
  @FieldResolver(() => String, { description: '报送人姓名（账号的显示名；账号不存在时为账号名）' })
  async submittedByName(@Root() batch: DepartmentBatch, @Ctx() ctx: Context): Promise<string> {
    return (await accountNameLoader(ctx).load(batch.submittedBy)) ?? batch.submittedBy;
  }
}
