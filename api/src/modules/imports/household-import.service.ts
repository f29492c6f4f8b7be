import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { validateSync } from 'class-validator';
import type { Context } from '../../context';
import type { Actor } from '../../auth/actor';
import { TASKS, enqueue, storeActor, type JobPayload } from '../../common/job-queue';
import { deleteStoredFile, loadStoredFile, storeFile } from '../../common/stored-files';
import { AppError, conflict, forbidden, notFound } from '../../common/errors';
import type { Page } from '../../common/pagination';
import { DivisionLevel, levelOfCode } from '../../jurisdiction/division-code';
import { can } from '../../auth/access';
import { Permission } from '../../auth/permission';
import { todayInChina } from '../../common/dates';
import { Division } from '../divisions/division.entity';
import { isUuid } from '../../common/ids';
import { decodeFile } from '../../common/files';
import { ZipRefused, checkZip } from '../../common/zip-guard';
import { findPage } from '../../jurisdiction/division-list';
import { Household } from '../households/household.entity';
import { HouseholdStatus, MemberStatus, RegistrationStatus, Relation, fromLabel } from '../households/household.enums';
import { CreateHouseholdInput, MemberInput } from '../households/household.inputs';
import type { HouseholdService } from '../households/household.service';
import { isParseError, parseIdNumber } from '../households/id-number';
import { Member } from '../households/member.entity';
import { HOUSEHOLD_COLUMNS, boolLabel, column, parseBool, readHouseholdSheet, type SheetRow } from './household-excel';
import {
  ImportChange,
  ImportJob,
  ImportKind,
  ImportMode,
  ImportRowError,
  ImportStatus,
  type PlannedUpdate,
} from './import-job.entity';
import { mayReadPersonalData } from '../../audit/sensitive.middleware';
import { signedLink, type DownloadLink } from './downloads';

/** Households per flush inside the import's one transaction: bounds the identity map's size. */
const BATCH_HOUSEHOLDS = 500;
const MAX_ROWS = 200_000;
/** An uploaded file waits this long for a worker at most (then its job fails as expired). */
const UPLOAD_RETENTION_MS = 24 * 3600_000;
/** States a queued upload's job may be in when its worker starts (or starts again). */
const UNFINISHED = [ImportStatus.QUEUED, ImportStatus.VALIDATING, ImportStatus.IMPORTING];
/** The job keeps the first errors; errorCount has them all. */
const MAX_STORED_ERRORS = 1000;
/** The JSON body limit is 20 MB, so a base64 file cannot be much larger anyway. */
const ID_LOOKUP_CHUNK = 5000;

type MemberData = ReturnType<HouseholdService['memberData']>;

interface PreparedHousehold {
  householdNumber: string;
  divisionCode: string;
  address: string;
  phone: string | null;
  registrationStatus: RegistrationStatus;
  liftedOutYear: number | null;
  noLabourCapacity: boolean;
  minimumLivingAllowance: boolean;
  extremePoverty: boolean;
  relocated: boolean;
  members: MemberData[];
}

interface Group {
  householdNumber: string;
  rows: SheetRow[];
  household?: Omit<PreparedHousehold, 'members'>;
  members: MemberData[];
}

/** Collects row errors under the Chinese headers the office sees. */
class RowErrors {
  readonly list: ImportRowError[] = [];
  readonly badRows = new Set<number>();

  add(row: number, key: string | null, message: string): void {
    this.list.push({ row, column: key ? (column(key)?.header ?? key) : '', message });
    this.badRows.add(row);
  }

  has(row: number): boolean {
    return this.badRows.has(row);
  }

  sorted(): ImportRowError[] {
    const order = new Map(HOUSEHOLD_COLUMNS.map((c, i) => [c.header, i]));
    return [...this.list].sort((a, b) => a.row - b.row || (order.get(a.column) ?? -1) - (order.get(b.column) ?? -1));
  }
}

/**
 * 农户 Excel 导入. The mutation stores the file and a job and queues it; a job worker does the work
 * as the importer (their jurisdiction, the starting request's audit scope), so every household it
 * writes is filtered, checked and audited as the importer's.
 */
export class HouseholdImportService {
  constructor(private readonly households: HouseholdService) {}

  async get(ctx: Context, id: string): Promise<ImportJob> {
    const job = isUuid(id) ? await ctx.em.findOne(ImportJob, { id }) : null;
    if (!job) throw notFound('导入任务');
    return job;
  }

  async list(ctx: Context, offset: number, limit: number): Promise<Page<ImportJob>> {
    return findPage(ctx.em, ImportJob, {}, { offset, limit }, { createdAt: 'desc', id: 'asc' });
  }

  /** A signed link to the job's error list as .xlsx (GET /downloads/import-errors/<id>). */
  async errorsLink(ctx: Context, id: string): Promise<DownloadLink> {
    const job = await this.get(ctx, id);
    if (job.errors.length === 0) throw conflict('该导入任务没有错误');
    return signedLink(ctx.config, 'import-errors', job.id, ctx.actor!);
  }

