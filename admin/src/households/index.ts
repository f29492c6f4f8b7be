import HomeWorkIcon from '@mui/icons-material/HomeWork';
import type { HouseholdListRecord } from '../dataProvider';
import { lazyView } from '../common/lazyView';

const HouseholdCreate = lazyView(() => import('./HouseholdCreate'), 'HouseholdCreate');
const HouseholdEdit = lazyView(() => import('./HouseholdEdit'), 'HouseholdEdit');
const HouseholdList = lazyView(() => import('./HouseholdList'), 'HouseholdList');
const HouseholdShow = lazyView(() => import('./HouseholdShow'), 'HouseholdShow');

export const HouseholdImport = lazyView(() => import('./HouseholdImport'), 'HouseholdImport');

/** 农户（一户一档）。 */
export default {
  list: HouseholdList,
  create: HouseholdCreate,
  edit: HouseholdEdit,
  show: HouseholdShow,
  icon: HomeWorkIcon,
  recordRepresentation: (record: HouseholdListRecord) =>
    `${record.householdNumber}${record.head ? ` ${record.head.name}` : ''}`,
};
