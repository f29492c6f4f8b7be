import {
  Edit,
  SaveButton,
  ShowButton,
  SimpleForm,
  Toolbar,
  TopToolbar,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import type { HouseholdRecord } from '../dataProvider';
import { HouseholdBasicInputs } from './HouseholdInputs';

export const HouseholdTitle = () => {
  const record = useRecordContext<HouseholdRecord>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <>
      {translate('app.households.title', {
        number: record.householdNumber,
        head: record.head?.name ?? translate('app.households.no_head'),
      })}
    </>
  );
};

const HouseholdEditInputs = () => {
  const record = useRecordContext<HouseholdRecord>();
  return <HouseholdBasicInputs mode="edit" originalPhone={record?.phone} />;
};

/** Members, incomes and risks are edited on the household's page; this form is the household itself. */
export const HouseholdEdit = () => (
  <Edit
    title={<HouseholdTitle />}
    actions={
      <TopToolbar>
        <ShowButton />
      </TopToolbar>
    }
    mutationMode="pessimistic"
    redirect="show"
  >
    <SimpleForm
      toolbar={
        <Toolbar>
          <SaveButton />
        </Toolbar>
      }
    >
      <HouseholdEditInputs />
    </SimpleForm>
  </Edit>
);

export default HouseholdEdit;
