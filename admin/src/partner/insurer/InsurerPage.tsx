import { useCallback, useEffect, useState } from 'react';
import { Title, useNotify } from 'react-admin';
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  Chip,
  Grid,
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
import FactCheckIcon from '@mui/icons-material/FactCheck';
import SendIcon from '@mui/icons-material/Send';
import type { ClaimStatus, InsuredCause } from '../../gql/graphql';
import { errorMessage, formatDateTime, formatMoney, formatPercent, isMoneyInput, todayInChina } from '../../format';
import {
  CLAIM_STATUS_COLORS,
  CLAIM_STATUS_LABELS,
  INELIGIBILITY_REASON_LABELS,
  INSURED_CAUSE_LABELS,
} from '../../insurance/labels';
import { checkEligibility, fileClaim, listClaims, type ClaimRow, type Eligibility, type LossInput } from '../contract';

const PAGE = 20;
const ID_NUMBER = /^\d{17}[\dXx]$/;

const Figure = ({ label, value, testId }: { label: string; value: React.ReactNode; testId?: string }) => (
  <Grid size={{ xs: 12, sm: 6, md: 4 }}>
    <Typography variant="body2" color="text.secondary">
      {label}
    </Typography>
    <Typography variant="body1" data-testid={testId} sx={{ fontVariantNumeric: 'tabular-nums' }}>
      {value === null || value === undefined || value === '' ? '—' : value}
    </Typography>
  </Grid>
);

const emptyLoss = (): LossInput => ({
  idNumber: '',
  cause: 'ILLNESS',
  incidentDate: todayInChina(),
  totalCost: '',
  reimbursedAmount: '0',
});

/** What is wrong with the loss as typed, before anything is sent (the API checks again). */
function lossProblem(loss: LossInput): string | null {
  if (!ID_NUMBER.test(loss.idNumber.trim())) return '身份证号应为 18 位';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(loss.incidentDate)) return '请填写出险日期';
  if (!loss.totalCost.trim() || !isMoneyInput(loss.totalCost)) return '总费用应为金额（元，最多两位小数）';
  if (!isMoneyInput(loss.reimbursedAmount)) return '已报销金额应为金额（元，最多两位小数）';
  return null;
}

const normalised = (loss: LossInput): LossInput => ({
  ...loss,
  idNumber: loss.idNumber.trim().toUpperCase(),
  totalCost: loss.totalCost.trim(),
  reimbursedAmount: loss.reimbursedAmount.trim() || '0',
});

