import { useState } from 'react';
import { Title, useNavigate, useNotify, useParams } from 'react-admin';
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  Chip,
  CircularProgress,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Grid,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import CheckIcon from '@mui/icons-material/Check';
import CloseIcon from '@mui/icons-material/Close';
import PaymentsIcon from '@mui/icons-material/Payments';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import { graphqlRequest } from '../dataProvider/graphqlRequest';
import { formatDateTime, formatMoney, todayInChina } from '../format';
import { InsuranceClaimQuery, RecordInsurancePaymentMutation, ReviewInsuranceClaimMutation } from './documents';
import { CLAIM_STATUS_COLORS, CLAIM_STATUS_LABELS, INSURED_CAUSE_LABELS } from './labels';
import { usePageQuery } from '../common/usePageQuery';

const Item = ({ label, value, testId }: { label: string; value: React.ReactNode; testId?: string }) => (
  <Grid size={{ xs: 12, sm: 6, md: 4 }}>
    <Typography variant="caption" color="text.secondary">
      {label}
    </Typography>
    <Typography variant="body1" data-testid={testId} sx={{ fontVariantNumeric: 'tabular-nums' }}>
      {value === null || value === undefined || value === '' ? '—' : value}
    </Typography>
  </Grid>
);

/** 理赔案件: the loss, the figures it was judged by, and the county's review and payment record. */
export const ClaimPage = () => {
  const { id } = useParams<{ id: string }>();
  const navigate = useNavigate();
  const notify = useNotify();
  const { data, error, loading, reload } = usePageQuery(InsuranceClaimQuery, id ? { id } : null);
  const [dialog, setDialog] = useState<null | 'reject' | 'pay'>(null);
  const [note, setNote] = useState('');
  const [paidOn, setPaidOn] = useState(todayInChina());
  const [reference, setReference] = useState('');
  const [busy, setBusy] = useState(false);
  const claim = data?.insuranceClaim;

  const run = async (action: () => Promise<unknown>, done: string) => {
    setBusy(true);
    try {
      await action();
      notify(done, { type: 'success' });
      setDialog(null);
      reload();
    } catch (e) {
      notify((e as Error).message, { type: 'error' });
    } finally {
      setBusy(false);
    }
  };

  if (error)
    return (
      <Alert severity="error" sx={{ mt: 2 }}>
        {error}
      </Alert>
    );
  if (!claim) return loading ? <CircularProgress sx={{ mt: 4 }} /> : null;
  const review = (approve: boolean) =>
    run(
      () =>
        graphqlRequest(ReviewInsuranceClaimMutation, {
          id: claim.id,
          version: claim.version,
          approve,
          note: note.trim() || null,
        }),
      approve ? '已核准' : '已不予核准',
    );

  return (
    <Box sx={{ mt: 2 }}>
      <Title title={`防贫保理赔 ${claim.externalReference}`} />
      <Button startIcon={<ArrowBackIcon />} onClick={() => navigate('/insuranceClaims')} sx={{ mb: 1 }}>
        返回审核队列
      </Button>
      <Card>
        <CardContent>
          <Stack direction="row" spacing={2} sx={{ alignItems: 'center', mb: 2 }}>
            <Typography variant="h6">
              {claim.insurerName} · {claim.externalReference}
            </Typography>
            <Chip
              color={CLAIM_STATUS_COLORS[claim.status]}
              label={CLAIM_STATUS_LABELS[claim.status]}
              data-testid="claim-status"
            />
          </Stack>
          <Grid container spacing={2}>
            <Item
              label="出险人"
              value={claim.member ? `${claim.member.name}（${claim.member.idNumber}）` : null}
              testId="claim-person"
            />
            <Item label="所在村" value={claim.divisionCode} />
            <Item label="户编号" value={claim.household?.householdNumber} />
            <Item label="致贫原因" value={INSURED_CAUSE_LABELS[claim.cause]} />
            <Item label="出险日期" value={claim.incidentDate} />
            <Item label="保单年度" value={claim.policyYear} />
            <Item label="总费用（元）" value={formatMoney(claim.totalCost)} />
            <Item label="已报销（元）" value={formatMoney(claim.reimbursedAmount)} />
            <Item label="自付费用（元）" value={formatMoney(claim.selfPaidAmount)} />
            <Item label="扣除自付后人均纯收入（元）" value={formatMoney(claim.perCapitaIncomeAfterLoss)} />
            <Item label="防贫线（元）" value={formatMoney(claim.preventionLine)} />
            <Item label="应赔金额（元）" value={<b>{formatMoney(claim.payoutAmount)}</b>} testId="claim-payout" />
            <Item label="报案时间" value={formatDateTime(claim.createdAt)} />
            <Item
              label="审核"
              value={claim.reviewedBy ? `${claim.reviewedBy} ${formatDateTime(claim.reviewedAt)}` : null}
            />
            <Item label="审核意见" value={claim.reviewNote} testId="claim-review-note" />
            <Item
              label="赔付"
              value={claim.paidOn ? `${claim.paidOn}（凭证 ${claim.paymentReference}）` : null}
              testId="claim-paid"
            />
          </Grid>
          <Stack direction="row" spacing={1} sx={{ mt: 3 }}>
            {claim.status === 'SUBMITTED' && (
              <>
                <TextField
                  size="small"
                  label="审核意见"
                  value={note}
                  onChange={(e) => setNote(e.target.value)}
                  sx={{ minWidth: 280 }}
                  slotProps={{ htmlInput: { 'data-testid': 'review-note' } }}
                />
                <Button
                  variant="contained"
                  color="success"
                  startIcon={<CheckIcon />}
                  disabled={busy}
                  onClick={() => review(true)}
                  data-testid="approve-claim"
                >
                  核准
                </Button>
                <Button
                  variant="outlined"
                  color="error"
                  startIcon={<CloseIcon />}
                  disabled={busy}
                  onClick={() => setDialog('reject')}
                  data-testid="reject-claim"
                >
                  不予核准
                </Button>
              </>
            )}
            {claim.status === 'APPROVED' && (
              <Button
                variant="contained"
                startIcon={<PaymentsIcon />}
                disabled={busy}
                onClick={() => setDialog('pay')}
                data-testid="record-payment"
              >
                登记赔付
              </Button>
            )}
          </Stack>
          {claim.status === 'APPROVED' && (
            <Alert severity="info" sx={{ mt: 2 }}>
              登记赔付后，赔付金额计入该户 {claim.policyYear} 年度转移性收入，人均纯收入随之重算。
            </Alert>
          )}
        </CardContent>
      </Card>

      <Dialog open={dialog === 'reject'} onClose={() => setDialog(null)}>
        <DialogTitle>不予核准</DialogTitle>
        <DialogContent>
          <TextField
            autoFocus
            fullWidth
            multiline
            minRows={2}
            label="理由（必填）"
            value={note}
            onChange={(e) => setNote(e.target.value)}
            sx={{ mt: 1 }}
            slotProps={{ htmlInput: { 'data-testid': 'reject-note' } }}
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setDialog(null)}>取消</Button>
          <Button
            color="error"
            disabled={busy || !note.trim()}
            onClick={() => review(false)}
            data-testid="confirm-reject"
          >
            不予核准
          </Button>
        </DialogActions>
      </Dialog>

      <Dialog open={dialog === 'pay'} onClose={() => setDialog(null)}>
        <DialogTitle>登记赔付 {formatMoney(claim.payoutAmount)} 元</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ mt: 1, minWidth: 320 }}>
            <TextField
              type="date"
              label="赔付日期"
              value={paidOn}
              onChange={(e) => setPaidOn(e.target.value)}
              slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'data-testid': 'paid-on' } }}
            />
            <TextField
              label="赔付凭证号"
              value={reference}
              onChange={(e) => setReference(e.target.value)}
              slotProps={{ htmlInput: { 'data-testid': 'payment-reference' } }}
            />
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setDialog(null)}>取消</Button>
          <Button
            variant="contained"
            disabled={busy || !reference.trim()}
            data-testid="confirm-payment"
            onClick={() =>
              run(
                () =>
                  graphqlRequest(RecordInsurancePaymentMutation, {
                    id: claim.id,
                    version: claim.version,
                    paidOn,
                    paymentReference: reference.trim(),
                  }),
                '已登记赔付',
              )
            }
          >
            登记
          </Button>
        </DialogActions>
      </Dialog>
    </Box>
  );
};
