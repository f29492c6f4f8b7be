import {
  CreateButton,
  useTranslate,
  DataTable,
  FilterButton,
  List,
  SearchInput,
  SelectInput,
  TopToolbar,
  useCanAccess,
} from 'react-admin';
import { DateField } from '../common/fields';
import { DivisionInput } from '../divisions/DivisionFields';
import { useRoleChoices } from '../useRoleLabels';
import { RolesField, UserStatusField } from './UserFields';

const statusChoices = [
  { id: 'false', name: 'app.status.active' },
  { id: 'true', name: 'app.status.disabled' },
];

const useUserFilters = () => {
  const roleChoices = useRoleChoices();
  const translate = useTranslate();
  return [
    <SearchInput key="q" source="q" alwaysOn placeholder={translate('app.filters.search_users')} />,
    <SelectInput key="role" source="role" choices={roleChoices} alwaysOn emptyText="app.filters.all_roles" />,
    <SelectInput
      key="disabled"
      source="disabled"
      label="resources.users.fields.disabled"
      choices={statusChoices}
      alwaysOn
      emptyText="app.filters.all_statuses"
    />,
    <DivisionInput
      key="divisionCode"
      source="divisionCode"
      label="resources.users.fields.divisionCode"
      helperText={false}
    />,
  ];
};

const UserListActions = () => (
  <TopToolbar>
    <FilterButton />
    <CreateButton />
  </TopToolbar>
);

export const UserList = () => {
  const filters = useUserFilters();
  // Administrators go straight to the edit form; readers (e.g. auditors) to the detail page.
  const { canAccess: canEdit } = useCanAccess({ resource: 'users', action: 'edit' });
  return (
    <List filters={filters} actions={<UserListActions />} perPage={25} sort={{ field: 'divisionCode', order: 'ASC' }}>
      <DataTable bulkActionButtons={false} rowClick={canEdit ? 'edit' : 'show'} data-testid="user-table">
        <DataTable.Col source="username" disableSort />
        <DataTable.Col source="displayName" disableSort />
        <DataTable.Col source="division.name" label="resources.users.fields.division" disableSort />
        <DataTable.Col source="roles" disableSort>
          <RolesField />
        </DataTable.Col>
        <DataTable.Col source="disabled" disableSort>
          <UserStatusField />
        </DataTable.Col>
        <DataTable.Col source="lastLoginAt" disableSort>
          <DateField source="lastLoginAt" showTime locales="zh-CN" emptyText="app.users.never_logged_in" />
        </DataTable.Col>
      </DataTable>
    </List>
  );
};

export default UserList;
