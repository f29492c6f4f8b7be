import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../context';
import type { Actor } from '../../auth/actor';
import { AuditAction } from '../../audit/audit-entry.entity';
import { AuditWriter } from '../../audit/audit-writer';
import { TASKS, enqueue, storeActor } from '../../common/job-queue';
import { storeFile } from '../../common/stored-files';
import { notFound } from '../../common/errors';
import { isUuid } from '../../common/ids';
import type { Page } from '../../common/pagination';
import { XlsxStreamWriter, type XlsxColumn } from '../../common/xlsx-stream';
import { findPage } from '../../jurisdiction/division-list';
import { ExportJob, ExportKind, ExportStatus, mayExport } from './export-job.entity';
import { assertExportDownloadable, exportFilePath, signedLink, type DownloadLink } from './downloads';

/** What a running export is handed: the starter's scope, and where its rows go. */
export interface ExportRun {
  em: EntityManager;
  actor: Actor;
  requestId: string;
  /** Appends one row (cells in the source's column order). */
  add(cells: ReadonlyArray<string | number | null | undefined>): Promise<void>;
  /** Rows written so far, shown as the job's progress. */
  progress(rows: number): Promise<void>;
}

/** How a finished export sums itself up; `personalDataRead` makes it one audited read of personal data. */
export interface ExportOutcome {
  rows: number;
  message: string;
  personalDataRead?: { entityName: string; changes: Record<string, unknown> };
}

/**
 * One kind of export: its columns and how its rows are read. Each module that offers an export
 * (households, monitoring cases, supervision) describes it so; the job, the file and the
 * download are the same for all of them.
 */
export interface ExportSource {
  kind: ExportKind;
  /** The file's name before the timestamp (农户信息, 监测案卷…). */
  title: string;
  sheetName: string;
  columns: readonly XlsxColumn[];
  /** The request's criteria as given, kept on the job for the audit trail of what was exported. */
  criteria: Record<string, unknown>;
  /** Rows expected, counted when the job starts (a source refuses too large an export before this). */
  expectedRows: number;
  /** Whether the file's personal data is masked (a household export by someone without pii.read); false where the kind carries none. */
  masked: boolean;
  /** Writes the rows; runs in a job worker, as the starter, inside the starter's jurisdiction. */
  write(run: ExportRun): Promise<ExportOutcome>;
}

/** China Standard Time, as a file name reads it: 20261207-0930. */
function stamp(now = new Date()): string {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 16).replace(/[-:]/g, '').replace('T', '-');
}

/**
 * Export jobs of every kind: a mutation stores the job, queues it and returns it at once; a job
 * worker writes the file with a streaming writer into PostgreSQL (stored_file), from where any
 * instance serves it over HTTP (downloads.ts) to its starter until it expires. Who may start, see and download a kind is `EXPORT_PERMISSIONS`.
 */
export class ExportJobService {
  async get(ctx: Context, id: string): Promise<ExportJob> {
    const job = isUuid(id) ? await ctx.em.findOne(ExportJob, { id }) : null;
    // A job of a kind the actor may no longer export reads as absent, like another person's file.
    if (!job || !mayExport(ctx.actor!, job.kind)) throw notFound('导出任务');
    return job;
  }

  /** The actor's own exports of the kinds they may export (others' files are theirs to download), newest first. */
  async list(ctx: Context, offset: number, limit: number): Promise<Page<ExportJob>> {
    const kinds = Object.values(ExportKind).filter((kind) => mayExport(ctx.actor!, kind));
    return findPage(
      ctx.em,
      ExportJob,
      { createdById: ctx.actor!.id, kind: { $in: kinds } },
      { offset, limit },
      { createdAt: 'desc', id: 'asc' },
    );
  }

  /** A signed link to the finished file, for its owner until it expires (GET /downloads/exports/<id>). */
  async downloadLink(ctx: Context, id: string): Promise<DownloadLink> {
    const job = assertExportDownloadable(await this.get(ctx, id), ctx.actor!);
    return signedLink(ctx.config, 'exports', job.id, ctx.actor!);
  }

