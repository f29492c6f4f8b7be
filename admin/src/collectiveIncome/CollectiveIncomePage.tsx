import { useCallback, useEffect, useMemo, useState } from 'react';
import { Title, useCanAccess, useGetIdentity, useNotify } from 'react-admin';
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  Chip,
  IconButton,
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
import DeleteIcon from '@mui/icons-material/Delete';
import type {
  ConsoleCheckPlanQuery,
  ConsoleVillageYearQuery,
  DistributionLineKind,
  PaymentMethod,
  PlanAction,
} from '../gql/graphql';
import type { ConsoleIdentity } from '../authProvider';
import { graphqlRequest } from '../dataProvider/graphqlRequest';
import { currentYear, errorMessage, formatDateTime, formatMoney, isMoneyInput, todayInChina } from '../format';
import { PromptDialog } from '../assets/PromptDialog';
import { PRIORITY_REASON_LABELS } from '../assets/labels';
import {
  ActOnPlanMutation,
  CheckPlanQuery,
  RecordPaymentMutation,
  SavePlanMutation,
  SetCollectiveIncomeMutation,
  VillageYearQuery,
} from './documents';
import {
  DISTRIBUTION_LINE_KIND_LABELS,
  PAYMENT_METHOD_LABELS,
  PLAN_ACTION_LABELS,
  PLAN_GUARD_LABELS,
  PLAN_STATE_LABELS,
} from './labels';

type VillageYear = ConsoleVillageYearQuery;
type Plan = VillageYear['distributionPlans']['items'][number];
type Check = ConsoleCheckPlanQuery['checkDistributionPlan'];
interface LineDraft {
  kind: DistributionLineKind;
  amount: string;
  householdId: string;
  reason: string;
  condition: string;
}

const INCOME_FIELDS = [
  ['leasingIncome', '发包及租赁收入'],
  ['serviceIncome', '服务收入'],
  ['operatingIncome', '经营收入'],
  ['otherIncome', '其他收入'],
  ['costs', '成本费用'],
] as const;

const emptyLine = (kind: DistributionLineKind = 'HOUSEHOLD'): LineDraft => ({
  kind,
  amount: '',
  householdId: '',
  reason: '',
  condition: '',
});

/** The lines the server checks: only rows whose amount parses. */
const toInput = (lines: LineDraft[]) =>
  lines
    .filter((l) => l.amount.trim() && isMoneyInput(l.amount))
    .map((l) => ({
      kind: l.kind,
      amount: l.amount.trim(),
      householdId: l.kind === 'HOUSEHOLD' ? l.householdId || null : null,
      reason: l.reason || null,
      condition: l.condition || null,
    }));

