import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import express from 'express';
import type { MikroORM } from '@mikro-orm/postgresql';
import { Field, ObjectType } from 'type-graphql';
import type { Actor } from '../../auth/actor';
import { assertPasswordChangedFor, can } from '../../auth/access';
import { Permission } from '../../auth/permission';
import { authenticate, authenticateTokenId } from '../../auth/token.service';
import { AuditAction } from '../../audit/audit-entry.entity';
import { AuditWriter } from '../../audit/audit-writer';
import { AppError, ErrorCode, notFound } from '../../common/errors';
import { isUuid } from '../../common/ids';
import { readStoredFile, storedFileSize } from '../../common/stored-files';
import type { Config } from '../../config';
import { scopedEm, systemEm } from '../../jurisdiction/entity-manager';
import { ANY_EXPORT_PERMISSION, EXPORT_KIND_LABELS, ExportJob, ExportStatus, mayExport } from './export-job.entity';
import { ImportJob } from './import-job.entity';
import { smallWorkbook } from './household-excel';

/**
 * Files leave the API over plain HTTP, never inside a GraphQL response:
 *   GET /downloads/exports/<job id>        an export job's .xlsx (its owner only, until it expires)
 *   GET /downloads/import-errors/<job id>  an import job's error list as .xlsx (its division)
 * authorised by `Authorization: Bearer <token>` or by a signed link (`createDownloadLink`) that
 * names the session which asked for it and expires after LINK_SECONDS; every download is audited.
 */
export type DownloadKind = 'exports' | 'import-errors';

/** A signed link lives long enough for the browser to follow it, not to be passed around. */
export const LINK_SECONDS = 300;

@ObjectType({ description: '短时有效的下载链接（签名，绑定当前登录会话）' })
export class DownloadLink {
  @Field({ description: '相对地址，GET 即下载' })
  url!: string;

  @Field()
  expiresAt!: Date;
}

/** Where an export is spooled while it is written (EXPORT_DIR, a scratch folder). */
export const exportFilePath = (dir: string, name: string) => path.join(dir, `${name}.xlsx`);

const sign = (secret: string, payload: string) => createHmac('sha256', secret).update(payload).digest('base64url');

export function signedLink(config: Config, kind: DownloadKind, id: string, actor: Actor): DownloadLink {
  if (!actor.tokenId) throw new AppError(ErrorCode.FORBIDDEN, '请使用登录令牌申请下载链接');
  const expires = Math.floor(Date.now() / 1000) + LINK_SECONDS;
  const signature = sign(config.downloadLinkSecret, `${kind}/${id}/${actor.tokenId}/${expires}`);
  const query = new URLSearchParams({ session: actor.tokenId, expires: String(expires), signature });
  return { url: `/downloads/${kind}/${id}?${query}`, expiresAt: new Date(expires * 1000) };
}

/** An expired file or link: CONFLICT in GraphQL, 410 Gone over HTTP. */
const gone = (message: string) => new AppError(ErrorCode.CONFLICT, message, { expired: true });

/** The export as its owner may download it now, or the reason why not. */
export function assertExportDownloadable(job: ExportJob | null, actor: Actor): ExportJob {
  if (!job || job.createdById !== actor.id) throw notFound('导出任务');
  if (job.status !== ExportStatus.SUCCEEDED)
    throw new AppError(
      ErrorCode.CONFLICT,
      job.status === ExportStatus.FAILED ? '导出失败，没有可下载的文件' : '文件尚未生成完毕，请稍候',
    );
  if (!job.expiresAt || job.expiresAt.getTime() <= Date.now()) throw gone('文件已过期删除，请重新导出');
  return job;
}

/** Who is downloading: the signed link's session, or the bearer token. */
async function downloader(
  orm: MikroORM,
  config: Config,
  kind: DownloadKind,
  id: string,
  req: express.Request,
): Promise<{ actor: Actor; via: 'link' | 'token' }> {
  const { session, expires, signature } = req.query as Record<string, string | undefined>;
  if (signature !== undefined) {
    const expected = Buffer.from(sign(config.downloadLinkSecret, `${kind}/${id}/${session}/${expires}`));
    const given = Buffer.from(String(signature));
    if (!session || !isUuid(session) || given.length !== expected.length || !timingSafeEqual(given, expected)) {
      throw new AppError(ErrorCode.UNAUTHENTICATED, '下载链接无效');
    }
    if (!(Number(expires) * 1000 > Date.now())) throw gone('下载链接已过期，请重新点击下载');
    return { actor: await authenticateTokenId(systemEm(orm), session), via: 'link' };
  }
  const bearer = req.headers.authorization?.match(/^Bearer\s+(\S+)$/i)?.[1];
  if (!bearer) throw new AppError(ErrorCode.UNAUTHENTICATED, '请先登录');
  return { actor: await authenticate(systemEm(orm), bearer), via: 'token' };
}

