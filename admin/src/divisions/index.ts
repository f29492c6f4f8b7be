import MapIcon from '@mui/icons-material/Map';
import type { DivisionRecord } from '../dataProvider';
import { lazyView } from '../common/lazyView';

const DivisionList = lazyView(() => import('./DivisionList'), 'DivisionList');
const DivisionShow = lazyView(() => import('./DivisionShow'), 'DivisionShow');

/** 行政区划：只读。 */
export default {
  list: DivisionList,
  show: DivisionShow,
  icon: MapIcon,
  recordRepresentation: (record: DivisionRecord) => record.name,
};