  async start(
    ctx: Context,
    fileBase64: string,
    validOnly: boolean,
    filename?: string | null,
    mode: ImportMode = ImportMode.CREATE,
  ): Promise<ImportJob> {
    const actor = ctx.actor!;
    // Members are found by their full ID number and every column is compared, health included:
    // only someone who may read personal data has a file the update mode can work with.
    if (mode === ImportMode.UPDATE && !mayReadPersonalData(actor))
      throw forbidden('更新模式需按完整身份证号匹配成员，须有查看个人信息的权限');
    const content = decodeFile(fileBase64);
    // The file, the job and its queue entry are stored together; a job worker parses the file
    // (never the request), so an upload costs the API the Base64 decode and one insert.
    return ctx.em.transactional(async (em) => {
      const file = await storeFile(
        em,
        { kind: 'IMPORT_UPLOAD', ownerId: actor.id, expiresAt: new Date(Date.now() + UPLOAD_RETENTION_MS) },
        content,
      );
      const job = em.create(ImportJob, {
        kind: ImportKind.HOUSEHOLDS,
        mode,
        validOnly,
        filename: (filename?.trim() || '农户导入.xlsx').slice(0, 200),
        divisionCode: actor.divisionCode,
        createdById: actor.id,
        createdBy: actor.name,
      });
      await em.flush();
      await enqueue(em, TASKS.HOUSEHOLD_IMPORT, {
        id: job.id,
        requestId: ctx.requestId,
        actor: storeActor(actor),
        fileId: file.id,
      });
      return job;
    });
  }

  /**
   * The queued work of an upload, run by a job worker as the importer. A job run again (its worker
   * died) starts over: the import writes in one transaction that the dead worker's connection rolled
   * back, and the job's outcome is committed with the households, so a finished job is never redone.
   */
  async runJob(ctx: Context, payload: JobPayload): Promise<void> {
    const job = await ctx.em.findOne(ImportJob, { id: payload.id }, { disableIdentityMap: true });
    if (!job || !UNFINISHED.includes(job.status)) return;
    const content = payload.fileId ? await loadStoredFile(ctx.em, payload.fileId) : null;
    const actor = ctx.actor!;
    if (!content) {
      await ctx.em.nativeUpdate(
        ImportJob,
        { id: job.id },
        {
          status: ImportStatus.FAILED,
          message: '上传的文件已过期，请重新上传',
          finishedAt: new Date(),
          updatedAt: new Date(),
        },
      );
      return;
    }
    if (job.status !== ImportStatus.QUEUED) {
      // Run again after its worker died: what that run showed is cleared, as its writes were.
      await ctx.em.nativeUpdate(
        ImportJob,
        { id: job.id },
        { processedRows: 0, importedHouseholds: 0, importedMembers: 0, updatedAt: new Date() },
      );
    }
    if (job.mode === ImportMode.UPDATE) await this.preview(ctx.em, actor, job.id, content, job.validOnly);
    else await this.run(ctx.em, actor, job.id, content, job.validOnly);
    await deleteStoredFile(ctx.em, payload.fileId!);
  }

  /** The queued 确认更新 (update mode, step 2): skipped when the job already ended. */
  async applyJob(ctx: Context, payload: JobPayload): Promise<void> {
    const job = await ctx.em.findOne(ImportJob, { id: payload.id }, { disableIdentityMap: true });
    if (!job || job.status !== ImportStatus.IMPORTING) return;
    await this.applyPlan(ctx.em, ctx.actor!, job.id);
  }

  /** 确认更新: writes a previewed update job's changes (its starter only), in the background. */
  async apply(ctx: Context, id: string): Promise<ImportJob> {
    const job = await this.get(ctx, id);
    if (job.createdById !== ctx.actor!.id) throw forbidden('只有发起导入的人可以确认更新');
    if (job.mode !== ImportMode.UPDATE || job.status !== ImportStatus.PREVIEW)
      throw conflict('该导入任务不在待确认状态');
    // Claimed in one statement, so a double click applies once.
    await ctx.em.transactional(async (em) => {
      const claimed = await em.nativeUpdate(
        ImportJob,
        { id: job.id, status: ImportStatus.PREVIEW },
        { status: ImportStatus.IMPORTING, processedRows: 0, updatedAt: new Date() },
      );
      if (claimed === 0) throw conflict('该导入任务不在待确认状态');
      await enqueue(em, TASKS.HOUSEHOLD_IMPORT_APPLY, {
        id: job.id,
        requestId: ctx.requestId,
        actor: storeActor(ctx.actor!),
      });
    });
    return ctx.em.refresh(job) as Promise<ImportJob>;
  }

