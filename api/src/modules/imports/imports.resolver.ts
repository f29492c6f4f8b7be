import { Arg, Args, Ctx, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { Allow } from '../../auth/allow';
import { Permission } from '../../auth/permission';
import { PageArgs, Paginated } from '../../common/pagination';
import { HouseholdFilter } from '../households/household.inputs';
import { ExcelFile, buildTemplate, toExcelFile } from './household-excel';
import { ImportJob } from './import-job.entity';

@ObjectType()
class ImportJobPage extends Paginated(ImportJob) {}

@Resolver(() => ImportJob)
export class ImportsResolver {
  @Allow(Permission.HOUSEHOLD_IMPORT)
  @Query(() => ExcelFile, { description: '农户导入模板（.xlsx：表头、示例行、下拉选项和填写说明）' })
  async householdImportTemplate(): Promise<ExcelFile> {
    return toExcelFile('农户导入模板.xlsx', await buildTemplate());
  }

  @Allow(Permission.HOUSEHOLD_IMPORT)
  @Mutation(() => ImportJob, { description: '导入农户 Excel（后台任务，立即返回任务，用 importJob 查询进度）。默认任一行有错即整批不导入；validOnly 为真时只导入无误的农户' })
  importHouseholds(
    @Ctx() ctx: Context,
    @Arg('fileBase64', { description: '.xlsx 文件内容（Base64）' }) fileBase64: string,
    @Arg('validOnly', { defaultValue: false }) validOnly: boolean,
    @Arg('filename', () => String, { nullable: true, description: '原文件名，便于在任务列表中辨认' }) filename?: string | null,
  ) {
    return ctx.services.householdImport.start(ctx, fileBase64, validOnly, filename);
  }

  @Allow(Permission.HOUSEHOLD_READ)
  @Query(() => ImportJob, { description: '导入任务（本辖区）' })
  importJob(@Ctx() ctx: Context, @Arg('id') id: string) {
    return ctx.services.householdImport.get(ctx, id);
  }

  @Allow(Permission.HOUSEHOLD_READ)
  @Query(() => ImportJobPage, { description: '导入任务列表（本辖区），新的在前' })
  importJobs(@Ctx() ctx: Context, @Args() { offset, limit }: PageArgs) {
    return ctx.services.householdImport.list(ctx, offset, limit);
  }

  @Allow(Permission.HOUSEHOLD_EXPORT)
  @Query(() => ExcelFile, { description: '按筛选条件导出农户（每名成员一行）；无 pii.read 权限时身份证号、电话脱敏，健康信息留空' })
  exportHouseholds(@Ctx() ctx: Context, @Arg('filter', () => HouseholdFilter, { nullable: true }) filter?: HouseholdFilter | null) {
    return ctx.services.householdExport.export(ctx, filter);
  }
}
