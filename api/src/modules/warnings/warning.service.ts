import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import type { Context } from '../../context';
import type { Actor } from '../../auth/actor';
import { runInBackground } from '../../common/background';
import { isIsoDate, todayInChina } from '../../common/dates';
import { AppError, badInput, conflict, notFound, staleVersion } from '../../common/errors';
import type { Page } from '../../common/pagination';
import { divisionCondition, findPage } from '../../jurisdiction/division-list';
import { isUuid } from '../../common/ids';
import { User } from '../users/user.entity';
import { Department } from '../users/department';
import { isParseError, parseIdNumber } from '../households/id-number';
import type { CaseService } from '../monitoring/case.service';
import { MonitoringCase } from '../monitoring/monitoring-case.entity';
import { RiskFactor } from '../monitoring/risk-factor.entity';
import { MonitoringCategory, RiskSource, RiskType } from '../monitoring/monitoring.enums';
import { OPEN_STATES } from '../monitoring/procedure.rules';
import type { PolicyService } from '../monitoring/policy.service';
import { BatchStatus, DepartmentBatch, DepartmentRecordKind, DepartmentWarning, WarningStatus } from './warning.entity';
import type { DepartmentRecordInput, WarningListArgs } from './warning.inputs';
import { readDepartmentSheet } from './department-excel';
import { decodeFile } from '../../common/files';
import { scopedSql, sqlText, type ScopedSql } from '../../jurisdiction/scoped-sql';

export const MAX_RECORDS = 200_000;
const CHUNK = 10_000;
const KEEP_UNMATCHED = 1000;

const RISK_OF_KIND: Record<DepartmentRecordKind, RiskType> = {
  [DepartmentRecordKind.MEDICAL_SELF_PAY]: RiskType.ILLNESS,
  [DepartmentRecordKind.DISASTER_LOSS]: RiskType.DISASTER,
  [DepartmentRecordKind.DISABILITY_CERTIFIED]: RiskType.DISABILITY,
  [DepartmentRecordKind.UNSAFE_HOUSING]: RiskType.HOUSING_SAFETY,
};

interface CleanRecord { id_number: string; kind: DepartmentRecordKind; amount: string | null; grade: number | null; occurred_on: string }

/**
 * 部门筛查预警: departments submit records keyed by ID number; each is matched to a registered
 * person inside the submitter's jurisdiction, and those over the policy threshold become warnings
 * in the owning county's queue. Matching is set-based SQL over chunks of 10,000 records.
 */
export class WarningService {
  constructor(private readonly policies: PolicyService, private readonly cases: CaseService) {}

  /** Records sent as JSON, or a department's .xlsx (columns in department-excel.ts). */
  async submit(ctx: Context, input: { records?: DepartmentRecordInput[] | null; fileBase64?: string | null }, department?: Department): Promise<DepartmentBatch> {
    const actor = ctx.actor!;
    let records = input.records ?? [];
    let rowLabel = (index: number) => `第 ${index + 1} 条`;
    const problems: string[] = [];
    if (input.fileBase64) {
      let sheet;
      try {
        sheet = await readDepartmentSheet(decodeFile(input.fileBase64));
      } catch (error) {
        if (error instanceof AppError) throw error;
        throw badInput('fileBase64', '无法读取文件，请上传 .xlsx 格式的 Excel 文件');
      }
      if (sheet.records.length === 0 && sheet.problems.length) throw badInput('fileBase64', sheet.problems[0]);
      records = sheet.records;
      problems.push(...sheet.problems);
      rowLabel = (index: number) => `第 ${sheet.rows[index]} 行`;
    }
    if (records.length === 0) throw badInput('records', '没有要报送的记录');
    if (records.length > MAX_RECORDS) throw badInput('records', `一次最多报送 ${MAX_RECORDS} 条，请分批`);
    const own = actor.kind === 'USER' ? (await ctx.em.findOne(User, { id: actor.id! }))?.department : null;
    const from = department ?? own;
    if (!from) throw badInput('department', '请指明报送部门');
    const batch = ctx.em.create(DepartmentBatch, { department: from, divisionCode: actor.divisionCode, submittedBy: actor.name, total: records.length + problems.length });
    await ctx.em.flush();
    void runInBackground(ctx, (em, jobActor, requestId) => this.process(em, jobActor, requestId, batch.id, from, records, rowLabel, problems));
    return batch;
  }

  async getBatch(ctx: Context, id: string): Promise<DepartmentBatch> {
    const batch = isUuid(id) ? await ctx.em.findOne(DepartmentBatch, { id }) : null;
    if (!batch) throw notFound('报送批次');
    return batch;
  }

  async listBatches(ctx: Context, offset: number, limit: number): Promise<Page<DepartmentBatch>> {
    return findPage(ctx.em, DepartmentBatch, {}, { offset, limit }, { createdAt: 'desc' });
  }