  /** The job itself. Never throws: every outcome, including a crash, ends up on the job row. */
  private async run(
    em: EntityManager,
    actor: Actor,
    jobId: string,
    content: Buffer,
    validOnly: boolean,
  ): Promise<void> {
    // Progress is bookkeeping, not a data change: written directly, so the audit log holds the
    // job's creation and the households, not a row per progress tick.
    const update = (data: Partial<ImportJob>) =>
      em.nativeUpdate(ImportJob, { id: jobId }, { ...data, updatedAt: new Date() });
    const fail = (errors: ImportRowError[], message: string) =>
      update({
        status: ImportStatus.FAILED,
        errors: errors.slice(0, MAX_STORED_ERRORS),
        errorCount: errors.length,
        message,
        finishedAt: new Date(),
      });
    let imported = { households: 0, members: 0 };
    try {
      await update({ status: ImportStatus.VALIDATING });
      const sheet = await this.readRows(content, fail);
      if (!sheet) return;
      const totalRows = sheet.rows.length;
      await update({ totalRows });

      const { households, errors, skippedRows, skippedHouseholds } = await this.validate(
        em,
        sheet.rows,
        mayRegisterLiftedOut(actor),
      );
      em.clear();
      const errorList = errors.sorted();
      if (errorList.length && (!validOnly || households.length === 0)) {
        await fail(
          errorList,
          `校验未通过：共 ${errorList.length} 处错误，${validOnly ? '没有无误的农户可导入' : '未导入任何数据'}`,
        );
        return;
      }
      await update({
        status: ImportStatus.IMPORTING,
        processedRows: skippedRows,
        skippedHouseholds,
        errors: errorList.slice(0, MAX_STORED_ERRORS),
        errorCount: errorList.length,
      });

      // One transaction for the whole file: a failure, or the process dying midway, leaves no
      // household of it behind, so the same file can simply be uploaded again. Chunks are flushed
      // and cleared to bound memory; progress is written outside the transaction so clients see it.
      const tx = em.fork();
      await tx.begin();
      try {
        let processedRows = skippedRows;
        for (let start = 0; start < households.length; start += BATCH_HOUSEHOLDS) {
          const batch = households.slice(start, start + BATCH_HOUSEHOLDS);
          for (const data of batch) {
            const { members, ...fields } = data;
            const household = tx.create(Household, { ...fields, memberCount: members.length });
            for (const member of members)
              tx.create(Member, { ...member, householdId: household.id, divisionCode: household.divisionCode });
          }
          await tx.flush();
          tx.clear();
          const members = batch.reduce((n, h) => n + h.members.length, 0);
          imported = { households: imported.households + batch.length, members: imported.members + members };
          processedRows += members;
          await update({ processedRows, importedHouseholds: imported.households, importedMembers: imported.members });
        }
        // The outcome commits with the households: a job run again after this point finds it done.
        const skipped = skippedHouseholds
          ? `；${skippedHouseholds} 户因有错误未导入（共 ${errorList.length} 处错误）`
          : '';
        await tx.nativeUpdate(
          ImportJob,
          { id: jobId },
          {
            status: ImportStatus.SUCCEEDED,
            processedRows: totalRows,
            importedHouseholds: imported.households,
            importedMembers: imported.members,
            message: `导入完成：${imported.households} 户、${imported.members} 人${skipped}`,
            finishedAt: new Date(),
            updatedAt: new Date(),
          },
        );
        await tx.commit();
      } catch (error) {
        imported = { households: 0, members: 0 };
        await tx.rollback().catch(() => undefined);
        throw error;
      }
    } catch (error) {
      const reason =
        error instanceof UniqueConstraintViolationException
          ? '有身份证号或户编号刚被他人登记'
          : error instanceof AppError
            ? error.message
            : '服务器内部错误，请联系管理员';
      if (!(error instanceof AppError)) console.error(`[import] job ${jobId} (${actor.name}):`, error);
      const message = `导入中断：${reason}。未导入任何数据，可重新上传同一文件`;
      // Not over a success: a run taken for dead that was in fact only slow may have finished it.
      await em
        .nativeUpdate(
          ImportJob,
          { id: jobId, status: { $ne: ImportStatus.SUCCEEDED } },
          {
            status: ImportStatus.FAILED,
            message,
            importedHouseholds: 0,
            importedMembers: 0,
            finishedAt: new Date(),
            updatedAt: new Date(),
          },
        )
        .catch((e) => console.error(`[import] job ${jobId}:`, e));
    }
  }

  /** Update mode, step 1: what the file would change, stored on the job for the console to show. */
  private async preview(
    em: EntityManager,
    actor: Actor,
    jobId: string,
    content: Buffer,
    validOnly: boolean,
  ): Promise<void> {
    const update = (data: Partial<ImportJob>) =>
      em.nativeUpdate(ImportJob, { id: jobId }, { ...data, updatedAt: new Date() });
    const fail = (errors: ImportRowError[], message: string) =>
      update({
        status: ImportStatus.FAILED,
        errors: errors.slice(0, MAX_STORED_ERRORS),
        errorCount: errors.length,
        message,
        finishedAt: new Date(),
      });
    try {
      await update({ status: ImportStatus.VALIDATING });
      const sheet = await this.readRows(content, fail);
      if (!sheet) return;
      await update({ totalRows: sheet.rows.length });
      const { plan, changes, errors, conflicts } = await this.planUpdates(em, sheet.rows, mayRegisterLiftedOut(actor));
      em.clear();
      const errorList = errors.sorted();
      const reported = [...errorList, ...conflicts].sort((a, b) => a.row - b.row);
      if (errorList.length && !validOnly) {
        await fail(reported, `校验未通过：共 ${errorList.length} 处错误，未更新任何数据`);
        return;
      }
      const problems = [
        conflicts.length ? `${conflicts.length} 户导出后已被他人修改（冲突），不更新` : '',
        errorList.length ? `${errorList.length} 处错误所在的农户不更新` : '',
      ]
        .filter(Boolean)
        .join('；');
      const common = {
        errors: reported.slice(0, MAX_STORED_ERRORS),
        errorCount: reported.length,
        conflictCount: conflicts.length,
        processedRows: sheet.rows.length,
      };
      if (plan.length === 0) {
        await update({
          ...common,
          status: ImportStatus.SUCCEEDED,
          message: `没有需要更新的内容${problems ? `；${problems}` : ''}`,
          finishedAt: new Date(),
        });
        return;
      }
      await update({
        ...common,
        status: ImportStatus.PREVIEW,
        plan,
        changes: changes.slice(0, MAX_STORED_ERRORS),
        changeCount: changes.length,
        message: `将更新 ${plan.length} 户、${changes.length} 处${problems ? `；${problems}` : ''}。请核对修改明细后确认更新`,
      });
    } catch (error) {
      if (!(error instanceof AppError)) console.error(`[import] job ${jobId} (${actor.name}):`, error);
      await update({
        status: ImportStatus.FAILED,
        message: `校验中断：${error instanceof AppError ? error.message : '服务器内部错误，请联系管理员'}`,
        finishedAt: new Date(),
      }).catch((e) => console.error(`[import] job ${jobId}:`, e));
    }
  }