  /** Stores the job and queues its work in one transaction; the client polls exportJob(id). */
  async start(ctx: Context, source: ExportSource): Promise<ExportJob> {
    const actor = ctx.actor!;
    return ctx.em.transactional(async (em) => {
      const job = em.create(ExportJob, {
        kind: source.kind,
        filter: JSON.parse(JSON.stringify(source.criteria)) as Record<string, unknown>,
        filename: `${source.title}_${stamp()}.xlsx`,
        divisionCode: actor.divisionCode,
        createdById: actor.id,
        createdBy: actor.name,
        masked: source.masked,
        totalRows: source.expectedRows,
      });
      await em.flush();
      await enqueue(em, TASKS.EXPORT, { id: job.id, requestId: ctx.requestId, actor: storeActor(actor) });
      return job;
    });
  }

  /** The job a queued export reports to, or null when it has already ended (a job run again after it finished). */
  async pending(ctx: Context, id: string): Promise<ExportJob | null> {
    const job = await ctx.em.findOne(ExportJob, { id });
    return job && (job.status === ExportStatus.QUEUED || job.status === ExportStatus.RUNNING) ? job : null;
  }

  /** Records why the export failed: a known reason as it reads, anything else as an internal error. */
  async fail(ctx: Context, jobId: string, error: unknown): Promise<void> {
    const known = error instanceof Error && 'extensions' in error;
    if (!known) console.error(`[export] job ${jobId} (${ctx.actor!.name}):`, error);
    const message = `导出失败：${known ? (error as Error).message : '服务器内部错误，请联系管理员'}`;
    await ctx.em
      .nativeUpdate(
        ExportJob,
        { id: jobId },
        { status: ExportStatus.FAILED, message, finishedAt: new Date(), updatedAt: new Date() },
      )
      .catch((e) => console.error(`[export] job ${jobId}:`, e));
  }

  /**
   * The work of a queued export, run by a job worker as its starter. The rows are spooled to a
   * scratch file, then the file, the audit entry and the job's outcome are stored in one
   * transaction: a worker that dies midway leaves nothing behind, and the job run again starts
   * over. Never throws for a known failure: every outcome ends up on the job row.
   */
  async run(ctx: Context, jobId: string, source: ExportSource): Promise<void> {
    const { em, config } = ctx;
    const actor = ctx.actor!;
    const update = (data: Partial<ExportJob>) =>
      em.nativeUpdate(ExportJob, { id: jobId }, { ...data, updatedAt: new Date() });
    const file = exportFilePath(config.exportDir, `${jobId}-${randomUUID()}`);
    let writer: XlsxStreamWriter | undefined;
    try {
      await update({ status: ExportStatus.RUNNING, processedRows: 0 });
      await fs.promises.mkdir(config.exportDir, { recursive: true });
      const opened = await XlsxStreamWriter.open(file, source.sheetName, source.columns);
      writer = opened;
      const outcome = await source.write({
        em,
        actor,
        requestId: ctx.requestId,
        add: (cells) => opened.add(cells),
        progress: (rows) => update({ processedRows: rows }).then(() => undefined),
      });
      await opened.finish();
      const finishedAt = new Date();
      const expiresAt = new Date(finishedAt.getTime() + config.exportRetentionHours * 3600_000);
      await em.transactional(async (tx) => {
        const stored = await storeFile(tx, { kind: 'EXPORT', ownerId: actor.id, expiresAt }, file);
        if (outcome.personalDataRead) {
          const audit = new AuditWriter(ctx.requestId, () => actor);
          audit.event({
            action: AuditAction.PII_READ,
            entityName: outcome.personalDataRead.entityName,
            entityId: jobId,
            divisionCode: actor.divisionCode,
            changes: outcome.personalDataRead.changes,
          });
          await audit.flush(tx);
        }
        await tx.nativeUpdate(
          ExportJob,
          { id: jobId },
          {
            status: ExportStatus.SUCCEEDED,
            processedRows: outcome.rows,
            totalRows: outcome.rows,
            byteSize: stored.size,
            fileId: stored.id,
            finishedAt,
            expiresAt,
            message: outcome.message,
            updatedAt: finishedAt,
          },
        );
      });
    } catch (error) {
      writer?.destroy();
      await this.fail(ctx, jobId, error);
    } finally {
      await fs.promises.rm(file, { force: true }).catch(() => undefined);
    }
  }
}
