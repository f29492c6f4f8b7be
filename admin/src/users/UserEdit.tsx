import {
  Edit,
  SaveButton,
  ShowButton,
  SimpleForm,
  TextField,
  Labeled,
  Toolbar,
  TopToolbar,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import type { UserRecord } from '../dataProvider';
import { ResetPasswordButton, ToggleDisabledButton } from './UserActions';
import { UserStatusField } from './UserFields';
import { UserCommonInputs } from './UserInputs';

export const UserTitle = () => {
  const record = useRecordContext<UserRecord>();
  const translate = useTranslate();
  return <>{record ? `${translate('resources.users.name')}：${record.displayName}（${record.username}）` : ''}</>;
};

const UserEditActions = () => (
  <TopToolbar>
    <ShowButton />
    <ToggleDisabledButton />
    <ResetPasswordButton />
  </TopToolbar>
);

/** No delete: the API has none (accounts are disabled instead). */
const UserEditToolbar = () => (
  <Toolbar>
    <SaveButton />
  </Toolbar>
);

export const UserEdit = () => (
  <Edit title={<UserTitle />} actions={<UserEditActions />} mutationMode="pessimistic" redirect="show">
    <SimpleForm toolbar={<UserEditToolbar />}>
      <Labeled source="username">
        <TextField source="username" />
      </Labeled>
      <Labeled source="disabled">
        <UserStatusField />
      </Labeled>
      <UserCommonInputs />
    </SimpleForm>
  </Edit>
);

export default UserEdit;