  /**
   * Matches each group to a household of the jurisdiction by 户编号 and each row to one of its
   * members by ID number, validates as the create mode does, and lists the values that differ.
   * A household changed since the file was exported (its or a listed member's version moved) is
   * a conflict: reported, and left out of the plan.
   */
  private async planUpdates(em: EntityManager, rows: SheetRow[], mayRegister: boolean) {
    const errors = new RowErrors();
    const conflicts: ImportRowError[] = [];
    const groups = new Map<string, Group>();
    for (const row of rows) {
      for (const key of row.inexact) {
        if (key !== 'idNumber')
          errors.add(row.row, key, `${column(key).header}位数过多，Excel 已改变末几位：请将该列设为文本格式后重新填写`);
      }
      const householdNumber = row.cells.householdNumber ?? '';
      if (!householdNumber) {
        errors.add(row.row, 'householdNumber', '户编号不能为空');
        continue;
      }
      if (!groups.has(householdNumber)) groups.set(householdNumber, { householdNumber, rows: [], members: [] });
      groups.get(householdNumber)!.rows.push(row);
    }
    const numbers = [...groups.keys()];
    const found = new Map<string, Household>();
    for (let i = 0; i < numbers.length; i += ID_LOOKUP_CHUNK) {
      for (const h of await em.find(
        Household,
        { householdNumber: { $in: numbers.slice(i, i + ID_LOOKUP_CHUNK) } },
        { disableIdentityMap: true },
      ))
        found.set(h.householdNumber, h);
    }
    const ids = [...found.values()].map((h) => h.id);
    const membersOf = new Map<string, Member[]>();
    for (let i = 0; i < ids.length; i += ID_LOOKUP_CHUNK) {
      for (const m of await em.find(
        Member,
        { householdId: { $in: ids.slice(i, i + ID_LOOKUP_CHUNK) }, status: MemberStatus.ACTIVE },
        { disableIdentityMap: true },
      )) {
        membersOf.set(m.householdId, [...(membersOf.get(m.householdId) ?? []), m]);
      }
    }

    const plan: PlannedUpdate[] = [];
    const changes: ImportChange[] = [];
    for (const group of groups.values()) {
      const first = group.rows[0];
      const number = group.householdNumber;
      const household = found.get(number);
      if (!household) {
        errors.add(
          first.row,
          'householdNumber',
          `户编号 ${number} 不存在或不在辖区内（更新模式只修改已有农户，新增请用“新增农户”方式导入）`,
        );
        continue;
      }
      if (household.status !== HouseholdStatus.ACTIVE) {
        errors.add(first.row, 'householdNumber', `户编号 ${number} 已归档，不能更新`);
        continue;
      }
      // The registration rule is checked below, on a change only: an unchanged 脱贫户 row is no registration.
      const fields = this.householdFields(group, errors, true);
      if (fields && fields.divisionCode !== household.divisionCode)
        errors.add(first.row, 'divisionCode', '所在村代码不能通过导入修改（迁户请在一户一档中办理）');
      const householdVersion = versionValue(first, 'householdVersion', errors);
      let stale = householdVersion !== undefined && householdVersion !== household.version;
      const byId = new Map((membersOf.get(household.id) ?? []).map((m) => [m.idNumber, m]));
      const seen = new Map<string, number>();
      const memberPlans: PlannedUpdate['members'] = [];
      const groupChanges: ImportChange[] = [];
      for (const row of group.rows) {
        const input = this.memberInput(row, errors);
        if ((row.cells.idNumber ?? '').includes('*')) {
          errors.add(row.row, 'idNumber', '身份证号已脱敏，无法匹配成员：请使用有个人信息查看权限的账号导出的文件');
          continue;
        }
        const idNumber = this.idNumberOf(row, errors);
        const memberVersion = versionValue(row, 'memberVersion', errors);
        if (!idNumber) continue;
        if (seen.has(idNumber)) {
          errors.add(row.row, 'idNumber', `身份证号与第 ${seen.get(idNumber)} 行重复`);
          continue;
        }
        seen.set(idNumber, row.row);
        const member = byId.get(idNumber);
        if (!member) {
          errors.add(row.row, 'idNumber', `该户没有身份证号为 ${idNumber} 的在册成员（增员、迁入请在一户一档中办理）`);
          continue;
        }
        if (errors.has(row.row)) continue;
        if (memberVersion !== member.version) stale = true;
        let data: MemberData;
        try {
          data = this.households.memberData(input as MemberInput, `row${row.row}`);
        } catch (error) {
          if (!(error instanceof AppError)) throw error;
          const field = String(error.extensions.field ?? '')
            .split('.')
            .pop()!;
          errors.add(row.row, column(field) ? field : null, error.message.replace(/^[^：]*：/, ''));
          continue;
        }
        if (
          data.relation !== member.relation &&
          (data.relation === Relation.HEAD || member.relation === Relation.HEAD)
        ) {
          errors.add(row.row, 'relation', '户主须在一户一档中用“设为户主”变更');
          continue;
        }
        const changed: Record<string, unknown> = {};
        for (const [property, key] of MEMBER_FIELDS) {
          const before = (member as unknown as Record<string, unknown>)[property] ?? null;
          const after = (data as unknown as Record<string, unknown>)[property] ?? null;
          if (before === after) continue;
          changed[property] = after;
          groupChanges.push({
            row: row.row,
            householdNumber: number,
            memberName: member.name,
            column: column(key).header,
            before: shown(key, before),
            after: shown(key, after),
          });
        }
        if (Object.keys(changed).length)
          memberPlans.push({ memberId: member.id, row: row.row, version: memberVersion!, fields: changed });
      }
      if (group.rows.some((r) => errors.has(r.row)) || !fields) continue;
      const householdChanged: Record<string, unknown> = {};
      for (const key of HOUSEHOLD_FIELDS) {
        const before = (household as unknown as Record<string, unknown>)[key] ?? null;
        const after = (fields as unknown as Record<string, unknown>)[key] ?? null;
        if (before === after) continue;
        if ((key === 'registrationStatus' || key === 'liftedOutYear') && !mayRegister) {
          errors.add(first.row, key, '建档立卡登记状态和脱贫年度须由县级变更');
          continue;
        }
        householdChanged[key] = after;
        groupChanges.unshift({
          row: first.row,
          householdNumber: number,
          memberName: null,
          column: column(key).header,
          before: shown(key, before),
          after: shown(key, after),
        });
      }
      if (groupChanges.length === 0) continue;
      if (stale) {
        conflicts.push({
          row: first.row,
          column: column('householdVersion').header,
          message: `冲突：户编号 ${number} 在导出后已被他人修改，本户未更新；请重新导出后再修改`,
        });
        continue;
      }
      plan.push({
        householdId: household.id,
        householdNumber: number,
        row: first.row,
        householdVersion: householdVersion!,
        household: householdChanged,
        members: memberPlans,
        changeCount: groupChanges.length,
      });
      changes.push(...groupChanges);
    }
    return { plan, changes, errors, conflicts };
  }

