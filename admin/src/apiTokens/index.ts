import VpnKeyIcon from '@mui/icons-material/VpnKey';
import type { ApiTokenRecord } from '../dataProvider';
import { lazyView } from '../common/lazyView';

const ApiTokenCreate = lazyView(() => import('./ApiTokenCreate'), 'ApiTokenCreate');
const ApiTokenList = lazyView(() => import('./ApiTokenList'), 'ApiTokenList');

/** 合作方令牌：签发与注销。 */
export default {
  list: ApiTokenList,
  create: ApiTokenCreate,
  icon: VpnKeyIcon,
  recordRepresentation: (record: ApiTokenRecord) => record.name ?? record.tokenPrefix,
};
