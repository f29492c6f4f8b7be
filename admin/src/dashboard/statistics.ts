import { graphql } from '../gql';
import type { ConsoleRegionStatisticsQuery, ConsoleMonitoringTrendQuery } from '../gql/graphql';
import { STATISTICS_CATEGORY_LABELS, RISK_TYPE_LABELS } from '../labels';

export const RegionStatisticsQuery = graphql(`
  query ConsoleRegionStatistics($divisionCode: String!, $year: Int!) {
    regionStatistics(divisionCode: $divisionCode, year: $year) {
      divisionCode
      divisionName
      level
      year
      households
      persons
      monitoredHouseholds
      monitoredPersons
      monitoredRatio
      riskEliminatedHouseholds
      assistanceCoverageRate
      expectedRatio
      maxRatio
      warningRatio
      deepPoverty
      suppressed
      suppressionThreshold
      registeredPersons
      countedCategories
      byCategory {
        category
        households
        persons
      }
      byRiskType {
        riskType
        households
      }
      children {
        divisionCode
        divisionName
        level
        households
        persons
        monitoredHouseholds
        monitoredPersons
        monitoredRatio
        riskEliminatedHouseholds
        suppressed
      }
    }
  }
`);

export const MonitoringTrendQuery = graphql(`
  query ConsoleMonitoringTrend($divisionCode: String!, $from: String!, $to: String!) {
    monitoringTrend(divisionCode: $divisionCode, from: $from, to: $to) {
      month
      identified
      eliminated
      monitoredAtMonthEnd
    }
  }
`);

export type RegionStatistics = ConsoleRegionStatisticsQuery['regionStatistics'];
/**
 * The two figures the monitored ratio divides, as the policy names them: 监测对象人口 of the
 * categories counted toward the ratio (the year's monitoring standard) over 建档立卡脱贫人口.
 * Null when a figure is withheld.
 */
export function ratioTerms(stats: RegionStatistics): { numerator: number | null; denominator: number | null } {
  const counted = stats.byCategory.filter((c) => (stats.countedCategories as string[]).includes(c.category));
  const numerator = counted.some((c) => c.persons === null) ? null : counted.reduce((n, c) => n + (c.persons ?? 0), 0);
  return { numerator, denominator: stats.registeredPersons ?? null };
}

export type TrendMonth = ConsoleMonitoringTrendQuery['monitoringTrend'][number];

const percent = (ratio: number | null | undefined) =>
  ratio === null || ratio === undefined ? '' : Math.round(ratio * 10000) / 100;

/** The figures on screen as an .xlsx workbook (exceljs, loaded only when exporting). */
export async function exportStatistics(stats: RegionStatistics, trend: TrendMonth[]): Promise<void> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  const head = (sheet: import('exceljs').Worksheet) => {
    sheet.getRow(1).font = { bold: true };
    sheet.columns.forEach((c) => {
      c.width = 16;
    });
  };

  const children = workbook.addWorksheet('各下级区划');
  children.addRow([
    '区划代码',
    '区划名称',
    '在册户数',
    '在册人口',
    '监测户数',
    '监测人口',
    '监测对象占比(%)',
    '本年风险消除户数',
  ]);
  for (const row of [stats, ...stats.children]) {
    children.addRow([
      row.divisionCode,
      row === stats ? `${row.divisionName}（合计）` : row.divisionName,
      row.households,
      row.persons,
      row.monitoredHouseholds,
      row.monitoredPersons,
      percent(row.monitoredRatio),
      row.riskEliminatedHouseholds,
    ]);
  }
  head(children);

  const categories = workbook.addWorksheet('按类别');
  categories.addRow([
    '类别（五类合计为在册户：脱贫户、一般农户为未纳入监测的户，按登记状态；三类监测对象为监测中的户）',
    '户数',
    '人口',
  ]);
  for (const c of stats.byCategory)
    categories.addRow([STATISTICS_CATEGORY_LABELS[c.category], c.households, c.persons]);
  head(categories);

  const risks = workbook.addWorksheet('按风险类型');
  risks.addRow(['风险类型', '监测户数']);
  for (const r of stats.byRiskType) risks.addRow([RISK_TYPE_LABELS[r.riskType], r.households]);
  head(risks);

  const months = workbook.addWorksheet('监测动态');
  months.addRow(['月份', '认定户数', '风险消除户数', '月末监测户数']);
  for (const m of trend) months.addRow([m.month, m.identified, m.eliminated, m.monitoredAtMonthEnd]);
  head(months);

  const buffer = await workbook.xlsx.writeBuffer();
  const url = URL.createObjectURL(
    new Blob([buffer], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }),
  );
  const link = document.createElement('a');
  link.href = url;
  link.download = `统计-${stats.divisionName}-${stats.year}.xlsx`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