  /**
   * Update mode, step 2: the previewed changes, written in one transaction through the ORM (so
   * each household and member change is audited as the confirming user's). A household whose
   * version moved since the export, or since the preview, is a conflict: reported, not written.
   */
  private async applyPlan(em: EntityManager, actor: Actor, jobId: string): Promise<void> {
    const update = (data: Partial<ImportJob>) =>
      em.nativeUpdate(ImportJob, { id: jobId }, { ...data, updatedAt: new Date() });
    try {
      const job = await em.findOneOrFail(
        ImportJob,
        { id: jobId },
        { populate: ['plan'] as never, disableIdentityMap: true },
      );
      const plan = job.plan ?? [];
      const conflicts: ImportRowError[] = [];
      let households = 0;
      let values = 0;
      const tx = em.fork();
      await tx.begin();
      try {
        for (let start = 0; start < plan.length; start += BATCH_HOUSEHOLDS) {
          const batch = plan.slice(start, start + BATCH_HOUSEHOLDS);
          const found = new Map(
            (await tx.find(Household, { id: { $in: batch.map((p) => p.householdId) } })).map((h) => [h.id, h]),
          );
          const members = new Map(
            (await tx.find(Member, { id: { $in: batch.flatMap((p) => p.members.map((m) => m.memberId)) } })).map(
              (m) => [m.id, m],
            ),
          );
          for (const planned of batch) {
            const household = found.get(planned.householdId);
            const stale =
              !household ||
              household.status !== HouseholdStatus.ACTIVE ||
              household.version !== planned.householdVersion ||
              planned.members.some(
                (m) =>
                  members.get(m.memberId)?.version !== m.version ||
                  members.get(m.memberId)?.status !== MemberStatus.ACTIVE,
              );
            if (stale) {
              conflicts.push({
                row: planned.row,
                column: column('householdVersion').header,
                message: `冲突：户编号 ${planned.householdNumber} 在预览后已被他人修改，本户未更新；请重新导出后再修改`,
              });
              continue;
            }
            Object.assign(household, planned.household);
            for (const m of planned.members) Object.assign(members.get(m.memberId)!, m.fields);
            households += 1;
            values += planned.changeCount;
          }
          await tx.flush();
          tx.clear();
          await update({
            processedRows: Math.round(job.totalRows * Math.min(1, (start + batch.length) / plan.length)),
          });
        }
        // The outcome commits with the changes: a job run again after this point finds it done.
        const errors = [...job.errors, ...conflicts].sort((a, b) => a.row - b.row);
        const conflictCount = job.conflictCount + conflicts.length;
        await tx.nativeUpdate(
          ImportJob,
          { id: jobId },
          {
            status: ImportStatus.SUCCEEDED,
            processedRows: job.totalRows,
            updatedHouseholds: households,
            changeCount: values,
            conflictCount,
            errors: errors.slice(0, MAX_STORED_ERRORS),
            errorCount: job.errorCount + conflicts.length,
            plan: null,
            finishedAt: new Date(),
            updatedAt: new Date(),
            message: `更新完成：${households} 户、${values} 处${conflictCount ? `；${conflictCount} 户因导出后已被他人修改未更新（冲突）` : ''}`,
          },
        );
        await tx.commit();
      } catch (error) {
        await tx.rollback().catch(() => undefined);
        throw error;
      }
    } catch (error) {
      const reason =
        error instanceof AppError
          ? error.message
          : error instanceof Error && error.name === 'OptimisticLockError'
            ? '有农户刚被他人修改'
            : '服务器内部错误，请联系管理员';
      if (!(error instanceof AppError) && !(error instanceof Error && error.name === 'OptimisticLockError'))
        console.error(`[import] job ${jobId} (${actor.name}):`, error);
      await update({
        status: ImportStatus.FAILED,
        updatedHouseholds: 0,
        message: `更新中断：${reason}。未更新任何数据，可重新导出后再导入`,
        finishedAt: new Date(),
      }).catch((e) => console.error(`[import] job ${jobId}:`, e));
    }
  }

