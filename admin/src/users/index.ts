import PeopleIcon from '@mui/icons-material/People';
import type { UserRecord } from '../dataProvider';
import { UserCreate } from './UserCreate';
import { UserEdit } from './UserEdit';
import { UserList } from './UserList';
import { UserShow } from './UserShow';

/** 用户账号。 */
export default {
  list: UserList,
  create: UserCreate,
  edit: UserEdit,
  show: UserShow,
  icon: PeopleIcon,
  recordRepresentation: (record: UserRecord) => `${record.displayName}（${record.username}）`,
};
