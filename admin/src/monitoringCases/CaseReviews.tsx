import { useState } from 'react';
import { useCanAccess, useDataProvider, useNotify, useRefresh, useTranslate } from 'react-admin';
import {
  Alert,
  Box,
  Button,
  Chip,
  CircularProgress,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControlLabel,
  Stack,
  Switch,
  TextField,
  Typography,
} from '@mui/material';
import type { CaseRecord, ConsoleDataProvider } from '../dataProvider';
import { ApiError } from '../dataProvider';
import { errorMessage } from '../format';

type Review = CaseRecord['reviews'][number];
type Objection = CaseRecord['objections'][number];

/** Review records may be written only while the case is in one of the village's reviews (the API's reviewStageOf). */
const IN_VILLAGE_REVIEW = ['VILLAGE_REVIEW', 'EXIT_VILLAGE_REVIEW'];
const STAGE_LABELS: Record<string, string> = { IDENTIFICATION: '识别评议', EXIT: '风险消除评定' };

const today = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

type DialogKind = 'review' | 'objection' | { answer: Objection };

/** The form's fields by name; the API's BAD_USER_INPUT names the field (`input.<name>` or `answer`). */
type Values = Record<string, string>;

const FIELDS: Record<
  'review' | 'objection' | 'answer',
  Array<{ name: string; label: string; type?: string; multiline?: boolean; required?: boolean }>
> = {
  review: [
    { name: 'deliberatedOn', label: '评议日期', type: 'date', required: true },
    { name: 'attendeeCount', label: '参会人数', type: 'number', required: true },
    { name: 'attendees', label: '参会人员（村两委、驻村工作队、村民代表等）', multiline: true, required: true },
    { name: 'result', label: '评议结果（表决情况）', multiline: true, required: true },
    { name: 'noticeStartsOn', label: '公示开始日期', type: 'date' },
    { name: 'noticeEndsOn', label: '公示结束日期', type: 'date' },
  ],
  objection: [
    { name: 'receivedOn', label: '收到日期', type: 'date', required: true },
    { name: 'content', label: '异议内容', multiline: true, required: true },
  ],
  answer: [{ name: 'answer', label: '核实及处理情况', multiline: true, required: true }],
};

const Line = ({ label, children }: { label: string; children: React.ReactNode }) => (
  <Stack direction="row" spacing={1}>
    <Typography variant="body2" color="text.secondary" sx={{ minWidth: 84, flexShrink: 0 }}>
      {label}
    </Typography>
    <Typography variant="body2" component="div" sx={{ minWidth: 0, whiteSpace: 'pre-wrap' }}>
      {children}
    </Typography>
  </Stack>
);

const ReviewItem = ({ review }: { review: Review }) => (
  <Box
    data-testid="case-review"
    sx={{ borderLeft: 3, borderColor: review.agreed ? 'success.main' : 'warning.main', pl: 1.5, py: 0.5 }}
  >
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 0.5 }}>
      <Typography variant="body2" sx={{ fontWeight: 600 }}>
        {review.deliberatedOn} 民主评议
      </Typography>
      <Chip size="small" variant="outlined" label={STAGE_LABELS[review.stage] ?? review.stage} />
      <Chip size="small" color={review.agreed ? 'success' : 'warning'} label={review.agreed ? '同意' : '不同意'} />
    </Stack>
    <Line label="参会人员">
      {review.attendees}（{review.attendeeCount} 人）
    </Line>
    <Line label="评议结果">{review.result}</Line>
    <Line label="公示期">
      {review.noticeStartsOn || review.noticeEndsOn
        ? `${review.noticeStartsOn ?? '—'} 至 ${review.noticeEndsOn ?? '—'}`
        : '—'}
    </Line>
    <Line label="记录人">{review.recordedBy}</Line>
  </Box>
);

const ObjectionItem = ({ objection, onAnswer }: { objection: Objection; onAnswer?: () => void }) => (
  <Box
    data-testid="case-objection"
    data-answered={objection.answer ? 'true' : 'false'}
    sx={{ borderLeft: 3, borderColor: objection.answer ? 'success.main' : 'error.main', pl: 1.5, py: 0.5 }}
  >
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 0.5 }}>
      <Typography variant="body2" sx={{ fontWeight: 600 }}>
        {objection.receivedOn} 收到异议
      </Typography>
      <Chip
        size="small"
        color={objection.answer ? 'success' : 'error'}
        label={objection.answer ? '已答复' : '未答复'}
      />
      {!objection.answer && onAnswer && (
        <Button size="small" variant="outlined" onClick={onAnswer} data-testid="answer-objection">
          答复
        </Button>
      )}
    </Stack>
    <Line label="异议内容">{objection.content}</Line>
    <Line label="登记人">{objection.recordedBy}</Line>
    {objection.answer && (
      <Line label="核实处理">
        {objection.answer}（{objection.answeredBy}，{objection.answeredOn}）
      </Line>
    )}
  </Box>
);

/**
 * 村级民主评议及公示 and 公示异议 of the case. While the case is in a village review the village
 * (MONITORING_PROPOSE) records the review, objections received during the 公示 and their answers;
 * an unanswered objection keeps the case in review (the API refuses the next step with CONFLICT).
 */
