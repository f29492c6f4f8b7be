import RecordVoiceOverIcon from '@mui/icons-material/RecordVoiceOver';
import type { SelfReportRecord } from '../dataProvider';
import { SelfReportList } from './SelfReportList';

export { SelfReportPage } from './SelfReportPage';

/** 农户自主申报：村级核实（转为线索或排除）。 */
export default {
  list: SelfReportList,
  icon: RecordVoiceOverIcon,
  recordRepresentation: (record: SelfReportRecord) => record.name,
};