  /** The file's data rows, or undefined after recording why the file cannot be imported at all. */
  private async readRows(content: Buffer, fail: (errors: ImportRowError[], message: string) => Promise<unknown>) {
    // Sizes and compression ratio first: a zip bomb is refused before anything is unpacked.
    try {
      await checkZip(content);
    } catch (error) {
      const reason = error instanceof ZipRefused ? error.message : '文件无法读取';
      await fail([{ row: 0, column: '', message: reason }], reason);
      return undefined;
    }
    let sheet;
    try {
      sheet = await readHouseholdSheet(content, MAX_ROWS);
    } catch {
      await fail(
        [{ row: 0, column: '', message: '无法读取文件，请上传 .xlsx 格式的 Excel 文件（可先下载导入模板）' }],
        '无法读取文件',
      );
      return undefined;
    }
    if (sheet.tooManyRows) {
      await fail([{ row: 0, column: '', message: `一次最多导入 ${MAX_ROWS} 行，请拆分文件` }], '文件行数超过上限');
      return undefined;
    }
    if (sheet.missingHeaders.length) {
      await fail(
        sheet.missingHeaders.map((header) => ({
          row: 1,
          column: header,
          message: `缺少“${header}”列，请使用导入模板`,
        })),
        '文件缺少必需的列',
      );
      return undefined;
    }
    if (sheet.rows.length === 0) {
      await fail([{ row: 0, column: '', message: '“农户信息”页没有数据行（“填写示例”页不导入）' }], '文件中没有数据行');
      return undefined;
    }
    return sheet;
  }

  /**
   * Checks every row before anything is written, and turns good groups into the data
   * HouseholdService.create would write. A household with any bad row is not prepared.
   */
  private async validate(em: EntityManager, rows: SheetRow[], mayRegister: boolean) {
    const errors = new RowErrors();
    const groups = new Map<string, Group>();
    for (const row of rows) {
      // Long digit strings typed as numbers (户编号, 电话) have lost their last digits already.
      for (const key of row.inexact) {
        if (key !== 'idNumber')
          errors.add(row.row, key, `${column(key).header}位数过多，Excel 已改变末几位：请将该列设为文本格式后重新填写`);
      }
      const householdNumber = row.cells.householdNumber ?? '';
      if (!householdNumber) {
        errors.add(row.row, 'householdNumber', '户编号不能为空');
        continue;
      }
      if (!groups.has(householdNumber)) groups.set(householdNumber, { householdNumber, rows: [], members: [] });
      groups.get(householdNumber)!.rows.push(row);
    }

    // First row of each ID number: later rows with the same number are the duplicates.
    const idRows = new Map<string, number>();
    for (const group of groups.values()) {
      group.household = this.householdFields(group, errors, mayRegister);
      const heads: number[] = [];
      let relationsKnown = true;
      for (const row of group.rows) {
        const input = this.memberInput(row, errors);
        if (!input.relation) relationsKnown = false;
        if (input.relation === Relation.HEAD) heads.push(row.row);
        const parsed = this.idNumberOf(row, errors);
        if (parsed) {
          const first = idRows.get(parsed);
          if (first !== undefined) errors.add(row.row, 'idNumber', `身份证号与第 ${first} 行重复`);
          else idRows.set(parsed, row.row);
        }
        if (errors.has(row.row)) continue;
        try {
          group.members.push(this.households.memberData(input as MemberInput, `row${row.row}`));
        } catch (error) {
          if (!(error instanceof AppError)) throw error;
          const field = String(error.extensions.field ?? '')
            .split('.')
            .pop()!;
          errors.add(row.row, column(field) ? field : null, error.message.replace(/^[^：]*：/, ''));
        }
      }
      if (heads.length === 0 && relationsKnown)
        errors.add(group.rows[0].row, 'relation', `户编号 ${group.householdNumber} 没有户主：每户须有且只有一名户主`);
      for (const extra of heads.slice(1))
        errors.add(extra, 'relation', `该户已有户主（第 ${heads[0]} 行）：每户只能有一名户主`);
    }

    await this.checkVillages(em, groups, errors);
    await this.checkRegistered(em, idRows, errors);
    await this.checkHouseholdNumbers(em, groups, errors);

    const households: PreparedHousehold[] = [];
    let skippedRows = 0;
    for (const group of groups.values()) {
      if (group.rows.some((r) => errors.has(r.row)) || !group.household) skippedRows += group.rows.length;
      else households.push({ ...group.household, members: group.members });
    }
    skippedRows += rows.filter((r) => !r.cells.householdNumber).length;
    return { households, errors, skippedRows, skippedHouseholds: groups.size - households.length };
  }