export const CaseReviews = ({ record }: { record: CaseRecord }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const { canAccess } = useCanAccess({ resource: 'monitoringCases', action: 'villageReview' });
  const [dialog, setDialog] = useState<DialogKind | null>(null);
  const [values, setValues] = useState<Values>({});
  const [agreed, setAgreed] = useState(true);
  const [errors, setErrors] = useState<Values>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const mayRecord = Boolean(canAccess) && IN_VILLAGE_REVIEW.includes(record.state);
  const kind = dialog === null ? null : typeof dialog === 'string' ? dialog : 'answer';

  const open = (next: DialogKind) => {
    setValues(
      next === 'review'
        ? { deliberatedOn: today(), noticeStartsOn: today() }
        : next === 'objection'
          ? { receivedOn: today() }
          : {},
    );
    setAgreed(true);
    setErrors({});
    setFailure(null);
    setDialog(next);
  };

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!kind || dialog === null) return;
    const missing = Object.fromEntries(
      FIELDS[kind]
        .filter((field) => field.required && !(values[field.name] ?? '').trim())
        .map((field) => [field.name, `请填写${field.label.replace(/（.*$/, '')}`]),
    );
    if (Object.keys(missing).length) {
      setErrors(missing);
      return;
    }
    const value = (name: string) => (values[name] ?? '').trim() || null;
    setBusy(true);
    setFailure(null);
    try {
      if (kind === 'review') {
        await dataProvider.recordVillageReview(record.id, {
          deliberatedOn: value('deliberatedOn')!,
          attendeeCount: Number(value('attendeeCount')),
          attendees: value('attendees')!,
          result: value('result')!,
          agreed,
          noticeStartsOn: value('noticeStartsOn'),
          noticeEndsOn: value('noticeEndsOn'),
        });
        notify('已记录民主评议', { type: 'success' });
      } else if (kind === 'objection') {
        await dataProvider.recordObjection(record.id, { receivedOn: value('receivedOn')!, content: value('content')! });
        notify('已登记公示异议', { type: 'success' });
      } else if (typeof dialog === 'object') {
        await dataProvider.answerObjection(dialog.answer, value('answer')!);
        notify('已答复公示异议', { type: 'success' });
      }
      setDialog(null);
      refresh();
    } catch (error) {
      const message = errorMessage(error);
      const field = error instanceof ApiError && error.field ? error.field.replace(/^input\./, '') : null;
      if (field && FIELDS[kind].some((f) => f.name === field)) setErrors({ [field]: message });
      else setFailure(message);
    } finally {
      setBusy(false);
    }
  };

  const title = kind === 'review' ? '记录民主评议及公示' : kind === 'objection' ? '登记公示异议' : '答复公示异议';
  return (
    <>
      <Stack spacing={1.5} data-testid="case-reviews">
        {record.reviews.length === 0 && (
          <Typography variant="body2" color="text.secondary">
            尚未记录民主评议
          </Typography>
        )}
        {record.reviews.map((review) => (
          <ReviewItem key={review.id} review={review} />
        ))}
        {record.objections.map((objection) => (
          <ObjectionItem
            key={objection.id}
            objection={objection}
            onAnswer={canAccess ? () => open({ answer: objection }) : undefined}
          />
        ))}
        {mayRecord && (
          <Stack direction="row" spacing={1}>
            <Button variant="outlined" size="small" onClick={() => open('review')} data-testid="record-review">
              记录民主评议
            </Button>
            <Button
              variant="outlined"
              size="small"
              color="warning"
              onClick={() => open('objection')}
              data-testid="record-objection"
            >
              登记公示异议
            </Button>
          </Stack>
        )}
      </Stack>
      <Dialog open={dialog !== null} onClose={busy ? undefined : () => setDialog(null)} maxWidth="sm" fullWidth>
        <form onSubmit={submit} noValidate data-testid="case-record-form">
          <DialogTitle>{title}</DialogTitle>
          <DialogContent>
            {typeof dialog === 'object' && dialog !== null && (
              <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
                异议：{dialog.answer.content}
              </Typography>
            )}
            {failure && (
              <Alert severity="error" sx={{ mb: 1 }} data-testid="case-record-error">
                {failure}
              </Alert>
            )}
            {kind &&
              FIELDS[kind].map((field) => (
                <TextField
                  key={field.name}
                  name={field.name}
                  label={field.label}
                  type={field.type ?? 'text'}
                  required={field.required}
                  multiline={field.multiline}
                  minRows={field.multiline ? 2 : undefined}
                  fullWidth
                  margin="dense"
                  value={values[field.name] ?? ''}
                  onChange={(event) => {
                    setValues({ ...values, [field.name]: event.target.value });
                    setErrors({ ...errors, [field.name]: '' });
                  }}
                  error={Boolean(errors[field.name])}
                  helperText={errors[field.name] || ' '}
                  slotProps={field.type === 'date' ? { inputLabel: { shrink: true } } : undefined}
                />
              ))}
            {kind === 'review' && (
              <FormControlLabel
                control={
                  <Switch checked={agreed} onChange={(event) => setAgreed(event.target.checked)} name="agreed" />
                }
                label={agreed ? '评议同意' : '评议不同意'}
              />
            )}
          </DialogContent>
          <DialogActions>
            <Button onClick={() => setDialog(null)} disabled={busy}>
              {translate('ra.action.cancel')}
            </Button>
            <Button
              type="submit"
              variant="contained"
              disabled={busy}
              data-testid="confirm-record"
              startIcon={busy ? <CircularProgress size={16} color="inherit" /> : undefined}
            >
              {translate('ra.action.confirm')}
            </Button>
          </DialogActions>
        </form>
      </Dialog>
    </>
  );
};
