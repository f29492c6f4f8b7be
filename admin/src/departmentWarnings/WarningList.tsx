import { useState } from 'react';
import {
  DataTable,
  FilterButton,
  Link,
  List,
  SelectInput,
  TextInput,
  TopToolbar,
  required,
  useCreatePath,
  useDataProvider,
  useGetList,
  useListContext,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import {
  Button as MuiButton,
  Chip,
  Stack,
  Tab,
  Tabs,
  Tooltip,
  Typography,
  useMediaQuery,
  type Theme,
} from '@mui/material';
import FlagIcon from '@mui/icons-material/Flag';
import BlockIcon from '@mui/icons-material/Block';
import type { MonitoringCategory, WarningStatus } from '../gql/graphql';
import type { ConsoleDataProvider, DepartmentWarningRecord } from '../dataProvider';
import { PlaceField } from '../common/fields';
import { DivisionInput } from '../divisions/DivisionFields';
import { FormDialog } from '../common/FormDialog';
import { formatMoney } from '../format';
import { DEPARTMENT_LABELS, DEPARTMENT_RECORD_KIND_LABELS, WARNING_STATUS_LABELS } from '../labels';
import { monitoringCategoryChoices } from '../monitoringCases/CaseFields';
import { SelectableCards, useBulkRun } from '../common/bulk';

type View = WarningStatus | 'ALL';
const VIEWS: Array<[View, string]> = [
  ['PENDING', 'app.warnings.view_pending'],
  ['CONVERTED', 'app.warnings.view_converted'],
  ['DISMISSED', 'app.warnings.view_dismissed'],
  ['ALL', 'app.warnings.view_all'],
];

const warningFilters = [
  <DivisionInput
    key="divisionCode"
    source="divisionCode"
    label="resources.departmentWarnings.fields.divisionCode"
    helperText={false}
    alwaysOn
  />,
];

const householdLabel = (warning: DepartmentWarningRecord) =>
  `${warning.household?.householdNumber ?? ''} ${warning.household?.head?.name ?? ''}`.trim();

/** 待研判 / 已转为线索 / 已排除 / 全部, kept in the filter as `status`. */
const StatusTabs = () => {
  const translate = useTranslate();
  const { filterValues, setFilters, displayedFilters } = useListContext();
  const { total: pending } = useGetList('departmentWarnings', {
    filter: { status: 'PENDING' },
    pagination: { page: 1, perPage: 1 },
  });
  const view = (filterValues.status as View) ?? 'PENDING';
  return (
    <Tabs
      variant="scrollable"
      value={view}
      onChange={(_e, value: View) => setFilters({ ...filterValues, status: value }, displayedFilters)}
      sx={{ borderBottom: 1, borderColor: 'divider', px: 1 }}
    >
      {VIEWS.map(([value, label]) => (
        <Tab
          key={value}
          value={value}
          label={`${translate(label)}${value === 'PENDING' && typeof pending === 'number' ? `（${pending}）` : ''}`}
          data-testid={`warnings-${value.toLowerCase()}`}
        />
      ))}
    </Tabs>
  );
};

const AmountField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<DepartmentWarningRecord>();
  const translate = useTranslate();
  if (!record) return null;
  if (record.amount != null) return <>{formatMoney(record.amount)}</>;
  if (record.grade != null) return <>{translate('app.warnings.grade', { grade: record.grade })}</>;
  return <>—</>;
};

/** 数据类别 with the department that sent it below. */
const KindField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<DepartmentWarningRecord>();
  if (!record) return null;
  return (
    <>
      {DEPARTMENT_RECORD_KIND_LABELS[record.kind]}
      <Typography variant="caption" color="text.secondary" component="div">
        {DEPARTMENT_LABELS[record.department]}
      </Typography>
    </>
  );
};

const HouseholdLink = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<DepartmentWarningRecord>();
  const createPath = useCreatePath();
  if (!record) return null;
  return (
    <Link
      to={createPath({ resource: 'households', type: 'show', id: record.householdId })}
      sx={{ fontFamily: 'monospace' }}
      onClick={(e: React.MouseEvent) => e.stopPropagation()}
    >
      {record.household?.householdNumber ?? '—'}
    </Link>
  );
};

