import NotificationImportantIcon from '@mui/icons-material/NotificationImportant';
import type { DepartmentWarningRecord } from '../dataProvider';
import { lazyView } from '../common/lazyView';

const WarningList = lazyView(() => import('./WarningList'), 'WarningList');

/** 部门预警：县级研判（转为线索或排除）。 */
export default {
  list: WarningList,
  icon: NotificationImportantIcon,
  recordRepresentation: (record: DepartmentWarningRecord) => record.household?.householdNumber ?? record.id,
};
