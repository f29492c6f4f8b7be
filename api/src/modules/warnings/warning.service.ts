import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import type { Context } from '../../context';
import type { Actor } from '../../auth/actor';
import { TASKS, enqueue, storeActor, type JobPayload } from '../../common/job-queue';
import { deleteStoredFile, loadStoredFile, storeFile } from '../../common/stored-files';
import { isIsoDate, todayInChina } from '../../common/dates';
import { AppError, badInput, conflict, notFound, staleVersion } from '../../common/errors';
import type { Page } from '../../common/pagination';
import { countyKeyOf, divisionArgumentPrefix, divisionCondition, findPage } from '../../jurisdiction/division-list';
import { isUuid } from '../../common/ids';
import { User } from '../users/user.entity';
import { Department } from '../users/department';
import { isParseError, parseIdNumber } from '../households/id-number';
import type { CaseService } from '../monitoring/case.service';
import { MonitoringCase } from '../monitoring/monitoring-case.entity';
import { RiskFactor } from '../monitoring/risk-factor.entity';
import { RiskSource, RiskType } from '../monitoring/monitoring.enums';
import { MonitoringCategory } from '../households/household.enums';
import { OPEN_STATES } from '../monitoring/procedure.rules';
import type { PolicyService } from '../monitoring/policy.service';
import {
  AMOUNT_KINDS,
  BatchStatus,
  DEPARTMENT_RECORD_KIND_LABELS,
  DepartmentBatch,
  DepartmentRecordKind,
  DepartmentWarning,
  RIGID_EXPENDITURE_KINDS,
  WarningStatus,
} from './warning.entity';
import type { DepartmentRecordInput, WarningListArgs } from './warning.inputs';
import { readDepartmentSheet } from './department-excel';
import { decodeFile } from '../../common/files';
import { scopedSql, sqlText, type ScopedSql } from '../../jurisdiction/scoped-sql';

export const MAX_RECORDS = 200_000;
const CHUNK = 10_000;
const KEEP_UNMATCHED = 1000;

/** Regional default when no policy sets the window (部门预警汇总月数); the seeded policy sets 12 too. */
const DEFAULT_WINDOW_MONTHS = 12;
const WARNING_POLICY_FIELDS = [
  'incomeLine',
  'rigidExpenditureShare',
  'incomeDropShare',
  'medicalSelfPayThreshold',
  'disasterLossThreshold',
  'warningWindowMonths',
  'disabilityWarningGrade',
] as const;

const RISK_OF_KIND: Record<DepartmentRecordKind, RiskType> = {
  [DepartmentRecordKind.MEDICAL_SELF_PAY]: RiskType.ILLNESS,
  [DepartmentRecordKind.DISASTER_LOSS]: RiskType.DISASTER,
  [DepartmentRecordKind.DISABILITY_CERTIFIED]: RiskType.DISABILITY,
  [DepartmentRecordKind.UNSAFE_HOUSING]: RiskType.HOUSING_SAFETY,
  [DepartmentRecordKind.SCHOOLING_COST]: RiskType.SCHOOLING,
  [DepartmentRecordKind.INCOME_LOSS]: RiskType.INCOME_DROP,
  [DepartmentRecordKind.ASSISTANCE_APPLICATION]: RiskType.EXPENDITURE_SURGE,
};

/** A batch as the job worker receives it (stored_file, JSON): the records and the sheet's row numbers. */
interface StoredBatch {
  department: Department;
  records: DepartmentRecordInput[];
  rows: number[] | null;
  problems: string[];
}

interface CleanRecord {
  id_number: string;
  kind: DepartmentRecordKind;
  amount: string | null;
  grade: number | null;
  occurred_on: string;
}

/**
 * 部门筛查预警: departments submit records keyed by ID number; each is matched to a registered
 * person inside the submitter's jurisdiction, and those over the policy threshold become warnings
 * in the owning county's queue. Matching is set-based SQL: the records are staged in chunks of
 * 10,000, then matched in one statement.
 */