/** The answer to a loss: eligible or not and why, the figures it was judged by, and the bands. */
const EligibilityAnswer = ({ answer }: { answer: Eligibility }) => (
  <Box data-testid="eligibility-answer">
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 1 }}>
      <Chip
        label={answer.eligible ? '符合赔付条件' : '不符合赔付条件'}
        color={answer.eligible ? 'success' : 'default'}
        data-testid="eligibility-verdict"
      />
      <Typography variant="h6" component="p" data-testid="eligibility-payout">
        应赔金额 {formatMoney(answer.payoutAmount)} 元
      </Typography>
    </Stack>
    {answer.reasons.length > 0 && (
      <Alert severity="info" sx={{ mb: 1 }} data-testid="eligibility-reasons">
        {answer.reasons.map((r) => (
          <div key={r}>{INELIGIBILITY_REASON_LABELS[r] ?? r}</div>
        ))}
      </Alert>
    )}
    <Grid container spacing={2} sx={{ mb: 1 }}>
      <Figure
        label="自付费用（总费用 − 已报销）"
        value={`${formatMoney(answer.selfPaidAmount)} 元`}
        testId="eligibility-self-paid"
      />
      <Figure label="防贫线（元/人·年）" value={answer.preventionLine && formatMoney(answer.preventionLine)} />
      <Figure
        label="扣除自付后家庭人均纯收入"
        value={
          answer.householdPerCapitaIncomeAfterLoss && `${formatMoney(answer.householdPerCapitaIncomeAfterLoss)} 元`
        }
      />
      <Figure label="适用保单年度" value={answer.policyYear} />
      <Figure label="所在村（区划代码）" value={answer.divisionCode} />
    </Grid>
    {answer.bands.length > 0 && (
      <TableContainer>
        <Table size="small" data-testid="eligibility-bands" aria-label="按档次计算">
          <TableHead>
            <TableRow>
              <TableCell>自付费用档次（元）</TableCell>
              <TableCell align="right">赔付比例</TableCell>
              <TableCell align="right">本档赔付（元）</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {answer.bands.map((b) => (
              <TableRow key={b.lowerBound}>
                <TableCell>
                  {formatMoney(b.lowerBound)} — {b.upperBound ? formatMoney(b.upperBound) : '以上'}
                </TableCell>
                <TableCell align="right">{formatPercent(Number(b.rate))}</TableCell>
                <TableCell align="right">{formatMoney(b.amount)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
    )}
  </Box>
);

/** 本机构的理赔案件: what was filed and where the county's review stands. */
const ClaimList = ({ refresh }: { refresh: number }) => {
  const [status, setStatus] = useState<ClaimStatus | ''>('');
  const [page, setPage] = useState(1);
  const [data, setData] = useState<{ total: number; items: ClaimRow[] } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  useEffect(() => {
    let cancelled = false;
    setLoading(true);
    listClaims({ status: status || null, offset: (page - 1) * PAGE, limit: PAGE })
      .then((d) => {
        if (!cancelled) {
          setData(d);
          setError(null);
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
  }, [status, page, refresh]);
  return (
    <Card>
      <CardContent>
        <Stack direction="row" spacing={2} sx={{ mb: 2, alignItems: 'center', flexWrap: 'wrap' }} useFlexGap>
          <Typography variant="h6" component="h2">
            本机构的理赔案件
          </Typography>
          <TextField
            select
            size="small"
            label="状态"
            value={status}
            sx={{ minWidth: 180 }}
            data-testid="insurer-claim-status"
            slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
            onChange={(e) => {
              setStatus(e.target.value as ClaimStatus | '');
              setPage(1);
            }}
          >
            <MenuItem value="">全部</MenuItem>
            {(Object.keys(CLAIM_STATUS_LABELS) as ClaimStatus[]).map((s) => (
              <MenuItem key={s} value={s}>
                {CLAIM_STATUS_LABELS[s]}
              </MenuItem>
            ))}
          </TextField>
          <Typography variant="body2" color="text.secondary" data-testid="insurer-claim-total">
            共 {data?.total ?? 0} 件
          </Typography>
        </Stack>
        {error && <Alert severity="error">{error}</Alert>}
        {loading && <LinearProgress />}
        <TableContainer>
          <Table size="small" data-testid="insurer-claims" aria-label="本机构的理赔案件">
            <TableHead>
              <TableRow>
                <TableCell>出险日期</TableCell>
                <TableCell>致贫原因</TableCell>
                <TableCell>所在村（区划代码）</TableCell>
                <TableCell align="right">自付费用（元）</TableCell>
                <TableCell align="right">应赔金额（元）</TableCell>
                <TableCell>状态</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {(data?.items ?? []).map((c) => (
                <TableRow key={c.id} data-testid={`insurer-claim-${c.id}`}>
                  <TableCell>{c.incidentDate}</TableCell>
                  <TableCell>{INSURED_CAUSE_LABELS[c.cause] ?? c.cause}</TableCell>
                  <TableCell>{c.divisionCode}</TableCell>
                  <TableCell align="right">{formatMoney(c.selfPaidAmount)}</TableCell>
                  <TableCell align="right">{formatMoney(c.payoutAmount)}</TableCell>
                  <TableCell>
                    <Chip
                      size="small"
                      variant="outlined"
                      label={CLAIM_STATUS_LABELS[c.status]}
                      color={CLAIM_STATUS_COLORS[c.status]}
                    />
                  </TableCell>
                </TableRow>
              ))}
              {data && data.items.length === 0 && (
                <TableRow>
                  <TableCell colSpan={6}>暂无理赔案件</TableCell>
                </TableRow>
              )}
            </TableBody>
          </Table>
        </TableContainer>
        {data && data.total > PAGE && (
          <Pagination sx={{ mt: 1 }} count={Math.ceil(data.total / PAGE)} page={page} onChange={(_, p) => setPage(p)} />
        )}
      </CardContent>
    </Card>
  );
};

/**
 * 防贫保 for the insurer's staff: check a loss against the region's policy, file the claim, follow
 * the claims. Sends only the public contract's operations (schema/contract/insurer.graphql).
 */
export const InsurerPage = () => {
  const notify = useNotify();
  const [loss, setLoss] = useState<LossInput>(emptyLoss);
  const [reference, setReference] = useState('');
  const [answer, setAnswer] = useState<{ loss: LossInput; result: Eligibility } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [refresh, setRefresh] = useState(0);
  const set = (field: keyof LossInput) => (e: React.ChangeEvent<HTMLInputElement>) => {
    setLoss((l) => ({ ...l, [field]: e.target.value }));
    setAnswer(null);
  };

  const check = useCallback(async () => {
    const wrong = lossProblem(loss);
    setProblem(wrong);
    if (wrong) return;
    setBusy(true);
    try {
      const input = normalised(loss);
      setAnswer({ loss: input, result: await checkEligibility(input) });
    } catch (e) {
      setProblem(errorMessage(e));
    } finally {
      setBusy(false);
    }
  }, [loss]);

  const file = async () => {
    if (!answer) return;
    if (!reference.trim()) {
      setProblem('请填写本机构的报案号');
      return;
    }
    setBusy(true);
    try {
      const claim = await fileClaim({ ...answer.loss, externalReference: reference.trim() });
      notify(
        `已提交理赔（${formatDateTime(claim.createdAt)}），应赔 ${formatMoney(claim.payoutAmount)} 元，待县级审核`,
        { type: 'success' },
      );
      setLoss(emptyLoss());
      setReference('');
      setAnswer(null);
      setProblem(null);
      setRefresh((n) => n + 1);
    } catch (e) {
      setProblem(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Box sx={{ mt: 2, maxWidth: 1100, display: 'grid', gap: 2 }} data-testid="insurer-page">
      <Title title="防贫保理赔" />
      <Card>
        <CardContent>
          <Typography variant="h6" component="h2" gutterBottom>
            核查损失
          </Typography>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
            按出险人所在地区的防贫保保单计算：自付费用 = 总费用 −
            已报销；扣除自付后家庭人均纯收入低于防贫线时，按档次赔付。
          </Typography>
          <Box
            component="form"
            onSubmit={(e) => {
              e.preventDefault();
              void check();
            }}
            sx={{
              display: 'grid',
              gap: 2,
              gridTemplateColumns: { xs: '1fr', sm: 'repeat(2, minmax(0, 1fr))', md: 'repeat(3, minmax(0, 1fr))' },
            }}
          >
            <TextField
              label="出险人身份证号"
              value={loss.idNumber}
              onChange={set('idNumber')}
              name="idNumber"
              required
              slotProps={{ htmlInput: { maxLength: 18, autoComplete: 'off' } }}
            />
            <TextField
              select
              label="致贫原因"
              value={loss.cause}
              name="cause"
              onChange={(e) => {
                setLoss((l) => ({ ...l, cause: e.target.value as InsuredCause }));
                setAnswer(null);
              }}
            >
              {(Object.keys(INSURED_CAUSE_LABELS) as InsuredCause[]).map((c) => (
                <MenuItem key={c} value={c}>
                  {INSURED_CAUSE_LABELS[c]}
                </MenuItem>
              ))}
            </TextField>
            <TextField
              label="出险日期"
              type="date"
              value={loss.incidentDate}
              onChange={set('incidentDate')}
              name="incidentDate"
              required
              slotProps={{ inputLabel: { shrink: true } }}
            />
            <TextField
              label="总费用（元）"
              value={loss.totalCost}
              onChange={set('totalCost')}
              name="totalCost"
              required
              slotProps={{ htmlInput: { inputMode: 'decimal' } }}
            />
            <TextField
              label="已报销（医保等，元）"
              value={loss.reimbursedAmount}
              onChange={set('reimbursedAmount')}
              name="reimbursedAmount"
              slotProps={{ htmlInput: { inputMode: 'decimal' } }}
            />
            <Box sx={{ display: 'flex', alignItems: 'center' }}>
              <Button
                type="submit"
                variant="contained"
                startIcon={<FactCheckIcon />}
                disabled={busy}
                data-testid="check-eligibility"
              >
                核查
              </Button>
            </Box>
          </Box>
          {problem && (
            <Alert severity="error" sx={{ mt: 2 }} data-testid="insurer-problem">
              {problem}
            </Alert>
          )}
          {answer && (
            <Box sx={{ mt: 2 }}>
              <EligibilityAnswer answer={answer.result} />
              {answer.result.eligible && (
                <Stack
                  direction={{ xs: 'column', sm: 'row' }}
                  spacing={2}
                  sx={{ mt: 2, alignItems: { sm: 'flex-start' } }}
                >
                  <TextField
                    label="本机构报案号"
                    sx={{ minWidth: 280 }}
                    value={reference}
                    onChange={(e) => setReference(e.target.value)}
                    name="externalReference"
                    helperText="同一报案号重复提交返回同一案件"
                    slotProps={{ htmlInput: { maxLength: 64 } }}
                  />
                  <Button
                    variant="contained"
                    color="primary"
                    startIcon={<SendIcon />}
                    onClick={file}
                    disabled={busy}
                    data-testid="file-claim"
                    sx={{ flexShrink: 0, whiteSpace: 'nowrap', mt: { sm: 1 } }}
                  >
                    提交理赔
                  </Button>
                </Stack>
              )}
            </Box>
          )}
        </CardContent>
      </Card>
      <ClaimList refresh={refresh} />
    </Box>
  );
};

export default InsurerPage;
