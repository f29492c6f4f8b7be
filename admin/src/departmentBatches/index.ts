import UploadFileIcon from '@mui/icons-material/UploadFile';
import type { DepartmentBatchListRecord } from '../dataProvider';
import { DEPARTMENT_LABELS } from '../labels';
import { lazyView } from '../common/lazyView';

const BatchList = lazyView(() => import('./BatchList'), 'BatchList');
const BatchShow = lazyView(() => import('./BatchShow'), 'BatchShow');
const DepartmentImport = lazyView(() => import('./DepartmentImport'), 'DepartmentImport');

/** 部门数据报送：行业部门上传数据文件，按身份证号匹配在册人员，超标的生成部门预警。 */
export default {
  list: BatchList,
  create: DepartmentImport,
  show: BatchShow,
  icon: UploadFileIcon,
  recordRepresentation: (record: DepartmentBatchListRecord) =>
    `${DEPARTMENT_LABELS[record.department] ?? record.department} ${record.createdAt}`,
};
