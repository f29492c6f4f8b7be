import type { Context } from '../../context';
import type { XlsxColumn } from '../../common/xlsx-stream';
import { ExportKind, type ExportJob } from '../imports/export-job.entity';
import type { ExportJobService, ExportSource } from '../imports/export-job.service';
import { RATIO_FLAG_LABELS } from './monitored.sql';
import { CASE_STATE_LABELS, CaseState } from './monitoring.enums';
import { MONITORING_CATEGORY_LABELS } from '../households/household.enums';
import type { SupervisionService } from './supervision.service';
import type { SupervisionRow } from './supervision.types';

/** A ratio as the page shows it: 5.3%, blank when the policy sets none. */
const percent = (ratio: number | null | undefined) =>
  ratio === null || ratio === undefined ? null : `${(ratio * 100).toFixed(1)}%`;

const STATES = Object.values(CaseState);

export const SUPERVISION_EXPORT_COLUMNS: readonly XlsxColumn[] = [
  { header: '区划', width: 16 },
  { header: '区划代码', width: 14, text: true },
  { header: '在册人口', width: 10 },
  { header: '建档立卡人口', width: 12 },
  { header: '监测对象人口', width: 12 },
  { header: '计入占比的监测对象人口', width: 14 },
  { header: '计入占比的类别', width: 24 },
  { header: '监测对象占比', width: 12 },
  { header: '深度贫困地区', width: 12 },
  { header: '预期比例', width: 10 },
  { header: '上限', width: 8 },
  { header: '预警值', width: 8 },
  { header: '占比判断', width: 14 },
  { header: '逾期案卷', width: 10 },
  ...STATES.map((state) => ({ header: CASE_STATE_LABELS[state], width: 10 })),
];

function cells(row: SupervisionRow): Array<string | number | null> {
  const byState = new Map(row.byState.map((s) => [s.state, s.cases]));
  return [
    row.divisionName,
    row.divisionCode,
    row.persons,
    row.registeredPersons,
    row.monitoredPersons,
    row.countedMonitoredPersons,
    row.countedCategories.map((c) => MONITORING_CATEGORY_LABELS[c]).join('、'),
    percent(row.monitoredRatio),
    row.deepPoverty ? '是' : '否',
    percent(row.expectedRatio),
    percent(row.maxRatio),
    percent(row.warningRatio),
    row.ratioFlag ? RATIO_FLAG_LABELS[row.ratioFlag] : '正常',
    row.overdueCases,
    ...STATES.map((state) => byState.get(state) ?? 0),
  ];
}

/**
 * 监测督导导出: the supervision page as a sheet, the division's total first, then each child.
 * The figures are the page's own (SupervisionService): a few grouped statements, read when the
 * request starts the export (to refuse a bad division at once) and again by the job worker.
 */
export class SupervisionExportService {
  constructor(
    private readonly supervision: SupervisionService,
    private readonly exportJobs: ExportJobService,
  ) {}

  async start(ctx: Context, divisionCode: string): Promise<ExportJob> {
    return this.exportJobs.start(ctx, await this.source(ctx, divisionCode));
  }

  /** The export as a job describes it; the worker reads the figures again when it writes the file. */
  async source(ctx: Context, divisionCode: string): Promise<ExportSource> {
    const figures = await this.supervision.supervise(ctx, divisionCode);
    const lines = [{ ...figures.total, divisionName: `${figures.total.divisionName}（合计）` }, ...figures.children];
    return {
      kind: ExportKind.SUPERVISION,
      title: `监测督导_${figures.total.divisionName}`,
      sheetName: '监测督导',
      columns: SUPERVISION_EXPORT_COLUMNS,
      criteria: { divisionCode, overdueDays: figures.overdueDays },
      expectedRows: lines.length,
      masked: false,
      write: async ({ add }) => {
        for (const line of lines) await add(cells(line));
        return {
          rows: lines.length,
          message: `导出完成：${figures.total.divisionName}及 ${figures.children.length} 个下级区划（逾期指停留超过 ${figures.overdueDays} 天）`,
        };
      },
    };
  }
}
