import HistoryIcon from '@mui/icons-material/History';
import { lazyView } from '../common/lazyView';

const AuditEntryList = lazyView(() => import('./AuditEntryList'), 'AuditEntryList');

/** 审计日志：只读。 */
export default {
  list: AuditEntryList,
  icon: HistoryIcon,
  recordRepresentation: (record: { action: string; entityName: string }) => `${record.action} ${record.entityName}`,
};
