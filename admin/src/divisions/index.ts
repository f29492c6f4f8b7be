import MapIcon from '@mui/icons-material/Map';
import type { DivisionRecord } from '../dataProvider';
import { DivisionList } from './DivisionList';
import { DivisionShow } from './DivisionShow';

/** 行政区划：只读。 */
export default {
  list: DivisionList,
  show: DivisionShow,
  icon: MapIcon,
  recordRepresentation: (record: DivisionRecord) => record.name,
};