  async list(ctx: Context, args: WarningListArgs): Promise<Page<DepartmentWarning>> {
    const where: FilterQuery<DepartmentWarning> = { ...divisionCondition(args.divisionCode) };
    if (args.status) where.status = args.status;
    return findPage(ctx.em, DepartmentWarning, where, args, { createdAt: 'asc', id: 'asc' });
  }

  /** 研判: the county turns a warning into a lead (or attaches it to the household's open case). */
  async convert(ctx: Context, id: string, version: number, category: MonitoringCategory): Promise<DepartmentWarning> {
    const warning = await this.getPending(ctx, id, version);
    const open = await ctx.em.findOne(MonitoringCase, { householdId: warning.householdId, state: { $in: OPEN_STATES } });
    return ctx.em.transactional(async (em) => {
      em.create(RiskFactor, {
        householdId: warning.householdId, memberId: warning.memberId, divisionCode: warning.divisionCode,
        type: RISK_OF_KIND[warning.kind], amount: warning.amount ?? null, occurredOn: warning.occurredOn,
        source: RiskSource.DEPARTMENT_WARNING, note: warning.reason,
      });
      const target = open ?? this.cases.createLead(em, ctx.actor!, { id: warning.householdId, divisionCode: warning.divisionCode }, category, RiskSource.DEPARTMENT_WARNING, [warning.reason]);
      Object.assign(warning, { status: WarningStatus.CONVERTED, caseId: target.id, handledBy: ctx.actor!.name, handleNote: open ? '该户已有未办结案卷，预警并入该案卷' : '已转为线索' });
      await em.flush();
      return warning;
    });
  }

  async dismiss(ctx: Context, id: string, version: number, reason: string): Promise<DepartmentWarning> {
    if (!reason.trim()) throw badInput('reason', '排除预警须填写理由');
    const warning = await this.getPending(ctx, id, version);
    Object.assign(warning, { status: WarningStatus.DISMISSED, handledBy: ctx.actor!.name, handleNote: reason.trim() });
    await ctx.em.flush();
    return warning;
  }

  private async getPending(ctx: Context, id: string, version: number): Promise<DepartmentWarning> {
    const warning = isUuid(id) ? await ctx.em.findOne(DepartmentWarning, { id }) : null;
    if (!warning) throw notFound('预警');
    if (warning.version !== version) throw staleVersion('预警');
    if (warning.status !== WarningStatus.PENDING) throw conflict('该预警已处理');
    return warning;
  }

  /** The background part: validate, then match and warn chunk by chunk, recording progress. */
  private async process(em: EntityManager, actor: Actor, requestId: string, batchId: string, department: Department, records: DepartmentRecordInput[],
    rowLabel: (index: number) => string, unreadable: string[]): Promise<void> {
    const progress = (data: Partial<DepartmentBatch>) => em.nativeUpdate(DepartmentBatch, { id: batchId }, { ...data, updatedAt: new Date() });
    const totals = { processed: 0, matched: 0, warnings: 0, unmatchedCount: 0 };
    const unmatched: string[] = [];
    const invalid: string[] = [...unreadable];
    try {
      const today = todayInChina();
      const clean: CleanRecord[] = [];
      records.forEach((record, index) => {
        const parsed = parseIdNumber(record.idNumber);
        const problem = isParseError(parsed) ? parsed.error
          : !isIsoDate(record.occurredOn) || record.occurredOn > today ? '发生日期应为不晚于今天的 YYYY-MM-DD'
          : record.kind === DepartmentRecordKind.DISABILITY_CERTIFIED && !(record.grade && record.grade >= 1 && record.grade <= 4) ? '残疾等级应为 1-4'
          : (record.kind === DepartmentRecordKind.MEDICAL_SELF_PAY || record.kind === DepartmentRecordKind.DISASTER_LOSS) && !record.amount ? '缺少金额'
          : null;
        if (problem || isParseError(parsed)) invalid.push(`${rowLabel(index)}：${problem}`);
        else clean.push({ id_number: parsed.idNumber, kind: record.kind, amount: record.amount ?? null, grade: record.grade ?? null, occurred_on: record.occurredOn });
      });
      totals.processed = records.length - clean.length + unreadable.length;
      await progress({ ...totals, invalid: invalid.slice(0, KEEP_UNMATCHED) });

      const year = Number(today.slice(0, 4));
      const thresholds = (await this.policies.villagePolicies(em, { code: actor.divisionCode }, actor.scopePrefix, year, ['medicalSelfPayThreshold', 'disasterLossThreshold'] as const))
        .map((v) => ({ village: v.village, medical: v.medicalSelfPayThreshold, disaster: v.disasterLossThreshold }));
      // All chunks in one transaction: a failure, or the process dying midway, leaves no warning of
      // the batch behind, and the same records can be submitted again. Progress is written outside it.
      const tx = em.fork();
      await tx.begin();
      const scoped = scopedSql({ em: tx, actor, requestId });
      try {
        for (let start = 0; start < clean.length; start += CHUNK) {
          const chunk = clean.slice(start, start + CHUNK);
          const [result] = await matchChunk(scoped, chunk, thresholds, batchId, department);
          totals.processed += chunk.length;
          totals.matched += Number(result.matched);
          totals.warnings += Number(result.warnings);
          totals.unmatchedCount += Number(result.unmatched_count);
          unmatched.push(...result.unmatched.slice(0, Math.max(0, KEEP_UNMATCHED - unmatched.length)));
          await progress({ ...totals, unmatched });
        }
        await tx.commit();
      } catch (error) {
        await tx.rollback().catch(() => undefined);
        throw error;
      }
      await progress({
        status: BatchStatus.SUCCEEDED,
        message: `处理完成：${records.length + unreadable.length} 条，匹配 ${totals.matched} 条，生成预警 ${totals.warnings} 条，未匹配 ${totals.unmatchedCount} 条，格式错误 ${invalid.length} 条`,
      });
    } catch (error) {
      console.error(`[department-batch] ${batchId}:`, error);
      await progress({ status: BatchStatus.FAILED, warnings: 0, message: `处理中断，未生成任何预警，可重新报送同一批数据；如仍失败请联系管理员` }).catch(() => undefined);
    }
  }
}

