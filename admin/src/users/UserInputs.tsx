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

export const validateUsername = [required(), regex(/^[a-z][a-z0-9_]{2,31}$/, 'app.validation.username')];
export const validateDisplayName = [required(), maxLength(64)];
const PHONE = /^(1\d{10}|0\d{2,3}-?\d{7,8})$/;

/**
 * Without PII_READ the API sends phone numbers masked (139****0010): an unchanged value is accepted
 * (and not sent, see the data provider); a new one must be a valid number.
 */
export const phoneValidator = (original?: string | null) => (value: unknown) =>
  !value || value === original || PHONE.test(String(value).trim()) ? undefined : 'app.validation.phone';
const validateRoles = required('app.validation.roles');

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
      <TextInput source="phone" validate={phoneValidator(record?.phone)} sx={{ minWidth: 280 }} />
    </>
  );
};
