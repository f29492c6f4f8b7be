import AssignmentIcon from '@mui/icons-material/Assignment';
import type { CaseListRecord } from '../dataProvider';
import { CASE_STATE_LABELS } from '../labels';
import { lazyView } from '../common/lazyView';

const CaseList = lazyView(() => import('./CaseList'), 'CaseList');
const CaseShow = lazyView(() => import('./CaseShow'), 'CaseShow');

/** 监测案卷。 */
export default {
  list: CaseList,
  show: CaseShow,
  icon: AssignmentIcon,
  recordRepresentation: (record: CaseListRecord) =>
    `${record.household?.householdNumber ?? ''} ${CASE_STATE_LABELS[record.state]}`,
};
