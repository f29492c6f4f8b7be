import {
  DataTable,
  FilterButton,
  List,
  SelectArrayInput,
  SelectInput,
  TopToolbar,
  useCanAccess,
  useDataProvider,
  useGetList,
  useListContext,
  usePermissions,
  useTranslate,
} from 'react-admin';
import { Tab, Tabs, useMediaQuery, type Theme } from '@mui/material';
import type { CaseView, ConsoleDataProvider } from '../dataProvider';
import { ExportButton } from '../common/ExportButton';
import { DivisionInput } from '../divisions/DivisionFields';
import { EnumField, DateField, PlaceField } from '../common/fields';
import { CASE_STATE_LABELS } from '../labels';
import { MONITORING_CATEGORY_LABELS, RISK_SOURCE_LABELS } from '../labels';
import { CaseStateField, caseStateChoices, monitoringCategoryChoices } from './CaseFields';
import { CaseBulkActions } from './CaseBulkActions';
import { SelectableCards } from '../common/bulk';

/** Permissions of the people who take steps of the procedure (they have a 我的待办). */
const ACTOR_PERMISSIONS = ['MONITORING_PROPOSE', 'MONITORING_REVIEW_TOWNSHIP', 'MONITORING_CONFIRM_COUNTY'];

export const useIsCaseActor = () => {
  const { permissions } = usePermissions<string[]>();
  return Boolean(permissions?.some((p) => ACTOR_PERMISSIONS.includes(p)));
};

const caseFilters = [
  <SelectArrayInput key="states" source="states" choices={caseStateChoices} alwaysOn sx={{ minWidth: 200 }} />,
  <SelectInput
    key="category"
    source="category"
    choices={monitoringCategoryChoices}
    alwaysOn
    emptyText="app.common.all"
  />,
  <DivisionInput
    key="divisionCode"
    source="divisionCode"
    label="resources.monitoringCases.fields.divisionCode"
    helperText={false}
  />,
];

const useViewTotal = (view: CaseView, enabled: boolean) =>
  useGetList('monitoringCases', { filter: { view }, pagination: { page: 1, perPage: 1 } }, { enabled }).total;

/** 我的待办 / 逾期 / 全部, kept in the list's filter as `view`. */
const CaseViewTabs = () => {
  const translate = useTranslate();
  const { filterValues, setFilters, displayedFilters } = useListContext();
  const isActor = useIsCaseActor();
  const pending = useViewTotal('pending', isActor);
  const overdue = useViewTotal('overdue', true);
  const view: CaseView = (filterValues.view as CaseView) ?? 'all';
  const count = (total: number | undefined) => (typeof total === 'number' ? `（${total}）` : '');
  return (
    <Tabs
      variant="scrollable"
      value={view}
      onChange={(_event, value: CaseView) => setFilters({ ...filterValues, view: value }, displayedFilters)}
      sx={{ borderBottom: 1, borderColor: 'divider', px: 1 }}
    >
      {isActor && (
        <Tab
          value="pending"
          label={`${translate('app.cases.view_pending')}${count(pending)}`}
          data-testid="view-pending"
        />
      )}
      <Tab
        value="overdue"
        label={`${translate('app.cases.view_overdue')}${count(overdue)}`}
        data-testid="view-overdue"
      />
      <Tab value="all" label={translate('app.cases.view_all')} data-testid="view-all" />
    </Tabs>
  );
};

/** 导出 Excel of the list as filtered (view tab included), or 导出所选 of the ticked cases. */
const ExportCasesButton = ({ selected = false }: { selected?: boolean }) => {
  const { canAccess } = useCanAccess({ resource: 'monitoringCases', action: 'export' });
  const { filterValues, selectedIds } = useListContext();
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  if (!canAccess) return null;
  return selected ? (
    <ExportButton
      label="app.exports.export_selected"
      start={() => dataProvider.startMonitoringCaseExport({ ids: selectedIds })}
      testId="export-selected-cases"
    />
  ) : (
    <ExportButton start={() => dataProvider.startMonitoringCaseExport(filterValues ?? {})} testId="export-cases" />
  );
};

const CaseListActions = () => (
  <TopToolbar>
    <FilterButton />
    <ExportCasesButton />
  </TopToolbar>
);

interface CaseRow {
  id: string;
  state: keyof typeof CASE_STATE_LABELS;
  stateChangedAt: string;
  household?: { householdNumber?: string; head?: { name?: string } | null; division?: { name?: string } | null } | null;
}

/** On a phone each case is a card: who, where, which step and since when; selectable for the bulk steps. */
const CaseCards = () => (
  <SelectableCards<CaseRow>
    testId="case-cards"
    bulkActions={
      <>
        <CaseBulkActions />
        <ExportCasesButton selected />
      </>
    }
    primary={(record) => `${record.household?.head?.name ?? '—'}（${record.household?.division?.name ?? ''}）`}
    secondary={(record) =>
      `${CASE_STATE_LABELS[record.state]} · 自 ${new Date(record.stateChangedAt).toLocaleDateString('zh-CN', { timeZone: 'Asia/Shanghai' })}`
    }
    tertiary={(record) => record.household?.householdNumber ?? ''}
  />
);

export const CaseList = () => {
  const phone = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
  return (
    <List
      filters={caseFilters}
      filterDefaultValues={{ view: 'all' }}
      actions={<CaseListActions />}
      perPage={25}
      sort={{ field: 'stateChangedAt', order: 'ASC' }}
    >
      <CaseViewTabs />
      {phone ? (
        <CaseCards />
      ) : (
        <DataTable
          bulkActionButtons={
            <>
              <CaseBulkActions />
              <ExportCasesButton selected />
            </>
          }
          rowClick="show"
          data-testid="case-table"
        >
          <DataTable.Col
            source="household.householdNumber"
            disableSort
            cellSx={() => ({ fontFamily: 'monospace', whiteSpace: 'nowrap' })}
          />
          <DataTable.Col source="household.head.name" disableSort />
          <DataTable.Col source="household.division.name" disableSort>
            <PlaceField source="household.division" />
          </DataTable.Col>
          <DataTable.Col source="category" disableSort>
            <EnumField source="category" labels={MONITORING_CATEGORY_LABELS} />
          </DataTable.Col>
          <DataTable.Col source="state" disableSort>
            <CaseStateField />
          </DataTable.Col>
          <DataTable.Col source="source" disableSort>
            <EnumField source="source" labels={RISK_SOURCE_LABELS} />
          </DataTable.Col>
          <DataTable.Col source="stateChangedAt" disableSort cellSx={() => ({ whiteSpace: 'nowrap' })}>
            <DateField source="stateChangedAt" showTime locales="zh-CN" />
          </DataTable.Col>
        </DataTable>
      )}
    </List>
  );
};

export default CaseList;
