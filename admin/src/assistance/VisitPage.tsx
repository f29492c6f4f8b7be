import { useCallback, useEffect, useState } from 'react';
import { Title, useNotify } from 'react-admin';
import {
  Alert,
  Box,
  Button,
  Card,
  CardActionArea,
  CardContent,
  Checkbox,
  Chip,
  FormControlLabel,
  LinearProgress,
  MenuItem,
  Stack,
  TextField,
  ToggleButton,
  ToggleButtonGroup,
  Typography,
} from '@mui/material';
import CloudOffIcon from '@mui/icons-material/CloudOff';
import CloudDoneIcon from '@mui/icons-material/CloudDone';
import type { AssistanceVisitsDueQuery, IncomeCheck, MonitoringCategory, RiskType, VisitInput } from '../gql/graphql';
import { MONITORING_CATEGORY_LABELS, RISK_TYPE_LABELS } from '../labels';
import { todayInChina } from '../format';
import { VisitsDueQuery } from './documents';
import { INCOME_CHECK_LABELS } from './labels';
import { usePageQuery } from '../common/usePageQuery';
import {
  discardVisit,
  enqueueVisit,
  newClientKey,
  queuedVisits,
  sendQueuedVisits,
  type QueuedVisit,
} from './visitQueue';

type Due = AssistanceVisitsDueQuery['visitsDue'][number];

function useOnline() {
  const [online, setOnline] = useState(navigator.onLine);
  useEffect(() => {
    const on = () => setOnline(true);
    const off = () => setOnline(false);
    window.addEventListener('online', on);
    window.addEventListener('offline', off);
    return () => {
      window.removeEventListener('online', on);
      window.removeEventListener('offline', off);
    };
  }, []);
  return online;
}

function useQueue() {
  const [items, setItems] = useState<QueuedVisit[]>(queuedVisits);
  useEffect(() => {
    const update = () => setItems(queuedVisits());
    window.addEventListener('ffp-visit-queue', update);
    window.addEventListener('storage', update);
    return () => {
      window.removeEventListener('ffp-visit-queue', update);
      window.removeEventListener('storage', update);
    };
  }, []);
  return items;
}

/** 待发送: visits kept on the phone until the server has them. */
const QueuePanel = ({ items, online, onSend }: { items: QueuedVisit[]; online: boolean; onSend: () => void }) => {
  if (!items.length) return null;
  return (
    <Alert
      severity={items.some((i) => i.refused) ? 'error' : 'warning'}
      sx={{ mb: 2 }}
      data-testid="visit-queue"
      action={
        online ? (
          <Button color="inherit" size="small" onClick={onSend}>
            立即发送
          </Button>
        ) : undefined
      }
    >
      <Typography variant="body2" sx={{ fontWeight: 600 }}>
        本机有 {items.length} 条走访记录待发送
      </Typography>
      {items.map((item) => (
        <Box key={item.input.clientKey} sx={{ mt: 0.5 }}>
          <Typography variant="caption" component="div">
            {item.label}（{item.input.visitedOn}）{item.refused ? `：未能保存，${item.refused}` : '：联网后自动发送'}
          </Typography>
          {item.refused && (
            <Button size="small" color="inherit" onClick={() => discardVisit(item.input.clientKey)}>
              放弃这条
            </Button>
          )}
        </Box>
      ))}
    </Alert>
  );
};

interface FormState {
  visitedOn: string;
  findings: string;
  incomeCheck: IncomeCheck;
  incomeNote: string;
  photoRef: string;
  working: Record<string, boolean>;
  riskType: RiskType | '';
  leadReason: string;
  leadCategory: MonitoringCategory;
}

