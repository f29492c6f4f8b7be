import { useState } from 'react';
import {
  Button,
  EditButton,
  Labeled,
  NumberField,
  Show,
  TabbedShowLayout,
  TabbedShowLayoutTabs,
  TextField,
  TextInput,
  TopToolbar,
  required,
  useCanAccess,
  useDataProvider,
  useRecordContext,
  useRedirect,
  useTranslate,
} from 'react-admin';
import { Alert, Box, Typography, useMediaQuery, type Theme } from '@mui/material';
import ArchiveIcon from '@mui/icons-material/Archive';
import PrintIcon from '@mui/icons-material/Print';
import type { ConsoleDataProvider, HouseholdRecord } from '../dataProvider';
import { MoneyField, DateField } from '../common/fields';
import { FormDialog } from '../common/FormDialog';
import { HOUSEHOLD_STATUS_LABELS } from '../labels';
import { CasesTab } from './CasesTab';
import { HistoryTab } from './HistoryTab';
import { HouseholdTitle } from './HouseholdEdit';
import { FlagsField, MonitoringCategoryField, RegistrationField } from './HouseholdFields';
import { IncomesTab } from './IncomesTab';
import { MembersTab } from './MembersTab';
import { RiskFactorsTab } from './RiskFactorsTab';
import { MeasuresTab, PlanTab } from '../assistance/HouseholdAssistance';

const ArchiveButton = () => {
  const record = useRecordContext<HouseholdRecord>();
  const { canAccess } = useCanAccess({ resource: 'households', action: 'archive' });
  const translate = useTranslate();
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const redirect = useRedirect();
  const [open, setOpen] = useState(false);
  if (!record || !canAccess || record.status !== 'ACTIVE') return null;
  return (
    <>
      <Button
        label="app.households.archive"
        color="error"
        onClick={() => setOpen(true)}
        data-testid="archive-household"
      >
        <ArchiveIcon />
      </Button>
      <FormDialog<{ reason: string }>
        open={open}
        onClose={() => setOpen(false)}
        title={translate('app.households.archive_title', { number: record.householdNumber })}
        help={translate('app.households.archive_help')}
        resource="households"
        maxWidth="xs"
        submitLabel="app.households.archive"
        onSubmit={async ({ reason }) => {
          await dataProvider.archiveHousehold(record, reason);
          redirect('list', 'households');
          return 'app.households.archived';
        }}
      >
        <TextInput
          source="reason"
          label="resources.households.fields.archiveReason"
          validate={required()}
          multiline
          fullWidth
        />
      </FormDialog>
    </>
  );
};

/** Edit only while the household is in the register. */
const EditIfActive = () => {
  const record = useRecordContext<HouseholdRecord>();
  if (!record || record.status !== 'ACTIVE') return null;
  return <EditButton />;
};

/** 打印: the 一户一档 as a paper copy (#/households/:id/print). */
const PrintButton = () => {
  const record = useRecordContext<HouseholdRecord>();
  const redirect = useRedirect();
  if (!record) return null;
  return (
    <Button
      onClick={() => redirect(`/households/${record.id}/print`)}
      label="app.print.print"
      data-testid="print-household-link"
    >
      <PrintIcon />
    </Button>
  );
};

const HouseholdShowActions = () => (
  <TopToolbar>
    <PrintButton />
    <EditIfActive />
    <ArchiveButton />
  </TopToolbar>
);

const ArchivedNotice = () => {
  const record = useRecordContext<HouseholdRecord>();
  const translate = useTranslate();
  if (!record || record.status === 'ACTIVE') return null;
  return (
    <Alert severity="warning" sx={{ mx: 2, mt: 2 }}>
      {translate('app.households.archived_notice', {
        reason: record.archiveReason ?? HOUSEHOLD_STATUS_LABELS[record.status],
      })}
    </Alert>
  );
};

const VillageField = (_props: { label?: string }) => {
  const record = useRecordContext<HouseholdRecord>();
  if (!record) return null;
  return (
    <Typography variant="body2">
      {record.division?.name ?? '—'}
      <Typography component="span" variant="caption" color="text.secondary" sx={{ ml: 1, fontFamily: 'monospace' }}>
        {record.divisionCode}
      </Typography>
    </Typography>
  );
};

