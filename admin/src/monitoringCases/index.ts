import AssignmentIcon from '@mui/icons-material/Assignment';
import type { CaseListRecord } from '../dataProvider';
import { CASE_STATE_LABELS } from '../labels';
import { CaseList } from './CaseList';
import { CaseShow } from './CaseShow';

/** 监测案卷。 */
export default {
  list: CaseList,
  show: CaseShow,
  icon: AssignmentIcon,
  recordRepresentation: (record: CaseListRecord) => `${record.household?.householdNumber ?? ''} ${CASE_STATE_LABELS[record.state]}`,
};
