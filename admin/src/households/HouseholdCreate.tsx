import {
  ArrayInput,
  Button,
  Create,
  SimpleForm,
  SimpleFormIterator,
  useGetIdentity,
  useSimpleFormIterator,
  useTranslate,
} from 'react-admin';
import PersonAddIcon from '@mui/icons-material/PersonAdd';
import { Box } from '@mui/material';
import type { ConsoleIdentity } from '../authProvider';
import { HouseholdBasicInputs, MemberInputs, SectionTitle, newMemberDefaults } from './HouseholdInputs';

/** Exactly one 户主 (the server checks it too, and the ID numbers). */
const validateMembers = (members: unknown) => {
  const list = Array.isArray(members) ? (members as Array<{ relation?: string }>) : [];
  if (list.length === 0) return 'app.households.one_head';
  return list.filter((member) => member?.relation === 'HEAD').length === 1 ? undefined : 'app.households.one_head';
};

/** 添加成员 with the API's defaults (a child, in good health, insured). */
const AddMemberItemButton = () => {
  const { add } = useSimpleFormIterator();
  return (
    <Button
      label="app.households.add_member_row"
      onClick={() => add(newMemberDefaults('CHILD'))}
      data-testid="add-member-row"
    >
      <PersonAddIcon />
    </Button>
  );
};

export const HouseholdCreate = () => {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const division = (identity as ConsoleIdentity | undefined)?.division;
  const defaults = {
    divisionCode: division?.level === 'VILLAGE' ? division.code : undefined,
    registrationStatus: 'ORDINARY',
    noLabourCapacity: false,
    minimumLivingAllowance: false,
    extremePoverty: false,
    relocated: false,
    members: [newMemberDefaults('HEAD')],
  };
  return (
    <Create redirect="show">
      <SimpleForm defaultValues={defaults}>
        <SectionTitle>{translate('app.households.tab_basic')}</SectionTitle>
        <HouseholdBasicInputs mode="create" />
        <SectionTitle>{translate('resources.households.fields.members')}</SectionTitle>
        <Box sx={{ width: '100%' }}>
          <ArrayInput
            source="members"
            label={false}
            validate={validateMembers}
            helperText="app.households.members_help"
          >
            <SimpleFormIterator
              disableReordering
              disableClear
              addButton={<AddMemberItemButton />}
              getItemLabel={(index: number) => `${index + 1}.`}
              sx={{ '& .RaSimpleFormIterator-line': { borderBottom: '1px dashed', borderColor: 'divider', py: 1 } }}
            >
              <MemberInputs />
            </SimpleFormIterator>
          </ArrayInput>
        </Box>
      </SimpleForm>
    </Create>
  );
};

export default HouseholdCreate;
