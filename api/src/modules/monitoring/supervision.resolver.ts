import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { Allow } from '../../auth/allow';
import { Permission } from '../../auth/permission';
import { EXPORT_PERMISSIONS, ExportJob, ExportKind } from '../imports/export-job.entity';
import { Supervision } from './supervision.types';
import { services } from '../../services';

@Resolver()
export class SupervisionResolver {
  @Allow(Permission.SUPERVISION_READ)
  @Query(() => Supervision, { description: '监测督导：案卷状态、逾期、监测对象占比' })
  supervision(@Ctx() ctx: Context, @Arg('divisionCode') divisionCode: string) {
    return services(ctx).supervision.supervise(ctx, divisionCode);
  }

  @Allow(EXPORT_PERMISSIONS[ExportKind.SUPERVISION])
  @Mutation(() => ExportJob, {
    description: '导出监测督导（本区划合计及各下级一行；用 exportJob 查询进度，createExportDownloadLink 下载）',
  })
  startSupervisionExport(@Ctx() ctx: Context, @Arg('divisionCode') divisionCode: string) {
    return services(ctx).supervisionExport.start(ctx, divisionCode);
  }
}
