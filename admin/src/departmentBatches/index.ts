import UploadFileIcon from '@mui/icons-material/UploadFile';
import type { DepartmentBatchListRecord } from '../dataProvider';
import { DEPARTMENT_LABELS } from '../labels';
import { BatchList } from './BatchList';
import { BatchShow } from './BatchShow';
import { DepartmentImport } from './DepartmentImport';

/** 部门数据报送：行业部门上传数据文件，按身份证号匹配在册人员，超标的生成部门预警。 */
export default {
  list: BatchList,
  create: DepartmentImport,
  show: BatchShow,
  icon: UploadFileIcon,
  recordRepresentation: (record: DepartmentBatchListRecord) => `${DEPARTMENT_LABELS[record.department] ?? record.department} ${record.createdAt}`,
};
