import { useState } from 'react';
import {
  Button,
  DataTable,
  Link,
  List,
  SelectInput,
  TextInput,
  required,
  useCreatePath,
  useDataProvider,
  useListContext,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { Chip, Stack, Tab, Tabs, Typography } from '@mui/material';
import FlagIcon from '@mui/icons-material/Flag';
import BlockIcon from '@mui/icons-material/Block';
import type { MonitoringCategory, SelfReportStatus } from '../gql/graphql';
import type { ConsoleDataProvider, SelfReportRecord } from '../dataProvider';
import { DivisionInput } from '../divisions/DivisionFields';
import { FormDialog } from '../common/FormDialog';
import { RISK_TYPE_LABELS, SELF_REPORT_STATUS_LABELS } from '../labels';
import { monitoringCategoryChoices } from '../monitoringCases/CaseFields';

type View = SelfReportStatus | 'ALL';
const VIEWS: View[] = ['PENDING', 'CONVERTED', 'ATTACHED', 'DISMISSED', 'ALL'];

const filters = [
  <DivisionInput
    key="divisionCode"
    source="divisionCode"
    label="resources.selfReports.fields.divisionCode"
    helperText={false}
    alwaysOn
  />,
];

const StatusTabs = () => {
  const translate = useTranslate();
  const { filterValues, setFilters, displayedFilters } = useListContext();
  const view = (filterValues.status as View) ?? 'PENDING';
  return (
    <Tabs
      value={view}
      variant="scrollable"
      onChange={(_e, value: View) => setFilters({ ...filterValues, status: value }, displayedFilters)}
      sx={{ borderBottom: 1, borderColor: 'divider', px: 1 }}
    >
      {VIEWS.map((value) => (
        <Tab
          key={value}
          value={value}
          label={value === 'ALL' ? translate('app.self_reports.view_all') : SELF_REPORT_STATUS_LABELS[value]}
          data-testid={`self-reports-${value.toLowerCase()}`}
        />
      ))}
    </Tabs>
  );
};

/** The registered household, or "not registered" (the officer registers the family first). */
const HouseholdField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<SelfReportRecord>();
  const translate = useTranslate();
  const createPath = useCreatePath();
  if (!record) return null;
  if (!record.household)
    return <Chip size="small" color="warning" variant="outlined" label={translate('app.self_reports.unregistered')} />;
  return (
    <Link
      to={createPath({ resource: 'households', type: 'show', id: record.household.id })}
      sx={{ fontFamily: 'monospace' }}
    >
      {record.household.householdNumber}
    </Link>
  );
};

const StatusField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<SelfReportRecord>();
  const translate = useTranslate();
  const createPath = useCreatePath();
  if (!record) return null;
  return (
    <Stack spacing={0.5} sx={{ alignItems: 'flex-start', whiteSpace: 'normal', minWidth: 120 }}>
      <Chip
        size="small"
        variant="outlined"
        color={record.status === 'PENDING' ? 'warning' : 'default'}
        label={SELF_REPORT_STATUS_LABELS[record.status]}
      />
      {record.handleNote && (
        <Typography variant="caption" color="text.secondary">
          {record.handledBy}：{record.handleNote}
        </Typography>
      )}
      {record.caseId && (
        <Link to={createPath({ resource: 'monitoringCases', type: 'show', id: record.caseId })} variant="caption">
          {translate('app.warnings.view_case')}
        </Link>
      )}
    </Stack>
  );
};