const STATUS: Partial<Record<string, number>> = {
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.CONFLICT]: 409,
};

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function attachment(res: express.Response, filename: string, size?: number): void {
  res.setHeader('Content-Type', XLSX);
  res.setHeader(
    'Content-Disposition',
    `attachment; filename="download.xlsx"; filename*=UTF-8''${encodeURIComponent(filename)}`,
  );
  res.setHeader('Cache-Control', 'no-store');
  if (size !== undefined) res.setHeader('Content-Length', String(size));
}

export function downloadRouter(orm: MikroORM, config: Config): express.Router {
  const router = express.Router();
  router.get('/:kind/:id', async (req, res) => {
    const kind = req.params.kind as DownloadKind;
    // A UUID in any case names the same job: audited (and searched for) in its one lowercase form.
    const id = String(req.params.id).toLowerCase();
    try {
      if (kind !== 'exports' && kind !== 'import-errors') throw notFound('文件');
      if (!isUuid(id)) throw notFound('文件');
      const { actor, via } = await downloader(orm, config, kind, id, req);
      assertPasswordChangedFor(actor, 'download');
      const em = scopedEm(orm, actor);
      const audit = async (entityName: string, divisionCode: string, changes: Record<string, unknown>) => {
        const writer = new AuditWriter(randomUUID(), () => actor);
        writer.event({
          action: AuditAction.FILE_DOWNLOAD,
          entityName,
          entityId: id,
          divisionCode,
          changes: { ...changes, via },
        });
        await writer.flush(em);
      };
      if (kind === 'exports') {
        if (!ANY_EXPORT_PERMISSION.some((p) => can(actor, p)))
          throw new AppError(ErrorCode.FORBIDDEN, '没有导出的权限');
        const job = assertExportDownloadable(await em.findOne(ExportJob, { id }), actor);
        if (!mayExport(actor, job.kind))
          throw new AppError(ErrorCode.FORBIDDEN, `没有导出${EXPORT_KIND_LABELS[job.kind]}的权限`);
        const size = job.fileId ? await storedFileSize(em, job.fileId) : null;
        if (size === null) throw gone('文件已过期删除，请重新导出');
        // Written before the first byte leaves: a download that cannot be audited is not served.
        await audit('ExportJob', job.divisionCode, { filename: job.filename, bytes: size, masked: job.masked });
        attachment(res, job.filename, size);
        // From PostgreSQL chunk by chunk, waiting for the client to take each one (any instance
        // serves any export; memory holds one chunk, whatever the file's size).
        await pipeline(Readable.from(readStoredFile(em, job.fileId!)), res);
        return;
      }
      if (!can(actor, Permission.HOUSEHOLD_READ)) throw new AppError(ErrorCode.FORBIDDEN, '没有查看导入任务的权限');
      const job = await em.findOne(ImportJob, { id });
      if (!job) throw notFound('导入任务');
      const content = await importErrorsWorkbook(job);
      await audit('ImportJob', job.divisionCode, { filename: job.filename, errors: job.errors.length });
      attachment(res, `${job.filename.replace(/\.xlsx$/i, '')}_错误清单.xlsx`, content.length);
      res.end(content);
    } catch (error) {
      if (res.headersSent) {
        // Cut off midway (the client left, or the database went away): nothing more can be said.
        res.destroy();
        return;
      }
      const known = error instanceof AppError;
      if (!known) console.error(`[download] ${kind}/${id}:`, error);
      const code = known ? String(error.extensions.code) : ErrorCode.INTERNAL;
      const status = known ? (error.extensions.expired ? 410 : (STATUS[code] ?? 400)) : 500;
      res.status(status).json({ error: { code, message: known ? error.message : '服务器内部错误，请联系管理员' } });
    }
  });
  return router;
}

/** 错误清单: row, column and reason, as in the console's table (the first 1,000 errors the job kept). */
export function importErrorsWorkbook(job: ImportJob): Promise<Buffer> {
  const columns = [
    { key: 'row', header: 'Excel 行号', width: 12 },
    { key: 'column', header: '列名', width: 16 },
    { key: 'message', header: '错误说明', width: 80 },
  ];
  const rows = job.errors.map((e) => ({ row: e.row === 0 ? '整个文件' : e.row, column: e.column, message: e.message }));
  if (job.errorCount > job.errors.length)
    rows.push({ row: '', column: '', message: `共 ${job.errorCount} 处错误，此处列出前 ${job.errors.length} 处` });
  return smallWorkbook('错误清单', columns, rows);
}
