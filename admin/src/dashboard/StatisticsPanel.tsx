import { useCallback, useEffect, useMemo, useState } from 'react';
import { useGetIdentity, useNotify } from 'react-admin';
import {
  Alert,
  Box,
  Breadcrumbs,
  Button,
  Card,
  CardContent,
  CircularProgress,
  Link as MuiLink,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import DownloadIcon from '@mui/icons-material/Download';
import type { ConsoleIdentity } from '../authProvider';
import { graphqlRequest } from '../dataProvider';
import { currentYear, errorMessage, formatPercent, ratioBound, todayInChina } from '../format';
import { LEVEL_LABELS, MONITORING_CATEGORY_LABELS, RISK_TYPE_LABELS } from '../labels';
import { EChart, type EChartOption } from './EChart';
import {
  exportStatistics,
  MonitoringTrendQuery,
  ratioTerms,
  RegionStatisticsQuery,
  type RegionStatistics,
  type TrendMonth,
} from './statistics';

const number = (n: number | null | undefined) => (n === null || n === undefined ? '—' : n.toLocaleString('zh-CN'));

/** The twelve months up to this one, as YYYY-MM. */
function lastTwelveMonths(): { from: string; to: string } {
  const [year, month] = todayInChina().split('-').map(Number);
  const start = new Date(Date.UTC(year, month - 12, 1));
  return {
    from: `${start.getUTCFullYear()}-${String(start.getUTCMonth() + 1).padStart(2, '0')}`,
    to: `${year}-${String(month).padStart(2, '0')}`,
  };
}

const Headline = ({ label, value, testId, note }: { label: string; value: string; testId: string; note?: string }) => (
  <Card sx={{ flex: '1 1 160px', minWidth: 160 }} data-testid={testId}>
    <CardContent>
      <Typography variant="body2" color="text.secondary">
        {label}
      </Typography>
      <Typography
        variant="h5"
        component="div"
        sx={{ fontVariantNumeric: 'tabular-nums' }}
        data-testid={`${testId}-value`}
      >
        {value}
      </Typography>
      {note && (
        <Typography variant="caption" color="text.secondary">
          {note}
        </Typography>
      )}
    </CardContent>
  </Card>
);

const ChartCard = ({ title, children }: { title: string; children: React.ReactNode }) => (
  <Card>
    <CardContent>
      <Typography variant="subtitle1" sx={{ fontWeight: 600 }}>
        {title}
      </Typography>
      {children}
    </CardContent>
  </Card>
);

/** What the ratio divides, named as the policy names it, so it can be checked against the figures. */
const RatioTerms = ({ stats }: { stats: RegionStatistics }) => {
  const { numerator, denominator } = ratioTerms(stats);
  const categories = (stats.countedCategories as Array<keyof typeof MONITORING_CATEGORY_LABELS>)
    .map((c) => MONITORING_CATEGORY_LABELS[c])
    .join('、');
  return (
    <Typography variant="body2" sx={{ mb: 0.5 }} data-testid="stat-ratio-terms">
      监测对象占比 = 监测对象人口（计入占比类别{categories ? `：${categories}` : ''}）
      <b data-testid="stat-ratio-numerator">{number(numerator)}</b> 人 ÷ 建档立卡脱贫人口{' '}
      <b data-testid="stat-ratio-denominator">{number(denominator)}</b> 人 = {formatPercent(stats.monitoredRatio)}
    </Typography>
  );
};

/**
 * 统计看板: headline figures of a division, its children (click a bar or a name to drill down),
 * the monthly trend, risk types and the monitored ratio against the policy's expected and maximum
 * share; exported to .xlsx. Loaded lazily with ECharts, so the login page stays small.
 */
export const StatisticsPanel = () => {
  const notify = useNotify();
  const { identity } = useGetIdentity();
  const home = (identity as ConsoleIdentity | undefined)?.division ?? null;
  const [path, setPath] = useState<Array<{ code: string; name: string }>>([]);
  const [stats, setStats] = useState<RegionStatistics | null>(null);
  const [trend, setTrend] = useState<TrendMonth[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const year = currentYear();
  const current = path.at(-1) ?? (home ? { code: home.code, name: home.name } : null);

  const currentCode = current?.code;

  useEffect(() => {
    if (!currentCode) return;
    let cancelled = false;
    setLoading(true);
    setError(null);
    Promise.all([
      graphqlRequest(RegionStatisticsQuery, { divisionCode: currentCode, year }),
      graphqlRequest(MonitoringTrendQuery, { divisionCode: currentCode, ...lastTwelveMonths() }),
    ])
      .then(([s, t]) => {
        if (!cancelled) {
          setStats(s.regionStatistics);
          setTrend(t.monitoringTrend);
        }
      })
      .catch((e) => {
        if (!cancelled) setError(errorMessage(e));
      })
      .finally(() => {
        if (!cancelled) setLoading(false);
      });
    return () => {
      cancelled = true;
    };
  }, [currentCode, year]);

  const drill = useCallback(
    (index: number) => {
      const child = stats?.children[index];
      if (child)
        setPath((p) => [
          ...(p.length ? p : home ? [{ code: home.code, name: home.name }] : []),
          { code: child.divisionCode, name: child.divisionName },
        ]);
    },
    [stats, home],
  );

  const childOption = useMemo<EChartOption>(
    () => ({
      tooltip: { trigger: 'axis' },
      legend: { top: 0, data: ['在册户数', '监测户数', '监测对象占比'] },
      grid: { left: 60, right: 60, top: 50, bottom: 60 },
      xAxis: {
        type: 'category',
        data: stats?.children.map((c) => c.divisionName) ?? [],
        axisLabel: { interval: 0, rotate: (stats?.children.length ?? 0) > 6 ? 30 : 0 },
      },
      yAxis: [
        { type: 'value', name: '户' },
        { type: 'value', name: '占比 %', axisLabel: { formatter: '{value}%' } },
      ],
      series: [
        { name: '在册户数', type: 'bar', data: stats?.children.map((c) => c.households) ?? [] },
        { name: '监测户数', type: 'bar', data: stats?.children.map((c) => c.monitoredHouseholds) ?? [] },
        {
          name: '监测对象占比',
          type: 'line',
          yAxisIndex: 1,
          data:
            stats?.children.map((c) =>
              c.monitoredRatio === null ? null : Math.round(c.monitoredRatio * 10000) / 100,
            ) ?? [],
        },
      ],
    }),
    [stats],
  );

  const trendOption = useMemo<EChartOption>(
    () => ({
      tooltip: { trigger: 'axis' },
      legend: { top: 0, data: ['认定', '风险消除', '月末监测户数'] },
      grid: { left: 60, right: 40, top: 50, bottom: 40 },
      xAxis: { type: 'category', data: trend.map((m) => m.month) },
      yAxis: { type: 'value', name: '户' },
      series: [
        { name: '认定', type: 'bar', data: trend.map((m) => m.identified) },
        { name: '风险消除', type: 'bar', data: trend.map((m) => m.eliminated) },
        { name: '月末监测户数', type: 'line', smooth: true, data: trend.map((m) => m.monitoredAtMonthEnd) },
      ],
    }),
    [trend],
  );

  const riskOption = useMemo<EChartOption>(
    () => ({
      tooltip: { trigger: 'item', formatter: '{b}：{c} 户（{d}%）' },
      legend: { type: 'scroll', orient: 'vertical', right: 0, top: 20 },
      series: [
        {
          name: '风险类型',
          type: 'pie',
          radius: ['35%', '65%'],
          center: ['38%', '55%'],
          data: (stats?.byRiskType ?? [])
            .filter((r) => (r.households ?? 0) > 0)
            .map((r) => ({ name: RISK_TYPE_LABELS[r.riskType], value: r.households })),
        },
      ],
    }),
    [stats],
  );

  const ratioOption = useMemo<EChartOption>(() => {
    const pct = (r: number | null | undefined) => (r === null || r === undefined ? null : Math.round(r * 10000) / 100);
    const bound = stats ? ratioBound(stats) : null;
    const marks = [
      ...(stats?.expectedRatio != null
        ? [
            {
              name: '预期',
              xAxis: pct(stats.expectedRatio),
              label: { formatter: '预期 {c}%', position: 'start' },
              lineStyle: { color: '#2e7d32' },
            },
          ]
        : []),
      ...(bound?.ratio != null
        ? [
            {
              name: bound.label,
              xAxis: pct(bound.ratio),
              label: { formatter: `${bound.label} {c}%` },
              lineStyle: { color: '#d32f2f' },
            },
          ]
        : []),
    ];
    const max =
      Math.max(pct(bound?.ratio) ?? 0, pct(stats?.monitoredRatio) ?? 0, pct(stats?.expectedRatio) ?? 0) * 1.25 || 10;
    return {
      // 预期 is labelled below the bar, the bound above it: close values (5% and 8%) do not print over each other.
      grid: { left: 80, right: 40, top: 40, bottom: 50 },
      xAxis: { type: 'value', max: Math.ceil(max), axisLabel: { formatter: '{value}%', margin: 22 } },
      yAxis: { type: 'category', data: ['监测对象占比'] },
      series: [
        {
          type: 'bar',
          barWidth: 28,
          data: [pct(stats?.monitoredRatio)],
          // Above the 上限 or 预警值: red, as supervision flags it.
          itemStyle: {
            color: bound?.ratio != null && (stats?.monitoredRatio ?? 0) > bound.ratio ? '#d32f2f' : '#1976d2',
          },
          label: { show: true, position: 'right', formatter: '{c}%' },
          markLine: { symbol: 'none', data: marks },
        },
      ],
    };
  }, [stats]);

  if (!home) return null;
  const crumbs = path.length ? path : [{ code: home.code, name: home.name }];
  return (
    <Box sx={{ mb: 2 }} data-testid="statistics-panel">
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, mb: 1, flexWrap: 'wrap' }}>
        <Typography variant="h6" component="h2">
          统计看板（{year} 年）
        </Typography>
        <Breadcrumbs data-testid="statistics-breadcrumbs">
          {crumbs.map((c, i) =>
            i < crumbs.length - 1 ? (
              <MuiLink key={c.code} component="button" variant="body2" onClick={() => setPath(crumbs.slice(0, i + 1))}>
                {c.name}
              </MuiLink>
            ) : (
              <Typography key={c.code} variant="body2" color="text.primary">
                {c.name}
              </Typography>
            ),
          )}
        </Breadcrumbs>
        <Box sx={{ flex: 1 }} />
        <Button
          size="small"
          variant="outlined"
          startIcon={<DownloadIcon />}
          disabled={!stats}
          data-testid="export-statistics"
          onClick={() =>
            stats && exportStatistics(stats, trend).catch((e) => notify(errorMessage(e), { type: 'error' }))
          }
        >
          导出 Excel
        </Button>
      </Box>
      {error && <Alert severity="error">{error}</Alert>}
      {!stats || (loading && stats.divisionCode !== current?.code) ? (
        !error && <CircularProgress size={24} />
      ) : (
        <>
          <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, mb: 2 }} data-testid="statistics-headline">
            <Headline
              label="在册户数"
              value={number(stats.households)}
              testId="stat-households"
              note={`${stats.divisionName}（${LEVEL_LABELS[stats.level]}）`}
            />
            <Headline label="在册人口" value={number(stats.persons)} testId="stat-persons" />
            <Headline label="监测户数" value={number(stats.monitoredHouseholds)} testId="stat-monitored-households" />
            <Headline label="监测人口" value={number(stats.monitoredPersons)} testId="stat-monitored-persons" />
            <Headline
              label="监测对象占比"
              value={formatPercent(stats.monitoredRatio)}
              testId="stat-ratio"
              note={`${number(ratioTerms(stats).numerator)} ÷ ${number(ratioTerms(stats).denominator)} 人；预期 ${formatPercent(stats.expectedRatio)}，${ratioBound(stats).label} ${formatPercent(ratioBound(stats).ratio)}`}
            />
            <Headline
              label="本年风险消除户数"
              value={number(stats.riskEliminatedHouseholds)}
              testId="stat-eliminated"
            />
            <Headline
              label="帮扶覆盖率"
              value={stats.assistanceCoverageRate === null ? '—' : formatPercent(stats.assistanceCoverageRate)}
              testId="stat-coverage"
              note={
                stats.assistanceCoverageRate !== null
                  ? undefined
                  : stats.suppressed
                    ? '户数过少，不予显示'
                    : '暂无监测户'
              }
            />
          </Box>
          <Box
            sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', lg: 'minmax(0, 3fr) minmax(0, 2fr)' }, gap: 2 }}
          >
            {stats.children.length > 0 && (
              <ChartCard title="各下级区划（点击柱形或名称查看下级）">
                <EChart
                  option={childOption}
                  height={320}
                  onClick={({ dataIndex }) => drill(dataIndex)}
                  testId="chart-children"
                />
              </ChartCard>
            )}
            <ChartCard title={`监测对象占比与预期、${ratioBound(stats).label}`}>
              <EChart option={ratioOption} height={160} testId="chart-ratio" />
              <RatioTerms stats={stats} />
              <Typography variant="body2" color="text.secondary">
                与监测督导同一口径；计入占比的类别、预期、上限（深度贫困地区）与预警值（其他地区）取自年度监测标准。
              </Typography>
            </ChartCard>
            <ChartCard title="监测动态（近 12 个月）">
              <EChart option={trendOption} height={300} testId="chart-trend" />
            </ChartCard>
            <ChartCard title="监测户风险类型">
              <EChart option={riskOption} height={300} testId="chart-risk" />
            </ChartCard>
          </Box>
          {stats.children.length > 0 && (
            <Card sx={{ mt: 2 }}>
              <Table size="small" data-testid="statistics-children">
                <TableHead>
                  <TableRow>
                    <TableCell>{LEVEL_LABELS[stats.children[0].level]}区划</TableCell>
                    <TableCell align="right">在册户数</TableCell>
                    <TableCell align="right">在册人口</TableCell>
                    <TableCell align="right">监测户数</TableCell>
                    <TableCell align="right">监测对象占比</TableCell>
                    <TableCell align="right">本年风险消除</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {stats.children.map((c, i) => (
                    <TableRow key={c.divisionCode} hover data-testid={`stat-row-${c.divisionCode}`}>
                      <TableCell>
                        <MuiLink component="button" variant="body2" onClick={() => drill(i)}>
                          {c.divisionName}
                        </MuiLink>
                      </TableCell>
                      <TableCell align="right">{number(c.households)}</TableCell>
                      <TableCell align="right">{number(c.persons)}</TableCell>
                      <TableCell align="right">{number(c.monitoredHouseholds)}</TableCell>
                      <TableCell align="right">
                        {c.monitoredRatio === null ? '—' : formatPercent(c.monitoredRatio)}
                      </TableCell>
                      <TableCell align="right">{number(c.riskEliminatedHouseholds)}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </Card>
          )}
        </>
      )}
    </Box>
  );
};

export default StatisticsPanel;
