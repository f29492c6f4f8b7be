import { Arg, Args, Ctx, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { Allow } from '../../auth/allow';
import { Permission } from '../../auth/permission';
import { PageArgs, Paginated } from '../../common/pagination';
import { HouseholdFilter } from '../households/household.inputs';
import { ExcelFile, buildTemplate, toExcelFile } from './household-excel';
import { DownloadLink } from './downloads';
import { ANY_EXPORT_PERMISSION, EXPORT_PERMISSIONS, ExportJob, ExportKind } from './export-job.entity';
import { ImportJob, ImportMode } from './import-job.entity';
import { services } from '../../services';

@ObjectType()
class ImportJobPage extends Paginated(ImportJob) {}

@ObjectType()
class ExportJobPage extends Paginated(ExportJob) {}

@Resolver(() => ImportJob)
export class ImportsResolver {
  @Allow(Permission.HOUSEHOLD_IMPORT)
  @Query(() => ExcelFile, {
    description: '农户导入模板（.xlsx：与导出相同的表头、下拉选项；示例在“填写示例”页，不会被导入；填写说明）',
  })
  async householdImportTemplate(): Promise<ExcelFile> {
    return toExcelFile('农户导入模板.xlsx', await buildTemplate());
  }

  @Allow(Permission.HOUSEHOLD_IMPORT)
  @Mutation(() => ImportJob, {
    description:
      '导入农户 Excel（后台任务，立即返回任务，用 importJob 查询进度）。CREATE 新增农户：默认任一行有错即整批不导入，validOnly 为真时只导入无误的农户。UPDATE 按户编号和身份证号更新已有农户：先生成预览（状态 PREVIEW），用 applyImportJob 确认后才写入',
  })
  importHouseholds(
    @Ctx() ctx: Context,
    @Arg('fileBase64', { description: '.xlsx 文件内容（Base64）' }) fileBase64: string,
    @Arg('validOnly', { defaultValue: false }) validOnly: boolean,
    @Arg('filename', () => String, { nullable: true, description: '原文件名，便于在任务列表中辨认' })
    filename?: string | null,
    @Arg('mode', () => ImportMode, { defaultValue: ImportMode.CREATE }) mode?: ImportMode,
  ) {
    return services(ctx).householdImport.start(ctx, fileBase64, validOnly, filename, mode);
  }

  @Allow(Permission.HOUSEHOLD_IMPORT)
  @Mutation(() => ImportJob, {
    description: '确认更新：写入预览中的修改（仅发起人；导出或预览后已被他人修改的农户报告冲突、不写入）',
  })
  applyImportJob(@Ctx() ctx: Context, @Arg('id') id: string) {
    return services(ctx).householdImport.apply(ctx, id);
  }

  @Allow(Permission.HOUSEHOLD_READ)
  @Query(() => ImportJob, { description: '导入任务（本辖区）' })
  importJob(@Ctx() ctx: Context, @Arg('id') id: string) {
    return services(ctx).householdImport.get(ctx, id);
  }

  @Allow(Permission.HOUSEHOLD_READ)
  @Query(() => ImportJobPage, { description: '导入任务列表（本辖区），新的在前' })
  importJobs(@Ctx() ctx: Context, @Args() { offset, limit }: PageArgs) {
    return services(ctx).householdImport.list(ctx, offset, limit);
  }

  @Allow(Permission.HOUSEHOLD_READ)
  @Mutation(() => DownloadLink, { description: '导入任务的错误清单（.xlsx）的短时下载链接' })
  createImportErrorsDownloadLink(@Ctx() ctx: Context, @Arg('id') id: string) {
    return services(ctx).householdImport.errorsLink(ctx, id);
  }

  @Allow(EXPORT_PERMISSIONS[ExportKind.HOUSEHOLDS])
  @Mutation(() => ExportJob, {
    description:
      '按筛选条件导出农户（筛选条件 ids 为勾选的农户；后台生成 .xlsx，每名成员一行，按户编号排序，与导入模板同列；用 exportJob 查询进度，完成后用 createExportDownloadLink 下载）。无 pii.read 权限时身份证号、电话脱敏，健康信息留空',
  })
  startHouseholdExport(
    @Ctx() ctx: Context,
    @Arg('filter', () => HouseholdFilter, { nullable: true }) filter?: HouseholdFilter | null,
  ) {
    return services(ctx).householdExport.start(ctx, filter);
  }

  // Export jobs of every kind (农户、监测案卷、监测督导): each kind's own permission is checked on the job.
  @Allow(...ANY_EXPORT_PERMISSION)
  @Query(() => ExportJob, { description: '导出任务（本辖区）' })
  exportJob(@Ctx() ctx: Context, @Arg('id') id: string) {
    return services(ctx).exportJobs.get(ctx, id);
  }

  @Allow(...ANY_EXPORT_PERMISSION)
  @Query(() => ExportJobPage, { description: '我的导出任务，新的在前' })
  exportJobs(@Ctx() ctx: Context, @Args() { offset, limit }: PageArgs) {
    return services(ctx).exportJobs.list(ctx, offset, limit);
  }

  @Allow(...ANY_EXPORT_PERMISSION)
  @Mutation(() => DownloadLink, { description: '导出文件的短时下载链接（仅发起人，文件过期前；下载记入审计日志）' })
  createExportDownloadLink(@Ctx() ctx: Context, @Arg('id') id: string) {
    return services(ctx).exportJobs.downloadLink(ctx, id);
  }
}
