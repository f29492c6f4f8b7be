import { useState } from 'react';
import { Title, useGetIdentity, useNotify } from 'react-admin';
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  Checkbox,
  Chip,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControlLabel,
  LinearProgress,
  Link as MuiLink,
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
import type { AssistanceMeasureKindsQuery, GapKind, MeasureField, MeasureNature } from '../gql/graphql';
import type { ConsoleIdentity } from '../authProvider';
import { graphqlRequest } from '../dataProvider/graphqlRequest';
import { errorMessage, formatMoney } from '../format';
import {
  ContactPeopleQuery,
  GapReportQuery,
  MeasureKindsQuery,
  MyHouseholdsQuery,
  SetMeasureKindMutation,
} from './documents';
import {
  GAP_KIND_LABELS,
  INCOME_SOURCE_LABELS,
  MEASURE_FIELD_LABELS,
  MEASURE_NATURE_LABELS,
  PLAN_STATUS_LABELS,
  TEAM_ROLE_LABELS,
} from './labels';
import { usePageQuery } from '../common/usePageQuery';

const useDivisionCode = () => useGetIdentity().identity as ConsoleIdentity | undefined;

/** Link to the household page's 一户一策 tab. */
const HouseholdLink = ({ id, children }: { id: string; children: React.ReactNode }) => (
  <MuiLink href={`#/households/${id}/show/plan`} data-testid={`household-link-${id}`}>
    {children}
  </MuiLink>
);

