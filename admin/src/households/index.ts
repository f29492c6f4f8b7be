import HomeWorkIcon from '@mui/icons-material/HomeWork';
import type { HouseholdListRecord } from '../dataProvider';
import { HouseholdCreate } from './HouseholdCreate';
import { HouseholdEdit } from './HouseholdEdit';
import { HouseholdList } from './HouseholdList';
import { HouseholdShow } from './HouseholdShow';

export { HouseholdImport } from './HouseholdImport';

/** 农户（一户一档）。 */
export default {
  list: HouseholdList,
  create: HouseholdCreate,
  edit: HouseholdEdit,
  show: HouseholdShow,
  icon: HomeWorkIcon,
  recordRepresentation: (record: HouseholdListRecord) => `${record.householdNumber}${record.head ? ` ${record.head.name}` : ''}`,
};
