import { useCallback, useEffect, useMemo, useState } from 'react';
import { Title, useGetIdentity } from 'react-admin';
import {
  Alert,
  Box,
  Breadcrumbs,
  Card,
  CardContent,
  CircularProgress,
  Link as MuiLink,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import type { ConsoleIdentity } from '../../authProvider';
import { EChart, type EChartOption } from '../../dashboard/EChart';
import { currentYear, errorMessage, formatPercent, todayInChina } from '../../format';
import { RISK_TYPE_LABELS, STATISTICS_CATEGORY_LABELS } from '../../labels';
import { monthlyTrend, regionOverview, type RegionOverview, type TrendMonth } from '../contract';

/** An empty figure is one the API withheld (小数抑制: too few households to show without pointing at a family). */
export const SUPPRESSED_TEXT = '户数过少，不予显示';

const count = (n: number | null | undefined) => (n === null || n === undefined ? null : n.toLocaleString('zh-CN'));

const Figure = ({ value }: { value: string | null }) =>
  value === null ? (
    <Typography component="span" variant="body2" color="text.secondary" data-suppressed="true">
      {SUPPRESSED_TEXT}
    </Typography>
  ) : (
    <>{value}</>
  );

const Headline = ({ label, value, testId }: { label: string; value: string | null; testId: string }) => (
  <Card sx={{ flex: '1 1 170px', minWidth: 170 }} data-testid={testId}>
    <CardContent>
      <Typography variant="body2" color="text.secondary">
        {label}
      </Typography>
      <Typography
        variant="h5"
        component="p"
        sx={{ fontVariantNumeric: 'tabular-nums', minHeight: 32 }}
        data-testid={`${testId}-value`}
      >
        <Figure value={value} />
      </Typography>
    </CardContent>
  </Card>
);

/** The twelve months up to this one, as YYYY-MM. */
function lastTwelveMonths(): { from: string; to: string } {
  const [year, month] = todayInChina().split('-').map(Number);
  const start = new Date(Date.UTC(year, month - 12, 1));
  const ym = (y: number, m: number) => `${y}-${String(m).padStart(2, '0')}`;
  return { from: ym(start.getUTCFullYear(), start.getUTCMonth() + 1), to: ym(year, month) };
}

/**
 * 统计看板 for a dashboard (大屏) account: the figures of its division, drill-down through the
 * children, the monthly trend. Built on the contract's RegionOverview and MonthlyTrend only
 * (schema/contract/dashboard.graphql), so it shows what a partner's own screen may show.
 */
export const PartnerStatistics = () => {
  const { identity } = useGetIdentity();
  const home = (identity as ConsoleIdentity | undefined)?.division ?? null;
  const [path, setPath] = useState<Array<{ code: string; name: string }>>([]);
  const [stats, setStats] = useState<RegionOverview | null>(null);
  const [trend, setTrend] = useState<TrendMonth[]>([]);
  const [error, setError] = useState<string | null>(null);
  const year = currentYear();
  const crumbs = useMemo(() => (path.length ? path : home ? [{ code: home.code, name: home.name }] : []), [path, home]);
  const currentCode = crumbs.at(-1)?.code ?? null;

  useEffect(() => {
    if (!currentCode) return undefined;
    let cancelled = false;
    setError(null);
    const { from, to } = lastTwelveMonths();
    Promise.all([regionOverview(currentCode, year), monthlyTrend(currentCode, from, to)])
      .then(([s, t]) => {
        if (!cancelled) {
          setStats(s);
          setTrend(t);
        }
      })
      .catch((e) => {
        if (!cancelled) setError(errorMessage(e));
      });
    return () => {
      cancelled = true;
    };
  }, [currentCode, year]);

  const drill = useCallback(
    (index: number) => {
      const child = stats?.children[index];
      if (child) setPath([...crumbs, { code: child.divisionCode, name: child.divisionName }]);
    },
    [stats, crumbs],
  );

  const childOption = useMemo<EChartOption>(
    () => ({
      tooltip: { trigger: 'axis' },
      legend: { top: 0, data: ['在册户数', '监测户数'] },
      grid: { left: 60, right: 30, top: 40, bottom: 60 },
      xAxis: {
        type: 'category',
        data: stats?.children.map((c) => c.divisionName) ?? [],
        axisLabel: { interval: 0, rotate: (stats?.children.length ?? 0) > 6 ? 30 : 0 },
      },
      yAxis: { type: 'value', name: '户' },
      series: [
        { name: '在册户数', type: 'bar', data: stats?.children.map((c) => c.households) ?? [] },
        { name: '监测户数', type: 'bar', data: stats?.children.map((c) => c.monitoredHouseholds) ?? [] },
      ],
    }),
    [stats],
  );

  const trendOption = useMemo<EChartOption>(
    () => ({
      tooltip: { trigger: 'axis' },
      legend: { top: 0, data: ['认定', '风险消除', '月末监测户数'] },
      grid: { left: 60, right: 30, top: 40, bottom: 40 },
      xAxis: { type: 'category', data: trend.map((m) => m.month) },
      yAxis: { type: 'value', name: '户' },
      series: [
        { name: '认定', type: 'bar', data: trend.map((m) => m.identified) },
        { name: '风险消除', type: 'bar', data: trend.map((m) => m.eliminated) },
        { name: '月末监测户数', type: 'line', data: trend.map((m) => m.monitoredAtMonthEnd) },
      ],
    }),
    [trend],
  );

  if (!home)
    return (
      <Alert severity="warning" sx={{ mt: 2 }}>
        该账号未设所属区划，无法显示统计。
      </Alert>
    );
  const showing = stats && stats.divisionCode === currentCode ? stats : null;
  return (
    <Box sx={{ mt: 2, maxWidth: 1400 }} data-testid="partner-statistics">
      <Title title="统计看板" />
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, mb: 1, flexWrap: 'wrap' }}>
        <Typography variant="h6" component="h2">
          统计看板（{year} 年）
        </Typography>
        <Breadcrumbs data-testid="statistics-breadcrumbs" aria-label="区划层级">
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
      </Box>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        只含汇总数字。县级以下户数过少的数字不予显示（小数抑制），以免指向具体家庭。
      </Typography>
      {error && (
        <Alert severity="error" data-testid="partner-statistics-error">
          {error}
        </Alert>
      )}
      {!showing ? (
        !error && <CircularProgress size={24} aria-label="正在加载" />
      ) : (
        <>
          <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, mb: 2 }} data-testid="statistics-headline">
            <Headline label="在册户数" value={count(showing.households)} testId="stat-households" />
            <Headline label="在册人口" value={count(showing.persons)} testId="stat-persons" />
            <Headline label="监测户数" value={count(showing.monitoredHouseholds)} testId="stat-monitored-households" />
            <Headline label="监测人口" value={count(showing.monitoredPersons)} testId="stat-monitored-persons" />
            <Headline
              label="监测对象占比"
              value={showing.monitoredRatio === null ? null : formatPercent(showing.monitoredRatio)}
              testId="stat-ratio"
            />
            <Headline
              label="本年风险消除户数"
              value={count(showing.riskEliminatedHouseholds)}
              testId="stat-eliminated"
            />
            <Headline
              label="帮扶覆盖率"
              testId="stat-coverage"
              value={
                showing.monitoredHouseholds === 0
                  ? '暂无监测户'
                  : showing.assistanceCoverageRate === null
                    ? null
                    : formatPercent(showing.assistanceCoverageRate)
              }
            />
          </Box>
          <Box
            sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', lg: 'minmax(0, 3fr) minmax(0, 2fr)' }, gap: 2 }}
          >
            {showing.children.length > 0 && (
              <Card>
                <CardContent>
                  <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
                    各下级区划（点击柱形或名称查看下级）
                  </Typography>
                  <EChart
                    option={childOption}
                    height={320}
                    onClick={({ dataIndex }) => drill(dataIndex)}
                    testId="chart-children"
                  />
                </CardContent>
              </Card>
            )}
            <Card>
              <CardContent>
                <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
                  监测动态（近 12 个月）
                </Typography>
                <EChart option={trendOption} height={300} testId="chart-trend" />
              </CardContent>
            </Card>
            <Card>
              <CardContent>
                <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
                  按类别
                </Typography>
                <Table size="small" data-testid="statistics-categories" aria-label="按类别">
                  <TableHead>
                    <TableRow>
                      <TableCell>类别</TableCell>
                      <TableCell align="right">户数</TableCell>
                      <TableCell align="right">人口</TableCell>
                    </TableRow>
                  </TableHead>
                  <TableBody>
                    {showing.byCategory.map((c) => (
                      <TableRow key={c.category}>
                        <TableCell>
                          {STATISTICS_CATEGORY_LABELS[c.category as keyof typeof STATISTICS_CATEGORY_LABELS] ??
                            c.category}
                        </TableCell>
                        <TableCell align="right">
                          <Figure value={count(c.households)} />
                        </TableCell>
                        <TableCell align="right">
                          <Figure value={count(c.persons)} />
                        </TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              </CardContent>
            </Card>
            <Card>
              <CardContent>
                <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
                  监测户风险类型
                </Typography>
                <Table size="small" data-testid="statistics-risks" aria-label="监测户风险类型">
                  <TableHead>
                    <TableRow>
                      <TableCell>风险类型</TableCell>
                      <TableCell align="right">户数</TableCell>
                    </TableRow>
                  </TableHead>
                  <TableBody>
                    {showing.byRiskType.map((r) => (
                      <TableRow key={r.riskType}>
                        <TableCell>
                          {RISK_TYPE_LABELS[r.riskType as keyof typeof RISK_TYPE_LABELS] ?? r.riskType}
                        </TableCell>
                        <TableCell align="right">
                          <Figure value={count(r.households)} />
                        </TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              </CardContent>
            </Card>
          </Box>
          {showing.children.length > 0 && (
            <Card sx={{ mt: 2 }}>
              <TableContainer>
                <Table size="small" data-testid="statistics-children" aria-label="各下级区划">
                  <TableHead>
                    <TableRow>
                      <TableCell>区划</TableCell>
                      <TableCell align="right">在册户数</TableCell>
                      <TableCell align="right">监测户数</TableCell>
                      <TableCell align="right">监测对象占比</TableCell>
                    </TableRow>
                  </TableHead>
                  <TableBody>
                    {showing.children.map((c, i) => (
                      <TableRow key={c.divisionCode} hover data-testid={`stat-row-${c.divisionCode}`}>
                        <TableCell>
                          <MuiLink component="button" variant="body2" onClick={() => drill(i)}>
                            {c.divisionName}
                          </MuiLink>
                        </TableCell>
                        <TableCell align="right">
                          <Figure value={count(c.households)} />
                        </TableCell>
                        <TableCell align="right">
                          <Figure value={count(c.monitoredHouseholds)} />
                        </TableCell>
                        <TableCell align="right">
                          <Figure value={c.monitoredRatio === null ? null : formatPercent(c.monitoredRatio)} />
                        </TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              </TableContainer>
              <Typography variant="caption" color="text.secondary" data-testid="statistics-rounding-note">
                户数、人口经小数保护处理：各村数字按 5 的倍数受控舍入，上级合计为各村舍入后之和。
              </Typography>
            </Card>
          )}
        </>
      )}
    </Box>
  );
};

export default PartnerStatistics;
