import { useState } from 'react';
import {
  ArrayField,
  Button,
  DataTable,
  ResourceContextProvider,
  SelectInput,
  TextInput,
  required,
  useCanAccess,
  useDataProvider,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { Box, LinearProgress, Stack, Typography } from '@mui/material';
import PersonAddIcon from '@mui/icons-material/PersonAdd';
import EditIcon from '@mui/icons-material/Edit';
import PersonRemoveIcon from '@mui/icons-material/PersonRemove';
import StarIcon from '@mui/icons-material/Star';
import type { Relation } from '../gql/graphql';
import type { ConsoleDataProvider, HouseholdRecord, MemberRecord } from '../dataProvider';
import { EnumField, MASKED } from '../common/fields';
import { FormDialog } from '../common/FormDialog';
import { HEALTH_STATUS_LABELS, LABOUR_CAPACITY_LABELS, RELATION_LABELS, SEX_LABELS } from '../labels';
import { MemberInputs, newMemberDefaults, relationChoicesWithoutHead } from './HouseholdInputs';

/** Household writes are offered only for households still in the register. */
export const useCanWriteHousehold = (action: string) => {
  const household = useRecordContext<HouseholdRecord>();
  const { canAccess } = useCanAccess({ resource: 'households', action });
  return Boolean(canAccess && household && household.status === 'ACTIVE');
};

const AddMemberButton = ({ household }: { household: HouseholdRecord }) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button
        label="app.households.add_member"
        onClick={() => setOpen(true)}
        variant="outlined"
        data-testid="add-member"
      >
        <PersonAddIcon />
      </Button>
      <FormDialog
        open={open}
        onClose={() => setOpen(false)}
        title={translate('app.households.add_member_title')}
        resource="members"
        maxWidth="md"
        defaultValues={newMemberDefaults('CHILD')}
        onSubmit={async (values) => {
          await dataProvider.addMember(household.id, values);
          refresh();
          return 'app.households.member_added';
        }}
      >
        <MemberInputs relations={relationChoicesWithoutHead} />
      </FormDialog>
    </>
  );
};

const EditMemberButton = () => {
  const member = useRecordContext<MemberRecord>();
  const translate = useTranslate();
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  if (!member) return null;
  const isHead = member.relation === 'HEAD';
  return (
    <>
      <Button label="app.households.edit_member" onClick={() => setOpen(true)} data-testid="edit-member">
        <EditIcon />
      </Button>
      <FormDialog
        open={open}
        onClose={() => setOpen(false)}
        title={translate('app.households.edit_member_title', { name: member.name })}
        resource="members"
        maxWidth="md"
        defaultValues={{ ...member, healthStatus: member.healthStatus ?? undefined }}
        onSubmit={async (values) => {
          await dataProvider.updateMember(member, values);
          refresh();
          return 'app.households.member_updated';
        }}
      >
        <MemberInputs
          relations={isHead ? [{ id: 'HEAD', name: RELATION_LABELS.HEAD }] : relationChoicesWithoutHead}
          relationDisabled={isHead}
          maskedId={member.idNumber}
        />
      </FormDialog>
    </>
  );
};

const RemoveMemberButton = () => {
  const member = useRecordContext<MemberRecord>();
  const translate = useTranslate();
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  if (!member || member.relation === 'HEAD') return null;
  return (
    <>
      <Button
        label="app.households.remove_member"
        color="error"
        onClick={() => setOpen(true)}
        data-testid="remove-member"
      >
        <PersonRemoveIcon />
      </Button>
      <FormDialog<{ reason: string }>
        open={open}
        onClose={() => setOpen(false)}
        title={translate('app.households.remove_member_title', { name: member.name })}
        help={translate('app.households.remove_member_help')}
        resource="members"
        maxWidth="xs"
        submitLabel="app.households.remove_member"
        onSubmit={async ({ reason }) => {
          await dataProvider.removeMember(member, reason);
          refresh();
          return 'app.households.member_removed';
        }}
      >
        <TextInput
          source="reason"
          label="app.households.removal_reason"
          validate={required()}
          fullWidth
          multiline
          autoFocus
        />
      </FormDialog>
    </>
  );
};

