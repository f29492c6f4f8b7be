import PeopleIcon from '@mui/icons-material/People';
import type { UserRecord } from '../dataProvider';
import { lazyView } from '../common/lazyView';

const UserCreate = lazyView(() => import('./UserCreate'), 'UserCreate');
const UserEdit = lazyView(() => import('./UserEdit'), 'UserEdit');
const UserList = lazyView(() => import('./UserList'), 'UserList');
const UserShow = lazyView(() => import('./UserShow'), 'UserShow');

/** 用户账号。 */
export default {
  list: UserList,
  create: UserCreate,
  edit: UserEdit,
  show: UserShow,
  icon: PeopleIcon,
  recordRepresentation: (record: UserRecord) => `${record.displayName}（${record.username}）`,
};
