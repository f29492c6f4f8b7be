import fs from 'node:fs';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../context';
import type { Actor } from '../../auth/actor';
import { AuditAction } from '../../audit/audit-entry.entity';
import { AuditWriter } from '../../audit/audit-writer';
import { runInBackground } from '../../common/background';
import { notFound } from '../../common/errors';
import { isUuid } from '../../common/ids';
import type { Page } from '../../common/pagination';
import { XlsxStreamWriter, type XlsxColumn } from '../../common/xlsx-stream';
import { findPage } from '../../jurisdiction/division-list';
import { ExportJob, ExportKind, ExportStatus, mayExport } from './export-job.entity';
import { assertExportDownloadable, exportFilePath, signedLink, sweepExpiredExports, type DownloadLink } from './downloads';

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
  /** Writes the rows; runs after the response, as the starter, inside the starter's jurisdiction. */
  write(run: ExportRun): Promise<ExportOutcome>;
}

/** China Standard Time, as a file name reads it: 20261207-0930. */
function stamp(now = new Date()): string {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 16).replace(/[-:]/g, '').replace('T', '-');
}

/**
 * Export jobs of every kind: a mutation stores the job and returns it at once; the file is
 * written in the background with a streaming writer and downloaded over HTTP (downloads.ts) by
 * its starter until it expires. Who may start, see and download a kind is `EXPORT_PERMISSIONS`.
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
    return findPage(ctx.em, ExportJob, { createdById: ctx.actor!.id, kind: { $in: kinds } }, { offset, limit }, { createdAt: 'desc', id: 'asc' });
  }

  /** A signed link to the finished file, for its owner until it expires (GET /downloads/exports/<id>). */
  async downloadLink(ctx: Context, id: string): Promise<DownloadLink> {
    const job = assertExportDownloadable(await this.get(ctx, id), ctx.actor!);
    return signedLink(ctx.config, 'exports', job.id, ctx.actor!);
  }

  async start(ctx: Context, source: ExportSource): Promise<ExportJob> {
    const actor = ctx.actor!;
    const job = ctx.em.create(ExportJob, {
      kind: source.kind,
      filter: JSON.parse(JSON.stringify(source.criteria)) as Record<string, unknown>,
      filename: `${source.title}_${stamp()}.xlsx`,
      divisionCode: actor.divisionCode,
      createdById: actor.id,
      createdBy: actor.name,
      masked: source.masked,
      totalRows: source.expectedRows,
    });
    await ctx.em.flush();
    const { config } = ctx;
    void sweepExpiredExports(config).catch((error) => console.error('[export] sweep:', error));
    void runInBackground(ctx, (em, jobActor, requestId) => this.run(em, jobActor, requestId, job.id, source, config.exportDir, config.exportRetentionHours));
    return job;
  }

  /** The job itself. Never throws: every outcome ends up on the job row. */
  private async run(em: EntityManager, actor: Actor, requestId: string, jobId: string, source: ExportSource, dir: string, retentionHours: number): Promise<void> {
    const update = (data: Partial<ExportJob>) => em.nativeUpdate(ExportJob, { id: jobId }, { ...data, updatedAt: new Date() });
    const file = exportFilePath(dir, jobId);
    let writer: XlsxStreamWriter | undefined;
    try {
      await update({ status: ExportStatus.RUNNING });
      await fs.promises.mkdir(dir, { recursive: true });
      const opened = await XlsxStreamWriter.open(file, source.sheetName, source.columns);
      writer = opened;
      const outcome = await source.write({
        em, actor, requestId,
        add: (cells) => opened.add(cells),
        progress: (rows) => update({ processedRows: rows }).then(() => undefined),
      });
      await opened.finish();
      const { size } = await fs.promises.stat(file);
      if (outcome.personalDataRead) {
        const audit = new AuditWriter(requestId, () => actor);
        audit.event({
          action: AuditAction.PII_READ, entityName: outcome.personalDataRead.entityName, entityId: jobId, divisionCode: actor.divisionCode,
          changes: outcome.personalDataRead.changes,
        });
        await audit.flush(em);
      }
      const finishedAt = new Date();
      await update({
        status: ExportStatus.SUCCEEDED, processedRows: outcome.rows, totalRows: outcome.rows, byteSize: size, finishedAt,
        expiresAt: new Date(finishedAt.getTime() + retentionHours * 3600_000),
        message: outcome.message,
      });
    } catch (error) {
      const known = error instanceof Error && 'extensions' in error;
      if (!known) console.error(`[export] job ${jobId} (${actor.name}):`, error);
      writer?.destroy();
      await fs.promises.rm(file, { force: true }).catch(() => undefined);
      await update({ status: ExportStatus.FAILED, message: `导出失败：${known ? (error as Error).message : '服务器内部错误，请联系管理员'}`, finishedAt: new Date() })
        .catch((e) => console.error(`[export] job ${jobId}:`, e));
    }
  }
}
