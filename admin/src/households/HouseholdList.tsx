import {
  Button,
  CreateButton,
  DataTable,
  FilterButton,
  List,
  NumberInput,
  SearchInput,
  SelectArrayInput,
  SelectInput,
  SimpleList,
  TopToolbar,
  useCanAccess,
  useDataProvider,
  useListContext,
  useTranslate,
} from 'react-admin';
import { useMediaQuery, type Theme } from '@mui/material';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import type { ConsoleDataProvider } from '../dataProvider';
import { ExportButton } from '../common/ExportButton';
import { SelectableCards } from '../common/bulk';
import { DivisionInput } from '../divisions/DivisionFields';
import { MoneyField, PlaceField } from '../common/fields';
import { formatMoney } from '../format';
import { HOUSEHOLD_FLAG_LABELS, MONITORING_CATEGORY_LABELS, REGISTRATION_STATUS_LABELS } from '../labels';
import type { HouseholdRecord } from '../dataProvider';
import {
  FlagsField,
  HOUSEHOLD_FLAGS,
  HeadNameField,
  MonitoringCategoryField,
  RegistrationField,
  monitoringCategoryFilterChoices,
  registrationStatusChoices,
} from './HouseholdFields';

const yesNoChoices = [
  { id: 'true', name: 'app.common.yes' },
  { id: 'false', name: 'app.common.no' },
];

const useHouseholdFilters = () => {
  const translate = useTranslate();
  return [
    <SearchInput
      key="q"
      source="q"
      alwaysOn
      placeholder={translate('resources.households.fields.q')}
      sx={{ minWidth: { xs: 0, sm: 300 } }}
    />,
    <SelectArrayInput
      key="registrationStatuses"
      source="registrationStatuses"
      choices={registrationStatusChoices}
      alwaysOn
      sx={{ minWidth: 160 }}
    />,
    <SelectArrayInput
      key="monitoringCategories"
      source="monitoringCategories"
      choices={monitoringCategoryFilterChoices}
      alwaysOn
      sx={{ minWidth: 200 }}
    />,
    <DivisionInput
      key="divisionCode"
      source="divisionCode"
      label="resources.monitoringCases.fields.divisionCode"
      helperText={false}
      alwaysOn
    />,
    ...HOUSEHOLD_FLAGS.map((flag) => (
      <SelectInput
        key={flag}
        source={flag}
        label={HOUSEHOLD_FLAG_LABELS[flag]}
        choices={yesNoChoices}
        emptyText="app.common.all"
      />
    )),
    <NumberInput key="perCapitaIncomeMin" source="perCapitaIncomeMin" min={0} step={100} helperText={false} />,
    <NumberInput key="perCapitaIncomeMax" source="perCapitaIncomeMax" min={0} step={100} helperText={false} />,
  ];
};

/** 导出 Excel: a background export of the list's current filter; the dialog shows progress and downloads the file. */
export const ExportHouseholdsButton = () => {
  const { canAccess } = useCanAccess({ resource: 'households', action: 'export' });
  const { filterValues } = useListContext();
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  if (!canAccess) return null;
  return (
    <ExportButton start={() => dataProvider.startHouseholdExport(filterValues ?? {})} testId="export-households" />
  );
};

/** 导出所选: the ticked households only (the list offers ticking only to those who may export). */
const ExportSelectedHouseholdsButton = () => {
  const { selectedIds } = useListContext();
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  return (
    <ExportButton
      label="app.exports.export_selected"
      start={() => dataProvider.startHouseholdExport({ ids: selectedIds })}
      testId="export-selected-households"
    />
  );
};

/** 导入: to the import page. */
export const ImportHouseholdsButton = () => {
  const { canAccess } = useCanAccess({ resource: 'households', action: 'import' });
  if (!canAccess) return null;
  return (
    <Button to="/households/import" label="app.households.import" data-testid="import-households">
      <UploadFileIcon />
    </Button>
  );
};

const HouseholdListActions = () => (
  <TopToolbar>
    <FilterButton />
    <CreateButton />
    <ImportHouseholdsButton />
    <ExportHouseholdsButton />
  </TopToolbar>
);

/** A household card's lines: head and village, number, registration and monitoring status, income. */
const cardText = {
  primary: (record: HouseholdRecord) => `${record.head?.name ?? '—'}（${record.division?.name ?? ''}）`,
  secondary: (record: HouseholdRecord) => record.householdNumber,
  tertiary: (record: HouseholdRecord) =>
    `${[REGISTRATION_STATUS_LABELS[record.registrationStatus], record.monitoringCategory ? MONITORING_CATEGORY_LABELS[record.monitoringCategory] : null].filter(Boolean).join('、')} · ${record.memberCount} 人 · ${record.perCapitaNetIncome != null ? `人均 ${formatMoney(record.perCapitaNetIncome)} 元` : '无收入记录'}`,
};

/** On a phone each household is a card; those who may export can tick cards for 导出所选. */
const HouseholdCards = ({ selectable }: { selectable: boolean }) =>
  selectable ? (
    <SelectableCards<HouseholdRecord>
      testId="household-cards"
      bulkActions={<ExportSelectedHouseholdsButton />}
      {...cardText}
    />
  ) : (
    <SimpleList<HouseholdRecord>
      data-testid="household-cards"
      primaryText={cardText.primary}
      secondaryText={cardText.secondary}
      tertiaryText={cardText.tertiary}
      linkType="show"
      sx={{ '& .MuiListItemText-root': { whiteSpace: 'normal' } }}
    />
  );

export const HouseholdList = () => {
  const filters = useHouseholdFilters();
  const phone = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
  const { canAccess: canExport } = useCanAccess({ resource: 'households', action: 'export' });
  return (
    <List
      filters={filters}
      actions={<HouseholdListActions />}
      perPage={25}
      sort={{ field: 'householdNumber', order: 'ASC' }}
    >
      {phone ? (
        <HouseholdCards selectable={Boolean(canExport)} />
      ) : (
        <DataTable
          bulkActionButtons={canExport ? <ExportSelectedHouseholdsButton /> : false}
          rowClick="show"
          data-testid="household-table"
        >
          <DataTable.Col source="householdNumber" cellSx={() => ({ fontFamily: 'monospace', whiteSpace: 'nowrap' })} />
          <DataTable.Col source="head.name" disableSort cellSx={() => ({ whiteSpace: 'nowrap' })}>
            <HeadNameField />
          </DataTable.Col>
          <DataTable.Col source="division.name">
            <PlaceField source="division" />
          </DataTable.Col>
          <DataTable.Col source="registrationStatus" disableSort>
            <RegistrationField />
          </DataTable.Col>
          <DataTable.Col source="monitoringCategory" disableSort>
            <MonitoringCategoryField />
          </DataTable.Col>
          <DataTable.NumberCol source="memberCount" />
          <DataTable.Col source="perCapitaNetIncome" align="right">
            <MoneyField source="perCapitaNetIncome" />
          </DataTable.Col>
          <DataTable.Col source="incomeYear" disableSort align="right" />
          <DataTable.Col source="flags" disableSort>
            <FlagsField />
          </DataTable.Col>
        </DataTable>
      )}
    </List>
  );
};

export default HouseholdList;
