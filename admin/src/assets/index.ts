import { createElement } from 'react';
import AccountBalanceIcon from '@mui/icons-material/AccountBalance';
import { RequireAccess } from '../common/RequireAccess';
import { lazyView } from '../common/lazyView';

const AssetsPage = lazyView(() => import('./AssetsPage'), 'AssetsPage');

const AssetList = () =>
  createElement(
    RequireAccess,
    { resource: 'assets', action: 'list', title: 'resources.assets.name' },
    createElement(AssetsPage),
  );

/** 扶贫资产：台账（筛选、变动记录、折股量化）与专项资金项目流程。 */
export default {
  list: AssetList,
  icon: AccountBalanceIcon,
};