const SetHeadButton = ({ household }: { household: HouseholdRecord }) => {
  const member = useRecordContext<MemberRecord>();
  const translate = useTranslate();
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  if (!member || member.relation === 'HEAD') return null;
  return (
    <>
      <Button label="app.households.set_head" onClick={() => setOpen(true)} data-testid="set-head">
        <StarIcon />
      </Button>
      <FormDialog<{ formerHeadRelation: Relation }>
        open={open}
        onClose={() => setOpen(false)}
        title={translate('app.households.set_head_title', { name: member.name })}
        help={translate('app.households.set_head_help', { head: household.head?.name ?? '—' })}
        resource="members"
        maxWidth="xs"
        submitLabel="app.households.set_head"
        defaultValues={{ formerHeadRelation: 'SPOUSE' }}
        onSubmit={async ({ formerHeadRelation }) => {
          await dataProvider.setHouseholdHead(member.id, formerHeadRelation);
          refresh();
          return 'app.households.head_changed';
        }}
      >
        <SelectInput
          source="formerHeadRelation"
          label="app.households.former_head_relation"
          choices={relationChoicesWithoutHead}
          validate={required()}
          fullWidth
        />
      </FormDialog>
    </>
  );
};

const MemberRowActions = ({ household }: { household: HouseholdRecord }) => (
  <Stack direction="row" spacing={0.5} sx={{ justifyContent: 'flex-end' }}>
    <EditMemberButton />
    <SetHeadButton household={household} />
    <RemoveMemberButton />
  </Stack>
);

/** 家庭成员: the members in the register, with 增员 / 编辑 / 减员 / 设为户主. */
export const MembersTab = () => {
  const household = useRecordContext<HouseholdRecord>();
  const translate = useTranslate();
  const canWrite = useCanWriteHousehold('members');
  if (!household?.members) return <LinearProgress />;
  return (
    <Box sx={{ width: '100%' }}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', mb: 1 }}>
        <Typography variant="body2" color="text.secondary" sx={{ flex: 1 }}>
          {translate('resources.households.fields.memberCount')}：{household.memberCount}
        </Typography>
        {canWrite && <AddMemberButton household={household} />}
      </Stack>
      <ResourceContextProvider value="members">
        <ArrayField source="members" record={household}>
          <DataTable
            bulkActionButtons={false}
            rowClick={false}
            data-testid="member-table"
            sx={{ '& td': { whiteSpace: 'nowrap' } }}
          >
            <DataTable.Col source="name" disableSort />
            <DataTable.Col source="idNumber" disableSort cellSx={() => ({ fontFamily: 'monospace' })} />
            <DataTable.Col source="relation" disableSort>
              <EnumField source="relation" labels={RELATION_LABELS} />
            </DataTable.Col>
            <DataTable.Col source="sex" disableSort>
              <EnumField source="sex" labels={SEX_LABELS} />
            </DataTable.Col>
            <DataTable.NumberCol source="age" disableSort />
            <DataTable.Col source="healthStatus" disableSort>
              {/* Health is never empty: without PII_READ the API withholds it. */}
              <EnumField source="healthStatus" labels={HEALTH_STATUS_LABELS} empty={MASKED} />
            </DataTable.Col>
            <DataTable.Col source="labourCapacity" disableSort>
              <EnumField source="labourCapacity" labels={LABOUR_CAPACITY_LABELS} />
            </DataTable.Col>
            {canWrite && (
              <DataTable.Col label="" disableSort align="right">
                <MemberRowActions household={household} />
              </DataTable.Col>
            )}
          </DataTable>
        </ArrayField>
      </ResourceContextProvider>
    </Box>
  );
};
