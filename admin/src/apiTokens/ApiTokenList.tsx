import { CreateButton, DataTable, List, ReferenceField, TextField, TopToolbar } from 'react-admin';
import { DateField } from '../common/fields';
import { RevokeApiTokenButton } from './RevokeApiTokenButton';
import { TokenRoleField, TokenStatusField } from './ApiTokenFields';

const ApiTokenListActions = () => (
  <TopToolbar>
    <CreateButton />
  </TopToolbar>
);

export const ApiTokenList = () => (
  <List actions={<ApiTokenListActions />} perPage={25} sort={{ field: 'createdAt', order: 'DESC' }}>
    <DataTable bulkActionButtons={false} rowClick={false}>
      <DataTable.Col source="name" disableSort />
      <DataTable.Col source="partnerName" disableSort />
      <DataTable.Col source="role" disableSort>
        <TokenRoleField />
      </DataTable.Col>
      <DataTable.Col source="divisionCode" disableSort>
        <ReferenceField source="divisionCode" reference="divisions" link="show" />
      </DataTable.Col>
      <DataTable.Col source="tokenPrefix" disableSort>
        <TextField source="tokenPrefix" sx={{ fontFamily: 'monospace' }} />
      </DataTable.Col>
      <DataTable.Col source="createdAt" disableSort>
        <DateField source="createdAt" showTime locales="zh-CN" />
      </DataTable.Col>
      <DataTable.Col source="expiresAt" disableSort>
        <DateField source="expiresAt" showTime locales="zh-CN" emptyText="app.apiTokens.never" />
      </DataTable.Col>
      <DataTable.Col source="lastUsedAt" disableSort>
        <DateField source="lastUsedAt" showTime locales="zh-CN" emptyText="—" />
      </DataTable.Col>
      <DataTable.Col source="status" disableSort>
        <TokenStatusField />
      </DataTable.Col>
      <DataTable.Col label=" " disableSort>
        <RevokeApiTokenButton />
      </DataTable.Col>
    </DataTable>
  </List>
);

export default ApiTokenList;
