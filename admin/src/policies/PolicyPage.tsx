import { useState } from 'react';
import {
  Form,
  NumberInput,
  SelectArrayInput,
  SelectInput,
  TextInput,
  Title,
  maxValue,
  minValue,
  useCanAccess,
  useDataProvider,
  useGetIdentity,
  useGetOne,
  useNotify,
  useRefresh,
  useTranslate,
} from 'react-admin';
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  Chip,
  CircularProgress,
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
import SaveIcon from '@mui/icons-material/Save';
import type { PolicyInput } from '../gql/graphql';
import type { ConsoleDataProvider, PolicyRecord } from '../dataProvider';
import { ApiError } from '../dataProvider';
import type { ConsoleIdentity } from '../authProvider';
import { DivisionPicker } from '../divisions/DivisionPicker';
import {
  currentYear,
  errorMessage,
  formatMoney,
  formatPercent,
  isMoneyInput,
  percentToRatio,
  ratioToPercent,
} from '../format';
import {
  MONITORING_CATEGORY_LABELS,
  POLICY_FIELD_LABELS,
  PROCEDURE_TEMPLATE_LABELS,
  type PolicyField,
} from '../labels';
import { InputGrid } from '../households/HouseholdInputs';
import { PolicyWhatIf } from './PolicyWhatIf';

const MONEY_FIELDS: PolicyField[] = [
  'incomeLine',
  'nationalPovertyLine',
  'medicalSelfPayThreshold',
  'disasterLossThreshold',
];
const RATIO_FIELDS: PolicyField[] = [
  'rigidExpenditureShare',
  'incomeDropShare',
  'subsidyShareWarning',
  'expectedMonitoredRatio',
  'maxMonitoredRatio',
  'monitoredRatioWarning',
];
/** 监测收入线 as a multiple of 国家扶贫标准 (the API takes 0.5–5; either this or the amount). */
const MULTIPLE_FIELD: PolicyField = 'incomeLineMultiple';
const CATEGORIES_FIELD: PolicyField = 'monitoredCategories';
/** What the procedure is when no division sets a template (the API's default). */
const DEFAULT_TEMPLATE_TEXT = '未设定（默认：村级评议公示、乡镇审核、县级认定）';
const TEXT_FIELDS: PolicyField[] = ['procedureTemplate', CATEGORIES_FIELD];
const CATEGORY_CHOICES = Object.entries(MONITORING_CATEGORY_LABELS).map(([id, name]) => ({ id, name }));
const COUNT_FIELDS: Array<[PolicyField, number, number, string]> = [
  ['exitStabilityMonths', 0, 60, '个月'],
  ['publicNoticeDays', 0, 60, '天'],
  ['overdueDays', 1, 365, '天'],
  ['warningWindowMonths', 1, 36, '个月'],
  ['disabilityWarningGrade', 1, 4, '级'],
  ['exitPublicNoticeDays', 0, 60, '天'],
];
/** Enum fields: a select of the schema's labels (empty = inherit). */
const TEMPLATE_CHOICES = Object.entries(PROCEDURE_TEMPLATE_LABELS).map(([id, name]) => ({ id, name }));
const FIELDS = Object.keys(POLICY_FIELD_LABELS) as PolicyField[];

function formatValue(field: PolicyField, value: unknown): string {
  if (value === null || value === undefined) return '';
  if (MONEY_FIELDS.includes(field)) return `${formatMoney(value)} 元`;
  if (RATIO_FIELDS.includes(field)) return formatPercent(value as number);
  if (field === MULTIPLE_FIELD) return `${value} 倍`;
  if (field === CATEGORIES_FIELD) {
    const list = value as Array<keyof typeof MONITORING_CATEGORY_LABELS>;
    return list.length ? list.map((category) => MONITORING_CATEGORY_LABELS[category] ?? category).join('、') : '（无）';
  }
  if (field === 'procedureTemplate')
    return PROCEDURE_TEMPLATE_LABELS[value as keyof typeof PROCEDURE_TEMPLATE_LABELS] ?? String(value);
  const unit = COUNT_FIELDS.find(([name]) => name === field)?.[3] ?? '';
  return `${value} ${unit}`.trim();
}

const validateMoney = (value: unknown) => (isMoneyInput(value) ? undefined : 'app.households.money_invalid');