export class WarningService {
  constructor(
    private readonly policies: PolicyService,
    private readonly cases: CaseService,
  ) {}

  /** Records sent as JSON, or a department's .xlsx (columns in department-excel.ts). */
  async submit(
    ctx: Context,
    input: { records?: DepartmentRecordInput[] | null; fileBase64?: string | null },
    department?: Department,
  ): Promise<DepartmentBatch> {
    const actor = ctx.actor!;
    let records = input.records ?? [];
    let sheetRows: number[] | null = null;
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
      sheetRows = sheet.rows;
    }
    if (records.length === 0) throw badInput('records', '没有要报送的记录');
    if (records.length > MAX_RECORDS) throw badInput('records', `一次最多报送 ${MAX_RECORDS} 条，请分批`);
    const own = actor.kind === 'USER' ? (await ctx.em.findOne(User, { id: actor.id! }))?.department : null;
    const from = department ?? own;
    if (!from) throw badInput('department', '请指明报送部门');
    // The records (with the sheet's row numbers) are stored for the job worker with the batch and
    // its queue entry, in one transaction.
    const stored: StoredBatch = { department: from, records, rows: sheetRows, problems };
    return ctx.em.transactional(async (em) => {
      const file = await storeFile(
        em,
        { kind: 'DEPARTMENT_RECORDS', ownerId: actor.id, expiresAt: new Date(Date.now() + 24 * 3600_000) },
        Buffer.from(JSON.stringify(stored)),
      );
      const batch = em.create(DepartmentBatch, {
        department: from,
        divisionCode: actor.divisionCode,
        submittedBy: actor.name,
        total: records.length + problems.length,
      });
      await em.flush();
      await enqueue(em, TASKS.DEPARTMENT_BATCH, {
        id: batch.id,
        requestId: ctx.requestId,
        actor: storeActor(actor),
        fileId: file.id,
      });
      return batch;
    });
  }

  /**
   * The queued work of a batch, run by a job worker as the submitter. Run again after its worker
   * died, it starts over: the matching is one transaction (rolled back with the dead connection)
   * that commits the batch's outcome with its warnings, so a finished batch is never redone.
   */
  async runBatch(ctx: Context, payload: JobPayload): Promise<void> {
    const batch = await ctx.em.findOne(DepartmentBatch, { id: payload.id }, { disableIdentityMap: true });
    if (!batch || batch.status !== BatchStatus.RUNNING) return;
    const content = payload.fileId ? await loadStoredFile(ctx.em, payload.fileId) : null;
    if (!content) {
      await ctx.em.nativeUpdate(
        DepartmentBatch,
        { id: batch.id },
        { status: BatchStatus.FAILED, message: '报送的数据已过期，请重新报送', updatedAt: new Date() },
      );
      return;
    }
    const { department, records, rows, problems } = JSON.parse(content.toString('utf8')) as StoredBatch;
    const rowLabel = rows ? (index: number) => `第 ${rows[index]} 行` : (index: number) => `第 ${index + 1} 条`;
    await this.process(ctx.em, ctx.actor!, ctx.requestId, batch.id, department, records, rowLabel, problems);
    await deleteStoredFile(ctx.em, payload.fileId!);
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
    const countyKey = countyKeyOf(ctx.actor!.scopePrefix, divisionArgumentPrefix(args.divisionCode));
    return findPage(ctx.em, DepartmentWarning, where, args, { createdAt: 'asc', id: 'asc' }, countyKey);
  }

  /** 研判: the county turns a warning into a lead (or attaches it to the household's open case). */
  async convert(ctx: Context, id: string, version: number, category: MonitoringCategory): Promise<DepartmentWarning> {
    const warning = await this.getPending(ctx, id, version);
    const open = await ctx.em.findOne(MonitoringCase, {
      householdId: warning.householdId,
      state: { $in: OPEN_STATES },
    });
    return ctx.em.transactional(async (em) => {
      em.create(RiskFactor, {
        householdId: warning.householdId,
        memberId: warning.memberId,
        divisionCode: warning.divisionCode,
        type: RISK_OF_KIND[warning.kind],
        amount: warning.amount ?? null,
        occurredOn: warning.occurredOn,
        source: RiskSource.DEPARTMENT_WARNING,
        note: warning.reason,
      });
      const target =
        open ??
        this.cases.createLead(
          em,
          ctx.actor!,
          { id: warning.householdId, divisionCode: warning.divisionCode },
          category,
          RiskSource.DEPARTMENT_WARNING,
          [warning.reason],
        );
      Object.assign(warning, {
        status: WarningStatus.CONVERTED,
        caseId: target.id,
        handledBy: ctx.actor!.name,
        handleNote: open ? '该户已有未办结案卷，预警并入该案卷' : '已转为线索',
      });
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
  private async process(
    em: EntityManager,
    actor: Actor,
    requestId: string,
    batchId: string,
    department: Department,
    records: DepartmentRecordInput[],
    rowLabel: (index: number) => string,
    unreadable: string[],
  ): Promise<void> {
    const progress = (data: Partial<DepartmentBatch>) =>
      em.nativeUpdate(DepartmentBatch, { id: batchId }, { ...data, updatedAt: new Date() });
    const totals = { processed: 0, matched: 0, warnings: 0, unmatchedCount: 0 };
    const unmatched: string[] = [];
    const invalid: string[] = [...unreadable];
    try {
      const today = todayInChina();
      const clean: CleanRecord[] = [];
      records.forEach((record, index) => {
        const parsed = parseIdNumber(record.idNumber);
        const problem = isParseError(parsed)
          ? parsed.error
          : !isIsoDate(record.occurredOn) || record.occurredOn > today
            ? '发生日期应为不晚于今天的 YYYY-MM-DD'
            : record.kind === DepartmentRecordKind.DISABILITY_CERTIFIED &&
                !(record.grade && record.grade >= 1 && record.grade <= 4)
              ? '残疾等级应为 1-4'
              : AMOUNT_KINDS.includes(record.kind) && !record.amount
                ? '缺少金额'
                : record.amount && !(Number(record.amount) > 0)
                  ? '金额应大于 0'
                  : null;
        if (problem || isParseError(parsed)) invalid.push(`${rowLabel(index)}：${problem}`);
        else
          clean.push({
            id_number: parsed.idNumber,
            kind: record.kind,
            amount: record.amount ?? null,
            grade: record.grade ?? null,
            occurred_on: record.occurredOn,
          });
      });
      totals.processed = records.length - clean.length + unreadable.length;
      await progress({ ...totals, invalid: invalid.slice(0, KEEP_UNMATCHED) });

      const year = Number(today.slice(0, 4));
      const policies = (
        await this.policies.villagePolicies(
          em,
          { code: actor.divisionCode },
          actor.scopePrefix,
          year,
          WARNING_POLICY_FIELDS,
        )
      ).map((v) => ({
        village: v.village,
        income_line: v.incomeLine,
        rigid_share: v.rigidExpenditureShare,
        drop_share: v.incomeDropShare,
        medical: v.medicalSelfPayThreshold,
        disaster: v.disasterLossThreshold,
        window_months: v.warningWindowMonths,
        disability_grade: v.disabilityWarningGrade,
      }));
      // All chunks in one transaction: a failure, or the process dying midway, leaves no warning of
      // the batch behind, and the same records can be submitted again. Progress is written outside it.
      const tx = em.fork();
      await tx.begin();
      const scoped = scopedSql({ em: tx, actor, requestId });
      try {
        // The records go into a staging table of the transaction in chunks of 10,000 (each chunk one
        // statement), then ONE statement matches them all: a household touched by several chunks
        // is summed and warned once, and no chunk re-reads the records the previous ones inserted.
        // A background job, not a request: the one matching statement of a large batch on a busy
        // server may run past the requests' statement_timeout (STATEMENT_TIMEOUT_MS), which would
        // fail the whole batch. Ten minutes still stops a runaway statement.
        await scoped.query`set local statement_timeout = '10min'`;
        await scoped.query`create temp table department_staging (id_number varchar(18), kind department_record_kind, amount numeric, grade int, occurred_on date) on commit drop`;
        for (let start = 0; start < clean.length; start += CHUNK) {
          await scoped.query`insert into department_staging
            select * from jsonb_to_recordset(${JSON.stringify(clean.slice(start, start + CHUNK))}::jsonb)
              as r(id_number varchar, kind department_record_kind, amount numeric, grade int, occurred_on date)`;
        }
        // Real row counts for the planner (a temporary table has no statistics until analysed).
        await scoped.query`analyze department_staging`;
        const [result] = await matchRecords(scoped, policies, batchId, department, today);
        totals.processed += clean.length;
        totals.matched += Number(result.matched);
        totals.warnings += Number(result.warnings);
        totals.unmatchedCount += Number(result.unmatched_count);
        unmatched.push(...result.unmatched.slice(0, KEEP_UNMATCHED));
        // The outcome commits with the warnings: a job run again after this point finds it done.
        await tx.nativeUpdate(
          DepartmentBatch,
          { id: batchId },
          {
            ...totals,
            unmatched,
            invalid: invalid.slice(0, KEEP_UNMATCHED),
            status: BatchStatus.SUCCEEDED,
            updatedAt: new Date(),
            message: `处理完成：${records.length + unreadable.length} 条，匹配 ${totals.matched} 条，生成预警 ${totals.warnings} 条，未匹配 ${totals.unmatchedCount} 条，格式错误 ${invalid.length} 条`,
          },
        );
        await tx.commit();
      } catch (error) {
        await tx.rollback().catch(() => undefined);
        throw error;
      }
    } catch (error) {
      console.error(`[department-batch] ${batchId}:`, error);
      await progress({
        status: BatchStatus.FAILED,
        warnings: 0,
        message: `处理中断，未生成任何预警，可重新报送同一批数据；如仍失败请联系管理员`,
      }).catch(() => undefined);
    }
  }
}

/** Kind labels for the reasons the statement writes. */
const KIND_LABELS_JSON = JSON.stringify(DEPARTMENT_RECORD_KIND_LABELS);

/**
 * The staged records, one statement: match by ID number inside the jurisdiction; keep each new record
 * (department_record, once per person, kind and date, so resubmitting adds nothing); then, for each
 * household that got a new amount record, sum all its members' records in the policy's window and
 * warn when (seed 000 "因学、因病、因灾、因残等情况导致家庭支出明显超过上年度家庭收入的，及时发布预警信息")
 * - rigid expenditure (医疗自付、灾害损失、教育支出) exceeds the policy share of last year's net income;
 * - per-capita income after the expenditure and lost income is at or below the income line (以下 includes it);
 * - lost income reaches the policy's income-drop share (seed 001 "支出骤增或收入骤减");
 * - optionally, one record exceeds the policy's absolute amount (医疗自付、灾害损失).
 * Single records warn by themselves: a disability grade at or above the policy's, every 危房, every
 * 个人救助申请 (seed 000 "旗县民政部门负责接受个人救助申请，纳入预警信息"). Warnings and their audit
 * entries are inserted in the same statement.
 */
function matchRecords(scoped: ScopedSql, policies: unknown[], batchId: string, department: Department, today: string) {
  const rigidKinds = `array[${RIGID_EXPENDITURE_KINDS.map((k) => `'${k}'`).join(', ')}]::department_record_kind[]`;
  return scoped.query<{ matched: string; warnings: string; unmatched_count: string; unmatched: string[] }>`
  with rec as (
    select * from department_staging
  ), pol as (
    select * from jsonb_to_recordset(${JSON.stringify(policies)}::jsonb)
      as p(village varchar, income_line numeric, rigid_share float8, drop_share float8, medical numeric, disaster numeric, window_months int, disability_grade int)
  ), labels as (select ${KIND_LABELS_JSON}::jsonb as l
  ), looked_up as (
    -- Each record looked up once; the unmatched are the rows without a member.
    select r.*, m.id as member_id, m.household_id, m.division_code, m.name
    from rec r left join household_member m on m.id_number = r.id_number and m.status = 'ACTIVE' and ${scoped.inScope('m.division_code')}
  ), matched as (
    select * from looked_up where member_id is not null
  ), new_records as (
    insert into department_record (id, created_at, batch_id, household_id, member_id, division_code, department, kind, amount, grade, occurred_on)
    select gen_random_uuid(), now(), ${batchId}::uuid, x.household_id, x.member_id, x.division_code, ${department}::department, x.kind, x.amount, x.grade, x.occurred_on
    from (select distinct on (member_id, kind, occurred_on) * from matched order by member_id, kind, occurred_on) x
    on conflict (member_id, kind, occurred_on) do nothing
    returning id, household_id, member_id, division_code, kind, amount, grade, occurred_on
  ), touched as (
    select distinct household_id from new_records where amount is not null and kind <> 'ASSISTANCE_APPLICATION'
  ), household_records as (
    -- earlier records of these households, plus this batch's (a statement does not see its own inserts)
    select d.id, d.household_id, d.member_id, d.kind, d.amount, d.occurred_on from department_record d
    where d.household_id in (select household_id from touched) and ${scoped.inScope('d.division_code')}
    union all
    select n.id, n.household_id, n.member_id, n.kind, n.amount, n.occurred_on from new_records n where n.household_id in (select household_id from touched)
  ), windowed as (
    select x.*, h.division_code, m.name, p.*
    from household_records x
    join household h on h.id = x.household_id
    join household_member m on m.id = x.member_id
    join pol p on p.village = h.division_code
    where x.amount is not null and x.kind <> 'ASSISTANCE_APPLICATION'
      and x.occurred_on > (${today}::date - make_interval(months => coalesce(p.window_months, ${sqlText(String(DEFAULT_WINDOW_MONTHS))})))::date
  ), sums as (
    select w.household_id, min(w.division_code) as division_code,
      coalesce(sum(w.amount) filter (where w.kind = any(${sqlText(rigidKinds)})), 0) as rigid,
      coalesce(sum(w.amount) filter (where w.kind = 'INCOME_LOSS'), 0) as loss,
      string_agg(format('%s%s %s 元', w.name, (select l from labels) ->> w.kind::text, w.amount), '、' order by w.occurred_on, w.name) as detail,
      string_agg(case when (w.kind = 'MEDICAL_SELF_PAY' and w.amount > w.medical) or (w.kind = 'DISASTER_LOSS' and w.amount > w.disaster)
        then format('%s%s %s 元超过单项预警标准 %s 元', w.name, (select l from labels) ->> w.kind::text, w.amount, case when w.kind = 'MEDICAL_SELF_PAY' then w.medical else w.disaster end) end, '；') as over_amount,
      (array_agg(w.kind order by w.amount desc))[1] as kind,
      case when count(distinct w.member_id) = 1 then min(w.member_id::text)::uuid end as member_id,
      max(w.occurred_on) as occurred_on, array_agg(w.id order by w.occurred_on) as record_ids,
      min(w.income_line) as income_line, min(w.rigid_share) as rigid_share, min(w.drop_share) as drop_share
    from windowed w group by w.household_id
  ), last_income as (
    select distinct on (i.household_id) i.household_id, i.year, i.net_income, greatest(i.member_count, 1) as member_count
    from household_income i
    where i.household_id in (select household_id from touched) and i.year < ${Number(today.slice(0, 4))} and ${scoped.inScope('i.division_code')}
    order by i.household_id, i.year desc
  ), household_warnings as (
    select s.*, array_to_string(array_remove(array[
      case when li.net_income is not null and s.rigid > 0 and s.rigid_share is not null and s.rigid > s.rigid_share * greatest(li.net_income, 0)
        then format('刚性支出 %s 元，超过上年度（%s 年）家庭纯收入 %s 元的 %s%%', s.rigid, li.year, li.net_income, round((s.rigid_share * 100)::numeric)) end,
      case when s.income_line is not null and round((li.net_income - s.rigid - s.loss) / li.member_count, 2) <= s.income_line
        then format('扣除后人均纯收入 %s 元，不高于监测收入线 %s 元', round((li.net_income - s.rigid - s.loss) / li.member_count, 2), s.income_line) end,
      case when li.net_income is not null and s.loss > 0 and s.drop_share is not null and s.loss >= s.drop_share * greatest(li.net_income, 0)
        then format('收入减少 %s 元，达上年度家庭纯收入 %s 元的 %s%% 以上', s.loss, li.net_income, round((s.drop_share * 100)::numeric)) end,
      s.over_amount
    ], null), '；') as rules
    from sums s left join last_income li on li.household_id = s.household_id
  ), single_warnings as (
    select n.household_id, n.member_id, n.division_code, n.kind, n.amount, n.grade, n.occurred_on, array[n.id] as record_ids,
      case n.kind
        when 'DISABILITY_CERTIFIED' then format('%s 新认定为 %s 级残疾（预警标准：%s 级及以上）', m.name, n.grade, p.disability_grade)
        when 'UNSAFE_HOUSING' then format('%s 所住房屋鉴定为危房', m.name)
        else format('%s 向民政部门申请个人救助%s', m.name, case when n.amount is not null then format('，申请金额 %s 元', n.amount) else '' end) end as reason
    from new_records n join household_member m on m.id = n.member_id left join pol p on p.village = n.division_code
    where (n.kind = 'DISABILITY_CERTIFIED' and p.disability_grade is not null and n.grade <= p.disability_grade)
       or n.kind in ('UNSAFE_HOUSING', 'ASSISTANCE_APPLICATION')
  ), warn as (
    select household_id, member_id, division_code, kind, rigid + loss as amount, null::int as grade, occurred_on, record_ids,
      left(format('%s：%s（%s）', rules, detail, '本户近期部门数据'), 500) as reason
    from household_warnings where rules <> ''
    union all
    select household_id, member_id, division_code, kind, amount, grade, occurred_on, record_ids, reason from single_warnings
  ), inserted as (
    insert into department_warning (id, created_at, updated_at, version, batch_id, household_id, member_id, division_code, department, kind, amount, grade, occurred_on, reason, status, record_ids)
    select gen_random_uuid(), now(), now(), 1, ${batchId}::uuid, o.household_id, o.member_id, o.division_code, ${department}::department, o.kind, o.amount, o.grade, o.occurred_on, o.reason, 'PENDING', o.record_ids
    from warn o
    returning id, division_code, household_id, kind, reason
  ), audited as (
    ${scoped.auditInsert({
      entityName: 'DepartmentWarning',
      from: 'inserted i',
      entityId: 'i.id::text',
      divisionCode: 'i.division_code',
      changes: `jsonb_build_object('householdId', i.household_id, 'kind', i.kind, 'reason', i.reason)`,
    })}
    returning 1
  )
  select (select count(*) from matched) as matched,
         (select count(*) from inserted) + 0 * (select count(*) from audited) as warnings,
         (select count(*) from looked_up where member_id is null) as unmatched_count,
         coalesce((select array_agg(id_number) from (select distinct id_number from looked_up
           where member_id is null limit ${sqlText(String(KEEP_UNMATCHED))}) u), '{}') as unmatched`;
}
