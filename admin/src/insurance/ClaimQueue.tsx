import { useState } from 'react';
import { Title, useNavigate } from 'react-admin';
import {
  Alert,
  Box,
  Card,
  Chip,
  LinearProgress,
  MenuItem,
  Pagination,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import type { ClaimStatus } from '../gql/graphql';
import { formatDateTime, formatMoney } from '../format';
import { InsuranceClaimQueueQuery } from './documents';
import { CLAIM_STATUS_COLORS, CLAIM_STATUS_LABELS, INSURED_CAUSE_LABELS } from './labels';
import { usePageQuery } from '../common/usePageQuery';

const PAGE = 20;

/** 县级防贫保理赔审核队列: filed claims of the county's villages, pending first by default. */
export const ClaimQueue = () => {
  const navigate = useNavigate();
  const [status, setStatus] = useState<ClaimStatus | ''>('SUBMITTED');
  const [page, setPage] = useState(1);
  const { data, error, loading } = usePageQuery(InsuranceClaimQueueQuery, {
    status: status || null,
    offset: (page - 1) * PAGE,
    limit: PAGE,
  });
  const queue = data?.insuranceClaimQueue;
  return (
    <Box sx={{ mt: 2 }}>
      <Title title="防贫保理赔审核" />
      <Stack direction="row" spacing={2} sx={{ mb: 2, alignItems: 'center' }}>
        <TextField
          select
          size="small"
          label="状态"
          value={status}
          onChange={(e) => {
            setStatus(e.target.value as ClaimStatus | '');
            setPage(1);
          }}
          sx={{ minWidth: 180 }}
          data-testid="claim-status-filter"
        >
          <MenuItem value="">全部</MenuItem>
          {(Object.keys(CLAIM_STATUS_LABELS) as ClaimStatus[]).map((s) => (
            <MenuItem key={s} value={s}>
              {CLAIM_STATUS_LABELS[s]}
            </MenuItem>
          ))}
        </TextField>
        <Typography variant="body2" color="text.secondary">
          共 {queue?.total ?? 0} 件
        </Typography>
      </Stack>
      {error && <Alert severity="error">{error}</Alert>}
      <Card>
        {loading && <LinearProgress />}
        <TableContainer>
          <Table size="small" data-testid="claim-queue">
            <TableHead>
              <TableRow>
                <TableCell>报案时间</TableCell>
                <TableCell>承保机构 / 报案号</TableCell>
                <TableCell>出险人</TableCell>
                <TableCell>所在村</TableCell>
                <TableCell>原因</TableCell>
                <TableCell>出险日期</TableCell>
                <TableCell align="right">自付费用</TableCell>
                <TableCell align="right">应赔金额</TableCell>
                <TableCell>状态</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {queue?.items.map((claim) => (
                <TableRow
                  key={claim.id}
                  hover
                  sx={{ cursor: 'pointer' }}
                  onClick={() => navigate(`/insuranceClaims/${claim.id}/show`)}
                  data-testid={`claim-row-${claim.externalReference}`}
                >
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatDateTime(claim.createdAt)}</TableCell>
                  <TableCell>
                    {claim.insurerName}
                    <Typography variant="caption" color="text.secondary" sx={{ display: 'block' }}>
                      {claim.externalReference}
                    </Typography>
                  </TableCell>
                  <TableCell>{claim.member?.name ?? '—'}</TableCell>
                  <TableCell>{claim.divisionCode}</TableCell>
                  <TableCell>{INSURED_CAUSE_LABELS[claim.cause]}</TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{claim.incidentDate}</TableCell>
                  <TableCell align="right" sx={{ fontVariantNumeric: 'tabular-nums' }}>
                    {formatMoney(claim.selfPaidAmount)}
                  </TableCell>
                  <TableCell align="right" sx={{ fontVariantNumeric: 'tabular-nums', fontWeight: 600 }}>
                    {formatMoney(claim.payoutAmount)}
                  </TableCell>
                  <TableCell>
                    <Chip
                      size="small"
                      color={CLAIM_STATUS_COLORS[claim.status]}
                      label={CLAIM_STATUS_LABELS[claim.status]}
                    />
                  </TableCell>
                </TableRow>
              ))}
              {queue && queue.items.length === 0 && (
                <TableRow>
                  <TableCell colSpan={9}>
                    <Typography variant="body2" color="text.secondary">
                      暂无案件
                    </Typography>
                  </TableCell>
                </TableRow>
              )}
            </TableBody>
          </Table>
        </TableContainer>
        {queue && queue.total > PAGE && (
          <Box sx={{ p: 1, display: 'flex', justifyContent: 'flex-end' }}>
            <Pagination
              count={Math.ceil(queue.total / PAGE)}
              page={page}
              onChange={(_, p) => setPage(p)}
              size="small"
            />
          </Box>
        )}
      </Card>
    </Box>
  );
};