/** 村集体收益：年度收益（资产收益来自台账）、分配方案编辑（实时提示）、办理流程与到户发放。 */
export const CollectiveIncomePage = () => {
  const notify = useNotify();
  const { identity } = useGetIdentity();
  const { canAccess: canEdit } = useCanAccess({ resource: 'collectiveIncome', action: 'edit' });
  const own = (identity as ConsoleIdentity | undefined)?.division;
  const [village, setVillage] = useState('');
  const [year, setYear] = useState(currentYear() - 1);
  const [data, setData] = useState<VillageYear | null>(null);
  const [incomeForm, setIncomeForm] = useState<Record<string, string>>({});
  const [lines, setLines] = useState<LineDraft[]>([]);
  const [justification, setJustification] = useState('');
  const [check, setCheck] = useState<Check | null>(null);
  const [acting, setActing] = useState<PlanAction | null>(null);
  const [paying, setPaying] = useState<Plan['lines'][number] | null>(null);

  useEffect(() => {
    if (!village && own) setVillage(own.level === 'VILLAGE' ? own.code : '150121100201');
  }, [own, village]);

  const plan = data?.distributionPlans.items[0] ?? null;
  const editable = canEdit && (!plan || plan.state === 'DRAFT');

  const load = useCallback(async () => {
    if (!/^\d{12}$/.test(village)) return;
    try {
      const result = await graphqlRequest(VillageYearQuery, { divisionCode: village, year });
      setData(result);
      const income = result.collectiveIncome;
      setIncomeForm(Object.fromEntries(INCOME_FIELDS.map(([k]) => [k, income ? String(income[k]) : '0.00'])));
      const current = result.distributionPlans.items[0];
      setLines(
        current
          ? current.lines.map((l) => ({
              kind: l.kind,
              amount: String(l.amount),
              householdId: l.householdId ?? '',
              reason: l.reason ?? '',
              condition: l.condition ?? '',
            }))
          : [],
      );
      setJustification(current?.justification ?? '');
    } catch (error) {
      setData(null);
      notify(errorMessage(error), { type: 'error' });
    }
  }, [village, year, notify]);
  useEffect(() => {
    void load();
  }, [load]);

  // The guards, live: the server checks the lines as typed (debounced), with the registry's priority households.
  const input = useMemo(() => toInput(lines), [lines]);
  useEffect(() => {
    if (!data?.collectiveIncome) return setCheck(null);
    const timer = setTimeout(() => {
      graphqlRequest(CheckPlanQuery, { divisionCode: village, year, lines: input })
        .then((r) => setCheck(r.checkDistributionPlan))
        .catch(() => setCheck(null));
    }, 250);
    return () => clearTimeout(timer);
  }, [input, data, village, year]);

  const households = data?.households.items ?? [];
  const priority = new Map((data?.priorityHouseholds ?? []).map((p) => [p.householdId, p]));
  const householdLabel = (id: string | null | undefined) => {
    const h = households.find((x) => x.id === id);
    return h ? `${h.householdNumber.slice(-5)} ${h.head?.name ?? ''}` : (id ?? '');
  };
  const update = (i: number, patch: Partial<LineDraft>) =>
    setLines((ls) => ls.map((l, j) => (j === i ? { ...l, ...patch } : l)));
  const over = check?.flags.some((f) => f.guard === 'OVER_DISTRIBUTION');

  const saveIncome = async () => {
    try {
      await graphqlRequest(SetCollectiveIncomeMutation, {
        divisionCode: village,
        year,
        input: Object.fromEntries(INCOME_FIELDS.map(([k]) => [k, (incomeForm[k] || '0').trim()])),
      });
      notify('集体收益已保存', { type: 'success' });
      await load();
    } catch (error) {
      notify(errorMessage(error), { type: 'error' });
    }
  };
  const savePlan = async () => {
    try {
      await graphqlRequest(SavePlanMutation, {
        divisionCode: village,
        year,
        input: { lines: input, justification: justification || null },
      });
      notify('分配方案已保存', { type: 'success' });
      await load();
    } catch (error) {
      notify(errorMessage(error), { type: 'error' });
    }
  };

  return (
    <Box sx={{ mt: 1 }}>
      <Title title="村集体收益分配" />
      <Stack direction="row" spacing={1} sx={{ mb: 2 }}>
        <TextField
          size="small"
          label="村（12 位区划代码）"
          value={village}
          onChange={(e) => setVillage(e.target.value.trim())}
          slotProps={{ htmlInput: { 'data-testid': 'village-code' } }}
        />
        <TextField
          size="small"
          select
          label="年度"
          value={year}
          onChange={(e) => setYear(Number(e.target.value))}
          slotProps={{ htmlInput: { 'data-testid': 'plan-year' } }}
        >
          {[0, 1, 2, 3].map((d) => (
            <MenuItem key={d} value={currentYear() - d}>
              {currentYear() - d}
            </MenuItem>
          ))}
        </TextField>
      </Stack>

      <Card variant="outlined" sx={{ mb: 2 }} data-testid="village-income">
        <CardContent>
          <Typography variant="subtitle1" sx={{ fontWeight: 600, mb: 1 }}>
            {year} 年度集体收益
          </Typography>
          <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
            <TextField
              size="small"
              label="资产收益（来自台账）"
              value={data?.collectiveIncome?.assetIncome ?? '—'}
              disabled
            />
            {INCOME_FIELDS.map(([k, label]) => (
              <TextField
                key={k}
                size="small"
                label={label}
                value={incomeForm[k] ?? ''}
                disabled={!canEdit || (!!plan && plan.state !== 'DRAFT')}
                onChange={(e) => setIncomeForm((f) => ({ ...f, [k]: e.target.value }))}
                sx={{ width: 150 }}
              />
            ))}
            {canEdit && (!plan || plan.state === 'DRAFT') && (
              <Button variant="outlined" onClick={saveIncome}>
                保存收益
              </Button>
            )}
          </Stack>
          <Typography sx={{ mt: 1 }} data-testid="distributable">
            可分配收益：{data?.collectiveIncome ? formatMoney(data.collectiveIncome.distributable) : '尚未登记'}
          </Typography>
        </CardContent>
      </Card>

      {data?.collectiveIncome && (
        <Card variant="outlined" data-testid="plan-editor">
          <CardContent>
            <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 1 }}>
              <Typography variant="subtitle1" sx={{ fontWeight: 600, flex: 1 }}>
                收益分配方案
              </Typography>
              {plan && (
                <Chip
                  data-testid="plan-state"
                  color={plan.state === 'APPROVED' ? 'success' : 'primary'}
                  label={PLAN_STATE_LABELS[plan.state]}
                />
              )}
              {plan?.noticeEndsOn && plan.state === 'PUBLIC_NOTICE' && (
                <Chip variant="outlined" label={`公示至 ${plan.noticeEndsOn}`} />
              )}
            </Stack>
            <Table size="small">
              <TableHead>
                <TableRow>
                  <TableCell sx={{ width: 200 }}>去向</TableCell>
                  <TableCell sx={{ width: 130 }}>金额（元）</TableCell>
                  <TableCell sx={{ width: 220 }}>农户</TableCell>
                  <TableCell>理由</TableCell>
                  <TableCell>条件</TableCell>
                  {plan?.state === 'APPROVED' && <TableCell>已发放</TableCell>}
                  <TableCell />
                </TableRow>
              </TableHead>
              <TableBody>
                {lines.map((line, i) => {
                  const saved = plan?.lines[i];
                  const flagged =
                    check?.flags.filter((f) => line.householdId && f.householdIds.includes(line.householdId)) ?? [];
                  return (
                    <TableRow key={i} data-testid={`plan-line-${i}`}>
                      <TableCell>
                        <TextField
                          select
                          size="small"
                          fullWidth
                          value={line.kind}
                          disabled={!editable}
                          onChange={(e) => update(i, { kind: e.target.value as DistributionLineKind })}
                          slotProps={{ htmlInput: { 'data-testid': `line-kind-${i}` } }}
                        >
                          {Object.entries(DISTRIBUTION_LINE_KIND_LABELS).map(([k, v]) => (
                            <MenuItem key={k} value={k}>
                              {v}
                            </MenuItem>
                          ))}
                        </TextField>
                      </TableCell>
                      <TableCell>
                        <TextField
                          size="small"
                          value={line.amount}
                          disabled={!editable}
                          error={!!line.amount && !isMoneyInput(line.amount)}
                          onChange={(e) => update(i, { amount: e.target.value })}
                          slotProps={{ htmlInput: { 'data-testid': `line-amount-${i}` } }}
                        />
                      </TableCell>
                      <TableCell>
                        {line.kind === 'HOUSEHOLD' ? (
                          <TextField
                            select
                            size="small"
                            fullWidth
                            value={line.householdId}
                            disabled={!editable}
                            onChange={(e) => update(i, { householdId: e.target.value })}
                            slotProps={{ htmlInput: { 'data-testid': `line-household-${i}` } }}
                          >
                            {households.map((h) => (
                              <MenuItem key={h.id} value={h.id}>
                                {householdLabel(h.id)}
                                {priority.has(h.id) ? '（优先户）' : ''}
                              </MenuItem>
                            ))}
                          </TextField>
                        ) : (
                          '—'
                        )}
                        {flagged.length > 0 && (
                          <Typography variant="caption" color="warning.main" component="div">
                            {flagged.map((f) => PLAN_GUARD_LABELS[f.guard]).join('、')}
                          </Typography>
                        )}
                      </TableCell>
                      <TableCell>
                        <TextField
                          size="small"
                          fullWidth
                          value={line.reason}
                          disabled={!editable}
                          onChange={(e) => update(i, { reason: e.target.value })}
                          slotProps={{ htmlInput: { 'data-testid': `line-reason-${i}` } }}
                        />
                      </TableCell>
                      <TableCell>
                        <TextField
                          size="small"
                          fullWidth
                          value={line.condition}
                          disabled={!editable || line.kind !== 'HOUSEHOLD'}
                          placeholder={line.kind === 'HOUSEHOLD' ? '如公益岗位出勤' : ''}
                          onChange={(e) => update(i, { condition: e.target.value })}
                          slotProps={{ htmlInput: { 'data-testid': `line-condition-${i}` } }}
                        />
                      </TableCell>
                      {plan?.state === 'APPROVED' && (
                        <TableCell sx={{ whiteSpace: 'nowrap' }}>
                          {saved?.kind === 'HOUSEHOLD' ? (
                            <>
                              {formatMoney(saved.paid)}
                              {canEdit && Number(saved.paid) < Number(saved.amount) && (
                                <Button size="small" onClick={() => setPaying(saved)} data-testid={`pay-${i}`}>
                                  登记发放
                                </Button>
                              )}
                            </>
                          ) : (
                            '—'
                          )}
                        </TableCell>
                      )}
                      <TableCell>
                        {editable && (
                          <IconButton
                            size="small"
                            aria-label="删除"
                            onClick={() => setLines((ls) => ls.filter((_, j) => j !== i))}
                          >
                            <DeleteIcon fontSize="small" />
                          </IconButton>
                        )}
                      </TableCell>
                    </TableRow>
                  );
                })}
              </TableBody>
            </Table>
            {editable && (
              <Stack direction="row" spacing={1} sx={{ mt: 1 }}>
                <Button
                  size="small"
                  onClick={() => setLines((ls) => [...ls, emptyLine('RESERVE_FUND')])}
                  data-testid="add-fund-line"
                >
                  添加基金/公益项目
                </Button>
                <Button
                  size="small"
                  onClick={() => setLines((ls) => [...ls, emptyLine('HOUSEHOLD')])}
                  data-testid="add-household-line"
                >
                  添加到户分配
                </Button>
                {priority.size > 0 && (
                  <Button
                    size="small"
                    onClick={() =>
                      setLines((ls) => [
                        ...ls,
                        ...[...priority.keys()]
                          .filter((id) => !ls.some((l) => l.householdId === id))
                          .map((id) => ({
                            ...emptyLine('HOUSEHOLD'),
                            householdId: id,
                            reason: '特殊困难户差异化分配',
                          })),
                      ])
                    }
                  >
                    加入全部优先户（{priority.size}）
                  </Button>
                )}
              </Stack>
            )}

            <Box sx={{ mt: 2 }} data-testid="plan-guards">
              {check && (
                <Typography data-testid="plan-totals" sx={{ mb: 1, color: over ? 'error.main' : undefined }}>
                  分配合计 {formatMoney(check.total)} / 可分配收益 {formatMoney(check.distributable)}，剩余{' '}
                  {formatMoney(check.remaining)}
                </Typography>
              )}
              {check?.flags.map((f) => (
                <Alert
                  key={f.guard}
                  severity={f.guard === 'OVER_DISTRIBUTION' ? 'error' : 'warning'}
                  sx={{ mb: 1 }}
                  data-testid={`guard-${f.guard}`}
                >
                  <strong>{PLAN_GUARD_LABELS[f.guard]}</strong>：{f.message}
                  {f.guard === 'PRIORITY_LEFT_OUT' && (
                    <div>
                      {f.householdIds
                        .map((id) => {
                          const p = priority.get(id);
                          return p
                            ? `${p.householdNumber.slice(-5)} ${p.headName}${p.reasons.length ? `（${p.reasons.map((r) => PRIORITY_REASON_LABELS[r]).join('、')}）` : ''}`
                            : id;
                        })
                        .join('；')}
                    </div>
                  )}
                  {f.guard === 'OVER_DISTRIBUTION' ? (
                    <div>超额方案不能保存。</div>
                  ) : editable ? (
                    <div>须填写书面说明后方可提交。</div>
                  ) : null}
                </Alert>
              ))}
              {check && check.flags.length === 0 && lines.length > 0 && (
                <Alert severity="success" data-testid="guard-none">
                  未发现超额分配、平均分配、无条件分配或遗漏优先户
                </Alert>
              )}
            </Box>
            {(editable || plan?.justification) && (
              <TextField
                fullWidth
                multiline
                minRows={2}
                sx={{ mt: 1 }}
                label="对提示事项的书面说明"
                value={justification}
                disabled={!editable}
                onChange={(e) => setJustification(e.target.value)}
                slotProps={{ htmlInput: { 'data-testid': 'justification' } }}
              />
            )}
            <Stack direction="row" spacing={1} sx={{ mt: 2 }}>
              {editable && (
                <Button
                  variant="contained"
                  disabled={!!over || lines.length === 0}
                  onClick={savePlan}
                  data-testid="save-plan"
                >
                  保存方案
                </Button>
              )}
              {plan?.availableActions.map((action) => (
                <Button
                  key={action}
                  variant={action === 'REJECT' ? 'outlined' : 'contained'}
                  color={action === 'REJECT' ? 'warning' : 'primary'}
                  onClick={() => setActing(action)}
                  data-testid={`plan-action-${action}`}
                >
                  {PLAN_ACTION_LABELS[action]}
                </Button>
              ))}
            </Stack>

            {plan && plan.payments.length > 0 && (
              <Box sx={{ mt: 2 }}>
                <Typography variant="subtitle2">
                  到户发放（已发放 {formatMoney(plan.paidTotal)}，计入各户当年财产性收入）
                </Typography>
                <Table size="small" data-testid="payments">
                  <TableBody>
                    {plan.payments.map((p) => (
                      <TableRow key={p.id}>
                        <TableCell>{p.household?.householdNumber}</TableCell>
                        <TableCell>{formatMoney(p.amount)}</TableCell>
                        <TableCell>{p.paidOn}</TableCell>
                        <TableCell>{PAYMENT_METHOD_LABELS[p.method]}</TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              </Box>
            )}
            {plan && (
              <Box sx={{ mt: 2 }}>
                {plan.events.map((e, i) => (
                  <Typography key={i} variant="caption" component="div" color="text.secondary">
                    {formatDateTime(e.at)} {e.action ? PLAN_ACTION_LABELS[e.action] : '村级拟定'} →{' '}
                    {PLAN_STATE_LABELS[e.toState]}（{e.actorName}）{e.note ? `：${e.note}` : ''}
                  </Typography>
                ))}
              </Box>
            )}
          </CardContent>
        </Card>
      )}

      {acting && plan && (
        <PromptDialog
          title={PLAN_ACTION_LABELS[acting]}
          fields={[
            {
              name: 'note',
              label: acting === 'REJECT' ? '退回理由' : '说明（可不填）',
              required: acting === 'REJECT',
              multiline: true,
            },
          ]}
          onClose={() => setActing(null)}
          onSubmit={async (v) => {
            try {
              await graphqlRequest(ActOnPlanMutation, {
                planId: plan.id,
                action: acting,
                version: plan.version,
                note: v.note || null,
              });
              notify('已办理', { type: 'success' });
              setActing(null);
              await load();
            } catch (error) {
              notify(errorMessage(error), { type: 'error' });
            }
          }}
        />
      )}
      {paying && plan && (
        <PromptDialog
          title={`登记发放：${householdLabel(paying.householdId)}`}
          submitLabel="登记"
          fields={[
            {
              name: 'amount',
              label: '金额（元）',
              required: true,
              initial: (Number(paying.amount) - Number(paying.paid)).toFixed(2),
            },
            { name: 'paidOn', label: '发放日期', required: true, type: 'date', initial: todayInChina() },
            {
              name: 'method',
              label: '发放方式',
              required: true,
              choices: PAYMENT_METHOD_LABELS,
              initial: 'SUBSIDY_CARD',
            },
            { name: 'note', label: '备注' },
          ]}
          onClose={() => setPaying(null)}
          onSubmit={async (v) => {
            try {
              await graphqlRequest(RecordPaymentMutation, {
                input: {
                  planId: plan.id,
                  lineId: paying.id,
                  amount: v.amount.trim(),
                  paidOn: v.paidOn,
                  method: v.method as PaymentMethod,
                  note: v.note || null,
                },
              });
              notify('发放已登记，已计入该户财产性收入', { type: 'success' });
              setPaying(null);
              await load();
            } catch (error) {
              notify(errorMessage(error), { type: 'error' });
            }
          }}
        />
      )}
    </Box>
  );
};
