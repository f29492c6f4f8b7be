import { Fragment, useState } from 'react';
import {
  Button,
  DateInput,
  SelectInput,
  TextInput,
  required,
  useCanAccess,
  useDataProvider,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import {
  Alert,
  Box,
  Chip,
  LinearProgress,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import TaskAltIcon from '@mui/icons-material/TaskAlt';
import type { RiskFactorInput, RiskSource, RiskType } from '../gql/graphql';
import type { ConsoleDataProvider, HouseholdRecord, RiskFactorRecord } from '../dataProvider';
import { FormDialog } from '../common/FormDialog';
import { formatMoney, isMoneyInput, todayInChina } from '../format';
import { RISK_SOURCE_LABELS, RISK_STATUS_LABELS, RISK_TYPE_LABELS, choicesOf } from '../labels';
import { InputGrid } from './HouseholdInputs';

const typeChoices = choicesOf(RISK_TYPE_LABELS);
const sourceChoices = choicesOf(RISK_SOURCE_LABELS);
const validateMoney = (value: unknown) => (isMoneyInput(value) ? undefined : 'app.households.money_invalid');
const validateDate = (value: unknown) => (!value || value <= todayInChina() ? undefined : '日期不能晚于今天');

const AddRiskButton = ({ household }: { household: HouseholdRecord }) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  const memberChoices = household.members.map((m) => ({ id: m.id, name: m.name }));
  return (
    <>
      <Button label="app.households.add_risk" variant="outlined" onClick={() => setOpen(true)} data-testid="add-risk">
        <AddIcon />
      </Button>
      <FormDialog<{
        type: RiskType;
        source: RiskSource;
        occurredOn: string;
        amount?: string;
        memberId?: string;
        note?: string;
      }>
        open={open}
        onClose={() => setOpen(false)}
        title={translate('app.households.add_risk')}
        resource="riskFactors"
        defaultValues={{ source: 'CADRE_VISIT', occurredOn: todayInChina() }}
        onSubmit={async (values) => {
          const input: RiskFactorInput = { type: values.type, source: values.source, occurredOn: values.occurredOn };
          if (values.amount && String(values.amount).trim()) input.amount = String(values.amount).trim();
          if (values.memberId) input.memberId = values.memberId;
          if (values.note?.trim()) input.note = values.note.trim();
          const added = await dataProvider.addRiskFactor(household.id, input);
          refresh();
          // The consistency hints come back with the new risk; they also show in the table.
          return added.warnings.length ? added.warnings.join('；') : 'app.households.risk_added';
        }}
      >
        <InputGrid columns={2}>
          <SelectInput source="type" choices={typeChoices} validate={required()} fullWidth />
          <SelectInput source="source" choices={sourceChoices} validate={required()} fullWidth />
          <DateInput source="occurredOn" validate={[required(), validateDate]} fullWidth />
          <TextInput source="amount" validate={validateMoney} fullWidth />
          <SelectInput source="memberId" choices={memberChoices} emptyText="app.common.none" fullWidth />
        </InputGrid>
        <TextInput source="note" multiline minRows={2} fullWidth />
      </FormDialog>
    </>
  );
};

const ResolveRiskButton = ({ risk }: { risk: RiskFactorRecord }) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button label="app.households.resolve_risk" onClick={() => setOpen(true)} data-testid="resolve-risk">
        <TaskAltIcon />
      </Button>
      <FormDialog<{ resolvedOn: string; note?: string }>
        open={open}
        onClose={() => setOpen(false)}
        title={translate('app.households.resolve_risk_title', { type: RISK_TYPE_LABELS[risk.type] })}
        resource="riskFactors"
        maxWidth="xs"
        defaultValues={{ resolvedOn: todayInChina() }}
        submitLabel="app.households.resolve_risk"
        onSubmit={async ({ resolvedOn, note }) => {
          await dataProvider.resolveRiskFactor(risk, resolvedOn, note);
          refresh();
          return 'app.households.risk_resolved';
        }}
      >
        <DateInput source="resolvedOn" validate={[required(), validateDate]} fullWidth />
        <TextInput source="note" multiline minRows={2} fullWidth />
      </FormDialog>
    </>
  );
};

