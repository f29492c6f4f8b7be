import { useState } from 'react';
import { Title } from 'react-admin';
import {
  Alert,
  Box,
  Card,
  LinearProgress,
  MenuItem,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { currentYear, formatMoney } from '../format';
import { InsuranceSummaryQuery } from './documents';
import { usePageQuery } from '../common/usePageQuery';

/** 承保机构年度汇总: premium, claims, payouts and loss ratio (payouts / premium), exact to the fen. */
export const SummaryPage = () => {
  const [year, setYear] = useState(currentYear());
  const { data, error, loading } = usePageQuery(InsuranceSummaryQuery, { year });
  const rows = data?.insuranceSummary ?? [];
  return (
    <Box sx={{ mt: 2 }}>
      <Title title="防贫保汇总" />
      <Stack direction="row" spacing={2} sx={{ mb: 2 }}>
        <TextField
          select
          size="small"
          label="年度"
          value={year}
          onChange={(e) => setYear(Number(e.target.value))}
          sx={{ width: 120 }}
        >
          {[currentYear(), currentYear() - 1, currentYear() - 2, currentYear() - 3].map((y) => (
            <MenuItem key={y} value={y}>
              {y}
            </MenuItem>
          ))}
        </TextField>
      </Stack>
      {error && <Alert severity="error">{error}</Alert>}
      <Card>
        {loading && <LinearProgress />}
        <Table size="small" data-testid="insurance-summary">
          <TableHead sx={{ '& th': { whiteSpace: 'nowrap' } }}>
            <TableRow>
              <TableCell>承保机构</TableCell>
              <TableCell align="right">保单</TableCell>
              <TableCell align="right">投保基数（人）</TableCell>
              <TableCell align="right">保费（元）</TableCell>
              <TableCell align="right">报案</TableCell>
              <TableCell align="right">待审核</TableCell>
              <TableCell align="right">已核准待赔付</TableCell>
              <TableCell align="right">不予核准</TableCell>
              <TableCell align="right">已赔付</TableCell>
              <TableCell align="right">赔付金额（元）</TableCell>
              <TableCell align="right">赔付率</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((r) => (
              <TableRow key={r.insurerName}>
                <TableCell>{r.insurerName}</TableCell>
                <TableCell align="right">{r.policies}</TableCell>
                <TableCell align="right">{r.insuredBase}</TableCell>
                <TableCell align="right">{formatMoney(r.premium)}</TableCell>
                <TableCell align="right">{r.claims}</TableCell>
                <TableCell align="right">{r.submitted}</TableCell>
                <TableCell align="right">
                  {r.approved}（{formatMoney(r.approvedUnpaid)} 元）
                </TableCell>
                <TableCell align="right">{r.rejected}</TableCell>
                <TableCell align="right">{r.paid}</TableCell>
                <TableCell align="right">{formatMoney(r.payouts)}</TableCell>
                <TableCell align="right">
                  {r.lossRatio === null || r.lossRatio === undefined
                    ? '—'
                    : `${(Number(r.lossRatio) * 100).toFixed(2)}%`}
                </TableCell>
              </TableRow>
            ))}
            {rows.length === 0 && (
              <TableRow>
                <TableCell colSpan={11}>
                  <Typography variant="body2" color="text.secondary">
                    {year} 年度暂无防贫保数据
                  </Typography>
                </TableCell>
              </TableRow>
            )}
          </TableBody>
        </Table>
      </Card>
    </Box>
  );
};