/** The effective values with where each comes from. */
const EffectiveTable = ({ record, divisionCode }: { record: PolicyRecord; divisionCode: string }) => {
  const translate = useTranslate();
  const policy = record.effectivePolicy;
  const sourceOf = new Map(policy.sources.map((s) => [s.field, s.divisionCode]));
  const sourceName = new Map(policy.sources.map((s) => [s.divisionCode, s.divisionName ?? s.divisionCode]));
  return (
    <Table size="small" data-testid="effective-policy">
      <TableHead>
        <TableRow>
          <TableCell>{translate('app.policies.item')}</TableCell>
          <TableCell align="right">{translate('app.policies.value')}</TableCell>
          <TableCell>{translate('app.policies.source')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {FIELDS.map((field) => {
          const value = policy[field];
          const source = sourceOf.get(field);
          return (
            <TableRow key={field} data-testid={`policy-${field}`}>
              <TableCell>{POLICY_FIELD_LABELS[field]}</TableCell>
              <TableCell
                align="right"
                // Texts (the template, the category list) wrap; figures stay on one line.
                sx={{
                  fontVariantNumeric: 'tabular-nums',
                  whiteSpace: TEXT_FIELDS.includes(field) ? 'normal' : 'nowrap',
                  fontWeight: 600,
                }}
              >
                {value === null || value === undefined
                  ? field === 'procedureTemplate'
                    ? DEFAULT_TEMPLATE_TEXT
                    : '—'
                  : formatValue(field, value)}
              </TableCell>
              <TableCell>
                {!source ? (
                  <Typography variant="body2" color="text.secondary">
                    {translate('app.policies.not_set')}
                  </Typography>
                ) : source === divisionCode ? (
                  <Chip size="small" color="primary" label={translate('app.policies.own')} />
                ) : (
                  <Chip
                    size="small"
                    variant="outlined"
                    label={translate('app.policies.inherited', { name: sourceName.get(source) ?? source })}
                  />
                )}
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
};

/** This division's own values for the year (empty = inherit), saved with `setPolicy`. */
const OwnPolicyForm = ({
  record,
  divisionCode,
  year,
}: {
  record: PolicyRecord;
  divisionCode: string;
  year: number;
}) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const [saving, setSaving] = useState(false);
  const own = record.policies.find((p) => p.divisionCode === divisionCode && p.year === year);
  const defaults: Record<string, unknown> = Object.fromEntries(
    FIELDS.map((field) => {
      const value = own?.[field];
      if (value === null || value === undefined) return [field, null];
      if (RATIO_FIELDS.includes(field)) return [field, ratioToPercent(value as number)];
      if (field === CATEGORIES_FIELD) return [field, value];
      return [field, MONEY_FIELDS.includes(field) ? String(value) : value];
    }),
  );
  const submit = async (values: Record<string, unknown>) => {
    const input: Record<string, unknown> = {};
    for (const field of FIELDS) {
      const value = values[field];
      if (MONEY_FIELDS.includes(field))
        input[field] =
          value === null || value === undefined || String(value).trim() === '' ? null : String(value).trim();
      else if (RATIO_FIELDS.includes(field)) input[field] = percentToRatio(value as number | null);
      else if (field === 'procedureTemplate') input[field] = value || null;
      else if (field === CATEGORIES_FIELD) input[field] = Array.isArray(value) && value.length ? value : null;
      else if (field === MULTIPLE_FIELD)
        input[field] = value === null || value === undefined || value === '' ? null : Number(value);
      else input[field] = value === null || value === undefined || value === '' ? null : Math.trunc(Number(value));
    }
    setSaving(true);
    try {
      await dataProvider.setPolicy(divisionCode, year, input as PolicyInput);
      notify('app.policies.saved', { type: 'success' });
      refresh();
      return undefined;
    } catch (error) {
      notify(errorMessage(error), { type: 'error' });
      if (error instanceof ApiError && error.field) return { [error.field.replace(/^input\./, '')]: error.message };
      return {};
    } finally {
      setSaving(false);
    }
  };
  return (
    <Form
      key={`${divisionCode}:${year}:${own?.version ?? 0}`}
      record={defaults}
      defaultValues={defaults}
      onSubmit={submit}
      noValidate
    >
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {translate('app.policies.own_help', { year })}
      </Typography>
      <InputGrid columns={1}>
        {FIELDS.map((field) => {
          const label = POLICY_FIELD_LABELS[field];
          if (MONEY_FIELDS.includes(field)) {
            return (
              <TextInput
                key={field}
                source={field}
                label={`${label}（元）`}
                validate={validateMoney}
                helperText={false}
                fullWidth
              />
            );
          }
          if (RATIO_FIELDS.includes(field)) {
            return (
              <NumberInput
                key={field}
                source={field}
                label={`${label}（%）`}
                min={0}
                max={100}
                step={0.5}
                validate={[minValue(0.01), maxValue(100)]}
                helperText={false}
                fullWidth
              />
            );
          }
          if (field === MULTIPLE_FIELD) {
            return (
              <NumberInput
                key={field}
                source={field}
                label={label}
                min={0.5}
                max={5}
                step={0.1}
                validate={[minValue(0.5), maxValue(5)]}
                helperText="与监测收入线金额二选一"
                fullWidth
              />
            );
          }
          if (field === CATEGORIES_FIELD) {
            return (
              <SelectArrayInput
                key={field}
                source={field}
                label={label}
                choices={CATEGORY_CHOICES}
                helperText="留空沿用上级（默认：脱贫不稳定户、边缘易致贫户）"
                fullWidth
              />
            );
          }
          if (field === 'procedureTemplate') {
            return (
              <SelectInput
                key={field}
                source={field}
                label={label}
                choices={TEMPLATE_CHOICES}
                emptyText="app.policies.inherit"
                helperText={false}
                fullWidth
              />
            );
          }
          const [, min, max, unit] = COUNT_FIELDS.find(([name]) => name === field)!;
          return (
            <NumberInput
              key={field}
              source={field}
              label={`${label}（${unit}）`}
              min={min}
              max={max}
              step={1}
              validate={[minValue(min), maxValue(max)]}
              helperText={false}
              fullWidth
            />
          );
        })}
      </InputGrid>
      <Button
        type="submit"
        variant="contained"
        disabled={saving}
        startIcon={saving ? <CircularProgress size={16} color="inherit" /> : <SaveIcon />}
        sx={{ mt: 2 }}
        data-testid="save-policy"
      >
        {translate('ra.action.save')}
      </Button>
    </Form>
  );
};

/** 监测标准: a division (default the user's) and a year (default this year). */
export const PolicyPage = () => {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const own = (identity as ConsoleIdentity | undefined)?.division?.code ?? null;
  const [picked, setPicked] = useState<string | null>(null);
  const [year, setYear] = useState(currentYear());
  const divisionCode = picked ?? own;
  const { canAccess: canWrite } = useCanAccess({ resource: 'policies', action: 'edit' });
  const { data, isPending, error } = useGetOne<PolicyRecord>(
    'policies',
    { id: `${divisionCode}:${year}` },
    { enabled: Boolean(divisionCode) },
  );
  const years = Array.from({ length: 8 }, (_, i) => currentYear() + 1 - i);
  return (
    <Box sx={{ mt: 2 }}>
      <Title title={translate('app.policies.title')} />
      <Card sx={{ mb: 2 }}>
        <CardContent>
          <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
            <DivisionPicker
              value={divisionCode}
              onChange={(code) => setPicked(code ?? own)}
              label={translate('app.policies.division')}
            />
            <TextField
              select
              size="small"
              label={translate('app.policies.year')}
              value={year}
              onChange={(event) => setYear(Number(event.target.value))}
              sx={{ width: 120 }}
              slotProps={{
                select: {
                  SelectDisplayProps: { 'data-testid': 'policy-year' } as React.HTMLAttributes<HTMLDivElement>,
                },
              }}
            >
              {years.map((y) => (
                <MenuItem key={y} value={y}>
                  {y}
                </MenuItem>
              ))}
            </TextField>
          </Stack>
        </CardContent>
      </Card>
      {error ? (
        <Alert severity="error">{errorMessage(error)}</Alert>
      ) : isPending || !data || !divisionCode ? (
        <CircularProgress size={24} />
      ) : (
        <Box
          sx={{
            display: 'grid',
            gridTemplateColumns: { xs: '1fr', lg: canWrite ? 'minmax(0, 1fr) minmax(0, 1fr)' : '1fr' },
            gap: 2,
            alignItems: 'start',
          }}
        >
          <Card sx={canWrite ? undefined : { maxWidth: 900 }}>
            <CardContent>
              <Typography variant="subtitle1" sx={{ fontWeight: 600, mb: 1 }}>
                {translate('app.policies.value')}（{year}）
              </Typography>
              <EffectiveTable record={data} divisionCode={divisionCode} />
            </CardContent>
          </Card>
          {canWrite && (
            <Card>
              <CardContent>
                <Typography variant="subtitle1" sx={{ fontWeight: 600, mb: 1 }}>
                  {translate('app.policies.own_values')}
                </Typography>
                <OwnPolicyForm record={data} divisionCode={divisionCode} year={year} />
              </CardContent>
            </Card>
          )}
          {canWrite && year <= currentYear() && (
            <Box sx={{ gridColumn: '1 / -1' }}>
              <PolicyWhatIf divisionCode={divisionCode} year={year} currentLine={data.effectivePolicy.incomeLine} />
            </Box>
          )}
        </Box>
      )}
    </Box>
  );
};

export default PolicyPage;