/** 转为线索 (choosing the family for someone not yet registered) / 排除 with a reason. */
const Actions = (_props: { label?: string }) => {
  const record = useRecordContext<SelfReportRecord>();
  const translate = useTranslate();
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const refresh = useRefresh();
  const [dialog, setDialog] = useState<'convert' | 'dismiss' | null>(null);
  if (!record || record.status !== 'PENDING') return null;
  const summary = `${record.name}（${RISK_TYPE_LABELS[record.difficulty]}）：${record.description}`;
  return (
    <Stack spacing={0.5} sx={{ alignItems: 'flex-start' }}>
      <Button label="app.self_reports.convert" onClick={() => setDialog('convert')} data-testid="convert-self-report">
        <FlagIcon />
      </Button>
      <Button
        label="app.self_reports.dismiss"
        color="error"
        onClick={() => setDialog('dismiss')}
        data-testid="dismiss-self-report"
      >
        <BlockIcon />
      </Button>
      <FormDialog<{ category: MonitoringCategory; householdId?: string; note?: string }>
        open={dialog === 'convert'}
        onClose={() => setDialog(null)}
        title={translate('app.self_reports.convert_title', { name: record.name })}
        help={`${summary}。${record.household ? '' : translate('app.self_reports.register_first')}`}
        resource="selfReports"
        maxWidth="xs"
        defaultValues={{ category: 'SUDDEN_HARDSHIP' }}
        submitLabel="app.self_reports.convert"
        onSubmit={async (values) => {
          await dataProvider.handleSelfReport(record, {
            decision: 'OPEN_LEAD',
            category: values.category,
            householdId: values.householdId || null,
            note: values.note || null,
          });
          refresh();
          return 'app.self_reports.converted';
        }}
      >
        <SelectInput source="category" choices={monitoringCategoryChoices} validate={required()} fullWidth />
        {!record.household && (
          <TextInput source="householdId" label="app.self_reports.household_id" validate={required()} fullWidth />
        )}
        <TextInput source="note" label="app.self_reports.note" multiline minRows={2} fullWidth />
      </FormDialog>
      <FormDialog<{ note: string }>
        open={dialog === 'dismiss'}
        onClose={() => setDialog(null)}
        title={translate('app.self_reports.dismiss_title', { name: record.name })}
        help={summary}
        resource="selfReports"
        maxWidth="xs"
        submitLabel="app.self_reports.dismiss"
        onSubmit={async (values) => {
          await dataProvider.handleSelfReport(record, { decision: 'DISMISS', note: values.note });
          refresh();
          return 'app.self_reports.dismissed';
        }}
      >
        <TextInput
          source="note"
          label="app.self_reports.dismiss_reason"
          validate={required()}
          multiline
          minRows={2}
          fullWidth
        />
      </FormDialog>
    </Stack>
  );
};

/** 农户自主申报: the village's queue of reports to verify. */
export const SelfReportList = () => (
  <List
    filters={filters}
    filterDefaultValues={{ status: 'PENDING' }}
    exporter={false}
    perPage={25}
    sort={{ field: 'createdAt', order: 'ASC' }}
  >
    <StatusTabs />
    <DataTable
      bulkActionButtons={false}
      rowClick={false}
      data-testid="self-report-table"
      sx={{ '& td, & th': { whiteSpace: 'nowrap' } }}
    >
      <DataTable.Col
        source="createdAt"
        disableSort
        render={(r: SelfReportRecord) => new Date(r.createdAt).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai' })}
      />
      <DataTable.Col source="name" disableSort />
      <DataTable.Col source="idNumber" disableSort cellSx={() => ({ fontFamily: 'monospace' })} />
      <DataTable.Col source="phone" disableSort />
      <DataTable.Col source="difficulty" disableSort render={(r: SelfReportRecord) => RISK_TYPE_LABELS[r.difficulty]} />
      <DataTable.Col
        source="description"
        disableSort
        cellSx={() => ({ whiteSpace: 'normal !important', minWidth: 200 })}
      />
      <DataTable.Col source="householdId" disableSort>
        <HouseholdField />
      </DataTable.Col>
      <DataTable.Col source="status" disableSort>
        <StatusField />
      </DataTable.Col>
      <DataTable.Col label="" disableSort>
        <Actions />
      </DataTable.Col>
    </DataTable>
  </List>
);

export default SelfReportList;
