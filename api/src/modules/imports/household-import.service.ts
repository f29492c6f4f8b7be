import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { validateSync } from 'class-validator';
import type { Context } from '../../context';
import type { Actor } from '../../auth/actor';
import { runInBackground } from '../../common/background';
import { AppError, notFound } from '../../common/errors';
import type { Page } from '../../common/pagination';
import { DivisionLevel, levelOfCode } from '../../jurisdiction/division-code';
import { can } from '../../auth/access';
import { Permission } from '../../auth/permission';
import { todayInChina } from '../../common/dates';
import { Division } from '../divisions/division.entity';
import { isUuid } from '../../common/ids';
import { decodeFile } from '../../common/files';
import { findPage } from '../../jurisdiction/division-list';
import { Household } from '../households/household.entity';
import { RegistrationStatus, MemberStatus, Relation, fromLabel } from '../households/household.enums';
import { CreateHouseholdInput, MemberInput } from '../households/household.inputs';
import type { HouseholdService } from '../households/household.service';
import { isParseError, parseIdNumber } from '../households/id-number';
import { Member } from '../households/member.entity';
import { HOUSEHOLD_COLUMNS, column, parseBool, readHouseholdSheet, type SheetRow } from './household-excel';
import { ImportJob, ImportKind, ImportRowError, ImportStatus } from './import-job.entity';