const VisitForm = ({
  due,
  onDone,
  onCancel,
}: {
  due: Due;
  onDone: (input: VisitInput) => void;
  onCancel: () => void;
}) => {
  const household = due.household!;
  const live = household.measures.filter((m) => m.status !== 'ENDED');
  const [form, setForm] = useState<FormState>({
    visitedOn: todayInChina(),
    findings: '',
    incomeCheck: 'STABLE',
    incomeNote: '',
    photoRef: '',
    working: Object.fromEntries(live.map((m) => [m.id, true])),
    riskType: '',
    leadReason: '',
    leadCategory: 'SUDDEN_HARDSHIP',
  });
  const [problem, setProblem] = useState<string | null>(null);
  const set = <K extends keyof FormState>(key: K, value: FormState[K]) => setForm((f) => ({ ...f, [key]: value }));
  const submit = () => {
    if (!form.findings.trim()) return setProblem('请填写走访发现');
    if (form.visitedOn > todayInChina()) return setProblem('走访日期不能晚于今天');
    const input: VisitInput = {
      clientKey: newClientKey(),
      householdId: household.id,
      visitedOn: form.visitedOn,
      findings: form.findings.trim(),
      incomeCheck: form.incomeCheck,
      incomeNote: form.incomeNote.trim() || null,
      photoRef: form.photoRef.trim() || null,
      measureChecks: live.map((m) => ({ measureId: m.id, working: !!form.working[m.id] })),
      newRisk: form.riskType ? { type: form.riskType, occurredOn: form.visitedOn, source: 'CADRE_VISIT' } : null,
      lead: form.leadReason.trim() ? { category: form.leadCategory, reasons: [form.leadReason.trim()] } : null,
    };
    onDone(input);
  };
  return (
    <Card data-testid="visit-form">
      <CardContent>
        <Typography variant="h6">{household.head?.name ?? '—'} 户</Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          {household.householdNumber} · {household.division?.name} · {household.address}
        </Typography>
        <Stack spacing={2}>
          <TextField
            label="走访日期"
            type="date"
            value={form.visitedOn}
            onChange={(e) => set('visitedOn', e.target.value)}
            slotProps={{ inputLabel: { shrink: true } }}
            fullWidth
          />
          <TextField
            label="走访发现"
            value={form.findings}
            onChange={(e) => set('findings', e.target.value)}
            multiline
            minRows={3}
            fullWidth
            slotProps={{ htmlInput: { 'data-testid': 'visit-findings' } }}
          />
          <Box>
            <Typography variant="body2" sx={{ mb: 0.5 }}>
              收入核实
            </Typography>
            <ToggleButtonGroup
              exclusive
              size="small"
              value={form.incomeCheck}
              onChange={(_, value) => value && set('incomeCheck', value)}
              sx={{ flexWrap: 'wrap' }}
            >
              {(Object.keys(INCOME_CHECK_LABELS) as IncomeCheck[]).map((value) => (
                <ToggleButton key={value} value={value}>
                  {INCOME_CHECK_LABELS[value]}
                </ToggleButton>
              ))}
            </ToggleButtonGroup>
          </Box>
          <TextField
            label="收入说明（可不填）"
            value={form.incomeNote}
            onChange={(e) => set('incomeNote', e.target.value)}
            fullWidth
          />
          {live.length > 0 && (
            <Box>
              <Typography variant="body2">帮扶措施是否见效</Typography>
              {live.map((m) => (
                <FormControlLabel
                  key={m.id}
                  sx={{ display: 'flex' }}
                  label={`${m.kindName}`}
                  control={
                    <Checkbox
                      checked={!!form.working[m.id]}
                      onChange={(e) => set('working', { ...form.working, [m.id]: e.target.checked })}
                    />
                  }
                />
              ))}
            </Box>
          )}
          <TextField
            label="照片编号（可不填）"
            value={form.photoRef}
            onChange={(e) => set('photoRef', e.target.value)}
            fullWidth
          />
          <TextField
            select
            label="发现新的风险因素（可不填）"
            value={form.riskType}
            onChange={(e) => set('riskType', e.target.value as RiskType | '')}
            fullWidth
          >
            <MenuItem value="">无</MenuItem>
            {(Object.keys(RISK_TYPE_LABELS) as RiskType[]).map((type) => (
              <MenuItem key={type} value={type}>
                {RISK_TYPE_LABELS[type]}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            label="开立监测线索的理由（可不填）"
            value={form.leadReason}
            onChange={(e) => set('leadReason', e.target.value)}
            fullWidth
          />
          {form.leadReason.trim() && (
            <TextField
              select
              label="线索类别"
              value={form.leadCategory}
              onChange={(e) => set('leadCategory', e.target.value as MonitoringCategory)}
              fullWidth
            >
              {(Object.keys(MONITORING_CATEGORY_LABELS) as MonitoringCategory[]).map((c) => (
                <MenuItem key={c} value={c}>
                  {MONITORING_CATEGORY_LABELS[c]}
                </MenuItem>
              ))}
            </TextField>
          )}
          {problem && <Alert severity="error">{problem}</Alert>}
          <Stack direction="row" spacing={1}>
            <Button variant="contained" size="large" fullWidth onClick={submit} data-testid="visit-submit">
              保存走访
            </Button>
            <Button size="large" onClick={onCancel}>
              返回
            </Button>
          </Stack>
        </Stack>
      </CardContent>
    </Card>
  );
};

/**
 * 走访登记, made for a phone (390 px wide): the monitored households due for a visit, a one-column
 * form, and visits made without network kept on the phone and sent when it returns.
 */
export const VisitPage = () => {
  const notify = useNotify();
  const online = useOnline();
  const queue = useQueue();
  const { data, error, loading, reload } = usePageQuery(VisitsDueQuery, {});
  const [open, setOpen] = useState<Due | null>(null);

  const send = useCallback(async () => {
    const { sent } = await sendQueuedVisits();
    if (sent) {
      notify(`已发送 ${sent} 条走访记录`, { type: 'success' });
      void reload();
    }
  }, [notify, reload]);

  // Send what waits when the page opens, when the network returns, and every 20 s while any waits.
  useEffect(() => {
    void send();
  }, [send]);
  useEffect(() => {
    if (online) void send();
  }, [online, send]);
  useEffect(() => {
    if (!queue.length) return undefined;
    const timer = window.setInterval(() => {
      void send();
    }, 20_000);
    return () => window.clearInterval(timer);
  }, [queue.length, send]);

  const record = async (input: VisitInput) => {
    const household = open!.household!;
    enqueueVisit(input, `${household.head?.name ?? ''}户 ${household.householdNumber}`);
    setOpen(null);
    await sendQueuedVisits();
    if (queuedVisits().some((v) => v.input.clientKey === input.clientKey && !v.refused)) {
      notify('网络不可用，走访记录已保存在本机，联网后自动发送', { type: 'warning' });
    } else if (queuedVisits().some((v) => v.input.clientKey === input.clientKey)) {
      notify('走访记录未能保存，请查看待发送列表', { type: 'error' });
    } else {
      notify('走访记录已保存', { type: 'success' });
      void reload();
    }
  };

  const items = [...(data?.visitsDue ?? [])].sort(
    (a, b) => Number(b.overdue) - Number(a.overdue) || a.dueOn.localeCompare(b.dueOn),
  );
  return (
    <Box sx={{ maxWidth: 640, mx: 'auto', px: { xs: 0, sm: 1 }, pb: 4 }}>
      <Title title="走访登记" />
      <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between', my: 1 }}>
        <Typography variant="h6">走访登记</Typography>
        <Chip
          size="small"
          data-testid="network-state"
          icon={online ? <CloudDoneIcon /> : <CloudOffIcon />}
          color={online ? 'success' : 'warning'}
          label={online ? '在线' : '离线'}
        />
      </Stack>
      <QueuePanel items={queue} online={online} onSend={() => void send()} />
      {open ? (
        <VisitForm due={open} onDone={(input) => void record(input)} onCancel={() => setOpen(null)} />
      ) : (
        <>
          {loading && !data && <LinearProgress />}
          {error && !data && <Alert severity="error">{error}</Alert>}
          {data && !items.length && <Alert severity="info">没有需要回访的监测对象</Alert>}
          <Stack spacing={1}>
            {items.map((due) => (
              <Card key={due.householdId} variant="outlined" data-testid={`due-${due.household?.householdNumber}`}>
                <CardActionArea onClick={() => setOpen(due)} sx={{ p: 1.5 }}>
                  <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'center', gap: 1 }}>
                    <Box sx={{ minWidth: 0 }}>
                      <Typography variant="subtitle1" noWrap>
                        {due.household?.head?.name ?? '—'} 户
                      </Typography>
                      <Typography variant="caption" color="text.secondary" component="div" noWrap>
                        {due.household?.householdNumber} · {due.household?.division?.name}
                      </Typography>
                      <Typography variant="caption" component="div">
                        上次走访 {due.lastVisitOn ?? '无'} · 应于 {due.dueOn} 前
                      </Typography>
                    </Box>
                    {due.overdue ? (
                      <Chip size="small" color="error" label="逾期" />
                    ) : (
                      <Chip size="small" variant="outlined" label="待回访" />
                    )}
                  </Stack>
                </CardActionArea>
              </Card>
            ))}
          </Stack>
        </>
      )}
    </Box>
  );
};

export default VisitPage;
