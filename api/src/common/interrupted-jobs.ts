import type { MikroORM } from '@mikro-orm/postgresql';
import { systemEm } from '../context';
import { ImportJob, ImportStatus } from '../modules/imports/import-job.entity';
import { ExportJob, ExportStatus } from '../modules/imports/export-job.entity';
import { BatchStatus, DepartmentBatch } from '../modules/warnings/warning.entity';

export const INTERRUPTED_MESSAGE = '服务重启，任务中断，未写入任何数据，请重新提交';

/**
 * Jobs run inside this process, each in one transaction: any still marked running at start were
 * cut off by the last stop, and the database rolled their writes back. Marked failed (with their
 * counts cleared) so the office re-submits the same file or records.
 */
export async function failInterruptedJobs(orm: MikroORM): Promise<number> {
  const em = systemEm(orm);
  const now = new Date();
  const imports = await em.nativeUpdate(ImportJob, { status: { $in: [ImportStatus.QUEUED, ImportStatus.VALIDATING, ImportStatus.IMPORTING] } },
    { status: ImportStatus.FAILED, message: INTERRUPTED_MESSAGE, importedHouseholds: 0, importedMembers: 0, finishedAt: now, updatedAt: now });
  const batches = await em.nativeUpdate(DepartmentBatch, { status: BatchStatus.RUNNING },
    { status: BatchStatus.FAILED, message: INTERRUPTED_MESSAGE, warnings: 0, updatedAt: now });
  // An export cut off left a partial file (deleted by the retention sweep): asked for again.
  const exportJobs = await em.nativeUpdate(ExportJob, { status: { $in: [ExportStatus.QUEUED, ExportStatus.RUNNING] } },
    { status: ExportStatus.FAILED, message: '服务重启，导出中断，请重新导出', finishedAt: now, updatedAt: now });
  return imports + batches + exportJobs;
}