  /** Household columns, from the group's first row. */
  private householdFields(group: Group, errors: RowErrors, mayRegister: boolean): Group['household'] {
    const row = group.rows[0];
    const before = errors.list.length;
    const text = (key: string) => row.cells[key] ?? '';
    for (const key of ['divisionCode', 'address']) {
      if (!text(key)) errors.add(row.row, key, `${column(key).header}不能为空`);
    }
    const parsedStatus = enumValue<RegistrationStatus>(row, 'registrationStatus', errors);
    const registrationStatus = parsedStatus ?? RegistrationStatus.ORDINARY;
    const liftedOutYear = intValue(row, 'liftedOutYear', errors) ?? null;
    const thisYear = Number(todayInChina().slice(0, 4));
    if (text('registrationStatus') && !parsedStatus) {
      // An unknown status is reported already; the year is judged once the status is right.
    } else if (registrationStatus === RegistrationStatus.LIFTED_OUT) {
      if (!mayRegister) errors.add(row.row, 'registrationStatus', '脱贫户登记状态须由县级导入或登记');
      if (liftedOutYear === null || liftedOutYear < 2013 || liftedOutYear > thisYear)
        errors.add(row.row, 'liftedOutYear', `脱贫户须填写脱贫年度（2013 至 ${thisYear} 年）`);
    } else if (liftedOutYear !== null) {
      errors.add(row.row, 'liftedOutYear', '一般农户不填脱贫年度');
    }
    const flags = Object.fromEntries(
      ['noLabourCapacity', 'minimumLivingAllowance', 'extremePoverty', 'relocated'].map((key) => [
        key,
        boolValue(row, key, errors) ?? false,
      ]),
    );
    const fields = {
      householdNumber: group.householdNumber,
      divisionCode: text('divisionCode'),
      address: text('address'),
      phone: text('phone') || null,
      registrationStatus,
      liftedOutYear: registrationStatus === RegistrationStatus.LIFTED_OUT ? liftedOutYear : null,
      ...(flags as Pick<
        PreparedHousehold,
        'noLabourCapacity' | 'minimumLivingAllowance' | 'extremePoverty' | 'relocated'
      >),
    };
    // The same constraints as the createHousehold input (户编号, 区划代码, 住址 and 电话 formats).
    const input = Object.assign(new CreateHouseholdInput(), {
      ...fields,
      phone: fields.phone ?? undefined,
      members: [{}],
    });
    for (const problem of validateSync(input, { forbidUnknownValues: false })) {
      if (problem.property === 'members' || !fields[problem.property as keyof typeof fields]) continue;
      errors.add(row.row, problem.property, Object.values(problem.constraints ?? {})[0] ?? '格式不正确');
    }
    return errors.list.length === before ? fields : undefined;
  }

  /** Member columns as a MemberInput (labels turned into values); problems go to `errors`. */
  private memberInput(row: SheetRow, errors: RowErrors): Partial<MemberInput> {
    for (const key of ['name', 'relation', 'labourCapacity']) {
      if (!row.cells[key]) errors.add(row.row, key, `${column(key).header}不能为空`);
    }
    const input: Partial<MemberInput> = {
      name: row.cells.name ?? '',
      idNumber: row.cells.idNumber ?? '',
      relation: enumValue(row, 'relation', errors),
      ethnicity: row.cells.ethnicity || undefined,
      education: enumValue(row, 'education', errors),
      schoolingStage: enumValue(row, 'schoolingStage', errors),
      healthStatus: enumValue(row, 'healthStatus', errors),
      disabilityGrade: intValue(row, 'disabilityGrade', errors),
      labourCapacity: enumValue(row, 'labourCapacity', errors),
      workPlace: row.cells.workPlace || undefined,
      workMonths: intValue(row, 'workMonths', errors),
      medicalInsurance: boolValue(row, 'medicalInsurance', errors),
      criticalIllnessInsurance: boolValue(row, 'criticalIllnessInsurance', errors),
      pensionInsurance: boolValue(row, 'pensionInsurance', errors),
      minimumLivingAllowance: boolValue(row, 'memberMinimumLivingAllowance', errors),
      extremePoverty: boolValue(row, 'memberExtremePoverty', errors),
    };
    // The same constraints as the GraphQL input (name and ethnicity length, grade 1-4, months 0-12).
    for (const problem of validateSync(Object.assign(new MemberInput(), input), { forbidUnknownValues: false })) {
      if (problem.property === 'name' && !input.name) continue;
      errors.add(row.row, problem.property, Object.values(problem.constraints ?? {})[0] ?? '格式不正确');
    }
    return input;
  }

  /** The normalized ID number, or undefined with the reason recorded. */
  private idNumberOf(row: SheetRow, errors: RowErrors): string | undefined {
    const raw = row.cells.idNumber ?? '';
    if (!raw) return void errors.add(row.row, 'idNumber', '身份证号不能为空');
    if (row.inexact.has('idNumber'))
      return void errors.add(row.row, 'idNumber', '身份证号被存成了数字，末几位已丢失：请将该列设为文本格式后重新填写');
    const parsed = parseIdNumber(raw);
    if (isParseError(parsed)) return void errors.add(row.row, 'idNumber', parsed.error);
    return parsed.idNumber;
  }