/** Households per flush inside the import's one transaction: bounds the identity map's size. */
const BATCH_HOUSEHOLDS = 500;
const MAX_ROWS = 200_000;
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
    this.list.push({ row, column: key ? column(key)?.header ?? key : '', message });
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
 * 农户 Excel 导入. The mutation stores a job and returns it; the work runs afterwards
 * (runInBackground: its own EntityManager with the importer's jurisdiction, inside the request
 * scope), so every household it writes is filtered, checked and audited as the importer's.
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

  async start(ctx: Context, fileBase64: string, validOnly: boolean, filename?: string | null): Promise<ImportJob> {
    const actor = ctx.actor!;
    const content = decodeFile(fileBase64);
    const job = ctx.em.create(ImportJob, {
      kind: ImportKind.HOUSEHOLDS,
      validOnly,
      filename: (filename?.trim() || '农户导入.xlsx').slice(0, 200),
      divisionCode: actor.divisionCode,
      createdById: actor.id,
      createdBy: actor.name,
    });
    await ctx.em.flush();

    // Not awaited: the response carries the queued job; the client polls importJob(id).
    void runInBackground(ctx, (em, jobActor) => this.run(em, jobActor, job.id, content, validOnly));
    return job;
  }

  /** The job itself. Never throws: every outcome, including a crash, ends up on the job row. */
  private async run(em: EntityManager, actor: Actor, jobId: string, content: Buffer, validOnly: boolean): Promise<void> {
    // Progress is bookkeeping, not a data change: written directly, so the audit log holds the
    // job's creation and the households, not a row per progress tick.
    const update = (data: Partial<ImportJob>) => em.nativeUpdate(ImportJob, { id: jobId }, { ...data, updatedAt: new Date() });
    const fail = (errors: ImportRowError[], message: string) =>
      update({ status: ImportStatus.FAILED, errors: errors.slice(0, MAX_STORED_ERRORS), errorCount: errors.length, message, finishedAt: new Date() });
    let imported = { households: 0, members: 0 };
    try {
      await update({ status: ImportStatus.VALIDATING });
      let sheet;
      try {
        sheet = await readHouseholdSheet(content);
      } catch {
        await fail([{ row: 0, column: '', message: '无法读取文件，请上传 .xlsx 格式的 Excel 文件（可先下载导入模板）' }], '无法读取文件');
        return;
      }
      if (sheet.missingHeaders.length) {
        await fail(sheet.missingHeaders.map((header) => ({ row: 1, column: header, message: `缺少“${header}”列，请使用导入模板` })), '文件缺少必需的列');
        return;
      }
      if (sheet.rows.length === 0) {
        await fail([{ row: 0, column: '', message: '文件中没有数据行' }], '文件中没有数据行');
        return;
      }
      if (sheet.rows.length > MAX_ROWS) {
        await fail([{ row: 0, column: '', message: `一次最多导入 ${MAX_ROWS} 行，请拆分文件` }], '文件行数超过上限');
        return;
      }
      const totalRows = sheet.rows.length;
      await update({ totalRows });

      const { households, errors, skippedRows, skippedHouseholds } = await this.validate(em, sheet.rows, mayRegisterLiftedOut(actor));
      em.clear();
      const errorList = errors.sorted();
      if (errorList.length && (!validOnly || households.length === 0)) {
        await fail(errorList, `校验未通过：共 ${errorList.length} 处错误，${validOnly ? '没有无误的农户可导入' : '未导入任何数据'}`);
        return;
      }
      await update({
        status: ImportStatus.IMPORTING, processedRows: skippedRows, skippedHouseholds,
        errors: errorList.slice(0, MAX_STORED_ERRORS), errorCount: errorList.length,
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
            for (const member of members) tx.create(Member, { ...member, householdId: household.id, divisionCode: household.divisionCode });
          }
          await tx.flush();
          tx.clear();
          const members = batch.reduce((n, h) => n + h.members.length, 0);
          imported = { households: imported.households + batch.length, members: imported.members + members };
          processedRows += members;
          await update({ processedRows, importedHouseholds: imported.households, importedMembers: imported.members });
        }
        await tx.commit();
      } catch (error) {
        imported = { households: 0, members: 0 };
        await tx.rollback().catch(() => undefined);
        throw error;
      }

      const skipped = skippedHouseholds ? `；${skippedHouseholds} 户因有错误未导入（共 ${errorList.length} 处错误）` : '';
      await update({ status: ImportStatus.SUCCEEDED, processedRows: totalRows, message: `导入完成：${imported.households} 户、${imported.members} 人${skipped}`, finishedAt: new Date() });
    } catch (error) {
      const reason = error instanceof UniqueConstraintViolationException
        ? '有身份证号或户编号刚被他人登记'
        : error instanceof AppError ? error.message : '服务器内部错误，请联系管理员';
      if (!(error instanceof AppError)) console.error(`[import] job ${jobId} (${actor.name}):`, error);
      const message = `导入中断：${reason}。未导入任何数据，可重新上传同一文件`;
      await update({ status: ImportStatus.FAILED, message, importedHouseholds: 0, importedMembers: 0, finishedAt: new Date() }).catch((e) => console.error(`[import] job ${jobId}:`, e));
    }
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
        if (key !== 'idNumber') errors.add(row.row, key, `${column(key).header}位数过多，Excel 已改变末几位：请将该列设为文本格式后重新填写`);
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
          const field = String(error.extensions.field ?? '').split('.').pop()!;
          errors.add(row.row, column(field) ? field : null, error.message.replace(/^[^：]*：/, ''));
        }
      }
      if (heads.length === 0 && relationsKnown) errors.add(group.rows[0].row, 'relation', `户编号 ${group.householdNumber} 没有户主：每户须有且只有一名户主`);
      for (const extra of heads.slice(1)) errors.add(extra, 'relation', `该户已有户主（第 ${heads[0]} 行）：每户只能有一名户主`);
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
      if (liftedOutYear === null || liftedOutYear < 2013 || liftedOutYear > thisYear) errors.add(row.row, 'liftedOutYear', `脱贫户须填写脱贫年度（2013 至 ${thisYear} 年）`);
    } else if (liftedOutYear !== null) {
      errors.add(row.row, 'liftedOutYear', '一般农户不填脱贫年度');
    }
    const flags = Object.fromEntries(['noLabourCapacity', 'minimumLivingAllowance', 'extremePoverty', 'relocated'].map((key) => [key, boolValue(row, key, errors) ?? false]));
    const fields = {
      householdNumber: group.householdNumber,
      divisionCode: text('divisionCode'),
      address: text('address'),
      phone: text('phone') || null,
      registrationStatus,
      liftedOutYear: registrationStatus === RegistrationStatus.LIFTED_OUT ? liftedOutYear : null,
      ...(flags as Pick<PreparedHousehold, 'noLabourCapacity' | 'minimumLivingAllowance' | 'extremePoverty' | 'relocated'>),
    };
    // The same constraints as the createHousehold input (户编号, 区划代码, 住址 and 电话 formats).
    const input = Object.assign(new CreateHouseholdInput(), { ...fields, phone: fields.phone ?? undefined, members: [{}] });
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
    if (row.inexact.has('idNumber')) return void errors.add(row.row, 'idNumber', '身份证号被存成了数字，末几位已丢失：请将该列设为文本格式后重新填写');
    const parsed = parseIdNumber(raw);
    if (isParseError(parsed)) return void errors.add(row.row, 'idNumber', parsed.error);
    return parsed.idNumber;
  }

  /** Villages are looked up through the jurisdiction filter: one outside it is as unknown as one that does not exist. */
  private async checkVillages(em: EntityManager, groups: Map<string, Group>, errors: RowErrors): Promise<void> {
    const codes = [...new Set([...groups.values()].filter((g) => g.household).map((g) => g.household!.divisionCode))];
    const found = new Map((await em.find(Division, { code: { $in: codes } }, { fields: ['code', 'level'], disableIdentityMap: true })).map((d) => [d.code, d.level]));
    for (const group of groups.values()) {
      if (!group.household) continue;
      const level = found.get(group.household.divisionCode);
      if (!level) errors.add(group.rows[0].row, 'divisionCode', '村代码不存在或不在辖区内');
      else if (level !== DivisionLevel.VILLAGE) errors.add(group.rows[0].row, 'divisionCode', '农户须登记在村（社区）一级，请填写村代码');
    }
  }

  /** One person, one active registration, anywhere: checked beyond the jurisdiction, without saying where. */
  private async checkRegistered(em: EntityManager, idRows: Map<string, number>, errors: RowErrors): Promise<void> {
    const ids = [...idRows.keys()];
    for (let i = 0; i < ids.length; i += ID_LOOKUP_CHUNK) {
      const taken = await em.find(Member, { idNumber: { $in: ids.slice(i, i + ID_LOOKUP_CHUNK) }, status: MemberStatus.ACTIVE }, { filters: false, fields: ['idNumber'], disableIdentityMap: true });
      for (const member of taken) errors.add(idRows.get(member.idNumber)!, 'idNumber', '身份证号已在其他农户登记');
    }
  }

  /** 户编号 is unique across the system (archived households included). */
  private async checkHouseholdNumbers(em: EntityManager, groups: Map<string, Group>, errors: RowErrors): Promise<void> {
    const numbers = [...groups.keys()];
    for (let i = 0; i < numbers.length; i += ID_LOOKUP_CHUNK) {
      const taken = await em.find(Household, { householdNumber: { $in: numbers.slice(i, i + ID_LOOKUP_CHUNK) } }, { filters: false, fields: ['householdNumber'], disableIdentityMap: true });
      for (const household of taken) errors.add(groups.get(household.householdNumber)!.rows[0].row, 'householdNumber', `户编号 ${household.householdNumber} 已存在`);
    }
  }
}

function enumValue<E extends string>(row: SheetRow, key: string, errors: RowErrors): E | undefined {
  const text = row.cells[key] ?? '';
  if (!text) return undefined;
  const spec = column(key);
  const value = fromLabel(spec.labels as Record<E, string>, text);
  if (!value) errors.add(row.row, key, `“${text}”不是有效的${spec.header}，可填：${Object.values(spec.labels!).join('、')}`);
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
  return can(actor, Permission.HOUSEHOLD_REGISTRATION_WRITE) && levelOfCode(actor.divisionCode) === DivisionLevel.COUNTY;
}
