import type { Context } from '../context';
import type { JobPayload } from '../common/job-queue';
import { ExportKind, type ExportJob } from '../modules/imports/export-job.entity';
import type { ExportSource } from '../modules/imports/export-job.service';
import type { HouseholdFilter } from '../modules/households/household.inputs';
import type { CaseFilterArgs } from '../modules/monitoring/case.inputs';
import { services } from '../services';

/** Each kind's source, built again from the criteria the job keeps (the request's closures do not travel). */
function sourceOf(ctx: Context, job: ExportJob): Promise<ExportSource> {
  const criteria = job.filter ?? {};
  switch (job.kind) {
    case ExportKind.HOUSEHOLDS:
      return services(ctx).householdExport.source(ctx, criteria as HouseholdFilter);
    case ExportKind.MONITORING_CASES:
      return services(ctx).caseExport.source(ctx, criteria as CaseFilterArgs);
    case ExportKind.SUPERVISION:
      return services(ctx).supervisionExport.source(ctx, String(criteria.divisionCode));
  }
}

/** The queued export: skipped when it already ended; a source that now refuses ends the job failed. */
export async function runExport(ctx: Context, payload: JobPayload): Promise<void> {
  const exports = services(ctx).exportJobs;
  const job = await exports.pending(ctx, payload.id);
  if (!job) return;
  let source: ExportSource;
  try {
    source = await sourceOf(ctx, job);
  } catch (error) {
    await exports.fail(ctx, job.id, error);
    return;
  }
  await exports.run(ctx, job.id, source);
}