/**
 * One chunk: match by ID number inside the jurisdiction, keep those over the village's threshold
 * (医疗自付 / 灾害损失 over the policy amount, 残疾 grade 1–2, every 危房), skip what was already
 * warned (same person, kind and date), insert warnings and their audit entries, report unmatched IDs.
 */
function matchChunk(scoped: ScopedSql, chunk: CleanRecord[], thresholds: unknown[], batchId: string, department: Department) {
  return scoped.query<{ matched: string; warnings: string; unmatched_count: string; unmatched: string[] }>`
  with rec as (
    select * from jsonb_to_recordset(${JSON.stringify(chunk)}::jsonb) as r(id_number varchar, kind department_record_kind, amount numeric, grade int, occurred_on date)
  ), pol as (
    select * from jsonb_to_recordset(${JSON.stringify(thresholds)}::jsonb) as p(village varchar, medical numeric, disaster numeric)
  ), matched as (
    select r.*, m.id as member_id, m.household_id, m.division_code, m.name
    from rec r join household_member m on m.id_number = r.id_number and m.status = 'ACTIVE' and ${scoped.inScope('m.division_code')}
  ), over as (
    select x.*, case x.kind
        when 'MEDICAL_SELF_PAY' then format('%s 医疗费用自付 %s 元，超过预警标准 %s 元', x.name, x.amount, p.medical)
        when 'DISASTER_LOSS' then format('%s 灾害损失 %s 元，超过预警标准 %s 元', x.name, x.amount, p.disaster)
        when 'DISABILITY_CERTIFIED' then format('%s 新认定为 %s 级残疾', x.name, x.grade)
        else format('%s 所住房屋鉴定为危房', x.name) end as reason
    from matched x left join pol p on p.village = x.division_code
    where case x.kind
        when 'MEDICAL_SELF_PAY' then p.medical is not null and x.amount > p.medical
        when 'DISASTER_LOSS' then p.disaster is not null and x.amount > p.disaster
        when 'DISABILITY_CERTIFIED' then x.grade <= 2
        else true end
      and not exists (select 1 from department_warning w where w.member_id = x.member_id and w.kind = x.kind and w.occurred_on = x.occurred_on)
  ), inserted as (
    insert into department_warning (id, created_at, updated_at, version, batch_id, household_id, member_id, division_code, department, kind, amount, grade, occurred_on, reason, status)
    select gen_random_uuid(), now(), now(), 1, ${batchId}::uuid, o.household_id, o.member_id, o.division_code, ${department}::department, o.kind, o.amount, o.grade, o.occurred_on, o.reason, 'PENDING'
    from (select distinct on (member_id, kind, occurred_on) * from over) o
    returning id, division_code, household_id, kind, reason
  ), audited as (
    ${scoped.auditInsert({
      entityName: 'DepartmentWarning', from: 'inserted i', entityId: 'i.id::text', divisionCode: 'i.division_code',
      changes: `jsonb_build_object('householdId', i.household_id, 'kind', i.kind, 'reason', i.reason)`,
    })}
    returning 1
  )
  select (select count(*) from matched) as matched,
         (select count(*) from inserted) + 0 * (select count(*) from audited) as warnings,
         (select count(*) from rec r where not exists (select 1 from matched m where m.id_number = r.id_number)) as unmatched_count,
         coalesce((select array_agg(id_number) from (select distinct r.id_number from rec r
           where not exists (select 1 from matched m where m.id_number = r.id_number) limit ${sqlText(String(KEEP_UNMATCHED))}) u), '{}') as unmatched`;
}