/** Status, and for handled warnings who handled them, the note or the case. */
const StatusField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<DepartmentWarningRecord>();
  const translate = useTranslate();
  const createPath = useCreatePath();
  if (!record) return null;
  const color = record.status === 'PENDING' ? 'warning' : record.status === 'CONVERTED' ? 'primary' : 'default';
  const chip = <Chip size="small" variant="outlined" color={color} label={WARNING_STATUS_LABELS[record.status]} />;
  if (record.status === 'PENDING') return chip;
  return (
    <Stack spacing={0.5} sx={{ alignItems: 'flex-start', whiteSpace: 'normal', minWidth: 140 }}>
      <Tooltip title={record.handleNote ?? ''}>{chip}</Tooltip>
      <Typography variant="caption" color="text.secondary">
        {record.handledByName ?? record.handledBy}
        {record.handleNote ? `：${record.handleNote}` : ''}
      </Typography>
      {record.caseId && (
        <Link to={createPath({ resource: 'monitoringCases', type: 'show', id: record.caseId })} variant="caption">
          {translate('app.warnings.view_case')}
        </Link>
      )}
    </Stack>
  );
};

/** 转为线索 / 排除 for a pending warning. */
const WarningActions = (_props: { label?: string }) => {
  const record = useRecordContext<DepartmentWarningRecord>();
  const translate = useTranslate();
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const refresh = useRefresh();
  const [dialog, setDialog] = useState<'convert' | 'dismiss' | null>(null);
  if (!record || record.status !== 'PENDING') return null;
  const category: MonitoringCategory =
    record.household?.monitoringCategory ??
    (record.household?.registrationStatus === 'LIFTED_OUT' ? 'UNSTABLE_LIFTED_OUT' : 'SUDDEN_HARDSHIP');
  return (
    // Side by side on a phone's card, stacked in the table's last column; labelled on both.
    <Stack direction={{ xs: 'row', sm: 'column' }} spacing={0.5} sx={{ alignItems: 'flex-start' }}>
      <MuiButton
        size="small"
        startIcon={<FlagIcon />}
        onClick={() => setDialog('convert')}
        data-testid="convert-warning"
      >
        {translate('app.warnings.convert')}
      </MuiButton>
      <MuiButton
        size="small"
        color="error"
        startIcon={<BlockIcon />}
        onClick={() => setDialog('dismiss')}
        data-testid="dismiss-warning"
      >
        {translate('app.warnings.dismiss')}
      </MuiButton>
      <FormDialog<{ category: MonitoringCategory }>
        open={dialog === 'convert'}
        onClose={() => setDialog(null)}
        title={translate('app.warnings.convert_title', { household: householdLabel(record) })}
        help={`${record.reason}。${translate('app.warnings.convert_help')}`}
        resource="departmentWarnings"
        maxWidth="xs"
        defaultValues={{ category }}
        submitLabel="app.warnings.convert"
        onSubmit={async (values) => {
          await dataProvider.convertWarningToLead(record, values.category);
          refresh();
          return 'app.warnings.converted';
        }}
      >
        <SelectInput source="category" choices={monitoringCategoryChoices} validate={required()} fullWidth />
      </FormDialog>
      <FormDialog<{ reason: string }>
        open={dialog === 'dismiss'}
        onClose={() => setDialog(null)}
        title={translate('app.warnings.dismiss_title', { household: householdLabel(record) })}
        help={record.reason}
        resource="departmentWarnings"
        maxWidth="xs"
        submitLabel="app.warnings.dismiss"
        onSubmit={async (values) => {
          await dataProvider.dismissWarning(record, values.reason);
          refresh();
          return 'app.warnings.dismissed';
        }}
      >
        <TextInput
          source="reason"
          label="app.warnings.dismiss_reason"
          validate={required()}
          multiline
          minRows={2}
          fullWidth
        />
      </FormDialog>
    </Stack>
  );
};

