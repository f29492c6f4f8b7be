import {
  Button,
  DataTable,
  FilterButton,
  List,
  SearchInput,
  SelectInput,
  TopToolbar,
  useCreatePath,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import AccountTreeIcon from '@mui/icons-material/AccountTree';
import type { DivisionRecord } from '../dataProvider';
import { DivisionChildrenPanel } from './DivisionChildrenPanel';
import { DeepPovertyField } from './DivisionDeepPoverty';
import { LevelField, levelChoices } from './DivisionFields';

const useDivisionFilters = () => {
  const translate = useTranslate();
  return [
    <SearchInput key="q" source="q" alwaysOn placeholder={translate('app.filters.search_divisions')} />,
    <SelectInput
      key="level"
      source="level"
      label="resources.divisions.fields.level"
      choices={levelChoices}
      alwaysOn
      emptyText="app.filters.all_levels"
    />,
  ];
};

/** "下级区划": opens the division's page, which lists its children (villages have none). */
const ChildrenButton = () => {
  const record = useRecordContext<DivisionRecord>();
  const createPath = useCreatePath();
  if (!record || record.level === 'VILLAGE') return null;
  return (
    <Button
      to={createPath({ resource: 'divisions', type: 'show', id: record.code })}
      label="app.divisions.children"
      onClick={(event) => event.stopPropagation()}
    >
      <AccountTreeIcon />
    </Button>
  );
};

const DivisionListActions = () => (
  <TopToolbar>
    <FilterButton />
  </TopToolbar>
);

/** Divisions of the jurisdiction, in code order; expand a row to see its direct children. */
export const DivisionList = () => {
  const filters = useDivisionFilters();
  return (
    <List filters={filters} actions={<DivisionListActions />} sort={{ field: 'code', order: 'ASC' }} perPage={25}>
      <DataTable
        bulkActionButtons={false}
        rowClick="show"
        expand={<DivisionChildrenPanel />}
        isRowExpandable={(record: DivisionRecord) => record.level !== 'VILLAGE'}
      >
        <DataTable.Col source="name" disableSort />
        <DataTable.Col source="code" disableSort />
        <DataTable.Col source="level" disableSort>
          <LevelField />
        </DataTable.Col>
        <DataTable.Col source="deepPoverty" label="深度贫困" disableSort>
          <DeepPovertyField />
        </DataTable.Col>
        <DataTable.Col label="app.divisions.children" disableSort>
          <ChildrenButton />
        </DataTable.Col>
      </DataTable>
    </List>
  );
};

export default DivisionList;
