import { Create, PasswordInput, SimpleForm, TextInput, required } from 'react-admin';
import { UserCommonInputs, validateUsername } from './UserInputs';

export const UserCreate = () => (
  <Create redirect="show">
    <SimpleForm defaultValues={{ roles: [] }}>
      <TextInput source="username" validate={validateUsername} autoComplete="off" sx={{ minWidth: 280 }} />
      <UserCommonInputs />
      <PasswordInput
        source="password"
        validate={required()}
        autoComplete="new-password"
        helperText="app.users.password_help"
        sx={{ minWidth: 280 }}
      />
    </SimpleForm>
  </Create>
);

export default UserCreate;
