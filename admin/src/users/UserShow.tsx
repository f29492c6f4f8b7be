import { EditButton, Labeled, NumberField, Show, SimpleShowLayout, TextField, TopToolbar } from 'react-admin';
import { DateField } from '../common/fields';
import { DivisionNameField } from '../divisions/DivisionFields';
import { ResetPasswordButton, ToggleDisabledButton } from './UserActions';
import { DepartmentField, RolesField, UserStatusField } from './UserFields';
import { UserTitle } from './UserEdit';

const UserShowActions = () => (
  <TopToolbar>
    <EditButton />
    <ToggleDisabledButton />
    <ResetPasswordButton />
  </TopToolbar>
);

export const UserShow = () => (
  <Show title={<UserTitle />} actions={<UserShowActions />}>
    <SimpleShowLayout>
      <TextField source="username" />
      <TextField source="displayName" />
      <DivisionNameField source="division" label="resources.users.fields.division" />
      <TextField source="divisionCode" label="resources.divisions.fields.code" />
      <Labeled source="roles">
        <RolesField />
      </Labeled>
      <Labeled source="department">
        <DepartmentField />
      </Labeled>
      <TextField source="phone" emptyText="—" />
      <Labeled source="disabled">
        <UserStatusField />
      </Labeled>
      <DateField source="lastLoginAt" showTime locales="zh-CN" emptyText="app.users.never_logged_in" />
      <DateField source="createdAt" showTime locales="zh-CN" />
      <DateField source="updatedAt" showTime locales="zh-CN" />
      <NumberField source="version" />
    </SimpleShowLayout>
  </Show>
);

export default UserShow;
