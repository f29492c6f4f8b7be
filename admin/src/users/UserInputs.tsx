import {
  FormDataConsumer,
  SelectArrayInput,
  SelectInput,
  TextInput,
  regex,
  required,
  maxLength,
  useGetIdentity,
  usePermissions,
  useRecordContext,
} from 'react-admin';
import type { Role } from '../gql/graphql';
import type { UserRecord } from '../dataProvider';
import { DivisionInput } from '../divisions/DivisionFields';
import { DEPARTMENT_LABELS, choicesOf } from '../labels';
import { useGrantableRoleChoices } from '../useRoleLabels';

export const departmentChoices = choicesOf(DEPARTMENT_LABELS);

export const validateUsername = [
  required(),
  regex(/^[a-z][a-z0-9_]{2,31}$/, 'app.validation.username'),
];
export const validateDisplayName = [required(), maxLength(64)];
export const validatePhone = regex(/^(1\d{10}|0\d{2,3}-?\d{7,8})?$/, 'app.validation.phone');
const validateRoles = (value: unknown) => (Array.isArray(value) && value.length > 0 ? undefined : 'app.validation.roles');

/** Fields shared by the create and edit forms. */
export const UserCommonInputs = () => {
  const record = useRecordContext<UserRecord>();
  const { identity } = useGetIdentity();
  const { permissions } = usePermissions<string[]>();
  const roleChoices = useGrantableRoleChoices(permissions ?? []);
  const isSelf = Boolean(record && identity && record.id === identity.id);
  return (
    <>
      <TextInput source="displayName" validate={validateDisplayName} sx={{ minWidth: 280 }} />
      <DivisionInput source="divisionCode" label="resources.users.fields.divisionCode" validate={required()} />
      <SelectArrayInput
        source="roles"
        choices={roleChoices}
        validate={validateRoles}
        disabled={isSelf}
        helperText={isSelf ? 'app.users.roles_self_help' : false}
        sx={{ minWidth: 280 }}
      />
      <FormDataConsumer<{ roles?: Role[] }>>
        {({ formData }) =>
          formData.roles?.includes('DEPARTMENT_USER') ? (
            <SelectInput
              source="department"
              choices={departmentChoices}
              validate={required('app.users.department_help')}
              helperText="app.users.department_help"
              sx={{ minWidth: 280 }}
            />
          ) : null
        }
      </FormDataConsumer>
      <TextInput source="phone" validate={validatePhone} sx={{ minWidth: 280 }} />
    </>
  );
};