/** 批量研判: convert the selected pending warnings to leads (one category) or dismiss them (one reason). */
const WarningBulkActions = () => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const { selected, running, run, report } = useBulkRun<DepartmentWarningRecord>('departmentWarnings');
  const [dialog, setDialog] = useState<'convert' | 'dismiss' | null>(null);
  return (
    <>
      {/* Labelled on phones too (react-admin's Button shows only the icon there). */}
      <MuiButton
        size="small"
        startIcon={<FlagIcon />}
        disabled={running}
        onClick={() => setDialog('convert')}
        data-testid="bulk-convert"
      >
        {translate('app.bulk.convert')}
      </MuiButton>
      <MuiButton
        size="small"
        color="error"
        startIcon={<BlockIcon />}
        disabled={running}
        onClick={() => setDialog('dismiss')}
        data-testid="bulk-dismiss"
      >
        {translate('app.bulk.dismiss')}
      </MuiButton>
      <FormDialog<{ category: MonitoringCategory }>
        open={dialog === 'convert'}
        onClose={() => setDialog(null)}
        title={translate('app.bulk.convert_title', { count: selected.length })}
        help={translate('app.warnings.convert_help')}
        resource="departmentWarnings"
        maxWidth="xs"
        defaultValues={{ category: 'SUDDEN_HARDSHIP' as MonitoringCategory }}
        submitLabel="app.bulk.convert"
        onSubmit={async (values) => {
          await run((record) => dataProvider.convertWarningToLead(record, values.category), householdLabel);
        }}
      >
        <SelectInput source="category" choices={monitoringCategoryChoices} validate={required()} fullWidth />
      </FormDialog>
      <FormDialog<{ reason: string }>
        open={dialog === 'dismiss'}
        onClose={() => setDialog(null)}
        title={translate('app.bulk.dismiss_title', { count: selected.length })}
        resource="departmentWarnings"
        maxWidth="xs"
        submitLabel="app.bulk.dismiss"
        onSubmit={async (values) => {
          await run((record) => dataProvider.dismissWarning(record, values.reason), householdLabel);
        }}
      >
        <TextInput
          source="reason"
          label="app.warnings.dismiss_reason"
          validate={required()}
          multiline
          minRows={2}
          fullWidth
        />
      </FormDialog>
      {report}
    </>
  );
};

/** Rows can be selected only while they wait to be judged. */
const isPending = (record: DepartmentWarningRecord) => record.status === 'PENDING';

const amountText = (record: DepartmentWarningRecord) =>
  record.amount != null
    ? `${formatMoney(record.amount)} 元`
    : record.grade != null
      ? `残疾等级 ${record.grade} 级`
      : '';

/** On a phone each warning is a card (household, record, reason, status) with the judging buttons; pending ones selectable for 批量研判. */
const WarningCards = () => (
  <SelectableCards<DepartmentWarningRecord>
    testId="warning-cards"
    linkToShow={false}
    isSelectable={isPending}
    bulkActions={<WarningBulkActions />}
    primary={(record) => `${record.household?.head?.name ?? '—'}（${record.household?.division?.name ?? ''}）`}
    secondary={(record) =>
      `${DEPARTMENT_RECORD_KIND_LABELS[record.kind]} ${amountText(record)} · ${record.occurredOn} · ${WARNING_STATUS_LABELS[record.status]}`
    }
    tertiary={(record) => `${record.household?.householdNumber ?? ''} ${record.reason}`}
    footer={<WarningActions />}
  />
);

/** 部门预警: the county's queue of department records over the policy's thresholds. */
export const WarningList = () => {
  const phone = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
  return (
    <List
      filters={warningFilters}
      filterDefaultValues={{ status: 'PENDING' }}
      actions={
        <TopToolbar>
          <FilterButton />
        </TopToolbar>
      }
      perPage={25}
      sort={{ field: 'createdAt', order: 'ASC' }}
    >
      <StatusTabs />
      {phone ? (
        <WarningCards />
      ) : (
        <DataTable
          bulkActionButtons={<WarningBulkActions />}
          isRowSelectable={isPending}
          rowClick={false}
          data-testid="warning-table"
          sx={{ '& td, & th': { whiteSpace: 'nowrap' } }}
        >
          <DataTable.Col source="household.householdNumber" disableSort>
            <HouseholdLink />
          </DataTable.Col>
          <DataTable.Col source="household.head.name" disableSort />
          <DataTable.Col source="household.division.name" disableSort>
            <PlaceField source="household.division" />
          </DataTable.Col>
          <DataTable.Col source="kind" disableSort>
            <KindField />
          </DataTable.Col>
          <DataTable.Col source="amount" disableSort align="right">
            <AmountField />
          </DataTable.Col>
          <DataTable.Col source="occurredOn" disableSort cellSx={() => ({ whiteSpace: 'nowrap' })} />
          <DataTable.Col
            source="reason"
            disableSort
            cellSx={() => ({ whiteSpace: 'normal !important', minWidth: 200 })}
          />
          <DataTable.Col source="status" disableSort>
            <StatusField />
          </DataTable.Col>
          <DataTable.Col label="" disableSort>
            <WarningActions />
          </DataTable.Col>
        </DataTable>
      )}
    </List>
  );
};

export default WarningList;
