import { raw, type ObjectQuery } from '@mikro-orm/core';
import type { Context } from '../../context';
import { badInput } from '../../common/errors';
import { uuidArray } from '../../common/ids';
import type { XlsxColumn } from '../../common/xlsx-stream';
import { scopedSql } from '../../jurisdiction/scoped-sql';
import { ExportKind, type ExportJob } from '../imports/export-job.entity';
import type { ExportJobService, ExportOutcome, ExportRun, ExportSource } from '../imports/export-job.service';
import type { CaseFilterArgs } from './case.inputs';
import type { CaseService } from './case.service';
import { MonitoringCase } from './monitoring-case.entity';
import { CASE_STATE_LABELS, RISK_SOURCE_LABELS, type CaseState, type RiskSource } from './monitoring.enums';
import { MONITORING_CATEGORY_LABELS, type MonitoringCategory } from '../households/household.enums';

/** Cases per detail statement. */
const PAGE = 2000;
/** Far above a county's cases (a league-city of a million households has about 100,000 in all). */
export const MAX_EXPORT_CASES = 200_000;

export const CASE_EXPORT_COLUMNS: readonly XlsxColumn[] = [
  { header: '户编号', width: 20, text: true },
  { header: '旗县（区）', width: 12 },
  { header: '乡镇（街道）', width: 12 },
  { header: '村（社区）', width: 12 },
  { header: '户主', width: 10 },
  { header: '家庭人口', width: 9 },
  { header: '监测对象类别', width: 14 },
  { header: '当前环节', width: 14 },
  { header: '线索来源', width: 12 },
  { header: '识别理由', width: 48 },
  { header: '线索产生日期', width: 12 },
  { header: '进入当前环节时间', width: 17 },
  { header: '已停留天数', width: 10 },
  { header: '是否逾期', width: 9 },
  { header: '公示截止日期', width: 12 },
  { header: '认定日期', width: 12 },
  { header: '风险消除日期', width: 12 },
];

interface CaseExportRow {
  id: string;
  state: CaseState;
  category: MonitoringCategory;
  source: RiskSource;
  reasons: string[];
  opened_on: string;
  state_changed_at: Date;
  state_changed_text: string;
  waited_days: number;
  notice_ends_on: string | null;
  identified_on: string | null;
  closed_on: string | null;
  household_number: string;
  member_count: number;
  head_name: string | null;
  village_name: string | null;
  township_name: string | null;
  county_name: string | null;
}

/**
 * 监测案卷导出: the case list as filtered in the console (or the cases ticked in it), one row per
 * case, sorted by 户编号, with the places by name and times in China time. Names and places only:
 * no ID numbers or phones leave this way, so nothing is masked and the file is no read of
 * personal data beyond what the list itself shows.
 */
export class CaseExportService {
  constructor(
    private readonly cases: CaseService,
    private readonly exportJobs: ExportJobService,
  ) {}

  async start(ctx: Context, filter: CaseFilterArgs): Promise<ExportJob> {
    return this.exportJobs.start(ctx, await this.source(ctx, filter));
  }

  /** The export as a job describes it; built again by the worker from the criteria kept on the job. */
  async source(ctx: Context, filter: CaseFilterArgs): Promise<ExportSource> {
    const criteria = { ...filter };
    const where = await this.cases.conditions(ctx, criteria);
    const count = await ctx.em.count(MonitoringCase, where);
    if (count > MAX_EXPORT_CASES) {
      throw badInput(
        'divisionCode',
        `符合条件的案卷共 ${count} 件，超过单次导出上限 ${MAX_EXPORT_CASES} 件，请缩小筛选范围`,
      );
    }
    const overdueDays = await this.cases.overdueDays(ctx);
    return {
      kind: ExportKind.MONITORING_CASES,
      title: '监测案卷',
      sheetName: '监测案卷',
      columns: CASE_EXPORT_COLUMNS,
      criteria,
      expectedRows: count,
      masked: false,
      write: (run) => this.write(run, where, overdueDays),
    };
  }

  /** `where` is the list's conditions as the request built them (its 逾期 cut-off fixed at the start). */
  private async write(
    { em, actor, requestId, add, progress }: ExportRun,
    where: ObjectQuery<MonitoringCase>,
    overdueDays: number,
  ): Promise<ExportOutcome> {
    // The cases through the list's own conditions and the ORM's jurisdiction filter, with their
    // 户编号 to sort by (the list pages by waiting time; a file is read by household).
    const qb = em
      .createQueryBuilder(MonitoringCase, 'c')
      .select([
        'c.id',
        raw('(select h.household_number from household h where h.id = c.household_id) as household_number'),
      ])
      .where(where);
    await qb.applyFilters();
    const found = await qb.execute<Array<{ id: string; household_number: string }>>('all', false);
    found.sort((a, b) =>
      a.household_number < b.household_number ? -1 : a.household_number > b.household_number ? 1 : a.id < b.id ? -1 : 1,
    );
    const scoped = scopedSql({ em, actor, requestId });
    let rows = 0;
    for (let start = 0; start < found.length; start += PAGE) {
      const ids = found.slice(start, start + PAGE).map((c) => c.id);
      const details = await scoped.query<CaseExportRow>`
        select c.id, c.state, c.category, c.source, c.reasons, to_char(c.opened_on, 'YYYY-MM-DD') as opened_on, c.state_changed_at,
               to_char(c.state_changed_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD HH24:MI') as state_changed_text,
               floor(extract(epoch from now() - c.state_changed_at) / 86400)::int as waited_days,
               to_char(c.notice_ends_on, 'YYYY-MM-DD') as notice_ends_on, to_char(c.identified_on, 'YYYY-MM-DD') as identified_on,
               to_char(c.closed_on, 'YYYY-MM-DD') as closed_on,
               h.household_number, h.member_count,
               (select m.name from household_member m where m.household_id = h.id and m.relation = 'HEAD' and m.status = 'ACTIVE' order by m.id limit 1) as head_name,
               v.name as village_name, t.name as township_name, co.name as county_name
          from monitoring_case c
          join household h on h.id = c.household_id
          left join division v on v.code = c.division_code
          left join division t on t.code = substr(c.division_code, 1, 9) || '000'
          left join division co on co.code = substr(c.division_code, 1, 6) || '000000'
         where c.id = any(${uuidArray(ids)}::uuid[]) and ${scoped.inScope('c.division_code')}`;
      const byId = new Map(details.map((d) => [d.id, d]));
      for (const id of ids) {
        const c = byId.get(id);
        if (!c) continue;
        await add([
          c.household_number,
          c.county_name,
          c.township_name,
          c.village_name,
          c.head_name,
          c.member_count,
          MONITORING_CATEGORY_LABELS[c.category],
          CASE_STATE_LABELS[c.state],
          RISK_SOURCE_LABELS[c.source],
          c.reasons.join('；'),
          c.opened_on,
          c.state_changed_text,
          c.waited_days,
          this.cases.isOverdue(c.state, new Date(c.state_changed_at), overdueDays) ? '是' : '否',
          c.notice_ends_on,
          c.identified_on,
          c.closed_on,
        ]);
        rows += 1;
      }
      await progress(rows);
    }
    return { rows, message: `导出完成：${rows} 件案卷` };
  }
}