/** Two columns of labelled fields. */
const FieldGrid = ({ children }: { children: React.ReactNode }) => (
  <Box
    sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: 'repeat(3, minmax(0, 1fr))' }, gap: 1, width: '100%' }}
  >
    {children}
  </Box>
);

const BasicTab = () => {
  return (
    <FieldGrid>
      <Labeled source="householdNumber">
        <TextField source="householdNumber" sx={{ fontFamily: 'monospace' }} />
      </Labeled>
      <Labeled source="head.name">
        <TextField source="head.name" emptyText="—" />
      </Labeled>
      <Labeled source="division">
        <VillageField />
      </Labeled>
      <Labeled source="registrationStatus">
        <RegistrationField />
      </Labeled>
      <Labeled source="monitoringCategory">
        <MonitoringCategoryField />
      </Labeled>
      <Labeled source="address">
        <TextField source="address" />
      </Labeled>
      <Labeled source="phone">
        <TextField source="phone" emptyText="—" />
      </Labeled>
      <Labeled source="memberCount">
        <NumberField source="memberCount" />
      </Labeled>
      <Labeled source="perCapitaNetIncome">
        <MoneyField source="perCapitaNetIncome" />
      </Labeled>
      <Labeled source="incomeYear">
        <TextField source="incomeYear" emptyText="—" />
      </Labeled>
      <Labeled source="flags">
        <FlagsField />
      </Labeled>
      <Labeled source="createdAt">
        <DateField source="createdAt" showTime locales="zh-CN" />
      </Labeled>
      <Labeled source="updatedAt">
        <DateField source="updatedAt" showTime locales="zh-CN" />
      </Labeled>
    </FieldGrid>
  );
};

/** 一户一档: the household with its members, incomes, risks, cases and change log in tabs. */
export const HouseholdShow = () => {
  const translate = useTranslate();
  const { canAccess: canHistory } = useCanAccess({ resource: 'households', action: 'history' });
  const { canAccess: canCases } = useCanAccess({ resource: 'monitoringCases', action: 'list' });
  const { canAccess: canAssistance } = useCanAccess({ resource: 'assistance', action: 'read' });
  const phone = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
  return (
    <Show title={<HouseholdTitle />} actions={<HouseholdShowActions />}>
      <ArchivedNotice />
      {/* Scrollable tabs: on a phone the later tabs stay reachable by swiping or the arrows. */}
      <TabbedShowLayout
        tabs={<TabbedShowLayoutTabs variant="scrollable" scrollButtons="auto" allowScrollButtonsMobile={phone} />}
      >
        <TabbedShowLayout.Tab label={translate('app.households.tab_basic')} data-testid="tab-basic">
          <BasicTab />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label={translate('app.households.tab_members')} path="members" data-testid="tab-members">
          <MembersTab />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label={translate('app.households.tab_incomes')} path="incomes" data-testid="tab-incomes">
          <IncomesTab />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label={translate('app.households.tab_risks')} path="risks" data-testid="tab-risks">
          <RiskFactorsTab />
        </TabbedShowLayout.Tab>
        {canCases && (
          <TabbedShowLayout.Tab label={translate('app.households.tab_cases')} path="cases" data-testid="tab-cases">
            <CasesTab />
          </TabbedShowLayout.Tab>
        )}
        {canAssistance && (
          <TabbedShowLayout.Tab label="帮扶措施" path="measures" data-testid="tab-measures">
            <MeasuresTab />
          </TabbedShowLayout.Tab>
        )}
        {canAssistance && (
          <TabbedShowLayout.Tab label="一户一策" path="plan" data-testid="tab-plan">
            <PlanTab />
          </TabbedShowLayout.Tab>
        )}
        {canHistory && (
          <TabbedShowLayout.Tab
            label={translate('app.households.tab_history')}
            path="history"
            data-testid="tab-history"
          >
            <HistoryTab />
          </TabbedShowLayout.Tab>
        )}
      </TabbedShowLayout>
    </Show>
  );
};

export default HouseholdShow;
