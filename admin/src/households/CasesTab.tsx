import { useState } from 'react';
import {
  Button,
  Link,
  NumberInput,
  SelectInput,
  TextInput,
  required,
  useCanAccess,
  useCreatePath,
  useDataProvider,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import {
  Alert,
  Box,
  LinearProgress,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import FlagIcon from '@mui/icons-material/Flag';
import type { MonitoringCategory, RegistrationStatus, RiskSource } from '../gql/graphql';
import type { ConsoleDataProvider, HouseholdRecord } from '../dataProvider';
import { FormDialog } from '../common/FormDialog';
import { formatDateTime } from '../format';
import { MONITORING_CATEGORY_LABELS, REGISTRATION_STATUS_LABELS, RISK_SOURCE_LABELS } from '../labels';
import { registrationStatusChoices } from './HouseholdFields';
import { CaseStateChip, monitoringCategoryChoices, riskSourceChoices } from '../monitoringCases/CaseFields';

const validateReasons = (value: unknown) =>
  String(value ?? '')
    .split('\n')
    .some((line) => line.trim())
    ? undefined
    : 'app.cases.reason_required';

const OpenLeadButton = ({ household }: { household: HouseholdRecord }) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  // A 脱贫户 at risk is a 脱贫不稳定户; others default to 边缘易致贫户 (the officer may choose otherwise).
  const category: MonitoringCategory =
    household.monitoringCategory ??
    (household.registrationStatus === 'LIFTED_OUT' ? 'UNSTABLE_LIFTED_OUT' : 'MARGINAL_AT_RISK');
  return (
    <>
      <Button label="app.households.open_lead" variant="outlined" onClick={() => setOpen(true)} data-testid="open-lead">
        <FlagIcon />
      </Button>
      <FormDialog<{ category: MonitoringCategory; source: RiskSource; reasons: string }>
        open={open}
        onClose={() => setOpen(false)}
        title={translate('app.households.open_lead_title')}
        resource="monitoringCases"
        defaultValues={{ category, source: 'CADRE_VISIT', reasons: '' }}
        submitLabel="app.households.open_lead"
        onSubmit={async (values) => {
          await dataProvider.openLead({
            householdId: household.id,
            category: values.category,
            source: values.source,
            reasons: values.reasons
              .split('\n')
              .map((line) => line.trim())
              .filter(Boolean),
          });
          refresh();
          return 'app.households.lead_opened';
        }}
      >
        <SelectInput source="category" choices={monitoringCategoryChoices} validate={required()} fullWidth />
        <SelectInput
          source="source"
          choices={riskSourceChoices.filter((c) => c.id === 'SELF_REPORT' || c.id === 'CADRE_VISIT')}
          validate={required()}
          fullWidth
        />
        <TextInput
          source="reasons"
          label="app.households.lead_reasons"
          helperText="app.households.lead_reasons_help"
          multiline
          minRows={3}
          validate={validateReasons}
          fullWidth
        />
      </FormDialog>
    </>
  );
};

/** 变更建档立卡登记状态 (county only): the reason goes to the audit log; monitoring never changes it. */
const RegistrationButton = ({ household }: { household: HouseholdRecord }) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button
        label="app.households.set_registration"
        variant="outlined"
        onClick={() => setOpen(true)}
        data-testid="set-registration"
      />
      <FormDialog<{ registrationStatus: RegistrationStatus; liftedOutYear: number | null; reason: string }>
        open={open}
        onClose={() => setOpen(false)}
        title={translate('app.households.set_registration')}
        resource="households"
        defaultValues={{
          registrationStatus: household.registrationStatus,
          liftedOutYear: household.liftedOutYear ?? null,
          reason: '',
        }}
        submitLabel="ra.action.save"
        onSubmit={async (values) => {
          await dataProvider.setHouseholdRegistration(
            household,
            values.registrationStatus,
            values.registrationStatus === 'LIFTED_OUT' ? Number(values.liftedOutYear) || null : null,
            values.reason,
          );
          refresh();
          return 'app.households.registration_saved';
        }}
      >
        <SelectInput source="registrationStatus" choices={registrationStatusChoices} validate={required()} fullWidth />
        <NumberInput source="liftedOutYear" helperText="app.households.lifted_out_year_help" fullWidth />
        <TextInput
          source="reason"
          label="app.households.registration_reason"
          validate={required()}
          multiline
          fullWidth
        />
      </FormDialog>
    </>
  );
};

/** 监测: the household's cases (newest first), each linking to its page; 开立线索 with MONITORING_PROPOSE. */
export const CasesTab = () => {
  const household = useRecordContext<HouseholdRecord>();
  const translate = useTranslate();
  const createPath = useCreatePath();
  const { canAccess: canPropose } = useCanAccess({ resource: 'monitoringCases', action: 'openLead' });
  const { canAccess: canRegister } = useCanAccess({ resource: 'households', action: 'registration' });
  if (!household?.members) return <LinearProgress />;
  const cases = household.monitoringCases ?? [];
  const label = (field: string) => translate(`resources.monitoringCases.fields.${field}`);
  return (
    <Box sx={{ width: '100%' }}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', mb: 1 }}>
        <Box sx={{ flex: 1 }}>
          {household.openCase && (
            <Alert severity="info" sx={{ py: 0 }}>
              {translate('app.households.has_open_case')}
            </Alert>
          )}
        </Box>
        {canRegister && household.status === 'ACTIVE' && <RegistrationButton household={household} />}
        {canPropose && household.status === 'ACTIVE' && !household.openCase && <OpenLeadButton household={household} />}
      </Stack>
      <Typography variant="body2" sx={{ mb: 1 }} data-testid="household-registration">
        {translate('app.households.registration_line', {
          registration: `${REGISTRATION_STATUS_LABELS[household.registrationStatus]}${household.liftedOutYear ? `（${household.liftedOutYear} 年脱贫）` : ''}`,
          history:
            (household.monitoringHistory ?? [])
              .map((p) => `${MONITORING_CATEGORY_LABELS[p.category]} ${p.identifiedOn} 至 ${p.eliminatedOn ?? '今'}`)
              .join('；') || translate('app.households.never_monitored'),
        })}
      </Typography>
      {cases.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {translate('app.households.no_cases')}
        </Typography>
      ) : (
        <Table size="small" data-testid="household-cases">
          <TableHead>
            <TableRow>
              {['state', 'category', 'source', 'openedOn', 'stateChangedAt', 'reasons'].map((field) => (
                <TableCell key={field} sx={{ whiteSpace: 'nowrap' }}>
                  {label(field)}
                </TableCell>
              ))}
              <TableCell />
            </TableRow>
          </TableHead>
          <TableBody>
            {cases.map((item) => (
              <TableRow key={item.id} hover>
                <TableCell>
                  <CaseStateChip state={item.state} />
                </TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{MONITORING_CATEGORY_LABELS[item.category]}</TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{RISK_SOURCE_LABELS[item.source]}</TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{item.openedOn}</TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatDateTime(item.stateChangedAt)}</TableCell>
                <TableCell sx={{ maxWidth: 360 }}>{item.reasons.join('；')}</TableCell>
                <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                  <Link
                    to={createPath({ resource: 'monitoringCases', type: 'show', id: item.id })}
                    data-testid="case-link"
                  >
                    {translate('app.households.view_case')}
                  </Link>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Box>
  );
};