/** 帮扶缺口: the coverage rules per division, each gap linked to its household. */
export const GapReportPage = () => {
  const identity = useDivisionCode();
  const [divisionCode, setDivisionCode] = useState<string | null>(null);
  const [kind, setKind] = useState<GapKind | ''>('');
  const code = divisionCode ?? identity?.division?.code ?? null;
  const { data, error, loading } = usePageQuery(
    GapReportQuery,
    code ? { divisionCode: code, kinds: kind ? [kind] : null, offset: 0, limit: 200 } : null,
  );
  const report = data?.assistanceGaps;
  return (
    <Box sx={{ mt: 1 }}>
      <Title title="帮扶缺口" />
      {loading && <LinearProgress />}
      {error && <Alert severity="error">{error}</Alert>}
      {report && (
        <Stack spacing={2}>
          <Card>
            <CardContent>
              <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap', gap: 1 }}>
                <Typography variant="h6">{report.summary.divisionName}</Typography>
                {divisionCode && (
                  <Button size="small" onClick={() => setDivisionCode(null)}>
                    返回本辖区
                  </Button>
                )}
                <Typography variant="body2" color="text.secondary">
                  监测对象 {report.summary.monitoredHouseholds} 户 · 缺口 {report.summary.total} 条 · 统计日期{' '}
                  {report.asOf}
                </Typography>
              </Stack>
              <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 1, mt: 1 }} data-testid="gap-counts">
                {report.summary.counts.map((c) => (
                  <Chip
                    key={c.kind}
                    clickable
                    color={kind === c.kind ? 'primary' : c.count ? 'warning' : 'default'}
                    variant={kind === c.kind ? 'filled' : 'outlined'}
                    label={`${GAP_KIND_LABELS[c.kind]} ${c.count}`}
                    onClick={() => setKind(kind === c.kind ? '' : c.kind)}
                  />
                ))}
              </Stack>
              <Typography variant="caption" color="text.secondary" component="div" sx={{ mt: 1 }}>
                依据：有劳动能力的监测对象主要采取开发式帮扶措施，无劳动能力的采取综合性社会保障措施；确保有劳动力的家庭至少有1人稳定就业。
              </Typography>
            </CardContent>
          </Card>
          {report.children.length > 0 && (
            <Card sx={{ overflowX: 'auto' }}>
              <Table size="small">
                <TableHead>
                  <TableRow>
                    <TableCell>下级区划</TableCell>
                    <TableCell align="right">监测对象（户）</TableCell>
                    <TableCell align="right">缺口</TableCell>
                    <TableCell>其中</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {report.children.map((child) => (
                    <TableRow key={child.divisionCode} hover>
                      <TableCell>
                        <MuiLink component="button" onClick={() => setDivisionCode(child.divisionCode)}>
                          {child.divisionName}
                        </MuiLink>
                      </TableCell>
                      <TableCell align="right">{child.monitoredHouseholds}</TableCell>
                      <TableCell align="right">{child.total}</TableCell>
                      <TableCell>
                        {child.counts
                          .filter((c) => c.count)
                          .map((c) => `${GAP_KIND_LABELS[c.kind]} ${c.count}`)
                          .join('；') || '—'}
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </Card>
          )}
          <Card sx={{ overflowX: 'auto' }}>
            <Table size="small" data-testid="gap-items">
              <TableHead>
                <TableRow>
                  <TableCell>农户</TableCell>
                  <TableCell>所在村</TableCell>
                  <TableCell>缺口</TableCell>
                  <TableCell>说明</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {report.items.map((gap, index) => (
                  <TableRow key={`${gap.householdId}-${gap.kind}-${index}`}>
                    <TableCell>
                      <HouseholdLink id={gap.householdId}>
                        {gap.household?.head?.name ?? '—'} {gap.household?.householdNumber}
                      </HouseholdLink>
                    </TableCell>
                    <TableCell>{gap.household?.division?.name}</TableCell>
                    <TableCell>{GAP_KIND_LABELS[gap.kind]}</TableCell>
                    <TableCell>{gap.detail}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
            {report.total > report.items.length && (
              <Typography variant="caption" sx={{ p: 1 }} component="div">
                共 {report.total} 条，显示前 {report.items.length} 条
              </Typography>
            )}
          </Card>
        </Stack>
      )}
    </Box>
  );
};

type Kind = AssistanceMeasureKindsQuery['measureKinds'][number];

const KindDialog = ({
  kind,
  divisionCode,
  onClose,
  onSaved,
}: {
  kind: Kind | null;
  divisionCode: string;
  onClose: () => void;
  onSaved: () => void;
}) => {
  const [values, setValues] = useState({
    code: kind?.code ?? '',
    name: kind?.name ?? '',
    nature: (kind?.nature ?? 'DEVELOPMENT') as MeasureNature,
    maxAmount: kind?.maxAmount ? String(kind.maxAmount) : '',
    maxTermMonths: kind?.maxTermMonths ? String(kind.maxTermMonths) : '',
    active: kind?.active ?? true,
    requiredFields: kind?.requiredFields ?? ([] as MeasureField[]),
  });
  const [error, setError] = useState<string | null>(null);
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" data-testid="kind-dialog">
      <DialogTitle>{kind ? `设定“${kind.name}”` : '新增措施类别'}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          <TextField
            label="类别代码"
            value={values.code}
            disabled={!!kind}
            onChange={(e) => setValues({ ...values, code: e.target.value.toUpperCase() })}
          />
          <TextField
            label="名称"
            value={values.name}
            onChange={(e) => setValues({ ...values, name: e.target.value })}
          />
          <TextField
            select
            label="帮扶性质"
            value={values.nature}
            onChange={(e) => setValues({ ...values, nature: e.target.value as MeasureNature })}
          >
            {(Object.keys(MEASURE_NATURE_LABELS) as MeasureNature[]).map((n) => (
              <MenuItem key={n} value={n}>
                {MEASURE_NATURE_LABELS[n]}
              </MenuItem>
            ))}
          </TextField>
          <Stack direction="row" spacing={1}>
            <TextField
              label="金额上限（元）"
              value={values.maxAmount}
              onChange={(e) => setValues({ ...values, maxAmount: e.target.value })}
              fullWidth
            />
            <TextField
              label="期限上限（月）"
              value={values.maxTermMonths}
              onChange={(e) => setValues({ ...values, maxTermMonths: e.target.value })}
              fullWidth
            />
          </Stack>
          <Box>
            <Typography variant="body2">须填写的项</Typography>
            {(Object.keys(MEASURE_FIELD_LABELS) as MeasureField[]).map((f) => (
              <FormControlLabel
                key={f}
                label={MEASURE_FIELD_LABELS[f]}
                control={
                  <Checkbox
                    checked={values.requiredFields.includes(f)}
                    onChange={(e) =>
                      setValues({
                        ...values,
                        requiredFields: e.target.checked
                          ? [...values.requiredFields, f]
                          : values.requiredFields.filter((x) => x !== f),
                      })
                    }
                  />
                }
              />
            ))}
          </Box>
          <FormControlLabel
            label="本区划启用"
            control={
              <Checkbox checked={values.active} onChange={(e) => setValues({ ...values, active: e.target.checked })} />
            }
          />
          {error && <Alert severity="error">{error}</Alert>}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>取消</Button>
        <Button
          variant="contained"
          onClick={async () => {
            try {
              await graphqlRequest(SetMeasureKindMutation, {
                divisionCode,
                input: {
                  code: values.code,
                  name: values.name || null,
                  nature: values.nature,
                  maxAmount: values.maxAmount.trim() || null,
                  maxTermMonths: values.maxTermMonths.trim() ? Number(values.maxTermMonths) : null,
                  active: values.active,
                  requiredFields: values.requiredFields,
                },
              });
              onSaved();
              onClose();
            } catch (failure) {
              setError(errorMessage(failure));
            }
          }}
        >
          保存
        </Button>
      </DialogActions>
    </Dialog>
  );
};

/** 帮扶措施目录: the national catalogue as it applies here, each kind editable for this division. */
export const CataloguePage = () => {
  const identity = useDivisionCode();
  const code = identity?.division?.code ?? null;
  const { data, error, reload } = usePageQuery(MeasureKindsQuery, code ? { divisionCode: code } : null);
  const [editing, setEditing] = useState<Kind | null | 'new'>(null);
  const canEdit = identity?.roles?.some((r) => ['COUNTY_OFFICER', 'CITY_OFFICER', 'PROVINCE_OFFICER'].includes(r));
  return (
    <Box sx={{ mt: 1 }}>
      <Title title="帮扶措施目录" />
      {error && <Alert severity="error">{error}</Alert>}
      {!data && !error && <LinearProgress />}
      {data && (
        <Card sx={{ overflowX: 'auto' }}>
          <Stack direction="row" sx={{ p: 2, alignItems: 'center' }}>
            <Typography variant="body2" sx={{ flex: 1 }}>
              {identity?.division?.name} 实际适用的措施目录：全国目录为基础，本级和上级可调整或新增。
            </Typography>
            {canEdit && (
              <Button variant="outlined" onClick={() => setEditing('new')}>
                新增类别
              </Button>
            )}
          </Stack>
          <Table size="small" data-testid="kind-table">
            <TableHead>
              <TableRow>
                <TableCell>名称</TableCell>
                <TableCell>性质</TableCell>
                <TableCell>须填写</TableCell>
                <TableCell>上限</TableCell>
                <TableCell>计入收入</TableCell>
                <TableCell>来源</TableCell>
                <TableCell />
              </TableRow>
            </TableHead>
            <TableBody>
              {data.measureKinds.map((k) => (
                <TableRow key={k.code} sx={{ opacity: k.active ? 1 : 0.5 }}>
                  <TableCell>
                    {k.name}
                    {!k.active && '（停用）'}
                    <Typography variant="caption" component="div" color="text.secondary">
                      {k.description}
                    </Typography>
                  </TableCell>
                  <TableCell>
                    <Chip
                      size="small"
                      color={k.nature === 'DEVELOPMENT' ? 'primary' : 'secondary'}
                      label={MEASURE_NATURE_LABELS[k.nature]}
                    />
                  </TableCell>
                  <TableCell>{k.requiredFields.map((f) => MEASURE_FIELD_LABELS[f]).join('、') || '—'}</TableCell>
                  <TableCell>
                    {[k.maxAmount && `${formatMoney(k.maxAmount)} 元`, k.maxTermMonths && `${k.maxTermMonths} 个月`]
                      .filter(Boolean)
                      .join('，') || '—'}
                  </TableCell>
                  <TableCell>{INCOME_SOURCE_LABELS[k.incomeSource]}</TableCell>
                  <TableCell>{k.definedBy ? `区划 ${k.definedBy}` : '全国目录'}</TableCell>
                  <TableCell>
                    {canEdit && (
                      <Button size="small" onClick={() => setEditing(k)}>
                        设定
                      </Button>
                    )}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Card>
      )}
      {editing && code && (
        <KindDialog
          kind={editing === 'new' ? null : editing}
          divisionCode={code}
          onClose={() => setEditing(null)}
          onSaved={() => void reload()}
        />
      )}
    </Box>
  );
};

/** 一对一联系人: each contact person of the division with the households they look after. */
export const ContactsPage = () => {
  const identity = useDivisionCode();
  const code = identity?.division?.code ?? null;
  const { data, error } = usePageQuery(ContactPeopleQuery, code ? { divisionCode: code } : null);
  return (
    <Box sx={{ mt: 1 }}>
      <Title title="帮扶联系人" />
      {error && <Alert severity="error">{error}</Alert>}
      {!data && !error && <LinearProgress />}
      {data &&
        (data.contactPeople.length === 0 ? (
          <Alert severity="info">尚无一对一联系人（在农户“一户一策”页组建专班）</Alert>
        ) : (
          <Card sx={{ overflowX: 'auto' }}>
            <Table size="small" data-testid="contact-table">
              <TableHead>
                <TableRow>
                  <TableCell>联系人</TableCell>
                  <TableCell>身份</TableCell>
                  <TableCell>单位</TableCell>
                  <TableCell>电话</TableCell>
                  <TableCell>联系的农户</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {data.contactPeople.map((p) => (
                  <TableRow key={p.member.id}>
                    <TableCell>{p.member.name}</TableCell>
                    <TableCell>{TEAM_ROLE_LABELS[p.member.role]}</TableCell>
                    <TableCell>{p.member.unit}</TableCell>
                    <TableCell>{p.member.phone ?? '—'}</TableCell>
                    <TableCell>
                      <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 1 }}>
                        {p.households.map((h) => (
                          <HouseholdLink key={h.id} id={h.id}>
                            {h.head?.name ?? h.householdNumber}（{h.division?.name}）
                          </HouseholdLink>
                        ))}
                      </Stack>
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </Card>
        ))}
    </Box>
  );
};

/** 我的帮扶户: the households whose 专班 includes the signed-in cadre. */
export const MyHouseholdsPage = () => {
  const { data, error } = usePageQuery(MyHouseholdsQuery, {});
  const notify = useNotify();
  if (error) notify(error, { type: 'error' });
  return (
    <Box sx={{ mt: 1, maxWidth: 720 }}>
      <Title title="我的帮扶户" />
      {!data && !error && <LinearProgress />}
      {data &&
        (data.myHouseholds.length === 0 ? (
          <Alert severity="info">您尚未加入任何农户的帮扶专班</Alert>
        ) : (
          <Stack spacing={1} data-testid="my-households">
            {data.myHouseholds.map((h) => (
              <Card key={h.id} variant="outlined">
                <CardContent sx={{ py: 1.5, '&:last-child': { pb: 1.5 } }}>
                  <Stack direction="row" sx={{ alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
                    <HouseholdLink id={h.id}>{h.head?.name ?? '—'} 户</HouseholdLink>
                    <Typography variant="body2" color="text.secondary">
                      {h.householdNumber} · {h.division?.name}
                    </Typography>
                    <Box sx={{ flex: 1 }} />
                    {h.assistancePlan && <Chip size="small" label={PLAN_STATUS_LABELS[h.assistancePlan.status]} />}
                    {h.assistanceGaps.length > 0 && (
                      <Chip size="small" color="warning" label={`缺口 ${h.assistanceGaps.length}`} />
                    )}
                  </Stack>
                </CardContent>
              </Card>
            ))}
            <Button href="#/visits" variant="contained">
              走访登记
            </Button>
          </Stack>
        ))}
    </Box>
  );
};