  /** Villages are looked up through the jurisdiction filter: one outside it is as unknown as one that does not exist. */
  private async checkVillages(em: EntityManager, groups: Map<string, Group>, errors: RowErrors): Promise<void> {
    const codes = [...new Set([...groups.values()].filter((g) => g.household).map((g) => g.household!.divisionCode))];
    const found = new Map(
      (await em.find(Division, { code: { $in: codes } }, { fields: ['code', 'level'], disableIdentityMap: true })).map(
        (d) => [d.code, d.level],
      ),
    );
    for (const group of groups.values()) {
      if (!group.household) continue;
      const level = found.get(group.household.divisionCode);
      if (!level) errors.add(group.rows[0].row, 'divisionCode', '村代码不存在或不在辖区内');
      else if (level !== DivisionLevel.VILLAGE)
        errors.add(group.rows[0].row, 'divisionCode', '农户须登记在村（社区）一级，请填写村代码');
    }
  }

  /** One person, one active registration, anywhere: checked beyond the jurisdiction, without saying where. */
  private async checkRegistered(em: EntityManager, idRows: Map<string, number>, errors: RowErrors): Promise<void> {
    const ids = [...idRows.keys()];
    for (let i = 0; i < ids.length; i += ID_LOOKUP_CHUNK) {
      const taken = await em.find(
        Member,
        { idNumber: { $in: ids.slice(i, i + ID_LOOKUP_CHUNK) }, status: MemberStatus.ACTIVE },
        { filters: false, fields: ['idNumber'], disableIdentityMap: true },
      );
      for (const member of taken) errors.add(idRows.get(member.idNumber)!, 'idNumber', '身份证号已在其他农户登记');
    }
  }

  /** 户编号 is unique across the system (archived households included). */
  private async checkHouseholdNumbers(em: EntityManager, groups: Map<string, Group>, errors: RowErrors): Promise<void> {
    const numbers = [...groups.keys()];
    for (let i = 0; i < numbers.length; i += ID_LOOKUP_CHUNK) {
      const taken = await em.find(
        Household,
        { householdNumber: { $in: numbers.slice(i, i + ID_LOOKUP_CHUNK) } },
        { filters: false, fields: ['householdNumber'], disableIdentityMap: true },
      );
      for (const household of taken)
        errors.add(
          groups.get(household.householdNumber)!.rows[0].row,
          'householdNumber',
          `户编号 ${household.householdNumber} 已存在`,
        );
    }
  }
}

/** Household columns the update mode may change (the village only through 迁户). */
const HOUSEHOLD_FIELDS = [
  'address',
  'phone',
  'registrationStatus',
  'liftedOutYear',
  'noLabourCapacity',
  'minimumLivingAllowance',
  'extremePoverty',
  'relocated',
] as const;

/** Member properties the update mode may change, with their column keys (ID number is the key, not a change). */
const MEMBER_FIELDS: ReadonlyArray<[string, string]> = [
  ['name', 'name'],
  ['relation', 'relation'],
  ['ethnicity', 'ethnicity'],
  ['education', 'education'],
  ['schoolingStage', 'schoolingStage'],
  ['healthStatus', 'healthStatus'],
  ['disabilityGrade', 'disabilityGrade'],
  ['labourCapacity', 'labourCapacity'],
  ['workPlace', 'workPlace'],
  ['workMonths', 'workMonths'],
  ['medicalInsurance', 'medicalInsurance'],
  ['criticalIllnessInsurance', 'criticalIllnessInsurance'],
  ['pensionInsurance', 'pensionInsurance'],
  ['minimumLivingAllowance', 'memberMinimumLivingAllowance'],
  ['extremePoverty', 'memberExtremePoverty'],
];

/** A value as the export writes it (labels, 是/否), for the preview. */
function shown(key: string, value: unknown): string {
  if (value === null || value === undefined) return '';
  const spec = column(key);
  if (spec.kind === 'bool') return boolLabel(value as boolean);
  if (spec.kind === 'enum') return spec.labels![value as string] ?? String(value);
  return String(value);
}

/** 户数据版本 / 成员数据版本: required by the update mode (only an exported file has them). */
function versionValue(row: SheetRow, key: string, errors: RowErrors): number | undefined {
  const text = row.cells[key] ?? '';
  if (!text) return void errors.add(row.row, key, `缺少${column(key).header}：更新模式请使用系统导出的文件`);
  if (!/^\d+$/.test(text)) return void errors.add(row.row, key, `${column(key).header}应为整数（请勿修改该列）`);
  return Number(text);
}

function enumValue<E extends string>(row: SheetRow, key: string, errors: RowErrors): E | undefined {
  const text = row.cells[key] ?? '';
  if (!text) return undefined;
  const spec = column(key);
  const value = fromLabel(spec.labels as Record<E, string>, text);
  if (!value)
    errors.add(row.row, key, `“${text}”不是有效的${spec.header}，可填：${Object.values(spec.labels!).join('、')}`);
  return value;
}

function boolValue(row: SheetRow, key: string, errors: RowErrors): boolean | undefined {
  const value = parseBool(row.cells[key] ?? '');
  if (value === null) errors.add(row.row, key, `${column(key).header}应填写“是”或“否”`);
  return value ?? undefined;
}

function intValue(row: SheetRow, key: string, errors: RowErrors): number | undefined {
  const text = row.cells[key] ?? '';
  if (!text) return undefined;
  if (!/^\d+$/.test(text)) return void errors.add(row.row, key, `${column(key).header}应为整数`);
  return Number(text);
}

/** 脱贫户 rows need a county-level starter holding the registration permission (as setHouseholdRegistration). */
function mayRegisterLiftedOut(actor: Actor): boolean {
  return (
    can(actor, Permission.HOUSEHOLD_REGISTRATION_WRITE) && levelOfCode(actor.divisionCode) === DivisionLevel.COUNTY
  );
}
