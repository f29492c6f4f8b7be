import { useState, type ReactNode } from 'react';
import { useCanAccess, useNotify, useRecordContext } from 'react-admin';
import {
  Alert,
  Box,
  Button,
  Chip,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControlLabel,
  Checkbox,
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
import type { AssistanceHouseholdQuery, MeasureField, MeasureInput, MeasureStatus, TeamRole } from '../gql/graphql';
import { graphqlRequest } from '../dataProvider/graphqlRequest';
import { errorMessage, formatMoney, todayInChina } from '../format';
import { RISK_TYPE_LABELS } from '../labels';
import {
  AddMeasureMutation,
  AddTeamMemberMutation,
  CreatePlanMutation,
  HouseholdAssistanceQuery,
  MeasureKindsQuery,
  SetMeasureStatusMutation,
  UpdatePlanMutation,
} from './documents';
import {
  GAP_KIND_LABELS,
  INCOME_SOURCE_LABELS,
  MEASURE_FIELD_LABELS,
  MEASURE_NATURE_LABELS,
  MEASURE_STATUS_LABELS,
  PLAN_STATUS_LABELS,
  TEAM_ROLE_LABELS,
} from './labels';
import { usePageQuery } from '../common/usePageQuery';

type Household = NonNullable<AssistanceHouseholdQuery['household']>;
type Measure = Household['measures'][number];

const STATUS_COLORS: Record<MeasureStatus, 'default' | 'success' | 'info'> = {
  PLANNED: 'info',
  IN_EFFECT: 'success',
  ENDED: 'default',
};

function useHouseholdAssistance() {
  const record = useRecordContext<{ id: string }>();
  const state = usePageQuery(HouseholdAssistanceQuery, record ? { id: String(record.id) } : null);
  return { ...state, household: state.data?.household ?? null };
}

/** A small dialog form: fields are plain MUI inputs; the API's Chinese error is shown in it. */
function Dialogue({
  open,
  title,
  onClose,
  onSubmit,
  children,
  testId,
}: {
  open: boolean;
  title: string;
  onClose: () => void;
  onSubmit: () => Promise<void>;
  children: ReactNode;
  testId?: string;
}) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="sm" data-testid={testId}>
      <DialogTitle>{title}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          {children}
        </Stack>
        {error && (
          <Alert severity="error" sx={{ mt: 2 }} data-testid="dialog-error">
            {error}
          </Alert>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>取消</Button>
        <Button
          variant="contained"
          disabled={busy}
          data-testid="dialog-save"
          onClick={async () => {
            setBusy(true);
            try {
              await onSubmit();
              setError(null);
              onClose();
            } catch (failure) {
              setError(errorMessage(failure));
            } finally {
              setBusy(false);
            }
          }}
        >
          保存
        </Button>
      </DialogActions>
    </Dialog>
  );
}

const AddMeasureButton = ({ household, onDone }: { household: Household; onDone: () => void }) => {
  const [open, setOpen] = useState(false);
  const kinds = usePageQuery(MeasureKindsQuery, open ? { divisionCode: household.divisionCode } : null);
  const [values, setValues] = useState<Record<string, string>>({ kindCode: '', responsibleUnit: '' });
  const [risks, setRisks] = useState<string[]>([]);
  const kind = kinds.data?.measureKinds.find((k) => k.code === values.kindCode);
  const needs = (field: MeasureField) => kind?.requiredFields.includes(field);
  const set = (key: string) => (event: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [key]: event.target.value }));
  const activeRisks = household.riskFactors.filter((r) => r.status === 'ACTIVE');
  const input = (): MeasureInput => ({
    kindCode: values.kindCode,
    responsibleUnit: values.responsibleUnit ?? '',
    memberId: values.memberId || null,
    amount: values.amount?.trim() || null,
    startsOn: values.startsOn || null,
    endsOn: values.endsOn || null,
    responsiblePerson: values.responsiblePerson || null,
    post: values.post || null,
    monthlyPay: values.monthlyPay?.trim() || null,
    riskFactorIds: risks,
    note: values.note || null,
  });
  return (
    <>
      <Button variant="outlined" onClick={() => setOpen(true)} data-testid="add-measure">
        安排帮扶措施
      </Button>
      <Dialogue
        open={open}
        title="安排帮扶措施（缺什么、补什么）"
        onClose={() => setOpen(false)}
        testId="measure-dialog"
        onSubmit={async () => {
          await graphqlRequest(AddMeasureMutation, { householdId: household.id, input: input() });
          onDone();
        }}
      >
        <TextField
          select
          label="措施类别"
          value={values.kindCode}
          onChange={set('kindCode')}
          fullWidth
          slotProps={{ htmlInput: { 'data-testid': 'measure-kind' } }}
        >
          {(kinds.data?.measureKinds ?? [])
            .filter((k) => k.active)
            .map((k) => (
              <MenuItem key={k.code} value={k.code}>
                {k.name}（{MEASURE_NATURE_LABELS[k.nature]}）
              </MenuItem>
            ))}
        </TextField>
        {kind && (
          <Alert severity="info">
            {kind.description ?? kind.name}
            {kind.requiredFields.length > 0 &&
              `。须填写：${kind.requiredFields.map((f) => MEASURE_FIELD_LABELS[f]).join('、')}`}
            {kind.maxAmount ? `。金额上限 ${formatMoney(kind.maxAmount)} 元` : null}
            {kind.maxTermMonths ? `，期限不超过 ${kind.maxTermMonths} 个月` : null}
          </Alert>
        )}
        <TextField
          label="责任单位"
          value={values.responsibleUnit}
          onChange={set('responsibleUnit')}
          required
          fullWidth
          name="responsibleUnit"
        />
        <TextField
          label="帮扶责任人"
          value={values.responsiblePerson ?? ''}
          onChange={set('responsiblePerson')}
          fullWidth
        />
        <TextField
          select
          label={`受益成员${needs('MEMBER') ? '' : '（可不填）'}`}
          value={values.memberId ?? ''}
          onChange={set('memberId')}
          fullWidth
        >
          <MenuItem value="">整户</MenuItem>
          {household.members.map((m) => (
            <MenuItem key={m.id} value={m.id}>
              {m.name}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          label={`金额（元）${needs('AMOUNT') ? '' : '（可不填）'}`}
          value={values.amount ?? ''}
          onChange={set('amount')}
          fullWidth
          name="amount"
        />
        <Stack direction="row" spacing={1}>
          <TextField
            label="开始日期"
            type="date"
            value={values.startsOn ?? ''}
            onChange={set('startsOn')}
            fullWidth
            slotProps={{ inputLabel: { shrink: true } }}
            name="startsOn"
          />
          <TextField
            label="结束日期"
            type="date"
            value={values.endsOn ?? ''}
            onChange={set('endsOn')}
            fullWidth
            slotProps={{ inputLabel: { shrink: true } }}
            name="endsOn"
          />
        </Stack>
        {(needs('POST') || needs('MONTHLY_PAY')) && (
          <Stack direction="row" spacing={1}>
            <TextField label="岗位" value={values.post ?? ''} onChange={set('post')} fullWidth name="post" />
            <TextField
              label="月工资（元）"
              value={values.monthlyPay ?? ''}
              onChange={set('monthlyPay')}
              fullWidth
              name="monthlyPay"
            />
          </Stack>
        )}
        {activeRisks.length > 0 && (
          <Box>
            <Typography variant="body2">针对的风险因素</Typography>
            {activeRisks.map((r) => (
              <FormControlLabel
                key={r.id}
                label={`${RISK_TYPE_LABELS[r.type]}（${r.occurredOn}）`}
                control={
                  <Checkbox
                    checked={risks.includes(r.id)}
                    onChange={(e) => setRisks(e.target.checked ? [...risks, r.id] : risks.filter((id) => id !== r.id))}
                  />
                }
              />
            ))}
          </Box>
        )}
        <TextField label="说明" value={values.note ?? ''} onChange={set('note')} fullWidth multiline />
      </Dialogue>
    </>
  );
};

const MeasureStatusButton = ({ measure, onDone }: { measure: Measure; onDone: () => void }) => {
  const notify = useNotify();
  const next: MeasureStatus | null =
    measure.status === 'PLANNED' ? 'IN_EFFECT' : measure.status === 'IN_EFFECT' ? 'ENDED' : null;
  if (!next) return null;
  return (
    <Button
      size="small"
      onClick={async () => {
        try {
          await graphqlRequest(SetMeasureStatusMutation, { id: measure.id, version: measure.version, status: next });
          onDone();
        } catch (failure) {
          notify(errorMessage(failure), { type: 'error' });
        }
      }}
    >
      {next === 'IN_EFFECT' ? '开始落实' : '结束'}
    </Button>
  );
};

/** 帮扶措施 tab of the household page: what was given, and what it paid in the year's income. */
export const MeasuresTab = () => {
  const { household, error, reload } = useHouseholdAssistance();
  const { canAccess: canWrite } = useCanAccess({ resource: 'assistance', action: 'write' });
  if (error) return <Alert severity="error">{error}</Alert>;
  if (!household) return <LinearProgress />;
  const memberOf = (m: Measure) => m.member?.name ?? '整户';
  const year = household.incomes[0];
  return (
    <Box sx={{ width: '100%' }} data-testid="measures-tab">
      <Stack direction="row" spacing={1} sx={{ mb: 1, alignItems: 'center', flexWrap: 'wrap' }}>
        {household.assistanceGaps.map((g) => (
          <Chip key={g.kind + g.detail} color="warning" size="small" label={GAP_KIND_LABELS[g.kind]} title={g.detail} />
        ))}
        <Box sx={{ flex: 1 }} />
        {canWrite && household.status === 'ACTIVE' && <AddMeasureButton household={household} onDone={reload} />}
      </Stack>
      {household.measures.length === 0 ? (
        <Alert severity="info">尚未安排帮扶措施</Alert>
      ) : (
        <Box sx={{ overflowX: 'auto' }}>
          <Table size="small">
            <TableHead>
              <TableRow>
                <TableCell>措施</TableCell>
                <TableCell>性质</TableCell>
                <TableCell>对象</TableCell>
                <TableCell>金额/岗位</TableCell>
                <TableCell>起止</TableCell>
                <TableCell>责任单位</TableCell>
                <TableCell>针对风险</TableCell>
                <TableCell>状态</TableCell>
                <TableCell />
              </TableRow>
            </TableHead>
            <TableBody>
              {household.measures.map((m) => (
                <TableRow key={m.id} data-testid={`measure-${m.kindCode}`}>
                  <TableCell>{m.kindName}</TableCell>
                  <TableCell>{MEASURE_NATURE_LABELS[m.nature]}</TableCell>
                  <TableCell>{memberOf(m)}</TableCell>
                  <TableCell>
                    {m.post
                      ? `${m.post}，月 ${formatMoney(m.monthlyPay)} 元`
                      : m.amount
                        ? `${formatMoney(m.amount)} 元`
                        : '—'}
                  </TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>
                    {m.startsOn ?? '—'} 至 {m.endsOn ?? '—'}
                  </TableCell>
                  <TableCell>
                    {m.responsibleUnit}
                    {m.responsiblePerson ? `（${m.responsiblePerson}）` : ''}
                  </TableCell>
                  <TableCell>
                    {m.riskFactorIds
                      .map((id) => household.riskFactors.find((r) => r.id === id))
                      .filter(Boolean)
                      .map((r) => RISK_TYPE_LABELS[r!.type])
                      .join('、') || '—'}
                  </TableCell>
                  <TableCell>
                    <Chip size="small" color={STATUS_COLORS[m.status]} label={MEASURE_STATUS_LABELS[m.status]} />
                  </TableCell>
                  <TableCell>{canWrite && <MeasureStatusButton measure={m} onDone={reload} />}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Box>
      )}
      {year && year.assistanceContributions.length > 0 && (
        <Alert severity="success" sx={{ mt: 2 }}>
          {year.year} 年帮扶措施带来的收入（已计入收支中的相应收入项，系统计算）：
          {year.assistanceContributions
            .map((c) => `${c.kindName} ${formatMoney(c.amount)} 元（${INCOME_SOURCE_LABELS[c.incomeSource]}）`)
            .join('；')}
        </Alert>
      )}
    </Box>
  );
};

const EditPlanButton = ({
  plan,
  start,
  onDone,
}: {
  plan: NonNullable<Household['assistancePlan']>;
  start?: boolean;
  onDone: () => void;
}) => {
  const [open, setOpen] = useState(false);
  const [goal, setGoal] = useState(plan.goal ?? '');
  const [targetOn, setTargetOn] = useState(plan.targetOn);
  return (
    <>
      <Button
        variant={start ? 'contained' : 'outlined'}
        onClick={() => setOpen(true)}
        data-testid={start ? 'start-plan' : 'edit-plan'}
      >
        {start ? '确定计划并开始实施' : '修改计划'}
      </Button>
      <Dialogue
        open={open}
        title={start ? '确定一户一策' : '修改一户一策'}
        onClose={() => setOpen(false)}
        testId="plan-dialog"
        onSubmit={async () => {
          await graphqlRequest(UpdatePlanMutation, {
            id: plan.id,
            version: plan.version,
            input: { goal, targetOn, ...(start ? { status: 'IN_PROGRESS' as const } : {}) },
          });
          onDone();
        }}
      >
        <TextField
          label="帮扶目标"
          value={goal}
          onChange={(e) => setGoal(e.target.value)}
          multiline
          minRows={2}
          fullWidth
          slotProps={{ htmlInput: { 'data-testid': 'plan-goal' } }}
        />
        <TextField
          label="目标日期"
          type="date"
          value={targetOn}
          onChange={(e) => setTargetOn(e.target.value)}
          fullWidth
          slotProps={{ inputLabel: { shrink: true } }}
        />
      </Dialogue>
    </>
  );
};

const AddTeamMemberButton = ({ household, onDone }: { household: Household; onDone: () => void }) => {
  const [open, setOpen] = useState(false);
  const [values, setValues] = useState<{
    name: string;
    role: TeamRole;
    unit: string;
    phone: string;
    username: string;
    isPrimary: boolean;
  }>({
    name: '',
    role: 'PAIRED_CADRE',
    unit: '',
    phone: '',
    username: '',
    isPrimary: false,
  });
  const set = (key: 'name' | 'unit' | 'phone' | 'username' | 'role') => (e: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [key]: e.target.value }));
  return (
    <>
      <Button variant="outlined" size="small" onClick={() => setOpen(true)} data-testid="add-team-member">
        加入专班成员
      </Button>
      <Dialogue
        open={open}
        title="加入一户一专班"
        onClose={() => setOpen(false)}
        testId="team-dialog"
        onSubmit={async () => {
          await graphqlRequest(AddTeamMemberMutation, {
            householdId: household.id,
            input: { ...values, phone: values.phone || null, username: values.username || null },
          });
          onDone();
        }}
      >
        <TextField label="姓名" value={values.name} onChange={set('name')} fullWidth name="teamName" />
        <TextField select label="身份" value={values.role} onChange={set('role')} fullWidth>
          {(Object.keys(TEAM_ROLE_LABELS) as TeamRole[]).map((r) => (
            <MenuItem key={r} value={r}>
              {TEAM_ROLE_LABELS[r]}
            </MenuItem>
          ))}
        </TextField>
        <TextField label="工作单位" value={values.unit} onChange={set('unit')} fullWidth name="teamUnit" />
        <TextField label="电话" value={values.phone} onChange={set('phone')} fullWidth name="teamPhone" />
        <TextField
          label="系统账号用户名（可不填，填写后其“我的帮扶户”可见本户）"
          value={values.username}
          onChange={set('username')}
          fullWidth
        />
        <FormControlLabel
          label="一对一联系人"
          control={
            <Checkbox
              checked={values.isPrimary}
              onChange={(e) => setValues((v) => ({ ...v, isPrimary: e.target.checked }))}
            />
          }
        />
      </Dialogue>
    </>
  );
};

/** 一户一策 tab: risks and the measures against each, the gaps, the target and the 一户一专班. */
export const PlanTab = () => {
  const { household, error, reload } = useHouseholdAssistance();
  const notify = useNotify();
  const { canAccess: canWrite } = useCanAccess({ resource: 'assistance', action: 'write' });
  if (error) return <Alert severity="error">{error}</Alert>;
  if (!household) return <LinearProgress />;
  const plan = household.assistancePlan;
  const monitored =
    household.openCase &&
    ['MONITORED', 'EXIT_VILLAGE_REVIEW', 'EXIT_TOWNSHIP_REVIEW', 'EXIT_COUNTY_REVIEW'].includes(
      household.openCase.state,
    );
  return (
    <Box sx={{ width: '100%' }} data-testid="plan-tab">
      {!plan ? (
        <Alert
          severity="info"
          action={
            canWrite && monitored ? (
              <Button
                color="inherit"
                onClick={async () => {
                  try {
                    await graphqlRequest(CreatePlanMutation, { householdId: household.id });
                    void reload();
                  } catch (failure) {
                    notify(errorMessage(failure), { type: 'error' });
                  }
                }}
              >
                制定一户一策
              </Button>
            ) : undefined
          }
        >
          {monitored ? '尚未制定一户一策' : '该户不是监测对象；县级认定为监测对象时自动生成一户一策草稿'}
        </Alert>
      ) : (
        <>
          <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap', mb: 2 }}>
            <Chip
              color={plan.status === 'IN_PROGRESS' ? 'success' : plan.status === 'DRAFT' ? 'warning' : 'default'}
              label={PLAN_STATUS_LABELS[plan.status]}
              data-testid="plan-status"
            />
            <Typography variant="body2">目标日期 {plan.targetOn}</Typography>
            <Typography variant="body2" sx={{ flex: 1 }}>
              帮扶目标：{plan.goal ?? '（未填写）'}
            </Typography>
            {canWrite && plan.status === 'DRAFT' && <EditPlanButton plan={plan} start onDone={reload} />}
            {canWrite && plan.status !== 'COMPLETED' && <EditPlanButton plan={plan} onDone={reload} />}
          </Stack>
          {plan.gaps.length > 0 && (
            <Alert severity="warning" sx={{ mb: 2 }} data-testid="plan-gaps">
              <Typography variant="body2" sx={{ fontWeight: 600 }}>
                帮扶缺口
              </Typography>
              {plan.gaps.map((g) => (
                <Typography key={g.kind + g.detail} variant="body2">
                  · {GAP_KIND_LABELS[g.kind]}：{g.detail}
                </Typography>
              ))}
            </Alert>
          )}
          <Typography variant="subtitle2" sx={{ mb: 1 }}>
            风险与措施（缺什么、补什么）
          </Typography>
          {plan.risks.length === 0 ? (
            <Typography variant="body2" color="text.secondary">
              没有未消除的风险因素
            </Typography>
          ) : (
            <Table size="small" sx={{ mb: 2 }}>
              <TableHead>
                <TableRow>
                  <TableCell>风险因素</TableCell>
                  <TableCell>针对的措施</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {plan.risks.map(({ risk, measures }) => (
                  <TableRow key={risk.id}>
                    <TableCell>
                      {RISK_TYPE_LABELS[risk.type]}（{risk.occurredOn}）
                    </TableCell>
                    <TableCell>
                      {measures.length ? (
                        measures.map((m) => `${m.kindName}（${MEASURE_STATUS_LABELS[m.status]}）`).join('、')
                      ) : (
                        <Typography component="span" color="error" variant="body2">
                          尚无措施
                        </Typography>
                      )}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
        </>
      )}
      <Stack direction="row" sx={{ alignItems: 'center', mt: 2, mb: 1 }}>
        <Typography variant="subtitle2" sx={{ flex: 1 }}>
          一户一专班
        </Typography>
        {canWrite && <AddTeamMemberButton household={household} onDone={reload} />}
      </Stack>
      {household.team.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          尚未组建专班
        </Typography>
      ) : (
        <Table size="small">
          <TableBody>
            {household.team.map((t) => (
              <TableRow key={t.id}>
                <TableCell>
                  {t.name}
                  {t.isPrimary && <Chip size="small" color="primary" label="一对一联系人" sx={{ ml: 1 }} />}
                </TableCell>
                <TableCell>{TEAM_ROLE_LABELS[t.role]}</TableCell>
                <TableCell>{t.unit}</TableCell>
                <TableCell>{t.phone ?? '—'}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <Typography variant="subtitle2" sx={{ mt: 2, mb: 1 }}>
        走访记录
      </Typography>
      {household.visits.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          尚无走访
        </Typography>
      ) : (
        household.visits.slice(0, 10).map((v) => (
          <Typography key={v.id} variant="body2">
            {v.visitedOn} {v.visitorName}：{v.findings}
          </Typography>
        ))
      )}
      <Typography variant="caption" color="text.secondary" component="div" sx={{ mt: 1 }}>
        今天 {todayInChina()}
      </Typography>
    </Box>
  );
};
