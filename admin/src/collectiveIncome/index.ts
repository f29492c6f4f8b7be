import { createElement } from 'react';
import SavingsIcon from '@mui/icons-material/Savings';
import { RequireAccess } from '../common/RequireAccess';
import { lazyView } from '../common/lazyView';

const CollectiveIncomePage = lazyView(() => import('./CollectiveIncomePage'), 'CollectiveIncomePage');

const CollectiveIncomeList = () =>
  createElement(
    RequireAccess,
    { resource: 'collectiveIncome', action: 'list', title: 'resources.collectiveIncome.name' },
    createElement(CollectiveIncomePage),
  );

/** 村集体收益分配：年度收益、分配方案（实时提示）、审核公示与到户发放。 */
export default {
  list: CollectiveIncomeList,
  icon: SavingsIcon,
};