/** 风险因素 with the API's consistency hints as alerts; 登记 / 标记已消除 with RISK_WRITE. */
export const RiskFactorsTab = () => {
  const household = useRecordContext<HouseholdRecord>();
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ resource: 'riskFactors', action: 'create' });
  if (!household?.riskFactors || !household.members) return <LinearProgress />;
  const canWrite = Boolean(canAccess && household.status === 'ACTIVE');
  const memberName = new Map(household.members.map((m) => [m.id, m.name]));
  const risks = [...household.riskFactors].sort((a, b) =>
    a.status === b.status ? b.occurredOn.localeCompare(a.occurredOn) : a.status === 'ACTIVE' ? -1 : 1,
  );
  const label = (field: string) => translate(`resources.riskFactors.fields.${field}`);
  return (
    <Box sx={{ width: '100%' }}>
      <Stack direction="row" sx={{ justifyContent: 'flex-end', mb: 1 }}>
        {canWrite && <AddRiskButton household={household} />}
      </Stack>
      {risks.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {translate('app.households.no_risks')}
        </Typography>
      ) : (
        <Box sx={{ overflowX: 'auto' }}>
          <Table size="small" data-testid="risk-table">
            <TableHead>
              <TableRow>
                {['type', 'source', 'occurredOn', 'amount', 'memberId', 'status', 'note'].map((field) => (
                  <TableCell key={field} align={field === 'amount' ? 'right' : undefined} sx={{ whiteSpace: 'nowrap' }}>
                    {label(field)}
                  </TableCell>
                ))}
                {canWrite && <TableCell />}
              </TableRow>
            </TableHead>
            <TableBody>
              {risks.map((risk) => (
                <Fragment key={risk.id}>
                  <TableRow
                    data-testid={`risk-${risk.id}`}
                    sx={risk.warnings.length ? { '& td': { borderBottom: 'none' } } : undefined}
                  >
                    <TableCell sx={{ whiteSpace: 'nowrap', fontWeight: 600 }}>{RISK_TYPE_LABELS[risk.type]}</TableCell>
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>{RISK_SOURCE_LABELS[risk.source]}</TableCell>
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>{risk.occurredOn}</TableCell>
                    <TableCell align="right" sx={{ fontVariantNumeric: 'tabular-nums' }}>
                      {formatMoney(risk.amount) || '—'}
                    </TableCell>
                    <TableCell>{risk.memberId ? (memberName.get(risk.memberId) ?? '—') : '—'}</TableCell>
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>
                      <Chip
                        size="small"
                        variant="outlined"
                        color={risk.status === 'ACTIVE' ? 'warning' : 'success'}
                        label={RISK_STATUS_LABELS[risk.status] + (risk.resolvedOn ? `（${risk.resolvedOn}）` : '')}
                      />
                    </TableCell>
                    <TableCell sx={{ maxWidth: 320 }}>{risk.note || '—'}</TableCell>
                    {canWrite && (
                      <TableCell align="right">
                        {risk.status === 'ACTIVE' && <ResolveRiskButton risk={risk} />}
                      </TableCell>
                    )}
                  </TableRow>
                  {risk.warnings.length > 0 && (
                    <TableRow>
                      <TableCell colSpan={canWrite ? 8 : 7} sx={{ pt: 0 }}>
                        <Stack spacing={0.5}>
                          {risk.warnings.map((warning) => (
                            <Alert
                              key={warning}
                              severity="warning"
                              variant="outlined"
                              sx={{ py: 0 }}
                              data-testid="risk-warning"
                            >
                              {warning}
                            </Alert>
                          ))}
                        </Stack>
                      </TableCell>
                    </TableRow>
                  )}
                </Fragment>
              ))}
            </TableBody>
          </Table>
        </Box>
      )}
    </Box>
  );
};
