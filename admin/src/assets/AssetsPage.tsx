import { useCallback, useEffect, useState } from 'react';
import { Title, useNotify } from 'react-admin';
import {
  Box,
  Card,
  CardContent,
  Chip,
  MenuItem,
  Stack,
  Tab,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TablePagination,
  TableRow,
  Tabs,
  TextField,
  Typography,
} from '@mui/material';
import type { AssetClass, AssetStatus, AssetType, ConsoleAssetsQuery } from '../gql/graphql';
import { graphqlRequest } from '../dataProvider/graphqlRequest';
import { errorMessage, formatMoney } from '../format';
import { AssetListQuery } from './documents';
import { AssetDetail } from './AssetDetail';
import { ASSET_CLASS_LABELS, ASSET_STATUS_LABELS, ASSET_TYPE_LABELS } from './labels';
import { ProjectsPanel } from './ProjectsPanel';

type Filters = { divisionCode: string; assetClass: string; type: string; status: string; search: string };
const PAGE = 25;

const Select = ({
  label,
  value,
  labels,
  onChange,
  testId,
}: {
  label: string;
  value: string;
  labels: Record<string, string>;
  onChange: (v: string) => void;
  testId: string;
}) => (
  <TextField
    select
    size="small"
    label={label}
    value={value}
    onChange={(e) => onChange(e.target.value)}
    sx={{ minWidth: 140 }}
    slotProps={{ htmlInput: { 'data-testid': testId } }}
  >
    <MenuItem value="">全部</MenuItem>
    {Object.entries(labels).map(([k, v]) => (
      <MenuItem key={k} value={k}>
        {v}
      </MenuItem>
    ))}
  </TextField>
);

/** 扶贫资产台账: filters, the ledger, and per asset its history and actions. */
const Ledger = () => {
  const notify = useNotify();
  const [filters, setFilters] = useState<Filters>({
    divisionCode: '',
    assetClass: '',
    type: '',
    status: '',
    search: '',
  });
  const [page, setPage] = useState(0);
  const [data, setData] = useState<ConsoleAssetsQuery['assets'] | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const load = useCallback(() => {
    graphqlRequest(AssetListQuery, {
      divisionCode: filters.divisionCode.trim() || null,
      assetClass: (filters.assetClass || null) as AssetClass | null,
      type: (filters.type || null) as AssetType | null,
      status: (filters.status || null) as AssetStatus | null,
      search: filters.search.trim() || null,
      offset: page * PAGE,
      limit: PAGE,
    })
      .then((r) => setData(r.assets))
      .catch((e) => notify(errorMessage(e), { type: 'error' }));
  }, [filters, page, notify]);
  useEffect(() => {
    load();
  }, [load]);
  const set = (key: keyof Filters) => (value: string) => {
    setPage(0);
    setFilters((f) => ({ ...f, [key]: value }));
  };
  return (
    <Card>
      <CardContent>
        <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', mb: 2 }}>
          <TextField
            size="small"
            label="区划代码或前缀"
            value={filters.divisionCode}
            onChange={(e) => set('divisionCode')(e.target.value)}
          />
          <Select
            label="类别"
            value={filters.assetClass}
            labels={ASSET_CLASS_LABELS}
            onChange={set('assetClass')}
            testId="filter-class"
          />
          <Select
            label="类型"
            value={filters.type}
            labels={ASSET_TYPE_LABELS}
            onChange={set('type')}
            testId="filter-type"
          />
          <Select
            label="状态"
            value={filters.status}
            labels={ASSET_STATUS_LABELS}
            onChange={set('status')}
            testId="filter-status"
          />
          <TextField size="small" label="名称" value={filters.search} onChange={(e) => set('search')(e.target.value)} />
        </Stack>
        <Table size="small" data-testid="asset-list">
          <TableHead>
            <TableRow>
              <TableCell>名称</TableCell>
              <TableCell>类别</TableCell>
              <TableCell>类型</TableCell>
              <TableCell>所在区划</TableCell>
              <TableCell align="right">账面价值</TableCell>
              <TableCell>状态</TableCell>
              <TableCell>验收日期</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {data?.items.map((a) => (
              <TableRow
                key={a.id}
                hover
                sx={{ cursor: 'pointer' }}
                onClick={() => setSelected(a.id)}
                data-testid="asset-row"
              >
                <TableCell>
                  {a.name}
                  {a.disposalPending && <Chip size="small" color="warning" label="处置待审批" sx={{ ml: 1 }} />}
                </TableCell>
                <TableCell>{ASSET_CLASS_LABELS[a.assetClass]}</TableCell>
                <TableCell>{ASSET_TYPE_LABELS[a.type]}</TableCell>
                <TableCell>{a.division?.name ?? a.divisionCode}</TableCell>
                <TableCell align="right">{formatMoney(a.bookValue)}</TableCell>
                <TableCell>{ASSET_STATUS_LABELS[a.status]}</TableCell>
                <TableCell>{a.acceptedOn ?? '—'}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
        {data && data.items.length === 0 && (
          <Typography sx={{ p: 2 }} color="text.secondary">
            没有符合条件的资产
          </Typography>
        )}
        <TablePagination
          component="div"
          count={data?.total ?? 0}
          page={page}
          rowsPerPage={PAGE}
          rowsPerPageOptions={[PAGE]}
          onPageChange={(_, p) => setPage(p)}
          labelDisplayedRows={({ from, to, count }) => `${from}-${to} / 共 ${count} 项`}
        />
      </CardContent>
      {selected && <AssetDetail id={selected} onClose={() => setSelected(null)} onChanged={load} />}
    </Card>
  );
};

export const AssetsPage = () => {
  const [tab, setTab] = useState(0);
  return (
    <Box sx={{ mt: 1 }}>
      <Title title="扶贫资产" />
      <Tabs value={tab} onChange={(_, t) => setTab(t)} sx={{ mb: 1 }}>
        <Tab label="资产台账" data-testid="tab-ledger" />
        <Tab label="扶贫项目" data-testid="tab-projects" />
      </Tabs>
      {tab === 0 ? <Ledger /> : <ProjectsPanel />}
    </Box>
  );
};
